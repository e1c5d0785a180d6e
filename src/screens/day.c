/* day: "A day in the life" (see day.h).
 *
 * The screen is a list of stops (dayplan.h) and an index into it. Moving
 * to another stop starts three animations at once: the card slides in from
 * the side it came from, the old one slides out and fades, and each lane's
 * marker eases along the timeline to its new time. Autoplay only calls the
 * same move; between moves nothing animates, and next_wakeup tells the main
 * loop when the next autoplay step is due, so it sleeps until then. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "ease.h"
#include "screens/scene.h"
#include "screens/widgets.h"

enum {
    CHANGE_MS = 340, /* a card sliding in */
    MARKER_MS = 420, /* a marker moving along the day */
    SNAP_MS = 220, /* a short drag easing back */
    ENTER_MS = 480, /* the first card and markers arriving */
    NEXT_STEPS = 4, /* buttons on the next-steps card */
};

/* Cards slide this far (design units) as they come and go. */
#define SLIDE_UNITS 120.0f

static DayLayout day_layout(const App *app)
{
    return layout_day(&app->layout, app->day.plan.lane_count);
}

static int last_stop(const App *app)
{
    return app->day.plan.stop_count; /* the next-steps card */
}

static bool at_end(const App *app)
{
    return app->day.stop >= last_stop(app);
}

static const Career *lane_career(const App *app, int lane)
{
    return &app->content->careers[app->day.plan.lanes[lane].career];
}

/* A lane's colour on the dark background: lines, dots and markers. */
static Color lane_color(const App *app, int lane)
{
    return color_readable_on(color_rgb(lane_career(app, lane)->color), app->theme.bg_top, 3.0);
}

/* Where a lane's marker rests at a stop: its step's time, or the start of
 * the axis while its day has not begun. */
static float marker_minutes(const App *app, int lane, int stop)
{
    const DayPlan *p = &app->day.plan;
    int step = dayplan_lane_step(p, lane, stop);
    return step < 0 ? (float)p->first_hour * 60.0f : (float)dayplan_step_minutes(p, lane, step);
}

/* ---- moving between stops ------------------------------------------------ */

static void move_markers(App *app, uint32_t ms)
{
    DayState *d = &app->day;
    if (app_reduced_motion(app))
        ms = 0; /* markers jump to their step rather than glide */
    for (int l = 0; l < d->plan.lane_count; l++)
        d->markers[l] =
            tween_make(tween_value(&d->markers[l], app->now_ms), marker_minutes(app, l, d->stop),
                       app->now_ms, ms, EASE_IN_OUT_CUBIC);
}

static void snap_back(App *app)
{
    DayState *d = &app->day;
    d->snap = tween_make(d->drag_dx, 0.0f, app->now_ms, SNAP_MS, EASE_OUT_CUBIC);
    d->drag_dx = 0.0f;
    app->dirty = true;
}

/* Analytics: a visitor walked a day through to its end. */
static void log_day_done(App *app)
{
    const DayPlan *p = &app->day.plan;
    for (int i = 0; i < p->lane_count; i++)
        if (p->lanes[i].career >= 0 && (size_t)p->lanes[i].career < app->content->career_count)
            app_event(app, EVENT_DAY_DONE, app->content->careers[p->lanes[i].career].id, NULL);
}

static void go_to(App *app, int stop)
{
    DayState *d = &app->day;
    stop = stop < 0 ? 0 : stop > last_stop(app) ? last_stop(app) : stop;
    if (stop == d->stop) {
        snap_back(app);
        return;
    }
    d->direction = stop > d->stop ? 1 : -1;
    d->leaving = d->stop;
    d->release_dx = d->drag_dx;
    d->drag_dx = 0.0f;
    d->snap = tween_still(0.0f);
    d->stop = stop;
    d->focus = -1;
    d->change = tween_make(0.0f, 1.0f, app->now_ms, CHANGE_MS, EASE_OUT_CUBIC);
    move_markers(app, MARKER_MS);
    if (at_end(app)) {
        autoplay_stop(&d->autoplay);
        log_day_done(app);
    }
    app->dirty = true;
}

/* A step the visitor asked for: autoplay, if on, waits a full interval. */
static void step_by(App *app, int delta)
{
    go_to(app, app->day.stop + delta);
    autoplay_restart(&app->day.autoplay, app->now_ms);
}

static void toggle_play(App *app)
{
    DayState *d = &app->day;
    if (at_end(app)) { /* "Watch again": from the first step, playing */
        go_to(app, 0);
        autoplay_play(&d->autoplay, app->now_ms);
    } else {
        autoplay_toggle(&d->autoplay, app->now_ms);
    }
    app->dirty = true;
}

