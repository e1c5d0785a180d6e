#include "app.h"

#include <stdio.h>
#include <string.h>

static const ScreenOps *const screen_table[SCREEN_COUNT] = {
    [SCREEN_HOME] = &home_screen,
};

static const ScreenOps *current(const App *app)
{
    return screen_table[app->screen];
}

void app_init(App *app, const Content *content, const TextMeasurer *measurer, int w, int h,
              uint64_t now_ms)
{
    memset(app, 0, sizeof *app);
    app->content = content;
    app->measurer = measurer;
    app->lang = LANG_EN;
    app->theme = theme_kiosk();
    app->layout = layout_make(w, h);
    app->now_ms = now_ms;
    GestureConfig config = gesture_default_config();
    gesture_init(&app->gesture, &config, app->layout.s);
    app->screen = SCREEN_HOME;
    current(app)->enter(app);
}

void app_resize(App *app, int w, int h)
{
    if (w == app->layout.w && h == app->layout.h)
        return;
    app->layout = layout_make(w, h);
    gesture_set_scale(&app->gesture, app->layout.s);
    app->dirty = true;
}

static void dispatch_gestures(App *app, const Gesture *gestures, size_t count)
{
    for (size_t i = 0; i < count; i++)
        current(app)->gesture(app, &gestures[i]);
}

void app_pointer(App *app, const PointerEvent *event)
{
    Gesture out[GESTURE_MAX_OUT];
    size_t n = gesture_feed(&app->gesture, event, out, sizeof out / sizeof out[0]);
    dispatch_gestures(app, out, n);
}

void app_key(App *app, KeyAction action)
{
    switch (action) {
    case KEY_NONE:
        return;
    case KEY_QUIT:
        app->quit_requested = true;
        return;
    case KEY_SCREENSHOT:
        app->screenshot_requested = true;
        return;
    default:
        current(app)->key(app, action);
    }
}

void app_tick(App *app, uint64_t now_ms)
{
    if (now_ms > app->now_ms)
        app->now_ms = now_ms;
    Gesture out[GESTURE_MAX_OUT];
    size_t n = gesture_tick(&app->gesture, app->now_ms, out, sizeof out / sizeof out[0]);
    dispatch_gestures(app, out, n);
    app->animating = current(app)->update(app);
    if (app->animating)
        app->dirty = true;
}

bool app_animating(const App *app)
{
    return app->animating;
}

bool app_needs_frame(const App *app)
{
    return app->animating || app->dirty;
}

uint64_t app_next_wakeup(const App *app)
{
    return gesture_next_deadline(&app->gesture);
}

void app_draw(App *app, DrawList *dl)
{
    drawlist_begin(dl, app->layout.w, app->layout.h);
    current(app)->draw(app, dl);
    app->dirty = false;
}

const char *app_ui(const App *app, const char *key, const char *fallback)
{
    const char *s = content_ui(app->content, key, app->lang);
    return s && *s ? s : fallback;
}

static const char *join(const char *dir, const char *rel, char *buf, size_t len)
{
    if (!rel || !*rel) {
        buf[0] = '\0';
        return buf;
    }
    snprintf(buf, len, "%s/%s", dir && *dir ? dir : ".", rel);
    return buf;
}

const char *app_bundle_path(const App *app, const char *rel, char *buf, size_t len)
{
    return join(app->content->bundle_dir, rel, buf, len);
}

const char *app_asset_path(const App *app, const char *rel, char *buf, size_t len)
{
    return join(app->assets_dir ? app->assets_dir : "assets", rel, buf, len);
}
