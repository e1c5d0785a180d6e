/* test_utf8: strict UTF-8 validation and decoding (src/utf8.c). */
#include "test_support.h"

#include "utf8.h"

/* Decodes `s` (explicit length) and expects one sequence of `len` bytes. */
static void expect_decode(const char *s, size_t n, uint32_t cp, size_t len)
{
    uint32_t got = 0;
    assert_int_equal(utf8_decode(s, n, &got), len);
    assert_int_equal(got, cp);
}

static void expect_invalid(const char *s, size_t n, size_t bad_offset)
{
    uint32_t got = 0;
    size_t off = 12345;
    assert_false(utf8_valid(s, n, &off));
    assert_int_equal(off, bad_offset);
    if (bad_offset == 0) {
        assert_int_equal(utf8_decode(s, n, &got), 0);
        assert_int_equal(got, UTF8_REPLACEMENT);
    }
}

static void test_valid_boundaries(void **state)
{
    (void)state;
    expect_decode("A", 1, 0x41, 1);
    expect_decode("\x7F", 1, 0x7F, 1);
    expect_decode("\xC2\x80", 2, 0x80, 2);
    expect_decode("\xDF\xBF", 2, 0x7FF, 2);
    expect_decode("\xE0\xA0\x80", 3, 0x800, 3);
    expect_decode("\xED\x9F\xBF", 3, 0xD7FF, 3);  /* just below the surrogates */
    expect_decode("\xEE\x80\x80", 3, 0xE000, 3);  /* just above them */
    expect_decode("\xEF\xBF\xBF", 3, 0xFFFF, 3);
    expect_decode("\xF0\x90\x80\x80", 4, 0x10000, 4);
    expect_decode("\xF4\x8F\xBF\xBF", 4, 0x10FFFF, 4);
    expect_decode("\xE2\x98\x83rest", 7, 0x2603, 3); /* stops after one sequence */
    assert_true(utf8_valid("", 0, NULL));
    static const char mixed[] = "Asistente m\xC3\xA9" "dico \xE2\x80\x93 \xF0\x9F\x98\x80";
    assert_true(utf8_valid(mixed, sizeof mixed - 1, NULL));
    assert_false(utf8_valid(mixed, sizeof mixed - 2, NULL)); /* emoji cut short */
    /* NUL is an ordinary code point when the length says so. */
    assert_true(utf8_valid("a\0b", 3, NULL));
    expect_decode("\0", 1, 0, 1);
}

static void test_rejects_overlongs(void **state)
{
    (void)state;
    expect_invalid("\xC0\x80", 2, 0);          /* U+0000 in two bytes */
    expect_invalid("\xC0\xAF", 2, 0);          /* '/' in two bytes: the classic */
    expect_invalid("\xC1\xBF", 2, 0);
    expect_invalid("\xE0\x80\x80", 3, 0);
    expect_invalid("\xE0\x9F\xBF", 3, 0);      /* U+07FF in three bytes */
    expect_invalid("\xF0\x80\x80\x80", 4, 0);
    expect_invalid("\xF0\x8F\xBF\xBF", 4, 0);  /* U+FFFF in four bytes */
}

static void test_rejects_surrogates_and_range(void **state)
{
    (void)state;
    expect_invalid("\xED\xA0\x80", 3, 0);      /* U+D800 */
    expect_invalid("\xED\xBF\xBF", 3, 0);      /* U+DFFF */
    expect_invalid("\xED\xA0\xBD\xED\xB8\x80", 6, 0); /* a CESU-8 pair */
    expect_invalid("\xF4\x90\x80\x80", 4, 0);  /* U+110000 */
    expect_invalid("\xF5\x80\x80\x80", 4, 0);
    expect_invalid("\xF7\xBF\xBF\xBF", 4, 0);
    expect_invalid("\xF8\x88\x80\x80\x80", 5, 0); /* old 5-byte form */
    expect_invalid("\xFE", 1, 0);
    expect_invalid("\xFF", 1, 0);
}

static void test_rejects_truncated_and_stray(void **state)
{
    (void)state;
    expect_invalid("\xC3", 1, 0);
    expect_invalid("\xE2\x82", 2, 0);
    expect_invalid("\xF0\x9F\x98", 3, 0);
    expect_invalid("ok\xF0\x9F\x98", 5, 2);     /* cut at the end of the buffer */
    expect_invalid("\x80", 1, 0);               /* stray continuation */
    expect_invalid("ab\xBF", 3, 2);
    expect_invalid("\xE2\x28\xA1", 3, 0);       /* bad second byte */
    expect_invalid("\xE2\x82\x28", 3, 0);       /* bad third byte */
    expect_invalid("caf\xC3\xA9\xC3(", 7, 5);   /* offset of the first bad one */
    /* A full sequence that the length cuts short is truncated, even if the
     * bytes after it in memory would complete it. */
    expect_invalid("\xE2\x98\x83", 2, 0);
}

