/* The guided tour: its order (bundle order, the built-in tour, bad steps
 * left out), stepping back and forward to both ends, the timer on the
 * injected clock, presenter keys, the indicator and the home entry, all on
 * an App with a fake measurer. */
#include "app_fixture.h"

#include <SDL_keycode.h>

#include "screens/tour_view.h"
#include "screens/widgets.h"
#include "tour.h"

#define CAREERS                                                                                    \
    "\"sources\":[{\"id\":\"s\",\"publisher\":\"P\",\"title\":\"T\",\"cite\":\"P, 2024\",\"year\":2025}]," \
    "\"careers\":["                                                                                \
    "{\"id\":\"a\",\"name\":\"Alpha\",\"tagline\":\"First\",\"summary\":\"Does a.\",\"color\":\"#0F766E\"," \
    " \"icon\":\"a.svg\",\"day\":[{\"time\":\"08:00\",\"title\":\"Opens\"},{\"time\":\"12:00\",\"title\":\"Lunch\"}]}," \
    "{\"id\":\"b\",\"name\":\"Beta\",\"tagline\":\"Second\",\"summary\":\"Does b.\",\"color\":\"#3730A3\",\"icon\":\"b.svg\"}," \
    "{\"id\":\"c\",\"name\":\"Gamma\",\"tagline\":\"Third\",\"summary\":\"Does c.\",\"color\":\"#6D28D9\",\"icon\":\"c.svg\"}]"

static const char tour_json[] =
    "{\"format\":1,\"title\":\"Careers\",\"subtitle\":\"Three roles\"," CAREERS ","
    "\"tour\":{\"steps\":["
    "{\"show\":\"intro\",\"title\":{\"en\":\"Welcome\",\"es\":\"Bienvenida\"},\"line\":\"Three roles\"},"
    "{\"show\":\"card\",\"career\":\"b\"},"
    "{\"show\":\"card\",\"career\":\"nope\"},"
    "{\"show\":\"card\",\"career\":\"a\"},"
    "{\"show\":\"compare\",\"careers\":[\"a\",\"c\"],\"dimension\":\"growth\"},"
    "{\"show\":\"compare\",\"careers\":[\"a\",\"c\"],\"dimension\":\"charm\"},"
    "{\"show\":\"day\",\"career\":\"a\"}]}}";

static const char plain_json[] = "{\"format\":1,\"title\":\"Careers\",\"subtitle\":\"Three roles\"," CAREERS "}";

static int setup(void **state)
{
    return fixture_open(state, tour_json, sizeof tour_json - 1, 1920, 1080);
}

static int setup_plain(void **state)
{
    return fixture_open(state, plain_json, sizeof plain_json - 1, 1920, 1080);
}

static int teardown(void **state)
{
    return fixture_close(state);
}

static void press(App *app, int32_t keycode)
{
    app_key(app, keys_action(keycode, 0));
    settle(app);
}

static void tap(App *app, Rect r)
{
    press_release(app, r.x + r.w * 0.5f, r.y + r.h * 0.5f, 40);
    settle(app);
}

/* The screen and career the app shows. */
static void expect_at(const App *app, ScreenId screen, int career, int other)
{
    assert_int_equal(app->screen, screen);
    assert_int_equal(app->nav.career, career);
    assert_int_equal(app->nav.other, other);
}

/* ---- the pure module ---------------------------------------------------------- */

