/* attract: the loop an unattended kiosk shows while nobody is using it,
 * and the "Still there?" warning drawn over any screen.
 *
 * The loop is calm, continuous motion that a visitor walking past can read
 * from a few metres away:
 *   - a big figure per career, one at a time, cross-fading every few
 *     seconds ("811,000" / "medical assistants work in the US" / its source);
 *   - the career cards drifting slowly past (translation only, so the
 *     renderer's text and SVG caches are reused frame after frame);
 *   - a day in the life playing itself, one scene card per step;
 *   - a large "Touch to explore" prompt with a gentle pulse.
 * Everything is computed from the bundle; nothing is career-specific here.
 *
 * Frame pacing: the loop runs all day, so it is paced rather than spun.
 * update() returns false (nothing "animates" in the sense of needing every
 * vsync) but marks the app dirty once per ATTRACT_FRAME_MS frame, and
 * next_wakeup() names the start of the next frame, so the main loop sleeps
 * in its event wait between frames: about 30 frames a second. All motion is
 * a function of the frame's start time (the injected clock rounded down to
 * a frame), so a frame drawn twice is identical and a run is deterministic.
 *
 * The wake-up touch never reaches this screen in kiosk mode: app.c consumes
 * it and starts a session at home. Outside kiosk mode a tap or a key goes
 * home, so the screen can never trap anyone. */
#ifndef SCREEN_ATTRACT_H
#define SCREEN_ATTRACT_H

#include <stdbool.h>
#include <stdint.h>

#include "autoplay.h"
#include "drawlist.h"
#include "layout.h"
#include "screens/attract_figures.h"

typedef struct App App;

enum {
    ATTRACT_FRAME_MS = 33,      /* ~30 frames a second */
    ATTRACT_FIGURE_MS = 5000,   /* one big figure for this long */
};

typedef struct {
    uint64_t entered_ms;
    uint64_t frame;             /* frames since entered_ms, last update */
    /* Big figures, in the order they show. */
    AttractFigureRef figures[ATTRACT_MAX_FIGURES];
    int figure_count;
    int figure;                 /* showing */
    int figure_prev;            /* fading out, -1 when none */
    uint64_t figure_changed_ms;
    Autoplay figure_timer;
    /* The day in the life: one career's steps, then the next career's. */
    int scene_career;           /* -1 when no career has a day */
    int scene_step;
    int scene_prev_career, scene_prev_step; /* fading out; career -1 none */
    uint64_t scene_changed_ms;
    Autoplay scene_timer;
} AttractState;

/* Where everything sits. Landscape: the figure over the scene card on a
 * full-height panel at the left; the cards come in at the right-hand screen
 * edge, drift left and slide away under the panel, with the prompt centred
 * under them. Portrait: figure, a full-width row of drifting cards, the
 * scene card, then the prompt. */
typedef struct {
    Rect panel;                 /* landscape: the left panel (zero in portrait) */
    Rect figure;                /* value, label and source */
    TextAlign figure_align;
    Rect scene_caption;         /* "A day in the life" and the day's progress */
    Rect scene;                 /* the scene card */
    Rect cards;                 /* the window the cards drift through */
    float card_w, card_h, card_gap;
    Rect prompt_row;            /* the "Touch to explore" pill is centred here */
} AttractLayout;

AttractLayout attract_layout(const Layout *l);

/* The "Still there?" overlay with its countdown, drawn over any screen. */
void attract_draw_still_there(App *app, DrawList *dl);
/* The overlay's centred card: its text stays inside (for tests). */
Rect attract_still_there_card(const App *app);

#endif
