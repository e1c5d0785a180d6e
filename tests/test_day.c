/* The day walkthrough driven by timed pointer events and keys, with the
 * fake measurer and an injected clock: no renderer. */
#include "app_fixture.h"

#include <math.h>

#include "app.h"
#include "screens/widgets.h"

#define CAREER(id, day)                                                              \
    "{\"id\":\"" id "\",\"name\":\"" id "\",\"tagline\":\"t\",\"summary\":\"s\","      \
    "\"color\":\"#0F766E\",\"icon\":\"i.svg\",\"day\":[" day "]}"
#define STEP(t, title)                                                               \
    "{\"time\":\"" t "\",\"title\":\"" title "\","                                    \
    "\"detail\":\"Does a concrete thing with a patient.\","                            \
    "\"place\":\"Exam room\",\"skill\":\"Care\",\"icon\":\"s.svg\"}"

/* a: six steps from 07:30; b: three from 09:00; merged: eight stops. */
static const char bundle_json[] =
    "{\"format\":1,\"title\":\"T\",\"settings\":{\"day_autoplay_seconds\":5},\"sources\":[],"
    "\"careers\":["
    CAREER("a", STEP("07:30", "Opens up") "," STEP("08:00", "Rooms a patient") ","
                STEP("09:15", "Draws blood") "," STEP("12:00", "Gives a shot") ","
                STEP("13:00", "Runs an EKG") "," STEP("16:00", "Updates notes")) ","
    CAREER("b", STEP("09:00", "Opens the queue") "," STEP("10:00", "Codes a chart") ","
                STEP("13:00", "Queries a doctor"))
    "]}";




static void open_day(Fixture *f, int career, int other, int stop)
{
    app_navigate(&f->app, nav_target(SCREEN_DAY, career, other, stop));
    settle(&f->app);
    assert_int_equal(f->app.screen, SCREEN_DAY);
}


static int setup(void **state)
{
    return fixture_open(state, bundle_json, sizeof bundle_json - 1, 1920, 1080);
}

static int teardown(void **state)
{
    return fixture_close(state);
}

static void tap(App *app, float x, float y)
{
    press_release(app, x, y, 48);
}

static void swipe(App *app, float x0, float x1, float y, uint32_t ms)
{
    fixture_swipe(app, x0, y, x1, y, ms);
}

/* The centre of the drawn text `label` (a button's label). */
static void tap_label(Fixture *f, const char *label)
{
    app_draw(&f->app, &f->dl);
    for (size_t i = 0; i < f->dl.count; i++) {
        const DrawCmd *c = &f->dl.cmds[i];
        if (c->kind == DRAW_TEXT && strcmp(drawlist_cmd_text(&f->dl, c), label) == 0) {
            tap(&f->app, c->rect.x + c->rect.w * 0.5f, c->rect.y + c->rect.h * 0.5f);
            return;
        }
    }
    fail_msg("no text '%s' on screen", label);
}

static Rect arrow_button(const Fixture *f, bool next)
{
    DayLayout L = layout_day(&f->app.layout, f->app.day.plan.lane_count);
    float gap = roundf(24.0f * f->app.layout.s), play = 0.0f;
    const char *labels[] = { "Play", "Pause", "Watch again" };
    for (int i = 0; i < 3; i++)
        play = fmaxf(play, widget_button_width(&f->app, labels[i], true));
    float w = 2.0f * L.target + 2.0f * gap + play;
    float x = roundf(L.controls.x + (L.controls.w - w) * 0.5f);
    return rect_make(next ? x + w - L.target : x, L.controls.y, L.target, L.target);
}

static void tap_rect(App *app, Rect r)
{
    tap(app, r.x + r.w * 0.5f, r.y + r.h * 0.5f);
}

/* ---- stepping ------------------------------------------------------------ */