static void test_order_is_bundle_order(void **state)
{
    Fixture *f = *state;
    Tour t;
    tour_init(&t, f->content);
    assert_false(t.builtin);
    assert_int_equal(tour_count(&t), 5); /* two bad steps left out */
    assert_int_equal(t.stops[0].show, TOUR_SHOW_INTRO);
    assert_string_equal(ltext_get(t.stops[0].title, LANG_ES), "Bienvenida");
    assert_string_equal(ltext_get(t.stops[0].line, LANG_EN), "Three roles");
    assert_int_equal(t.stops[1].show, TOUR_SHOW_CARD);
    assert_int_equal(t.stops[1].career, 1);
    assert_int_equal(t.stops[2].career, 0);
    assert_int_equal(t.stops[3].show, TOUR_SHOW_COMPARE);
    assert_int_equal(t.stops[3].career, 0);
    assert_int_equal(t.stops[3].other, 2);
    assert_int_equal(t.stops[3].dimension, 1); /* growth */
    assert_int_equal(t.stops[4].show, TOUR_SHOW_DAY);
    assert_int_equal(t.stops[4].career, 0);
    assert_false(tour_running(&t));
    assert_null(tour_current(&t));
}

static void test_back_and_forward_to_both_ends(void **state)
{
    Fixture *f = *state;
    Tour t;
    tour_init(&t, f->content);
    assert_true(tour_start(&t, 0, 1000));
    assert_int_equal(tour_position(&t), 1);
    assert_int_equal(tour_prev(&t, 1000), TOUR_STAY); /* nothing before the intro */
    assert_int_equal(tour_position(&t), 1);
    for (int i = 2; i <= 5; i++) {
        assert_int_equal(tour_next(&t, 1000), TOUR_SHOW);
        assert_int_equal(tour_position(&t), i);
    }
    assert_int_equal(tour_prev(&t, 1000), TOUR_SHOW);
    assert_int_equal(tour_current(&t)->show, TOUR_SHOW_COMPARE);
    assert_int_equal(tour_next(&t, 1000), TOUR_SHOW);
    assert_int_equal(tour_next(&t, 1000), TOUR_END); /* past the last: home */
    assert_false(tour_running(&t));
    assert_int_equal(tour_next(&t, 1000), TOUR_PASS);
    assert_true(tour_start(&t, 0, 2000)); /* it starts over */
    assert_int_equal(tour_position(&t), 1);
}

/* A step a loaded bundle could not hold (a Content built by hand) is
 * left out too, and with no step left the built-in tour plays. */
static void test_skips_invalid_steps(void **state)
{
    Fixture *f = *state;
    TourStep steps[4] = {
        {.show = TOUR_SHOW_CARD, .career = 9, .other = -1},
        {.show = TOUR_SHOW_COMPARE, .career = 1, .other = 1},
        {.show = TOUR_SHOW_CARD, .career = 2, .other = -1},
        {.show = TOUR_SHOW_COMPARE, .career = 0, .other = 1, .dimension = 99},
    };
    Content c = *f->content;
    c.tour.steps = steps;
    c.tour.step_count = 4;
    Tour t;
    tour_init(&t, &c);
    assert_int_equal(tour_count(&t), 1);
    assert_int_equal(t.stops[0].career, 2);
    c.tour.step_count = 2; /* nothing good: the built-in tour */
    tour_init(&t, &c);
    assert_true(t.builtin);
    assert_int_equal(tour_count(&t), 6);
}

static void test_builtin_tour(void **state)
{
    Fixture *f = *state;
    Tour t;
    tour_init(&t, f->content);
    assert_true(t.builtin);
    /* intro, three cards, the first two compared on pay, the first day */
    assert_int_equal(tour_count(&t), 6);
    assert_int_equal(t.stops[0].show, TOUR_SHOW_INTRO);
    assert_string_equal(ltext_get(t.stops[0].title, LANG_EN), "Careers");
    assert_string_equal(ltext_get(t.stops[0].line, LANG_EN), "Three roles");
    for (int i = 0; i < 3; i++) {
        assert_int_equal(t.stops[1 + i].show, TOUR_SHOW_CARD);
        assert_int_equal(t.stops[1 + i].career, i);
    }
    assert_int_equal(t.stops[4].show, TOUR_SHOW_COMPARE);
    assert_int_equal(t.stops[4].dimension, 0);
    assert_int_equal(t.stops[5].show, TOUR_SHOW_DAY);
    assert_int_equal(t.stops[5].career, 0);
}

