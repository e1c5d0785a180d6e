/* Command-line parsing and the key map. */
#include "test_support.h"

#include <SDL_keycode.h>

#include "cli.h"
#include "keys.h"

static bool parse(CliOptions *o, char *err, int argc, ...)
{
    char *argv[16] = {"careerdeck"};
    va_list ap;
    va_start(ap, argc);
    for (int i = 1; i < argc; i++)
        argv[i] = va_arg(ap, char *);
    va_end(ap);
    return cli_parse(argc, argv, o, err, 256);
}

static void test_defaults(void **state)
{
    (void)state;
    CliOptions o;
    char err[256];
    assert_true(parse(&o, err, 1));
    assert_int_equal(o.mode, MODE_RUN);
    assert_null(o.bundle);
    assert_int_equal(o.window_w, 0); /* fullscreen */
    assert_int_equal(o.size_w, 1920);
    assert_int_equal(o.size_h, 1080);
}

static void test_screenshot_options(void **state)
{
    (void)state;
    CliOptions o;
    char err[256];
    assert_true(parse(&o, err, 8, "--screenshot", "out.png", "--size", "1080x1920", "--script",
                      "s.txt", "bundle"));
    assert_int_equal(o.mode, MODE_SCREENSHOT);
    assert_string_equal(o.screenshot, "out.png");
    assert_int_equal(o.size_w, 1080);
    assert_int_equal(o.size_h, 1920);
    assert_string_equal(o.script, "s.txt");
    assert_string_equal(o.bundle, "bundle");
}

static void test_export_option(void **state)
{
    (void)state;
    CliOptions o;
    char err[256];
    assert_true(parse(&o, err, 6, "--export", "out", "--size", "960x540", "bundle"));
    assert_int_equal(o.mode, MODE_EXPORT);
    assert_string_equal(o.export_dir, "out");
    assert_int_equal(o.size_w, 960);
    assert_int_equal(o.size_h, 540);
    assert_string_equal(o.bundle, "bundle");
    assert_null(o.screenshot);
    /* Default size, no bundle. */
    assert_true(parse(&o, err, 3, "--export", "dir"));
    assert_int_equal(o.mode, MODE_EXPORT);
    assert_int_equal(o.size_w, 1920);
    assert_null(o.bundle);
    /* It needs a folder, and is not a screenshot. */
    assert_false(parse(&o, err, 2, "--export"));
    assert_non_null(strstr(err, "--export needs a value"));
    assert_false(parse(&o, err, 3, "--export", ""));
    assert_non_null(strstr(err, "--export needs a folder"));
    assert_false(parse(&o, err, 5, "--export", "d", "--screenshot", "x.png"));
    assert_non_null(strstr(err, "cannot be used together"));
    assert_false(parse(&o, err, 5, "--screenshot", "x.png", "--export", "d"));
    assert_non_null(strstr(cli_usage(), "--export DIR"));
}

static void test_window_and_validate(void **state)
{
    (void)state;
    CliOptions o;
    char err[256];
    assert_true(parse(&o, err, 3, "--window", "1280x720"));
    assert_int_equal(o.window_w, 1280);
    assert_int_equal(o.window_h, 720);
    assert_true(parse(&o, err, 3, "--validate", "x"));
    assert_int_equal(o.mode, MODE_VALIDATE);
    assert_true(parse(&o, err, 2, "--help"));
    assert_int_equal(o.mode, MODE_HELP);
}

static void test_errors(void **state)
{
    (void)state;
    CliOptions o;
    char err[256];
    assert_false(parse(&o, err, 2, "--bogus"));
    assert_non_null(strstr(err, "--bogus"));
    assert_false(parse(&o, err, 2, "--window"));
    assert_non_null(strstr(err, "needs a value"));
    assert_false(parse(&o, err, 3, "--window", "12x"));
    assert_false(parse(&o, err, 3, "--size", "99999x100"));
    assert_false(parse(&o, err, 3, "a", "b"));
    assert_non_null(strstr(err, "more than one bundle"));
}

static void test_report_takes_many_logs(void **state)
{
    (void)state;
    CliOptions o;
    char err[256];
    assert_true(parse(&o, err, 4, "--report", "a.log", "b.log"));
    assert_int_equal(o.mode, MODE_REPORT);
    assert_int_equal(o.log_count, 2);
    assert_string_equal(o.logs[1], "b.log");
    assert_false(parse(&o, err, 2, "--report"));
    assert_non_null(strstr(err, "at least one"));
}

static void test_kiosk_options(void **state)
{
    (void)state;
    CliOptions o;
    char err[256];
    assert_true(parse(&o, err, 7, "--kiosk", "--rotate", "90", "--log-dir", "/var/log/cd", "b"));
    assert_true(o.kiosk);
    assert_int_equal(o.rotate, 90);
    assert_string_equal(o.log_dir, "/var/log/cd");
    assert_string_equal(o.bundle, "b");
    assert_false(parse(&o, err, 3, "--rotate", "45"));
    assert_non_null(strstr(err, "0, 90, 180 or 270"));
    assert_false(parse(&o, err, 2, "--log-dir"));
}

