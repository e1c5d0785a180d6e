/* The App's kiosk glue on an injected clock: sessions, the admin corner,
 * lockdown, visitor events and swapping content under a running app. */
#include "test_support.h"

#include "app.h"

static const char bundle_json[] =
    "{\"format\":1,\"title\":\"Careers\",\"subtitle\":\"Roles\","
    "\"sources\":[{\"id\":\"s\",\"publisher\":\"P\",\"title\":\"T\",\"cite\":\"P, 2024\",\"year\":2025}],"
    "\"careers\":["
    "{\"id\":\"a\",\"name\":\"Alpha\",\"tagline\":\"First\",\"summary\":\"Does a.\",\"color\":\"#0F766E\",\"icon\":\"a.svg\","
    " \"employed\":{\"value\":1000,\"source\":\"s\",\"year\":2024}},"
    "{\"id\":\"b\",\"name\":\"Beta\",\"tagline\":\"Second\",\"summary\":\"Does b.\",\"color\":\"#3730A3\",\"icon\":\"b.svg\"},"
    "{\"id\":\"c\",\"name\":\"Gamma\",\"tagline\":\"Third\",\"summary\":\"Does c.\",\"color\":\"#6D28D9\",\"icon\":\"c.svg\"}"
    "]}";

typedef struct {
    EventKind kinds[64];
    char args[64][32];
    int count;
} Events;

typedef struct {
    Content *content;
    TextMeasurer measurer;
    App app;
    Events events;
} Fixture;

static void record(void *user, EventKind kind, const char *a, const char *b)
{
    (void)b;
    Events *e = user;
    if (e->count < 64) {
        e->kinds[e->count] = kind;
        snprintf(e->args[e->count], sizeof e->args[0], "%s", a ? a : "");
        e->count++;
    }
}

static int count_of(const Events *e, EventKind kind)
{
    int n = 0;
    for (int i = 0; i < e->count; i++)
        n += e->kinds[i] == kind;
    return n;
}

static Content *parse_bundle(void)
{
    ContentReport report = {0};
    Content *c = content_parse(bundle_json, sizeof bundle_json - 1, "t.json", NULL, NULL, &report);
    content_report_free(&report);
    return c;
}

static int setup(void **state)
{
    Fixture *f = calloc(1, sizeof *f);
    f->content = parse_bundle();
    if (!f->content)
        return -1;
    f->measurer = fake_measurer();
    app_init(&f->app, f->content, &f->measurer, 1920, 1080, 1000);
    f->app.on_event = record;
    f->app.event_user = &f->events;
    KioskConfig cfg = {60000u, 10000u};
    app_enable_kiosk(&f->app, &cfg);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    Fixture *f = *state;
    content_free(f->content);
    free(f);
    return 0;
}

static void advance(App *app, uint64_t ms)
{
    for (uint64_t t = 0; t < ms; t += 16)
        app_tick(app, app->now_ms + 16);
}

static void tap(App *app, float x, float y)
{
    PointerEvent down = {POINTER_DOWN, 3, x, y, app->now_ms};
    app_pointer(app, &down);
    app_tick(app, app->now_ms + 40);
    PointerEvent up = {POINTER_UP, 3, x, y, app->now_ms};
    app_pointer(app, &up);
    app_tick(app, app->now_ms + 16);
}

static void test_wake_touch_starts_a_session_and_presses_nothing(void **state)
{
    Fixture *f = *state;
    assert_int_equal(f->app.screen, SCREEN_ATTRACT);
    HomeLayout h = layout_home(&f->app.layout);
    Rect card = layout_home_card(&h, &f->app.layout, 0, 0.0f);
    /* The touch lands where home's first card will be: it must not open it. */
    tap(&f->app, card.x + card.w / 2, card.y + card.h / 2);
    assert_int_equal(f->app.screen, SCREEN_HOME);
    assert_int_equal(f->app.home.open, -1);
    assert_int_equal(count_of(&f->events, EVENT_SESSION_START), 1);
    /* The next touch does act. */
    advance(&f->app, 1000);
    tap(&f->app, card.x + card.w / 2, card.y + card.h / 2);
    assert_int_equal(f->app.home.open, 0);
}

static void test_idle_visitor_is_warned_then_reset(void **state)
{
    Fixture *f = *state;
    tap(&f->app, 960, 540);
    advance(&f->app, 59000);
    assert_false(f->app.still_there);
    advance(&f->app, 1100);
    assert_true(f->app.still_there);
    assert_true(app_next_wakeup(&f->app) > f->app.now_ms); /* it ticks the countdown */
    advance(&f->app, 10100);
    assert_false(f->app.still_there);
    assert_int_equal(f->app.screen, SCREEN_ATTRACT);
    assert_int_equal(f->app.history_len, 0);
    assert_int_equal(count_of(&f->events, EVENT_SESSION_END), 1);
}

