/* Colour maths: WCAG contrast is what keeps text readable on a projector. */
#include "test_support.h"

#include "theme.h"

static void test_contrast_extremes(void **state)
{
    (void)state;
    Color black = color_rgb(0x000000), white = color_rgb(0xFFFFFF);
    assert_float_equal(color_contrast(black, white), 21.0, 0.01);
    assert_float_equal(color_contrast(white, white), 1.0, 0.001);
    /* A known WCAG pair: #767676 on white is 4.54:1. */
    assert_float_equal(color_contrast(color_rgb(0x767676), white), 4.54, 0.01);
}

static void test_kiosk_theme_meets_wcag(void **state)
{
    (void)state;
    Theme t = theme_kiosk();
    assert_true(color_contrast(t.text_on_bg, t.bg_top) >= 4.5);
    assert_true(color_contrast(t.text_muted_on_bg, t.bg_top) >= 4.5);
    assert_true(color_contrast(t.text_on_surface, t.surface) >= 4.5);
    assert_true(color_contrast(t.text_muted_on_surface, t.surface) >= 4.5);
    assert_true(color_contrast(t.text_muted_on_surface, t.surface_alt) >= 4.5);
}

static void test_readable_on_adjusts_only_when_needed(void **state)
{
    (void)state;
    Color white = color_rgb(0xFFFFFF);
    Color dark = color_rgb(0x1E3A8A);
    Color same = color_readable_on(dark, white, 4.5);
    assert_int_equal(same.r, dark.r);
    Color pale = color_rgb(0xFCD34D); /* amber: too light for text on white */
    assert_true(color_contrast(pale, white) < 4.5);
    Color fixed = color_readable_on(pale, white, 4.5);
    assert_true(color_contrast(fixed, white) >= 4.5);
    Color navy = color_rgb(0x0E1A2E);
    Color on_dark = color_readable_on(color_rgb(0x1E3A8A), navy, 4.5);
    assert_true(color_contrast(on_dark, navy) >= 4.5);
}

static void test_mix(void **state)
{
    (void)state;
    Color a = color_rgb(0x000000), b = color_rgb(0xFFFFFF);
    Color m = color_mix(a, b, 0.5f);
    assert_in_range(m.r, 127, 128);
    assert_int_equal(color_mix(a, b, 2.0f).g, 255); /* clamped */
    assert_int_equal(color_with_alpha(a, 7).a, 7);
}

/* Every pair the screens set text in, for any theme: ink on both ends of
 * the background gradient, ink on both surfaces, and primary-button ink
 * (the background's bottom colour) on the accent and its lightened top.
 * One table, checked against each theme's own minimum. */
typedef struct {
    const char *name;
    Color fg, bg;
} TextPair;

static size_t theme_text_pairs(const Theme *t, TextPair *out)
{
    size_t n = 0;
    out[n++] = (TextPair){"text_on_bg / bg_top", t->text_on_bg, t->bg_top};
    out[n++] = (TextPair){"text_on_bg / bg_bottom", t->text_on_bg, t->bg_bottom};
    out[n++] = (TextPair){"text_muted_on_bg / bg_top", t->text_muted_on_bg, t->bg_top};
    out[n++] = (TextPair){"text_muted_on_bg / bg_bottom", t->text_muted_on_bg, t->bg_bottom};
    out[n++] = (TextPair){"text_on_surface / surface", t->text_on_surface, t->surface};
    out[n++] = (TextPair){"text_on_surface / surface_alt", t->text_on_surface, t->surface_alt};
    out[n++] = (TextPair){"text_muted_on_surface / surface", t->text_muted_on_surface, t->surface};
    out[n++] = (TextPair){"text_muted_on_surface / surface_alt", t->text_muted_on_surface,
                          t->surface_alt};
    out[n++] = (TextPair){"button ink / accent", t->bg_bottom, t->accent};
    out[n++] = (TextPair){"button ink / lightened accent", t->bg_bottom,
                          color_lighten(t->accent, 0.08f)};
    return n;
}

