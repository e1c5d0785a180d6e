/* scroll: one axis of touch scrolling: the content follows the finger,
 * keeps coasting after a flick and slows down, and stretches past either end
 * (rubber band) before springing back.
 *
 * Pure and axis-agnostic: the caller passes finger movement along its axis
 * and reads `offset` (pixels scrolled; 0 shows the start of the content).
 * Time only moves in scroll_update(now_ms), which integrates in fixed 1 ms
 * substeps, so the motion depends only on elapsed time, never on the frame
 * rate: 16 ms x N and 1 ms x 16N give the same offset.
 *
 * Content no taller than its viewport does not scroll at all. */
#ifndef SCROLL_H
#define SCROLL_H

#include <stdbool.h>
#include <stdint.h>

#include "spring.h"

/* Velocity kept per ms while coasting: iOS's "normal" deceleration, so a
 * flick carries on about velocity x 500 ms. */
#define SCROLL_FRICTION 0.998f
/* Coasting slower than this (px/ms) stops. */
#define SCROLL_STOP_VELOCITY 0.02f
/* How stiffly a stretch resists: displayed = (1 - 1/(d*c/V + 1)) * V for a
 * pull of d past the end of a viewport V (c = this), as on iOS. */
#define SCROLL_RUBBER 0.55f
/* The spring that returns a stretched offset to the end (critically damped). */
#define SCROLL_RETURN_STIFFNESS 600.0f
/* A fling past an end overshoots at most this fraction of the viewport. */
#define SCROLL_MAX_OVERSHOOT 0.12f

typedef enum {
    SCROLL_IDLE,
    SCROLL_DRAGGING,  /* under the finger */
    SCROLL_COASTING,  /* released with velocity, decelerating */
    SCROLL_RETURNING, /* springing back from past an end */
} ScrollPhase;

typedef struct {
    float offset;       /* px; within [0, scroll_max] except while stretched */
    float content;      /* length of the content, px */
    float viewport;     /* length of the visible window, px */
    float velocity;     /* px/ms of the offset while coasting */
    ScrollPhase phase;
    float drag_origin;  /* unstretched offset when the drag began */
    Spring back;        /* RETURNING: pos is the offset, target the end */
    uint64_t last_ms;
} Scroll;

/* At rest at the start, nothing to scroll. */
void scroll_init(Scroll *s);
/* Sets the lengths (e.g. after layout or a resize). An idle offset outside
 * the new range is clamped at once. */
void scroll_set_extent(Scroll *s, float content, float viewport);
/* Largest resting offset: content - viewport, or 0. */
float scroll_max(const Scroll *s);
bool scroll_scrollable(const Scroll *s);

/* A finger went down: coasting stops where it is (a stretched offset keeps
 * returning). */
void scroll_catch(Scroll *s);
/* A drag begins from the current offset (even a stretched one). */
void scroll_drag_begin(Scroll *s);
/* The finger has moved `finger_delta` px along the axis since the drag
 * began; the content moves with it (offset = origin - delta), resisting
 * past the ends. Ignored when there is nothing to scroll. */
void scroll_drag(Scroll *s, float finger_delta);
/* The finger lifted moving at `finger_velocity` px/ms (0 for a slow
 * release): coast, spring back from a stretch, or stop. */
void scroll_release(Scroll *s, float finger_velocity, uint64_t now_ms);
/* Advances to now_ms; returns true while the offset still moves on its own. */
bool scroll_update(Scroll *s, uint64_t now_ms);
/* True while coasting or returning (not while merely dragged). */
bool scroll_moving(const Scroll *s);
/* Puts the offset at `offset` (clamped) and stops any motion. */
void scroll_jump(Scroll *s, float offset);

#endif
