/* The home carousel driven by timed pointer events and keys, no renderer. */
#include "app_fixture.h"

#include "app.h"

/* Four roles with little more than names, at 1920x1080 (app_fixture.h). */
static int setup(void **state)
{
    return fixture_open_four_roles(state);
}

static int teardown(void **state)
{
    return fixture_close(state);
}

static void advance(App *app, uint32_t ms)
{
    for (uint32_t t = 0; t < ms; t += 16)
        app_tick(app, app->now_ms + 16);
}

/* A finger moving from (x0,y) to (x1,y) over `ms`, one sample per frame. */
static void swipe(App *app, float x0, float x1, float y, uint32_t ms)
{
    fixture_swipe(app, x0, y, x1, y, ms);
}

static void test_entrance_then_idle(void **state)
{
    Fixture *f = *state;
    app_tick(&f->app, f->app.now_ms);
    assert_true(app_animating(&f->app));
    settle(&f->app);
    assert_false(app_animating(&f->app));
    app_draw(&f->app, &f->dl);
    assert_false(app_needs_frame(&f->app));
    /* Idle: no timers pending, so the loop can sleep in its event wait. */
    assert_int_equal(app_next_wakeup(&f->app), 0);
    app_draw(&f->app, &f->dl);
    app_tick(&f->app, f->app.now_ms + 5000);
    assert_false(app_animating(&f->app));
}

static void test_fling_moves_one_card(void **state)
{
    Fixture *f = *state;
    settle(&f->app);
    swipe(&f->app, 1300.0f, 900.0f, 540.0f, 160);
    settle(&f->app);
    assert_int_equal(f->app.home.focused, 1);
    assert_float_equal(f->app.home.position, 1.0f, 0.001f);
}

static void test_drag_follows_finger(void **state)
{
    Fixture *f = *state;
    settle(&f->app);
    HomeLayout h = layout_home(&f->app.layout);
    float pitch = h.card_w + h.card_gap;
    pointer(&f->app, POINTER_DOWN, 1200.0f, 540.0f);
    app_tick(&f->app, f->app.now_ms + 16);
    pointer(&f->app, POINTER_MOVE, 1200.0f - pitch * 0.25f, 540.0f);
    /* While held, the carousel sits exactly under the finger. */
    assert_float_equal(f->app.home.position, 0.25f, 0.01f);
    app_tick(&f->app, f->app.now_ms + 400); /* hold still, then let go slowly */
    pointer(&f->app, POINTER_UP, 1200.0f - pitch * 0.25f, 540.0f);
    settle(&f->app);
    assert_int_equal(f->app.home.focused, 0); /* a quarter card springs back */
    assert_float_equal(f->app.home.position, 0.0f, 0.001f);
}

/* On a very wide screen four cards cannot fill a lap, so the carousel has
 * ends and resists being dragged past them. */
static void test_rubber_band_at_the_start(void **state)
{
    Fixture *f = *state;
    app_resize(&f->app, 3840, 1080);
    settle(&f->app);
    pointer(&f->app, POINTER_DOWN, 600.0f, 540.0f);
    app_tick(&f->app, f->app.now_ms + 16);
    pointer(&f->app, POINTER_MOVE, 1200.0f, 540.0f);
    assert_true(f->app.home.position < 0.0f);
    assert_true(f->app.home.position > -0.5f); /* resists: less than the finger moved */
    pointer(&f->app, POINTER_UP, 1200.0f, 540.0f);
    settle(&f->app);
    assert_int_equal(f->app.home.focused, 0);
}

static void test_tap_opens_and_escape_closes(void **state)
{
    Fixture *f = *state;
    settle(&f->app);
    pointer(&f->app, POINTER_DOWN, 960.0f, 560.0f);
    assert_int_equal(f->app.home.pressed, 0); /* feedback on touch-down */
    app_tick(&f->app, f->app.now_ms + 50);
    pointer(&f->app, POINTER_UP, 960.0f, 560.0f);
    assert_int_equal(f->app.home.open, 0);
    settle(&f->app);
    assert_float_equal(tween_value(&f->app.home.expand, f->app.now_ms), 1.0f, 0.001f);
    app_key(&f->app, KEY_BACK);
    advance(&f->app, 100);
    assert_int_equal(f->app.home.open, 0); /* still shrinking */
    settle(&f->app);
    assert_int_equal(f->app.home.open, -1);
}

static void test_back_button_and_edge_swipe_close(void **state)
{
    Fixture *f = *state;
    settle(&f->app);
    app_key(&f->app, KEY_ACTIVATE);
    settle(&f->app);
    HomeLayout h = layout_home(&f->app.layout);
    float bx = h.back_button.x + h.back_button.w / 2, by = h.back_button.y + h.back_button.h / 2;
    pointer(&f->app, POINTER_DOWN, bx, by);
    app_tick(&f->app, f->app.now_ms + 40);
    pointer(&f->app, POINTER_UP, bx, by);
    settle(&f->app);
    assert_int_equal(f->app.home.open, -1);

    app_key(&f->app, KEY_ACTIVATE);
    settle(&f->app);
    swipe(&f->app, 5.0f, 600.0f, 540.0f, 150);
    settle(&f->app);
    assert_int_equal(f->app.home.open, -1);
}