static void test_timer_on_injected_time(void **state)
{
    Fixture *f = *state;
    Tour t;
    tour_init(&t, f->content);
    tour_start(&t, 5, 1000);
    assert_int_equal(tour_next_wakeup(&t), 6000);
    assert_int_equal(tour_poll(&t, 5999), TOUR_PASS);
    assert_int_equal(tour_poll(&t, 6000), TOUR_SHOW);
    assert_int_equal(tour_position(&t), 2);
    assert_int_equal(tour_next_wakeup(&t), 11000);
    tour_touched(&t, 8000); /* a visitor explores: a full interval again */
    assert_int_equal(tour_poll(&t, 11000), TOUR_PASS);
    assert_int_equal(tour_next_wakeup(&t), 13000);
    assert_int_equal(tour_key(&t, KEY_NEXT, 12000), TOUR_SHOW); /* a key: the same */
    assert_int_equal(tour_next_wakeup(&t), 17000);
    assert_int_equal(tour_poll(&t, 60000), TOUR_SHOW); /* late: one step, no burst */
    assert_int_equal(tour_position(&t), 4);
    assert_int_equal(tour_next_wakeup(&t), 65000);
    assert_int_equal(tour_poll(&t, 65000), TOUR_SHOW);
    assert_int_equal(tour_poll(&t, 70000), TOUR_END); /* the last stop times out: home */
    assert_int_equal(tour_next_wakeup(&t), 0);
    tour_start(&t, 0, 1000); /* by click only: never a wake-up */
    assert_int_equal(tour_next_wakeup(&t), 0);
    assert_int_equal(tour_poll(&t, 1000000), TOUR_PASS);
}

static void test_keys(void **state)
{
    Fixture *f = *state;
    Tour t;
    tour_init(&t, f->content);
    assert_int_equal(tour_key(&t, KEY_NEXT, 0), TOUR_PASS); /* not running */
    tour_start(&t, 0, 0);
    assert_int_equal(tour_key(&t, KEY_HELP, 0), TOUR_PASS);
    assert_int_equal(tour_key(&t, KEY_ACTIVATE, 0), TOUR_SHOW); /* Return on the intro */
    assert_int_equal(tour_key(&t, KEY_ACTIVATE, 0), TOUR_PASS); /* on a card: the screen's */
    assert_int_equal(tour_key(&t, KEY_PREV, 0), TOUR_SHOW);
    assert_int_equal(tour_key(&t, KEY_BACK, 0), TOUR_LEAVE);
    assert_false(tour_running(&t));
    tour_start(&t, 0, 0);
    assert_int_equal(tour_key(&t, KEY_HOME, 0), TOUR_END);
    assert_false(tour_running(&t));
}

/* ---- on the App ------------------------------------------------------------------- */

/* Presenter keys walk the tour through the real screens, and the end of
 * the tour is home. */
