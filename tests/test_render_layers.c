/* Layers: a home card drawn from its cached texture looks like the card
 * drawn command by command, and a card that only moves is copied, not
 * drawn again. Unbalanced layers draw without crashing. */
#include "render_support.h"

#include "layout.h"
#include "screens/card.h"

static void assert_close(SDL_Surface *a, SDL_Surface *b, const char *what)
{
    assert_non_null(a);
    assert_non_null(b);
    double frac = render_diff_fraction(a, b);
    if (frac > RENDER_MAX_DIFF_FRACTION)
        fail_msg("%s: %.3f%% of pixels differ (largest channel difference %d)", what,
                 frac * 100.0, render_diff(a, b, 255).worst);
}

static void home_matches_direct(int w, int h)
{
    Session s;
    render_start(&s, w, h);
    RenderStats st0 = render_stats(s.renderer);
    session_draw(&s); /* first sight of every card: drawn directly */
    SDL_Surface *direct = session_read_frame(&s);
    assert_int_equal(render_stats(s.renderer).layers_copied, st0.layers_copied);
    for (int i = 0; i < 6; i++) { /* one new texture a frame, in whole frames */
        render_invalidate(s.renderer);
        session_draw(&s);
    }
    RenderStats st = render_stats(s.renderer);
    assert_true(st.layers_rasterised >= st0.layers_rasterised + 2);
    assert_true(st.layers_copied > st0.layers_copied);
    SDL_Surface *layered = session_read_frame(&s);
    assert_close(direct, layered, "home from layers");
    SDL_FreeSurface(direct);
    SDL_FreeSurface(layered);
    session_free(&s);
}

static void test_home_landscape_matches_direct(void **state)
{
    (void)state;
    home_matches_direct(1920, 1080);
}

static void test_home_portrait_matches_direct(void **state)
{
    (void)state;
    home_matches_direct(1080, 1920);
}

/* One whole frame: a dimmed card at rest at `r` (its veil in its layer) and a
 * half-dimmed one beside it (its veil drawn over). */
static void draw_cards(Session *s, Rect r)
{
    drawlist_begin(&s->dl, s->app.layout.w, s->app.layout.h);
    card_draw_compact(&s->app, &s->dl, 0, r, 1.0f, false);
    card_draw_compact(&s->app, &s->dl, 1, rect_make(r.x + r.w + 40.0f, r.y, r.w, r.h), 0.5f,
                      false);
    render_invalidate(s->renderer); /* whole frames: a still card is drawn again */
    render_frame(s->renderer, &s->dl);
}

static void test_moved_cards_are_copied(void **state)
{
    (void)state;
    Session s, d;
    render_start(&s, 1920, 1080);
    HomeLayout hl = layout_home(&s.app.layout);
    Rect r = rect_make(100.0f, 60.0f, hl.card_w, hl.card_h);
    for (int i = 0; i < 4; i++)
        draw_cards(&s, r);
    RenderStats before = render_stats(s.renderer);
    r.x += 237.0f; /* whole pixels, as the carousel moves its cards */
    r.y += 23.0f;
    draw_cards(&s, r);
    RenderStats after = render_stats(s.renderer);
    assert_int_equal(after.layers_rasterised, before.layers_rasterised);
    assert_int_equal(after.strings_rasterised, before.strings_rasterised);
    assert_int_equal(after.images_decoded, before.images_decoded);
    assert_int_equal(after.layers_copied, before.layers_copied + 2);
    SDL_Surface *moved = session_read_frame(&s);

    render_start(&d, 1920, 1080); /* a fresh renderer draws it directly */
    draw_cards(&d, r);
    assert_int_equal(render_stats(d.renderer).layers_copied, 0);
    SDL_Surface *direct = session_read_frame(&d);
    assert_close(direct, moved, "moved cards");
    SDL_FreeSurface(direct);
    SDL_FreeSurface(moved);
    session_free(&d);
    session_free(&s);
}

