/* The compare screen driven by timed pointer events and keys, no renderer:
 * suggested pairs, picking, paging by keys and swipes, swapping a role,
 * Back, and settling to idle. */
#include "app_fixture.h"

#include "app.h"

/* The four roles of the source articles plus a fifth, in an order unlike
 * the suggested pairs' so indices are not ids. */
static const char bundle_json[] =
    "{\"format\":1,\"title\":\"Careers\",\"subtitle\":\"Five roles\","
    "\"sources\":[{\"id\":\"s\",\"publisher\":\"P\",\"title\":\"T\",\"cite\":\"P, 2024\",\"year\":2025}],"
    "\"careers\":["
    "{\"id\":\"pharmacy-tech\",\"name\":\"Pharmacy Technician\",\"tagline\":\"t\",\"summary\":\"s\",\"color\":\"#0369A1\",\"icon\":\"p.svg\"},"
    "{\"id\":\"medical-coder\",\"name\":\"Medical Coder\",\"tagline\":\"t\",\"summary\":\"s\",\"color\":\"#4338CA\",\"icon\":\"b.svg\","
    " \"pay\":{\"median\":{\"value\":50250,\"source\":\"s\",\"year\":2024}}},"
    "{\"id\":\"medical-assistant\",\"name\":\"Medical Assistant\",\"tagline\":\"t\",\"summary\":\"s\",\"color\":\"#0F766E\",\"icon\":\"a.svg\","
    " \"pay\":{\"median\":{\"value\":44200,\"source\":\"s\",\"year\":2024}},"
    " \"skills\":[\"Patience\",\"Teamwork\"],\"traits\":{\"patient_contact\":0.8,\"physical\":0.7,\"desk\":0.3}},"
    "{\"id\":\"billing-coding-specialist\",\"name\":\"Medical Billing & Coding Specialist\",\"tagline\":\"t\",\"summary\":\"s\",\"color\":\"#7C3AED\",\"icon\":\"c.svg\"},"
    "{\"id\":\"medical-admin-assistant\",\"name\":\"Medical Administrative Assistant\",\"tagline\":\"t\",\"summary\":\"s\",\"color\":\"#B45309\",\"icon\":\"d.svg\"}"
    "]}";

enum { PHARMACY = 0, CODER = 1, MA = 2, BILLING = 3, ADMIN = 4 };


static int setup_size(void **state, int w, int h)
{
    return fixture_open(state, bundle_json, sizeof bundle_json - 1, w, h);
}

static int setup(void **state)
{
    return setup_size(state, 1920, 1080);
}

static int setup_portrait(void **state)
{
    return setup_size(state, 1080, 1920);
}




static int teardown(void **state)
{
    return fixture_close(state);
}

static void tap_at(App *app, float x, float y)
{
    press_release(app, x, y, 48);
    app_tick(app, app->now_ms + 16);
}

/* Taps the middle of a compare target; fails if it is not on screen. */
static void tap(App *app, CompareHitKind kind, int index)
{
    Rect r;
    CompareHit target = {kind, index};
    assert_true(compare_target_rect(app, target, &r));
    tap_at(app, r.x + r.w * 0.5f, r.y + r.h * 0.5f);
}

/* A finger from x0 to x1 over `ms`, one sample per frame. */
static void swipe(App *app, float x0, float x1, float y, uint32_t ms)
{
    fixture_swipe(app, x0, y, x1, y, ms);
}

static void open_compare(App *app, int career, int other, int section)
{
    settle(app);
    app_navigate(app, nav_target(SCREEN_COMPARE, career, other, section));
    settle(app);
    assert_int_equal(app->screen, SCREEN_COMPARE);
}