static void test_app_presenter_keys(void **state)
{
    Fixture *f = *state;
    App *app = &f->app;
    settle(app);
    tour_view_start(app, 0);
    settle(app);
    expect_at(app, SCREEN_TOUR, -1, -1);
    assert_true(tour_view_running(app));
    press(app, SDLK_RIGHT);
    expect_at(app, SCREEN_DETAIL, 1, -1);
    press(app, SDLK_PAGEDOWN);
    expect_at(app, SCREEN_DETAIL, 0, -1);
    press(app, SDLK_SPACE);
    expect_at(app, SCREEN_COMPARE, 0, 2);
    assert_int_equal(app->compare.page, 1); /* on the growth page */
    press(app, SDLK_n);
    expect_at(app, SCREEN_DAY, 0, -1);
    press(app, SDLK_p);
    expect_at(app, SCREEN_COMPARE, 0, 2);
    press(app, SDLK_BACKSPACE);
    expect_at(app, SCREEN_DETAIL, 0, -1);
    press(app, SDLK_PAGEUP);
    press(app, SDLK_LEFT);
    expect_at(app, SCREEN_TOUR, -1, -1);
    press(app, SDLK_LEFT); /* the first stop: stays */
    expect_at(app, SCREEN_TOUR, -1, -1);
    assert_true(tour_view_running(app));
    for (int i = 0; i < 4; i++)
        press(app, SDLK_RIGHT);
    expect_at(app, SCREEN_DAY, 0, -1);
    assert_int_equal(app->day.stop, 0);
    press(app, SDLK_RIGHT); /* a day stop walks its scenes first */
    expect_at(app, SCREEN_DAY, 0, -1);
    assert_int_equal(app->day.stop, 1);
    press(app, SDLK_LEFT); /* and back through them */
    expect_at(app, SCREEN_DAY, 0, -1);
    assert_int_equal(app->day.stop, 0);
    press(app, SDLK_RIGHT);
    press(app, SDLK_RIGHT); /* past the last scene of the last stop */
    assert_int_equal(app->screen, SCREEN_HOME);
    assert_false(tour_view_running(app));
    press(app, SDLK_RIGHT); /* home has the key again: the carousel moves */
    assert_int_equal(app->home.focused, 1);
}

static void test_app_esc_and_home_leave(void **state)
{
    Fixture *f = *state;
    App *app = &f->app;
    tour_view_start(app, 0);
    settle(app);
    press(app, SDLK_RIGHT);
    press(app, SDLK_ESCAPE); /* leaves the tour, stays on the card */
    assert_false(tour_view_running(app));
    expect_at(app, SCREEN_DETAIL, 1, -1);
    tour_view_start(app, 0);
    settle(app);
    press(app, SDLK_RIGHT);
    press(app, SDLK_HOME);
    assert_false(tour_view_running(app));
    assert_int_equal(app->screen, SCREEN_HOME);
    tour_view_start(app, 0);
    settle(app);
    press(app, SDLK_ESCAPE); /* from the intro slide there is nothing to stay on */
    assert_false(tour_view_running(app));
    assert_int_equal(app->screen, SCREEN_HOME);
}

/* Whoever navigates away (a number key, a screen's button) has taken over. */
static void test_app_other_navigation_ends_the_tour(void **state)
{
    Fixture *f = *state;
    App *app = &f->app;
    tour_view_start(app, 0);
    settle(app);
    press(app, SDLK_RIGHT);
    press(app, SDLK_3);
    expect_at(app, SCREEN_DETAIL, 2, -1);
    assert_false(tour_view_running(app));
    app_draw(app, &f->dl); /* no indicator any more */
    assert_int_equal(tour_view_next_wakeup(app), 0);
}

static void test_app_timer_and_idle(void **state)
{
    Fixture *f = *state;
    App *app = &f->app;
    settle(app);
    assert_int_equal(app_next_wakeup(app), 0); /* home at rest sleeps */
    tour_view_start(app, 0); /* a tour by click only sleeps too: no timer, no redraws */
    settle(app);
    app_draw(app, &f->dl);
    app_tick(app, app->now_ms + 16);
    assert_false(app_needs_frame(app));
    assert_int_equal(app_next_wakeup(app), 0);
    tour_view_start(app, 4);
    uint64_t due = app->now_ms + 4000;
    settle(app);
    assert_int_equal(app_next_wakeup(app), due);
    app_tick(app, due - 1);
    expect_at(app, SCREEN_TOUR, -1, -1);
    app_tick(app, due);
    expect_at(app, SCREEN_DETAIL, 1, -1);
    settle(app);
    /* A black screen holds the tour: no wake-up, nothing moves unseen. */
    press(app, SDLK_b);
    assert_int_equal(app_next_wakeup(app), 0);
    app_tick(app, app->now_ms + 30000);
    settle(app);
    expect_at(app, SCREEN_DETAIL, 1, -1);
    app_key(app, keys_action(SDLK_b, 0));
    app_tick(app, app->now_ms + 16);
    assert_int_equal(app_next_wakeup(app), app->now_ms + 4000); /* the whole interval again */
    tour_view_stop(app);
    settle(app);
    assert_int_equal(app_next_wakeup(app), 0); /* no tour: sleeps again */
}

