#include "gesture.h"

#include <math.h>

/* Pixels; far beyond any screen, far below where float maths overflows. */
#define GESTURE_COORD_LIMIT 1e6f

/* The caller's output array for one call; gestures past `max` are dropped. */
typedef struct {
    Gesture *buf;
    size_t max, n;
} GestureOut;

GestureConfig gesture_default_config(void)
{
    GestureConfig cfg = {
        .tap_slop = 24.0f,
        .tap_max_ms = 500,
        .long_press_ms = 600,
        .swipe_min_velocity = 0.4f,
        .swipe_min_distance = 48.0f,
        .velocity_window_ms = 80,
        .stale_ms = 15000,
    };
    return cfg;
}

void gesture_reset(GestureState *st)
{
    st->phase = GESTURE_PHASE_IDLE;
    st->id = 0;
    st->hist_head = 0;
    st->hist_len = 0;
}

void gesture_set_scale(GestureState *st, float scale)
{
    st->scale = isfinite(scale) && scale > 0.0f ? scale : 1.0f;
}

void gesture_init(GestureState *st, const GestureConfig *cfg, float scale)
{
    *st = (GestureState){.cfg = cfg ? *cfg : gesture_default_config()};
    gesture_set_scale(st, scale);
    gesture_reset(st);
}

bool gesture_active(const GestureState *st)
{
    return st->phase != GESTURE_PHASE_IDLE;
}

uint64_t gesture_next_deadline(const GestureState *st)
{
    if (st->phase != GESTURE_PHASE_PRESSED || st->cfg.long_press_ms == 0)
        return 0;
    uint64_t due = st->start_ms + st->cfg.long_press_ms;
    return due < st->start_ms ? UINT64_MAX : due;
}

/* ---- history and velocity ---------------------------------------------- */

static void hist_push(GestureState *st, float x, float y, uint64_t t_ms)
{
    st->hist[st->hist_head] = (GestureSample){x, y, t_ms};
    st->hist_head = (st->hist_head + 1) % GESTURE_HISTORY;
    if (st->hist_len < GESTURE_HISTORY)
        st->hist_len++;
}

static const GestureSample *hist_back(const GestureState *st, size_t age)
{
    return &st->hist[(st->hist_head + GESTURE_HISTORY - 1 - age) % GESTURE_HISTORY];
}

/* Average velocity over the last velocity_window_ms: from the oldest sample
 * inside the window to the newest. A finger that stopped before lifting has
 * no movement inside the window, so it reads ~0 rather than the speed of a
 * flick it made earlier. Timestamps are monotonic (see accept_time). */
static void hist_velocity(const GestureState *st, float *vx, float *vy)
{
    *vx = *vy = 0.0f;
    if (st->hist_len < 2)
        return;
    const GestureSample *newest = hist_back(st, 0);
    const GestureSample *oldest = newest;
    for (size_t age = 1; age < st->hist_len; age++) {
        const GestureSample *s = hist_back(st, age);
        if (newest->t_ms - s->t_ms > st->cfg.velocity_window_ms)
            break;
        oldest = s;
    }
    uint64_t dt = newest->t_ms - oldest->t_ms;
    if (dt == 0)
        return;
    float ux = (newest->x - oldest->x) / (float)dt;
    float uy = (newest->y - oldest->y) / (float)dt;
    if (isfinite(ux) && isfinite(uy)) {
        *vx = ux;
        *vy = uy;
    }
}

/* ---- emitting ---------------------------------------------------------- */

/* A gesture at (x, y) for the tracked pointer. Records (x, y) as the last
 * reported position so the next DRAG's step starts from it. */
static Gesture make(GestureState *st, GestureKind kind, float x, float y, uint64_t t_ms)
{
    Gesture g = {
        .kind = kind,
        .x = x,
        .y = y,
        .start_x = st->start_x,
        .start_y = st->start_y,
        .dx = x - st->start_x,
        .dy = y - st->start_y,
        .step_dx = x - st->last_x,
        .step_dy = y - st->last_y,
        .dir = GESTURE_DIR_NONE,
        .t_ms = t_ms,
    };
    st->last_x = x;
    st->last_y = y;
    return g;
}