static void test_keys_step(void **state)
{
    Fixture *f = *state;
    open_day(f, 0, -1, 0);
    assert_int_equal(f->app.day.plan.lane_count, 1);
    assert_int_equal(f->app.day.plan.stop_count, 6);
    assert_int_equal(f->app.day.stop, 0);
    app_key(&f->app, KEY_NEXT);
    app_key(&f->app, KEY_NEXT);
    assert_int_equal(f->app.day.stop, 2);
    app_key(&f->app, KEY_PREV);
    assert_int_equal(f->app.day.stop, 1);
    for (int i = 0; i < 3; i++)
        app_key(&f->app, KEY_PREV);
    assert_int_equal(f->app.day.stop, 0); /* no further back than the first */
    for (int i = 0; i < 10; i++)
        app_key(&f->app, KEY_NEXT);
    assert_int_equal(f->app.day.stop, 6); /* the next-steps card */
    settle(&f->app);
    app_key(&f->app, KEY_BACK);
    settle(&f->app);
    assert_int_equal(f->app.screen, SCREEN_HOME);
}

static void test_enter_at_step(void **state)
{
    Fixture *f = *state;
    open_day(f, 0, -1, 3);
    assert_int_equal(f->app.day.stop, 3);
    app_home(&f->app);
    settle(&f->app);
    open_day(f, 0, -1, 99);
    assert_int_equal(f->app.day.stop, 6);
}

/* A move animates the card and the marker, then everything rests. */
static void test_move_animates_then_rests(void **state)
{
    Fixture *f = *state;
    open_day(f, 0, -1, 0);
    float at = tween_value(&f->app.day.markers[0], f->app.now_ms);
    assert_float_equal(at, 450.0f, 0.01f);
    app_key(&f->app, KEY_NEXT);
    app_tick(&f->app, f->app.now_ms + 100);
    assert_true(app_animating(&f->app));
    float mid = tween_value(&f->app.day.markers[0], f->app.now_ms);
    assert_true(mid > 450.0f && mid < 480.0f);
    settle(&f->app);
    assert_float_equal(tween_value(&f->app.day.markers[0], f->app.now_ms), 480.0f, 0.01f);
    assert_int_equal(f->app.day.leaving, -1);
    app_draw(&f->app, &f->dl);
    assert_false(app_needs_frame(&f->app));
    assert_int_equal(app_next_wakeup(&f->app), 0); /* idle: sleep until an event */
}

static void test_tap_halves_and_arrows(void **state)
{
    Fixture *f = *state;
    open_day(f, 0, -1, 2);
    DayLayout L = layout_day(&f->app.layout, 1);
    float y = L.stage.y + L.stage.h * 0.5f;
    tap(&f->app, L.stage.x + L.stage.w * 0.8f, y);
    assert_int_equal(f->app.day.stop, 3);
    tap(&f->app, L.stage.x + L.stage.w * 0.2f, y);
    assert_int_equal(f->app.day.stop, 2);
    tap_rect(&f->app, arrow_button(f, true));
    assert_int_equal(f->app.day.stop, 3);
    tap_rect(&f->app, arrow_button(f, false));
    tap_rect(&f->app, arrow_button(f, false));
    assert_int_equal(f->app.day.stop, 1);
}

static void test_swipe_and_drag(void **state)
{
    Fixture *f = *state;
    open_day(f, 0, -1, 1);
    DayLayout L = layout_day(&f->app.layout, 1);
    float y = L.stage.y + L.stage.h * 0.5f;
    swipe(&f->app, 1300.0f, 900.0f, y, 160);
    assert_int_equal(f->app.day.stop, 2);
    settle(&f->app);
    swipe(&f->app, 700.0f, 1100.0f, y, 160);
    assert_int_equal(f->app.day.stop, 1);
    settle(&f->app);
    /* A slow, short drag follows the finger and springs back. */
    pointer(&f->app, POINTER_DOWN, 1000.0f, y);
    for (int i = 1; i <= 10; i++) {
        app_tick(&f->app, f->app.now_ms + 40);
        pointer(&f->app, POINTER_MOVE, 1000.0f - 10.0f * (float)i, y);
    }
    assert_true(f->app.day.dragging);
    assert_float_equal(f->app.day.drag_dx, -100.0f, 0.5f);
    app_tick(&f->app, f->app.now_ms + 200);
    pointer(&f->app, POINTER_UP, 900.0f, y);
    assert_int_equal(f->app.day.stop, 1);
    settle(&f->app);
    assert_float_equal(tween_value(&f->app.day.snap, f->app.now_ms), 0.0f, 0.01f);
}