static void test_side_card_tap_opens_that_card(void **state)
{
    Fixture *f = *state;
    settle(&f->app);
    HomeLayout h = layout_home(&f->app.layout);
    Rect second = layout_home_card(&h, &f->app.layout, 1, 0.0f);
    float x = second.x + 40.0f, y = second.y + second.h / 2;
    assert_true(x < 1920.0f);
    pointer(&f->app, POINTER_DOWN, x, y);
    app_tick(&f->app, f->app.now_ms + 40);
    pointer(&f->app, POINTER_UP, x, y);
    assert_int_equal(f->app.home.open, 1);
    settle(&f->app);
    assert_int_equal(f->app.home.focused, 1);
}

static void test_keys_clamp_at_the_ends(void **state)
{
    Fixture *f = *state;
    app_resize(&f->app, 3840, 1080);
    settle(&f->app);
    for (int i = 0; i < 6; i++)
        app_key(&f->app, KEY_NEXT);
    settle(&f->app);
    assert_int_equal(f->app.home.focused, 3);
    app_key(&f->app, KEY_PREV);
    settle(&f->app);
    assert_int_equal(f->app.home.focused, 2);
    app_key(&f->app, KEY_HOME);
    settle(&f->app);
    assert_int_equal(f->app.home.focused, 0);
    app_key(&f->app, KEY_QUIT);
    assert_true(f->app.quit_requested);
}

/* At 1920x1080 four cards fill a lap: the carousel wraps around. */
static void test_carousel_wraps_around(void **state)
{
    Fixture *f = *state;
    settle(&f->app);
    app_key(&f->app, KEY_PREV);
    settle(&f->app);
    assert_int_equal(f->app.home.focused, 3);
    assert_float_equal(f->app.home.position, 3.0f, 0.001f); /* folded back into range */
    for (int i = 0; i < 6; i++)
        app_key(&f->app, KEY_NEXT);
    settle(&f->app);
    assert_int_equal(f->app.home.focused, 1); /* 3 + 6 = 9 = 1 after two laps */
    /* The last card sits left of the first: both neighbours are always there. */
    HomeLayout h = layout_home(&f->app.layout);
    app_key(&f->app, KEY_HOME);
    settle(&f->app);
    float off = layout_home_offset(3, f->app.home.position, 4, true);
    assert_float_equal(off, -1.0f, 0.001f);
    assert_true(layout_home_wraps(&h, &f->app.layout, 4));
    assert_false(layout_home_wraps(&h, &f->app.layout, 2));
}

static void test_fast_fling_still_moves_one_card(void **state)
{
    Fixture *f = *state;
    settle(&f->app);
    /* A short, very fast flick: far more momentum than one card's worth. */
    swipe(&f->app, 1100.0f, 800.0f, 540.0f, 48);
    settle(&f->app);
    assert_int_equal(f->app.home.focused, 1);
    swipe(&f->app, 800.0f, 1100.0f, 540.0f, 48);
    settle(&f->app);
    assert_int_equal(f->app.home.focused, 0);
}

/* Card -> detail -> compare, then Home: home stays home (the card that was
 * opened on the way out must not hand over to its detail again). */
static void test_home_from_deeper_screens_stays_home(void **state)
{
    Fixture *f = *state;
    settle(&f->app);
    app_key(&f->app, KEY_NEXT);
    settle(&f->app);
    app_key(&f->app, KEY_ACTIVATE);
    settle(&f->app);
    assert_int_equal(f->app.screen, SCREEN_DETAIL);
    app_navigate(&f->app, nav_target(SCREEN_COMPARE, 1, -1, 0));
    settle(&f->app);
    assert_int_equal(f->app.screen, SCREEN_COMPARE);
    app_key(&f->app, KEY_HOME);
    settle(&f->app);
    assert_int_equal(f->app.screen, SCREEN_HOME);
    assert_int_equal(f->app.home.open, -1);
    assert_int_equal(f->app.home.focused, 1); /* the carousel kept its place */
}

static void test_touch_outside_cards_does_nothing(void **state)
{
    Fixture *f = *state;
    settle(&f->app);
    pointer(&f->app, POINTER_DOWN, 5.0f, 5.0f);
    app_tick(&f->app, f->app.now_ms + 40);
    pointer(&f->app, POINTER_UP, 5.0f, 5.0f);
    assert_int_equal(f->app.home.open, -1);
    /* Far outside the screen: clamping is the edge's job, but nothing breaks. */
    pointer(&f->app, POINTER_DOWN, -5000.0f, 99999.0f);
    pointer(&f->app, POINTER_UP, -5000.0f, 99999.0f);
    settle(&f->app);
    assert_int_equal(f->app.home.open, -1);
    assert_int_equal(f->app.home.focused, 0);
}

