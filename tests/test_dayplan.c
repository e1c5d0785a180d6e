/* dayplan: the stops of one day, or two days on one timeline. */
#include "test_support.h"

#include "dayplan.h"

#define CAREER(id, day)                                                              \
    "{\"id\":\"" id "\",\"name\":\"" id "\",\"tagline\":\"t\",\"summary\":\"s\","      \
    "\"color\":\"#0F766E\",\"icon\":\"i.svg\",\"day\":[" day "]}"
#define STEP(t) "{\"time\":\"" t "\",\"title\":\"x\"}"

static const char bundle_json[] =
    "{\"format\":1,\"title\":\"T\",\"sources\":[],\"careers\":["
    CAREER("a", STEP("07:30") "," STEP("08:00") "," STEP("12:00") "," STEP("16:45")) ","
    CAREER("b", STEP("09:00") "," STEP("12:00") "," STEP("13:30")) ","
    CAREER("c", "")
    "]}";

static Content *parse(void)
{
    ContentReport r = { 0 };
    Content *c = content_parse(bundle_json, sizeof bundle_json - 1, "t.json", NULL, NULL, &r);
    content_report_free(&r);
    assert_non_null(c);
    return c;
}

static void test_parse_time(void **state)
{
    (void)state;
    assert_int_equal(dayplan_parse_time("07:30"), 450);
    assert_int_equal(dayplan_parse_time("23:59"), 1439);
    assert_int_equal(dayplan_parse_time("24:00"), -1);
    assert_int_equal(dayplan_parse_time("7:30"), -1);
    assert_int_equal(dayplan_parse_time(NULL), -1);
}

static void test_one_lane(void **state)
{
    (void)state;
    Content *c = parse();
    DayPlan p;
    dayplan_make(&p, c, 0, -1);
    assert_int_equal(p.lane_count, 1);
    assert_int_equal(p.stop_count, 4);
    assert_int_equal(p.first_hour, 7);
    assert_int_equal(p.last_hour, 17);
    for (int i = 0; i < 4; i++)
        assert_int_equal(dayplan_lane_step(&p, 0, i), i);
    assert_int_equal(dayplan_lane_step(&p, 0, 4), 3); /* the next-steps card */
    assert_int_equal(dayplan_step_minutes(&p, 0, 2), 720);
    assert_float_equal(dayplan_axis_fraction(&p, 420.0f), 0.0f, 1e-6f);
    assert_float_equal(dayplan_axis_fraction(&p, 720.0f), 0.5f, 1e-6f);
    assert_float_equal(dayplan_axis_fraction(&p, 2000.0f), 1.0f, 1e-6f);
    assert_int_equal(dayplan_nearest_stop(&p, 500.0f), 1);
    assert_int_equal(dayplan_nearest_stop(&p, 0.0f), 0);
    /* The same career twice, or no such career, is one lane. */
    dayplan_make(&p, c, 0, 0);
    assert_int_equal(p.lane_count, 1);
    dayplan_make(&p, c, 0, 7);
    assert_int_equal(p.lane_count, 1);
    content_free(c);
}

/* Two days merge into one timeline; a shared time is one stop. */
static void test_two_lanes(void **state)
{
    (void)state;
    Content *c = parse();
    DayPlan p;
    dayplan_make(&p, c, 0, 1);
    assert_int_equal(p.lane_count, 2);
    int want[] = { 450, 480, 540, 720, 810, 1005 };
    assert_int_equal(p.stop_count, 6);
    for (int i = 0; i < 6; i++)
        assert_int_equal(p.stop_minutes[i], want[i]);
    assert_int_equal(dayplan_lane_step(&p, 1, 0), -1); /* b has not started at 07:30 */
    assert_int_equal(dayplan_lane_step(&p, 1, 2), 0);
    assert_int_equal(dayplan_lane_step(&p, 0, 2), 1); /* a is still on 08:00 */
    assert_int_equal(dayplan_lane_step(&p, 0, 3), 2);
    assert_int_equal(dayplan_lane_step(&p, 1, 3), 1);
    assert_int_equal(dayplan_lane_step(&p, 1, 5), 2);
    assert_int_equal(dayplan_lane_step(&p, 1, 6), 2);
    content_free(c);
}

static void test_empty_day(void **state)
{
    (void)state;
    Content *c = parse();
    DayPlan p;
    dayplan_make(&p, c, 2, -1);
    assert_int_equal(p.stop_count, 0);
    assert_true(p.first_hour < p.last_hour);
    assert_int_equal(dayplan_lane_step(&p, 0, 0), -1);
    assert_int_equal(dayplan_step_minutes(&p, 0, 0), p.first_hour * 60);
    content_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_time),
        cmocka_unit_test(test_one_lane),
        cmocka_unit_test(test_two_lanes),
        cmocka_unit_test(test_empty_day),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
