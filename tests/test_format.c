/* Figures as visitors read them. */
#include "test_support.h"

#include "format.h"

static void test_count(void **state)
{
    (void)state;
    char b[32];
    assert_string_equal(format_count(b, sizeof b, 811000), "811,000");
    assert_string_equal(format_count(b, sizeof b, 999), "999");
    assert_string_equal(format_count(b, sizeof b, 1000), "1,000");
    assert_string_equal(format_count(b, sizeof b, 1234567.4), "1,234,567");
    assert_string_equal(format_count(b, sizeof b, -13800), "-13,800");
    assert_string_equal(format_count(b, sizeof b, 0), "0");
}

static void test_money(void **state)
{
    (void)state;
    char b[32];
    assert_string_equal(format_money(b, sizeof b, 44200), "$44,200");
    assert_string_equal(format_money(b, sizeof b, -6050), "-$6,050");
    assert_string_equal(format_money_short(b, sizeof b, 35000), "$35k");
    assert_string_equal(format_money_short(b, sizeof b, 41600), "$42k");
    assert_string_equal(format_money_short(b, sizeof b, 1260000), "$1.3M");
}

static void test_percent(void **state)
{
    (void)state;
    char b[32];
    assert_string_equal(format_percent(b, sizeof b, 12, 1), "+12%");
    assert_string_equal(format_percent(b, sizeof b, 12, 0), "12%");
    assert_string_equal(format_percent(b, sizeof b, 5.5, 0), "5.5%");
    assert_string_equal(format_percent(b, sizeof b, -2, 1), "-2%");
    assert_string_equal(format_percent(b, sizeof b, 0, 1), "0%");
}

static void test_months(void **state)
{
    (void)state;
    char b[48];
    assert_string_equal(format_months(b, sizeof b, 9, 12, "months", "years"),
                        "9\xE2\x80\x93" "12 months");
    assert_string_equal(format_months(b, sizeof b, 4, 4, "months", "years"), "4 months");
    assert_string_equal(format_months(b, sizeof b, 24, 24, "months", "years"), "2 years");
    assert_string_equal(format_months(b, sizeof b, 24, 48, "months", "years"),
                        "2\xE2\x80\x93" "4 years");
    /* A maximum below the minimum is treated as the minimum. */
    assert_string_equal(format_months(b, sizeof b, 6, 3, "months", "years"), "6 months");
}

static void test_hourly(void **state)
{
    (void)state;
    char b[32];
    assert_string_equal(format_money_cents(b, sizeof b, 21.25), "$21.25");
    assert_string_equal(format_money_cents(b, sizeof b, 1234.5), "$1,234.50");
    assert_string_equal(format_money_cents(b, sizeof b, 0.999), "$1.00");
    assert_string_equal(format_money_cents(b, sizeof b, -3.1), "-$3.10");
    /* 2080 working hours a year. */
    assert_string_equal(format_hourly(b, sizeof b, 44200), "$21.25");
    assert_string_equal(format_hourly(b, sizeof b, 35000), "$16.83");
    assert_string_equal(format_hourly(b, sizeof b, 0), "$0.00");
}

static void test_duration_and_nouns(void **state)
{
    (void)state;
    char b[48];
    assert_string_equal(format_duration(b, sizeof b, 1, "month", "months", "year", "years"), "1 month");
    assert_string_equal(format_duration(b, sizeof b, 9, "month", "months", "year", "years"), "9 months");
    assert_string_equal(format_duration(b, sizeof b, 12, "month", "months", "year", "years"),
                        "12 months");
    assert_string_equal(format_duration(b, sizeof b, 24, "month", "months", "year", "years"), "2 years");
    assert_string_equal(format_duration(b, sizeof b, 30, "month", "months", "year", "years"),
                        "30 months");
    assert_string_equal(format_money_range(b, sizeof b, 35000, 42000), "$35,000\xE2\x80\x93$42,000");
    assert_string_equal(format_count_noun(b, sizeof b, 1, "skill", "skills"), "1 skill");
    assert_string_equal(format_count_noun(b, sizeof b, 0, "skill", "skills"), "0 skills");
    assert_string_equal(format_count_noun(b, sizeof b, 1200, "job", "jobs"), "1,200 jobs");
}

static void test_truncates_safely(void **state)
{
    (void)state;
    char b[4];
    format_money(b, sizeof b, 44200);
    assert_int_equal(strlen(b), 3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_count),
        cmocka_unit_test(test_money),
        cmocka_unit_test(test_percent),
        cmocka_unit_test(test_months),
        cmocka_unit_test(test_duration_and_nouns),
        cmocka_unit_test(test_hourly),
        cmocka_unit_test(test_truncates_safely),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