static void push(GestureOut *o, Gesture g)
{
    if (o->n < o->max)
        o->buf[o->n++] = g;
}

static void emit(GestureState *st, GestureOut *o, GestureKind kind, float x, float y,
                 uint64_t t_ms)
{
    push(o, make(st, kind, x, y, t_ms));
}

static GestureDir direction_of(float vx, float vy)
{
    if (fabsf(vx) >= fabsf(vy))
        return vx < 0.0f ? GESTURE_DIR_LEFT : GESTURE_DIR_RIGHT;
    return vy < 0.0f ? GESTURE_DIR_UP : GESTURE_DIR_DOWN;
}

/* ---- state machine ----------------------------------------------------- */

static float sq(float v)
{
    return v * v;
}

static bool beyond(float dx, float dy, float limit)
{
    /* Strictly beyond: a finger resting exactly on the slop still taps. */
    return sq(dx) + sq(dy) > sq(limit);
}

static bool long_press_due(const GestureState *st, uint64_t now_ms)
{
    uint64_t due = gesture_next_deadline(st);
    return due != 0 && now_ms >= due;
}

static void fire_long_press_if_due(GestureState *st, GestureOut *o, uint64_t now_ms)
{
    if (!long_press_due(st, now_ms))
        return;
    st->phase = GESTURE_PHASE_HELD;
    emit(st, o, GESTURE_LONG_PRESS, st->last_x, st->last_y, now_ms);
}

/* Clock for a tracked pointer's event: never earlier than what we've seen, so
 * durations and velocity intervals can't go negative. */
static uint64_t accept_time(GestureState *st, uint64_t t_ms)
{
    if (t_ms > st->last_ms)
        st->last_ms = t_ms;
    return st->last_ms;
}

static void begin(GestureState *st, GestureOut *o, const PointerEvent *ev)
{
    gesture_reset(st);
    st->phase = GESTURE_PHASE_PRESSED;
    st->id = ev->id;
    st->start_x = st->last_x = ev->x;
    st->start_y = st->last_y = ev->y;
    st->start_ms = st->last_ms = ev->t_ms;
    hist_push(st, ev->x, ev->y, ev->t_ms);
    emit(st, o, GESTURE_PRESS, ev->x, ev->y, ev->t_ms);
}

static void cancel(GestureState *st, GestureOut *o, uint64_t t_ms)
{
    emit(st, o, GESTURE_CANCEL, st->last_x, st->last_y, t_ms);
    gesture_reset(st);
}

static bool is_stale(const GestureState *st, uint64_t t_ms)
{
    return st->cfg.stale_ms != 0 && t_ms >= st->last_ms &&
           t_ms - st->last_ms >= st->cfg.stale_ms;
}

static void on_down(GestureState *st, GestureOut *o, const PointerEvent *ev)
{
    if (st->phase != GESTURE_PHASE_IDLE) {
        bool lost_up = ev->id == st->id;
        if (!lost_up && !is_stale(st, ev->t_ms))
            return; /* a second pointer: ignored entirely */
        cancel(st, o, accept_time(st, ev->t_ms));
    }
    begin(st, o, ev);
}

/* Movement of the tracked pointer to (x, y) at t (already accepted). */
static void on_motion(GestureState *st, GestureOut *o, float x, float y, uint64_t t)
{
    hist_push(st, x, y, t);
    if (st->phase == GESTURE_PHASE_PRESSED &&
        beyond(x - st->start_x, y - st->start_y, st->cfg.tap_slop * st->scale)) {
        st->phase = GESTURE_PHASE_DRAGGING;
        emit(st, o, GESTURE_DRAG_START, st->last_x, st->last_y, t);
        emit(st, o, GESTURE_DRAG, x, y, t);
        return;
    }
    if (st->phase == GESTURE_PHASE_DRAGGING && (x != st->last_x || y != st->last_y))
        emit(st, o, GESTURE_DRAG, x, y, t);
}