static void next_step_action(App *app, DayButton b)
{
    const DayPlan *p = &app->day.plan;
    int career = p->lanes[0].career, other = p->lane_count > 1 ? p->lanes[1].career : -1;
    switch (b) {
    case DAY_BUTTON_COMPARE: app_navigate(app, nav_target(SCREEN_COMPARE, career, other, 0)); break;
    case DAY_BUTTON_BECOME:
        app_navigate(app, nav_target(SCREEN_DETAIL, career, -1, DAY_DETAIL_TRAINING));
        break;
    case DAY_BUTTON_QUIZ: app_navigate(app, nav_target(SCREEN_QUIZ, -1, -1, 0)); break;
    case DAY_BUTTON_GO_HOME: app_home(app); break;
    default: break;
    }
}

static void press(App *app, DayButton b)
{
    switch (b) {
    case DAY_BUTTON_BACK: app_back(app); break;
    case DAY_BUTTON_HOME: app_home(app); break;
    case DAY_BUTTON_PREV: step_by(app, -1); break;
    case DAY_BUTTON_NEXT: step_by(app, 1); break;
    case DAY_BUTTON_PLAY: toggle_play(app); break;
    default: next_step_action(app, b); break;
    }
}

/* ---- geometry shared by drawing and hit-testing ------------------------- */

static const char *play_label(const App *app)
{
    if (at_end(app))
        return app_ui(app, "watch_again", "Watch again");
    return app->day.autoplay.playing ? app_ui(app, "pause", "Pause") : app_ui(app, "play", "Play");
}

static const char *play_icon(const App *app)
{
    if (at_end(app))
        return "icons/restart.svg";
    return app->day.autoplay.playing ? "icons/pause.svg" : "icons/play.svg";
}

/* The play button keeps one width whatever it says, so it never jumps. */
static float play_width(const App *app)
{
    const char *labels[] = { app_ui(app, "play", "Play"), app_ui(app, "pause", "Pause"),
                             app_ui(app, "watch_again", "Watch again") };
    float w = 0.0f;
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
        w = fmaxf(w, widget_button_width(app, labels[i], true));
    return w;
}

static Rect controls_group(const App *app, const DayLayout *L)
{
    float gap = roundf(24.0f * app->layout.s);
    float w = 2.0f * L->target + 2.0f * gap + play_width(app);
    return rect_make(roundf(L->controls.x + (L->controls.w - w) * 0.5f), L->controls.y, w,
                     L->controls.h);
}

static const char *next_step_label(const App *app, DayButton b)
{
    switch (b) {
    case DAY_BUTTON_COMPARE:
        return app->day.plan.lane_count > 1
                   ? app_ui(app, "compare_these_roles", "Compare these roles")
                   : app_ui(app, "compare_this_role", "Compare this role");
    case DAY_BUTTON_BECOME: return app_ui(app, "how_to_become", "How to become one");
    case DAY_BUTTON_QUIZ: return app_ui(app, "take_quiz", "Take the quiz");
    default: return app_ui(app, "home", "Home");
    }
}

static const char *next_step_icon(DayButton b)
{
    static const char *const icons[] = { "icons/compare.svg", "icons/training.svg",
                                         "icons/quiz.svg", "icons/home.svg" };
    return icons[b - DAY_BUTTON_COMPARE];
}

/* The next-steps card: a heading, a line, then four big buttons (a 2x2
 * grid in landscape, a column in portrait), centred in the stage. */
typedef struct {
    Rect icons; /* the roles' icons over the heading; zero height without room */
    Rect heading, line;
    Rect buttons[NEXT_STEPS];
} NextSteps;

