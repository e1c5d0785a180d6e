/* Shadow textures stay within their pixel budget however many sizes pass
 * through (the soak found the budget overrun: it was checked only when an
 * empty entry was inserted, not when its texture was made). */
#include "render_support.h"

enum { W = 800, H = 600, BUDGET = 300 * 1000 };

/* One card shadow of the given size, drawn in its own whole frame. */
static void draw_shadow_frame(Session *s, float w, float h)
{
    Color c = {0, 0, 0, 120};
    drawlist_begin(&s->dl, W, H);
    drawlist_shadow(&s->dl, rect_make(40, 40, w, h), 24.0f, 30.0f, c);
    render_invalidate(s->renderer); /* the same shadow again is drawn again */
    render_frame(s->renderer, &s->dl);
}

static void test_shadow_budget_holds(void **state)
{
    (void)state;
    Session s;
    memset(&s, 0, sizeof s);
    s.shadow_cache_pixels = BUDGET;
    render_open(&s, W, H);
    size_t peak = 0;
    for (int i = 0; i < 40; i++) {
        float w = 200.0f + 9.0f * (float)i, h = 150.0f + 7.0f * (float)i;
        draw_shadow_frame(&s, w, h); /* first sight: remembered, no texture */
        draw_shadow_frame(&s, w, h); /* second sight: its texture is made */
        RenderStats st = render_stats(s.renderer);
        if (st.shadow_cache_pixels > BUDGET)
            fail_msg("shadow textures hold %zu pixels after %d sizes, over %d",
                     st.shadow_cache_pixels, i + 1, BUDGET);
        peak = st.shadow_cache_pixels > peak ? st.shadow_cache_pixels : peak;
    }
    assert_true(peak > BUDGET / 2); /* the cache was really used, and evicted */
    session_free(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shadow_budget_holds),
    };
    return cmocka_run_group_tests(tests, render_global_setup, render_global_teardown);
}