static const DrawCmd *find_text(const DrawList *dl, const char *text)
{
    for (size_t c = 0; c < dl->count; c++)
        if (dl->cmds[c].kind == DRAW_TEXT && strcmp(drawlist_cmd_text(dl, &dl->cmds[c]), text) == 0)
            return &dl->cmds[c];
    return NULL;
}

static bool overlaps(Rect a, Rect b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

static void tap(App *app, float x, float y)
{
    press_release(app, x, y, 40);
}

/* The language toggle at the top right names the other language, flips
 * app->lang when tapped anywhere in its touch target, and stays clear of
 * the title, in landscape and portrait alike. */
static void test_language_toggle(void **state)
{
    Fixture *f = *state;
    static const int sizes[][2] = {{1920, 1080}, {1080, 1920}, {1024, 768}};
    for (size_t i = 0; i < 3; i++) {
        app_resize(&f->app, sizes[i][0], sizes[i][1]);
        f->app.lang = LANG_EN;
        settle(&f->app);
        app_draw(&f->app, &f->dl);
        const DrawCmd *label = find_text(&f->dl, "Espa\xC3\xB1ol");
        assert_non_null(label);
        const DrawCmd *title = find_text(&f->dl, "Careers");
        assert_non_null(title);
        Rect used = rect_make(title->rect.x, title->rect.y, title->block.width, title->block.height);
        Rect lab = rect_make(label->rect.x, label->rect.y, label->block.width, label->block.height);
        assert_false(overlaps(used, lab));
        float cx = lab.x + lab.w * 0.5f, cy = lab.y + lab.h * 0.5f;
        assert_true(cx > (float)sizes[i][0] * 0.5f);   /* right half */
        assert_true(cy < (float)sizes[i][1] * 0.15f);  /* in the header */
        /* A touch target 96 design units high: the pill is as tall as the
         * title line, and its target reaches 44 units below the label. */
        float s = f->app.layout.s;
        f->app.dirty = false;
        tap(&f->app, cx, cy + 44.0f * s);
        assert_int_equal(f->app.lang, LANG_ES);
        assert_true(f->app.dirty);
        assert_int_equal(f->app.home.open, -1); /* no card opened, still home */
        assert_int_equal(f->app.screen, SCREEN_HOME);
        settle(&f->app);
        app_draw(&f->app, &f->dl);
        const DrawCmd *back = find_text(&f->dl, "English");
        assert_non_null(back);
        assert_null(find_text(&f->dl, "Espa\xC3\xB1ol"));
        tap(&f->app, back->rect.x + back->block.width * 0.5f,
            back->rect.y + back->block.height * 0.5f + 44.0f * s);
        assert_int_equal(f->app.lang, LANG_EN);
    }
}

/* Every text command lies on screen, at all four product sizes. */
static void test_draw_stays_on_screen(void **state)
{
    Fixture *f = *state;
    static const int sizes[][2] = {{1920, 1080}, {1280, 800}, {1024, 768}, {1080, 1920}};
    for (size_t i = 0; i < 4; i++) {
        app_resize(&f->app, sizes[i][0], sizes[i][1]);
        settle(&f->app);
        app_draw(&f->app, &f->dl);
        size_t texts = 0;
        for (size_t c = 0; c < f->dl.count; c++) {
            const DrawCmd *cmd = &f->dl.cmds[c];
            if (cmd->kind != DRAW_TEXT)
                continue;
            texts++;
            Rect used = rect_make(cmd->rect.x, cmd->rect.y, cmd->block.width, cmd->block.height);
            bool centred_card = cmd->rect.x >= 0.0f && cmd->rect.x < (float)sizes[i][0];
            if (centred_card)
                assert_true(used.y + used.h <= (float)sizes[i][1] + 0.5f);
        }
        assert_true(texts >= 8);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_entrance_then_idle, setup, teardown),
        cmocka_unit_test_setup_teardown(test_fling_moves_one_card, setup, teardown),
        cmocka_unit_test_setup_teardown(test_drag_follows_finger, setup, teardown),
        cmocka_unit_test_setup_teardown(test_rubber_band_at_the_start, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tap_opens_and_escape_closes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_back_button_and_edge_swipe_close, setup, teardown),
        cmocka_unit_test_setup_teardown(test_side_card_tap_opens_that_card, setup, teardown),
        cmocka_unit_test_setup_teardown(test_keys_clamp_at_the_ends, setup, teardown),
        cmocka_unit_test_setup_teardown(test_touch_outside_cards_does_nothing, setup, teardown),
        cmocka_unit_test_setup_teardown(test_carousel_wraps_around, setup, teardown),
        cmocka_unit_test_setup_teardown(test_home_from_deeper_screens_stays_home, setup, teardown),
        cmocka_unit_test_setup_teardown(test_fast_fling_still_moves_one_card, setup, teardown),
        cmocka_unit_test_setup_teardown(test_draw_stays_on_screen, setup, teardown),
        cmocka_unit_test_setup_teardown(test_language_toggle, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
