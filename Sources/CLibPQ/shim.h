#ifndef STAGESH_CLIBPQ_SHIM_H
#define STAGESH_CLIBPQ_SHIM_H
/* libpq, PostgreSQL's own client library (the one psql uses): Debian's
   libpq-dev puts the header in /usr/include/postgresql, which pkg-config
   hands to the compiler. */
#include <libpq-fe.h>
#endif