static void test_suggested_pairs(void **state)
{
    Fixture *f = *state;
    int pairs[COMPARE_MAX_PAIRS][2];
    assert_int_equal(compare_suggested_pairs(f->content, pairs), 3);
    assert_int_equal(pairs[0][0], MA);
    assert_int_equal(pairs[0][1], CODER);
    assert_int_equal(pairs[1][1], BILLING);
    assert_int_equal(pairs[2][1], ADMIN);
    /* A bundle without the coder suggests only the pairs it can show. */
    static const char two[] =
        "{\"format\":1,\"title\":\"C\",\"subtitle\":\"S\","
        "\"sources\":[{\"id\":\"s\",\"publisher\":\"P\",\"title\":\"T\",\"cite\":\"P\",\"year\":2025}],"
        "\"careers\":["
        "{\"id\":\"medical-admin-assistant\",\"name\":\"A\",\"tagline\":\"t\",\"summary\":\"s\",\"color\":\"#B45309\",\"icon\":\"d.svg\"},"
        "{\"id\":\"medical-assistant\",\"name\":\"B\",\"tagline\":\"t\",\"summary\":\"s\",\"color\":\"#0F766E\",\"icon\":\"a.svg\"}]}";
    Content *c = fixture_parse(two, sizeof two - 1);
    assert_non_null(c);
    assert_int_equal(compare_suggested_pairs(c, pairs), 1);
    assert_int_equal(pairs[0][0], 1);
    assert_int_equal(pairs[0][1], 0);
    content_free(c);
}

static void test_home_button_opens_picker(void **state)
{
    Fixture *f = *state;
    settle(&f->app);
    HomeLayout h = layout_home(&f->app.layout);
    tap_at(&f->app, h.buttons.x + 60.0f, h.buttons.y + h.buttons.h * 0.5f);
    settle(&f->app);
    assert_int_equal(f->app.screen, SCREEN_COMPARE);
    assert_int_equal(f->app.compare.phase, COMPARE_PICK);
    assert_int_equal(f->app.compare.pair_count, 3);
    assert_int_equal(f->app.compare.fixed, -1);
}

static void test_tap_a_pair(void **state)
{
    Fixture *f = *state;
    open_compare(&f->app, -1, -1, 0);
    tap(&f->app, COMPARE_HIT_PAIR, 2);
    assert_int_equal(f->app.compare.phase, COMPARE_VIEW);
    assert_int_equal(f->app.compare.role[0], MA);
    assert_int_equal(f->app.compare.role[1], ADMIN);
    assert_int_equal(f->app.compare.page, 0);
}

static void test_pick_any_two(void **state)
{
    Fixture *f = *state;
    open_compare(&f->app, -1, -1, 0);
    tap(&f->app, COMPARE_HIT_CHIP, PHARMACY);
    assert_int_equal(f->app.compare.phase, COMPARE_PICK);
    assert_int_equal(f->app.compare.picked, PHARMACY);
    /* Tapping the same chip again lets it go. */
    tap(&f->app, COMPARE_HIT_CHIP, PHARMACY);
    assert_int_equal(f->app.compare.picked, -1);
    tap(&f->app, COMPARE_HIT_CHIP, BILLING);
    tap(&f->app, COMPARE_HIT_CHIP, PHARMACY);
    assert_int_equal(f->app.compare.phase, COMPARE_VIEW);
    assert_int_equal(f->app.compare.role[0], BILLING);
    assert_int_equal(f->app.compare.role[1], PHARMACY);
}

static void test_picker_keys(void **state)
{
    Fixture *f = *state;
    open_compare(&f->app, -1, -1, 0);
    app_key(&f->app, KEY_NEXT); /* focus the first pair */
    app_key(&f->app, KEY_NEXT);
    assert_int_equal(f->app.compare.focus, 1);
    app_key(&f->app, KEY_ACTIVATE);
    assert_int_equal(f->app.compare.phase, COMPARE_VIEW);
    assert_int_equal(f->app.compare.role[1], BILLING);
}

/* Entered from a detail screen with one role: only the other is asked for,
 * suggested partners first. */