static NextSteps next_steps_geometry(const App *app, const DayLayout *L)
{
    NextSteps n;
    float s = app->layout.s, gap = roundf(24.0f * s), bh = roundf(120.0f * s);
    int cols = app->layout.portrait ? 1 : 2, rows = NEXT_STEPS / cols;
    float bw = cols == 1 ? fminf(L->stage.w, roundf(820.0f * s))
                         : fminf((L->stage.w - gap) * 0.5f, roundf(620.0f * s));
    float head_h = layout_line_px(&app->layout, TYPE_H1);
    float line_h = layout_line_px(&app->layout, TYPE_BODY);
    float grid_h = (float)rows * bh + (float)(rows - 1) * gap;
    float total = head_h + roundf(12.0f * s) + line_h + roundf(40.0f * s) + grid_h;
    float icon_h = roundf(104.0f * s) + roundf(24.0f * s);
    if (total + icon_h + roundf(96.0f * s) > L->stage.h) /* only with room to breathe */
        icon_h = 0.0f;
    total += icon_h;
    float y = roundf(L->stage.y + fmaxf(0.0f, (L->stage.h - total) * 0.5f));
    n.icons = rect_make(L->stage.x, y, L->stage.w, icon_h > 0.0f ? roundf(104.0f * s) : 0.0f);
    y += icon_h;
    n.heading = rect_make(L->stage.x, y, L->stage.w, head_h);
    n.line = rect_make(L->stage.x, y + head_h + roundf(12.0f * s), L->stage.w, line_h);
    float gy = n.line.y + line_h + roundf(40.0f * s);
    float gx =
        roundf(L->stage.x + (L->stage.w - ((float)cols * bw + (float)(cols - 1) * gap)) * 0.5f);
    for (int i = 0; i < NEXT_STEPS; i++)
        n.buttons[i] = rect_make(gx + (float)(i % cols) * (bw + gap),
                                 gy + (float)(i / cols) * (bh + gap), bw, bh);
    return n;
}

static Rect button_rect(const App *app, const DayLayout *L, DayButton b)
{
    Rect group = controls_group(app, L), none = { 0, 0, 0, 0 };
    float gap = roundf(24.0f * app->layout.s);
    switch (b) {
    case DAY_BUTTON_BACK:
        return rect_make(L->top_bar.x, L->top_bar.y,
                         widget_button_width(app, app_ui(app, "back", "Back"), true), L->target);
    case DAY_BUTTON_HOME: {
        float w = widget_button_width(app, app_ui(app, "home", "Home"), true);
        return rect_make(L->top_bar.x + L->top_bar.w - w, L->top_bar.y, w, L->target);
    }
    case DAY_BUTTON_PREV: return rect_make(group.x, group.y, L->target, L->target);
    case DAY_BUTTON_PLAY:
        return rect_make(group.x + L->target + gap, group.y, play_width(app), L->target);
    case DAY_BUTTON_NEXT:
        return rect_make(group.x + group.w - L->target, group.y, L->target, L->target);
    case DAY_BUTTON_NONE:
    case DAY_BUTTON_COUNT: return none;
    default: break;
    }
    if (!at_end(app))
        return none;
    NextSteps n = next_steps_geometry(app, L);
    return n.buttons[b - DAY_BUTTON_COMPARE];
}

static DayButton button_at(const App *app, float x, float y)
{
    DayLayout L = day_layout(app);
    for (int b = 0; b < DAY_BUTTON_COUNT; b++)
        if (rect_contains(button_rect(app, &L, (DayButton)b), x, y))
            return (DayButton)b;
    return DAY_BUTTON_NONE;
}

/* ---- input ---------------------------------------------------------------- */

/* A tap on the timeline jumps to the stop nearest that time of day; on the
 * stage, the left half goes back and the right half forward. */
static void tap_area(App *app, float x, float y)
{
    DayLayout L = day_layout(app);
    const DayPlan *p = &app->day.plan;
    if (rect_contains(L.timeline, x, y) && p->stop_count > 0) {
        float f = (x - L.axis_x0) / (L.axis_x1 - L.axis_x0);
        float minutes = ((float)p->first_hour + f * (float)(p->last_hour - p->first_hour)) * 60.0f;
        go_to(app, dayplan_nearest_stop(p, minutes));
        autoplay_restart(&app->day.autoplay, app->now_ms);
    } else if (rect_contains(L.stage, x, y) && !at_end(app)) {
        step_by(app, x < L.stage.x + L.stage.w * 0.5f ? -1 : 1);
    }
}

static bool is_edge_swipe(const App *app, const Gesture *g)
{
    return g->start_x < layout_px(&app->layout, 48.0f) && g->dx > 0.0f &&
           fabsf(g->dx) > fabsf(g->dy);
}

/* Dragging follows the finger, with resistance past either end. */
static void drag_to(App *app, float dx)
{
    DayState *d = &app->day;
    bool edge = (dx > 0.0f && d->stop == 0) || (dx < 0.0f && at_end(app));
    d->drag_dx = edge ? dx * 0.35f : dx;
    app->dirty = true;
}

