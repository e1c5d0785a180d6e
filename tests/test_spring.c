#include "test_support.h"

#include <math.h>

#include "spring.h"

#define POS_EPS 0.001f
#define VEL_EPS 0.01f

static void test_make_critical(void **state)
{
    (void)state;
    Spring s = spring_make(0.0f, 1.0f, 400.0f, 1.0f);
    assert_float_equal(s.damping, 40.0f, 1e-4);
    assert_true(s.vel == 0.0f);
    assert_float_equal(spring_critical_damping(100.0f), 20.0f, 1e-5);
}

/* Steps in dt_ms frames until settled; returns elapsed ms or -1. */
static int run_until_settled(Spring *s, uint32_t dt_ms, int limit_ms)
{
    for (int t = 0; t <= limit_ms; t += (int)dt_ms) {
        if (spring_settle(s, POS_EPS, VEL_EPS))
            return t;
        spring_step(s, dt_ms);
    }
    return -1;
}

static void test_converges_from_release_velocity(void **state)
{
    (void)state;
    /* Card 0 flung towards card 1 at 3 cards/s. */
    Spring s = spring_make(0.2f, 1.0f, 170.0f, 1.0f);
    s.vel = 3.0f;
    int t = run_until_settled(&s, 16, 2000);
    assert_true(t > 0);
    assert_true(t <= 1000);
    assert_true(s.pos == 1.0f);
    assert_true(s.vel == 0.0f);
}

static void test_critical_does_not_overshoot_from_rest(void **state)
{
    (void)state;
    Spring s = spring_make(0.0f, 1.0f, 300.0f, 1.0f);
    for (int i = 0; i < 2000; i++) {
        spring_step(&s, 1);
        assert_true(s.pos <= 1.0f + 1e-4f);
    }
}

static void test_underdamped_overshoots(void **state)
{
    (void)state;
    Spring s = spring_make(0.0f, 1.0f, 300.0f, 0.3f);
    float peak = 0.0f;
    for (int i = 0; i < 1000; i++) {
        spring_step(&s, 1);
        peak = s.pos > peak ? s.pos : peak;
    }
    assert_true(peak > 1.1f);
}

static void test_frame_rate_independent(void **state)
{
    (void)state;
    Spring a = spring_make(0.0f, 4.0f, 200.0f, 0.7f);
    a.vel = -6.0f;
    Spring b = a, c = a;
    for (int i = 0; i < 30; i++)
        spring_step(&a, 16);
    for (int i = 0; i < 30 * 16; i++)
        spring_step(&b, 1);
    for (int i = 0; i < 30 * 16 / 6; i++) /* 80 frames of an uneven mix */
        spring_step(&c, i % 2 ? 2 : 10);
    assert_float_equal(a.pos, b.pos, 1e-5);
    assert_float_equal(a.vel, b.vel, 1e-4);
    assert_float_equal(a.pos, c.pos, 1e-5);
    /* And it has genuinely moved, so the comparison means something. */
    assert_true(fabsf(a.pos) > 0.5f);
}

static void test_settled_query_is_pure(void **state)
{
    (void)state;
    Spring s = {1.0005f, 0.001f, 1.0f, 100.0f, 20.0f};
    assert_true(spring_settled(&s, POS_EPS, VEL_EPS));
    assert_true(s.pos == 1.0005f);
    assert_false(spring_settled(&s, 0.0001f, VEL_EPS));
    Spring moving = {1.0f, 0.5f, 1.0f, 100.0f, 20.0f};
    assert_false(spring_settled(&moving, POS_EPS, VEL_EPS));
    assert_false(spring_settle(&moving, POS_EPS, VEL_EPS));
    assert_true(moving.vel == 0.5f);
}

static void test_bad_state_and_long_gap_snap(void **state)
{
    (void)state;
    Spring s = spring_make(NAN, 2.0f, 100.0f, 1.0f);
    spring_step(&s, 16);
    assert_true(s.pos == 2.0f && s.vel == 0.0f);
    Spring far = spring_make(0.0f, 3.0f, 100.0f, 1.0f);
    spring_step(&far, SPRING_MAX_STEP_MS + 1);
    assert_true(far.pos == 3.0f && far.vel == 0.0f);
    /* Absurd stiffness is clamped to stay stable, not blow up. */
    Spring stiff = spring_make(0.0f, 1.0f, 1e9f, 1.0f);
    for (int i = 0; i < 100; i++)
        spring_step(&stiff, 16);
    assert_true(isfinite(stiff.pos));
    assert_float_equal(stiff.pos, 1.0f, 1e-3);
}

static void test_snap_without_fling_rounds(void **state)
{
    (void)state;
    assert_int_equal(spring_snap_index(2.4f, 0.0f, 5, 2), 2);
    assert_int_equal(spring_snap_index(2.6f, 0.0f, 5, 2), 3);
    assert_int_equal(spring_snap_index(-0.4f, 0.0f, 5, 2), 0);
    assert_int_equal(spring_snap_index(7.0f, 0.0f, 5, 2), 4);
}

static void test_snap_fling_goes_with_velocity(void **state)
{
    (void)state;
    /* Slightly dragged, but a flick still turns the page each way. */
    assert_int_equal(spring_snap_index(2.1f, 0.001f, 5, 2), 3);
    assert_int_equal(spring_snap_index(2.1f, -0.001f, 5, 2), 2);
    assert_int_equal(spring_snap_index(2.0f, -0.001f, 5, 2), 1);
    /* Dragged back past half-way, then flicked forward: returns to 3. */
    assert_int_equal(spring_snap_index(2.4f, 0.0005f, 5, 2), 3);
    /* A hard fling projects further: 1.0 + 0.004 * 500 = 3. */
    assert_int_equal(spring_snap_index(1.0f, 0.004f, 10, 3), 3);
}

static void test_snap_fling_limits(void **state)
{
    (void)state;
    /* Never more than max_jump past the card being left... */
    assert_int_equal(spring_snap_index(1.0f, 1.0f, 10, 2), 3);
    assert_int_equal(spring_snap_index(6.3f, -1.0f, 10, 2), 5);
    assert_int_equal(spring_snap_index(1.0f, 1e30f, 10, 1), 2);
    /* ...nor past either end. */
    assert_int_equal(spring_snap_index(3.0f, 1.0f, 4, 2), 3);
    assert_int_equal(spring_snap_index(0.0f, -1.0f, 4, 2), 0);
    /* Noise-level velocity is no fling. */
    assert_int_equal(spring_snap_index(2.1f, 1e-6f, 5, 2), 2);
    /* Degenerate inputs. */
    assert_int_equal(spring_snap_index(1.0f, 1.0f, 0, 2), 0);
    assert_int_equal(spring_snap_index(NAN, NAN, 5, 2), 0);
    assert_int_equal(spring_snap_index(1.0f, INFINITY, 5, 2), 1);
    assert_int_equal(spring_snap_index(0.0f, 1.0f, 5, 2147483647), 4);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_make_critical),
        cmocka_unit_test(test_converges_from_release_velocity),
        cmocka_unit_test(test_critical_does_not_overshoot_from_rest),
        cmocka_unit_test(test_underdamped_overshoots),
        cmocka_unit_test(test_frame_rate_independent),
        cmocka_unit_test(test_settled_query_is_pure),
        cmocka_unit_test(test_bad_state_and_long_gap_snap),
        cmocka_unit_test(test_snap_without_fling_rounds),
        cmocka_unit_test(test_snap_fling_goes_with_velocity),
        cmocka_unit_test(test_snap_fling_limits),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
