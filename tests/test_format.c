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
        cmocka_unit_test(test_truncates_safely),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
