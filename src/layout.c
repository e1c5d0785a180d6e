#include "layout.h"

#include <math.h>

Layout layout_make(int w, int h)
{
    Layout l = {0};
    l.w = w > 0 ? w : 1;
    l.h = h > 0 ? h : 1;
    l.portrait = l.h > l.w;
    float sx = l.portrait ? (float)l.w / 1080.0f : (float)l.w / 1440.0f;
    float sy = l.portrait ? (float)l.h / 1920.0f : (float)l.h / 1080.0f;
    l.s = fminf(sx, sy);
    l.margin = 0.04f * (float)(l.w < l.h ? l.w : l.h);
    l.screen = rect_make(0, 0, (float)l.w, (float)l.h);
    l.safe = rect_inset(l.screen, l.margin, l.margin);
    return l;
}

float layout_px(const Layout *l, float design_units)
{
    return design_units * l->s;
}

TextStyle layout_text_style(const Layout *l, TypeRole role, FontWeight weight)
{
    TextStyle st = {role, weight, roundf(theme_type_size(role) * l->s)};
    if (st.px < 6.0f)
        st.px = 6.0f;
    return st;
}

HomeLayout layout_home(const Layout *l)
{
    HomeLayout h = {0};
    float s = l->s;
    Rect safe = l->safe;
    float title_h = roundf(64.0f * 1.12f * s), sub_h = roundf(32.0f * 1.3f * s);
    h.title = rect_make(safe.x, safe.y, safe.w, title_h);
    h.subtitle = rect_make(safe.x, h.title.y + title_h + 8.0f * s, safe.w, sub_h);

    /* Bottom: the two big buttons. Landscape sets the page dots between them;
     * portrait has room to stack dots and a hint above. */
    float target = roundf(96.0f * s), dots_h = 32.0f * s;
    h.buttons = rect_make(safe.x, safe.y + safe.h - target, safe.w, target);
    float bottom;
    if (l->portrait) {
        h.dots = rect_make(safe.x, h.buttons.y - 40.0f * s - dots_h, safe.w, dots_h);
        float hint_h = roundf(24.0f * 1.3f * s);
        h.hint = rect_make(safe.x, h.dots.y - 16.0f * s - hint_h, safe.w, hint_h);
        bottom = h.hint.y - 32.0f * s;
    } else {
        h.dots = rect_make(safe.x, h.buttons.y + (target - dots_h) * 0.5f, safe.w, dots_h);
        h.hint = rect_make(safe.x, h.buttons.y, safe.w, 0.0f);
        bottom = h.buttons.y - 24.0f * s;
    }
    float top = h.subtitle.y + sub_h + 28.0f * s;
    h.carousel = rect_make(0, top, (float)l->w, bottom - top);
    if (l->portrait) {
        h.card_w = fminf(840.0f * s, safe.w - 80.0f * s);
        h.card_h = fminf(h.carousel.h, 1240.0f * s);
    } else {
        h.card_w = 600.0f * s;
        h.card_h = fminf(h.carousel.h, 760.0f * s);
    }
    h.card_gap = 48.0f * s;
    h.card_y = h.carousel.y + (h.carousel.h - h.card_h) * 0.5f;

    float bar = target;
    h.back_button = rect_make(safe.x, safe.y, 240.0f * s, bar);
    h.expanded = rect_make(safe.x, safe.y + bar + 24.0f * s, safe.w, safe.h - bar - 24.0f * s);
    return h;
}

Rect layout_home_card_at(const HomeLayout *h, const Layout *l, float offset)
{
    float centre_x = (float)l->w * 0.5f;
    float dx = offset * (h->card_w + h->card_gap);
    return rect_make(roundf(centre_x - h->card_w * 0.5f + dx), roundf(h->card_y), h->card_w,
                     h->card_h);
}

Rect layout_home_card(const HomeLayout *h, const Layout *l, int index, float position)
{
    return layout_home_card_at(h, l, (float)index - position);
}

bool layout_home_wraps(const HomeLayout *h, const Layout *l, int count)
{
    return count >= 3 && (float)count * (h->card_w + h->card_gap) >= (float)l->w + h->card_w;
}

float layout_home_offset(int index, float position, int count, bool wraps)
{
    float d = (float)index - position;
    if (wraps && count > 0) {
        float n = (float)count;
        d -= n * floorf(d / n + 0.5f);
    }
    return d;
}
