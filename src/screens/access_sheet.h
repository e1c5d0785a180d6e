/* access_sheet: the visitor's readability options on screen. Home shows an
 * "Aa" pill beside the language pill; it opens a dialog card (widget_modal)
 * with three big switches (high contrast, large text, reduced motion) and a
 * Done button. A switch acts at once, through app_set_access, so the sheet
 * itself redraws in the new theme and type size. What a visitor sets lasts
 * until the kiosk's idle reset (app.h, start_access). */
#ifndef ACCESS_SHEET_H
#define ACCESS_SHEET_H

#include <stdbool.h>

#include "access.h"
#include "drawlist.h"
#include "gesture.h"
#include "keys.h"
#include "tween.h"

typedef struct App App;

enum { ACCESS_SHEET_DONE = ACCESS_OPTION_COUNT, ACCESS_SHEET_NONE = -1 };

typedef struct {
    bool open;
    int pressed;       /* row under a finger (AccessOption or ACCESS_SHEET_DONE), or NONE */
    int focus;         /* row the keyboard or clicker is on, or NONE */
    Tween fade;        /* 0 hidden .. 1 shown: a fade, never a slide */
} AccessSheet;

typedef struct {
    Rect card;
    Rect title;
    Rect rows[ACCESS_OPTION_COUNT]; /* each whole row is the switch's touch target */
    Rect done;
} AccessSheetLayout;

/* The sheet's geometry for the current screen size, theme and type scale. */
AccessSheetLayout access_sheet_layout(const App *app);
/* Width of the "Aa" pill at the current type size. */
float access_sheet_pill_width(const App *app);
void access_sheet_draw_pill(App *app, DrawList *dl, Rect r, bool pressed);

void access_sheet_open(App *app);
void access_sheet_close(App *app);
/* True while the sheet is open or fading out: it takes all input. */
bool access_sheet_active(const App *app);
void access_sheet_gesture(App *app, const Gesture *g);
void access_sheet_key(App *app, KeyAction action);
/* True while the fade runs. */
bool access_sheet_update(App *app);
void access_sheet_draw(App *app, DrawList *dl);

#endif