/* A timed tour tells a day one scene per interval before moving on. */
static void test_app_timer_walks_the_day(void **state)
{
    Fixture *f = *state;
    App *app = &f->app;
    settle(app);
    tour_view_start(app, 4);
    settle(app);
    for (int i = 0; i < 4; i++)
        press(app, SDLK_RIGHT);
    settle(app);
    expect_at(app, SCREEN_DAY, 0, -1);
    assert_int_equal(app->day.stop, 0);
    app_tick(app, app_next_wakeup(app));
    settle(app);
    expect_at(app, SCREEN_DAY, 0, -1);
    assert_int_equal(app->day.stop, 1); /* the second scene, not the next stop */
    app_tick(app, app_next_wakeup(app));
    settle(app);
    assert_int_equal(app->screen, SCREEN_HOME); /* then the tour's end */
    assert_false(tour_view_running(app));
}

/* The bundle's seconds are the default; --tour-seconds (an explicit
 * value) wins. */
static void test_app_bundle_seconds(void **state)
{
    Fixture *f = *state;
    App *app = &f->app;
    Content c = *f->content;
    c.tour.seconds = 9;
    app->content = &c;
    tour_view_start(app, -1);
    assert_int_equal(tour_view_next_wakeup(app), app->now_ms + 9000);
    tour_view_start(app, 3);
    assert_int_equal(tour_view_next_wakeup(app), app->now_ms + 3000);
    tour_view_stop(app);
    app->content = f->content;
}

static void test_app_indicator(void **state)
{
    Fixture *f = *state;
    App *app = &f->app;
    tour_view_start(app, 0);
    settle(app);
    Rect pill = tour_view_indicator_rect(app), exit = tour_view_exit_rect(app);
    assert_true(pill.w >= widget_target_size(app) * 2.0f);
    assert_true(pill.h >= widget_target_size(app));
    assert_true(exit.w >= widget_target_size(app));
    Rect next = rect_make(exit.x + exit.w, pill.y, pill.w - exit.w, pill.h);
    tap(app, next); /* the pill moves on */
    expect_at(app, SCREEN_DETAIL, 1, -1);
    assert_true(tour_view_running(app));
    /* Drawn over the screen: "Tour 2 / 5". */
    app_draw(app, &f->dl);
    bool word = false, count = false;
    for (size_t i = 0; i < f->dl.count; i++) {
        const DrawCmd *cmd = &f->dl.cmds[i];
        if (cmd->kind != DRAW_TEXT)
            continue;
        word |= strcmp(drawlist_cmd_text(&f->dl, cmd), "Tour") == 0;
        count |= strcmp(drawlist_cmd_text(&f->dl, cmd), "2 / 5") == 0;
    }
    assert_true(word && count);
    tap(app, exit); /* × leaves the tour and stays */
    assert_false(tour_view_running(app));
    expect_at(app, SCREEN_DETAIL, 1, -1);
}

/* A touch on the screen (not the pill) reaches the screen and restarts a
 * timed stop's interval. */
static void test_app_touch_restarts_timer(void **state)
{
    Fixture *f = *state;
    App *app = &f->app;
    tour_view_start(app, 5);
    settle(app);
    app_tick(app, app->now_ms + 3000);
    pointer(app, POINTER_DOWN, 960.0f, 900.0f);
    uint64_t touched = app->now_ms;
    pointer(app, POINTER_UP, 960.0f, 900.0f);
    assert_int_equal(tour_view_next_wakeup(app), touched + 5000);
}