static void test_unbalanced_layers_draw(void **state)
{
    (void)state;
    Session s;
    render_start(&s, 640, 480);
    Color red = {220, 30, 30, 255};
    for (int i = 0; i < 3; i++) {
        drawlist_begin(&s.dl, 640, 480);
        drawlist_layer_end(&s.dl); /* ignored */
        drawlist_layer_begin(&s.dl, rect_make(10, 10, 200, 200), red);
        drawlist_rect(&s.dl, rect_make(10, 10, 200, 200), 0.0f, red, red);
        /* never ended: drawn command by command */
        render_frame(s.renderer, &s.dl);
    }
    drawlist_begin(&s.dl, 640, 480);
    drawlist_layer_begin(&s.dl, rect_make(10, 10, 200, 200), red);
    drawlist_layer_end(&s.dl); /* empty */
    s.dl.alpha = 0.0f;
    drawlist_layer_begin(&s.dl, rect_make(300, 10, 0, 0), red); /* nothing to draw */
    drawlist_rect(&s.dl, rect_make(300, 10, 0, 0), 0.0f, red, red);
    drawlist_layer_end(&s.dl);
    render_frame(s.renderer, &s.dl);
    assert_int_equal(render_stats(s.renderer).layers_copied, 0);

    drawlist_begin(&s.dl, 640, 480);
    drawlist_layer_begin(&s.dl, rect_make(10, 10, 200, 200), red);
    drawlist_rect(&s.dl, rect_make(10, 10, 200, 200), 0.0f, red, red);
    render_frame(s.renderer, &s.dl);
    SDL_Surface *frame = session_read_frame(&s);
    assert_non_null(frame);
    Uint32 px = ((const Uint32 *)frame->pixels)[100 * frame->pitch / 4 + 100];
    assert_int_equal((px >> 16) & 0xFF, 220); /* the unended layer's rect */
    SDL_FreeSurface(frame);
    session_free(&s);
}

/* --rotate draws the frame into a texture: making a layer's texture must
 * hand that target back, not the window. */
static void test_layers_keep_the_frame_target(void **state)
{
    (void)state;
    Session s;
    render_start(&s, 1280, 800);
    SDL_Texture *target = SDL_CreateTexture(s.sdl, SDL_PIXELFORMAT_ARGB8888,
                                            SDL_TEXTUREACCESS_TARGET, 1280, 800);
    assert_non_null(target);
    assert_int_equal(SDL_SetRenderTarget(s.sdl, target), 0);
    HomeLayout hl = layout_home(&s.app.layout);
    unsigned long made = render_stats(s.renderer).layers_rasterised;
    for (int i = 0; i < 3; i++)
        draw_cards(&s, rect_make(20.0f, 20.0f, hl.card_w, hl.card_h));
    assert_true(render_stats(s.renderer).layers_rasterised > made);
    assert_ptr_equal(SDL_GetRenderTarget(s.sdl), target);
    SDL_SetRenderTarget(s.sdl, NULL);
    SDL_DestroyTexture(target);
    session_free(&s);
}

/* A layer holding a scaled bitmap, which only SDL can draw: the attempt to
 * draw it straight into its pixels is dropped and SDL draws it instead, so
 * the picture is in the layer's texture too. */
static void draw_layer_with_scaled_image(Session *s, const char *image)
{
    Color card = {240, 240, 240, 255}, white = {255, 255, 255, 255}, bg = {20, 30, 50, 255};
    drawlist_begin(&s->dl, 640, 480);
    drawlist_rect(&s->dl, rect_make(0, 0, 640, 480), 0.0f, bg, bg);
    drawlist_layer_begin(&s->dl, rect_make(100, 100, 300, 260), card);
    drawlist_rect(&s->dl, rect_make(100, 100, 300, 260), 24.0f, card, card);
    drawlist_image(&s->dl, rect_make(160, 140, 120, 120), image, white, 0.0f);
    drawlist_layer_end(&s->dl);
    render_invalidate(s->renderer); /* whole frames */
    render_frame(s->renderer, &s->dl);
}

static void test_layer_needing_sdl_keeps_its_image(void **state)
{
    (void)state;
    Session s;
    render_start(&s, 640, 480);
    assert_true(render_direct(s.renderer));
    char image[1024];
    test_path(image, sizeof image, "tests/fixtures/good/images/ma.png"); /* 1x1: scaled */
    draw_layer_with_scaled_image(&s, image); /* first sight: command by command */
    SDL_Surface *direct = session_read_frame(&s);
    RenderStats before = render_stats(s.renderer);
    draw_layer_with_scaled_image(&s, image); /* its texture is made */
    draw_layer_with_scaled_image(&s, image); /* and copied */
    RenderStats after = render_stats(s.renderer);
    assert_int_equal(after.layers_rasterised, before.layers_rasterised + 1);
    assert_int_equal(after.layers_copied, before.layers_copied + 2);
    SDL_Surface *layered = session_read_frame(&s);
    assert_close(direct, layered, "a layer with a scaled image");
    SDL_FreeSurface(direct);
    SDL_FreeSurface(layered);
    session_free(&s);
}

