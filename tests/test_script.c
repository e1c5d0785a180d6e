#include "test_support.h"

#include <unistd.h>

#include "script.h"

#define LABEL "tests/scripts/x.txt"

#define ERR_LEN 256

/* Parses a NUL-terminated literal (length from strlen) without a key check;
 * err must hold ERR_LEN bytes. */
static bool parse(const char *text, Script *s, char *err)
{
    return script_parse(LABEL, text, strlen(text), s, NULL, NULL, err, ERR_LEN);
}

/* Asserts that `text` fails with exactly `want` as the message. */
static void expect_error(const char *text, const char *want)
{
    char err[ERR_LEN];
    Script s = {(ScriptCmd *)1, 99};
    assert_false(parse(text, &s, err));
    assert_null(s.cmds);
    assert_int_equal(s.count, 0);
    assert_string_equal(err, want);
}

static void test_every_command(void **state)
{
    (void)state;
    char err[ERR_LEN];
    const char *text = "wait 250\n"
                       "tap 0.5 0.25\n"
                       "swipe 0.9 0.5 0.1 0.5 300\n"
                       "longpress 0 1 800\n"
                       "key Right\n"
                       "shot docs/screenshots/home.png\n";
    Script s;
    assert_true(parse(text, &s, err));
    assert_int_equal(s.count, 6);
    assert_int_equal(s.cmds[0].kind, SCRIPT_WAIT);
    assert_int_equal(s.cmds[0].ms, 250);
    assert_int_equal(s.cmds[1].kind, SCRIPT_TAP);
    assert_float_equal(s.cmds[1].x1, 0.5f, 1e-6);
    assert_float_equal(s.cmds[1].y1, 0.25f, 1e-6);
    assert_int_equal(s.cmds[2].kind, SCRIPT_SWIPE);
    assert_float_equal(s.cmds[2].x1, 0.9f, 1e-6);
    assert_float_equal(s.cmds[2].x2, 0.1f, 1e-6);
    assert_float_equal(s.cmds[2].y2, 0.5f, 1e-6);
    assert_int_equal(s.cmds[2].ms, 300);
    assert_int_equal(s.cmds[3].kind, SCRIPT_LONGPRESS);
    assert_float_equal(s.cmds[3].y1, 1.0f, 0);
    assert_int_equal(s.cmds[3].ms, 800);
    assert_int_equal(s.cmds[4].kind, SCRIPT_KEY);
    assert_string_equal(s.cmds[4].text, "Right");
    assert_int_equal(s.cmds[5].kind, SCRIPT_SHOT);
    assert_string_equal(s.cmds[5].text, "docs/screenshots/home.png");
    assert_null(s.cmds[0].text);
    for (size_t i = 0; i < s.count; i++)
        assert_int_equal(s.cmds[i].line, (int)i + 1);
    script_free(&s);
    assert_null(s.cmds);
    assert_int_equal(s.count, 0);
}

static void test_comments_blanks_crlf(void **state)
{
    (void)state;
    char err[ERR_LEN];
    Script s;
    /* '#' glued to a token is part of it, not a comment. */
    assert_false(parse("wait 1\ntap 0.1 0.2#x\n", &s, err));
    assert_string_equal(err, LABEL ":2: bad number '0.2#x' for Y");

    const char *text = "# walkthrough\r\n"
                       "\r\n"
                       "   \t \n"
                       "\twait\t100 # settle\r\n"
                       "key   Page Down   # rest of line, trimmed\r\n"
                       "shot out/a#1.png\r\n"
                       "#tap 0.1 0.2\n"
                       "wait 5"; /* no final newline */
    assert_true(parse(text, &s, err));
    assert_int_equal(s.count, 4);
    assert_int_equal(s.cmds[0].ms, 100);
    assert_int_equal(s.cmds[0].line, 4);
    assert_string_equal(s.cmds[1].text, "Page Down");
    assert_string_equal(s.cmds[2].text, "out/a#1.png");
    assert_int_equal(s.cmds[3].ms, 5);
    assert_int_equal(s.cmds[3].line, 8);
    script_free(&s);
}

static void test_empty_script(void **state)
{
    (void)state;
    char err[ERR_LEN];
    Script s;
    assert_true(parse("", &s, err));
    assert_int_equal(s.count, 0);
    assert_true(parse("# only a comment\n\n", &s, err));
    assert_int_equal(s.count, 0);
    script_free(&s);
    assert_true(script_parse(NULL, NULL, 0, &s, NULL, NULL, NULL, 0));
}

