/* admin: the screen's entry points route to the pad until the right PIN,
 * then to the panel (see admin.h); the drawing both share. */
#include "screens/admin.h"

#include <math.h>

#include "app.h"
#include "screens/admin_pad.h"
#include "screens/admin_panel.h"
#include "screens/widgets.h"

static void admin_enter(App *app)
{
    app->admin.unlocked = false; /* every visit asks for the PIN again */
    admin_pad_enter(app);
    app->dirty = true;
}

static void admin_gesture(App *app, const Gesture *g)
{
    if (app->admin.unlocked)
        admin_panel_gesture(app, g);
    else
        admin_pad_gesture(app, g);
}

static void admin_key(App *app, KeyAction action)
{
    if (app->admin.unlocked)
        admin_panel_key(app, action);
    else
        admin_pad_key(app, action);
}

static bool admin_update(App *app)
{
    return app->admin.unlocked ? admin_panel_update(app) : admin_pad_update(app);
}

static void admin_draw(App *app, DrawList *dl)
{
    if (app->admin.unlocked)
        admin_panel_draw(app, dl);
    else
        admin_pad_draw(app, dl);
}

static uint64_t admin_next_wakeup(const App *app)
{
    return app->admin.unlocked ? 0 : admin_pad_next_wakeup(app);
}

const ScreenOps admin_screen = {
    .name = "admin",
    .enter = admin_enter,
    .gesture = admin_gesture,
    .key = admin_key,
    .update = admin_update,
    .draw = admin_draw,
    .next_wakeup = admin_next_wakeup,
};

/* ---- shared drawing -------------------------------------------------------- */

Color admin_danger_on_bg(const App *app)
{
    const Theme *t = &app->theme;
    bool light = color_luminance(t->bg_top) > 0.5;
    Color red = color_rgb(light ? 0xB91C1C : 0xF87171);
    double min = t->min_text_contrast;
    return color_readable_on(color_readable_on(red, t->bg_top, min), t->bg_bottom, min);
}

Color admin_bg_at(const App *app, float y)
{
    return color_mix(app->theme.bg_top, app->theme.bg_bottom, y / (float)app->layout.h);
}

void admin_draw_title(App *app, DrawList *dl, Rect bar, float side_w)
{
    float gap = roundf(24.0f * app->layout.s);
    Rect box = rect_make(bar.x + side_w + gap, bar.y, bar.w - 2.0f * (side_w + gap), bar.h);
    TextStyle st = layout_text_style(&app->layout, TYPE_H2, WEIGHT_BOLD);
    float lh = app->measurer->line_height(app->measurer->user, &st);
    drawlist_text(dl, rect_make(box.x, box.y + (box.h - lh) * 0.5f, box.w, lh), &st,
                  app->theme.text_on_bg, ALIGN_CENTER, 1, app_ui(app, "admin_title", "Admin"));
}

void admin_draw_padlock(App *app, DrawList *dl, Rect r)
{
    Color ink = app->theme.accent;
    float bar = roundf(r.w * 0.13f), sw = roundf(r.w * 0.64f), sh = roundf(r.h * 0.62f);
    Rect shackle = rect_make(roundf(r.x + (r.w - sw) * 0.5f), r.y, sw, sh);
    drawlist_rect(dl, shackle, sw * 0.5f, ink, ink);
    Rect hole = rect_inset(shackle, bar, bar);
    Color bg = admin_bg_at(app, hole.y + hole.h * 0.5f);
    drawlist_rect(dl, hole, hole.w * 0.5f, bg, bg);
    float bh = roundf(r.h * 0.58f);
    Rect body = rect_make(r.x, r.y + r.h - bh, r.w, bh);
    drawlist_rect(dl, body, roundf(r.w * 0.16f), color_lighten(ink, 0.1f), ink);
    float k = roundf(r.w * 0.16f);
    Color key = app->theme.bg_bottom;
    float cx = body.x + body.w * 0.5f, cy = body.y + body.h * 0.42f;
    drawlist_rect(dl, rect_make(cx - k * 0.5f, cy - k * 0.5f, k, k), k * 0.5f, key, key);
    drawlist_rect(dl, rect_make(cx - k * 0.22f, cy, k * 0.44f, body.h * 0.3f), k * 0.22f, key, key);
}
