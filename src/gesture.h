/* gesture: turns raw pointer events into taps, long presses, drags and swipes.
 *
 * The SDL edge converts mouse and finger events to PointerEvents in window
 * pixels (with SDL's own timestamps) and feeds them in; the recogniser answers
 * with Gestures. It never reads a clock: long presses fire from
 * gesture_tick(now_ms), and gesture_next_deadline() says when that is due, so
 * the main loop can sleep until then instead of polling.
 *
 * One pointer at a time. A kiosk touch must never act twice, so only the
 * first pointer down is tracked; any other pointer (a second finger, the
 * mouse) is ignored entirely until the tracked one lifts, and events for ids
 * that aren't tracked produce nothing. Two recoveries keep a lost event from
 * locking the screen: a DOWN for the id already tracked means its UP was
 * lost, so the old press is cancelled and the new one starts; and a pointer
 * silent for stale_ms gives way to the next DOWN.
 *
 * Lifecycle of one pointer (every sequence starts with PRESS and ends with
 * exactly one of TAP, SWIPE, DRAG_END or CANCEL):
 *   PRESS -> TAP                         quick release within the slop
 *   PRESS -> LONG_PRESS -> CANCEL        held still; release un-highlights
 *   PRESS -> DRAG_START -> DRAG+ -> SWIPE | DRAG_END
 *   PRESS -> CANCEL                      slow release (between tap_max_ms and
 *                                        long_press_ms)
 * A POINTER_CANCEL ends any of them early with CANCEL (never a LONG_PRESS).
 * After LONG_PRESS further movement is ignored.
 *
 * Robustness: timestamps that go backwards are treated as "no time passed";
 * non-finite coordinates on DOWN/MOVE are ignored (UP/CANCEL fall back to the
 * last position) and absurd ones are bounded to +-1e6 px, so every output
 * is finite. */
#ifndef GESTURE_H
#define GESTURE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum { POINTER_DOWN, POINTER_MOVE, POINTER_UP, POINTER_CANCEL } PointerPhase;

#define GESTURE_MOUSE_ID ((int64_t)-1)
/* A POINTER_CANCEL with this id cancels whatever is tracked (focus loss). */
#define GESTURE_ANY_ID INT64_MIN

typedef struct {
    PointerPhase phase;
    int64_t id;      /* finger id, or GESTURE_MOUSE_ID */
    float x, y;      /* window pixels; may lie outside the window */
    uint64_t t_ms;
} PointerEvent;

typedef enum {
    GESTURE_PRESS,      /* pointer went down: highlight now, act later */
    GESTURE_TAP,        /* released quickly without leaving the slop */
    GESTURE_LONG_PRESS, /* held still for long_press_ms */
    GESTURE_DRAG_START, /* left the slop; sits at the start point, and the
                           DRAG right after it carries the movement */
    GESTURE_DRAG,       /* moved while dragging */
    GESTURE_SWIPE,      /* drag released fast: vx, vy, dir are set */
    GESTURE_DRAG_END,   /* drag released slowly: vx = vy = 0 */
    GESTURE_CANCEL      /* no action: un-highlight, put things back */
} GestureKind;

typedef enum {
    GESTURE_DIR_NONE,
    GESTURE_DIR_LEFT,
    GESTURE_DIR_RIGHT,
    GESTURE_DIR_UP,
    GESTURE_DIR_DOWN
} GestureDir;

/* Hit-test TAP and LONG_PRESS at start_x/start_y: the point PRESS
 * highlighted, even if the finger wandered within the slop. */
typedef struct {
    GestureKind kind;
    float x, y;             /* pointer position now, px */
    float start_x, start_y; /* where it went down */
    float dx, dy;           /* x - start_x, y - start_y */
    float step_dx, step_dy; /* movement since the previous gesture (DRAG) */
    float vx, vy;           /* release velocity in px/ms; SWIPE only, else 0 */
    GestureDir dir;         /* SWIPE: dominant axis of the velocity */
    uint64_t t_ms;
} Gesture;

/* Every threshold in one place. Distances and velocities are in design units
 * and are multiplied by the scale (pixels per design unit). */
typedef struct {
    float tap_slop;             /* max travel for a tap / long press */
    uint32_t tap_max_ms;        /* longest press that still taps */
    uint32_t long_press_ms;     /* hold time for LONG_PRESS; 0 disables */
    float swipe_min_velocity;   /* design units per ms at release */
    float swipe_min_distance;   /* design units from start to release */
    uint32_t velocity_window_ms;/* release velocity looks this far back */
    uint32_t stale_ms;          /* silent pointer gives way; 0 never */
} GestureConfig;

/* tap_slop 24, tap_max_ms 500, long_press_ms 600, swipe_min_velocity 0.4,
 * swipe_min_distance 48, velocity_window_ms 80, stale_ms 15000. */
GestureConfig gesture_default_config(void);

/* Most gestures one gesture_feed() call can produce; an `out` this big never
 * loses one. (gesture_tick() produces at most 1.) */
#define GESTURE_MAX_OUT 4
/* Samples kept for the release velocity: 80 ms of a 400 Hz digitiser. */
#define GESTURE_HISTORY 32

typedef struct {
    float x, y;
    uint64_t t_ms;
} GestureSample;

typedef enum {
    GESTURE_PHASE_IDLE,
    GESTURE_PHASE_PRESSED,  /* down, within the slop */
    GESTURE_PHASE_DRAGGING,
    GESTURE_PHASE_HELD      /* long press fired; waiting for release */
} GesturePhase;

/* Internals are visible only so the state can live in the caller's struct. */
typedef struct {
    GestureConfig cfg;
    float scale;
    GesturePhase phase;
    int64_t id;
    float start_x, start_y;
    float last_x, last_y;       /* position at the last emitted gesture */
    uint64_t start_ms, last_ms; /* last_ms: newest accepted timestamp */
    GestureSample hist[GESTURE_HISTORY]; /* ring of recent positions */
    size_t hist_head, hist_len;
} GestureState;

/* cfg NULL means gesture_default_config(). */
void gesture_init(GestureState *st, const GestureConfig *cfg, float scale);
/* Non-positive or non-finite scales count as 1. Takes effect immediately. */
void gesture_set_scale(GestureState *st, float scale);
/* Forgets any tracked pointer without emitting anything. */
void gesture_reset(GestureState *st);
bool gesture_active(const GestureState *st);

/* Feed one event; writes up to max_out gestures and returns how many. Pass
 * GESTURE_MAX_OUT slots: extra gestures are dropped, state still advances. */
size_t gesture_feed(GestureState *st, const PointerEvent *ev, Gesture *out, size_t max_out);
/* Fires LONG_PRESS once now_ms reaches the deadline. */
size_t gesture_tick(GestureState *st, uint64_t now_ms, Gesture *out, size_t max_out);
/* When gesture_tick() next has something to do; 0 if nothing is pending. */
uint64_t gesture_next_deadline(const GestureState *st);

#endif
