/*
 * Fixed-argument wrappers around libedit.
 *
 * el_set, el_get and history are C variadic functions, which Swift cannot
 * call. Each wrapper below passes one fixed argument list. Everything here is
 * `static inline`, so it is compiled into the one Swift file that imports
 * this module (Sources/PostmortemREPL/EditLineReader.swift).
 */
#ifndef POSTMORTEM_CEDITLINE_SHIM_H
#define POSTMORTEM_CEDITLINE_SHIM_H

#include <histedit.h>
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/ioctl.h>
#include <unistd.h>

typedef char *(*pm_prompt_fn)(EditLine *);
typedef unsigned char (*pm_el_fn)(EditLine *, int);

/* ---- EditLine --------------------------------------------------------- */

/* el_init on the process's stdin/stdout/stderr (Swift 6 cannot touch the
 * `stdin`/`stdout` globals without a concurrency diagnostic). */
static inline EditLine *pm_el_init(const char *prog) {
    return el_init(prog, stdin, stdout, stderr);
}

/* The prompt function; characters between two `esc` characters are sent to
 * the terminal as is and take no width (use for ANSI colour sequences). */
static inline int pm_el_set_prompt_esc(EditLine *el, pm_prompt_fn f, char esc) {
    return el_set(el, EL_PROMPT_ESC, f, (int)esc);
}

static inline int pm_el_set_prompt(EditLine *el, pm_prompt_fn f) {
    return el_set(el, EL_PROMPT, f);
}

/* "emacs" or "vi". */
static inline int pm_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

static inline int pm_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}

/* Registers a named editor function that keys can be bound to. */
static inline int pm_el_addfn(EditLine *el, const char *name, const char *help, pm_el_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

/* The `bind` builtin with one key and one function name, e.g. ("^R", "em-inc-search-prev"). */
static inline int pm_el_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, (const char *)NULL);
}

static inline int pm_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

static inline void *pm_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

static inline int pm_el_set_hist(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

/* Writes text on libedit's output stream (used to list completions). */
static inline void pm_el_write(EditLine *el, const char *text) {
    FILE *fp = NULL;
    if (el_get(el, EL_GETFP, 1, &fp) != 0 || fp == NULL) fp = stdout;
    fputs(text, fp);
    fflush(fp);
}

/* Terminal width of fd, or `fallback` when unknown. */
static inline int pm_terminal_columns(int fd, int fallback) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return (int)ws.ws_col;
    return fallback;
}

/* Terminal columns taken by code point c (-1 if not printable), per LC_CTYPE. */
int wcwidth(wchar_t c);
static inline int pm_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

/* ---- History ---------------------------------------------------------- */

static inline int pm_history_set_size(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}

static inline int pm_history_set_unique(History *h, int unique) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, unique);
}

static inline int pm_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}

static inline int pm_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}

static inline int pm_history_save(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, path);
}

static inline int pm_history_count(History *h) {
    HistEvent ev;
    if (history(h, &ev, H_GETSIZE) < 0) return -1;
    return ev.num;
}

/* Removes every entry equal to `line` (libedit's own "unique" setting only
 * drops *adjacent* duplicates). Returns how many were removed. */
static inline int pm_history_delete_equal(History *h, const char *line) {
    HistEvent ev;
    int removed = 0;
    for (;;) {
        int found = -1;
        if (history(h, &ev, H_FIRST) < 0) break;
        do {
            if (ev.str != NULL && strcmp(ev.str, line) == 0) { found = ev.num; break; }
        } while (history(h, &ev, H_NEXT) >= 0);
        if (found < 0) break;
        if (history(h, &ev, H_DEL, found) < 0) break;
        free((void *)ev.str); /* H_DEL hands the string to the caller */
        removed++;
    }
    return removed;
}

/* ---- Locale ----------------------------------------------------------- */

/* setlocale(LC_CTYPE, "") and, when that leaves a non-UTF-8 C/POSIX locale
 * (LANG unset, as under cron, CI or `env -i`), switch to C.UTF-8 so libedit
 * decodes multibyte input. Returns 1 when the resulting codeset is UTF-8. */
static inline int pm_setup_utf8_locale(void) {
    const char *name = setlocale(LC_CTYPE, "");
    const char *codeset = nl_langinfo(CODESET);
    int utf8 = codeset != NULL && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0);
    if (!utf8) {
        int unconfigured = name == NULL || strcmp(name, "C") == 0 || strcmp(name, "POSIX") == 0;
        if (unconfigured && (setlocale(LC_CTYPE, "C.UTF-8") != NULL || setlocale(LC_CTYPE, "C.utf8") != NULL)) {
            codeset = nl_langinfo(CODESET);
            utf8 = codeset != NULL && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0);
        }
    }
    return utf8;
}

/* ---- SIGINT ----------------------------------------------------------- */

static inline volatile sig_atomic_t *pm__sigint_flag(void) {
    static volatile sig_atomic_t flag = 0;
    return &flag;
}

static inline void pm__sigint_handler(int signo) {
    (void)signo;
    *pm__sigint_flag() = 1;
}

/* Installs a SIGINT handler that only sets a flag, WITHOUT SA_RESTART, so a
 * blocking read(2) inside el_gets fails with EINTR. The previous action is
 * stored in *old for pm_restore_sigint. */
static inline int pm_install_sigint(struct sigaction *old) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = pm__sigint_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    *pm__sigint_flag() = 0;
    return sigaction(SIGINT, &sa, old);
}

static inline int pm_restore_sigint(const struct sigaction *old) {
    return sigaction(SIGINT, old, NULL);
}

/* Returns 1 if SIGINT arrived since the last call, and clears the flag. */
static inline int pm_sigint_take(void) {
    int v = *pm__sigint_flag() ? 1 : 0;
    *pm__sigint_flag() = 0;
    return v;
}

static inline int pm_errno(void) { return errno; }
static inline void pm_set_errno(int e) { errno = e; }

#endif
