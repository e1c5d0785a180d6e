/* The text cache survives a frame that needs more entries than its limit:
 * everything drawn in the current frame is kept, so eviction can free
 * nothing, and the linear-probe table used to fill up and spin forever. */
#include "render_support.h"

enum { W = 800, H = 600, LIMIT = 8, BUSY_FRAME_STRINGS = 40 };

/* One frame of `count` distinct short strings. */
static void draw_strings_frame(Session *s, int count)
{
    TextStyle st = {TYPE_BODY, WEIGHT_REGULAR, 18.0f};
    Color ink = {255, 255, 255, 255};
    drawlist_begin(&s->dl, W, H);
    for (int i = 0; i < count; i++) {
        char line[32];
        snprintf(line, sizeof line, "label %d", i);
        drawlist_text(&s->dl, rect_make(10.0f + 180.0f * (float)(i % 4), 10.0f + 14.0f * (float)(i / 4),
                                        170, 30),
                      &st, ink, ALIGN_LEFT, 1, line);
    }
    render_frame(s->renderer, &s->dl);
}

static void test_busy_frame_grows_the_cache(void **state)
{
    (void)state;
    Session s;
    memset(&s, 0, sizeof s);
    s.text_cache_entries = LIMIT;
    render_open(&s, W, H);

    draw_strings_frame(&s, BUSY_FRAME_STRINGS);
    RenderStats first = render_stats(s.renderer);
    assert_int_equal(first.strings_rasterised, BUSY_FRAME_STRINGS); /* none dropped */
    assert_int_equal(first.text_cache_size, BUSY_FRAME_STRINGS);

    draw_strings_frame(&s, BUSY_FRAME_STRINGS); /* the same frame again: all cached */
    RenderStats again = render_stats(s.renderer);
    assert_int_equal(again.strings_rasterised, first.strings_rasterised);

    /* Quieter frames of new strings evict the busy frame's entries again. */
    for (int f = 0; f < 30; f++) {
        drawlist_begin(&s.dl, W, H);
        char line[32];
        snprintf(line, sizeof line, "quiet %d", f);
        TextStyle st = {TYPE_BODY, WEIGHT_REGULAR, 18.0f};
        drawlist_text(&s.dl, rect_make(10, 10, 300, 30), &st, (Color){255, 255, 255, 255},
                      ALIGN_LEFT, 1, line);
        render_frame(s.renderer, &s.dl);
    }
    assert_true(render_stats(s.renderer).text_cache_size < BUSY_FRAME_STRINGS);
    session_free(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_busy_frame_grows_the_cache),
    };
    return cmocka_run_group_tests(tests, render_global_setup, render_global_teardown);
}
