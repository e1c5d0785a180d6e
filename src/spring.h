/* spring: a damped spring for snapping things into place, plus the carousel
 * rule that picks which card a fling lands on.
 *
 * Units: `pos` and `target` in any unit (carousels use card units); `vel` in
 * units per SECOND; `stiffness` in 1/s^2 and `damping` in 1/s (unit mass).
 * Physics is conventionally tuned per second (react-spring's default is
 * stiffness 170, damping 26), hence seconds here while every time stamp in the
 * app is ms. A gesture velocity in px/ms becomes spring velocity as
 * vel = vx_px_per_ms / card_width_px * 1000.
 *
 * Determinism: spring_step() integrates in fixed SPRING_SUBSTEP_MS substeps
 * (semi-implicit Euler). dt is whole ms, so no remainder is ever dropped and
 * the trajectory depends only on total elapsed time: 16 ms x N frames and
 * 1 ms x 16N frames give the same state, bit for bit. */
#ifndef SPRING_H
#define SPRING_H

#include <stdbool.h>
#include <stdint.h>

#define SPRING_SUBSTEP_MS 1u
/* Beyond these the 1 ms explicit integration stops being stable; larger
 * values are clamped when stepping. */
#define SPRING_MAX_STIFFNESS 100000.0f
#define SPRING_MAX_DAMPING 1000.0f
/* A single step longer than this (the app was suspended, the machine stalled)
 * snaps to the target rather than integrating minutes of physics. */
#define SPRING_MAX_STEP_MS 5000u

typedef struct {
    float pos, vel, target;
    float stiffness, damping;
} Spring;

/* A spring at rest at `pos`, aimed at `target`. damping_ratio 1 is critically
 * damped (fastest arrival, no overshoot); below 1 it overshoots and wobbles. */
Spring spring_make(float pos, float target, float stiffness, float damping_ratio);
/* The damping (1/s) that makes `stiffness` critically damped: 2*sqrt(k). */
float spring_critical_damping(float stiffness);

/* Advances by dt_ms. A spring whose state is not finite (bad parameters)
 * snaps to its target instead of spreading NaN into the layout. */
void spring_step(Spring *s, uint32_t dt_ms);
/* True when |pos - target| <= pos_eps and |vel| <= vel_eps. Pure query. */
bool spring_settled(const Spring *s, float pos_eps, float vel_eps);
/* If settled, snaps pos to target and vel to 0 and returns true: the caller
 * can then stop animating (and stop requesting frames). */
bool spring_settle(Spring *s, float pos_eps, float vel_eps);

/* How far ahead a release velocity is projected when choosing a snap target:
 * the target is round(pos + vel * SPRING_SNAP_PROJECT_MS). 500 ms matches a
 * friction-decelerated scroll (iOS's 0.998/ms deceleration coasts ~v*499 ms),
 * so a brisk flick carries on about as far as the eye expects. */
#define SPRING_SNAP_PROJECT_MS 500.0f
/* Release speeds below this (units/ms) are treated as no fling at all. */
#define SPRING_SNAP_MIN_FLING 1e-4f

/* Card index a carousel at `pos` (card units; card i rests at pos == i)
 * should snap to after a release at `vel_per_ms` (card units per ms; pass 0
 * for a release that was not a swipe).
 * - No fling: the nearest card.
 * - Fling: the projected card, but at least one card in the fling's direction
 *   (a flick always turns the page) and at most `max_jump` (>= 1) cards past
 *   the card being left (floor(pos) moving forward, ceil(pos) moving back).
 * Always clamped to [0, count-1]; 0 when count < 1. */
int spring_snap_index(float pos, float vel_per_ms, int count, int max_jump);
/* The same rule for a carousel without ends (one that wraps around): any
 * integer may come back; the caller maps it onto its cards. */
int spring_snap_unbounded(float pos, float vel_per_ms, int max_jump);

#endif
