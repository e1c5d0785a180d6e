#include "screens/access_sheet.h"

#include <math.h>

#include "app.h"
#include "ease.h"
#include "screens/widgets.h"

enum { SHEET_FADE_MS = 180 };

typedef struct {
    const char *key, *fallback, *note_key, *note_fallback;
} RowText;

static const RowText ROW_TEXT[ACCESS_OPTION_COUNT] = {
    {"access.high_contrast", "High contrast", "access.high_contrast_note",
     "White and black with bright yellow highlights"},
    {"access.large_text", "Large text", "access.large_text_note", "Every word a quarter bigger"},
    {"access.reduced_motion", "Reduced motion", "access.reduced_motion_note",
     "Gentle fades instead of slides and zooms"},
};

static float px(const App *app, float units)
{
    return roundf(units * app->layout.s);
}

static const char *title_text(const App *app)
{
    return app_ui(app, "access.title", "Reading and motion");
}

static const char *label(const App *app, int row)
{
    return app_ui(app, ROW_TEXT[row].key, ROW_TEXT[row].fallback);
}

static const char *note(const App *app, int row)
{
    return app_ui(app, ROW_TEXT[row].note_key, ROW_TEXT[row].note_fallback);
}

static const char *done_text(const App *app)
{
    return app_ui(app, "access.done", "Done");
}

/* The options as the visitor sees them: high contrast follows the theme,
 * which the admin panel can also switch. */
static AccessOptions shown_options(const App *app)
{
    AccessOptions o = app->access;
    o.high_contrast = theme_is_high_contrast(&app->theme);
    return o;
}

/* ---- geometry ------------------------------------------------------------ */

static float switch_w(const App *app)
{
    return px(app, 120.0f);
}

/* Room for a row's words: the row less its padding, the switch and a gap. */
static float words_w(const App *app, float row_w)
{
    return row_w - 2.0f * px(app, 32.0f) - switch_w(app) - px(app, 32.0f);
}

static float row_height(const App *app, int row, float row_w)
{
    float w = words_w(app, row_w);
    TypeRole role = widget_fit_role(app, label(app, row), TYPE_H2, WEIGHT_BOLD, w, 1);
    float h = widget_text_height(app, role, WEIGHT_BOLD, label(app, row), w, 1, NULL) +
              px(app, 6.0f) +
              widget_text_height(app, TYPE_BODY, WEIGHT_REGULAR, note(app, row), w, 2, NULL);
    return fmaxf(h + 2.0f * px(app, 24.0f), px(app, 120.0f));
}

AccessSheetLayout access_sheet_layout(const App *app)
{
    AccessSheetLayout g;
    const Layout *l = &app->layout;
    float pad = px(app, 48.0f), gap = px(app, 16.0f), target = widget_target_size(app);
    float w = l->portrait ? l->safe.w : fminf(px(app, 1040.0f) * l->text_scale, l->safe.w);
    float inner = w - 2.0f * pad;
    float title_h = widget_text_height(app, TYPE_H1, WEIGHT_BOLD, title_text(app), inner, 2, NULL);
    float heights[ACCESS_OPTION_COUNT], rows_h = 0.0f;
    for (int i = 0; i < ACCESS_OPTION_COUNT; i++) {
        heights[i] = row_height(app, i, inner);
        rows_h += heights[i] + (i ? gap : 0.0f);
    }
    float h = pad + title_h + px(app, 32.0f) + rows_h + px(app, 40.0f) + target + pad;
    g.card = rect_make(roundf(l->safe.x + (l->safe.w - w) * 0.5f),
                       roundf(l->safe.y + fmaxf(0.0f, (l->safe.h - h) * 0.5f)), w, h);
    g.title = rect_make(g.card.x + pad, g.card.y + pad, inner, title_h);
    float y = g.title.y + title_h + px(app, 32.0f);
    for (int i = 0; i < ACCESS_OPTION_COUNT; i++) {
        g.rows[i] = rect_make(g.card.x + pad, y, inner, heights[i]);
        y += heights[i] + gap;
    }
    float dw = fmaxf(widget_button_width(app, done_text(app), true), px(app, 280.0f));
    g.done = rect_make(roundf(g.card.x + (w - dw) * 0.5f), y - gap + px(app, 40.0f), dw, target);
    return g;
}