static void test_reset_restores_the_starting_language(void **state)
{
    Fixture *f = *state;
    tap(&f->app, 960, 540);
    f->app.lang = LANG_ES; /* this visitor chose Spanish */
    advance(&f->app, 71000);
    assert_int_equal(f->app.screen, SCREEN_ATTRACT);
    assert_int_equal(f->app.lang, LANG_EN);
}

static void test_touch_during_warning_keeps_the_page(void **state)
{
    Fixture *f = *state;
    tap(&f->app, 960, 540);
    app_key(&f->app, KEY_NEXT); /* move the carousel: the visitor's place */
    advance(&f->app, 61000);
    assert_true(f->app.still_there);
    tap(&f->app, 100, 900);
    assert_false(f->app.still_there);
    assert_int_equal(f->app.screen, SCREEN_HOME);
    assert_int_equal(f->app.home.focused, 1); /* still where they were */
}

static void test_quit_key_is_ignored_in_a_kiosk(void **state)
{
    Fixture *f = *state;
    tap(&f->app, 960, 540);
    app_key(&f->app, KEY_QUIT);
    assert_false(f->app.quit_requested);
}

static void test_corner_hold_opens_admin(void **state)
{
    Fixture *f = *state;
    tap(&f->app, 960, 540);
    advance(&f->app, 500);
    PointerEvent down = {POINTER_DOWN, 9, 20, 20, f->app.now_ms};
    app_pointer(&f->app, &down);
    advance(&f->app, APP_ADMIN_HOLD_MS - 200);
    assert_int_not_equal(f->app.screen, SCREEN_ADMIN);
    assert_true(app_next_wakeup(&f->app) <= down.t_ms + APP_ADMIN_HOLD_MS);
    advance(&f->app, 300);
    assert_int_equal(f->app.screen, SCREEN_ADMIN);
    PointerEvent up = {POINTER_UP, 9, 20, 20, f->app.now_ms};
    app_pointer(&f->app, &up);
    app_tick(&f->app, f->app.now_ms + 16);
    assert_int_equal(f->app.screen, SCREEN_ADMIN); /* lifting the finger presses nothing */
}

static void test_moving_or_lifting_cancels_the_corner_hold(void **state)
{
    Fixture *f = *state;
    tap(&f->app, 960, 540);
    PointerEvent down = {POINTER_DOWN, 9, 20, 20, f->app.now_ms};
    app_pointer(&f->app, &down);
    advance(&f->app, 1000);
    PointerEvent move = {POINTER_MOVE, 9, 600, 20, f->app.now_ms};
    app_pointer(&f->app, &move);
    advance(&f->app, 3000);
    assert_int_not_equal(f->app.screen, SCREEN_ADMIN);
}

static void test_card_open_is_logged(void **state)
{
    Fixture *f = *state;
    tap(&f->app, 960, 540);
    advance(&f->app, 1000);
    app_key(&f->app, KEY_ACTIVATE);
    advance(&f->app, 1000);
    assert_int_equal(f->app.screen, SCREEN_DETAIL);
    assert_int_equal(count_of(&f->events, EVENT_CARD_OPEN), 1);
    bool named = false;
    for (int i = 0; i < f->events.count; i++)
        named |= f->events.kinds[i] == EVENT_CARD_OPEN && strcmp(f->events.args[i], "a") == 0;
    assert_true(named);
}

static void test_replacing_content_restarts_safely(void **state)
{
    Fixture *f = *state;
    tap(&f->app, 960, 540);
    advance(&f->app, 1000);
    app_key(&f->app, KEY_PREV); /* onto the last card */
    app_key(&f->app, KEY_ACTIVATE);
    advance(&f->app, 1000);
    assert_int_equal(f->app.screen, SCREEN_DETAIL);
    Content *fresh = parse_bundle();
    app_replace_content(&f->app, fresh);
    content_free(f->content); /* nothing may still point into the old bundle */
    f->content = fresh;
    advance(&f->app, 2000);
    assert_int_equal(f->app.screen, SCREEN_HOME);
    assert_int_equal(f->app.history_len, 0);
    assert_ptr_equal(f->app.content, fresh);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_wake_touch_starts_a_session_and_presses_nothing, setup, teardown),
        cmocka_unit_test_setup_teardown(test_idle_visitor_is_warned_then_reset, setup, teardown),
        cmocka_unit_test_setup_teardown(test_reset_restores_the_starting_language, setup, teardown),
        cmocka_unit_test_setup_teardown(test_touch_during_warning_keeps_the_page, setup, teardown),
        cmocka_unit_test_setup_teardown(test_quit_key_is_ignored_in_a_kiosk, setup, teardown),
        cmocka_unit_test_setup_teardown(test_corner_hold_opens_admin, setup, teardown),
        cmocka_unit_test_setup_teardown(test_moving_or_lifting_cancels_the_corner_hold, setup, teardown),
        cmocka_unit_test_setup_teardown(test_card_open_is_logged, setup, teardown),
        cmocka_unit_test_setup_teardown(test_replacing_content_restarts_safely, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