static void release(App *app, const Gesture *g)
{
    DayState *d = &app->day;
    DayLayout L = day_layout(app);
    bool was_dragging = d->dragging;
    d->dragging = false;
    if (is_edge_swipe(app, g)) {
        app_back(app);
        return;
    }
    int delta = 0;
    if (g->kind == GESTURE_SWIPE && fabsf(g->dx) > fabsf(g->dy))
        delta = g->dx < 0.0f ? 1 : -1;
    else if (was_dragging && fabsf(d->drag_dx) > L.stage.w * 0.2f)
        delta = d->drag_dx < 0.0f ? 1 : -1;
    if (delta)
        step_by(app, delta);
    else if (was_dragging)
        snap_back(app);
}

static void day_gesture(App *app, const Gesture *g)
{
    DayState *d = &app->day;
    switch (g->kind) {
    case GESTURE_PRESS:
        d->pressed = button_at(app, g->x, g->y);
        app->dirty = true;
        break;
    case GESTURE_TAP: {
        DayButton b = button_at(app, g->start_x, g->start_y);
        d->pressed = DAY_BUTTON_NONE;
        if (b != DAY_BUTTON_NONE)
            press(app, b);
        else
            tap_area(app, g->start_x, g->start_y);
        app->dirty = true;
        break;
    }
    case GESTURE_DRAG_START:
        d->pressed = DAY_BUTTON_NONE;
        d->dragging = rect_contains(day_layout(app).stage, g->start_x, g->start_y);
        if (d->dragging)
            drag_to(app, g->dx);
        break;
    case GESTURE_DRAG:
        if (d->dragging)
            drag_to(app, g->dx);
        break;
    case GESTURE_SWIPE:
    case GESTURE_DRAG_END: release(app, g); break;
    case GESTURE_LONG_PRESS:
    case GESTURE_CANCEL:
        d->pressed = DAY_BUTTON_NONE;
        if (d->dragging) {
            d->dragging = false;
            snap_back(app);
        }
        app->dirty = true;
        break;
    }
}

/* On the next-steps card the arrows walk the four buttons (Back from the
 * first one returns to the last step); elsewhere they step the day. */
static void key_next_steps(App *app, KeyAction action)
{
    DayState *d = &app->day;
    int f = d->focus < 0 ? -1 : d->focus - DAY_BUTTON_COMPARE;
    if (action == KEY_NEXT)
        f = (f + 1) % NEXT_STEPS;
    else if (action == KEY_PREV && f <= 0)
        go_to(app, d->stop - 1);
    else if (action == KEY_PREV)
        f--;
    else if (action == KEY_ACTIVATE && f >= 0)
        press(app, (DayButton)(DAY_BUTTON_COMPARE + f));
    if (at_end(app))
        d->focus = f < 0 ? -1 : DAY_BUTTON_COMPARE + f;
    app->dirty = true;
}

static void day_key(App *app, KeyAction action)
{
    if (action == KEY_BACK) {
        app_back(app);
        return;
    }
    if (at_end(app)) {
        key_next_steps(app, action);
        return;
    }
    switch (action) {
    case KEY_NEXT: step_by(app, 1); break;
    case KEY_PREV: step_by(app, -1); break;
    case KEY_ACTIVATE: toggle_play(app); break;
    default: break;
    }
}

/* ---- lifecycle ------------------------------------------------------------ */

static bool same_roles(const App *app, int career, int other)
{
    const DayPlan *p = &app->day.plan;
    if (p->lane_count == 0 || p->lanes[0].career != career)
        return false;
    return other < 0 ? p->lane_count == 1 : p->lane_count == 2 && p->lanes[1].career == other;
}

static int valid_career(const App *app, int index)
{
    return index >= 0 && (size_t)index < app->content->career_count ? index : -1;
}

/* Coming back (from compare, detail, the quiz) to the same day keeps the
 * visitor where they were; a fresh visit starts with the entrance. */
static void day_enter(App *app)
{
    DayState *d = &app->day;
    int career = valid_career(app, app->nav.career);
    career = career < 0 ? 0 : career;
    int other = valid_career(app, app->nav.other);
    other = other == career ? -1 : other;
    d->pressed = DAY_BUTTON_NONE;
    d->dragging = false;
    app->dirty = true;
    if (app->nav_was_back && same_roles(app, career, other)) {
        d->drag_dx = 0.0f;
        d->snap = tween_still(0.0f);
        /* Still playing: a whole interval from now, not a jump at once. */
        autoplay_restart(&d->autoplay, app->now_ms);
        return;
    }
    memset(d, 0, sizeof *d);
    dayplan_make(&d->plan, app->content, career, other);
    d->autoplay = autoplay_make((uint32_t)app->content->day_autoplay_seconds * 1000u);
    d->stop = app->nav.section < 0 ? 0 : app->nav.section;
    d->stop = d->stop > last_stop(app) ? last_stop(app) : d->stop;
    d->leaving = -1;
    d->direction = 1;
    d->focus = -1;
    d->pressed = DAY_BUTTON_NONE;
    d->entered_ms = app->now_ms;
    d->snap = tween_still(0.0f);
    d->change = tween_make(0.0f, 1.0f, app->now_ms, ENTER_MS, EASE_OUT_CUBIC);
    for (int l = 0; l < d->plan.lane_count; l++)
        d->markers[l] = tween_still((float)d->plan.first_hour * 60.0f);
    move_markers(app, ENTER_MS);
}

