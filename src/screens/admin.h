/* admin: the organiser's screen behind the hidden corner hold: a PIN pad
 * (admin_pad.c), then the panel (admin_panel.c) with today's usage
 * (admin_chart.c, from admin_usage.c), content reload, the last validation
 * problems, language, theme and the only way out of a kiosk.
 *
 * Entered with nav_target(SCREEN_ADMIN, -1, -1, 0). Every visit starts at
 * the pad with nothing entered; the back-off outlives the visit, so leaving
 * and coming back cannot reset it. Digits are wiped after every OK and on
 * every visit; nothing about a visitor or the PIN is kept. */
#ifndef SCREEN_ADMIN_H
#define SCREEN_ADMIN_H

#include <stdbool.h>
#include <stdint.h>

#include "drawlist.h"
#include "pin.h"
#include "scroll.h"
#include "screens/admin_usage.h"

typedef struct App App;

/* The pad's controls: the digit keys are their own values. */
typedef enum {
    ADMIN_KEY_NONE = -1,
    ADMIN_KEY_0 = 0, /* ADMIN_KEY_0 + d is digit d */
    ADMIN_KEY_CLEAR = 10,
    ADMIN_KEY_OK,
    ADMIN_KEY_CANCEL, /* the top-left button; "Close" when no PIN is set */
    ADMIN_KEY_COUNT
} AdminKey;

/* The panel's controls. */
typedef enum {
    ADMIN_CTL_NONE = -1,
    ADMIN_CTL_CLOSE,
    ADMIN_CTL_EXIT,
    ADMIN_CTL_RELOAD,
    ADMIN_CTL_LANG_EN,
    ADMIN_CTL_LANG_ES,
    ADMIN_CTL_THEME_DARK,
    ADMIN_CTL_THEME_LIGHT,
    ADMIN_CTL_THEME_CONTRAST,
    ADMIN_CTL_METRIC0, /* + AdminUsageMetric: which bars the chart shows */
    ADMIN_CTL_CONFIRM_CANCEL = ADMIN_CTL_METRIC0 + ADMIN_USAGE_METRICS,
    ADMIN_CTL_CONFIRM_EXIT,
    ADMIN_CTL_COUNT
} AdminControl;

typedef struct {
    char digits[PIN_MAX_DIGITS + 1];
    int count;
    PinBackoff backoff;  /* survives visits */
    bool wrong;          /* the last OK failed: said until the next key */
    uint64_t shake_ms;   /* start of the wrong-PIN shake; 0 = none */
    uint64_t entered_ms; /* the pad's entrance */
    AdminKey pressed;    /* touch feedback */
    int shown_seconds;   /* the countdown last drawn: redraw when it changes */
} AdminPadState;

typedef struct {
    uint64_t opened_ms;  /* the panel's entrance */
    uint64_t bars_ms;    /* the bars grow from here (on opening, on a new tab) */
    AdminControl pressed;
    bool confirm_exit;   /* the exit confirmation is showing */
    uint64_t confirm_ms;
    bool reload_asked;   /* "Reload requested" until the next visit */
    AdminUsageMetric metric;
    Scroll problems;     /* the validation list */
    bool dragging;       /* a drag is scrolling the list */
    AdminUsage usage;
} AdminPanelState;

typedef struct {
    bool unlocked;       /* the right PIN was entered on this visit */
    AdminPadState pad;
    AdminPanelState panel;
} AdminState;

/* Shared by the pad and the panel. */
/* Red for warnings, readable on the theme's background (either end). */
Color admin_danger_on_bg(const App *app);
/* The background gradient's colour at height y (to punch holes in shapes). */
Color admin_bg_at(const App *app, float y);
/* "Admin" centred in the top bar, clear of `side_w` at both ends. */
void admin_draw_title(App *app, DrawList *dl, Rect bar, float side_w);
/* A padlock drawn from rounded rects, filling r (about 13:16). */
void admin_draw_padlock(App *app, DrawList *dl, Rect r);

#endif
