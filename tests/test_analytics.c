/* The visitor log: whole lines, torn tails skipped, daily files, merged reports. */
#include "test_support.h"

#include <dirent.h>
#include <unistd.h>

#include "analytics.h"

/* 2026-11-23 10:00:00 UTC and the next day. */
#define DAY1_MS 1795428000000ull
#define DAY2_MS (DAY1_MS + 86400000ull)

static char tmpdir[256];

static int make_dir(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/careerdeck-analytics-XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int remove_dir(void **state)
{
    (void)state;
    DIR *d = opendir(tmpdir);
    struct dirent *e;
    char path[600];
    while (d && (e = readdir(d)))
        if (e->d_name[0] != '.') {
            snprintf(path, sizeof path, "%s/%s", tmpdir, e->d_name);
            unlink(path);
        }
    if (d)
        closedir(d);
    rmdir(tmpdir);
    return 0;
}

static void test_line_format(void **state)
{
    (void)state;
    char line[256];
    analytics_format(line, sizeof line, 1234, EVENT_COMPARE, "medical-assistant", "medical-coder");
    assert_string_equal(line, "v1\t1234\tcompare\tmedical-assistant\tmedical-coder\n");
    analytics_format(line, sizeof line, 5, EVENT_SESSION_START, NULL, NULL);
    assert_string_equal(line, "v1\t5\tsession_start\n");
    /* Ids can never break the line format. */
    analytics_format(line, sizeof line, 5, EVENT_CARD_OPEN, "a\tb\nc", NULL);
    assert_string_equal(line, "v1\t5\tcard_open\ta_b_c\n");
}

static void test_record_and_report(void **state)
{
    (void)state;
    AnalyticsLog log;
    analytics_open(&log, tmpdir);
    assert_true(analytics_record(&log, DAY1_MS, EVENT_ATTRACT, NULL, NULL));
    assert_true(analytics_record(&log, DAY1_MS + 10, EVENT_SESSION_START, NULL, NULL));
    assert_true(analytics_record(&log, DAY1_MS + 20, EVENT_CARD_OPEN, "medical-coder", NULL));
    assert_true(analytics_record(&log, DAY1_MS + 30, EVENT_CARD_OPEN, "medical-coder", NULL));
    assert_true(analytics_record(&log, DAY1_MS + 40, EVENT_COMPARE, "medical-coder", "medical-assistant"));
    assert_true(analytics_record(&log, DAY1_MS + 50, EVENT_COMPARE, "medical-assistant", "medical-coder"));
    assert_true(analytics_record(&log, DAY1_MS + 60, EVENT_SESSION_END, "90000", NULL));
    analytics_close(&log);

    char path[512];
    snprintf(path, sizeof path, "%s/careerdeck-2026-11-23.log", tmpdir);
    Report r;
    analytics_report_init(&r);
    assert_true(analytics_report_add_file(&r, path, NULL, 0));
    assert_int_equal(r.lines, 7);
    assert_int_equal(r.skipped, 0);
    assert_int_equal(r.sessions, 1);
    assert_int_equal(r.attracts, 1);
    assert_int_equal(r.session_ms_total, 90000);
    assert_int_equal(r.card_count, 1);
    assert_int_equal(r.cards[0].count, 2);
    /* Either order of a pair is the same comparison. */
    assert_int_equal(r.pair_count, 1);
    assert_int_equal(r.pairs[0].count, 2);
    assert_string_equal(r.pairs[0].key, "medical-assistant vs medical-coder");
}

static void test_rotates_daily(void **state)
{
    (void)state;
    AnalyticsLog log;
    analytics_open(&log, tmpdir);
    assert_true(analytics_record(&log, DAY1_MS, EVENT_SESSION_START, NULL, NULL));
    assert_true(analytics_record(&log, DAY2_MS, EVENT_SESSION_START, NULL, NULL));
    analytics_close(&log);
    char path[512];
    snprintf(path, sizeof path, "%s/careerdeck-2026-11-24.log", tmpdir);
    assert_int_equal(access(path, R_OK), 0);
}

static void test_torn_last_line_is_skipped(void **state)
{
    (void)state;
    /* What a power cut mid-write leaves: whole lines, then part of one. */
    const char text[] = "v1\t100\tsession_start\nv1\t200\tcard_open\tmedical-coder\nv1\t300\tcard_o";
    Report r;
    analytics_report_init(&r);
    analytics_report_add_text(&r, text, sizeof text - 1);
    assert_int_equal(r.sessions, 1);
    assert_int_equal(r.card_count, 1);
    assert_int_equal(r.skipped, 1);
    assert_int_equal(r.lines, 3);
}

static void test_malformed_lines_are_skipped(void **state)
{
    (void)state;
    const char text[] = "garbage\nv2\t1\tsession_start\nv1\tx\tsession_start\nv1\t1\tbogus\n"
                        "v1\t1\tsession_start\n\n";
    Report r;
    analytics_report_init(&r);
    analytics_report_add_text(&r, text, sizeof text - 1);
    assert_int_equal(r.sessions, 1);
    assert_int_equal(r.skipped, 5);
}

static void test_merges_kiosks_and_prints(void **state)
{
    (void)state;
    const char kiosk_a[] = "v1\t1\tattract\nv1\t2\tsession_start\nv1\t3\tquiz_result\tmedical-coder\n"
                           "v1\t4\tsession_end\t60000\n";
    const char kiosk_b[] = "v1\t1\tattract\nv1\t2\tattract\nv1\t3\tsession_start\n"
                           "v1\t4\tquiz_result\tmedical-coder\nv1\t5\tsession_end\t120000\n";
    Report r;
    analytics_report_init(&r);
    analytics_report_add_text(&r, kiosk_a, sizeof kiosk_a - 1);
    analytics_report_add_text(&r, kiosk_b, sizeof kiosk_b - 1);
    assert_int_equal(r.sessions, 2);
    assert_int_equal(r.attracts, 3);
    char *out = NULL;
    size_t out_len = 0;
    FILE *f = open_memstream(&out, &out_len);
    analytics_report_print(&r, f);
    fclose(f);
    assert_non_null(strstr(out, "sessions"));
    assert_non_null(strstr(out, "      90\n")); /* (60 + 120) / 2 seconds */
    assert_non_null(strstr(out, "67%"));        /* 2 sessions from 3 attract loops */
    assert_non_null(strstr(out, "medical-coder"));
    free(out);
}

static void test_unwritable_dir_fails_softly(void **state)
{
    (void)state;
    AnalyticsLog log;
    analytics_open(&log, "/nonexistent/careerdeck");
    assert_false(analytics_record(&log, DAY1_MS, EVENT_SESSION_START, NULL, NULL));
    assert_int_equal(log.write_errors, 1);
    analytics_close(&log);
    Report r;
    analytics_report_init(&r);
    char why[200] = "";
    assert_false(analytics_report_add_file(&r, "/nonexistent/careerdeck.log", why, sizeof why));
    assert_non_null(strstr(why, "No such file")); /* the reason, for the operator */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_line_format),
        cmocka_unit_test_setup_teardown(test_record_and_report, make_dir, remove_dir),
        cmocka_unit_test_setup_teardown(test_rotates_daily, make_dir, remove_dir),
        cmocka_unit_test(test_torn_last_line_is_skipped),
        cmocka_unit_test(test_malformed_lines_are_skipped),
        cmocka_unit_test(test_merges_kiosks_and_prints),
        cmocka_unit_test(test_unwritable_dir_fails_softly),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
