/* attract: placeholder screen until the real one lands: returns home on a tap. */
#include "app.h"
#include "screens/widgets.h"

static void attract_enter(App *app)
{
    app->attract.entered_ms = app->now_ms;
    app->dirty = true;
}

static void attract_gesture(App *app, const Gesture *g)
{
    if (g->kind == GESTURE_TAP)
        app_home(app);
}

static void attract_key(App *app, KeyAction action)
{
    if (action == KEY_BACK)
        app_home(app);
}

static bool attract_update(App *app)
{
    (void)app;
    return false;
}

static void attract_draw(App *app, DrawList *dl)
{
    widget_background(app, dl);
}

const ScreenOps attract_screen = {
    .name = "attract",
    .enter = attract_enter,
    .gesture = attract_gesture,
    .key = attract_key,
    .update = attract_update,
    .draw = attract_draw,
};

void attract_draw_still_there(App *app, DrawList *dl)
{
    Color scrim = color_with_alpha(app->theme.bg_bottom, 0xD0);
    drawlist_rect(dl, app->layout.screen, 0.0f, scrim, scrim);
}
