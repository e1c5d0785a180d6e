#include "tween.h"

Tween tween_make(float from, float to, uint64_t start_ms, uint32_t duration_ms, EaseKind ease)
{
    Tween tw = {from, to, start_ms, duration_ms, ease};
    return tw;
}

Tween tween_still(float value)
{
    return tween_make(value, value, 0, 0, EASE_LINEAR);
}

uint64_t tween_end_ms(const Tween *tw)
{
    uint64_t end = tw->start_ms + tw->duration_ms;
    return end < tw->start_ms ? UINT64_MAX : end;
}

float tween_progress(const Tween *tw, uint64_t now_ms)
{
    if (now_ms < tw->start_ms)
        return 0.0f;
    uint64_t elapsed = now_ms - tw->start_ms;
    if (elapsed >= tw->duration_ms)
        return 1.0f;
    /* Divide in double: the operands are integers that float can't hold
     * exactly once uptime runs into days. */
    return (float)((double)elapsed / (double)tw->duration_ms);
}

float tween_value(const Tween *tw, uint64_t now_ms)
{
    float p = tween_progress(tw, now_ms);
    if (p >= 1.0f)
        return tw->to; /* exact, whatever the curve's rounding */
    float e = ease_apply(tw->ease, p);
    return tw->from + (tw->to - tw->from) * e;
}

bool tween_done(const Tween *tw, uint64_t now_ms)
{
    return now_ms >= tween_end_ms(tw);
}

Tween tween_retarget(const Tween *tw, float to, uint64_t now_ms, uint32_t duration_ms)
{
    if (tw->to == to)
        return *tw;
    return tween_make(tween_value(tw, now_ms), to, now_ms, duration_ms, tw->ease);
}

uint64_t tween_stagger_start(uint64_t base, int index, uint32_t step_ms)
{
    if (index <= 0)
        return base;
    /* (2^31 - 1) * (2^32 - 1) < 2^63: the product itself cannot overflow. */
    uint64_t offset = (uint64_t)index * step_ms;
    return offset > UINT64_MAX - base ? UINT64_MAX : base + offset;
}
