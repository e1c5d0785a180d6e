#include "screens/widgets.h"

#include <math.h>
#include <stdio.h>

float widget_target_size(const App *app)
{
    return roundf(96.0f * app->layout.s);
}

static float icon_size(const App *app)
{
    return roundf(40.0f * app->layout.s);
}

float widget_button_width(const App *app, const char *label, bool has_icon)
{
    float s = app->layout.s;
    TextStyle st = layout_text_style(&app->layout, TYPE_BODY, WEIGHT_BOLD);
    TextBlock b;
    text_wrap(app->measurer, &st, label, 0.0f, 1, &b);
    float w = b.width + 2.0f * roundf(36.0f * s);
    if (has_icon)
        w += icon_size(app) + roundf(16.0f * s);
    return fmaxf(w, widget_target_size(app));
}

static void button_colors(const App *app, ButtonStyle style, bool pressed, Color *fill,
                          Color *fill2, Color *ink)
{
    Color white = {0xFF, 0xFF, 0xFF, 0xFF};
    *ink = white;
    switch (style) {
    case BUTTON_PRIMARY:
        /* Accent fill with dark ink: the accent is light, so ink contrasts. */
        *fill = color_lighten(app->theme.accent, 0.08f);
        *fill2 = app->theme.accent;
        *ink = app->theme.bg_bottom;
        break;
    case BUTTON_SECONDARY:
        /* Ink-tinted glass: light on the dark theme, dark on the light one. */
        *ink = app->theme.text_on_bg;
        *fill = *fill2 = color_with_alpha(app->theme.text_on_bg, 0x26);
        break;
    case BUTTON_ON_COLOR:
        *fill = *fill2 = color_with_alpha(white, 0x33);
        break;
    }
    if (pressed) {
        *fill = color_darken(*fill, 0.18f);
        *fill2 = color_darken(*fill2, 0.18f);
    }
}

/* Body bold, or a size smaller when the label would not fit the button
 * beside its icon (large text, long Spanish labels). */
static TextStyle button_label_style(const App *app, const char *label, Rect r, float icon_w)
{
    float room = r.w - 2.0f * roundf(24.0f * app->layout.s) - icon_w;
    return layout_text_style(&app->layout, widget_fit_role(app, label, TYPE_BODY, WEIGHT_BOLD,
                                                           room, 1), WEIGHT_BOLD);
}

void widget_button(App *app, DrawList *dl, Rect r, const char *label, const char *icon,
                   ButtonStyle style, bool pressed)
{
    float s = app->layout.s;
    if (pressed)
        r = rect_inset(r, 3.0f * s, 3.0f * s);
    Color fill, fill2, ink;
    button_colors(app, style, pressed, &fill, &fill2, &ink);
    if (style == BUTTON_PRIMARY)
        drawlist_shadow(dl, rect_make(r.x, r.y + 8.0f * s, r.w, r.h), r.h * 0.5f, 24.0f * s,
                        color_with_alpha(app->theme.shadow, 0x66));
    drawlist_rect(dl, r, r.h * 0.5f, fill, fill2);
    float icon_w = icon ? icon_size(app) + roundf(16.0f * s) : 0.0f;
    TextStyle st = button_label_style(app, label, r, icon_w);
    TextBlock b;
    text_wrap(app->measurer, &st, label, 0.0f, 1, &b);
    float content_w = fminf(b.width + icon_w, r.w - 2.0f * roundf(24.0f * s));
    float x = r.x + (r.w - content_w) * 0.5f;
    if (icon) {
        char path[1024];
        float is = icon_size(app);
        drawlist_image(dl, rect_make(x, r.y + (r.h - is) * 0.5f, is, is),
                       app_asset_path(app, icon, path, sizeof path), ink, 0.0f);
    }
    float lh = app->measurer->line_height(app->measurer->user, &st);
    drawlist_text(dl, rect_make(x + icon_w, r.y + (r.h - lh) * 0.5f, content_w - icon_w, lh), &st,
                  ink, ALIGN_LEFT, 1, label);
}

void widget_back_button(App *app, DrawList *dl, Rect r, bool pressed)
{
    widget_button(app, dl, r, app_ui(app, "back", "Back"), "icons/back.svg", BUTTON_SECONDARY,
                  pressed);
}

