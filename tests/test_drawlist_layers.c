/* Drawlist layers: the nesting rules (bad input is normal: an unbalanced
 * begin or end must neither crash nor leave a half-open layer) and the
 * layer key that names a layer's pixels for the renderer's cache. */
#include "test_support.h"

#include <math.h>

#include "drawlist.h"

static const Color WHITE = {255, 255, 255, 255}, INK = {20, 30, 40, 255};

/* One card-like layer at (x, y): body, a line of text, an image. */
static void card(DrawList *dl, float x, float y, Color ink, const char *text)
{
    TextStyle st = {TYPE_BODY, WEIGHT_REGULAR, 32.0f};
    drawlist_layer_begin(dl, rect_make(x, y, 400, 500), WHITE);
    drawlist_rect(dl, rect_make(x, y, 400, 500), 24.0f, WHITE, WHITE);
    drawlist_text(dl, rect_make(x + 40.5f, y + 100.25f, 320, 80), &st, ink, ALIGN_LEFT, 2, text);
    drawlist_image(dl, rect_make(x + 40, y + 20, 64, 64), "/icons/a.svg", ink, 0.0f);
    drawlist_layer_end(dl);
}

static uint64_t key_of(const DrawList *dl, float ox, float oy)
{
    size_t end = drawlist_layer_span(dl, 0);
    assert_true(end > 0);
    return drawlist_layer_key(dl, 0, end, ox, oy);
}

static void test_layer_records_a_pair(void **state)
{
    (void)state;
    TextMeasurer m = fake_measurer();
    DrawList dl;
    drawlist_init(&dl, &m);
    drawlist_begin(&dl, 1920, 1080);
    card(&dl, 100, 50, INK, "Medical coder");
    assert_int_equal(dl.cmds[0].kind, DRAW_LAYER_BEGIN);
    assert_int_equal(drawlist_layer_span(&dl, 0), 4);
    assert_int_equal(dl.cmds[4].kind, DRAW_LAYER_END);
    assert_int_equal(dl.layer_depth, 0);
    assert_int_equal(drawlist_layer_span(&dl, 1), 0); /* not a begin */
    assert_int_equal(drawlist_layer_span(&dl, 99), 0); /* out of range */
    drawlist_free(&dl);
}

static void test_layers_do_not_nest(void **state)
{
    (void)state;
    TextMeasurer m = fake_measurer();
    DrawList dl;
    drawlist_init(&dl, &m);
    drawlist_begin(&dl, 1920, 1080);
    drawlist_layer_end(&dl); /* without a begin: nothing */
    assert_int_equal(dl.count, 0);
    drawlist_layer_begin(&dl, rect_make(0, 0, 500, 500), WHITE);
    card(&dl, 10, 10, INK, "inner"); /* its pair records nothing */
    drawlist_layer_end(&dl);
    drawlist_layer_end(&dl); /* one too many */
    size_t begins = 0, ends = 0;
    for (size_t i = 0; i < dl.count; i++) {
        begins += dl.cmds[i].kind == DRAW_LAYER_BEGIN;
        ends += dl.cmds[i].kind == DRAW_LAYER_END;
    }
    assert_int_equal(begins, 1);
    assert_int_equal(ends, 1);
    assert_int_equal(drawlist_layer_span(&dl, 0), dl.count - 1);
    drawlist_free(&dl);
}

static void test_unusable_layers_have_no_span(void **state)
{
    (void)state;
    TextMeasurer m = fake_measurer();
    DrawList dl;
    drawlist_init(&dl, &m);
    drawlist_begin(&dl, 1920, 1080);
    drawlist_layer_begin(&dl, rect_make(0, 0, 100, 100), WHITE);
    drawlist_rect(&dl, rect_make(0, 0, 100, 100), 0.0f, INK, INK);
    assert_int_equal(drawlist_layer_span(&dl, 0), 0); /* never ended */
    drawlist_begin(&dl, 1920, 1080); /* a new frame forgets the open layer */
    assert_int_equal(dl.layer_depth, 0);
    drawlist_layer_begin(&dl, rect_make(0, 0, 100, 100), WHITE);
    drawlist_clip_push(&dl, rect_make(0, 0, 50, 50));
    drawlist_clip_pop(&dl);
    drawlist_layer_end(&dl);
    assert_int_equal(drawlist_layer_span(&dl, 0), 0); /* a clip inside */
    drawlist_free(&dl);
}

static void test_layer_fades_as_a_whole(void **state)
{
    (void)state;
    TextMeasurer m = fake_measurer();
    DrawList dl;
    drawlist_init(&dl, &m);
    drawlist_begin(&dl, 1920, 1080);
    dl.alpha = 0.5f;
    card(&dl, 0, 0, INK, "fading");
    assert_true(fabsf(dl.cmds[0].opacity - 0.5f) < 1e-6f);
    assert_int_equal(dl.cmds[1].color.a, 255); /* inside: not faded */
    assert_true(fabsf(dl.alpha - 0.5f) < 1e-6f); /* restored after */
    drawlist_free(&dl);
}

static void test_key_follows_content_not_position(void **state)
{
    (void)state;
    TextMeasurer m = fake_measurer();
    DrawList a, b;
    drawlist_init(&a, &m);
    drawlist_init(&b, &m);
    drawlist_begin(&a, 1920, 1080);
    card(&a, 100, 50, INK, "Medical coder");
    uint64_t k = key_of(&a, 99, 49);
    drawlist_begin(&b, 1920, 1080);
    card(&b, 737, 311, INK, "Medical coder"); /* moved by whole pixels */
    assert_true(key_of(&b, 736, 310) == k);
    assert_true(key_of(&b, 736.5f, 310) != k); /* another sub-pixel phase */
    drawlist_begin(&b, 1920, 1080);
    card(&b, 100, 50, (Color){20, 30, 41, 255}, "Medical coder");
    assert_true(key_of(&b, 99, 49) != k); /* a colour */
    drawlist_begin(&b, 1920, 1080);
    card(&b, 100, 50, INK, "Medical coders");
    assert_true(key_of(&b, 99, 49) != k); /* the text */
    drawlist_free(&a);
    drawlist_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_layer_records_a_pair),
        cmocka_unit_test(test_layers_do_not_nest),
        cmocka_unit_test(test_unusable_layers_have_no_span),
        cmocka_unit_test(test_layer_fades_as_a_whole),
        cmocka_unit_test(test_key_follows_content_not_position),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