static void test_unknown_command(void **state)
{
    (void)state;
    expect_error("wait 1\n\ntapp 0.5 0.5\n", LABEL ":3: unknown command 'tapp'");
    expect_error("Tap 0.5 0.5\n", LABEL ":1: unknown command 'Tap'");
}

static void test_wrong_arg_count(void **state)
{
    (void)state;
    expect_error("tap 0.5\n", LABEL ":1: 'tap' takes 2 arguments (X Y), got 1");
    expect_error("wait\n", LABEL ":1: 'wait' takes 1 argument (MS), got 0");
    expect_error("wait 1\nwait 1 2\n", LABEL ":2: 'wait' takes 1 argument (MS), got 2");
    expect_error("swipe 0 0 1 1\n",
                 LABEL ":1: 'swipe' takes 5 arguments (X1 Y1 X2 Y2 MS), got 4");
    expect_error("longpress 0 0 1 1 1 1 1\n",
                 LABEL ":1: 'longpress' takes 3 arguments (X Y MS), got 7");
    expect_error("key   # nothing\n", LABEL ":1: 'key' takes 1 argument (NAME), got 0");
    expect_error("shot\n", LABEL ":1: 'shot' takes 1 argument (FILE.png), got 0");
}

static void test_bad_numbers(void **state)
{
    (void)state;
    expect_error("tap nan 0.5\n", LABEL ":1: bad number 'nan' for X");
    expect_error("tap 0.5 inf\n", LABEL ":1: bad number 'inf' for Y");
    expect_error("tap 0x1p-1 0.5\n", LABEL ":1: bad number '0x1p-1' for X");
    expect_error("tap 0.5 0.5x\n", LABEL ":1: bad number '0.5x' for Y");
    expect_error("tap . 0.5\n", LABEL ":1: bad number '.' for X");
    expect_error("tap 1e 0.5\n", LABEL ":1: bad number '1e' for X");
    expect_error("tap 0.5 1e-999\n", LABEL ":1: bad number '1e-999' for Y");
    expect_error("swipe 0 0 1.5 1 100\n", LABEL ":1: X2 out of range (0..1): '1.5'");
    expect_error("tap -0.1 0\n", LABEL ":1: X out of range (0..1): '-0.1'");
    expect_error("wait -5\n", LABEL ":1: bad number '-5' for MS");
    expect_error("wait +5\n", LABEL ":1: bad number '+5' for MS");
    expect_error("wait 1.5\n", LABEL ":1: bad number '1.5' for MS");
    expect_error("wait 86400001\n", LABEL ":1: MS out of range (0..86400000): '86400001'");
    expect_error("wait 99999999999999999999999\n",
                 LABEL ":1: MS out of range (0..86400000): '99999999999999999999999'");
    expect_error("swipe 0 0 1 1 0\n", LABEL ":1: MS out of range (1..60000): '0'");
    expect_error("longpress 0 0 60001\n", LABEL ":1: MS out of range (1..60000): '60001'");
}

static void test_number_edges_accepted(void **state)
{
    (void)state;
    char err[ERR_LEN];
    Script s;
    assert_true(parse("wait 0\nwait 86400000\ntap 1e-1 .5\nswipe 0 0 1 1 60000\n", &s, err));
    assert_int_equal(s.cmds[0].ms, 0);
    assert_int_equal(s.cmds[1].ms, 86400000);
    assert_float_equal(s.cmds[2].x1, 0.1f, 1e-6);
    assert_float_equal(s.cmds[2].y1, 0.5f, 1e-6);
    assert_int_equal(s.cmds[3].ms, 60000);
    script_free(&s);
}

static void test_shot_needs_png(void **state)
{
    (void)state;
    char err[ERR_LEN];
    expect_error("shot out.jpg\n", LABEL ":1: shot file must end in .png: 'out.jpg'");
    expect_error("shot .png\n", LABEL ":1: shot file must end in .png: '.png'");
    Script s;
    assert_true(parse("shot my shot.png  \n", &s, err));
    assert_string_equal(s.cmds[0].text, "my shot.png");
    script_free(&s);
}

static void test_embedded_nul(void **state)
{
    (void)state;
    char err[ERR_LEN];
    const char text[] = "wait 1\nwait 2\nta\0p 0 0\n";
    Script s;
    assert_false(script_parse(LABEL, text, sizeof text - 1, &s, NULL, NULL, err, ERR_LEN));
    assert_string_equal(err, LABEL ":3: embedded NUL byte");
    assert_null(s.cmds);
}

/* Accepts a fixed set of names and counts how often it was asked. */
static bool key_ok(const char *name, void *user)
{
    int *calls = user;
    (*calls)++;
    return strcmp(name, "Right") == 0 || strcmp(name, "Page Down") == 0;
}