static void test_lang_option(void **state)
{
    (void)state;
    CliOptions o;
    char err[256];
    assert_true(parse(&o, err, 2, "b"));
    assert_false(o.lang_set);
    assert_int_equal(o.lang, LANG_EN); /* English unless asked */
    assert_true(parse(&o, err, 3, "--lang", "es"));
    assert_true(o.lang_set);
    assert_int_equal(o.lang, LANG_ES);
    assert_true(parse(&o, err, 6, "--screenshot", "x.png", "--lang", "en", "b"));
    assert_int_equal(o.mode, MODE_SCREENSHOT);
    assert_int_equal(o.lang, LANG_EN);
    assert_string_equal(o.bundle, "b");
    assert_true(parse(&o, err, 5, "--lang", "en", "--lang", "es"));
    assert_int_equal(o.lang, LANG_ES); /* the last one wins */
    assert_false(parse(&o, err, 3, "--lang", "fr"));
    assert_non_null(strstr(err, "--lang"));
    assert_non_null(strstr(err, "'fr'"));
    assert_non_null(strstr(err, "'es'"));
    assert_false(parse(&o, err, 3, "--lang", "ES")); /* codes are lower case */
    assert_false(parse(&o, err, 2, "--lang"));
    assert_non_null(strstr(err, "needs a value"));
    assert_non_null(strstr(cli_usage(), "--lang en|es"));
}

static void test_presentation_options(void **state)
{
    (void)state;
    CliOptions o;
    char err[256];
    assert_true(parse(&o, err, 5, "--tour", "--high-contrast", "--large-text", "--reduced-motion"));
    assert_true(o.tour && o.high_contrast && o.large_text && o.reduced_motion);
    assert_int_equal(o.tour_seconds, 0); /* by click unless a timer is asked for */
    assert_true(parse(&o, err, 3, "--tour-seconds", "20"));
    assert_true(o.tour); /* a timed tour is still a tour */
    assert_int_equal(o.tour_seconds, 20);
    assert_false(parse(&o, err, 3, "--tour-seconds", "0"));
    assert_non_null(strstr(err, "1 to 600"));
    assert_false(parse(&o, err, 3, "--tour-seconds", "5s"));
    assert_non_null(strstr(err, "'5s'"));
}

static void test_bench_and_soak_options(void **state)
{
    (void)state;
    CliOptions o;
    char err[256];
    assert_true(parse(&o, err, 5, "--bench", "300", "--size", "3840x2160"));
    assert_int_equal(o.mode, MODE_BENCH);
    assert_int_equal(o.bench_frames, 300);
    assert_int_equal(o.size_w, 3840);
    assert_false(parse(&o, err, 3, "--bench", "lots"));
    assert_non_null(strstr(err, "--bench"));
    assert_true(parse(&o, err, 5, "--soak", "0.25", "--seed", "7"));
    assert_int_equal(o.mode, MODE_SOAK);
    assert_true(o.soak_hours > 0.24 && o.soak_hours < 0.26);
    assert_int_equal(o.seed, 7);
    assert_true(parse(&o, err, 3, "--soak", "24"));
    assert_int_equal(o.seed, 1); /* default seed */
    assert_false(parse(&o, err, 3, "--soak", "0"));
    assert_false(parse(&o, err, 3, "--soak", "-1"));
    assert_false(parse(&o, err, 3, "--soak", "nan"));
    assert_non_null(strstr(err, "--soak"));
}

static void test_size_parser(void **state)
{
    (void)state;
    int w, h;
    assert_true(cli_parse_size("1920x1080", &w, &h));
    assert_int_equal(w * 10000 + h, 1920 * 10000 + 1080);
    assert_false(cli_parse_size("1920x", &w, &h));
    assert_false(cli_parse_size("x1080", &w, &h));
    assert_false(cli_parse_size("-5x100", &w, &h));
    assert_false(cli_parse_size("100x100junk", &w, &h));
    assert_false(cli_parse_size("10x10", &w, &h)); /* below the minimum */
}

static void test_key_map(void **state)
{
    (void)state;
    assert_int_equal(keys_action(SDLK_RIGHT, 0), KEY_NEXT);
    assert_int_equal(keys_action(SDLK_PAGEDOWN, 0), KEY_NEXT);
    assert_int_equal(keys_action(SDLK_LEFT, 0), KEY_PREV);
    assert_int_equal(keys_action(SDLK_PAGEUP, 0), KEY_PREV);
    /* Presenter convention: Space moves on; Return still activates. */
    assert_int_equal(keys_action(SDLK_SPACE, 0), KEY_NEXT);
    assert_int_equal(keys_action(SDLK_n, 0), KEY_NEXT);
    assert_int_equal(keys_action(SDLK_BACKSPACE, 0), KEY_PREV);
    assert_int_equal(keys_action(SDLK_p, 0), KEY_PREV);
    assert_int_equal(keys_action(SDLK_RETURN, 0), KEY_ACTIVATE);
    assert_int_equal(keys_action(SDLK_KP_ENTER, 0), KEY_ACTIVATE);
    assert_int_equal(keys_action(SDLK_ESCAPE, 0), KEY_BACK); /* never quits */
    assert_int_equal(keys_action(SDLK_HOME, 0), KEY_HOME);
    assert_int_equal(keys_action(SDLK_F12, 0), KEY_SCREENSHOT);
    assert_int_equal(keys_action(SDLK_q, KMOD_LCTRL), KEY_QUIT);
    assert_int_equal(keys_action(SDLK_q, 0), KEY_NONE);
    assert_int_equal(keys_action(SDLK_F4, KMOD_LALT), KEY_NONE);
    assert_int_equal(keys_action(SDLK_w, KMOD_RCTRL), KEY_NONE);
    assert_string_equal(keys_action_name(KEY_BACK), "back");
}