static void test_entered_with_one_role(void **state)
{
    Fixture *f = *state;
    open_compare(&f->app, MA, -1, 0);
    assert_int_equal(f->app.compare.phase, COMPARE_PICK);
    assert_int_equal(f->app.compare.fixed, MA);
    Rect r;
    CompareHit self = {COMPARE_HIT_CHIP, MA}, first = {COMPARE_HIT_CHIP, CODER};
    CompareHit pair = {COMPARE_HIT_PAIR, 0};
    assert_false(compare_target_rect(&f->app, self, &r));
    assert_false(compare_target_rect(&f->app, pair, &r));
    assert_true(compare_target_rect(&f->app, first, &r));
    app_key(&f->app, KEY_NEXT);
    app_key(&f->app, KEY_ACTIVATE); /* the first chip: the first suggested partner */
    assert_int_equal(f->app.compare.role[0], MA);
    assert_int_equal(f->app.compare.role[1], CODER);
}

static void test_entered_with_two_roles(void **state)
{
    Fixture *f = *state;
    open_compare(&f->app, CODER, PHARMACY, 3);
    assert_int_equal(f->app.compare.phase, COMPARE_VIEW);
    assert_int_equal(f->app.compare.page, 3);
    assert_false(f->app.compare.via_picker);
    /* Not picked here, so Back leaves the screen. */
    app_key(&f->app, KEY_BACK);
    settle(&f->app);
    assert_int_equal(f->app.screen, SCREEN_HOME);
}

static void test_pages_by_keys_clamp(void **state)
{
    Fixture *f = *state;
    open_compare(&f->app, MA, CODER, 0);
    app_key(&f->app, KEY_NEXT);
    settle(&f->app);
    assert_int_equal(f->app.compare.page, 1);
    assert_float_equal(f->app.compare.position, 1.0f, 0.001f);
    for (int i = 0; i < 20; i++)
        app_key(&f->app, KEY_NEXT);
    settle(&f->app);
    assert_int_equal(f->app.compare.page, COMPARE_PAGES - 1);
    assert_float_equal(f->app.compare.position, (float)(COMPARE_PAGES - 1), 0.001f);
    for (int i = 0; i < 20; i++)
        app_key(&f->app, KEY_PREV);
    settle(&f->app);
    assert_int_equal(f->app.compare.page, 0);
    /* The page buttons do the same. */
    tap(&f->app, COMPARE_HIT_NEXT, 0);
    settle(&f->app);
    assert_int_equal(f->app.compare.page, 1);
    tap(&f->app, COMPARE_HIT_PREV, 0);
    settle(&f->app);
    assert_int_equal(f->app.compare.page, 0);
    Rect r;
    CompareHit prev = {COMPARE_HIT_PREV, 0};
    assert_false(compare_target_rect(&f->app, prev, &r)); /* nothing before the first page */
}

static void test_swipes_follow_and_snap(void **state)
{
    Fixture *f = *state;
    open_compare(&f->app, MA, CODER, 0);
    float y = f->app.layout.h * 0.6f, w = (float)f->app.layout.w;
    /* While held, the pages sit under the finger. */
    pointer(&f->app, POINTER_DOWN, 1400.0f, y);
    app_tick(&f->app, f->app.now_ms + 16);
    pointer(&f->app, POINTER_MOVE, 1400.0f - w * 0.25f, y);
    assert_float_equal(f->app.compare.position, 0.25f, 0.01f);
    app_tick(&f->app, f->app.now_ms + 400);
    pointer(&f->app, POINTER_UP, 1400.0f - w * 0.25f, y);
    settle(&f->app);
    assert_int_equal(f->app.compare.page, 0); /* a slow quarter springs back */
    /* A fling turns exactly one page, however hard. */
    swipe(&f->app, 1700.0f, 200.0f, y, 96);
    settle(&f->app);
    assert_int_equal(f->app.compare.page, 1);
    assert_float_equal(f->app.compare.position, 1.0f, 0.001f);
    swipe(&f->app, 600.0f, 1500.0f, y, 160);
    settle(&f->app);
    assert_int_equal(f->app.compare.page, 0);
    /* Past the first page it resists, then springs back. */
    swipe(&f->app, 600.0f, 1500.0f, y, 160);
    settle(&f->app);
    assert_int_equal(f->app.compare.page, 0);
    assert_float_equal(f->app.compare.position, 0.0f, 0.001f);
}

