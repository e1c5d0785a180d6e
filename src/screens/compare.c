/* compare: placeholder screen until the real one lands: shows home's background
 * and returns on any input. */
#include "app.h"
#include "screens/widgets.h"

static void compare_enter(App *app)
{
    app->compare.entered_ms = app->now_ms;
    app->dirty = true;
}

static void compare_gesture(App *app, const Gesture *g)
{
    if (g->kind == GESTURE_TAP)
        app_back(app);
}

static void compare_key(App *app, KeyAction action)
{
    if (action == KEY_BACK)
        app_back(app);
}

static bool compare_update(App *app)
{
    (void)app;
    return false;
}

static void compare_draw(App *app, DrawList *dl)
{
    widget_background(app, dl);
}

const ScreenOps compare_screen = {
    .name = "compare",
    .enter = compare_enter,
    .gesture = compare_gesture,
    .key = compare_key,
    .update = compare_update,
    .draw = compare_draw,
};
