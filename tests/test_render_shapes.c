/* The renderer's fast paths draw what the slow ones draw. Against a fresh
 * renderer (no textures yet: triangles and fills): a rounded rect copied
 * from its shape texture, a translucent fill copied from a tile of its
 * colour, a shadow in nine slices of its kind's mini shadow, and a
 * backdrop gradient copied from its texture. A card fading as a whole (its
 * inside copied from its layer's opaque twin) blends its unfaded pixels
 * with what is behind it. What an opaque rect covers is skipped, and a
 * direct write leaves out what an opaque command drawn after it covers. */
#include "render_support.h"

#include <math.h>

#include "layout.h"
#include "screens/card.h"

enum { W = 1280, H = 800 };

/* Pixels more than this apart count as different: SDL's fill, blend and
 * copy loops round differently by a level or two. A few anti-aliased
 * corner pixels may differ more: SDL's triangle filler blends a triangle's
 * edge onto a transparent texture slightly differently than onto the
 * frame (14 pixels of the shapes frame, by at most 47 levels). */
enum { LEVELS = 3, CORNER_PIXELS = 32 };

typedef void (*DrawFrame)(Session *s);

/* Draws `frame` whole three times on one renderer (its textures are made
 * on the second sight and used on the third) and once on a fresh one;
 * the two last frames must match. */
static void assert_fast_matches_slow(DrawFrame frame, const char *what)
{
    Session fast, slow;
    render_start(&fast, W, H);
    render_start(&slow, W, H);
    for (int i = 0; i < 3; i++) {
        render_invalidate(fast.renderer);
        frame(&fast);
    }
    frame(&slow);
    SDL_Surface *a = session_read_frame(&fast), *b = session_read_frame(&slow);
    assert_non_null(a);
    assert_non_null(b);
    size_t apart = render_diff(a, b, LEVELS).over;
    if (apart > CORNER_PIXELS) {
        IMG_SavePNG(a, "/tmp/careerdeck-shapes-fast.png");
        IMG_SavePNG(b, "/tmp/careerdeck-shapes-slow.png");
        fail_msg("%s: %zu pixels differ by more than %d levels "
                 "(/tmp/careerdeck-shapes-fast.png, /tmp/careerdeck-shapes-slow.png)",
                 what, apart, LEVELS);
    }
    SDL_FreeSurface(a);
    SDL_FreeSurface(b);
    session_free(&slow);
    session_free(&fast);
}

static void shapes_frame(Session *s)
{
    DrawList *dl = &s->dl;
    drawlist_begin(dl, W, H);
    Color bg = {12, 24, 40, 255}, bg2 = {30, 50, 80, 255};
    drawlist_rect(dl, rect_make(0, 0, W, H), 0.0f, bg, bg2);
    Color pill = {56, 189, 248, 255}, glass = {255, 255, 255, 38}, card = {246, 248, 250, 255};
    Color shade = {0, 0, 0, 140}, light = {0, 0, 0, 102}, black = {0, 0, 0, 255};
    drawlist_shadow(dl, rect_make(500, 258, 600, 500), 24.0f, 44.0f, shade); /* under the card */
    drawlist_shadow(dl, rect_make(900, 600, 330, 96), 48.0f, 24.0f, light);   /* a button's */
    drawlist_shadow(dl, rect_make(-40, 420, 420, 380), 0.0f, 40.0f, black);   /* square, off screen */
    drawlist_rect(dl, rect_make(100.25f, 80.5f, 718.0f, 112.0f), 56.0f, pill, pill);   /* pill */
    drawlist_rect(dl, rect_make(100.0f, 240.0f, 356.0f, 96.0f), 48.0f, glass, glass);  /* glass */
    drawlist_rect(dl, rect_make(500.4f, 240.0f, 600.0f, 500.0f), 24.0f, card, card);   /* card */
    Color veil = {10, 20, 35, 150};
    drawlist_rect(dl, rect_make(480.0f, 400.0f, 700.0f, 300.0f), 24.0f, veil, veil);   /* veil */
    drawlist_rect(dl, rect_make(60.0f, 500.0f, 300.0f, 250.0f), 0.0f, veil, veil);    /* square */
    Color top = {99, 102, 241, 255}, bottom = {49, 46, 129, 255};
    drawlist_rect(dl, rect_make(880.6f, 60.3f, 330.0f, 120.0f), 40.0f, top, bottom); /* gradient */
    render_frame(s->renderer, dl);
}

