/* screens: per-screen state and the table of screen operations.
 * Each screen lives in its own file (screens/home.c, ...) and exposes one
 * ScreenOps; its state lives in App so nothing is global. */
#ifndef SCREENS_H
#define SCREENS_H

#include <stdbool.h>
#include <stdint.h>

#include "screens/access_sheet.h"
#include "spring.h"
#include "tween.h"

typedef struct App App;
typedef struct ScreenOps ScreenOps;

typedef enum {
    SCREEN_HOME = 0,
    SCREEN_DETAIL,
    SCREEN_COMPARE,
    SCREEN_DAY,
    SCREEN_QUIZ,
    SCREEN_ATTRACT,
    SCREEN_ADMIN,
    SCREEN_TOUR,     /* the guided tour's intro slide (tour_view.h) */
    SCREEN_COUNT
} ScreenId;

/* Home buttons that can show press feedback; LANG is the language toggle
 * at the top right. */
typedef enum {
    HOME_BUTTON_NONE = -1,
    HOME_BUTTON_COMPARE,
    HOME_BUTTON_QUIZ,
    HOME_BUTTON_LANG,
    HOME_BUTTON_ACCESS,     /* the "Aa" pill: opens the accessibility sheet */
    HOME_BUTTON_TOUR,       /* "Guided tour": starts the tour (tour_view.h) */
    HOME_BUTTON_COUNT
} HomeButton;

/* Where a home button is on this screen (tests aim touches with it). */
Rect home_button_rect(const App *app, HomeButton b);
/* The row home's page dots are centred in: between the two bottom buttons
 * in landscape. False when long labels leave them no room (not drawn). */
bool home_dots_row(const App *app, Rect *row);

/* Home: the career-card carousel, and a card opened in place. */
typedef struct {
    float position;         /* carousel position in cards; 0 = first centred */
    Spring snap;            /* settles `position` after a release */
    bool settling;
    bool dragging;
    float drag_start_position;
    int focused;            /* the card the carousel rests on */
    int pressed;            /* card under a finger (press feedback), -1 if none */
    uint64_t entered_ms;    /* start of the staggered entrance */
    int open;               /* card expanded in place, -1 if none */
    Tween expand;           /* 0 = card in carousel, 1 = fully open */
    uint64_t last_update_ms;
    HomeButton pressed_button;
    AccessSheet sheet;      /* the "Aa" sheet of readability options */
} HomeState;

#include "screens/detail.h"
#include "screens/compare.h"
#include "screens/day.h"
#include "screens/quiz.h"
#include "screens/attract.h"
#include "screens/admin.h"
#include "screens/tour_view.h"

extern const ScreenOps home_screen;
extern const ScreenOps detail_screen;
extern const ScreenOps compare_screen;
extern const ScreenOps day_screen;
extern const ScreenOps quiz_screen;
extern const ScreenOps attract_screen;
extern const ScreenOps admin_screen;
extern const ScreenOps tour_view_screen;

#endif
