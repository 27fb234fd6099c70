#include "CEditLineShim.h"

EditLine *stagesh_el_init(const char *prog, FILE *in, FILE *out, FILE *err) {
    return el_init(prog, in, out, err);
}
int stagesh_el_set_prompt(EditLine *el, char *(*prompt)(EditLine *)) { return el_set(el, EL_PROMPT, prompt); }
int stagesh_el_set_prompt_esc(EditLine *el, char *(*prompt)(EditLine *), char delimiter) {
    return el_set(el, EL_PROMPT_ESC, prompt, delimiter);
}
int stagesh_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
int stagesh_el_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
int stagesh_el_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
int stagesh_el_add_function(EditLine *el, const char *name, const char *help, unsigned char (*fn)(EditLine *, int)) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
int stagesh_el_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, NULL);
}
int stagesh_el_source(EditLine *el) { return el_source(el, NULL); }

History *stagesh_history_init(void) { return history_init(); }
int stagesh_history_set_size(History *h, int size) { HistEvent ev; return history(h, &ev, H_SETSIZE, size); }
int stagesh_history_unique(History *h, int on) { HistEvent ev; return history(h, &ev, H_SETUNIQUE, on); }
int stagesh_history_enter(History *h, const char *line) { HistEvent ev; return history(h, &ev, H_ENTER, line); }
int stagesh_history_load(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_LOAD, path); }
int stagesh_history_save(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_SAVE, path); }
void stagesh_history_end(History *h) { history_end(h); }