static void test_shapes_and_veils_match_triangles_and_fills(void **state)
{
    (void)state;
    assert_fast_matches_slow(shapes_frame, "shapes and veils");
}

/* Two card-like layers (a body, a header band, a translucent badge and
 * text, no shadow), faded to `alpha` as the home entrance fades its cards;
 * 0: none. */
static void cards_frame(Session *s, float alpha)
{
    DrawList *dl = &s->dl;
    drawlist_begin(dl, W, H);
    Color bg = {12, 24, 40, 255}, bg2 = {40, 60, 90, 255}, body = {246, 248, 250, 255},
          band = {15, 118, 110, 255}, badge = {255, 255, 255, 60}, ink = {15, 23, 42, 255};
    TextStyle st = {TYPE_BODY, WEIGHT_BOLD, 44.0f};
    drawlist_rect(dl, rect_make(0, 0, W, H), 0.0f, bg, bg2);
    dl->alpha = alpha;
    for (int i = 0; i < 2 && alpha > 0.0f; i++) {
        Rect r = rect_make(60.0f + 620.0f * (float)i, 60.0f, 560.0f, 680.0f);
        drawlist_layer_begin(dl, r, body);
        drawlist_rect(dl, r, 24.0f, body, body);
        drawlist_rect(dl, rect_make(r.x, r.y, r.w, 160.0f), 24.0f, band, band);
        drawlist_rect(dl, rect_make(r.x + 30.0f, r.y + 30.0f, 100.0f, 100.0f), 50.0f, badge, badge);
        drawlist_text(dl, rect_make(r.x + 30.0f, r.y + 200.0f, r.w - 60.0f, 120.0f), &st, ink,
                      ALIGN_LEFT, 2, i ? "Medical Coder" : "Medical Billing and Coding Specialist");
        drawlist_layer_end(dl);
    }
    dl->alpha = 1.0f;
    render_frame(s->renderer, dl);
}

static Uint32 pixel(SDL_Surface *f, int x, int y)
{
    return ((const Uint32 *)((const Uint8 *)f->pixels + y * f->pitch))[x];
}

/* A card fading as a whole shows, at every pixel, alpha of its unfaded
 * pixel and (1 - alpha) of the background: the opaque twin must not
 * change that, nor the rim copied around it. */
static void test_fading_cards_blend_as_a_whole(void **state)
{
    (void)state;
    const float alpha = 0.4f;
    Session s;
    render_start(&s, W, H);
    /* Frame 1 draws both cards command by command (first sight); frame 2
     * makes the first card's texture, frame 3 the second's (one a frame).
     * Frame 3 is checked: a twin made in it must not upset the frame. */
    RenderStats before = render_stats(s.renderer), last = before;
    for (int i = 0; i < 3; i++) {
        last = render_stats(s.renderer);
        render_invalidate(s.renderer);
        cards_frame(&s, alpha);
    }
    RenderStats after = render_stats(s.renderer);
    assert_int_equal(after.layers_rasterised, last.layers_rasterised + 1);
    assert_int_equal(after.layers_copied, last.layers_copied + 2);
    SDL_Surface *faded = session_read_frame(&s);
    for (int i = 0; i < 3; i++) {
        render_invalidate(s.renderer);
        cards_frame(&s, 1.0f);
    }
    SDL_Surface *whole = session_read_frame(&s);
    render_invalidate(s.renderer);
    cards_frame(&s, 0.0f);
    SDL_Surface *behind = session_read_frame(&s);
    size_t off = 0, checked = 0;
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            Uint32 f = pixel(faded, x, y), c = pixel(whole, x, y), b = pixel(behind, x, y);
            checked += c != b;
            for (int shift = 0; shift < 24; shift += 8) {
                float want = alpha * (float)((c >> shift) & 0xFF) +
                             (1.0f - alpha) * (float)((b >> shift) & 0xFF);
                if (fabsf((float)((f >> shift) & 0xFF) - want) > (float)LEVELS) {
                    off++;
                    break;
                }
            }
        }
    assert_true(checked > 100000); /* the cards cover a good part of the frame */
    if (off > 0)
        fail_msg("%zu of %zu card pixels are not the whole card faded", off, checked);
    SDL_FreeSurface(faded);
    SDL_FreeSurface(whole);
    SDL_FreeSurface(behind);
    session_free(&s);
}

