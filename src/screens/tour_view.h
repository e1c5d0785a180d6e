/* tour_view: the guided tour on screen (tour.h holds its order and timer).
 *
 * Three parts, all driven from app.c's input and tick:
 *  - Stepping: each stop is shown with the ordinary router (app_navigate):
 *    a card opens that career's detail screen, a comparison the compare
 *    screen on its pair and page, a day the day screen, and an intro the
 *    tour's own slide (SCREEN_TOUR, below). Presenter keys move through
 *    the stops (tour.h lists them). A navigation the tour did not make (the
 *    screen's Back or Home button, a number key, a next-steps button) ends
 *    the tour: whoever touched the screen has taken over.
 *  - The indicator: a pill over the screen's Back button (top left) with
 *    "Tour 3 / 8", a thin progress bar and an exit ×. Tapping × leaves the
 *    tour (from the intro slide, home); tapping the rest goes to the next
 *    stop. It replaces Back because Back would leave the tour anyway.
 *  - The intro slide: a big title, one line, and the bundle's careers as
 *    chips in their colours. A tap or a swipe moves on.
 *
 * The timer never runs while a black or white screen or the keys overlay
 * hides the tour (a slide never moves on unseen), and the app asks to be
 * woken only while a timed tour runs: outside it, idle CPU stays zero. */
#ifndef TOUR_VIEW_H
#define TOUR_VIEW_H

#include <stdbool.h>
#include <stdint.h>

#include "drawlist.h"
#include "gesture.h"
#include "keys.h"
#include "tour.h"
#include "tween.h"

typedef struct App App;

typedef enum { TOUR_HIT_NONE = 0, TOUR_HIT_EXIT, TOUR_HIT_NEXT } TourHit;

typedef struct {
    Tour tour;
    int shown_screen;   /* what the tour last navigated to, to notice */
    int shown_career;   /* navigations it did not make */
    int shown_other;
    TourHit pressed;    /* the indicator part under a finger */
    bool tracking;      /* a touch began on the indicator: it is ours */
    bool covered;       /* a cover or the keys overlay hid the last tick */
    uint64_t entered_ms; /* the intro slide's entrance */
} TourViewState;

/* Starts the tour at its first stop. `seconds` > 0 advances on its own,
 * 0 by click only, < 0 the bundle's [tour.seconds]. */
void tour_view_start(App *app, int seconds);
void tour_view_stop(App *app);
bool tour_view_running(const App *app);
/* Input hooks: true when the tour took the input (the screen must not see it). */
bool tour_view_key(App *app, KeyAction action);
bool tour_view_pointer(App *app, const PointerEvent *event);
/* Per tick: the timer, and ending the tour on a navigation it did not make. */
void tour_view_tick(App *app);
/* The timer's next advance, or 0 (no timed tour running, or covered). */
uint64_t tour_view_next_wakeup(const App *app);
/* The indicator, over whatever screen shows a stop. */
void tour_view_draw(App *app, DrawList *dl);
/* The indicator's rect and its exit part (for tests and scripts). */
Rect tour_view_indicator_rect(const App *app);
Rect tour_view_exit_rect(const App *app);

#endif
