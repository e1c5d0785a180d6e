#include "spring.h"

#include <math.h>

#define SUBSTEP_S ((float)SPRING_SUBSTEP_MS / 1000.0f)

static float clampf(float v, float lo, float hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

float spring_critical_damping(float stiffness)
{
    return stiffness > 0.0f ? 2.0f * sqrtf(stiffness) : 0.0f;
}

Spring spring_make(float pos, float target, float stiffness, float damping_ratio)
{
    Spring s = {pos, 0.0f, target, stiffness,
                damping_ratio * spring_critical_damping(stiffness)};
    return s;
}

static void spring_snap(Spring *s)
{
    s->pos = s->target;
    s->vel = 0.0f;
}

static bool spring_finite(const Spring *s)
{
    return isfinite(s->pos) && isfinite(s->vel) && isfinite(s->target);
}

void spring_step(Spring *s, uint32_t dt_ms)
{
    if (dt_ms > SPRING_MAX_STEP_MS || !spring_finite(s)) {
        spring_snap(s);
        return;
    }
    float k = clampf(s->stiffness, 0.0f, SPRING_MAX_STIFFNESS);
    float c = clampf(s->damping, 0.0f, SPRING_MAX_DAMPING);
    /* Semi-implicit Euler: velocity first, then position with the new
     * velocity. Unlike plain Euler it doesn't gain energy, so an undamped
     * spring oscillates instead of blowing up. */
    for (uint32_t i = 0; i < dt_ms / SPRING_SUBSTEP_MS; i++) {
        float accel = -k * (s->pos - s->target) - c * s->vel;
        s->vel += accel * SUBSTEP_S;
        s->pos += s->vel * SUBSTEP_S;
    }
    if (!spring_finite(s))
        spring_snap(s);
}

bool spring_settled(const Spring *s, float pos_eps, float vel_eps)
{
    return fabsf(s->pos - s->target) <= pos_eps && fabsf(s->vel) <= vel_eps;
}

bool spring_settle(Spring *s, float pos_eps, float vel_eps)
{
    if (!spring_settled(s, pos_eps, vel_eps))
        return false;
    spring_snap(s);
    return true;
}

/* Projected card for a fling, limited to [lo, hi] before the cast so a wild
 * velocity can't overflow the int conversion. */
static int snap_projected(float pos, float vel, float lo, float hi)
{
    float projected = pos + vel * SPRING_SNAP_PROJECT_MS;
    return (int)roundf(clampf(projected, lo, hi));
}

static int snap_fling(float pos, float vel, int max_jump)
{
    if (vel > 0.0f) {
        float leaving = floorf(pos);
        return snap_projected(pos, vel, leaving + 1.0f, leaving + (float)max_jump);
    }
    float leaving = ceilf(pos);
    return snap_projected(pos, vel, leaving - (float)max_jump, leaving - 1.0f);
}

int spring_snap_unbounded(float pos, float vel_per_ms, int max_jump)
{
    if (!isfinite(vel_per_ms))
        vel_per_ms = 0.0f;
    if (!isfinite(pos) || fabsf(pos) > 1e6f)
        pos = 0.0f;
    if (max_jump < 1)
        max_jump = 1;
    if (max_jump > 64)
        max_jump = 64;
    return fabsf(vel_per_ms) < SPRING_SNAP_MIN_FLING ? (int)roundf(pos)
                                                      : snap_fling(pos, vel_per_ms, max_jump);
}

int spring_snap_index(float pos, float vel_per_ms, int count, int max_jump)
{
    if (count < 1)
        return 0;
    if (!isfinite(pos))
        pos = 0.0f;
    /* Keep pos in range first: past either end the "card being left" would
     * be a card that doesn't exist. Bounded by count too: a larger jump
     * can't matter. */
    pos = clampf(pos, 0.0f, (float)(count - 1));
    int target = spring_snap_unbounded(pos, vel_per_ms, max_jump > count ? count : max_jump);
    return target < 0 ? 0 : target >= count ? count - 1 : target;
}
