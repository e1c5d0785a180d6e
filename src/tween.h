/* tween: time-based animations as plain data.
 *
 * A Tween is a value that moves from `from` to `to` over `duration_ms`
 * starting at `start_ms`, shaped by an easing curve. It holds no clock: ask it
 * for its value at any `now_ms`, as often as you like, in any order. Before
 * `start_ms` it reads `from` (so staggered entrances can be created up front);
 * from `start_ms + duration_ms` on it reads exactly `to`. */
#ifndef TWEEN_H
#define TWEEN_H

#include <stdbool.h>
#include <stdint.h>

#include "ease.h"

typedef struct {
    float from, to;
    uint64_t start_ms;
    uint32_t duration_ms;  /* 0: jumps to `to` at start_ms */
    EaseKind ease;
} Tween;

Tween tween_make(float from, float to, uint64_t start_ms, uint32_t duration_ms, EaseKind ease);

/* A tween that already rests at `value` (a convenient initial state). */
Tween tween_still(float value);

/* Linear time fraction in [0,1] at now_ms (before easing). */
float tween_progress(const Tween *tw, uint64_t now_ms);
float tween_value(const Tween *tw, uint64_t now_ms);
bool tween_done(const Tween *tw, uint64_t now_ms);
/* The first instant at which tween_done() is true. */
uint64_t tween_end_ms(const Tween *tw);

/* A tween towards `to` that starts where `tw` is at now_ms, so an animation
 * interrupted mid-flight continues from its current value without a jump.
 * (Only the value is continuous, not the velocity; use a Spring when a change
 * of direction has to feel physical.) If `tw` is already heading to `to` it is
 * returned unchanged, so callers may retarget every frame without the
 * animation restarting and never arriving. */
Tween tween_retarget(const Tween *tw, float to, uint64_t now_ms, uint32_t duration_ms);

/* Start time of item `index` in a staggered entrance: base + index * step.
 * Negative indices start at base; the sum saturates instead of wrapping. */
uint64_t tween_stagger_start(uint64_t base, int index, uint32_t step_ms);

#endif
