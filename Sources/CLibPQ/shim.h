#ifndef STAGESH_CLIBPQ_SHIM_H
#define STAGESH_CLIBPQ_SHIM_H
/* libpq, PostgreSQL's own client library (the one psql uses), for its types only:
   stagesh loads the library itself (dlopen) the first time it connects, so that a
   start-up does not pay for libpq and the two dozen libraries it brings (TLS,
   Kerberos, LDAP). Debian's libpq-dev puts the header in /usr/include/postgresql. */
#if __has_include(<postgresql/libpq-fe.h>)
#include <postgresql/libpq-fe.h>
#else
#include <libpq-fe.h>
#endif

/* The functions stagesh calls, typed by the header's own declarations. */
typedef struct stagesh_libpq {
    __typeof__(PQconnectStartParams) *connectStartParams;
    __typeof__(PQconnectPoll) *connectPoll;
    __typeof__(PQstatus) *status;
    __typeof__(PQerrorMessage) *errorMessage;
    __typeof__(PQfinish) *finish;
    __typeof__(PQsocket) *socket;
    __typeof__(PQsetNoticeProcessor) *setNoticeProcessor;
    __typeof__(PQtransactionStatus) *transactionStatus;
    __typeof__(PQsendQueryParams) *sendQueryParams;
    __typeof__(PQisBusy) *isBusy;
    __typeof__(PQconsumeInput) *consumeInput;
    __typeof__(PQgetResult) *getResult;
    __typeof__(PQclear) *clear;
    __typeof__(PQresultStatus) *resultStatus;
    __typeof__(PQgetCancel) *getCancel;
    __typeof__(PQcancel) *cancel;
    __typeof__(PQfreeCancel) *freeCancel;
    __typeof__(PQresultErrorField) *resultErrorField;
    __typeof__(PQresultErrorMessage) *resultErrorMessage;
    __typeof__(PQntuples) *ntuples;
    __typeof__(PQnfields) *nfields;
    __typeof__(PQfname) *fname;
    __typeof__(PQgetisnull) *getisnull;
    __typeof__(PQgetlength) *getlength;
    __typeof__(PQgetvalue) *getvalue;
    __typeof__(PQgetCopyData) *getCopyData;
    __typeof__(PQfreemem) *freemem;
} stagesh_libpq;
#endif
