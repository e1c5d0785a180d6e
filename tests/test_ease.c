#include "test_support.h"

#include <math.h>

#include "ease.h"

static void test_endpoints_exact(void **state)
{
    (void)state;
    for (int k = 0; k < EASE_COUNT; k++) {
        assert_true(ease_apply((EaseKind)k, 0.0f) == 0.0f);
        assert_true(ease_apply((EaseKind)k, 1.0f) == 1.0f);
    }
}

static void test_clamps_outside_range(void **state)
{
    (void)state;
    for (int k = 0; k < EASE_COUNT; k++) {
        assert_true(ease_apply((EaseKind)k, -0.5f) == 0.0f);
        assert_true(ease_apply((EaseKind)k, 7.0f) == 1.0f);
        assert_true(ease_apply((EaseKind)k, NAN) == 0.0f);
        assert_true(ease_apply((EaseKind)k, INFINITY) == 1.0f);
    }
}

static void test_linear_is_identity(void **state)
{
    (void)state;
    assert_float_equal(ease_apply(EASE_LINEAR, 0.25f), 0.25f, 1e-6);
    assert_float_equal(ease_apply(EASE_LINEAR, 0.8f), 0.8f, 1e-6);
}

static void test_out_cubic_monotonic_and_front_loaded(void **state)
{
    (void)state;
    float prev = 0.0f;
    for (int i = 1; i <= 1000; i++) {
        float v = ease_apply(EASE_OUT_CUBIC, (float)i / 1000.0f);
        /* Strict while float can still resolve the tail's tiny steps. */
        if (i <= 900)
            assert_true(v > prev);
        else
            assert_true(v >= prev);
        prev = v;
    }
    /* Ease-out covers most of the distance early: 1 - 0.5^3. */
    assert_float_equal(ease_apply(EASE_OUT_CUBIC, 0.5f), 0.875f, 1e-6);
}

static void test_in_out_cubic_symmetric(void **state)
{
    (void)state;
    assert_true(ease_apply(EASE_IN_OUT_CUBIC, 0.5f) == 0.5f);
    for (int i = 1; i < 10; i++) {
        float t = (float)i / 20.0f;
        float a = ease_apply(EASE_IN_OUT_CUBIC, t);
        float b = ease_apply(EASE_IN_OUT_CUBIC, 1.0f - t);
        assert_float_equal(a + b, 1.0f, 1e-5);
        assert_true(a < t); /* slow start */
    }
}

static void test_out_back_overshoots(void **state)
{
    (void)state;
    float peak = 0.0f;
    for (int i = 0; i <= 100; i++) {
        float v = ease_apply(EASE_OUT_BACK, (float)i / 100.0f);
        peak = v > peak ? v : peak;
    }
    assert_true(peak > 1.05f);
    assert_true(peak < 1.15f);
}

static void test_out_quint_and_in_cubic_shapes(void **state)
{
    (void)state;
    assert_true(ease_apply(EASE_OUT_QUINT, 0.3f) > ease_apply(EASE_OUT_CUBIC, 0.3f));
    assert_float_equal(ease_apply(EASE_IN_CUBIC, 0.5f), 0.125f, 1e-6);
}

static void test_unknown_kind_is_linear(void **state)
{
    (void)state;
    assert_float_equal(ease_apply((EaseKind)99, 0.3f), 0.3f, 1e-6);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_endpoints_exact),
        cmocka_unit_test(test_clamps_outside_range),
        cmocka_unit_test(test_linear_is_identity),
        cmocka_unit_test(test_out_cubic_monotonic_and_front_loaded),
        cmocka_unit_test(test_in_out_cubic_symmetric),
        cmocka_unit_test(test_out_back_overshoots),
        cmocka_unit_test(test_out_quint_and_in_cubic_shapes),
        cmocka_unit_test(test_unknown_kind_is_linear),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
