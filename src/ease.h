/* ease: easing curves mapping linear time progress to animation progress.
 *
 * Every curve is pinned to exactly 0 at t=0 and exactly 1 at t=1, so an
 * animation that has finished lands on its target with no float residue.
 * Inputs outside [0,1] (and NaN) are clamped first. EASE_OUT_BACK overshoots
 * above 1 in between by design; all others stay within [0,1]. */
#ifndef EASE_H
#define EASE_H

typedef enum {
    EASE_LINEAR = 0,
    EASE_OUT_CUBIC,     /* fast start, gentle stop: the default for UI motion */
    EASE_IN_OUT_CUBIC,  /* symmetric; 0.5 at t=0.5 */
    EASE_OUT_BACK,      /* overshoots ~10% then settles: playful pop-ins */
    EASE_OUT_QUINT,     /* like out-cubic with a longer, softer tail */
    EASE_IN_CUBIC,      /* slow start: for exits, where the end is off-screen */
    EASE_COUNT
} EaseKind;

/* Progress for linear time fraction `t`. Unknown kinds behave as linear. */
float ease_apply(EaseKind kind, float t);

#endif
