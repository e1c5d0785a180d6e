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

/* Every pair the screens set text in, for either theme: ink on both ends
 * of the background gradient, ink on both surfaces, and primary-button ink
 * (the background's bottom colour) on the accent and its lightened top. */
static void assert_theme_text_pairs(const Theme *t)
{
    Color bgs[] = {t->bg_top, t->bg_bottom};
    for (int i = 0; i < 2; i++) {
        assert_true(color_contrast(t->text_on_bg, bgs[i]) >= 4.5);
        assert_true(color_contrast(t->text_muted_on_bg, bgs[i]) >= 4.5);
    }
    Color surfaces[] = {t->surface, t->surface_alt};
    for (int i = 0; i < 2; i++) {
        assert_true(color_contrast(t->text_on_surface, surfaces[i]) >= 4.5);
        assert_true(color_contrast(t->text_muted_on_surface, surfaces[i]) >= 4.5);
    }
    assert_true(color_contrast(t->bg_bottom, t->accent) >= 4.5);
    assert_true(color_contrast(t->bg_bottom, color_lighten(t->accent, 0.08f)) >= 4.5);
}

static void test_both_themes_meet_wcag_for_all_text(void **state)
{
    (void)state;
    Theme kiosk = theme_kiosk(), projector = theme_projector();
    assert_theme_text_pairs(&kiosk);
    assert_theme_text_pairs(&projector);
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
        cmocka_unit_test(test_both_themes_meet_wcag_for_all_text),
        cmocka_unit_test(test_projector_theme_is_light),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
