#include "scroll.h"

#include <math.h>
#include <string.h>

/* A step this long (a suspended machine) finishes the motion at once rather
 * than integrating minutes of physics. */
#define SCROLL_MAX_STEP_MS 5000u

void scroll_init(Scroll *s)
{
    memset(s, 0, sizeof *s);
    s->phase = SCROLL_IDLE;
}

float scroll_max(const Scroll *s)
{
    return s->content > s->viewport ? s->content - s->viewport : 0.0f;
}

bool scroll_scrollable(const Scroll *s)
{
    return scroll_max(s) > 0.0f;
}

bool scroll_moving(const Scroll *s)
{
    return s->phase == SCROLL_COASTING || s->phase == SCROLL_RETURNING;
}

static float clamp_offset(const Scroll *s, float offset)
{
    float max = scroll_max(s);
    return offset < 0.0f ? 0.0f : offset > max ? max : offset;
}

static bool out_of_range(const Scroll *s)
{
    return s->offset < 0.0f || s->offset > scroll_max(s);
}

void scroll_set_extent(Scroll *s, float content, float viewport)
{
    s->content = content > 0.0f && isfinite(content) ? content : 0.0f;
    s->viewport = viewport > 0.0f && isfinite(viewport) ? viewport : 0.0f;
    if (s->phase == SCROLL_IDLE)
        s->offset = clamp_offset(s, s->offset);
}

void scroll_jump(Scroll *s, float offset)
{
    s->phase = SCROLL_IDLE;
    s->velocity = 0.0f;
    s->offset = clamp_offset(s, isfinite(offset) ? offset : 0.0f);
}

/* How far a pull of `d` px past an end is shown: less and less the further
 * it goes, never more than the viewport. */
static float stretch(float d, float dim)
{
    if (dim <= 0.0f)
        return 0.0f;
    return (1.0f - 1.0f / (d * SCROLL_RUBBER / dim + 1.0f)) * dim;
}

/* The pull that shows as `y` (the inverse of stretch). */
static float unstretch(float y, float dim)
{
    if (dim <= 0.0f)
        return 0.0f;
    float f = fminf(y / dim, 0.99f);
    return dim / SCROLL_RUBBER * (1.0f / (1.0f - f) - 1.0f);
}

static float banded(const Scroll *s, float raw)
{
    float max = scroll_max(s);
    if (raw < 0.0f)
        return -stretch(-raw, s->viewport);
    if (raw > max)
        return max + stretch(raw - max, s->viewport);
    return raw;
}

static float unbanded(const Scroll *s, float shown)
{
    float max = scroll_max(s);
    if (shown < 0.0f)
        return -unstretch(-shown, s->viewport);
    if (shown > max)
        return max + unstretch(shown - max, s->viewport);
    return shown;
}

void scroll_catch(Scroll *s)
{
    if (s->phase == SCROLL_COASTING) {
        s->phase = SCROLL_IDLE;
        s->velocity = 0.0f;
    }
}

void scroll_drag_begin(Scroll *s)
{
    s->phase = SCROLL_DRAGGING;
    s->velocity = 0.0f;
    s->drag_origin = unbanded(s, s->offset);
}

void scroll_drag(Scroll *s, float finger_delta)
{
    if (s->phase != SCROLL_DRAGGING || !isfinite(finger_delta))
        return;
    if (!scroll_scrollable(s)) {
        s->offset = 0.0f;
        return;
    }
    s->offset = banded(s, s->drag_origin - finger_delta);
}

/* Springs from a stretched offset back to the nearer end, carrying
 * `velocity` (px/ms). An outward velocity is capped so a hard fling
 * overshoots by at most SCROLL_MAX_OVERSHOOT of the viewport. */
static void start_return(Scroll *s, float velocity)
{
    float end = s->offset < 0.0f ? 0.0f : scroll_max(s);
    s->back = spring_make(s->offset, end, SCROLL_RETURN_STIFFNESS, 1.0f);
    /* A critically damped spring launched at v peaks v / (omega * e) out. */
    float omega = sqrtf(SCROLL_RETURN_STIFFNESS);
    float cap = SCROLL_MAX_OVERSHOOT * s->viewport * omega * 2.71828f / 1000.0f;
    bool outward = (s->offset < 0.0f) == (velocity < 0.0f);
    if (outward && fabsf(velocity) > cap)
        velocity = velocity < 0.0f ? -cap : cap;
    s->back.vel = velocity * 1000.0f; /* springs count per second */
    s->velocity = 0.0f;
    s->phase = SCROLL_RETURNING;
}

void scroll_release(Scroll *s, float finger_velocity, uint64_t now_ms)
{
    s->last_ms = now_ms;
    float v = isfinite(finger_velocity) ? -finger_velocity : 0.0f;
    if (out_of_range(s)) {
        start_return(s, v);
    } else if (scroll_scrollable(s) && fabsf(v) >= SCROLL_STOP_VELOCITY) {
        s->velocity = v;
        s->phase = SCROLL_COASTING;
    } else {
        s->phase = SCROLL_IDLE;
        s->velocity = 0.0f;
    }
}

static void step_coasting(Scroll *s)
{
    s->velocity *= SCROLL_FRICTION;
    s->offset += s->velocity;
    if (out_of_range(s))
        start_return(s, s->velocity);
    else if (fabsf(s->velocity) < SCROLL_STOP_VELOCITY)
        scroll_jump(s, s->offset);
}

static void step_returning(Scroll *s)
{
    spring_step(&s->back, 1);
    s->offset = s->back.pos;
    if (spring_settle(&s->back, 0.5f, 5.0f))
        scroll_jump(s, s->back.target);
}

bool scroll_update(Scroll *s, uint64_t now_ms)
{
    uint64_t dt = now_ms > s->last_ms ? now_ms - s->last_ms : 0;
    if (now_ms > s->last_ms)
        s->last_ms = now_ms;
    if (dt > SCROLL_MAX_STEP_MS && scroll_moving(s))
        scroll_jump(s, s->offset);
    for (uint64_t i = 0; i < dt && scroll_moving(s); i++) {
        if (s->phase == SCROLL_COASTING)
            step_coasting(s);
        else
            step_returning(s);
    }
    return scroll_moving(s);
}