/* ---- the pill on home ---------------------------------------------------- */

/* Portrait leaves the icon out: the title beside the pills needs the room. */
static const char *pill_icon(const App *app)
{
    return app->layout.portrait ? NULL : "icons/accessibility.svg";
}

float access_sheet_pill_width(const App *app)
{
    return fmaxf(widget_button_width(app, "Aa", pill_icon(app) != NULL),
                 widget_target_size(app));
}

void access_sheet_draw_pill(App *app, DrawList *dl, Rect r, bool pressed)
{
    widget_button(app, dl, r, "Aa", pill_icon(app), BUTTON_SECONDARY, pressed);
}

/* ---- state --------------------------------------------------------------- */

static AccessSheet *sheet(App *app)
{
    return &app->home.sheet;
}

void access_sheet_open(App *app)
{
    AccessSheet *s = sheet(app);
    s->open = true;
    s->pressed = ACCESS_SHEET_NONE;
    s->focus = ACCESS_SHEET_NONE;
    s->fade = tween_make(tween_value(&s->fade, app->now_ms), 1.0f, app->now_ms, SHEET_FADE_MS,
                         EASE_OUT_CUBIC);
    app->dirty = true;
}

void access_sheet_close(App *app)
{
    AccessSheet *s = sheet(app);
    if (!s->open)
        return;
    s->pressed = ACCESS_SHEET_NONE;
    s->fade = tween_make(tween_value(&s->fade, app->now_ms), 0.0f, app->now_ms, SHEET_FADE_MS,
                         EASE_IN_OUT_CUBIC);
    app->dirty = true;
}

bool access_sheet_active(const App *app)
{
    return app->home.sheet.open;
}

static void toggle(App *app, int row)
{
    AccessOptions o = shown_options(app);
    access_set(&o, (AccessOption)row, !access_get(&o, (AccessOption)row));
    app_set_access(app, o);
}

static void activate(App *app, int row)
{
    if (row == ACCESS_SHEET_DONE)
        access_sheet_close(app);
    else if (row >= 0 && row < ACCESS_OPTION_COUNT)
        toggle(app, row);
}

static int row_at(const App *app, float x, float y)
{
    AccessSheetLayout g = access_sheet_layout(app);
    for (int i = 0; i < ACCESS_OPTION_COUNT; i++)
        if (rect_contains(g.rows[i], x, y))
            return i;
    if (rect_contains(g.done, x, y))
        return ACCESS_SHEET_DONE;
    return ACCESS_SHEET_NONE;
}

void access_sheet_gesture(App *app, const Gesture *g)
{
    AccessSheet *s = sheet(app);
    if (s->fade.to < 0.5f)
        return; /* closing: nothing more to press */
    switch (g->kind) {
    case GESTURE_PRESS: s->pressed = row_at(app, g->x, g->y); break;
    case GESTURE_TAP: {
        int row = row_at(app, g->start_x, g->start_y);
        s->pressed = ACCESS_SHEET_NONE;
        if (row != ACCESS_SHEET_NONE)
            activate(app, row);
        else if (!rect_contains(access_sheet_layout(app).card, g->start_x, g->start_y))
            access_sheet_close(app); /* a tap on the dimmed screen closes it */
        break;
    }
    default: s->pressed = ACCESS_SHEET_NONE; break;
    }
    app->dirty = true;
}

void access_sheet_key(App *app, KeyAction action)
{
    AccessSheet *s = sheet(app);
    int count = ACCESS_SHEET_DONE + 1;
    switch (action) {
    case KEY_NEXT: s->focus = (s->focus + 1) % count; break;
    case KEY_PREV: s->focus = s->focus <= 0 ? count - 1 : s->focus - 1; break;
    case KEY_ACTIVATE: activate(app, s->focus < 0 ? ACCESS_SHEET_DONE : s->focus); break;
    case KEY_BACK:
    case KEY_HOME: access_sheet_close(app); break;
    default: break;
    }
    app->dirty = true;
}