static void test_key_validator(void **state)
{
    (void)state;
    char err[ERR_LEN];
    int calls = 0;
    Script s;
    const char *good = "key Right\nkey Page Down\n";
    assert_true(script_parse(LABEL, good, strlen(good), &s, key_ok, &calls, err, ERR_LEN));
    assert_int_equal(calls, 2);
    assert_int_equal(s.count, 2);
    script_free(&s);

    const char *bad = "key Right\nwait 10\nkey Rigth\n";
    assert_false(script_parse(LABEL, bad, strlen(bad), &s, key_ok, &calls, err, ERR_LEN));
    assert_string_equal(err, LABEL ":3: unknown key 'Rigth'");
    assert_null(s.cmds);

    /* Without a validator any name goes. */
    assert_true(parse("key Rigth\n", &s, err));
    assert_string_equal(s.cmds[0].text, "Rigth");
    script_free(&s);
}

static void test_error_buffer_handling(void **state)
{
    (void)state;
    char err[ERR_LEN];
    Script s;
    char small[12];
    assert_false(script_parse(LABEL, "bogus\n", 6, &s, NULL, NULL, small, sizeof small));
    assert_int_equal(strlen(small), sizeof small - 1); /* truncated, terminated */
    assert_false(script_parse(LABEL, "bogus\n", 6, &s, NULL, NULL, NULL, 0));
    assert_false(script_parse(NULL, "bogus\n", 6, &s, NULL, NULL, err, ERR_LEN));
    assert_string_equal(err, "<script>:1: unknown command 'bogus'");
    /* Long tokens are quoted only in part. */
    char line[200];
    memset(line, 'z', sizeof line);
    line[sizeof line - 1] = '\n';
    assert_false(script_parse(LABEL, line, sizeof line, &s, NULL, NULL, err, ERR_LEN));
    assert_true(strlen(err) < 100);
}

static void test_load_file(void **state)
{
    (void)state;
    char err[ERR_LEN];
    char path[] = "/tmp/test_script_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    const char *text = "wait 10\nbogus 1\n";
    assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);

    Script s;
    assert_false(script_load_file(path, &s, NULL, NULL, err, ERR_LEN));
    char want[128];
    snprintf(want, sizeof want, "%s:2: unknown command 'bogus'", path);
    assert_string_equal(err, want);

    /* One byte over the limit is refused as a whole. */
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    for (size_t i = 0; i < SCRIPT_MAX_FILE_BYTES + 1; i++)
        fputc('\n', f);
    fclose(f);
    assert_false(script_load_file(path, &s, NULL, NULL, err, ERR_LEN));
    assert_non_null(strstr(err, "1 MB"));

    f = fopen(path, "wb");
    assert_non_null(f);
    fputs("tap 0.5 0.5\n", f);
    fclose(f);
    assert_true(script_load_file(path, &s, NULL, NULL, err, ERR_LEN));
    assert_int_equal(s.count, 1);
    script_free(&s);
    unlink(path);

    assert_false(script_load_file(path, &s, NULL, NULL, err, ERR_LEN));
    assert_non_null(strstr(err, "cannot open"));
}

static void test_many_commands_grow(void **state)
{
    (void)state;
    char err[ERR_LEN];
    size_t n = 1000;
    char *text = malloc(n * 7 + 1);
    assert_non_null(text);
    for (size_t i = 0; i < n; i++)
        memcpy(text + i * 7, "wait 7\n", 8); /* 7 chars + NUL, overwritten next */
    Script s;
    assert_true(parse(text, &s, err));
    assert_int_equal(s.count, n);
    assert_int_equal(s.cmds[n - 1].line, (int)n);
    script_free(&s);
    free(text);
}