/* A white card, rounded, on white, at a sub-pixel place. */
static void draw_white_card(Session *s)
{
    Color white = {255, 255, 255, 255}, ink = {30, 40, 60, 255};
    drawlist_begin(&s->dl, 640, 480);
    drawlist_rect(&s->dl, rect_make(0, 0, 640, 480), 0.0f, white, white);
    Rect card = rect_make(150.4f, 90.6f, 320.0f, 260.0f);
    drawlist_layer_begin(&s->dl, card, white);
    drawlist_rect(&s->dl, card, 40.0f, white, white);
    drawlist_rect(&s->dl, rect_make(190.0f, 130.0f, 120.0f, 20.0f), 10.0f, ink, ink);
    drawlist_layer_end(&s->dl);
    render_invalidate(s->renderer);
    render_frame(s->renderer, &s->dl);
}

/* A layer's texture is cleared to its matte (its body's colour, clear)
 * around the body's solid inside, which is left to the body: blended edges
 * then keep the body's colour. Cleared to black, or not cleared where the
 * edge is, a white card's rounded corners would show grey on white. */
static void test_layer_edges_keep_the_body_colour(void **state)
{
    (void)state;
    Session s;
    render_start(&s, 640, 480);
    draw_white_card(&s); /* first sight: command by command */
    SDL_Surface *direct = session_read_frame(&s);
    RenderStats before = render_stats(s.renderer);
    draw_white_card(&s);
    draw_white_card(&s);
    assert_int_equal(render_stats(s.renderer).layers_copied, before.layers_copied + 2);
    SDL_Surface *layered = session_read_frame(&s);
    RenderDiff d = render_diff(direct, layered, 2);
    if (d.over)
        fail_msg("%lu pixels differ from the card drawn directly (by up to %d levels)",
                 (unsigned long)d.over, d.worst);
    SDL_FreeSurface(direct);
    SDL_FreeSurface(layered);
    session_free(&s);
}

/* The white card, faded to `opacity`, under a veil of its own shape; the
 * veil `apart` (inside a clip, so not filled with the layer's copy). */
static void draw_veiled_card(Session *s, Rect card, float radius, float opacity, bool apart)
{
    Color white = {255, 255, 255, 255}, ink = {30, 40, 60, 255}, veil = {20, 30, 50, 90};
    drawlist_begin(&s->dl, 640, 480);
    drawlist_rect(&s->dl, rect_make(0, 0, 640, 480), 0.0f, ink, white);
    s->dl.alpha = opacity;
    drawlist_layer_begin(&s->dl, card, white);
    drawlist_rect(&s->dl, card, radius, white, white);
    drawlist_rect(&s->dl, rect_make(card.x + 10.0f, card.y + 10.0f, 20.0f, 12.0f), 6.0f, ink, ink);
    drawlist_layer_end(&s->dl);
    s->dl.alpha = 1.0f;
    if (apart)
        drawlist_clip_push(&s->dl, rect_make(0, 0, 640, 480));
    drawlist_rect(&s->dl, card, radius, veil, veil);
    if (apart)
        drawlist_clip_pop(&s->dl);
    render_invalidate(s->renderer);
    render_frame(s->renderer, &s->dl);
}

/* A dimming card's veil, drawn over its layer, is filled as the layer is
 * copied, in one pass: the frame has the same bytes as when the veil is
 * drawn after the copy (neither lost nor doubled), faded or not. */
