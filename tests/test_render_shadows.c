/* Shadows: their textures stay within the pixel budget however many kinds
 * pass through (the soak found the budget overrun: it was checked only
 * when an empty entry was inserted, not when its texture was made), and a
 * shadow that grows or moves is drawn from its kind's mini shadow, never
 * again as triangles. */
#include "render_support.h"

enum { W = 800, H = 600, BUDGET = 300 * 1000 };

/* One card shadow of the given size and blur, drawn in its own whole frame. */
static void draw_shadow_frame(Session *s, float w, float h, float blur)
{
    Color c = {0, 0, 0, 120};
    drawlist_begin(&s->dl, W, H);
    drawlist_shadow(&s->dl, rect_make(40, 40, w, h), 24.0f, blur, c);
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
        float w = 200.0f + 9.0f * (float)i, h = 150.0f + 7.0f * (float)i, blur = 30.0f + (float)i;
        draw_shadow_frame(&s, w, h, blur); /* first sight of a kind: remembered */
        draw_shadow_frame(&s, w, h, blur); /* second sight: its mini is made */
        RenderStats st = render_stats(s.renderer);
        if (st.shadow_cache_pixels > BUDGET)
            fail_msg("shadow textures hold %zu pixels after %d kinds, over %d",
                     st.shadow_cache_pixels, i + 1, BUDGET);
        peak = st.shadow_cache_pixels > peak ? st.shadow_cache_pixels : peak;
    }
    assert_true(peak > BUDGET / 2); /* the cache was really used, and evicted */
    session_free(&s);
}

/* A card's shadow growing through an entrance, drawn directly into the
 * pixels or (`sdl_blitters`) through SDL's blitters; returns the shadow
 * textures kept. */
static size_t growing_shadow_textures(bool sdl_blitters)
{
    Session s;
    memset(&s, 0, sizeof s);
    s.sdl_blitters = sdl_blitters;
    render_open(&s, W, H);
    draw_shadow_frame(&s, 300.0f, 200.0f, 40.0f); /* first sight of its kind */
    unsigned long first = render_stats(s.renderer).shadows_triangulated;
    assert_int_equal(first, sdl_blitters ? 1 : 0); /* written directly: no triangles at all */
    for (int i = 1; i <= 30; i++) /* an entrance: the card and its shadow grow */
        draw_shadow_frame(&s, 300.0f + 9.7f * (float)i, 200.0f + 6.3f * (float)i, 40.0f);
    assert_int_equal(render_stats(s.renderer).shadows_triangulated, first);
    size_t kept = render_stats(s.renderer).shadow_cache_size;
    session_free(&s);
    return kept;
}

static void test_growing_shadow_needs_no_triangles(void **state)
{
    (void)state;
    /* Directly, one mini: compose.c tints it as fast as a baked copy. */
    assert_int_equal(growing_shadow_textures(false), 1);
    /* Through SDL, the mini and the same with its alpha baked in. */
    assert_int_equal(growing_shadow_textures(true), 2);
}

/* A card and its shadow, both at alpha `a` (a card fading in); or, with
 * `shadow` false, the card alone. Drawn twice, so the second frame comes
 * from the kind's mini shadow. Returns the pixel at the card's centre. */
static Uint32 fading_card_centre(Session *s, uint8_t a, bool shadow)
{
    Color bg = {30, 40, 60, 255}, card = {240, 240, 240, a}, shade = {0, 0, 0, a};
    for (int i = 0; i < 2; i++) {
        drawlist_begin(&s->dl, W, H);
        drawlist_rect(&s->dl, rect_make(0, 0, W, H), 0.0f, bg, bg);
        if (shadow)
            drawlist_shadow(&s->dl, rect_make(200, 218, 400, 300), 24.0f, 40.0f, shade);
        drawlist_rect(&s->dl, rect_make(200, 200, 400, 300), 24.0f, card, card);
        render_invalidate(s->renderer);
        render_frame(s->renderer, &s->dl);
    }
    SDL_Surface *frame = session_read_frame(s);
    assert_non_null(frame);
    Uint32 px = ((const Uint32 *)frame->pixels)[350 * frame->pitch / 4 + 400];
    SDL_FreeSurface(frame);
    return px;
}

/* A card fading in with its shadow fades as one: the shadow's core does not
 * darken the card through it, as it would not if the card were opaque. */
static void test_fading_card_hides_its_shadow_core(void **state)
{
    (void)state;
    Session s;
    render_start(&s, W, H);
    assert_int_equal(fading_card_centre(&s, 90, true), fading_card_centre(&s, 90, false));
    assert_int_equal(fading_card_centre(&s, 255, true), fading_card_centre(&s, 255, false));
    session_free(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shadow_budget_holds),
        cmocka_unit_test(test_growing_shadow_needs_no_triangles),
        cmocka_unit_test(test_fading_card_hides_its_shadow_core),
    };
    return cmocka_run_group_tests(tests, render_global_setup, render_global_teardown);
}
