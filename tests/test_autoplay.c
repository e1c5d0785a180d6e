/* autoplay: the "advance every N seconds" timer on an injected clock. */
#include "test_support.h"

#include "autoplay.h"

static void test_stopped_by_default(void **state)
{
    (void)state;
    Autoplay a = autoplay_make(6000);
    assert_false(a.playing);
    assert_int_equal(autoplay_next_wakeup(&a), 0);
    assert_false(autoplay_poll(&a, 1000000));
    Autoplay zero = autoplay_make(0);
    assert_int_equal(zero.interval_ms, 1);
}

static void test_advances_once_per_interval(void **state)
{
    (void)state;
    Autoplay a = autoplay_make(6000);
    autoplay_play(&a, 1000);
    assert_int_equal(autoplay_next_wakeup(&a), 7000);
    assert_false(autoplay_poll(&a, 6999));
    assert_true(autoplay_poll(&a, 7000));
    assert_false(autoplay_poll(&a, 7000)); /* once */
    assert_int_equal(autoplay_next_wakeup(&a), 13000);
    /* A frame late keeps the beat: the next one is still due at 19000. */
    assert_true(autoplay_poll(&a, 13016));
    assert_int_equal(autoplay_next_wakeup(&a), 19000);
}

/* Waking a minute late advances once, then waits a full interval. */
static void test_late_poll_never_bursts(void **state)
{
    (void)state;
    Autoplay a = autoplay_make(6000);
    autoplay_play(&a, 0);
    assert_true(autoplay_poll(&a, 60000));
    assert_false(autoplay_poll(&a, 60000));
    assert_int_equal(autoplay_next_wakeup(&a), 66000);
}

static void test_restart_stop_toggle(void **state)
{
    (void)state;
    Autoplay a = autoplay_make(5000);
    autoplay_restart(&a, 100); /* stopped: nothing happens */
    assert_false(a.playing);
    autoplay_toggle(&a, 100);
    assert_true(a.playing);
    assert_int_equal(autoplay_next_wakeup(&a), 5100);
    autoplay_restart(&a, 4000); /* a manual step: a full interval again */
    assert_int_equal(autoplay_next_wakeup(&a), 9000);
    assert_false(autoplay_poll(&a, 5100));
    autoplay_toggle(&a, 6000);
    assert_false(a.playing);
    assert_int_equal(autoplay_next_wakeup(&a), 0);
    assert_false(autoplay_poll(&a, 99999));
    autoplay_play(&a, 10);
    autoplay_stop(&a);
    assert_false(autoplay_poll(&a, 99999));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stopped_by_default),
        cmocka_unit_test(test_advances_once_per_interval),
        cmocka_unit_test(test_late_poll_never_bursts),
        cmocka_unit_test(test_restart_stop_toggle),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