static void release_drag(GestureState *st, GestureOut *o, uint64_t t)
{
    float vx, vy;
    hist_velocity(st, &vx, &vy);
    float min_v = st->cfg.swipe_min_velocity * st->scale;
    float min_d = st->cfg.swipe_min_distance * st->scale;
    float dx = st->last_x - st->start_x, dy = st->last_y - st->start_y;
    bool fast = sq(vx) + sq(vy) >= sq(min_v);
    bool far = sq(dx) + sq(dy) >= sq(min_d);
    if (!fast || !far) {
        /* Velocity stays 0: a slow release is "put it where I left it". */
        emit(st, o, GESTURE_DRAG_END, st->last_x, st->last_y, t);
        return;
    }
    Gesture g = make(st, GESTURE_SWIPE, st->last_x, st->last_y, t);
    g.vx = vx;
    g.vy = vy;
    g.dir = direction_of(vx, vy);
    push(o, g);
}

static void on_up(GestureState *st, GestureOut *o, float x, float y, uint64_t t)
{
    /* The release point counts as movement: a flick may lift before any
     * MOVE event crossed the slop. */
    on_motion(st, o, x, y, t);
    switch (st->phase) {
    case GESTURE_PHASE_PRESSED:
        emit(st, o, t - st->start_ms <= st->cfg.tap_max_ms ? GESTURE_TAP : GESTURE_CANCEL,
             x, y, t);
        break;
    case GESTURE_PHASE_DRAGGING: release_drag(st, o, t); break;
    case GESTURE_PHASE_HELD: emit(st, o, GESTURE_CANCEL, st->last_x, st->last_y, t); break;
    case GESTURE_PHASE_IDLE: break;
    }
    gesture_reset(st);
}

static void on_tracked(GestureState *st, GestureOut *o, const PointerEvent *ev)
{
    uint64_t t = accept_time(st, ev->t_ms);
    bool finite = isfinite(ev->x) && isfinite(ev->y);
    /* Time has passed: a hold that reached its deadline counts even if the
     * main loop never got to call gesture_tick(). (Not for CANCEL: the system
     * took the touch away, nothing should act on it.) */
    if (ev->phase != POINTER_CANCEL)
        fire_long_press_if_due(st, o, t);
    float x = finite ? ev->x : st->last_x;
    float y = finite ? ev->y : st->last_y;
    switch (ev->phase) {
    case POINTER_MOVE:
        if (finite && st->phase != GESTURE_PHASE_HELD)
            on_motion(st, o, x, y, t);
        break;
    case POINTER_UP: on_up(st, o, x, y, t); break;
    case POINTER_CANCEL: cancel(st, o, t); break;
    case POINTER_DOWN: break; /* handled by on_down */
    }
}

/* Off-screen coordinates are legitimate, absurd ones are not: bounding them
 * keeps every difference and velocity computed from them finite. NaN and inf
 * pass through for the callers' isfinite() checks. */
static float bound_coord(float v)
{
    if (!isfinite(v))
        return v;
    return v < -GESTURE_COORD_LIMIT ? -GESTURE_COORD_LIMIT
           : v > GESTURE_COORD_LIMIT ? GESTURE_COORD_LIMIT
                                     : v;
}

size_t gesture_feed(GestureState *st, const PointerEvent *in, Gesture *out, size_t max_out)
{
    GestureOut o = {out, out ? max_out : 0, 0};
    PointerEvent ev = *in;
    ev.x = bound_coord(ev.x);
    ev.y = bound_coord(ev.y);
    if (ev.phase == POINTER_DOWN) {
        if (isfinite(ev.x) && isfinite(ev.y))
            on_down(st, &o, &ev);
        return o.n;
    }
    if (st->phase == GESTURE_PHASE_IDLE)
        return 0;
    bool cancel_all = ev.phase == POINTER_CANCEL && ev.id == GESTURE_ANY_ID;
    if (ev.id == st->id || cancel_all)
        on_tracked(st, &o, &ev);
    return o.n;
}

size_t gesture_tick(GestureState *st, uint64_t now_ms, Gesture *out, size_t max_out)
{
    GestureOut o = {out, out ? max_out : 0, 0};
    fire_long_press_if_due(st, &o, now_ms);
    return o.n;
}
