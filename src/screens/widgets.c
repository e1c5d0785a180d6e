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
        *fill = *fill2 = color_with_alpha(white, 0x26);
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
    TextStyle st = layout_text_style(&app->layout, TYPE_BODY, WEIGHT_BOLD);
    TextBlock b;
    text_wrap(app->measurer, &st, label, 0.0f, 1, &b);
    float icon_w = icon ? icon_size(app) + roundf(16.0f * s) : 0.0f;
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
