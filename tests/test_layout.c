/* Layout at the sizes the product promises, with no renderer. */
#include "test_support.h"

#include "layout.h"

static const int sizes[][2] = {{1920, 1080}, {1280, 800}, {1024, 768}, {1080, 1920},
                               {3840, 2160}, {1280, 720}};

static void test_scale_factor(void **state)
{
    (void)state;
    Layout l = layout_make(1920, 1080);
    assert_float_equal(l.s, 1.0f, 1e-5f);
    assert_false(l.portrait);
    l = layout_make(3840, 2160);
    assert_float_equal(l.s, 2.0f, 1e-5f);
    l = layout_make(1080, 1920);
    assert_true(l.portrait);
    assert_float_equal(l.s, 1.0f, 1e-5f);
    /* 4:3 keeps the full height instead of shrinking to the 16:9 width. */
    l = layout_make(1024, 768);
    assert_float_equal(l.s, 768.0f / 1080.0f, 1e-4f);
    /* Safe margin is 4% of the short side. */
    assert_float_equal(l.margin, 0.04f * 768.0f, 1e-3f);
}

static void test_text_sizes_scale(void **state)
{
    (void)state;
    Layout l = layout_make(3840, 2160);
    TextStyle cap = layout_text_style(&l, TYPE_CAPTION, WEIGHT_REGULAR);
    assert_float_equal(cap.px, 48.0f, 0.01f); /* rasterised at physical size */
    l = layout_make(1920, 1080);
    cap = layout_text_style(&l, TYPE_CAPTION, WEIGHT_REGULAR);
    assert_true(cap.px >= 24.0f); /* the floor at 1080p */
}

static void test_home_fits_every_size(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        Layout l = layout_make(sizes[i][0], sizes[i][1]);
        HomeLayout h = layout_home(&l);
        Rect card = layout_home_card(&h, &l, 0, 0.0f);
        assert_true(rect_inside(card, l.screen, 0.5f));
        assert_true(rect_inside(h.title, l.safe, 0.5f));
        assert_true(rect_inside(h.dots, l.safe, 0.5f));
        assert_true(rect_inside(h.expanded, l.safe, 0.5f));
        /* Nothing overlaps vertically: title, cards, dots, hint stack. */
        assert_true(h.subtitle.y + h.subtitle.h <= card.y);
        assert_true(card.y + card.h <= h.buttons.y);
        /* The back button is a real touch target: 96 design units tall. */
        assert_true(h.back_button.h >= 96.0f * l.s - 0.5f);
    }
}

static void test_cards_centre_and_step(void **state)
{
    (void)state;
    Layout l = layout_make(1920, 1080);
    HomeLayout h = layout_home(&l);
    Rect c0 = layout_home_card(&h, &l, 0, 0.0f);
    assert_float_equal(c0.x + c0.w * 0.5f, 960.0f, 1.0f);
    Rect c1 = layout_home_card(&h, &l, 1, 0.0f);
    assert_float_equal(c1.x - c0.x, h.card_w + h.card_gap, 1.0f);
    /* At position 1 the second card is centred. */
    Rect c1c = layout_home_card(&h, &l, 1, 1.0f);
    assert_float_equal(c1c.x, c0.x, 1.0f);
}

static void test_buttons_row_is_a_touch_target(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        Layout l = layout_make(sizes[i][0], sizes[i][1]);
        HomeLayout h = layout_home(&l);
        assert_true(h.buttons.h >= 96.0f * l.s - 0.5f);
        assert_true(rect_inside(h.buttons, l.safe, 0.5f));
        /* The carousel ends above the buttons; dots sit within or above them. */
        assert_true(h.carousel.y + h.carousel.h <= h.buttons.y);
        assert_true(h.dots.y + h.dots.h <= h.buttons.y + h.buttons.h);
    }
}

static void test_portrait_cards_are_taller(void **state)
{
    (void)state;
    Layout p = layout_make(1080, 1920), w = layout_make(1920, 1080);
    HomeLayout hp = layout_home(&p), hw = layout_home(&w);
    assert_true(hp.card_h > hw.card_h);
    assert_true(hp.card_w > hw.card_w);
}

static void test_rect_helpers(void **state)
{
    (void)state;
    Rect r = rect_make(10, 20, 100, 50);
    assert_true(rect_contains(r, 10, 20));
    assert_false(rect_contains(r, 110, 20));
    Rect in = rect_inset(r, 5, 5);
    assert_float_equal(in.w, 90.0f, 0.001f);
    Rect mid = rect_lerp(r, rect_make(20, 40, 200, 150), 0.5f);
    assert_float_equal(mid.x, 15.0f, 0.001f);
    assert_float_equal(mid.h, 100.0f, 0.001f);
    assert_true(rect_inside(in, r, 0.0f));
    assert_false(rect_inside(r, in, 0.0f));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_scale_factor),
        cmocka_unit_test(test_text_sizes_scale),
        cmocka_unit_test(test_home_fits_every_size),
        cmocka_unit_test(test_cards_centre_and_step),
        cmocka_unit_test(test_buttons_row_is_a_touch_target),
        cmocka_unit_test(test_portrait_cards_are_taller),
        cmocka_unit_test(test_rect_helpers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