static void test_timeline_tap_and_edge_swipe(void **state)
{
    Fixture *f = *state;
    open_day(f, 0, -1, 0);
    DayLayout L = layout_day(&f->app.layout, 1);
    const DayPlan *p = &f->app.day.plan;
    /* 12:00 along the axis: the fourth step. */
    float frac =
        (720.0f - (float)p->first_hour * 60.0f) / ((float)(p->last_hour - p->first_hour) * 60.0f);
    tap(&f->app, L.axis_x0 + (L.axis_x1 - L.axis_x0) * frac, L.lanes[0].y + L.lanes[0].h * 0.5f);
    assert_int_equal(f->app.day.stop, 3);
    settle(&f->app);
    swipe(&f->app, 10.0f, 600.0f, 540.0f, 200);
    settle(&f->app);
    assert_int_equal(f->app.screen, SCREEN_HOME);
}

/* ---- autoplay ------------------------------------------------------------ */

static void test_autoplay_on_the_injected_clock(void **state)
{
    Fixture *f = *state;
    open_day(f, 0, -1, 0);
    tap_label(f, "Play");
    assert_true(f->app.day.autoplay.playing);
    uint64_t wake = app_next_wakeup(&f->app);
    assert_int_equal(wake, f->app.now_ms + 5000);
    settle(&f->app);
    assert_false(app_animating(&f->app)); /* waiting is not animating */
    while (f->app.now_ms + 16 < wake)
        app_tick(&f->app, f->app.now_ms + 16);
    assert_int_equal(f->app.day.stop, 0);
    app_tick(&f->app, wake);
    assert_int_equal(f->app.day.stop, 1);
    assert_true(app_animating(&f->app));
    assert_int_equal(app_next_wakeup(&f->app), wake + 5000);
    /* A step by hand: the next one waits a full interval from now. */
    settle(&f->app);
    app_key(&f->app, KEY_NEXT);
    assert_int_equal(app_next_wakeup(&f->app), f->app.now_ms + 5000);
    /* A long sleep advances one step, not a burst. */
    settle(&f->app);
    app_tick(&f->app, f->app.now_ms + 60000);
    assert_int_equal(f->app.day.stop, 3);
    /* Playing to the end stops it: the next-steps card waits for a touch. */
    for (int i = 0; i < 10; i++)
        app_tick(&f->app, f->app.now_ms + 5000);
    assert_int_equal(f->app.day.stop, 6);
    assert_false(f->app.day.autoplay.playing);
    assert_int_equal(app_next_wakeup(&f->app), 0);
    settle(&f->app);
    tap_label(f, "Watch again");
    assert_int_equal(f->app.day.stop, 0);
    assert_true(f->app.day.autoplay.playing);
    tap_label(f, "Pause");
    assert_false(f->app.day.autoplay.playing);
    assert_int_equal(app_next_wakeup(&f->app), 0);
}

/* The long-press timer and autoplay share one wake-up: the earlier. */
static void test_wakeup_is_the_earliest(void **state)
{
    Fixture *f = *state;
    open_day(f, 0, -1, 0);
    app_key(&f->app, KEY_ACTIVATE); /* play */
    uint64_t autoplay = app_next_wakeup(&f->app);
    DayLayout L = layout_day(&f->app.layout, 1);
    pointer(&f->app, POINTER_DOWN, L.stage.x + 50.0f, L.stage.y + 50.0f);
    uint64_t wake = app_next_wakeup(&f->app);
    assert_true(wake > 0 && wake < autoplay);
    pointer(&f->app, POINTER_CANCEL, L.stage.x + 50.0f, L.stage.y + 50.0f);
    assert_int_equal(app_next_wakeup(&f->app), autoplay);
}

/* ---- two roles ----------------------------------------------------------- */

