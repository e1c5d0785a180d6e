#include "test_support.h"

#include <math.h>

#include "tween.h"

static void test_value_at_start_mid_end(void **state)
{
    (void)state;
    Tween tw = tween_make(10.0f, 110.0f, 1000, 200, EASE_LINEAR);
    assert_true(tween_value(&tw, 1000) == 10.0f);
    assert_float_equal(tween_value(&tw, 1050), 35.0f, 1e-4);
    assert_float_equal(tween_value(&tw, 1100), 60.0f, 1e-4);
    assert_true(tween_value(&tw, 1200) == 110.0f);
    assert_true(tween_value(&tw, 999999) == 110.0f);
}

static void test_before_start_reads_from(void **state)
{
    (void)state;
    Tween tw = tween_make(-5.0f, 5.0f, 500, 100, EASE_OUT_CUBIC);
    assert_true(tween_value(&tw, 0) == -5.0f);
    assert_true(tween_value(&tw, 499) == -5.0f);
    assert_false(tween_done(&tw, 0));
}

static void test_easing_is_applied(void **state)
{
    (void)state;
    Tween tw = tween_make(0.0f, 100.0f, 0, 100, EASE_OUT_CUBIC);
    /* out-cubic at half time is 87.5% of the way. */
    assert_float_equal(tween_value(&tw, 50), 87.5f, 1e-3);
    assert_float_equal(tween_progress(&tw, 50), 0.5f, 1e-6);
}

static void test_done_exactly_at_end(void **state)
{
    (void)state;
    Tween tw = tween_make(0.0f, 1.0f, 100, 250, EASE_LINEAR);
    assert_false(tween_done(&tw, 349));
    assert_true(tween_done(&tw, 350));
    assert_int_equal(tween_end_ms(&tw), 350);
}

static void test_zero_duration_jumps(void **state)
{
    (void)state;
    Tween tw = tween_make(3.0f, 9.0f, 40, 0, EASE_OUT_BACK);
    assert_true(tween_value(&tw, 39) == 3.0f);
    assert_true(tween_value(&tw, 40) == 9.0f);
    assert_true(tween_done(&tw, 40));
}

static void test_large_clock_values(void **state)
{
    (void)state;
    /* 30 days of uptime: progress must still resolve single milliseconds. */
    uint64_t start = 30ull * 24 * 3600 * 1000;
    Tween tw = tween_make(0.0f, 1000.0f, start, 1000, EASE_LINEAR);
    assert_float_equal(tween_value(&tw, start + 1), 1.0f, 1e-3);
    assert_float_equal(tween_value(&tw, start + 999), 999.0f, 1e-2);
}

static void test_still(void **state)
{
    (void)state;
    Tween tw = tween_still(4.0f);
    assert_true(tween_value(&tw, 0) == 4.0f);
    assert_true(tween_done(&tw, 0));
}

static void test_retarget_is_continuous(void **state)
{
    (void)state;
    Tween tw = tween_make(0.0f, 100.0f, 0, 400, EASE_OUT_CUBIC);
    float before = tween_value(&tw, 120);
    Tween re = tween_retarget(&tw, -50.0f, 120, 300);
    assert_float_equal(tween_value(&re, 120), before, 1e-4);
    assert_true(re.to == -50.0f);
    assert_int_equal(re.start_ms, 120);
    assert_int_equal(re.duration_ms, 300);
    assert_true(tween_value(&re, 420) == -50.0f);
    /* Moving towards the new target right away. */
    assert_true(tween_value(&re, 140) < before);
}

static void test_retarget_same_target_keeps_running(void **state)
{
    (void)state;
    Tween tw = tween_make(0.0f, 100.0f, 0, 400, EASE_LINEAR);
    Tween re = tween_retarget(&tw, 100.0f, 200, 400);
    assert_int_equal(re.start_ms, 0);
    assert_true(tween_done(&re, 400));
}

static void test_retarget_after_done_starts_from_end(void **state)
{
    (void)state;
    Tween tw = tween_make(0.0f, 100.0f, 0, 100, EASE_LINEAR);
    Tween re = tween_retarget(&tw, 0.0f, 500, 100);
    assert_true(re.from == 100.0f);
    assert_float_equal(tween_value(&re, 550), 50.0f, 1e-3);
}

static void test_stagger(void **state)
{
    (void)state;
    assert_int_equal(tween_stagger_start(1000, 0, 40), 1000);
    assert_int_equal(tween_stagger_start(1000, 3, 40), 1120);
    assert_int_equal(tween_stagger_start(1000, -2, 40), 1000);
    assert_true(tween_stagger_start(UINT64_MAX - 5, 10, 40) == UINT64_MAX);
    /* Items of a staggered entrance are at different points at one instant. */
    Tween a = tween_make(0.0f, 1.0f, tween_stagger_start(0, 0, 50), 200, EASE_LINEAR);
    Tween b = tween_make(0.0f, 1.0f, tween_stagger_start(0, 2, 50), 200, EASE_LINEAR);
    assert_float_equal(tween_value(&a, 150), 0.75f, 1e-5);
    assert_float_equal(tween_value(&b, 150), 0.25f, 1e-5);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_value_at_start_mid_end),
        cmocka_unit_test(test_before_start_reads_from),
        cmocka_unit_test(test_easing_is_applied),
        cmocka_unit_test(test_done_exactly_at_end),
        cmocka_unit_test(test_zero_duration_jumps),
        cmocka_unit_test(test_large_clock_values),
        cmocka_unit_test(test_still),
        cmocka_unit_test(test_retarget_is_continuous),
        cmocka_unit_test(test_retarget_same_target_keeps_running),
        cmocka_unit_test(test_retarget_after_done_starts_from_end),
        cmocka_unit_test(test_stagger),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