static void test_presenter_keys(void **state)
{
    (void)state;
    assert_int_equal(keys_action(SDLK_b, 0), KEY_BLACKOUT);
    assert_int_equal(keys_action(SDLK_PERIOD, 0), KEY_BLACKOUT);
    assert_int_equal(keys_action(SDLK_w, 0), KEY_WHITEOUT);
    assert_int_equal(keys_action(SDLK_f, 0), KEY_FULLSCREEN);
    assert_int_equal(keys_action(SDLK_F1, 0), KEY_HELP);
    assert_int_equal(keys_action(SDLK_QUESTION, 0), KEY_HELP);
    assert_int_equal(keys_action(SDLK_SLASH, KMOD_LSHIFT), KEY_HELP); /* '?' */
    assert_int_equal(keys_action(SDLK_SLASH, 0), KEY_NONE);
    assert_int_equal(keys_action(SDLK_F11, 0), KEY_NONE);
    for (int n = 1; n <= 9; n++) {
        KeyAction a = keys_action(SDLK_0 + n, 0);
        assert_int_equal(keys_career_number(a), n);
        assert_int_equal(a, KEY_CAREER_1 + n - 1);
        assert_int_equal(keys_career_number(keys_action(SDLK_KP_1 + n - 1, 0)), n);
        assert_int_equal(keys_digit(a), n);
    }
    assert_int_equal(keys_action(SDLK_0, 0), KEY_DIGIT_0); /* the PIN pad's only */
    assert_int_equal(keys_action(SDLK_KP_0, 0), KEY_DIGIT_0);
    assert_int_equal(keys_digit(KEY_DIGIT_0), 0);
    assert_int_equal(keys_career_number(KEY_DIGIT_0), 0);
    assert_int_equal(keys_digit(KEY_NEXT), -1);
    assert_string_equal(keys_action_name(KEY_DIGIT_0), "digit-0");
    assert_int_equal(keys_career_number(KEY_NEXT), 0);
    assert_int_equal(keys_action(SDLK_1, KMOD_LCTRL), KEY_NONE);
    assert_string_equal(keys_action_name(KEY_CAREER_9), "career-9");
    assert_string_equal(keys_action_name(KEY_HELP), "help");
    assert_int_equal(keys_action(SDLK_t, 0), KEY_TOUR);
    assert_string_equal(keys_action_name(KEY_TOUR), "tour");
    assert_string_equal(keys_action_name(KEY_CAREER_9), "career-9"); /* names stay in step */
    assert_string_equal(keys_action_name(KEY_ACTION_COUNT), "?");
}

/* Clickers with a "present" button send F5 and Esc in turn: F5 maps to
 * nothing, Esc only to Back, and neither, nor their modifiers, ever quits. */
static void test_clicker_sequence(void **state)
{
    (void)state;
    static const int32_t seq[] = {SDLK_PAGEDOWN, SDLK_F5, SDLK_ESCAPE, SDLK_F5, SDLK_ESCAPE,
                                  SDLK_PAGEUP,   SDLK_b,  SDLK_b,      SDLK_PERIOD};
    static const uint16_t mods[] = {0, KMOD_LSHIFT, KMOD_RSHIFT};
    assert_int_equal(keys_action(SDLK_F5, 0), KEY_NONE);
    for (size_t m = 0; m < sizeof mods / sizeof mods[0]; m++)
        for (size_t i = 0; i < sizeof seq / sizeof seq[0]; i++) {
            KeyAction a = keys_action(seq[i], mods[m]);
            assert_int_not_equal(a, KEY_QUIT);
            if (seq[i] == SDLK_ESCAPE)
                assert_int_equal(a, KEY_BACK);
            if (seq[i] == SDLK_F5)
                assert_int_equal(a, KEY_NONE);
        }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_defaults),
        cmocka_unit_test(test_screenshot_options),
        cmocka_unit_test(test_export_option),
        cmocka_unit_test(test_window_and_validate),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_size_parser),
        cmocka_unit_test(test_kiosk_options),
        cmocka_unit_test(test_lang_option),
        cmocka_unit_test(test_report_takes_many_logs),
        cmocka_unit_test(test_key_map),
        cmocka_unit_test(test_presenter_keys),
        cmocka_unit_test(test_clicker_sequence),
        cmocka_unit_test(test_presentation_options),
        cmocka_unit_test(test_bench_and_soak_options),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