static void test_side_by_side(void **state)
{
    Fixture *f = *state;
    open_day(f, 0, 1, 0);
    const DayState *d = &f->app.day;
    assert_int_equal(d->plan.lane_count, 2);
    assert_int_equal(d->plan.stop_count, 8);
    assert_int_equal(dayplan_lane_step(&d->plan, 1, 0), -1); /* b starts at 09:00 */
    /* b's marker waits at the start of the axis until its day begins. */
    assert_float_equal(tween_value(&d->markers[1], f->app.now_ms),
                       (float)d->plan.first_hour * 60.0f, 0.01f);
    app_key(&f->app, KEY_NEXT);
    app_key(&f->app, KEY_NEXT);
    settle(&f->app);
    assert_int_equal(dayplan_lane_step(&d->plan, 0, d->stop), 1); /* a: still 08:00 */
    assert_int_equal(dayplan_lane_step(&d->plan, 1, d->stop), 0); /* b: 09:00 */
    assert_float_equal(tween_value(&d->markers[0], f->app.now_ms), 480.0f, 0.01f);
    assert_float_equal(tween_value(&d->markers[1], f->app.now_ms), 540.0f, 0.01f);
    /* Both cards are on screen, side by side. */
    DayLayout L = layout_day(&f->app.layout, 2);
    assert_true(L.cards[0].x + L.cards[0].w < L.cards[1].x);
    app_home(&f->app);
    settle(&f->app);
    open_day(f, 1, 1, 0); /* the same role twice is one lane */
    assert_int_equal(f->app.day.plan.lane_count, 1);
}

/* ---- next steps ---------------------------------------------------------- */

static void go_to_end(Fixture *f)
{
    for (int i = 0; i < 20 && f->app.day.stop < f->app.day.plan.stop_count; i++)
        app_key(&f->app, KEY_NEXT);
    settle(&f->app);
}

static void expect_nav(Fixture *f, ScreenId screen, int career, int other, int section)
{
    assert_true(f->app.nav_pending);
    assert_int_equal(f->app.nav_next.screen, screen);
    assert_int_equal(f->app.nav_next.career, career);
    assert_int_equal(f->app.nav_next.other, other);
    assert_int_equal(f->app.nav_next.section, section);
    settle(&f->app);
    assert_int_equal(f->app.screen, screen);
}

static void test_next_steps_by_touch(void **state)
{
    Fixture *f = *state;
    open_day(f, 1, -1, 0);
    go_to_end(f);
    tap_label(f, "Compare this role");
    expect_nav(f, SCREEN_COMPARE, 1, -1, 0);
    app_back(&f->app);
    settle(&f->app);
    assert_int_equal(f->app.screen, SCREEN_DAY);
    assert_int_equal(f->app.day.stop, f->app.day.plan.stop_count); /* kept */
    tap_label(f, "How to become one");
    expect_nav(f, SCREEN_DETAIL, 1, -1, DAY_DETAIL_TRAINING);
    app_back(&f->app);
    settle(&f->app);
    tap_label(f, "Take the quiz");
    expect_nav(f, SCREEN_QUIZ, -1, -1, 0);
    app_back(&f->app);
    settle(&f->app);
    app_draw(&f->app, &f->dl);
    /* Two "Home" labels: the top bar's and the card's; the card's is lower. */
    const DrawCmd *lowest = NULL;
    for (size_t i = 0; i < f->dl.count; i++) {
        const DrawCmd *c = &f->dl.cmds[i];
        if (c->kind == DRAW_TEXT && strcmp(drawlist_cmd_text(&f->dl, c), "Home") == 0 &&
            (!lowest || c->rect.y > lowest->rect.y))
            lowest = c;
    }
    assert_non_null(lowest);
    tap(&f->app, lowest->rect.x + 4.0f, lowest->rect.y + 4.0f);
    settle(&f->app);
    assert_int_equal(f->app.screen, SCREEN_HOME);
    assert_int_equal(f->app.history_len, 0);
}

