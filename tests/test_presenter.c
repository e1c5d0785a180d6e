/* Presenter keys on the App with an injected clock and a fake measurer:
 * black/white screens, the keys overlay, number keys, clicker sequences,
 * and none of it in kiosk mode. */
#include "app_fixture.h"

#include <SDL_keycode.h>

#include "app.h"
#include "screens/help.h"
#include "screens/tour_view.h"

/* Four roles with little more than names, at 1920x1080 (app_fixture.h). */
static int setup(void **state)
{
    return fixture_open_four_roles(state);
}

static int teardown(void **state)
{
    return fixture_close(state);
}

/* A key press the way the edge delivers it: SDL key code to action. */
static void press(App *app, int32_t keycode)
{
    app_key(app, keys_action(keycode, 0));
    settle(app);
}

static void tap(App *app, float x, float y)
{
    press_release(app, x, y, 40);
    settle(app);
}

/* The last command drawn is a full-screen opaque rect of `rgb`. */
static bool covered_by(Fixture *f, unsigned rgb)
{
    app_draw(&f->app, &f->dl);
    if (f->dl.count == 0)
        return false;
    const DrawCmd *last = &f->dl.cmds[f->dl.count - 1];
    Color c = color_rgb(rgb);
    return last->kind == DRAW_RECT && last->color.r == c.r && last->color.g == c.g &&
           last->color.b == c.b && last->color.a == 255 && last->rect.w >= 1920.0f &&
           last->rect.h >= 1080.0f;
}

static void test_blackout(void **state)
{
    Fixture *f = *state;
    settle(&f->app);
    assert_false(covered_by(f, 0x000000));
    press(&f->app, SDLK_b);
    assert_int_equal(f->app.cover, COVER_BLACK);
    assert_true(app_needs_frame(&f->app)); /* the cover shows on the next frame */
    assert_true(covered_by(f, 0x000000));
    press(&f->app, SDLK_b); /* the same key again: back to the slide */
    assert_int_equal(f->app.cover, COVER_NONE);
    assert_false(covered_by(f, 0x000000));
    press(&f->app, SDLK_PERIOD); /* '.' too */
    assert_int_equal(f->app.cover, COVER_BLACK);
    press(&f->app, SDLK_PERIOD);
    assert_int_equal(f->app.cover, COVER_NONE);
}

static void test_cover_cleared_by_other_input(void **state)
{
    Fixture *f = *state;
    settle(&f->app);
    int focused = f->app.home.focused;
    press(&f->app, SDLK_b);
    press(&f->app, SDLK_PAGEDOWN); /* clears it; does not also move on unseen */
    assert_int_equal(f->app.cover, COVER_NONE);
    assert_int_equal(f->app.home.focused, focused);
    assert_int_equal(f->app.screen, SCREEN_HOME);
    press(&f->app, SDLK_w);
    assert_int_equal(f->app.cover, COVER_WHITE);
    press(&f->app, SDLK_b); /* white to black at once */
    assert_int_equal(f->app.cover, COVER_BLACK);
    press(&f->app, SDLK_RETURN); /* cleared, and no card opened */
    assert_int_equal(f->app.cover, COVER_NONE);
    assert_int_equal(f->app.home.open, -1);
    press(&f->app, SDLK_b);
    tap(&f->app, 960.0f, 540.0f); /* a touch clears it and presses nothing */
    assert_int_equal(f->app.cover, COVER_NONE);
    assert_int_equal(f->app.screen, SCREEN_HOME);
    assert_int_equal(f->app.home.open, -1);
    press(&f->app, SDLK_b);
    press(&f->app, SDLK_F5); /* a key that maps to nothing leaves it */
    assert_int_equal(f->app.cover, COVER_BLACK);
}

static void test_whiteout(void **state)
{
    Fixture *f = *state;
    settle(&f->app);
    press(&f->app, SDLK_w);
    assert_int_equal(f->app.cover, COVER_WHITE);
    assert_true(covered_by(f, 0xFFFFFF));
    press(&f->app, SDLK_w);
    assert_int_equal(f->app.cover, COVER_NONE);
    assert_false(covered_by(f, 0xFFFFFF));
}