static void test_veil_filled_with_the_copy(void **state)
{
    (void)state;
    /* Big and rounded, faded or not; then small and square, never fused:
     * drawn whole, as triangles, its veil would be doubled. */
    const float opacities[] = {1.0f, 0.8f, 1.0f}, radii[] = {40.0f, 40.0f, 0.0f};
    const Rect cards[] = {{150.4f, 90.6f, 320.0f, 260.0f}, {150.4f, 90.6f, 320.0f, 260.0f},
                          {100.0f, 100.0f, 60.0f, 50.0f}};
    for (int i = 0; i < 3; i++) {
        Session one, two;
        render_start(&one, 640, 480);
        render_start(&two, 640, 480);
        for (int k = 0; k < 3; k++) { /* first sight, made, copied */
            draw_veiled_card(&one, cards[i], radii[i], opacities[i], false);
            draw_veiled_card(&two, cards[i], radii[i], opacities[i], true);
        }
        assert_int_equal(render_stats(one.renderer).veils_fused, i < 2 ? 2 : 0);
        assert_int_equal(render_stats(two.renderer).veils_fused, 0);
        assert_int_equal(render_stats(two.renderer).layers_copied, 2);
        SDL_Surface *fused = session_read_frame(&one), *apart = session_read_frame(&two);
        RenderDiff d = render_diff(fused, apart, 0);
        if (d.over)
            fail_msg("opacity %.1f: %lu pixels differ (by up to %d levels, first at %d,%d)",
                     (double)opacities[i], (unsigned long)d.over, d.worst, d.first.x, d.first.y);
        SDL_FreeSurface(fused);
        SDL_FreeSurface(apart);
        session_free(&one);
        session_free(&two);
    }
}

/* `n` opaque layers of w x h in a row, wrapping, in one whole frame. */
static void draw_big_layers(Session *s, int n, float w, float h)
{
    int sw = s->app.layout.w, sh = s->app.layout.h;
    drawlist_begin(&s->dl, sw, sh);
    for (int i = 0; i < n; i++) {
        Color c = {(uint8_t)(40 + 20 * i), 90, 160, 255};
        float x = fmodf(37.0f * (float)i, (float)sw - w), y = fmodf(29.0f * (float)i, (float)sh - h);
        drawlist_layer_begin(&s->dl, rect_make(x, y, w, h), c);
        drawlist_rect(&s->dl, rect_make(x, y, w, h), 24.0f, c, c);
        drawlist_layer_end(&s->dl);
    }
    render_invalidate(s->renderer);
    render_frame(s->renderer, &s->dl);
}

/* The layer textures' budget is in screens, not pixels: ten cards of
 * 1200x1400 (16.8M pixels, more than a fixed 16M) all stay at 2560x1440,
 * so a loop over them draws none anew; a small screen keeps fewer. */
static void test_layer_budget_follows_the_screen(void **state)
{
    (void)state;
    Session big, small;
    render_start(&big, 2560, 1440);
    for (int i = 0; i < 12; i++) /* first sight, then one texture a frame */
        draw_big_layers(&big, 10, 1200.0f, 1400.0f);
    RenderStats before = render_stats(big.renderer);
    draw_big_layers(&big, 10, 1200.0f, 1400.0f);
    draw_big_layers(&big, 10, 1200.0f, 1400.0f);
    RenderStats after = render_stats(big.renderer);
    assert_int_equal(after.layers_rasterised, before.layers_rasterised);
    assert_int_equal(after.layers_copied, before.layers_copied + 20);
    assert_true(after.layer_cache_pixels >= 10u * 1202u * 1402u);
    session_free(&big);

    render_start(&small, 640, 480); /* six screens: 1.84M pixels, less than twelve cards */
    for (int i = 0; i < 20; i++) {
        draw_big_layers(&small, 12, 400.0f, 400.0f);
        assert_true(render_stats(small.renderer).layer_cache_pixels <= 6u * 640u * 480u);
    }
    before = render_stats(small.renderer);
    draw_big_layers(&small, 12, 400.0f, 400.0f);
    assert_true(render_stats(small.renderer).layers_copied < before.layers_copied + 12);
    session_free(&small);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_home_landscape_matches_direct),
        cmocka_unit_test(test_home_portrait_matches_direct),
        cmocka_unit_test(test_moved_cards_are_copied),
        cmocka_unit_test(test_unbalanced_layers_draw),
        cmocka_unit_test(test_layers_keep_the_frame_target),
        cmocka_unit_test(test_layer_needing_sdl_keeps_its_image),
        cmocka_unit_test(test_layer_budget_follows_the_screen),
        cmocka_unit_test(test_layer_edges_keep_the_body_colour),
        cmocka_unit_test(test_veil_filled_with_the_copy),
    };
    return cmocka_run_group_tests(tests, render_global_setup, render_global_teardown);
}