/* Ten red rects, then an opaque blue rect over `cover`. */
static void covered_frame(Session *s, Rect cover)
{
    DrawList *dl = &s->dl;
    Color red = {220, 30, 30, 255}, blue = {30, 60, 220, 255};
    drawlist_begin(dl, W, H);
    for (int i = 0; i < 10; i++)
        drawlist_rect(dl, rect_make(0, 0, W, H), 0.0f, red, red);
    drawlist_rect(dl, cover, 0.0f, blue, blue);
    render_invalidate(s->renderer);
    render_frame(s->renderer, dl);
}

static Uint32 red_of(SDL_Surface *f, int x, int y)
{
    return (pixel(f, x, y) >> 16) & 0xFF;
}

/* What an opaque rect covers is not drawn, and only what it covers: a
 * rect on whole pixels covers its own; one that does not cover the screen
 * leaves the commands under it to draw at its edges. */
static void test_hidden_commands_are_skipped_only_where_covered(void **state)
{
    (void)state;
    Session s;
    render_start(&s, W, H);
    unsigned long before = render_stats(s.renderer).commands_hidden;
    covered_frame(&s, rect_make(0, 0, W, H));
    assert_int_equal(render_stats(s.renderer).commands_hidden, before + 10);
    SDL_Surface *f = session_read_frame(&s);
    assert_int_equal(red_of(f, 0, 0), 30);
    SDL_FreeSurface(f);
    before = render_stats(s.renderer).commands_hidden;
    covered_frame(&s, rect_make(1.5f, 1.5f, (float)W - 3.0f, (float)H - 3.0f));
    /* The last red rect covers the nine before it; the blue one, nothing. */
    assert_int_equal(render_stats(s.renderer).commands_hidden, before + 9);
    f = session_read_frame(&s);
    assert_true(red_of(f, 0, 0) > 100); /* the edge: red shows through */
    assert_int_equal(red_of(f, W / 2, H / 2), 30);
    SDL_FreeSurface(f);
    session_free(&s);
}

/* A veil over the whole screen, then a card: opaque (`opaque_card`, which
 * paints over what the veil wrote under it) or not. */
static SDL_Surface *veiled_frame(Session *s, bool opaque_card, unsigned long long *skipped)
{
    Color bg = {30, 60, 90, 255}, veil = {0, 0, 0, 120}, card = {240, 240, 240, 255};
    if (!opaque_card)
        card.a = 200;
    drawlist_begin(&s->dl, W, H);
    drawlist_rect(&s->dl, rect_make(0, 0, W, H), 0.0f, bg, bg);
    drawlist_rect(&s->dl, rect_make(0, 0, W, H), 0.0f, veil, veil);
    drawlist_rect(&s->dl, rect_make(200, 100, 400, 300), 0.0f, card, card);
    unsigned long long before = render_stats(s->renderer).pixels_skipped;
    render_invalidate(s->renderer);
    render_frame(s->renderer, &s->dl);
    *skipped = render_stats(s->renderer).pixels_skipped - before;
    return session_read_frame(s);
}

