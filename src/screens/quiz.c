/* quiz: placeholder screen until the real one lands: shows home's background
 * and returns on any input. */
#include "app.h"
#include "screens/widgets.h"

static void quiz_enter(App *app)
{
    app->quiz.entered_ms = app->now_ms;
    app->dirty = true;
}

static void quiz_gesture(App *app, const Gesture *g)
{
    if (g->kind == GESTURE_TAP)
        app_back(app);
}

static void quiz_key(App *app, KeyAction action)
{
    if (action == KEY_BACK)
        app_back(app);
}

static bool quiz_update(App *app)
{
    (void)app;
    return false;
}

static void quiz_draw(App *app, DrawList *dl)
{
    widget_background(app, dl);
}

const ScreenOps quiz_screen = {
    .name = "quiz",
    .enter = quiz_enter,
    .gesture = quiz_gesture,
    .key = quiz_key,
    .update = quiz_update,
    .draw = quiz_draw,
};