float widget_page_dot_x(const App *app, Rect row, int index, int count)
{
    float spacing = 40.0f * app->layout.s;
    float total = spacing * (float)(count - 1);
    return row.x + row.w * 0.5f - total * 0.5f + spacing * (float)index;
}

void widget_page_dots(App *app, DrawList *dl, Rect row, int count, float position, bool wraps)
{
    float r = 8.0f * app->layout.s, cy = row.y + row.h * 0.5f;
    for (int i = 0; i < count; i++) {
        float d = layout_home_offset(i, position, count, wraps);
        float near = 1.0f - fminf(fabsf(d), 1.0f);
        float w = 2.0f * r + near * 2.0f * r;
        float cx = widget_page_dot_x(app, row, i, count);
        Color c = color_mix(color_with_alpha(app->theme.text_muted_on_bg, 110),
                            app->theme.text_on_bg, near);
        drawlist_rect(dl, rect_make(cx - w * 0.5f, cy - r, w, 2.0f * r), r, c, c);
    }
}

void widget_source_caption(App *app, DrawList *dl, Rect box, int source, Color color,
                           TextAlign align)
{
    const Source *src = content_source(app->content, source);
    if (!src)
        return;
    char line[256];
    snprintf(line, sizeof line, "%s: %s", app_ui(app, "source", "Source"),
             ltext_get(&src->cite, app->lang));
    TextStyle st = layout_text_style(&app->layout, TYPE_CAPTION, WEIGHT_REGULAR);
    drawlist_text(dl, box, &st, color, align, 2, line);
}

void widget_background(App *app, DrawList *dl)
{
    drawlist_rect(dl, app->layout.screen, 0.0f, app->theme.bg_top, app->theme.bg_bottom);
}

const char *widget_source_text(const App *app, int source, char *buf, size_t len)
{
    const Source *src = content_source(app->content, source);
    if (!src)
        return NULL;
    snprintf(buf, len, "%s: %s", app_ui(app, "source", "Source"), ltext_get(&src->cite, app->lang));
    return buf;
}

void widget_home_button(App *app, DrawList *dl, Rect r, bool pressed)
{
    widget_button(app, dl, r, app_ui(app, "home", "Home"), "icons/home.svg", BUTTON_SECONDARY,
                  pressed);
}

float widget_text_width(const App *app, const char *text, TypeRole role, FontWeight weight)
{
    TextStyle st = layout_text_style(&app->layout, role, weight);
    TextBlock b;
    text_wrap(app->measurer, &st, text, 0.0f, 1, &b);
    return b.width;
}

void widget_scroll_bar(App *app, DrawList *dl, Rect track, float offset, float content,
                       float viewport, Color color)
{
    if (content <= viewport + 0.5f || viewport <= 0.0f)
        return;
    float s = app->layout.s, w = roundf(8.0f * s);
    float h = fmaxf(track.h * viewport / content, roundf(48.0f * s));
    float max = content - viewport;
    float t = offset < 0.0f ? 0.0f : offset > max ? 1.0f : offset / max;
    /* A stretched (rubber-band) offset squeezes the thumb against the end. */
    float over = offset < 0.0f ? -offset : offset > max ? offset - max : 0.0f;
    h = fmaxf(h - over, w);
    Rect thumb = rect_make(track.x + track.w - w, track.y + (track.h - h) * t, w, h);
    drawlist_rect(dl, thumb, w * 0.5f, color, color);
}

void widget_button_icon_after(App *app, DrawList *dl, Rect r, const char *label, const char *icon,
                              ButtonStyle style, bool pressed)
{
    float s = app->layout.s;
    if (pressed)
        r = rect_inset(r, 3.0f * s, 3.0f * s);
    Color fill, fill2, ink;
    button_colors(app, style, pressed, &fill, &fill2, &ink);
    drawlist_rect(dl, r, r.h * 0.5f, fill, fill2);
    float is = icon_size(app), icon_w = is + roundf(16.0f * s);
    TextStyle st = button_label_style(app, label, r, icon_w);
    TextBlock b;
    text_wrap(app->measurer, &st, label, 0.0f, 1, &b);
    float content_w = fminf(b.width + icon_w, r.w - 2.0f * roundf(24.0f * s));
    float x = r.x + (r.w - content_w) * 0.5f;
    float lh = app->measurer->line_height(app->measurer->user, &st);
    drawlist_text(dl, rect_make(x, r.y + (r.h - lh) * 0.5f, content_w - icon_w, lh), &st, ink,
                  ALIGN_LEFT, 1, label);
    char path[1024];
    drawlist_image(dl, rect_make(x + content_w - is, r.y + (r.h - is) * 0.5f, is, is),
                   app_asset_path(app, icon, path, sizeof path), ink, 0.0f);
}

