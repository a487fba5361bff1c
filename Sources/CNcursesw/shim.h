// The parts of ncursesw that Swift cannot import directly: macros, variadic
// functions and the global variables Swift 6 treats as unsafe to share.
#ifndef LADDER_CNCURSESW_SHIM_H
#define LADDER_CNCURSESW_SHIM_H

// The wide-character API (cchar_t, get_wch, setcchar) and wcwidth appear only with these.
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <ncurses.h>

static inline WINDOW *ladder_stdscr(void) { return stdscr; }
static inline WINDOW *ladder_curscr(void) { return curscr; }
/// A screen on the process's own terminal; NULL (not exit, as initscr does) when
/// the terminal type is unknown.
static inline SCREEN *ladder_newterm(void) { return newterm(NULL, stdout, stdin); }
static inline int ladder_lines(void) { return LINES; }
static inline int ladder_cols(void) { return COLS; }
static inline int ladder_colors(void) { return COLORS; }

static inline attr_t ladder_a_normal(void) { return A_NORMAL; }
static inline attr_t ladder_a_bold(void) { return A_BOLD; }
static inline attr_t ladder_a_reverse(void) { return A_REVERSE; }
static inline attr_t ladder_a_underline(void) { return A_UNDERLINE; }
static inline attr_t ladder_a_dim(void) { return A_DIM; }

static inline int ladder_true(void) { return TRUE; }
static inline int ladder_false(void) { return FALSE; }
static inline int ladder_err(void) { return ERR; }
static inline int ladder_key_code_yes(void) { return KEY_CODE_YES; }

/// Sets one cell: up to CCHAR_MAX wide characters (a base and combining marks).
static inline int ladder_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, wch, attrs, pair, NULL) == ERR) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}

#endif