static bool day_update(App *app)
{
    DayState *d = &app->day;
    if (!at_end(app) && autoplay_poll(&d->autoplay, app->now_ms))
        go_to(app, d->stop + 1);
    bool moving = !tween_done(&d->change, app->now_ms) || !tween_done(&d->snap, app->now_ms);
    for (int l = 0; l < d->plan.lane_count; l++)
        moving |= !tween_done(&d->markers[l], app->now_ms);
    if (tween_done(&d->change, app->now_ms))
        d->leaving = -1;
    return moving;
}

static uint64_t day_next_wakeup(const App *app)
{
    return autoplay_next_wakeup(&app->day.autoplay);
}

/* ---- drawing: top bar and timeline -------------------------------------- */

static void draw_top_bar(App *app, DrawList *dl, const DayLayout *L)
{
    const DayState *d = &app->day;
    Rect back = button_rect(app, L, DAY_BUTTON_BACK), home = button_rect(app, L, DAY_BUTTON_HOME);
    widget_back_button(app, dl, back, d->pressed == DAY_BUTTON_BACK);
    widget_button(app, dl, home, app_ui(app, "home", "Home"), "icons/home.svg", BUTTON_SECONDARY,
                  d->pressed == DAY_BUTTON_HOME);
    TextStyle st = layout_text_style(&app->layout, TYPE_H2, WEIGHT_BOLD);
    float lh = app->measurer->line_height(app->measurer->user, &st);
    float gap = roundf(24.0f * app->layout.s);
    /* Centred on the screen, clear of both buttons. */
    float half = fminf(L->top_bar.x + L->top_bar.w * 0.5f - (back.x + back.w + gap),
                       home.x - gap - (L->top_bar.x + L->top_bar.w * 0.5f));
    Rect title = rect_make(L->top_bar.x + L->top_bar.w * 0.5f - half,
                           L->top_bar.y + (L->target - lh) * 0.5f, 2.0f * half, lh);
    TextBlock b;
    const char *text = app_ui(app, "day_in_life", "A day in the life");
    text_wrap(app->measurer, &st, text, title.w, 1, &b);
    if (!b.ellipsized && !b.overflow)
        drawlist_text(dl, title, &st, app->theme.text_on_bg, ALIGN_CENTER, 1, text);
}

static float axis_x(const App *app, const DayLayout *L, float minutes)
{
    return L->axis_x0 + (L->axis_x1 - L->axis_x0) * dayplan_axis_fraction(&app->day.plan, minutes);
}

static void draw_disc(DrawList *dl, float cx, float cy, float r, Color c)
{
    drawlist_rect(dl, rect_make(cx - r, cy - r, 2.0f * r, 2.0f * r), r, c, c);
}

/* Every hour gets a tick; labels thin out to every other hour when the
 * hours are too close for "10 am" to sit under each. */
static void draw_hours(App *app, DrawList *dl, const DayLayout *L)
{
    const DayPlan *p = &app->day.plan;
    float s = app->layout.s;
    TextStyle st = layout_text_style(&app->layout, TYPE_CAPTION, WEIGHT_REGULAR);
    TextBlock probe;
    char label[32];
    text_wrap(app->measurer, &st, scene_format_time(app, 11 * 60, true, label, sizeof label), 0.0f,
              1, &probe);
    float pitch = (L->axis_x1 - L->axis_x0) / (float)(p->last_hour - p->first_hour);
    int every = pitch >= probe.width + roundf(20.0f * s) ? 1 : 2;
    Color tick = color_with_alpha(app->theme.text_muted_on_bg, 0x80);
    for (int h = p->first_hour; h <= p->last_hour; h++) {
        float x = roundf(axis_x(app, L, (float)h * 60.0f));
        drawlist_rect(dl,
                      rect_make(x - roundf(1.0f * s), L->hours.y - roundf(14.0f * s),
                                fmaxf(roundf(2.0f * s), 1.0f), roundf(10.0f * s)),
                      0.0f, tick, tick);
        if ((h - p->first_hour) % every)
            continue;
        float w = pitch * (float)every;
        drawlist_text(dl, rect_make(x - w * 0.5f, L->hours.y, w, L->hours.h), &st,
                      app->theme.text_muted_on_bg, ALIGN_CENTER, 1,
                      scene_format_time(app, h * 60, true, label, sizeof label));
    }
}