static void assert_theme_text_pairs(const char *theme, const Theme *t, double min)
{
    TextPair pairs[16];
    size_t n = theme_text_pairs(t, pairs);
    for (size_t i = 0; i < n; i++) {
        double ratio = color_contrast(pairs[i].fg, pairs[i].bg);
        if (ratio < min)
            fail_msg("%s: %s is %.2f:1, below %.1f:1", theme, pairs[i].name, ratio, min);
    }
}

static void test_all_themes_meet_wcag_for_all_text(void **state)
{
    (void)state;
    Theme kiosk = theme_kiosk(), projector = theme_projector(), hc = theme_high_contrast();
    assert_theme_text_pairs("kiosk", &kiosk, 4.5);
    assert_theme_text_pairs("projector", &projector, 4.5);
    assert_theme_text_pairs("high contrast", &hc, 7.0);
    /* Role-coloured text follows the theme's own minimum. */
    assert_float_equal(kiosk.min_text_contrast, 4.5, 1e-9);
    assert_float_equal(projector.min_text_contrast, 4.5, 1e-9);
    assert_float_equal(hc.min_text_contrast, 7.0, 1e-9);
}

/* Under high contrast a role colour is pushed to 7:1, not just 4.5:1. */
static void test_high_contrast_role_text(void **state)
{
    (void)state;
    Theme hc = theme_high_contrast();
    Color violet = color_rgb(0x7C3AED), white = color_rgb(0xFFFFFF);
    assert_true(color_contrast(violet, white) < 7.0); /* 5.7:1 as given */
    Color ink = color_readable_on(violet, white, hc.min_text_contrast);
    assert_true(color_contrast(ink, white) >= 7.0);
    Color on_surface = color_readable_on(violet, hc.surface, hc.min_text_contrast);
    assert_true(color_contrast(on_surface, hc.surface) >= 7.0);
    Color on_alt = color_readable_on(violet, hc.surface_alt, hc.min_text_contrast);
    assert_true(color_contrast(on_alt, hc.surface_alt) >= 7.0);
    /* And on the near-black background too (lightened). */
    Color on_bg = color_readable_on(violet, hc.bg_top, hc.min_text_contrast);
    assert_true(color_contrast(on_bg, hc.bg_top) >= 7.0);
}

/* The high-contrast theme is dark, with white ink on it and black on white. */
static void test_high_contrast_theme_shape(void **state)
{
    (void)state;
    Theme t = theme_high_contrast();
    assert_true(color_luminance(t.bg_top) < 0.01);
    assert_true(color_luminance(t.bg_bottom) < 0.01);
    assert_int_equal(t.text_on_bg.r, 0xFF);
    assert_int_equal(t.surface.r, 0xFF);
    assert_int_equal(t.surface.g, 0xFF);
    assert_int_equal(t.surface.b, 0xFF);
    assert_true(color_luminance(t.text_on_surface) < 0.01);
}

/* The projector theme really is light: dark ink on a pale background. */
static void test_projector_theme_is_light(void **state)
{
    (void)state;
    Theme t = theme_projector();
    assert_true(color_luminance(t.bg_top) > 0.5);
    assert_true(color_luminance(t.bg_bottom) > 0.5);
    assert_true(color_luminance(t.text_on_bg) < 0.05);
    assert_true(color_contrast(t.text_on_bg, t.bg_bottom) >= 7.0); /* AAA for body text */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_contrast_extremes),
        cmocka_unit_test(test_kiosk_theme_meets_wcag),
        cmocka_unit_test(test_readable_on_adjusts_only_when_needed),
        cmocka_unit_test(test_mix),
        cmocka_unit_test(test_all_themes_meet_wcag_for_all_text),
        cmocka_unit_test(test_high_contrast_role_text),
        cmocka_unit_test(test_high_contrast_theme_shape),
        cmocka_unit_test(test_projector_theme_is_light),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