static void test_next_steps_by_keys(void **state)
{
    Fixture *f = *state;
    open_day(f, 0, 1, 0);
    go_to_end(f);
    assert_int_equal(f->app.day.focus, -1);
    app_key(&f->app, KEY_NEXT);
    assert_int_equal(f->app.day.focus, DAY_BUTTON_COMPARE);
    app_key(&f->app, KEY_ACTIVATE);
    expect_nav(f, SCREEN_COMPARE, 0, 1, 0); /* both roles */
    app_back(&f->app);
    settle(&f->app);
    /* Back from compare, the focus is where it was. */
    assert_int_equal(f->app.day.focus, DAY_BUTTON_COMPARE);
    app_key(&f->app, KEY_NEXT);
    assert_int_equal(f->app.day.focus, DAY_BUTTON_BECOME);
    app_key(&f->app, KEY_PREV);
    app_key(&f->app, KEY_PREV); /* from the first button, back to the last step */
    assert_int_equal(f->app.day.stop, f->app.day.plan.stop_count - 1);
}

/* ---- layout -------------------------------------------------------------- */

static void check_frame(Fixture *f, const char *what)
{
    settle(&f->app);
    app_draw(&f->app, &f->dl);
    Rect screen = f->app.layout.screen;
    for (size_t i = 0; i < f->dl.count; i++) {
        const DrawCmd *c = &f->dl.cmds[i];
        if (c->kind != DRAW_TEXT)
            continue;
        const char *text = drawlist_cmd_text(&f->dl, c);
        if (c->block.ellipsized || c->block.overflow || c->block.width > c->rect.w + 0.5f)
            fail_msg("%s %dx%d: text cut: '%s'", what, f->app.layout.w, f->app.layout.h, text);
        Rect used = rect_make(c->rect.x, c->rect.y, c->block.width, c->block.height);
        if (c->align == ALIGN_CENTER)
            used.x += (c->rect.w - c->block.width) * 0.5f;
        else if (c->align == ALIGN_RIGHT)
            used.x += c->rect.w - c->block.width;
        if (!rect_inside(used, screen, 0.5f))
            fail_msg("%s %dx%d: text off screen: '%s'", what, f->app.layout.w, f->app.layout.h,
                     text);
        assert_true(c->style.px >=
                    roundf(24.0f * f->app.layout.s) - 0.01f); /* nothing under caption */
    }
}

static void test_every_size(void **state)
{
    Fixture *f = *state;
    static const int sizes[][2] = { { 1920, 1080 }, { 1280, 800 }, { 1024, 768 }, { 1080, 1920 } };
    for (size_t k = 0; k < 4; k++) {
        app_resize(&f->app, sizes[k][0], sizes[k][1]);
        for (int other = -1; other <= 1; other += 2) {
            open_day(f, 0, other, 0);
            DayLayout L = layout_day(&f->app.layout, f->app.day.plan.lane_count);
            assert_float_equal(L.target, roundf(96.0f * f->app.layout.s), 0.01f);
            for (int l = 0; l < f->app.day.plan.lane_count; l++)
                assert_true(rect_inside(L.cards[l], f->app.layout.safe, 0.5f));
            for (int i = 0; i <= f->app.day.plan.stop_count; i++) {
                check_frame(f, other < 0 ? "one day" : "two days");
                app_key(&f->app, KEY_NEXT);
            }
            app_home(&f->app);
            settle(&f->app);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_keys_step, setup, teardown),
        cmocka_unit_test_setup_teardown(test_enter_at_step, setup, teardown),
        cmocka_unit_test_setup_teardown(test_move_animates_then_rests, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tap_halves_and_arrows, setup, teardown),
        cmocka_unit_test_setup_teardown(test_swipe_and_drag, setup, teardown),
        cmocka_unit_test_setup_teardown(test_timeline_tap_and_edge_swipe, setup, teardown),
        cmocka_unit_test_setup_teardown(test_autoplay_on_the_injected_clock, setup, teardown),
        cmocka_unit_test_setup_teardown(test_wakeup_is_the_earliest, setup, teardown),
        cmocka_unit_test_setup_teardown(test_side_by_side, setup, teardown),
        cmocka_unit_test_setup_teardown(test_next_steps_by_touch, setup, teardown),
        cmocka_unit_test_setup_teardown(test_next_steps_by_keys, setup, teardown),
        cmocka_unit_test_setup_teardown(test_every_size, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