bool access_sheet_update(App *app)
{
    AccessSheet *s = sheet(app);
    if (!s->open)
        return false;
    bool moving = !tween_done(&s->fade, app->now_ms);
    if (!moving && s->fade.to < 0.5f)
        s->open = false;
    return moving;
}

/* ---- drawing ------------------------------------------------------------- */

/* An on/off switch: a pill track with a round knob, the accent colour and a
 * tick when on, so the state never rests on colour alone. */
static void draw_switch(App *app, DrawList *dl, Rect track, bool on)
{
    Color off = color_mix(app->theme.surface_alt, app->theme.text_muted_on_surface, 0.45f);
    Color fill = on ? app->theme.accent : off, white = {0xFF, 0xFF, 0xFF, 0xFF};
    drawlist_rect(dl, track, track.h * 0.5f, fill, fill);
    float inset = px(app, 6.0f), knob = track.h - 2.0f * inset;
    float x = on ? track.x + track.w - inset - knob : track.x + inset;
    Rect k = rect_make(x, track.y + inset, knob, knob);
    drawlist_rect(dl, k, knob * 0.5f, white, white);
    if (on) {
        char path[1024];
        Color ink = color_readable_on(app->theme.accent, white, app->theme.min_text_contrast);
        drawlist_image(dl, rect_inset(k, knob * 0.22f, knob * 0.22f),
                       app_asset_path(app, "icons/check.svg", path, sizeof path), ink, 0.0f);
    }
}

static void draw_row(App *app, DrawList *dl, Rect r, int row, bool on)
{
    const AccessSheet *s = &app->home.sheet;
    float radius = px(app, 24.0f), pad = px(app, 32.0f);
    if (s->focus == row)
        widget_focus_ring(app, dl, r, radius);
    Color fill = app->theme.surface_alt;
    if (s->pressed == row)
        fill = color_darken(fill, 0.08f);
    drawlist_rect(dl, r, radius, fill, fill);
    float w = words_w(app, r.w);
    TypeRole role = widget_fit_role(app, label(app, row), TYPE_H2, WEIGHT_BOLD, w, 1);
    float lh = widget_text_height(app, role, WEIGHT_BOLD, label(app, row), w, 1, NULL);
    float nh = widget_text_height(app, TYPE_BODY, WEIGHT_REGULAR, note(app, row), w, 2, NULL);
    float y = roundf(r.y + (r.h - lh - px(app, 6.0f) - nh) * 0.5f);
    widget_text(app, dl, rect_make(r.x + pad, y, w, lh), role, WEIGHT_BOLD,
                app->theme.text_on_surface, ALIGN_LEFT, 1, label(app, row));
    widget_text(app, dl, rect_make(r.x + pad, y + lh + px(app, 6.0f), w, nh), TYPE_BODY,
                WEIGHT_REGULAR, app->theme.text_muted_on_surface, ALIGN_LEFT, 2, note(app, row));
    float sw = switch_w(app), sh = px(app, 68.0f);
    draw_switch(app, dl, rect_make(r.x + r.w - pad - sw, roundf(r.y + (r.h - sh) * 0.5f), sw, sh),
                on);
}

void access_sheet_draw(App *app, DrawList *dl)
{
    const AccessSheet *s = &app->home.sheet;
    if (!s->open)
        return;
    float t = tween_value(&s->fade, app->now_ms), saved = dl->alpha;
    AccessSheetLayout g = access_sheet_layout(app);
    dl->alpha = saved * t;
    widget_modal(app, dl, g.card, 0xD0);
    widget_text(app, dl, g.title, TYPE_H1, WEIGHT_BOLD, app->theme.text_on_surface, ALIGN_LEFT, 2,
                title_text(app));
    AccessOptions o = shown_options(app);
    for (int i = 0; i < ACCESS_OPTION_COUNT; i++)
        draw_row(app, dl, g.rows[i], i, access_get(&o, (AccessOption)i));
    if (s->focus == ACCESS_SHEET_DONE)
        widget_focus_ring(app, dl, g.done, g.done.h * 0.5f);
    widget_button(app, dl, g.done, done_text(app), "icons/check.svg", BUTTON_PRIMARY,
                  s->pressed == ACCESS_SHEET_DONE);
    dl->alpha = saved;
}
