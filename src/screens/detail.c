/* detail: placeholder screen until the real one lands: shows home's background
 * and returns on any input. */
#include "app.h"
#include "screens/widgets.h"

static void detail_enter(App *app)
{
    app->detail.entered_ms = app->now_ms;
    app->dirty = true;
}

static void detail_gesture(App *app, const Gesture *g)
{
    if (g->kind == GESTURE_TAP || g->kind == GESTURE_SWIPE)
        app_back(app);
}

static void detail_key(App *app, KeyAction action)
{
    if (action == KEY_BACK)
        app_back(app);
}

static bool detail_update(App *app)
{
    (void)app;
    return false;
}

static void detail_draw(App *app, DrawList *dl)
{
    widget_background(app, dl);
}

const ScreenOps detail_screen = {
    .name = "detail",
    .enter = detail_enter,
    .gesture = detail_gesture,
    .key = detail_key,
    .update = detail_update,
    .draw = detail_draw,
};