static bool draws_text(Fixture *f, const char *needle)
{
    app_draw(&f->app, &f->dl);
    for (size_t i = 0; i < f->dl.count; i++)
        if (f->dl.cmds[i].kind == DRAW_TEXT &&
            strcmp(drawlist_cmd_text(&f->dl, &f->dl.cmds[i]), needle) == 0)
            return true;
    return false;
}

static void test_help_overlay(void **state)
{
    Fixture *f = *state;
    settle(&f->app);
    assert_false(draws_text(f, "Presenter keys"));
    app_key(&f->app, keys_action(SDLK_SLASH, KMOD_LSHIFT)); /* '?' */
    settle(&f->app);
    assert_true(f->app.help_visible);
    assert_true(draws_text(f, "Presenter keys"));
    assert_true(draws_text(f, "Black screen"));
    assert_true(draws_text(f, "Jump to a career"));
    Rect card = help_card(&f->app);
    assert_true(rect_inside(card, f->app.layout.safe, 0.5f));
    press(&f->app, SDLK_F1); /* toggles off */
    assert_false(f->app.help_visible);
    press(&f->app, SDLK_F1);
    assert_true(f->app.help_visible);
    press(&f->app, SDLK_ESCAPE); /* Esc closes it and stays put */
    assert_false(f->app.help_visible);
    assert_int_equal(f->app.screen, SCREEN_HOME);
    press(&f->app, SDLK_F1);
    tap(&f->app, 100.0f, 900.0f);
    assert_false(f->app.help_visible);
    /* Portrait: the card still fits. */
    app_resize(&f->app, 1080, 1920);
    press(&f->app, SDLK_F1);
    assert_true(rect_inside(help_card(&f->app), f->app.layout.safe, 0.5f));
}

static void test_number_keys(void **state)
{
    Fixture *f = *state;
    settle(&f->app);
    press(&f->app, SDLK_3);
    assert_int_equal(f->app.screen, SCREEN_DETAIL);
    assert_int_equal(f->app.nav.career, 2);
    assert_int_equal(f->app.nav.section, 0);
    press(&f->app, SDLK_1);
    assert_int_equal(f->app.screen, SCREEN_DETAIL);
    assert_int_equal(f->app.nav.career, 0);
    press(&f->app, SDLK_1); /* already there: nothing new on the history */
    int depth = f->app.history_len;
    press(&f->app, SDLK_1);
    assert_int_equal(f->app.history_len, depth);
    press(&f->app, SDLK_9); /* no ninth career: stays */
    assert_int_equal(f->app.nav.career, 0);
    press(&f->app, SDLK_KP_4);
    assert_int_equal(f->app.nav.career, 3);
    press(&f->app, SDLK_ESCAPE); /* back goes to the career before */
    assert_int_equal(f->app.screen, SCREEN_DETAIL);
    assert_int_equal(f->app.nav.career, 0);
    press(&f->app, SDLK_HOME);
    assert_int_equal(f->app.screen, SCREEN_HOME);
}

static void test_clicker_sequence(void **state)
{
    Fixture *f = *state;
    settle(&f->app);
    static const int32_t seq[] = {SDLK_PAGEDOWN, SDLK_PAGEDOWN, SDLK_PAGEDOWN, SDLK_PAGEDOWN,
                                  SDLK_PAGEDOWN, SDLK_F5,       SDLK_ESCAPE,   SDLK_F5,
                                  SDLK_ESCAPE};
    for (int round = 0; round < 3; round++) {
        for (size_t i = 0; i < sizeof seq / sizeof seq[0]; i++) {
            press(&f->app, seq[i]);
            assert_false(f->app.quit_requested);
            assert_true((unsigned)f->app.screen < SCREEN_COUNT);
        }
        press(&f->app, SDLK_RETURN); /* open something, then keep clicking */
        press(&f->app, SDLK_SPACE);
        press(&f->app, SDLK_BACKSPACE);
    }
    assert_false(f->app.quit_requested);
    assert_true(f->app.screen == SCREEN_HOME || f->app.screen == SCREEN_DETAIL);
    /* Ctrl+Q still quits a presenter's app. */
    app_key(&f->app, keys_action(SDLK_q, KMOD_LCTRL));
    assert_true(f->app.quit_requested);
}