static void test_swap_keeps_the_page(void **state)
{
    Fixture *f = *state;
    open_compare(&f->app, -1, -1, 0);
    tap(&f->app, COMPARE_HIT_PAIR, 0);
    for (int i = 0; i < 4; i++)
        app_key(&f->app, KEY_NEXT);
    settle(&f->app);
    tap(&f->app, COMPARE_HIT_HEADER, 1);
    settle(&f->app);
    assert_int_equal(f->app.compare.chooser, 1);
    /* The role being replaced is not offered. */
    Rect r;
    CompareHit coder = {COMPARE_HIT_CHIP, CODER};
    assert_false(compare_target_rect(&f->app, coder, &r));
    tap(&f->app, COMPARE_HIT_CHIP, PHARMACY);
    settle(&f->app);
    assert_int_equal(f->app.compare.chooser, -1);
    assert_int_equal(f->app.compare.role[0], MA);
    assert_int_equal(f->app.compare.role[1], PHARMACY);
    assert_int_equal(f->app.compare.page, 4);
    assert_float_equal(f->app.compare.position, 4.0f, 0.001f);
    /* Choosing the other side's role swaps the two. */
    tap(&f->app, COMPARE_HIT_HEADER, 0);
    settle(&f->app);
    tap(&f->app, COMPARE_HIT_CHIP, PHARMACY);
    settle(&f->app);
    assert_int_equal(f->app.compare.role[0], PHARMACY);
    assert_int_equal(f->app.compare.role[1], MA);
    assert_int_equal(f->app.compare.page, 4);
}

static void test_back_steps(void **state)
{
    Fixture *f = *state;
    open_compare(&f->app, -1, -1, 0);
    tap(&f->app, COMPARE_HIT_PAIR, 1);
    app_key(&f->app, KEY_NEXT);
    tap(&f->app, COMPARE_HIT_HEADER, 0);
    settle(&f->app);
    /* Back closes the chooser first... */
    app_key(&f->app, KEY_BACK);
    settle(&f->app);
    assert_int_equal(f->app.compare.chooser, -1);
    assert_int_equal(f->app.compare.phase, COMPARE_VIEW);
    /* ...then returns to the picker the roles were chosen in... */
    tap(&f->app, COMPARE_HIT_BACK, 0);
    settle(&f->app);
    assert_int_equal(f->app.screen, SCREEN_COMPARE);
    assert_int_equal(f->app.compare.phase, COMPARE_PICK);
    assert_int_equal(f->app.compare.picked, -1);
    /* ...then leaves. */
    tap(&f->app, COMPARE_HIT_BACK, 0);
    settle(&f->app);
    assert_int_equal(f->app.screen, SCREEN_HOME);
}

static void test_scrim_closes_and_home_goes_home(void **state)
{
    Fixture *f = *state;
    open_compare(&f->app, MA, CODER, 2);
    tap(&f->app, COMPARE_HIT_HEADER, 0);
    settle(&f->app);
    tap_at(&f->app, 4.0f, (float)f->app.layout.h - 4.0f); /* outside the panel */
    settle(&f->app);
    assert_int_equal(f->app.compare.chooser, -1);
    tap(&f->app, COMPARE_HIT_HOME, 0);
    settle(&f->app);
    assert_int_equal(f->app.screen, SCREEN_HOME);
}

