/* Line breaking with a fake measurer: widths are exact, so breaks are too. */
#include "test_support.h"

#include "text.h"

static TextStyle style10(void)
{
    TextStyle st = {TYPE_BODY, WEIGHT_REGULAR, 10.0f}; /* 5 px per byte */
    return st;
}

static void span_equals(const char *text, const TextLine *line, const char *want)
{
    char buf[128];
    snprintf(buf, sizeof buf, "%.*s", (int)line->len, text + line->start);
    assert_string_equal(buf, want);
}

static void test_single_line_fits(void **state)
{
    (void)state;
    TextMeasurer m = fake_measurer();
    TextStyle st = style10();
    TextBlock b;
    text_wrap(&m, &st, "hello world", 100.0f, 3, &b);
    assert_int_equal(b.line_count, 1);
    assert_float_equal(b.width, 55.0f, 0.01f);
    assert_float_equal(b.height, 12.5f, 0.01f);
    assert_false(b.ellipsized);
}

static void test_breaks_at_spaces(void **state)
{
    (void)state;
    TextMeasurer m = fake_measurer();
    TextStyle st = style10();
    TextBlock b;
    const char *t = "aaaa bbbb cccc";
    text_wrap(&m, &st, t, 50.0f, 5, &b); /* 10 bytes per line */
    assert_int_equal(b.line_count, 2);
    span_equals(t, &b.lines[0], "aaaa bbbb");
    span_equals(t, &b.lines[1], "cccc");
    assert_false(b.overflow);
}

static void test_ellipsis_when_lines_run_out(void **state)
{
    (void)state;
    TextMeasurer m = fake_measurer();
    TextStyle st = style10();
    TextBlock b;
    const char *t = "aaaa bbbb cccc dddd";
    text_wrap(&m, &st, t, 50.0f, 1, &b);
    assert_int_equal(b.line_count, 1);
    assert_true(b.ellipsized);
    /* The kept text plus the 3-byte ellipsis fits in 50 px. */
    assert_true(b.lines[0].width <= 50.0f);
}

static void test_newline_forces_break(void **state)
{
    (void)state;
    TextMeasurer m = fake_measurer();
    TextStyle st = style10();
    TextBlock b;
    const char *t = "one\ntwo";
    text_wrap(&m, &st, t, 0.0f, 4, &b);
    assert_int_equal(b.line_count, 2);
    span_equals(t, &b.lines[1], "two");
}

static void test_long_word_overflows_and_is_cut(void **state)
{
    (void)state;
    TextMeasurer m = fake_measurer();
    TextStyle st = style10();
    TextBlock b;
    text_wrap(&m, &st, "abcdefghijklmnop", 40.0f, 8, &b);
    assert_true(b.overflow);
    for (int i = 0; i < b.line_count; i++)
        assert_true(b.lines[i].width <= 40.0f);
}

static void test_hyphen_is_a_break_point(void **state)
{
    (void)state;
    TextMeasurer m = fake_measurer();
    TextStyle st = style10();
    TextBlock b;
    const char *t = "on-the-job";
    text_wrap(&m, &st, t, 35.0f, 4, &b); /* 7 bytes per line */
    assert_int_equal(b.line_count, 2);
    span_equals(t, &b.lines[0], "on-the-");
    assert_false(b.overflow);
}

static void test_empty_and_null(void **state)
{
    (void)state;
    TextMeasurer m = fake_measurer();
    TextStyle st = style10();
    TextBlock b;
    text_wrap(&m, &st, "", 100.0f, 2, &b);
    assert_int_equal(b.line_count, 1);
    assert_float_equal(b.width, 0.0f, 0.001f);
    text_wrap(&m, &st, NULL, 100.0f, 2, &b);
    assert_int_equal(b.line_count, 1);
}

static void test_utf8_step(void **state)
{
    (void)state;
    assert_int_equal(text_utf8_step("a", 1), 1);
    assert_int_equal(text_utf8_step("\xC3\xA9", 2), 2);
    assert_int_equal(text_utf8_step("\xE2\x80\xA6", 3), 3);
    assert_int_equal(text_utf8_step("\xE2\x80", 2), 1);  /* truncated */
    assert_int_equal(text_utf8_step("\xC3(", 2), 1);     /* bad continuation */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_single_line_fits),
        cmocka_unit_test(test_breaks_at_spaces),
        cmocka_unit_test(test_ellipsis_when_lines_run_out),
        cmocka_unit_test(test_newline_forces_break),
        cmocka_unit_test(test_long_word_overflows_and_is_cut),
        cmocka_unit_test(test_hyphen_is_a_break_point),
        cmocka_unit_test(test_empty_and_null),
        cmocka_unit_test(test_utf8_step),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
