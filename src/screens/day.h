/* day: "A day in the life", an animated timeline of one role's workday, or
 * two roles' days side by side on one timeline.
 *
 * Entered with nav_target(SCREEN_DAY, career, other, stop): `other` is the
 * second role (-1 for one), `stop` the step to open at (0 = the first).
 * Steps move by swipe, by tapping the card's halves, the arrow buttons or
 * the timeline, or by KEY_NEXT / KEY_PREV; Play advances every
 * settings.day_autoplay_seconds. After the last step comes the next-steps
 * card: compare, how to become one (detail section DAY_DETAIL_TRAINING),
 * the quiz, or home. */
#ifndef SCREEN_DAY_H
#define SCREEN_DAY_H

#include <stdbool.h>
#include <stdint.h>

#include "autoplay.h"
#include "dayplan.h"
#include "tween.h"

/* The detail screen's "training and certification" section index. */
enum { DAY_DETAIL_TRAINING = 3 };

typedef enum {
    DAY_BUTTON_NONE = -1,
    DAY_BUTTON_BACK,
    DAY_BUTTON_HOME,
    DAY_BUTTON_PREV,
    DAY_BUTTON_PLAY,
    DAY_BUTTON_NEXT,
    DAY_BUTTON_COMPARE, /* the next-steps card's four */
    DAY_BUTTON_BECOME,
    DAY_BUTTON_QUIZ,
    DAY_BUTTON_GO_HOME,
    DAY_BUTTON_COUNT
} DayButton;

typedef struct {
    DayPlan plan;
    int stop; /* the stop shown; plan.stop_count = next-steps card */
    int leaving; /* the stop sliding out, -1 when none */
    int direction; /* +1 forward, -1 back: which way cards slide */
    Tween change; /* 0..1: the current card sliding in */
    Tween markers[DAYPLAN_MAX_LANES]; /* each lane's marker, minutes after midnight */
    Tween snap; /* card offset (px) easing back after a short drag */
    float drag_dx; /* card offset while a finger drags it, px */
    float release_dx; /* where the dragged card was let go: it leaves from there */
    bool dragging;
    Autoplay autoplay;
    DayButton pressed; /* touch feedback */
    int focus; /* next-steps button under key focus, -1 none */
    int fit; /* the scene cards' common arrangement (scene_fit) */
    int fit_w, fit_h; /* the screen size `fit` was worked out for */
    uint64_t entered_ms;
} DayState;

#endif