static void test_space_moves_on(void **state)
{
    Fixture *f = *state;
    settle(&f->app);
    int focused = f->app.home.focused;
    press(&f->app, SDLK_SPACE);
    assert_int_equal(f->app.home.focused, focused + 1);
    assert_int_equal(f->app.home.open, -1); /* Space no longer opens */
    press(&f->app, SDLK_BACKSPACE);
    assert_int_equal(f->app.home.focused, focused);
    press(&f->app, SDLK_n);
    press(&f->app, SDLK_p);
    assert_int_equal(f->app.home.focused, focused);
}

static void test_fullscreen_request(void **state)
{
    Fixture *f = *state;
    settle(&f->app);
    press(&f->app, SDLK_f);
    assert_true(f->app.fullscreen_toggle_requested);
    assert_int_equal(f->app.screen, SCREEN_HOME);
}

/* T starts the guided tour from anywhere, at its first stop. */
static void test_tour_key(void **state)
{
    Fixture *f = *state;
    settle(&f->app);
    press(&f->app, SDLK_2);
    assert_int_equal(f->app.screen, SCREEN_DETAIL);
    press(&f->app, SDLK_t);
    assert_true(tour_view_running(&f->app));
    assert_int_equal(f->app.screen, SCREEN_TOUR); /* the intro slide */
    press(&f->app, SDLK_RIGHT);
    assert_int_equal(f->app.screen, SCREEN_DETAIL); /* the first career stop */
    assert_int_equal(f->app.nav.career, 0);
    press(&f->app, SDLK_t); /* again: back to the start */
    assert_int_equal(f->app.screen, SCREEN_TOUR);
}

static void test_kiosk_ignores_presenter_keys(void **state)
{
    Fixture *f = *state;
    KioskConfig cfg = {60000u, 10000u};
    app_enable_kiosk(&f->app, &cfg);
    press(&f->app, SDLK_RIGHT); /* wakes the kiosk: a session on home */
    assert_int_equal(f->app.screen, SCREEN_HOME);
    static const int32_t extras[] = {SDLK_b, SDLK_PERIOD, SDLK_w, SDLK_F1, SDLK_QUESTION,
                                     SDLK_f, SDLK_2,      SDLK_3, SDLK_KP_1, SDLK_t};
    for (size_t i = 0; i < sizeof extras / sizeof extras[0]; i++) {
        press(&f->app, extras[i]);
        assert_int_equal(f->app.cover, COVER_NONE);
        assert_false(f->app.help_visible);
        assert_false(f->app.fullscreen_toggle_requested);
        assert_int_equal(f->app.screen, SCREEN_HOME);
        assert_false(tour_view_running(&f->app));
    }
    app_key(&f->app, keys_action(SDLK_q, KMOD_LCTRL));
    assert_false(f->app.quit_requested);
    /* The edge drops them before the app too. */
    for (size_t i = 0; i < sizeof extras / sizeof extras[0]; i++)
        assert_false(kiosk_key_allowed(extras[i], 0));
    assert_false(kiosk_key_allowed(SDLK_F5, 0));
}

static void test_kiosk_clears_presenter_state(void **state)
{
    Fixture *f = *state;
    settle(&f->app);
    press(&f->app, SDLK_b);
    press(&f->app, SDLK_F1);
    KioskConfig cfg = {60000u, 10000u};
    app_enable_kiosk(&f->app, &cfg);
    assert_int_equal(f->app.cover, COVER_NONE);
    assert_false(f->app.help_visible);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_blackout, setup, teardown),
        cmocka_unit_test_setup_teardown(test_cover_cleared_by_other_input, setup, teardown),
        cmocka_unit_test_setup_teardown(test_whiteout, setup, teardown),
        cmocka_unit_test_setup_teardown(test_help_overlay, setup, teardown),
        cmocka_unit_test_setup_teardown(test_number_keys, setup, teardown),
        cmocka_unit_test_setup_teardown(test_clicker_sequence, setup, teardown),
        cmocka_unit_test_setup_teardown(test_space_moves_on, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tour_key, setup, teardown),
        cmocka_unit_test_setup_teardown(test_fullscreen_request, setup, teardown),
        cmocka_unit_test_setup_teardown(test_kiosk_ignores_presenter_keys, setup, teardown),
        cmocka_unit_test_setup_teardown(test_kiosk_clears_presenter_state, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