/* Written directly, the background and the veil leave out what the
 * opaque card drawn after them covers, and the frame is what SDL's blitters draw without skipping
 * anything; under a translucent card nothing is left out. */
static void test_direct_writes_skip_what_is_covered_later(void **state)
{
    (void)state;
    Session direct, sdl;
    render_start(&direct, W, H);
    memset(&sdl, 0, sizeof sdl);
    sdl.sdl_blitters = true;
    render_open(&sdl, W, H);
    session_start_app(&sdl, W, H, 0);
    for (int opaque = 0; opaque < 2; opaque++) {
        unsigned long long skipped, none;
        SDL_Surface *a = veiled_frame(&direct, opaque, &skipped);
        SDL_Surface *b = veiled_frame(&sdl, opaque, &none);
        /* The background and the veil each leave out the card's box. */
        assert_int_equal(skipped, opaque ? 2ull * 400ull * 300ull : 0ull);
        assert_int_equal(none, 0);
        RenderDiff d = render_diff(a, b, LEVELS);
        if (d.over)
            fail_msg("opaque card %d: %zu pixels differ from SDL's frame, the first at (%d, %d)",
                     opaque, d.over, d.first.x, d.first.y);
        SDL_FreeSurface(a);
        SDL_FreeSurface(b);
    }
    session_free(&sdl);
    session_free(&direct);
}

/* A draw list is input: geometry far beyond any screen, or NaN, draws
 * nothing (converting it to whole pixels would be undefined, which
 * `make check` catches), clips stay paired, and the rest still draws. */
static void test_wild_geometry_draws_nothing(void **state)
{
    (void)state;
    Session s;
    render_start(&s, W, H);
    DrawList *dl = &s.dl;
    Color bg = {10, 20, 30, 255}, red = {220, 30, 30, 255}, shade = {0, 0, 0, 120};
    TextStyle st = {TYPE_BODY, WEIGHT_REGULAR, 40.0f};
    for (int frame = 0; frame < 3; frame++) {
        drawlist_begin(dl, W, H);
        drawlist_rect(dl, rect_make(0, 0, W, H), 0.0f, bg, bg);
        drawlist_shadow(dl, rect_make(-1e30f, 10.0f, 2e30f, 1e30f), 24.0f, 1e30f, shade);
        drawlist_rect(dl, rect_make(NAN, 10.0f, 300.0f, NAN), 24.0f, red, red);
        drawlist_layer_begin(dl, rect_make(1e30f, 1e30f, 1e30f, 1e30f), red);
        drawlist_rect(dl, rect_make(1e30f, 1e30f, 1e30f, 1e30f), 24.0f, red, red);
        drawlist_layer_end(dl);
        drawlist_clip_push(dl, rect_make(-1e30f, NAN, 3e30f, 3e30f));
        drawlist_text(dl, rect_make(1e20f, 100.0f, 400.0f, 60.0f), &st, red, ALIGN_CENTER, 1,
                      "Far away");
        drawlist_clip_pop(dl);
        drawlist_rect(dl, rect_make(100, 100, 200, 100), 0.0f, red, red);
        render_invalidate(s.renderer);
        render_frame(s.renderer, dl);
    }
    SDL_Surface *f = session_read_frame(&s);
    assert_int_equal(red_of(f, 150, 150), 220); /* drawn after the wild ones */
    assert_int_equal(red_of(f, 600, 500), 10);  /* nothing else reached the screen */
    SDL_FreeSurface(f);
    session_free(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shapes_and_veils_match_triangles_and_fills),
        cmocka_unit_test(test_fading_cards_blend_as_a_whole),
        cmocka_unit_test(test_hidden_commands_are_skipped_only_where_covered),
        cmocka_unit_test(test_direct_writes_skip_what_is_covered_later),
        cmocka_unit_test(test_wild_geometry_draws_nothing),
    };
    return cmocka_run_group_tests(tests, render_global_setup, render_global_teardown);
}