static void test_next_and_count(void **state)
{
    (void)state;
    const char s[] = "a\xC3\xA9\xFF\xE2\x98\x83\xE2\x82";
    size_t len = sizeof s - 1, pos = 0;
    uint32_t want[] = { 'a', 0xE9, UTF8_REPLACEMENT, 0x2603, UTF8_REPLACEMENT, UTF8_REPLACEMENT };
    size_t want_pos[] = { 1, 3, 4, 7, 8, 9 };
    for (size_t i = 0; i < 6; i++) {
        assert_int_equal(utf8_next(s, len, &pos), want[i]);
        assert_int_equal(pos, want_pos[i]);
    }
    assert_int_equal(pos, len);
    assert_int_equal(utf8_count(s, len), 6);
    assert_int_equal(utf8_count("", 0), 0);
    assert_int_equal(utf8_count("Se\xC3\xB1or", 6), 5);
}

static void test_encode(void **state)
{
    (void)state;
    char out[UTF8_MAX_BYTES];
    assert_int_equal(utf8_encode(0x41, out), 1);
    assert_int_equal(utf8_encode(0x2603, out), 3);
    assert_memory_equal(out, "\xE2\x98\x83", 3);
    assert_int_equal(utf8_encode(0x1F600, out), 4);
    assert_memory_equal(out, "\xF0\x9F\x98\x80", 4);
    assert_int_equal(utf8_encode(0xD800, out), 0);
    assert_int_equal(utf8_encode(0xDFFF, out), 0);
    assert_int_equal(utf8_encode(0x110000, out), 0);
}

/* Every scalar value encodes and decodes back to itself, with the length
 * the encoder chose; every surrogate and out-of-range value is refused. */
static void test_round_trip_all(void **state)
{
    (void)state;
    char out[UTF8_MAX_BYTES];
    for (uint32_t cp = 0; cp <= 0x110000u; cp++) {
        size_t n = utf8_encode(cp, out);
        bool scalar = cp <= UTF8_MAX_CODEPOINT && (cp < 0xD800u || cp > 0xDFFFu);
        if (!scalar) {
            assert_int_equal(n, 0);
            continue;
        }
        uint32_t back = 0;
        assert_int_equal(utf8_decode(out, n, &back), n);
        if (back != cp)
            fail_msg("U+%04X decoded as U+%04X", (unsigned)cp, (unsigned)back);
    }
}

/* All two-byte inputs against the RFC 3629 table: C2..DF then 80..BF. */
static void test_two_byte_table(void **state)
{
    (void)state;
    for (unsigned a = 0x80; a <= 0xFF; a++) {
        for (unsigned b = 0; b <= 0xFF; b++) {
            char s[2] = { (char)a, (char)b };
            uint32_t cp;
            bool want = a >= 0xC2 && a <= 0xDF && b >= 0x80 && b <= 0xBF;
            assert_int_equal(utf8_decode(s, 2, &cp) == 2, want);
            assert_int_equal(utf8_valid(s, 2, NULL), want);
        }
    }
}

/* All three-byte sequences with a three-byte lead: exactly the shortest
 * forms of U+0800..U+FFFF minus the surrogates are accepted. */
static void test_three_byte_table(void **state)
{
    (void)state;
    size_t accepted = 0;
    for (unsigned a = 0xE0; a <= 0xEF; a++) {
        for (unsigned b = 0; b <= 0xFF; b++) {
            for (unsigned c = 0; c <= 0xFF; c++) {
                char s[3] = { (char)a, (char)b, (char)c };
                uint32_t cp;
                accepted += utf8_decode(s, 3, &cp) == 3;
            }
        }
    }
    assert_int_equal(accepted, 0x10000 - 0x800 - 0x800);
}

static void test_trim_partial(void **state)
{
    (void)state;
    char cut[] = "caf\xC3"; /* "café" cut inside the é */
    utf8_trim_partial(cut);
    assert_string_equal(cut, "caf");
    char whole[] = "caf\xC3\xA9";
    utf8_trim_partial(whole);
    assert_string_equal(whole, "caf\xC3\xA9");
    char dash[] = "a\xE2\x80"; /* an en dash missing its last byte */
    utf8_trim_partial(dash);
    assert_string_equal(dash, "a");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_trim_partial),
        cmocka_unit_test(test_valid_boundaries),
        cmocka_unit_test(test_rejects_overlongs),
        cmocka_unit_test(test_rejects_surrogates_and_range),
        cmocka_unit_test(test_rejects_truncated_and_stray),
        cmocka_unit_test(test_next_and_count),
        cmocka_unit_test(test_encode),
        cmocka_unit_test(test_round_trip_all),
        cmocka_unit_test(test_two_byte_table),
        cmocka_unit_test(test_three_byte_table),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
