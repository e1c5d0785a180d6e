/* tour: the guided tour's order and timer. Pure: no SDL, no App.
 *
 * A tour is a list of stops built once from the bundle's [tour] steps, in
 * bundle order. A stop whose careers or dimension are out of range is left
 * out. When no step plays (no [tour], or every step bad) the built-in tour
 * is used: an intro with the bundle's title and subtitle, every career's
 * card in bundle order, the first two careers compared on pay, and the day
 * of the first career that has one.
 *
 * The owner (screens/tour_view.c) shows tour_current() and asks this module
 * what a key, a timer tick or a touch does; it answers with a TourMove:
 *
 *   Right/PageDown/Space/N  next stop; past the last, the tour ends (home)
 *   Left/PageUp/Backspace/P previous stop; on the first, nothing
 *   Return                  next stop on the intro; the screen's otherwise
 *   Esc                     leave the tour, staying on the screen shown
 *   Home                    end the tour and go home
 *
 * Timer: a timed tour (seconds > 0) moves on every N seconds on the
 * injected clock (autoplay.h), never the real one. A step by key, or any
 * touch on the screen, gives the stop a full interval again: a visitor who
 * is exploring a stop is not pulled away mid-read. */
#ifndef TOUR_H
#define TOUR_H

#include <stdbool.h>
#include <stdint.h>

#include "autoplay.h"
#include "content.h"
#include "keys.h"

/* Enough for a bundle's steps, and for the built-in tour of the most careers. */
enum { TOUR_MAX_STOPS = CONTENT_MAX_CAREERS + 8 };

/* One stop, resolved: what a screen needs to show it. */
typedef struct {
    TourShow show;
    const LText *title; /* intro: borrowed from the Content; never NULL */
    const LText *line;  /* intro: may be empty */
    int career;         /* card, day, compare; -1 for the intro */
    int other;          /* compare: the second career; -1 otherwise */
    int dimension;      /* compare: page index (TakeawayDimension) */
} TourStop;

typedef enum {
    TOUR_PASS = 0, /* not the tour's: the screen handles it */
    TOUR_STAY,     /* the tour's, and nothing changes (Prev on the first stop) */
    TOUR_SHOW,     /* show tour_current() */
    TOUR_END,      /* the tour is over: go home */
    TOUR_LEAVE,    /* the tour stopped: stay on the screen shown */
} TourMove;

typedef struct {
    TourStop stops[TOUR_MAX_STOPS];
    int count;
    bool builtin;    /* the bundle had no step that plays */
    int index;       /* the stop shown while running */
    bool running;
    Autoplay timer;  /* playing only in a timed tour */
} Tour;

/* Builds the stops from `content` (borrowed: it must outlive the running
 * tour). Not running afterwards. */
void tour_init(Tour *t, const Content *content);
/* Starts at the first stop; `seconds` > 0 advances on its own. False when
 * there is nothing to show (no stops). */
bool tour_start(Tour *t, uint32_t seconds, uint64_t now_ms);
void tour_stop(Tour *t);
bool tour_running(const Tour *t);
/* The stop shown, NULL when not running. */
const TourStop *tour_current(const Tour *t);
/* 1-based position of the stop shown and the number of stops. */
int tour_position(const Tour *t);
int tour_count(const Tour *t);

TourMove tour_next(Tour *t, uint64_t now_ms);
TourMove tour_prev(Tour *t, uint64_t now_ms);
/* What a presenter key does while the tour runs (TOUR_PASS when not running). */
TourMove tour_key(Tour *t, KeyAction action, uint64_t now_ms);
/* In the owner's tick: TOUR_SHOW or TOUR_END when the timer moved on, else
 * TOUR_PASS. */
TourMove tour_poll(Tour *t, uint64_t now_ms);
/* Input on the screen: a timed stop waits a full interval from now. */
void tour_touched(Tour *t, uint64_t now_ms);
/* When the timer next needs a tick, or 0 (not running, or by click only):
 * outside a timed tour the app can sleep until an event. */
uint64_t tour_next_wakeup(const Tour *t);

#endif
