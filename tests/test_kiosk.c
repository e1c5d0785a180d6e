/* The kiosk policy on an injected clock: a simulated day runs in milliseconds. */
#include "test_support.h"

#include <SDL_keycode.h>

#include "kiosk.h"

static KioskState fresh(void)
{
    KioskState k;
    KioskConfig c = {60000u, 10000u};
    kiosk_init(&k, &c, 0);
    return k;
}

static void test_touch_in_attract_starts_a_session(void **state)
{
    (void)state;
    KioskState k = fresh();
    assert_int_equal(k.phase, KIOSK_ATTRACT);
    assert_int_equal(kiosk_next_deadline(&k), 0); /* attract: sleep until touched */
    assert_int_equal(kiosk_input(&k, 5000), KIOSK_START_SESSION);
    assert_int_equal(k.phase, KIOSK_ACTIVE);
    assert_int_equal(kiosk_input(&k, 6000), KIOSK_NOTHING);
}

static void test_idle_warns_then_resets(void **state)
{
    (void)state;
    KioskState k = fresh();
    kiosk_input(&k, 1000);
    assert_int_equal(kiosk_tick(&k, 60999), KIOSK_NOTHING);
    assert_int_equal(kiosk_next_deadline(&k), 61000);
    assert_int_equal(kiosk_tick(&k, 61000), KIOSK_SHOW_WARNING);
    assert_int_equal(kiosk_warning_seconds_left(&k, 61000), 10);
    assert_int_equal(kiosk_warning_seconds_left(&k, 69500), 2);
    assert_int_equal(kiosk_tick(&k, 70999), KIOSK_NOTHING);
    assert_int_equal(kiosk_tick(&k, 71000), KIOSK_END_SESSION);
    assert_int_equal(k.phase, KIOSK_ATTRACT);
}

static void test_touch_during_warning_keeps_the_visitor(void **state)
{
    (void)state;
    KioskState k = fresh();
    kiosk_input(&k, 0);
    kiosk_tick(&k, 60000);
    assert_int_equal(kiosk_input(&k, 65000), KIOSK_HIDE_WARNING);
    assert_int_equal(k.phase, KIOSK_ACTIVE);
    /* The idle clock starts again from that touch. */
    assert_int_equal(kiosk_tick(&k, 124999), KIOSK_NOTHING);
    assert_int_equal(kiosk_tick(&k, 125000), KIOSK_SHOW_WARNING);
}

static void test_session_length_ends_at_last_touch(void **state)
{
    (void)state;
    KioskState k = fresh();
    kiosk_input(&k, 10000);  /* starts the session */
    kiosk_input(&k, 100000); /* last touch */
    kiosk_tick(&k, 160000);
    assert_int_equal(kiosk_tick(&k, 170000), KIOSK_END_SESSION);
    assert_int_equal(kiosk_session_length(&k, 170000), 90000);
}

/* A whole fair day: a visitor every ten minutes, each using it for a minute
 * and walking away mid-way. Every visit gets exactly one start and one end. */
static void test_simulated_day(void **state)
{
    (void)state;
    KioskState k = fresh();
    int starts = 0, ends = 0, warnings = 0;
    for (uint64_t t = 0; t < 10ull * 3600 * 1000; t += 250) {
        bool visitor_here = (t % 600000) < 60000;
        if (visitor_here && t % 5000 == 0) {
            KioskAction a = kiosk_input(&k, t);
            starts += a == KIOSK_START_SESSION;
        }
        KioskAction a = kiosk_tick(&k, t);
        warnings += a == KIOSK_SHOW_WARNING;
        ends += a == KIOSK_END_SESSION;
    }
    assert_int_equal(starts, 60);
    assert_int_equal(warnings, 60);
    assert_int_equal(ends, 60);
}

static void test_lockdown_keys(void **state)
{
    (void)state;
    assert_false(kiosk_key_allowed(SDLK_F4, KMOD_LALT));
    assert_false(kiosk_key_allowed(SDLK_ESCAPE, 0));
    assert_false(kiosk_key_allowed(SDLK_q, KMOD_LCTRL));
    assert_false(kiosk_key_allowed(SDLK_w, KMOD_RCTRL));
    assert_false(kiosk_key_allowed(SDLK_F11, 0));
    assert_false(kiosk_key_allowed(SDLK_TAB, KMOD_LALT));
    assert_false(kiosk_key_allowed(SDLK_RIGHT, KMOD_LGUI));
    assert_true(kiosk_key_allowed(SDLK_RIGHT, 0));
    assert_true(kiosk_key_allowed(SDLK_SPACE, 0));
    assert_true(kiosk_key_allowed(SDLK_RIGHT, KMOD_LSHIFT));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_touch_in_attract_starts_a_session),
        cmocka_unit_test(test_idle_warns_then_resets),
        cmocka_unit_test(test_touch_during_warning_keeps_the_visitor),
        cmocka_unit_test(test_session_length_ends_at_last_touch),
        cmocka_unit_test(test_simulated_day),
        cmocka_unit_test(test_lockdown_keys),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
