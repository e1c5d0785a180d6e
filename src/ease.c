#include "ease.h"

static float ease_out_cubic(float t)
{
    float u = 1.0f - t;
    return 1.0f - u * u * u;
}

static float ease_in_out_cubic(float t)
{
    if (t < 0.5f)
        return 4.0f * t * t * t;
    float u = -2.0f * t + 2.0f;
    return 1.0f - u * u * u / 2.0f;
}

static float ease_out_back(float t)
{
    /* The classic Penner constant: about 10% overshoot. */
    const float c1 = 1.70158f;
    const float c3 = c1 + 1.0f;
    float u = t - 1.0f;
    return 1.0f + c3 * u * u * u + c1 * u * u;
}

static float ease_out_quint(float t)
{
    float u = 1.0f - t;
    return 1.0f - u * u * u * u * u;
}

float ease_apply(EaseKind kind, float t)
{
    /* Written so NaN falls into the first branch: a broken input freezes the
     * animation at its start instead of poisoning every later value. */
    if (!(t > 0.0f))
        return 0.0f;
    if (t >= 1.0f)
        return 1.0f;
    switch (kind) {
    case EASE_OUT_CUBIC: return ease_out_cubic(t);
    case EASE_IN_OUT_CUBIC: return ease_in_out_cubic(t);
    case EASE_OUT_BACK: return ease_out_back(t);
    case EASE_OUT_QUINT: return ease_out_quint(t);
    case EASE_IN_CUBIC: return t * t * t;
    case EASE_LINEAR:
    case EASE_COUNT:
    default: return t;
    }
}
