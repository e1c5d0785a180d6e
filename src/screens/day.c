/* day: placeholder screen until the real one lands: shows home's background
 * and returns on any input. */
#include "app.h"
#include "screens/widgets.h"

static void day_enter(App *app)
{
    app->day.entered_ms = app->now_ms;
    app->dirty = true;
}

static void day_gesture(App *app, const Gesture *g)
{
    if (g->kind == GESTURE_TAP)
        app_back(app);
}

static void day_key(App *app, KeyAction action)
{
    if (action == KEY_BACK)
        app_back(app);
}

static bool day_update(App *app)
{
    (void)app;
    return false;
}

static void day_draw(App *app, DrawList *dl)
{
    widget_background(app, dl);
}

const ScreenOps day_screen = {
    .name = "day",
    .enter = day_enter,
    .gesture = day_gesture,
    .key = day_key,
    .update = day_update,
    .draw = day_draw,
};