void widget_icon_button(App *app, DrawList *dl, Rect r, const char *icon, ButtonStyle style,
                        bool pressed, bool enabled)
{
    float s = app->layout.s, saved = dl->alpha;
    if (pressed && enabled)
        r = rect_inset(r, 3.0f * s, 3.0f * s);
    Color fill, fill2, ink;
    button_colors(app, style, pressed && enabled, &fill, &fill2, &ink);
    dl->alpha = saved * (enabled ? 1.0f : 0.4f);
    drawlist_rect(dl, r, fminf(r.w, r.h) * 0.5f, fill, fill2);
    float is = roundf(44.0f * s);
    char path[1024];
    drawlist_image(dl, rect_make(r.x + (r.w - is) * 0.5f, r.y + (r.h - is) * 0.5f, is, is),
                   app_asset_path(app, icon, path, sizeof path), ink, 0.0f);
    dl->alpha = saved;
}

void widget_focus_ring(App *app, DrawList *dl, Rect r, float radius)
{
    float w = roundf(6.0f * app->layout.s);
    Rect ring = rect_inset(r, -2.0f * w, -2.0f * w);
    Color accent = app->theme.accent;
    /* A ring is a filled shape with the background punched back in (the
     * gradient's colour at that height); the control is drawn on top. */
    float t = (r.y + r.h * 0.5f) / (float)app->layout.h;
    Color bg = color_mix(app->theme.bg_top, app->theme.bg_bottom, t);
    drawlist_rect(dl, ring, radius + 2.0f * w, accent, accent);
    drawlist_rect(dl, rect_inset(r, -w, -w), radius + w, bg, bg);
}

float widget_text_height(const App *app, TypeRole role, FontWeight weight, const char *text,
                         float width, int max_lines, bool *fits)
{
    TextStyle st = layout_text_style(&app->layout, role, weight);
    TextBlock b;
    text_wrap(app->measurer, &st, text ? text : "", width, max_lines, &b);
    if (fits)
        *fits = !b.ellipsized && !b.overflow;
    return b.height;
}

float widget_text(App *app, DrawList *dl, Rect box, TypeRole role, FontWeight weight, Color color,
                  TextAlign align, int max_lines, const char *text)
{
    if (!text || !*text)
        return 0.0f;
    TextStyle st = layout_text_style(&app->layout, role, weight);
    float h = widget_text_height(app, role, weight, text, box.w, max_lines, NULL);
    drawlist_text(dl, rect_make(box.x, box.y, box.w, h), &st, color, align, max_lines, text);
    return h;
}

void widget_modal(App *app, DrawList *dl, Rect card, uint8_t scrim_alpha)
{
    float s = app->layout.s, radius = app->theme.corner_radius * s;
    Color scrim = color_with_alpha(app->theme.bg_bottom, scrim_alpha);
    drawlist_rect(dl, app->layout.screen, 0.0f, scrim, scrim);
    drawlist_shadow(dl, rect_make(card.x, card.y + 18.0f * s, card.w, card.h), radius, 44.0f * s,
                    app->theme.shadow);
    drawlist_rect(dl, card, radius, app->theme.surface, app->theme.surface);
}

TypeRole widget_fit_role(const App *app, const char *text, TypeRole from, FontWeight weight,
                         float width, int max_lines)
{
    for (TypeRole role = from; role < TYPE_CAPTION; role++) {
        bool fits = false;
        widget_text_height(app, role, weight, text, width, max_lines, &fits);
        if (fits)
            return role;
    }
    return TYPE_CAPTION;
}