static void test_swipe_points(void **state)
{
    (void)state;
    ScriptCmd cmd = {.kind = SCRIPT_SWIPE, .x1 = 0.9f, .y1 = 0.5f, .x2 = 0.1f, .y2 = 0.3f,
                     .ms = 100};
    /* 0,16,...,96 then 100: ceil(100/16) + 1 = 8 samples. */
    assert_int_equal(script_swipe_points(&cmd, 16, NULL, 0), 8);
    ScriptPoint p[8];
    assert_int_equal(script_swipe_points(&cmd, 16, p, 8), 8);
    assert_true(p[0].x == 0.9f && p[0].y == 0.5f);
    assert_int_equal(p[0].t_ms, 0);
    assert_int_equal(p[1].t_ms, 16);
    assert_float_equal(p[1].x, 0.9f - 0.8f * 0.16f, 1e-6);
    assert_int_equal(p[6].t_ms, 96);
    assert_true(p[7].x == 0.1f && p[7].y == 0.3f); /* exactly the end */
    assert_int_equal(p[7].t_ms, 100);
    for (int i = 1; i < 8; i++) {
        assert_true(p[i].t_ms > p[i - 1].t_ms);
        assert_true(p[i].x < p[i - 1].x);
    }

    /* Evenly divisible: no duplicate sample at the end. */
    cmd.ms = 96;
    assert_int_equal(script_swipe_points(&cmd, 16, p, 8), 7);
    assert_int_equal(p[6].t_ms, 96);
    assert_int_equal(p[5].t_ms, 80);

    /* Short buffer: writes what fits, reports the total. */
    ScriptPoint two[2];
    assert_int_equal(script_swipe_points(&cmd, 16, two, 2), 7);
    assert_int_equal(two[1].t_ms, 16);

    /* Step longer than the swipe, and step 0. */
    cmd.ms = 10;
    assert_int_equal(script_swipe_points(&cmd, 50, p, 8), 2);
    assert_true(p[1].x == 0.1f);
    assert_int_equal(script_swipe_points(&cmd, 0, NULL, 0), 11);

    /* A hand-built zero-length swipe still has two distinct ends. */
    cmd.ms = 0;
    assert_int_equal(script_swipe_points(&cmd, 16, p, 8), 2);
    assert_true(p[0].x == 0.9f && p[1].x == 0.1f);

    ScriptCmd tap = {.kind = SCRIPT_TAP};
    assert_int_equal(script_swipe_points(&tap, 16, p, 8), 0);
}

/* A seeded mutation loop over a valid script: flipped bytes, truncations and
 * spliced tokens must only ever give a clean parse or a clean error that
 * names a line (ASan/UBSan watch for anything worse under make check). */
static uint32_t next_rand(uint32_t *seed)
{
    *seed = *seed * 1664525u + 1013904223u;
    return *seed >> 8;
}

static void test_fuzz_mutations(void **state)
{
    (void)state;
    static const char base[] = "# demo\nwait 100\ntap 0.5 0.5\nswipe 0.9 0.5 0.1 0.5 200\n"
                               "longpress 0.2 0.3 700\nkey Right\nshot out.png\n";
    static const char *tokens[] = {"nan", "1e999", "-0", "0x10", "\t", "#", "\r\n", "\xff\xfe",
                                   "wait", "99999999999", "", " ", "shot", ".png", "key"};
    uint32_t seed = 12345;
    char buf[512], err[256];
    for (int iter = 0; iter < 20000; iter++) {
        size_t n = sizeof base - 1;
        memcpy(buf, base, n);
        int edits = 1 + (int)(next_rand(&seed) % 4);
        for (int e = 0; e < edits && n > 0; e++) {
            size_t at = next_rand(&seed) % n;
            switch (next_rand(&seed) % 3) {
            case 0: buf[at] = (char)(next_rand(&seed) & 0xFF); break;
            case 1: n = at; break;
            default: {
                const char *t = tokens[next_rand(&seed) % (sizeof tokens / sizeof tokens[0])];
                size_t tl = strlen(t);
                if (n + tl < sizeof buf) {
                    memmove(buf + at + tl, buf + at, n - at);
                    memcpy(buf + at, t, tl);
                    n += tl;
                }
            }
            }
        }
        Script script;
        err[0] = '\0';
        if (script_parse("fuzz.txt", buf, n, &script, NULL, NULL, err, sizeof err)) {
            for (size_t i = 0; i < script.count; i++)
                assert_true(script.cmds[i].line >= 1);
            script_free(&script);
        } else {
            assert_non_null(strstr(err, "fuzz.txt"));
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_command),
        cmocka_unit_test(test_comments_blanks_crlf),
        cmocka_unit_test(test_empty_script),
        cmocka_unit_test(test_unknown_command),
        cmocka_unit_test(test_wrong_arg_count),
        cmocka_unit_test(test_bad_numbers),
        cmocka_unit_test(test_number_edges_accepted),
        cmocka_unit_test(test_shot_needs_png),
        cmocka_unit_test(test_embedded_nul),
        cmocka_unit_test(test_key_validator),
        cmocka_unit_test(test_error_buffer_handling),
        cmocka_unit_test(test_load_file),
        cmocka_unit_test(test_many_commands_grow),
        cmocka_unit_test(test_swipe_points),
        cmocka_unit_test(test_fuzz_mutations),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
