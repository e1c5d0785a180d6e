/* admin: placeholder screen until the real one lands: returns home on a tap. */
#include "app.h"
#include "screens/widgets.h"

static void admin_enter(App *app)
{
    app->admin.entered_ms = app->now_ms;
    app->dirty = true;
}

static void admin_gesture(App *app, const Gesture *g)
{
    if (g->kind == GESTURE_TAP)
        app_home(app);
}

static void admin_key(App *app, KeyAction action)
{
    if (action == KEY_BACK)
        app_home(app);
}

static bool admin_update(App *app)
{
    (void)app;
    return false;
}

static void admin_draw(App *app, DrawList *dl)
{
    widget_background(app, dl);
}

const ScreenOps admin_screen = {
    .name = "admin",
    .enter = admin_enter,
    .gesture = admin_gesture,
    .key = admin_key,
    .update = admin_update,
    .draw = admin_draw,
};
