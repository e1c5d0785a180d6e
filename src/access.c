#include "access.h"

AccessOptions access_merge(AccessOptions bundle, AccessOptions cli)
{
    AccessOptions o = {
        bundle.high_contrast || cli.high_contrast,
        bundle.large_text || cli.large_text,
        bundle.reduced_motion || cli.reduced_motion,
    };
    return o;
}

float access_text_scale(const AccessOptions *o)
{
    return o->large_text ? ACCESS_LARGE_TEXT_SCALE : 1.0f;
}

bool access_get(const AccessOptions *o, AccessOption which)
{
    switch (which) {
    case ACCESS_HIGH_CONTRAST: return o->high_contrast;
    case ACCESS_LARGE_TEXT: return o->large_text;
    case ACCESS_REDUCED_MOTION: return o->reduced_motion;
    default: return false;
    }
}

void access_set(AccessOptions *o, AccessOption which, bool on)
{
    switch (which) {
    case ACCESS_HIGH_CONTRAST: o->high_contrast = on; break;
    case ACCESS_LARGE_TEXT: o->large_text = on; break;
    case ACCESS_REDUCED_MOTION: o->reduced_motion = on; break;
    default: break;
    }
}

bool access_equal(const AccessOptions *a, const AccessOptions *b)
{
    return a->high_contrast == b->high_contrast && a->large_text == b->large_text &&
           a->reduced_motion == b->reduced_motion;
}