/* The home screen's entry starts the tour by touch. */
static void test_home_entry(void **state)
{
    Fixture *f = *state;
    App *app = &f->app;
    settle(app);
    app_draw(app, &f->dl);
    const DrawCmd *entry = NULL;
    for (size_t i = 0; i < f->dl.count; i++)
        if (f->dl.cmds[i].kind == DRAW_TEXT &&
            strcmp(drawlist_cmd_text(&f->dl, &f->dl.cmds[i]), "Guided tour") == 0)
            entry = &f->dl.cmds[i];
    assert_non_null(entry);
    tap(app, entry->rect);
    assert_true(tour_view_running(app));
    expect_at(app, SCREEN_TOUR, -1, -1);
    /* The slide shows the stop's title and every career as a chip. */
    app_draw(app, &f->dl);
    int found = 0;
    const char *want[] = {"Welcome", "Three roles", "Alpha", "Beta", "Gamma"};
    for (size_t i = 0; i < f->dl.count; i++)
        for (size_t k = 0; k < 5; k++)
            found += f->dl.cmds[i].kind == DRAW_TEXT &&
                     strcmp(drawlist_cmd_text(&f->dl, &f->dl.cmds[i]), want[k]) == 0;
    assert_int_equal(found, 5);
    tap(app, rect_make(900, 700, 20, 20)); /* a tap on the slide moves on */
    expect_at(app, SCREEN_DETAIL, 1, -1);
}

/* The portrait entry sits in its own row, a full touch target. */
static void test_home_entry_portrait(void **state)
{
    Fixture *f = *state;
    App *app = &f->app;
    app_resize(app, 1080, 1920);
    settle(app);
    HomeLayout h = layout_home(&app->layout);
    assert_true(h.tour.h >= widget_target_size(app));
    assert_true(h.tour.y + h.tour.h <= h.hint.y);
    assert_true(h.carousel.y + h.carousel.h <= h.tour.y);
    tap(app, rect_make(h.tour.x + h.tour.w * 0.5f - 5.0f, h.tour.y + 10.0f, 10.0f, 10.0f));
    assert_true(tour_view_running(app));
}

/* A reload swaps the content under the tour: it stops rather than keep
 * pointers into the old bundle. */
static void test_reload_stops_the_tour(void **state)
{
    Fixture *f = *state;
    App *app = &f->app;
    tour_view_start(app, 0);
    settle(app);
    app_replace_content(app, f->content);
    assert_false(tour_view_running(app));
    settle(app);
    assert_int_equal(app->screen, SCREEN_HOME);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_order_is_bundle_order, setup, teardown),
        cmocka_unit_test_setup_teardown(test_back_and_forward_to_both_ends, setup, teardown),
        cmocka_unit_test_setup_teardown(test_skips_invalid_steps, setup, teardown),
        cmocka_unit_test_setup_teardown(test_builtin_tour, setup_plain, teardown),
        cmocka_unit_test_setup_teardown(test_timer_on_injected_time, setup, teardown),
        cmocka_unit_test_setup_teardown(test_keys, setup, teardown),
        cmocka_unit_test_setup_teardown(test_app_presenter_keys, setup, teardown),
        cmocka_unit_test_setup_teardown(test_app_esc_and_home_leave, setup, teardown),
        cmocka_unit_test_setup_teardown(test_app_other_navigation_ends_the_tour, setup, teardown),
        cmocka_unit_test_setup_teardown(test_app_timer_and_idle, setup, teardown),
        cmocka_unit_test_setup_teardown(test_app_bundle_seconds, setup, teardown),
        cmocka_unit_test_setup_teardown(test_app_timer_walks_the_day, setup, teardown),
        cmocka_unit_test_setup_teardown(test_app_indicator, setup, teardown),
        cmocka_unit_test_setup_teardown(test_app_touch_restarts_timer, setup, teardown),
        cmocka_unit_test_setup_teardown(test_home_entry, setup, teardown),
        cmocka_unit_test_setup_teardown(test_home_entry_portrait, setup, teardown),
        cmocka_unit_test_setup_teardown(test_reload_stops_the_tour, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