static void draw_lane_label(App *app, DrawList *dl, const DayLayout *L, int lane)
{
    Rect r = L->lane_labels[lane];
    float s = app->layout.s, dot = roundf(14.0f * s);
    Color c = lane_color(app, lane);
    draw_disc(dl, r.x + dot * 0.5f, r.y + r.h * 0.5f, dot * 0.5f, c);
    TextStyle st = layout_text_style(&app->layout, TYPE_CAPTION, WEIGHT_BOLD);
    drawlist_text(
        dl, rect_make(r.x + dot + roundf(12.0f * s), r.y, r.w - dot - roundf(12.0f * s), r.h), &st,
        app->theme.text_on_bg, ALIGN_LEFT, 1, ltext_get(&lane_career(app, lane)->name, app->lang));
}

static void draw_lane_dots(App *app, DrawList *dl, const DayLayout *L, int lane, float cy)
{
    const DayState *d = &app->day;
    const DayLane *dl_lane = &d->plan.lanes[lane];
    float s = app->layout.s, r = roundf(9.0f * s);
    int current = dayplan_lane_step(&d->plan, lane, d->stop);
    Color c = lane_color(app, lane), ring = color_with_alpha(app->theme.text_on_bg, 0x66);
    for (int i = 0; i < dl_lane->step_count; i++) {
        float x = axis_x(app, L, (float)dl_lane->minutes[i]);
        if (i <= current) {
            draw_disc(dl, x, cy, r, c);
            continue;
        }
        draw_disc(dl, x, cy, r, ring);
        draw_disc(dl, x, cy, r - roundf(3.0f * s), app->theme.bg_top);
    }
}

static void draw_marker(App *app, DrawList *dl, float x, float cy, Color c, bool waiting)
{
    float s = app->layout.s, r = roundf(20.0f * s), ring = roundf(5.0f * s);
    Color white = { 0xFF, 0xFF, 0xFF, 0xFF };
    if (waiting) {
        draw_disc(dl, x, cy, r, color_with_alpha(app->theme.text_muted_on_bg, 0xAA));
        draw_disc(dl, x, cy, r - ring, app->theme.bg_top);
        return;
    }
    drawlist_shadow(dl, rect_make(x - r, cy - r, 2.0f * r, 2.0f * r), r, roundf(18.0f * s),
                    color_with_alpha(c, 0x99));
    draw_disc(dl, x, cy, r + ring, white);
    draw_disc(dl, x, cy, r, c);
}

static void draw_lane(App *app, DrawList *dl, const DayLayout *L, int lane)
{
    const DayState *d = &app->day;
    float s = app->layout.s, cy = L->lanes[lane].y + L->lanes[lane].h * 0.5f;
    float thick = roundf(6.0f * s),
          mx = axis_x(app, L, tween_value(&d->markers[lane], app->now_ms));
    Color c = lane_color(app, lane), track = color_with_alpha(app->theme.text_on_bg, 0x2E);
    draw_lane_label(app, dl, L, lane);
    drawlist_rect(dl, rect_make(L->axis_x0, cy - thick * 0.5f, L->axis_x1 - L->axis_x0, thick),
                  thick * 0.5f, track, track);
    bool waiting = dayplan_lane_step(&d->plan, lane, d->stop) < 0;
    if (!waiting && mx > L->axis_x0)
        drawlist_rect(dl, rect_make(L->axis_x0, cy - thick * 0.5f, mx - L->axis_x0, thick),
                      thick * 0.5f, c, c);
    draw_lane_dots(app, dl, L, lane, cy);
    draw_marker(app, dl, mx, cy, c, waiting);
}

/* ---- drawing: the stage --------------------------------------------------- */

/* One arrangement for every card of this day (the most compact any step
 * needs), worked out again only when the screen size changes. */
static int common_fit(App *app, const DayLayout *L)
{
    DayState *d = &app->day;
    if (d->fit_w == app->layout.w && d->fit_h == app->layout.h)
        return d->fit;
    d->fit = 0;
    for (int l = 0; l < d->plan.lane_count; l++)
        for (int i = 0; i < d->plan.lanes[l].step_count; i++) {
            int f = scene_fit(app, d->plan.lanes[l].career, i, L->cards[l]);
            d->fit = f > d->fit ? f : d->fit;
        }
    d->fit_w = app->layout.w;
    d->fit_h = app->layout.h;
    return d->fit;
}

