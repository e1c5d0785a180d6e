/* imagehdr: format and pixel size from the first bytes, and the limits
 * that stop an enormous image before it is decoded. */
#include "test_support.h"

#include "imagehdr.h"

static ImageHeader read_ok(const unsigned char *b, size_t len)
{
    ImageHeader h;
    char why[160] = "";
    if (!imagehdr_read(b, len, &h, why, sizeof why))
        fail_msg("refused: %s", why);
    return h;
}

static void be32_at(unsigned char *p, unsigned v)
{
    p[0] = (unsigned char)(v >> 24);
    p[1] = (unsigned char)(v >> 16);
    p[2] = (unsigned char)(v >> 8);
    p[3] = (unsigned char)v;
}

static size_t png(unsigned char *b, unsigned w, unsigned h)
{
    static const unsigned char head[16] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A,
                                           0,    0,   0,   13,  'I',  'H',  'D',  'R'};
    memcpy(b, head, sizeof head);
    be32_at(b + 16, w);
    be32_at(b + 20, h);
    return 24;
}

static void test_png(void **state)
{
    (void)state;
    unsigned char b[24];
    ImageHeader h = read_ok(b, png(b, 640, 480));
    assert_int_equal(h.format, IMAGE_PNG);
    assert_int_equal(h.w, 640);
    assert_int_equal(h.h, 480);
    h = read_ok(b, png(b, 4096, 4096)); /* exactly at the limit */
    assert_int_equal(h.w, 4096);
    char why[160];
    assert_false(imagehdr_read(b, png(b, 4097, 4096), &h, why, sizeof why));
    assert_non_null(strstr(why, "4097 x 4096"));
    assert_false(imagehdr_read(b, png(b, 16385, 1), &h, why, sizeof why)); /* one side */
    assert_false(imagehdr_read(b, png(b, 0xFFFFFFFFu, 0xFFFFFFFFu), &h, why, sizeof why));
    assert_false(imagehdr_read(b, png(b, 0, 10), &h, why, sizeof why));
    assert_non_null(strstr(why, "empty"));
    assert_false(imagehdr_read(b, 20, &h, why, sizeof why)); /* cut inside IHDR */
    assert_int_equal(h.format, IMAGE_PNG);
    assert_non_null(strstr(why, "broken PNG header"));
}

static void test_jpeg(void **state)
{
    (void)state;
    /* SOI, an APP0 segment to skip, fill bytes, then SOF2 (progressive). */
    static const unsigned char jpg[] = {0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0xAA, 0xBB, 0xFF,
                                        0xFF, 0xC2, 0x00, 0x0B, 0x08, 0x01, 0xE0, 0x02, 0x80,
                                        0x01, 0x01, 0x11, 0x00, 0xFF, 0xD9};
    ImageHeader h = read_ok(jpg, sizeof jpg);
    assert_int_equal(h.format, IMAGE_JPEG);
    assert_int_equal(h.w, 640);
    assert_int_equal(h.h, 480);
    /* DHT (C4) is not a frame; scan data before a frame is broken. */
    static const unsigned char no_frame[] = {0xFF, 0xD8, 0xFF, 0xC4, 0x00, 0x02, 0xFF, 0xDA,
                                             0x00, 0x02, 0x00, 0x00};
    char why[160];
    assert_false(imagehdr_read(no_frame, sizeof no_frame, &h, why, sizeof why));
    assert_non_null(strstr(why, "broken JPEG header"));
}

static void test_webp(void **state)
{
    (void)state;
    unsigned char b[30] = {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P'};
    memcpy(b + 12, "VP8 ", 4);
    b[23] = 0x9D, b[24] = 0x01, b[25] = 0x2A, b[26] = 0x80, b[27] = 0x02, b[28] = 0xE0,
    b[29] = 0x01;
    ImageHeader h = read_ok(b, sizeof b);
    assert_int_equal(h.format, IMAGE_WEBP);
    assert_int_equal(h.w, 640);
    assert_int_equal(h.h, 480);
    memset(b + 12, 0, 18);
    memcpy(b + 12, "VP8L", 4);
    b[20] = 0x2F;
    unsigned bits = 639u | 479u << 14;
    b[21] = (unsigned char)bits, b[22] = (unsigned char)(bits >> 8),
    b[23] = (unsigned char)(bits >> 16), b[24] = (unsigned char)(bits >> 24);
    h = read_ok(b, sizeof b);
    assert_int_equal(h.w, 640);
    assert_int_equal(h.h, 479 + 1);
    memset(b + 12, 0, 18);
    memcpy(b + 12, "VP8X", 4);
    b[24] = 0xFF, b[25] = 0xFF, b[26] = 0x00; /* 65536 wide: over the limit */
    b[27] = 0x00;
    char why[160];
    assert_false(imagehdr_read(b, sizeof b, &h, why, sizeof why));
    assert_non_null(strstr(why, "65536 x 1"));
}

static void test_svg_and_unknown(void **state)
{
    (void)state;
    static const char svg[] = "\xEF\xBB\xBF\n  <?xml version=\"1.0\"?><svg viewBox=\"0 0 9 9\"/>";
    ImageHeader h = read_ok((const unsigned char *)svg, sizeof svg - 1);
    assert_int_equal(h.format, IMAGE_SVG);
    assert_int_equal(h.w, 0); /* rasterised at the size drawn */
    static const struct {
        const char *svg;
        bool ok;
    } sizes[] = {
        {"<svg viewBox=\"0 0 96 96\"/>", true},
        {"<svg width=\"96px\" height='48'>", true},
        {"<svg\nwidth=\"0\" height=\"0\" viewBox=\"0,0,24,24\">", true}, /* 0 = use the box */
        {"<svg width=\"100%\" height=\"100%\" viewBox=\"0 0 10 10\">", true},
        {"<svg xmlns=\"http://www.w3.org/2000/svg\"><path d=\"M0 0\"/></svg>", false},
        {"<svg width=\"-5\" height=\"5\" viewBox=\"0 0 9 9\">", false},
        {"<svg viewBox=\"0 0 0 0\" width=\"0\" height=\"0\">", false},
        {"<svg viewBox=\"0 0 nan 9\">", false},
        {"<svg data-width=\"9\" data-height=\"9\">", false}, /* not the attributes */
    };
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        char why[160] = "";
        bool ok = imagehdr_read((const unsigned char *)sizes[i].svg, strlen(sizes[i].svg), &h,
                                why, sizeof why);
        if (ok != sizes[i].ok)
            fail_msg("%s: expected %s (%s)", sizes[i].svg, sizes[i].ok ? "ok" : "refused", why);
        assert_int_equal(h.format, IMAGE_SVG);
    }
    static const char html[] = "<html><body>no</body></html>";
    char why[160];
    assert_false(imagehdr_read((const unsigned char *)html, sizeof html - 1, &h, why, sizeof why));
    assert_int_equal(h.format, IMAGE_UNKNOWN);
    assert_string_equal(why, "not a PNG, JPEG, WebP or SVG file");
    assert_false(imagehdr_read((const unsigned char *)"GIF89a\1\0\1\0", 10, &h, why, sizeof why));
    assert_false(imagehdr_read(NULL, 0, &h, why, sizeof why));
    assert_string_equal(imagehdr_format_name(IMAGE_WEBP), "WebP");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_png),
        cmocka_unit_test(test_jpeg),
        cmocka_unit_test(test_webp),
        cmocka_unit_test(test_svg_and_unknown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
