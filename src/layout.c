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
    l.text_scale = 1.0f;
    return l;
}

void layout_set_text_scale(Layout *l, float scale)
{
    l->text_scale = scale > 0.0f ? scale : 1.0f;
}

float layout_line_px(const Layout *l, TypeRole role)
{
    return roundf(theme_type_size(role) * theme_line_height(role) * l->s * l->text_scale);
}

float layout_px(const Layout *l, float design_units)
{
    return design_units * l->s;
}

TextStyle layout_text_style(const Layout *l, TypeRole role, FontWeight weight)
{
    TextStyle st = {role, weight, roundf(theme_type_size(role) * l->s * l->text_scale)};
    if (st.px < 6.0f)
        st.px = 6.0f;
    return st;
}

HomeLayout layout_home(const Layout *l)
{
    HomeLayout h = {0};
    float s = l->s;
    Rect safe = l->safe;
    float title_h = layout_line_px(l, TYPE_H1), sub_h = layout_line_px(l, TYPE_BODY);
    if (l->portrait && l->text_scale > 1.0f) { /* large text: title and subtitle may wrap */
        title_h = fmaxf(title_h, 2.0f * layout_line_px(l, TYPE_H2));
        sub_h *= 2.0f;
    }
    h.title = rect_make(safe.x, safe.y, safe.w, title_h);
    h.subtitle = rect_make(safe.x, h.title.y + title_h + 8.0f * s, safe.w, sub_h);

    /* Bottom: the two big buttons. Landscape sets the page dots between them;
     * portrait has room to stack dots and a hint above. */
    float target = roundf(96.0f * s), dots_h = 32.0f * s;
    h.buttons = rect_make(safe.x, safe.y + safe.h - target, safe.w, target);
    float bottom;
    if (l->portrait) {
        h.dots = rect_make(safe.x, h.buttons.y - 40.0f * s - dots_h, safe.w, dots_h);
        float hint_h = layout_line_px(l, TYPE_CAPTION);
        h.hint = rect_make(safe.x, h.dots.y - 16.0f * s - hint_h, safe.w, hint_h);
        h.tour = rect_make(safe.x, h.hint.y - 24.0f * s - target, safe.w, target);
        bottom = h.tour.y - 24.0f * s;
    } else {
        h.dots = rect_make(safe.x, h.buttons.y + (target - dots_h) * 0.5f, safe.w, dots_h);
        h.hint = rect_make(safe.x, h.buttons.y, safe.w, 0.0f);
        h.tour = rect_make(safe.x, safe.y, safe.w, 0.0f);
        bottom = h.buttons.y - 24.0f * s;
    }
    float top = h.subtitle.y + sub_h + 28.0f * s;
    h.carousel = rect_make(0, top, (float)l->w, bottom - top);
    if (l->portrait) {
        /* Large text widens the cards so their lines still fit. */
        h.card_w = fminf(840.0f * s * l->text_scale, safe.w - 80.0f * s);
        h.card_h = fminf(h.carousel.h, 1240.0f * s);
    } else {
        h.card_w = fminf(600.0f * s * l->text_scale, safe.w);
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

DetailLayout layout_detail(const Layout *l)
{
    HomeLayout h = layout_home(l);
    DetailLayout d = {0};
    float s = l->s;
    d.card = h.expanded;
    d.band = roundf(200.0f * s);
    d.pad = roundf(40.0f * s);
    d.back_button = h.back_button;
    d.top_bar = rect_make(l->safe.x, l->safe.y, l->safe.w, h.back_button.h);
    d.tab_rows = l->portrait ? 2 : 1;
    float tabs_y = d.card.y + d.band + roundf(20.0f * s);
    d.tabs = rect_make(d.card.x + d.pad, tabs_y, d.card.w - 2.0f * d.pad,
                       roundf(96.0f * s) * (float)d.tab_rows);
    /* The window stops a corner radius short of the card's bottom edge so
     * scrolled content never shows in the rounded corners. */
    float view_y = d.tabs.y + d.tabs.h + roundf(8.0f * s);
    float view_bottom = d.card.y + d.card.h - roundf(24.0f * s);
    d.view = rect_make(d.card.x, view_y, d.card.w, view_bottom - view_y);
    d.content = rect_make(d.card.x + d.pad, view_y + roundf(16.0f * s), d.card.w - 2.0f * d.pad,
                          view_bottom - view_y - roundf(16.0f * s));
    return d;
}

/* Lanes stack a caption-high role label over the row the line sits in. */
static float day_lanes_layout(DayLayout *d, const Layout *l, int lanes, float y)
{
    /* Two lanes sit closer so the cards under them keep their room. */
    float s = l->s, label_h = layout_line_px(l, TYPE_CAPTION);
    float row_h = roundf((lanes > 1 ? 52.0f : 64.0f) * s);
    for (int i = 0; i < lanes && i < 2; i++) {
        d->lane_labels[i] = rect_make(l->safe.x, y, l->safe.w, label_h);
        d->lanes[i] = rect_make(l->safe.x, y + label_h + roundf(4.0f * s), l->safe.w, row_h);
        y = d->lanes[i].y + row_h + roundf((lanes > 1 ? 6.0f : 12.0f) * s);
    }
    d->hours = rect_make(l->safe.x, y - roundf(8.0f * s), l->safe.w, label_h);
    return d->hours.y + label_h;
}

DayLayout layout_day(const Layout *l, int lanes)
{
    DayLayout d = {0};
    float s = l->s, gap = roundf(28.0f * s);
    Rect safe = l->safe;
    d.target = roundf(96.0f * s);
    d.top_bar = rect_make(safe.x, safe.y, safe.w, d.target);
    float top = d.top_bar.y + d.target + roundf(36.0f * s);
    float bottom = day_lanes_layout(&d, l, lanes, top);
    d.timeline = rect_make(safe.x, top - roundf(12.0f * s), safe.w,
                           bottom - top + roundf(24.0f * s));
    /* Hour labels are centred on their ticks: keep half a label clear. */
    float inset = roundf(40.0f * s);
    d.axis_x0 = safe.x + inset;
    d.axis_x1 = safe.x + safe.w - inset;
    d.controls = rect_make(safe.x, safe.y + safe.h - d.target, safe.w, d.target);
    float stage_y = bottom + gap;
    d.stage = rect_make(safe.x, stage_y, safe.w, d.controls.y - gap - stage_y);
    /* One card keeps lines readable (<= ~60 characters): at most 1500 wide. */
    float w = fminf(d.stage.w, roundf(1500.0f * s));
    d.cards[0] = rect_make(roundf(d.stage.x + (d.stage.w - w) * 0.5f), d.stage.y, w, d.stage.h);
    if (lanes >= 2 && l->portrait) {
        float h = (d.stage.h - gap) * 0.5f;
        d.cards[0] = rect_make(d.stage.x, d.stage.y, d.stage.w, h);
        d.cards[1] = rect_make(d.stage.x, d.stage.y + h + gap, d.stage.w, h);
    } else if (lanes >= 2) {
        float cw = (d.stage.w - gap) * 0.5f;
        d.cards[0] = rect_make(d.stage.x, d.stage.y, cw, d.stage.h);
        d.cards[1] = rect_make(d.stage.x + cw + gap, d.stage.y, cw, d.stage.h);
    }
    return d;
}

QuizLayout layout_quiz(const Layout *l)
{
    QuizLayout q = {0};
    float s = l->s, gap = roundf(32.0f * s);
    Rect safe = l->safe;
    q.target = roundf(96.0f * s);
    q.top_bar = rect_make(safe.x, safe.y, safe.w, q.target);
    float cap_h = layout_line_px(l, TYPE_CAPTION);
    float content_w = fminf(safe.w, roundf(1240.0f * s));
    float cx = roundf(safe.x + (safe.w - content_w) * 0.5f);
    q.progress = rect_make(cx, q.top_bar.y + q.target + gap, content_w, roundf(40.0f * s));
    q.footer = rect_make(safe.x, safe.y + safe.h - cap_h, safe.w, cap_h);
    float qy = q.progress.y + q.progress.h + roundf(40.0f * s);
    float qh = layout_line_px(l, TYPE_H1) * (l->portrait ? 3.0f : 2.0f);
    q.question = rect_make(cx, qy, content_w, qh);
    float ay = qy + qh + roundf(40.0f * s);
    q.answers = rect_make(cx, ay, content_w, q.footer.y - gap - ay);

    float body_y = q.top_bar.y + q.target + gap;
    if (l->portrait) {
        float best_h = roundf(720.0f * s);
        q.best = rect_make(safe.x, body_y, safe.w, best_h);
        q.buttons = rect_make(safe.x, safe.y + safe.h - q.target, safe.w, q.target);
        float ry = body_y + best_h + gap;
        q.ranking = rect_make(safe.x, ry, safe.w, q.buttons.y - gap - ry);
    } else {
        float left = roundf((safe.w - gap) * 0.48f);
        q.buttons = rect_make(safe.x, safe.y + safe.h - q.target, safe.w, q.target);
        q.best = rect_make(safe.x, body_y, left, q.buttons.y - roundf(24.0f * s) - body_y);
        q.ranking = rect_make(safe.x + left + gap * 2.0f, body_y, safe.w - left - gap * 2.0f,
                              q.best.h);
    }
    return q;
}

/* Landscape: buttons and dots share the bottom row. Portrait has the height
 * to stack the dots above a row of two half-width buttons, and taller
 * headers with the icon above the name. */
CompareLayout layout_compare(const Layout *l)
{
    CompareLayout c = {0};
    float s = l->s, gap = roundf(24.0f * s), target = roundf(96.0f * s);
    Rect safe = l->safe;
    float button_w = roundf(240.0f * s), bottom = safe.y + safe.h;
    c.back = rect_make(safe.x, safe.y, button_w, target);
    c.home = rect_make(safe.x + safe.w - button_w, safe.y, button_w, target);
    c.title = rect_make(c.back.x + button_w + gap, safe.y, safe.w - 2.0f * (button_w + gap), target);
    float top = safe.y + target + gap;
    c.picker = rect_make(safe.x, top, safe.w, bottom - top);

    float header_h = roundf((l->portrait ? 208.0f : 120.0f) * s), vs = roundf(88.0f * s);
    float header_w = floorf((safe.w - vs) * 0.5f);
    c.header[0] = rect_make(safe.x, top, header_w, header_h);
    c.header[1] = rect_make(safe.x + safe.w - header_w, top, header_w, header_h);
    float disc = roundf(72.0f * s);
    c.versus = rect_make(safe.x + (safe.w - disc) * 0.5f, top + (header_h - disc) * 0.5f, disc, disc);

    float dots_h = roundf(32.0f * s);
    c.controls = rect_make(safe.x, bottom - target, safe.w, target);
    float page_bottom;
    if (l->portrait) {
        c.dots = rect_make(safe.x, c.controls.y - roundf(20.0f * s) - dots_h, safe.w, dots_h);
        page_bottom = c.dots.y - roundf(20.0f * s);
    } else {
        c.dots = rect_make(safe.x, c.controls.y + (target - dots_h) * 0.5f, safe.w, dots_h);
        page_bottom = c.controls.y - gap;
    }
    float page_top = top + header_h + gap;
    c.page = rect_make(safe.x, page_top, safe.w, page_bottom - page_top);
    c.page_pitch = (float)l->w;

    float panel_w = fminf(safe.w, roundf(1240.0f * s));
    float panel_h = fminf(c.picker.h, roundf((l->portrait ? 1100.0f : 820.0f) * s));
    c.overlay = rect_make(roundf(safe.x + (safe.w - panel_w) * 0.5f),
                          roundf(top + (c.picker.h - panel_h) * 0.5f), panel_w, panel_h);
    return c;
}

AdminPadLayout layout_admin_pad(const Layout *l)
{
    AdminPadLayout a = {0};
    float s = l->s;
    Rect safe = l->safe;
    a.target = roundf(96.0f * s);
    a.top_bar = rect_make(safe.x, safe.y, safe.w, a.target);
    /* Portrait has the height for phone-sized fingers on a tall pad. */
    float key_w = roundf((l->portrait ? 240.0f : 168.0f) * s);
    float key_h = roundf((l->portrait ? 168.0f : 120.0f) * s);
    float gap = roundf((l->portrait ? 28.0f : 20.0f) * s);
    float pad_w = 3.0f * key_w + 2.0f * gap, pad_h = 4.0f * key_h + 3.0f * gap;
    float heading_h = layout_line_px(l, TYPE_H2), message_h = layout_line_px(l, TYPE_BODY);
    float field_h = roundf((l->portrait ? 120.0f : 96.0f) * s);
    float g1 = roundf(32.0f * s), g2 = roundf(16.0f * s);
    float column = heading_h + g1 + field_h + g2 + message_h + g1 + pad_h;
    float top = a.top_bar.y + a.target + roundf(24.0f * s), bottom = safe.y + safe.h;
    float y = roundf(top + fmaxf(0.0f, (bottom - top - column) * 0.5f));
    float x = roundf(safe.x + (safe.w - pad_w) * 0.5f);
    a.heading = rect_make(safe.x, y, safe.w, heading_h);
    a.field = rect_make(x, y + heading_h + g1, pad_w, field_h);
    a.message = rect_make(safe.x, a.field.y + field_h + g2, safe.w, message_h);
    a.keypad = rect_make(x, a.message.y + message_h + g1, pad_w, pad_h);
    for (int i = 0; i < 12; i++)
        a.keys[i] = rect_make(x + (float)(i % 3) * (key_w + gap),
                              a.keypad.y + (float)(i / 3) * (key_h + gap), key_w, key_h);
    return a;
}

AdminPanelLayout layout_admin_panel(const Layout *l)
{
    AdminPanelLayout a = {0};
    float s = l->s;
    Rect safe = l->safe;
    a.target = roundf(96.0f * s);
    a.gap = roundf(28.0f * s);
    a.pad = roundf(32.0f * s);
    a.top_bar = rect_make(safe.x, safe.y, safe.w, a.target);
    float top = a.top_bar.y + a.target + roundf(24.0f * s), bottom = safe.y + safe.h;
    if (l->portrait) {
        float usage_h = roundf(880.0f * s);
        a.usage = rect_make(safe.x, top, safe.w, usage_h);
        a.side = rect_make(safe.x, top + usage_h + a.gap, safe.w, bottom - top - usage_h - a.gap);
    } else {
        /* The usage card takes the larger share: its bars want the width. */
        float side_w = roundf(fmaxf(540.0f * s, (safe.w - a.gap) * 0.4f));
        a.usage = rect_make(safe.x, top, safe.w - side_w - a.gap, bottom - top);
        a.side = rect_make(safe.x + safe.w - side_w, top, side_w, bottom - top);
    }
    float dw = fminf(safe.w, roundf(840.0f * s)), dh = roundf(460.0f * s);
    a.dialog = rect_make(roundf(safe.x + (safe.w - dw) * 0.5f),
                         roundf(safe.y + (safe.h - dh) * 0.5f), dw, dh);
    return a;
}
