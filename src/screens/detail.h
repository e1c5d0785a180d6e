/* detail: one career in depth. The card home opened stays on screen; under
 * its header band a row of tabs names the sections, which the visitor swipes
 * through sideways (or jumps between with the tabs and the arrow keys) and
 * scrolls within when one is taller than the card.
 *
 * Everything the screen remembers lives in DetailState (App.detail), so a
 * visitor who goes on to compare and comes Back finds the same section at the
 * same scroll position. */
#ifndef SCREEN_DETAIL_H
#define SCREEN_DETAIL_H

#include <stdbool.h>
#include <stdint.h>

#include "drawlist.h"
#include "scroll.h"
#include "spring.h"

typedef struct App App;

typedef enum {
    DETAIL_WHAT = 0,  /* what they do: summary and duties */
    DETAIL_PAY,       /* percentile chart, hourly, mean */
    DETAIL_OUTLOOK,   /* growth against all jobs, employment, new jobs */
    DETAIL_TRAINING,  /* training paths as a timeline, certifications */
    DETAIL_WORK,      /* workplaces with their shares, schedule */
    DETAIL_SKILLS,
    DETAIL_PATH,      /* advancement as a stepper */
    DETAIL_SOURCES,   /* every source the figures use */
    DETAIL_SECTION_COUNT
} DetailSection;

/* Controls outside the sections that show press feedback. */
typedef enum {
    DETAIL_PRESS_NONE = 0,
    DETAIL_PRESS_BACK,
    DETAIL_PRESS_HOME,
    DETAIL_PRESS_COMPARE,
    DETAIL_PRESS_DAY,      /* "A day in the life", floating at the card's foot */
    DETAIL_PRESS_TAB,
} DetailPress;

/* What a drag is doing; decided by its first movement. */
typedef enum {
    DETAIL_DRAG_NONE = 0,
    DETAIL_DRAG_UNDECIDED, /* past the slop, axis not yet known */
    DETAIL_DRAG_PAGE,      /* sideways: slides between sections */
    DETAIL_DRAG_SCROLL,    /* up or down: scrolls the section */
    DETAIL_DRAG_EDGE,      /* in from the left edge: Back */
} DetailDrag;

typedef enum {
    DETAIL_ENTER_NONE = 0, /* came Back: shown as it was left */
    DETAIL_ENTER_CARD,     /* home's open card: its body crossfades */
    DETAIL_ENTER_FADE,     /* from elsewhere: the card fades in */
} DetailEntrance;

typedef struct {
    bool visited;               /* entered at least once: there is a state to resume */
    int career;                 /* index into the content's careers */
    int section;                /* the section shown, or being slid to */
    float position;             /* pager position in sections; fractional mid-slide */
    Spring pager;               /* settles `position` on `section` */
    bool paging;
    float drag_start_position;
    DetailDrag drag;
    int drag_section;           /* the section a vertical drag scrolls */
    float edge_dx, edge_y;      /* edge swipe in progress: distance and height */
    Scroll scroll[DETAIL_SECTION_COUNT];
    /* Section heights as measured for this screen size, language and career;
     * measured again when any of them changes. */
    float content_h[DETAIL_SECTION_COUNT];
    int measured_w, measured_h, measured_lang, measured_career;
    DetailPress pressed;
    int pressed_tab;
    DetailEntrance entrance;
    uint64_t entered_ms;
    uint64_t last_update_ms;
    uint64_t fade_ms;           /* reduced motion: when a section began fading in */
} DetailState;

/* Hit areas, for tests and anything that drives the screen. */
Rect detail_tab_rect(const App *app, int section);
Rect detail_button_rect(const App *app, DetailPress button);

#endif
