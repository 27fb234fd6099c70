#ifndef STAGESH_CEDITLINE_WRAPPERS_H
#define STAGESH_CEDITLINE_WRAPPERS_H
/* Non-variadic wrappers of libedit's el_set/history, which Swift cannot call. */
#include <stdio.h>
#include <histedit.h>

EditLine *stagesh_el_init(const char *prog, FILE *in, FILE *out, FILE *err);
int stagesh_el_set_prompt(EditLine *el, char *(*prompt)(EditLine *));
int stagesh_el_set_prompt_esc(EditLine *el, char *(*prompt)(EditLine *), char delimiter);
int stagesh_el_set_editor(EditLine *el, const char *mode);
int stagesh_el_set_signal(EditLine *el, int on);
int stagesh_el_set_history(EditLine *el, History *h);
int stagesh_el_add_function(EditLine *el, const char *name, const char *help, unsigned char (*fn)(EditLine *, int));
int stagesh_el_bind(EditLine *el, const char *key, const char *function);
int stagesh_el_source(EditLine *el);
History *stagesh_history_init(void);
int stagesh_history_set_size(History *h, int size);
int stagesh_history_unique(History *h, int on);
int stagesh_history_enter(History *h, const char *line);
int stagesh_history_load(History *h, const char *path);
int stagesh_history_save(History *h, const char *path);
void stagesh_history_end(History *h);
#endif