static void draw_lane_card(App *app, DrawList *dl, const DayLayout *L, int lane, int stop, float dx)
{
    const DayPlan *p = &app->day.plan;
    Rect r = L->cards[lane];
    r.x = roundf(r.x + dx); /* whole pixels: a sliding card reuses its layer */
    int step = dayplan_lane_step(p, lane, stop), fit = common_fit(app, L);
    if (step >= 0)
        scene_draw(app, dl, p->lanes[lane].career, step, r, fit);
    else
        scene_draw_waiting(app, dl, p->lanes[lane].career, dayplan_step_minutes(p, lane, 0), r,
                           fit);
}

/* Each role's icon on its colour, side by side: whose day this was. */
static void draw_role_icons(App *app, DrawList *dl, Rect row, float dx)
{
    const DayPlan *p = &app->day.plan;
    float size = row.h, gap = roundf(32.0f * app->layout.s);
    float x = row.x + dx + (row.w - (float)p->lane_count * (size + gap) + gap) * 0.5f;
    Color white = { 0xFF, 0xFF, 0xFF, 0xFF };
    char path[1024];
    if (size <= 0.0f)
        return;
    for (int l = 0; l < p->lane_count; l++, x += size + gap) {
        const Career *c = lane_career(app, l);
        Color role = color_rgb(c->color);
        Rect disc = rect_make(roundf(x), row.y, size, size);
        drawlist_shadow(dl, rect_make(disc.x, disc.y + 10.0f * app->layout.s, size, size),
                        size * 0.5f, 28.0f * app->layout.s, app->theme.shadow);
        drawlist_rect(dl, disc, size * 0.5f, color_lighten(role, 0.12f), role);
        drawlist_image(dl, rect_inset(disc, size * 0.24f, size * 0.24f),
                       app_bundle_path(app, c->icon, path, sizeof path), white, 0.0f);
    }
}

static void draw_next_steps(App *app, DrawList *dl, const DayLayout *L, float dx)
{
    const DayState *d = &app->day;
    NextSteps n = next_steps_geometry(app, L);
    draw_role_icons(app, dl, n.icons, dx);
    TextStyle h1 = layout_text_style(&app->layout, TYPE_H1, WEIGHT_BOLD);
    TextStyle body = layout_text_style(&app->layout, TYPE_BODY, WEIGHT_REGULAR);
    drawlist_text(dl, rect_make(n.heading.x + dx, n.heading.y, n.heading.w, n.heading.h), &h1,
                  app->theme.text_on_bg, ALIGN_CENTER, 1, app_ui(app, "what_next", "What next?"));
    char line[256];
    if (d->plan.stop_count == 0)
        snprintf(line, sizeof line, "%s",
                 app_ui(app, "no_day", "This role has no day timeline yet."));
    else if (d->plan.lane_count > 1)
        snprintf(line, sizeof line, "%s",
                 app_ui(app, "days_done", "That was a day in both roles."));
    else
        snprintf(line, sizeof line, "%s %s.", app_ui(app, "day_done", "That was a day as a"),
                 ltext_get(&lane_career(app, 0)->name, app->lang));
    bool fits = true; /* a long role name (or language) steps down a size */
    widget_text_height(app, TYPE_BODY, WEIGHT_REGULAR, line, n.line.w, 1, &fits);
    if (!fits)
        body = layout_text_style(&app->layout, TYPE_CAPTION, WEIGHT_REGULAR);
    drawlist_text(dl, rect_make(n.line.x + dx, n.line.y, n.line.w, n.line.h), &body,
                  app->theme.text_muted_on_bg, ALIGN_CENTER, 1, line);
    for (int i = 0; i < NEXT_STEPS; i++) {
        DayButton b = (DayButton)(DAY_BUTTON_COMPARE + i);
        Rect r = n.buttons[i];
        r.x += dx;
        if (d->focus == b)
            widget_focus_ring(app, dl, r, r.h * 0.5f);
        widget_button(app, dl, r, next_step_label(app, b), next_step_icon(b),
                      b == DAY_BUTTON_BECOME ? BUTTON_PRIMARY : BUTTON_SECONDARY, d->pressed == b);
    }
}

