#ifndef STAGESH_CEDITLINE_SHIM_H
#define STAGESH_CEDITLINE_SHIM_H
/* libedit's native API. GNU readline headers are never included: the
   readline compatibility header of libedit clashes with them. */
#include <stdio.h>
#include <histedit.h>
#endif
