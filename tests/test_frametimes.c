#include "test_support.h"

#include "frametimes.h"

static void fill(FrameTimes *ft, const double *v, size_t n)
{
    frametimes_init(ft);
    for (size_t i = 0; i < n; i++)
        assert_true(frametimes_add(ft, v[i]));
}

static void test_empty_is_zero(void **state)
{
    (void)state;
    FrameTimes ft;
    frametimes_init(&ft);
    FrameSummary s = frametimes_summary(&ft);
    assert_int_equal(s.count, 0);
    assert_true(s.p50 == 0.0 && s.p99 == 0.0 && s.max == 0.0);
    assert_true(frametimes_percentile(&ft, 50.0) == 0.0);
    frametimes_free(&ft);
}

static void test_nearest_rank_on_unsorted_input(void **state)
{
    (void)state;
    /* 1..10 shuffled: nearest rank p50 is the 5th value, p90 the 9th. */
    const double v[] = {7, 3, 10, 1, 9, 2, 8, 4, 6, 5};
    FrameTimes ft;
    fill(&ft, v, 10);
    assert_true(frametimes_percentile(&ft, 50.0) == 5.0);
    assert_true(frametimes_percentile(&ft, 90.0) == 9.0);
    assert_true(frametimes_percentile(&ft, 91.0) == 10.0);
    assert_true(frametimes_percentile(&ft, 0.0) == 1.0);
    assert_true(frametimes_percentile(&ft, 100.0) == 10.0);
    /* The samples themselves keep their order. */
    assert_true(ft.ms[0] == 7.0 && ft.ms[9] == 5.0);
    frametimes_free(&ft);
}

static void test_p99_catches_one_slow_frame_in_a_hundred(void **state)
{
    (void)state;
    FrameTimes ft;
    frametimes_init(&ft);
    for (int i = 0; i < 99; i++)
        assert_true(frametimes_add(&ft, 4.0));
    assert_true(frametimes_add(&ft, 40.0));
    FrameSummary s = frametimes_summary(&ft);
    assert_int_equal(s.count, 100);
    assert_true(s.p50 == 4.0);
    assert_true(s.p99 == 4.0);  /* rank 99 of 100 is still a fast frame */
    assert_true(s.max == 40.0);
    assert_true(frametimes_add(&ft, 40.0));
    assert_true(frametimes_summary(&ft).p99 == 40.0); /* two in 101: rank 100 */
    assert_float_equal(s.mean, (99 * 4.0 + 40.0) / 100.0, 1e-9);
    frametimes_free(&ft);
}

static void test_grows_past_first_block(void **state)
{
    (void)state;
    FrameTimes ft;
    frametimes_init(&ft);
    for (int i = 1000; i >= 1; i--)
        assert_true(frametimes_add(&ft, (double)i));
    FrameSummary s = frametimes_summary(&ft);
    assert_int_equal(s.count, 1000);
    assert_true(s.p50 == 500.0);
    assert_true(s.p99 == 990.0);
    assert_true(s.max == 1000.0);
    frametimes_free(&ft);
    assert_null(ft.ms);
    assert_int_equal(ft.count, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_empty_is_zero),
        cmocka_unit_test(test_nearest_rank_on_unsorted_input),
        cmocka_unit_test(test_p99_catches_one_slow_frame_in_a_hundred),
        cmocka_unit_test(test_grows_past_first_block),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