static void test_edge_swipe_goes_back(void **state)
{
    Fixture *f = *state;
    open_compare(&f->app, MA, CODER, 2);
    swipe(&f->app, 10.0f, 600.0f, 600.0f, 160);
    settle(&f->app);
    assert_int_equal(f->app.screen, SCREEN_HOME);
}

/* Idle means idle: nothing moves, no timers, the same frame. */
static void test_settles_to_idle(void **state)
{
    Fixture *f = *state;
    open_compare(&f->app, -1, -1, 0);
    assert_false(app_animating(&f->app));
    tap(&f->app, COMPARE_HIT_PAIR, 0);
    app_tick(&f->app, f->app.now_ms + 16);
    assert_true(app_animating(&f->app)); /* headers and bars come in */
    settle(&f->app);
    assert_false(app_animating(&f->app));
    app_draw(&f->app, &f->dl);
    assert_false(app_needs_frame(&f->app));
    assert_int_equal(app_next_wakeup(&f->app), 0);
    size_t count = f->dl.count;
    app_tick(&f->app, f->app.now_ms + 5000);
    assert_false(app_animating(&f->app));
    app_draw(&f->app, &f->dl);
    assert_int_equal(f->dl.count, count);
}

/* Text is never animated: every frame of an entrance draws the same
 * strings as the settled page (bars and alpha move, words do not). */
static void test_entrance_keeps_strings(void **state)
{
    Fixture *f = *state;
    open_compare(&f->app, MA, CODER, 1);
    app_draw(&f->app, &f->dl);
    size_t settled_chars = f->dl.chars_len;
    char *settled = malloc(settled_chars);
    memcpy(settled, f->dl.chars, settled_chars);
    app_key(&f->app, KEY_HOME);
    settle(&f->app);
    app_navigate(&f->app, nav_target(SCREEN_COMPARE, MA, CODER, 1));
    for (int frame = 0; frame < 60; frame++) {
        app_tick(&f->app, f->app.now_ms + 16);
        app_draw(&f->app, &f->dl);
        assert_int_equal(f->dl.chars_len, settled_chars);
        assert_memory_equal(f->dl.chars, settled, settled_chars);
    }
    free(settled);
}

/* Every page of every pair draws, in both orientations, with all text on
 * screen (the fake measurer is wider than real fonts). */
static void test_every_page_draws(void **state)
{
    Fixture *f = *state;
    for (int a = 0; a < 5; a++) {
        int b = (a + 2) % 5;
        open_compare(&f->app, a, b, 0);
        for (int p = 0; p < COMPARE_PAGES; p++) {
            app_draw(&f->app, &f->dl);
            assert_true(f->dl.count > 20);
            for (size_t i = 0; i < f->dl.count; i++) {
                const DrawCmd *cmd = &f->dl.cmds[i];
                if (cmd->kind != DRAW_TEXT || cmd->rect.x > (float)f->app.layout.w ||
                    cmd->rect.x + cmd->rect.w < 0.0f)
                    continue;
                assert_true(cmd->rect.y >= -0.5f);
                assert_true(cmd->rect.y + cmd->block.height <= (float)f->app.layout.h + 0.5f);
            }
            app_key(&f->app, KEY_NEXT);
            settle(&f->app);
        }
    }
}

/* A bundle with more roles than fit: the chips page, by buttons, swipes
 * and keys, and any two of them compare. */