static void draw_page(App *app, DrawList *dl, const DayLayout *L, int stop, int lane, float dx)
{
    if (stop >= last_stop(app)) {
        if (lane == 0)
            draw_next_steps(app, dl, L, dx);
        return;
    }
    draw_lane_card(app, dl, L, lane, stop, dx);
}

/* Each lane whose step changed slides: the old card out (from wherever a
 * finger let it go), the new one in from the side the visitor moved to.
 * A lane whose step did not change stays put. */
static void draw_stage(App *app, DrawList *dl, const DayLayout *L)
{
    const DayState *d = &app->day;
    float t = tween_value(&d->change, app->now_ms), slide = layout_px(&app->layout, SLIDE_UNITS);
    float held = d->dragging ? d->drag_dx : tween_value(&d->snap, app->now_ms);
    if (app_reduced_motion(app)) /* cards crossfade where they stand */
        slide = held = 0.0f;
    float dir = (float)d->direction, saved = dl->alpha;
    bool to_end = at_end(app) || (d->leaving >= 0 && d->leaving >= last_stop(app));
    for (int lane = 0; lane < d->plan.lane_count; lane++) {
        bool changed = d->leaving < 0 || to_end ||
                       dayplan_lane_step(&d->plan, lane, d->leaving) !=
                           dayplan_lane_step(&d->plan, lane, d->stop);
        if (!changed) {
            draw_page(app, dl, L, d->stop, lane, held);
            continue;
        }
        if (d->leaving >= 0 && t < 1.0f) {
            dl->alpha = saved * (1.0f - t);
            draw_page(app, dl, L, d->leaving, lane,
                      app_reduced_motion(app) ? 0.0f : d->release_dx - dir * slide * t);
        }
        dl->alpha = saved * t;
        draw_page(app, dl, L, d->stop, lane, dir * slide * (1.0f - t) + held);
        dl->alpha = saved;
    }
}

/* ---- drawing: controls ---------------------------------------------------- */

static void draw_counter(App *app, DrawList *dl, const DayLayout *L)
{
    if (at_end(app))
        return;
    char text[96];
    snprintf(text, sizeof text, "%s %d %s %d", app_ui(app, "step", "Step"), app->day.stop + 1,
             app_ui(app, "of", "of"), last_stop(app));
    Rect group = controls_group(app, L);
    TextStyle st = layout_text_style(&app->layout, TYPE_BODY, WEIGHT_BOLD);
    float lh = app->measurer->line_height(app->measurer->user, &st);
    Rect box = rect_make(L->controls.x, L->controls.y + (L->controls.h - lh) * 0.5f,
                         group.x - roundf(24.0f * app->layout.s) - L->controls.x, lh);
    TextBlock b;
    text_wrap(app->measurer, &st, text, box.w, 1, &b);
    if (!b.ellipsized && !b.overflow && box.w > 0.0f)
        drawlist_text(dl, box, &st, app->theme.text_muted_on_bg, ALIGN_LEFT, 1, text);
}

static void draw_controls(App *app, DrawList *dl, const DayLayout *L)
{
    const DayState *d = &app->day;
    widget_icon_button(app, dl, button_rect(app, L, DAY_BUTTON_PREV), "icons/chevron-left.svg",
                       BUTTON_SECONDARY, d->pressed == DAY_BUTTON_PREV, d->stop > 0);
    widget_button(app, dl, button_rect(app, L, DAY_BUTTON_PLAY), play_label(app), play_icon(app),
                  at_end(app) ? BUTTON_SECONDARY : BUTTON_PRIMARY, d->pressed == DAY_BUTTON_PLAY);
    widget_icon_button(app, dl, button_rect(app, L, DAY_BUTTON_NEXT), "icons/chevron-right.svg",
                       BUTTON_SECONDARY, d->pressed == DAY_BUTTON_NEXT, !at_end(app));
    draw_counter(app, dl, L);
}

static void day_draw(App *app, DrawList *dl)
{
    DayLayout L = day_layout(app);
    widget_background(app, dl);
    draw_top_bar(app, dl, &L);
    if (app->day.plan.stop_count > 0) {
        draw_hours(app, dl, &L);
        for (int lane = 0; lane < app->day.plan.lane_count; lane++)
            draw_lane(app, dl, &L, lane);
    }
    draw_stage(app, dl, &L);
    if (app->day.plan.stop_count > 0)
        draw_controls(app, dl, &L);
}

const ScreenOps day_screen = {
    .name = "day",
    .enter = day_enter,
    .gesture = day_gesture,
    .key = day_key,
    .update = day_update,
    .draw = day_draw,
    .next_wakeup = day_next_wakeup,
};