static void test_many_roles_page_their_chips(void **state)
{
    (void)state;
    char json[16384];
    size_t n = (size_t)snprintf(json, sizeof json,
                                "{\"format\":1,\"title\":\"C\",\"subtitle\":\"S\","
                                "\"sources\":[{\"id\":\"s\",\"publisher\":\"P\",\"title\":\"T\","
                                "\"cite\":\"P\",\"year\":2025}],\"careers\":[");
    for (int i = 0; i < 30; i++)
        n += (size_t)snprintf(json + n, sizeof json - n,
                              "%s{\"id\":\"r%d\",\"name\":\"Role number %d\",\"tagline\":\"t\","
                              "\"summary\":\"s\",\"color\":\"#0F766E\",\"icon\":\"i.svg\"}",
                              i ? "," : "", i, i);
    snprintf(json + n, sizeof json - n, "]}");
    Content *c = fixture_parse(json, strlen(json));
    assert_non_null(c);
    TextMeasurer m = fake_measurer();
    App *app = calloc(1, sizeof *app);
    app_init(app, c, &m, 1920, 1080, 1000);
    open_compare(app, -1, -1, 0);
    assert_int_equal(app->compare.pair_count, 0);
    Rect r;
    CompareHit last = {COMPARE_HIT_CHIP, 29}, first = {COMPARE_HIT_CHIP, 0};
    assert_true(compare_target_rect(app, first, &r));
    assert_false(compare_target_rect(app, last, &r)); /* not on the first page */
    swipe(app, 1500.0f, 500.0f, 900.0f, 128);
    settle(app);
    assert_int_equal(app->compare.chip_page, 1);
    assert_false(compare_target_rect(app, first, &r));
    /* Keys bring the chip they reach into view: the first press lands on
     * the first chip, the next wraps round to the last. */
    app_key(app, KEY_PREV);
    app_key(app, KEY_PREV);
    assert_true(compare_target_rect(app, last, &r));
    app_key(app, KEY_ACTIVATE);
    assert_int_equal(app->compare.picked, 29);
    app_key(app, KEY_NEXT);
    assert_true(compare_target_rect(app, first, &r));
    app_key(app, KEY_ACTIVATE);
    assert_int_equal(app->compare.phase, COMPARE_VIEW);
    assert_int_equal(app->compare.role[0], 29);
    assert_int_equal(app->compare.role[1], 0);
    DrawList dl;
    drawlist_init(&dl, &m);
    app_draw(app, &dl);
    drawlist_free(&dl);
    free(app);
    content_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_suggested_pairs, setup, teardown),
        cmocka_unit_test_setup_teardown(test_home_button_opens_picker, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tap_a_pair, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tap_a_pair, setup_portrait, teardown),
        cmocka_unit_test_setup_teardown(test_pick_any_two, setup, teardown),
        cmocka_unit_test_setup_teardown(test_pick_any_two, setup_portrait, teardown),
        cmocka_unit_test_setup_teardown(test_picker_keys, setup, teardown),
        cmocka_unit_test_setup_teardown(test_entered_with_one_role, setup, teardown),
        cmocka_unit_test_setup_teardown(test_entered_with_two_roles, setup, teardown),
        cmocka_unit_test_setup_teardown(test_pages_by_keys_clamp, setup, teardown),
        cmocka_unit_test_setup_teardown(test_swipes_follow_and_snap, setup, teardown),
        cmocka_unit_test_setup_teardown(test_swap_keeps_the_page, setup, teardown),
        cmocka_unit_test_setup_teardown(test_swap_keeps_the_page, setup_portrait, teardown),
        cmocka_unit_test_setup_teardown(test_back_steps, setup, teardown),
        cmocka_unit_test_setup_teardown(test_scrim_closes_and_home_goes_home, setup, teardown),
        cmocka_unit_test_setup_teardown(test_edge_swipe_goes_back, setup, teardown),
        cmocka_unit_test_setup_teardown(test_settles_to_idle, setup, teardown),
        cmocka_unit_test_setup_teardown(test_entrance_keeps_strings, setup, teardown),
        cmocka_unit_test_setup_teardown(test_every_page_draws, setup, teardown),
        cmocka_unit_test_setup_teardown(test_every_page_draws, setup_portrait, teardown),
        cmocka_unit_test(test_many_roles_page_their_chips),
    };
    return cmocka_run_group_tests_name("compare", tests, NULL, NULL);
}
