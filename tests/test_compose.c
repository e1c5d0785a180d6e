/* compose: the fast blending loops give exactly the reference's bytes, the
 * reference gives the sums compose.h states, and both blend as SDL's own
 * software blitters do, to a few levels of rounding. */
#include "test_support.h"

#include <math.h>

#include <SDL.h>

#include "compose.h"

enum { MAX_W = 41, MAX_H = 6, PAD = 3 };

/* A small deterministic generator: the same pixels on every run. */
static uint32_t next_random(uint32_t *seed)
{
    *seed = *seed * 1664525u + 1013904223u;
    return *seed;
}

/* Alphas in runs of 0, 255 and anything, as text and cards have them, so
 * the fast paths for whole groups of four are taken too. */
static uint32_t random_pixel(uint32_t *seed, int x)
{
    uint32_t px = next_random(seed) >> 8, kind = (next_random(seed) >> 28) + (uint32_t)x / 8;
    uint32_t a = kind % 3 == 0 ? 0 : kind % 3 == 1 ? 255 : next_random(seed) >> 24;
    return a << 24 | px;
}

static uint8_t random_channel(uint32_t *seed)
{
    uint32_t v = next_random(seed) >> 24;
    return v < 96 ? 255 : (uint8_t)v; /* often untinted */
}

static Color random_tint(uint32_t *seed)
{
    return (Color){random_channel(seed), random_channel(seed), random_channel(seed),
                   random_channel(seed)};
}

static void test_fast_loops_give_the_reference_bytes(void **state)
{
    (void)state;
    static uint32_t src[MAX_H][MAX_W + PAD], fast[MAX_H][MAX_W + PAD], slow[MAX_H][MAX_W + PAD];
    uint32_t seed = 7;
    for (int round = 0; round < 3000; round++) {
        int w = 1 + (int)(next_random(&seed) % MAX_W), h = 1 + (int)(next_random(&seed) % MAX_H);
        for (int y = 0; y < MAX_H; y++)
            for (int x = 0; x < MAX_W + PAD; x++) {
                src[y][x] = random_pixel(&seed, x);
                fast[y][x] = slow[y][x] = random_pixel(&seed, x);
            }
        ComposeMode mode = (ComposeMode)(next_random(&seed) % 3);
        Color tint = random_tint(&seed);
        /* Views with a pitch wider than they are: the padding stays as it was. */
        ComposeView a = {&fast[0][0], MAX_W + PAD, w, h}, b = {&slow[0][0], MAX_W + PAD, w, h};
        if (round % 2) {
            compose_copy(a, &src[0][0], MAX_W + PAD, mode, tint);
            compose_copy_reference(b, &src[0][0], MAX_W + PAD, mode, tint);
        } else {
            compose_fill(a, tint);
            compose_fill_reference(b, tint);
        }
        if (memcmp(fast, slow, sizeof fast) != 0)
            fail_msg("round %d (%dx%d, mode %d, tint %d,%d,%d,%d): fast and reference differ",
                     round, w, h, (int)mode, tint.r, tint.g, tint.b, tint.a);
    }
}

/* A copy with a veil filled over it in one pass gives the bytes of the
 * copy and the fill one after the other, over views taller than the rows
 * it takes at a time. */
static void test_copy_then_fill_is_copy_and_fill(void **state)
{
    (void)state;
    enum { TALL = 70, WIDE = 37 };
    static uint32_t src[TALL][WIDE], fused[TALL][WIDE], apart[TALL][WIDE];
    uint32_t seed = 11;
    for (int round = 0; round < 200; round++) {
        int w = 1 + (int)(next_random(&seed) % (WIDE - 2)), h = 1 + (int)(next_random(&seed) % TALL);
        for (int y = 0; y < TALL; y++)
            for (int x = 0; x < WIDE; x++) {
                src[y][x] = random_pixel(&seed, x);
                fused[y][x] = apart[y][x] = random_pixel(&seed, x);
            }
        ComposeMode mode = (ComposeMode)(next_random(&seed) % 3);
        Color tint = random_tint(&seed), veil = random_tint(&seed);
        ComposeView a = {&fused[0][1], WIDE, w, h}, b = {&apart[0][1], WIDE, w, h};
        compose_copy_then_fill(a, &src[0][0], WIDE, mode, tint, veil);
        compose_copy(b, &src[0][0], WIDE, mode, tint);
        compose_fill(b, veil);
        if (memcmp(fused, apart, sizeof fused) != 0)
            fail_msg("round %d (%dx%d, mode %d): one pass and two differ", round, w, h, (int)mode);
    }
}

static void test_reference_sums(void **state)
{
    (void)state;
    /* Half-transparent red over opaque blue: 128/255 of red, 127/255 of blue. */
    uint32_t px = 0xff0000ffu, red = 0x80ff0000u;
    ComposeView one = {&px, 1, 1, 1};
    compose_copy_reference(one, &red, 1, COMPOSE_BLEND, (Color){255, 255, 255, 255});
    assert_int_equal(px, 0xff80007fu);
    /* White text tinted dark grey at full alpha stores the tint. */
    uint32_t white = 0xffffffffu;
    px = 0xff123456u;
    compose_copy_reference(one, &white, 1, COMPOSE_BLEND, (Color){10, 20, 30, 255});
    assert_int_equal(px, 0xff0a141eu);
    /* A source without alpha, faded to 51 (a fifth): a fifth of white over black. */
    uint32_t no_alpha = 0x00ffffffu;
    px = 0xff000000u;
    compose_copy_reference(one, &no_alpha, 1, COMPOSE_OPAQUE, (Color){255, 255, 255, 51});
    assert_int_equal(px, 0xff333333u);
    /* The same source stored keeps its bytes, alpha included. */
    compose_copy_reference(one, &no_alpha, 1, COMPOSE_STORE, (Color){1, 2, 3, 4});
    assert_int_equal(px, 0x00ffffffu);
    /* Over a transparent pixel, alpha sums as 255 x a + under x (255 - a). */
    px = 0x00000000u;
    compose_fill_reference(one, (Color){200, 100, 0, 64});
    assert_int_equal(px, 0x40321900u);
}

static void test_invisible_leaves_every_byte(void **state)
{
    (void)state;
    uint32_t under[8] = {0x12345678u, 0, 0xffffffffu, 0x00ff00ffu, 7, 8, 9, 10}, src[8] = {0};
    uint32_t px[8];
    memcpy(px, under, sizeof px);
    ComposeView v = {px, 8, 8, 1};
    compose_copy(v, src, 8, COMPOSE_BLEND, (Color){255, 255, 255, 255});
    compose_copy(v, under, 8, COMPOSE_BLEND, (Color){255, 255, 255, 0});
    compose_fill(v, (Color){255, 0, 0, 0});
    assert_memory_equal(px, under, sizeof px);
    compose_copy((ComposeView){NULL, 8, 8, 1}, src, 8, COMPOSE_STORE, (Color){0, 0, 0, 0});
    compose_fill((ComposeView){px, 8, 0, 1}, (Color){255, 0, 0, 255});
    assert_memory_equal(px, under, sizeof px);
}

enum { ROUND_W = 64, ROUND_H = 40 };

/* A white rounded rect over black in a fresh view; returns its alpha sum
 * (the green channel over black is the cover x 255). */
static double draw_round(uint32_t px[ROUND_H][ROUND_W], ComposeRound shape)
{
    Color rows[ROUND_H];
    for (int y = 0; y < ROUND_H; y++)
        rows[y] = (Color){255, 255, 255, 255};
    for (int y = 0; y < ROUND_H; y++)
        for (int x = 0; x < ROUND_W; x++)
            px[y][x] = 0xff000000u;
    compose_rounded((ComposeView){&px[0][0], ROUND_W, ROUND_W, ROUND_H}, shape, rows);
    double sum = 0.0;
    for (int y = 0; y < ROUND_H; y++)
        for (int x = 0; x < ROUND_W; x++)
            sum += (double)((px[y][x] >> 8) & 255) / 255.0;
    return sum;
}

static void test_rounded_cover(void **state)
{
    (void)state;
    static uint32_t px[ROUND_H][ROUND_W];
    /* On whole pixels: a straight edge is sharp, the inside solid. */
    draw_round(px, (ComposeRound){10.0f, 5.0f, 40.0f, 30.0f, 8.0f});
    assert_int_equal(px[20][9], 0xff000000u);
    assert_int_equal(px[20][10], 0xffffffffu);
    assert_int_equal(px[20][49], 0xffffffffu);
    assert_int_equal(px[20][50], 0xff000000u);
    assert_int_equal(px[4][30], 0xff000000u);
    assert_int_equal(px[5][30], 0xffffffffu);
    /* The corner's own corner is outside the arc; its middle is inside. */
    assert_int_equal(px[5][10], 0xff000000u);
    assert_int_equal(px[9][14], 0xffffffffu);
    /* Half a pixel off: the edge pixel is half covered. */
    draw_round(px, (ComposeRound){10.5f, 5.0f, 40.0f, 30.0f, 8.0f});
    assert_int_equal((px[20][10] >> 8) & 255, 128);
    assert_int_equal(px[20][11], 0xffffffffu);
    /* The cover adds up to the shape's area, w x h less (4 - pi) r^2. */
    ComposeRound pill = {3.25f, 6.5f, 51.0f, 22.0f, 11.0f};
    double area = 51.0 * 22.0 - (4.0 - 3.14159265) * 11.0 * 11.0;
    double sum = draw_round(px, pill);
    if (fabs(sum - area) > area * 0.005)
        fail_msg("a pill covers %.2f pixels, its area is %.2f", sum, area);
    /* A shape on whole pixels is symmetric, left to right and top to bottom. */
    draw_round(px, (ComposeRound){7.0f, 4.0f, 50.0f, 32.0f, 12.0f});
    for (int y = 0; y < ROUND_H; y++)
        for (int x = 7; x < 57; x++) {
            assert_int_equal(px[y][x], px[y][7 + 56 - x]);
            if (y >= 4 && y < 36)
                assert_int_equal(px[y][x], px[4 + 35 - y][x]);
        }
    /* Nothing to draw: no size, NaN, no colours. */
    double none = draw_round(px, (ComposeRound){10.0f, 5.0f, 0.0f, 30.0f, 8.0f}) +
                  draw_round(px, (ComposeRound){NAN, NAN, 40.0f, 30.0f, 8.0f}) +
                  draw_round(px, (ComposeRound){10.0f, 5.0f, NAN, 30.0f, 8.0f});
    assert_true(none == 0.0);
    compose_rounded((ComposeView){&px[0][0], ROUND_W, ROUND_W, ROUND_H},
                    (ComposeRound){0.0f, 0.0f, 10.0f, 10.0f, 2.0f}, NULL);
}

/* A rounded rect placed anywhere around a ROUND_W x ROUND_H view, of any
 * size and radius. */
static ComposeRound random_round(uint32_t *seed)
{
    float x = (float)(next_random(seed) % 2000) / 100.0f - 5.0f;
    float y = (float)(next_random(seed) % 1000) / 100.0f - 3.0f;
    float w = 1.0f + (float)(next_random(seed) % 6000) / 100.0f;
    float h = 1.0f + (float)(next_random(seed) % 3500) / 100.0f;
    return (ComposeRound){x, y, w, h, (float)(next_random(seed) % 2500) / 100.0f};
}

/* The oracle: the signed distance of pixel (px, py)'s centre from the
 * outline (negative inside), in doubles. */
static double distance_from(ComposeRound s, int px, int py)
{
    double rad = fmax(fmin(s.radius, fmin(s.w, s.h) * 0.5), 0.0);
    double qx = fabs(px + 0.5 - (s.x + s.w * 0.5)) - (s.w * 0.5 - rad);
    double qy = fabs(py + 0.5 - (s.y + s.h * 0.5)) - (s.h * 0.5 - rad);
    double ox = fmax(qx, 0.0), oy = fmax(qy, 0.0);
    return sqrt(ox * ox + oy * oy) + fmin(fmax(qx, qy), 0.0) - rad;
}

/* Every pixel of 300 random shapes has the cover its distance from the
 * outline gives (0.5 - d, clamped), within a level: the solid middle of a
 * row is filled without it, and must agree. */
static void test_rounded_cover_everywhere(void **state)
{
    (void)state;
    static uint32_t px[ROUND_H][ROUND_W];
    uint32_t seed = 3;
    for (int round = 0; round < 300; round++) {
        ComposeRound s = random_round(&seed);
        draw_round(px, s);
        for (int py = 0; py < ROUND_H; py++)
            for (int pxx = 0; pxx < ROUND_W; pxx++) {
                double d = distance_from(s, pxx, py);
                int want = (int)lround(255.0 * fmin(fmax(0.5 - d, 0.0), 1.0));
                int got = (int)((px[py][pxx] >> 8) & 255);
                if (abs(got - want) > 1)
                    fail_msg("round %d (%.2f,%.2f %.2fx%.2f r %.2f), pixel %d,%d: %d, not %d",
                             round, s.x, s.y, s.w, s.h, s.radius, pxx, py, got, want);
            }
    }
}

/* A shadow over black, white at full alpha: each pixel's green is 255
 * times the fade at its centre, full inside the core and falling to
 * nothing at `blur` from its outline, for random shapes and blurs (its
 * solid middle filled, the rest worked out pixel by pixel). NaN draws
 * nothing. */
static void test_shadow_fades_with_the_distance(void **state)
{
    (void)state;
    static uint32_t px[ROUND_H][ROUND_W];
    uint32_t seed = 5;
    Color white = {255, 255, 255, 255};
    for (int round = 0; round < 300; round++) {
        ComposeRound s = random_round(&seed);
        float blur = 1.0f + (float)(next_random(&seed) % 2000) / 100.0f;
        for (int py = 0; py < ROUND_H; py++)
            for (int pxx = 0; pxx < ROUND_W; pxx++)
                px[py][pxx] = 0xff000000u;
        compose_shadow((ComposeView){&px[0][0], ROUND_W, ROUND_W, ROUND_H}, s, blur, white);
        for (int py = 0; py < ROUND_H; py++)
            for (int pxx = 0; pxx < ROUND_W; pxx++) {
                double d = distance_from(s, pxx, py);
                double k = d <= 0.0 ? 1.0 : fmax(1.0 - d / blur, 0.0);
                int want = (int)lround(255.0 * k), got = (int)((px[py][pxx] >> 8) & 255);
                if (abs(got - want) > 1)
                    fail_msg("round %d (%.2f,%.2f %.2fx%.2f r %.2f blur %.2f), pixel %d,%d: %d, "
                             "not %d", round, s.x, s.y, s.w, s.h, s.radius, blur, pxx, py, got,
                             want);
            }
    }
    px[0][0] = 0xff000000u;
    compose_shadow((ComposeView){&px[0][0], ROUND_W, 1, 1}, (ComposeRound){0, 0, 1, 1, NAN},
                   4.0f, white);
    compose_shadow((ComposeView){&px[0][0], ROUND_W, 1, 1}, (ComposeRound){0, 0, 1, 1, 0},
                   NAN, white);
    compose_shadow((ComposeView){&px[0][0], ROUND_W, 1, 1}, (ComposeRound){1e30f, 0, 1, 1, 0},
                   4.0f, white); /* far off: nothing, its columns clamped before converting */
    assert_int_equal(px[0][0], 0xff000000u);
    compose_shadow((ComposeView){&px[0][0], ROUND_W, 1, 1},
                   (ComposeRound){-1e30f, 2.0f, 3e30f, 1, 0}, 4.0f, white);
    assert_int_equal(px[0][0], 0xff9f9f9fu); /* 1.5 px above an endless edge: 1 - 1.5 / 4 */
}

static void test_rounded_rows_take_their_colours(void **state)
{
    (void)state;
    static uint32_t px[ROUND_H][ROUND_W];
    Color rows[ROUND_H];
    for (int y = 0; y < ROUND_H; y++) {
        rows[y] = (Color){(uint8_t)(y * 6), 100, 200, 255};
        for (int x = 0; x < ROUND_W; x++)
            px[y][x] = 0xff000000u;
    }
    rows[20].a = 51; /* a fifth: a fifth of the colour over black */
    compose_rounded((ComposeView){&px[0][0], ROUND_W, ROUND_W, ROUND_H},
                    (ComposeRound){0.0f, 0.0f, (float)ROUND_W, (float)ROUND_H, 6.0f}, rows);
    assert_int_equal(px[10][32], 0xff3c64c8u);
    assert_int_equal(px[20][32], 0xff181428u);
}

/* The largest channel difference between two ARGB8888 surfaces. */
static int worst_channel(const SDL_Surface *a, const SDL_Surface *b)
{
    int worst = 0;
    for (int y = 0; y < a->h; y++)
        for (int x = 0; x < a->w; x++) {
            uint32_t p = ((const uint32_t *)((const uint8_t *)a->pixels + y * a->pitch))[x];
            uint32_t q = ((const uint32_t *)((const uint8_t *)b->pixels + y * b->pitch))[x];
            for (int shift = 0; shift < 32; shift += 8) {
                int d = abs((int)((p >> shift) & 255) - (int)((q >> shift) & 255));
                worst = d > worst ? d : worst;
            }
        }
    return worst;
}

/* What SDL draws for a texture blended over an opaque frame, tinted. */
static void check_against_sdl(Uint32 src_format, ComposeMode mode, Color tint)
{
    enum { W = 64, H = 64 };
    SDL_Surface *src = SDL_CreateRGBSurfaceWithFormat(0, W, H, 32, src_format);
    SDL_Surface *sdl = SDL_CreateRGBSurfaceWithFormat(0, W, H, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Surface *ours = SDL_CreateRGBSurfaceWithFormat(0, W, H, 32, SDL_PIXELFORMAT_ARGB8888);
    assert_non_null(src);
    assert_non_null(sdl);
    assert_non_null(ours);
    uint32_t seed = 99;
    for (int i = 0; i < W * H; i++) {
        ((uint32_t *)src->pixels)[i] = random_pixel(&seed, i % W);
        ((uint32_t *)sdl->pixels)[i] = ((uint32_t *)ours->pixels)[i] =
            0xff000000u | next_random(&seed) >> 8;
    }
    SDL_SetSurfaceBlendMode(src, mode == COMPOSE_STORE ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetSurfaceColorMod(src, tint.r, tint.g, tint.b);
    SDL_SetSurfaceAlphaMod(src, tint.a);
    assert_int_equal(SDL_BlitSurface(src, NULL, sdl, NULL), 0);
    compose_copy((ComposeView){ours->pixels, ours->pitch / 4, W, H}, src->pixels, src->pitch / 4,
                 mode, tint);
    int worst = worst_channel(sdl, ours);
    if (worst > 3)
        fail_msg("%s, mode %d, tint %d,%d,%d,%d: %d levels from SDL's blit",
                 SDL_GetPixelFormatName(src_format), (int)mode, tint.r, tint.g, tint.b, tint.a,
                 worst);
    SDL_FreeSurface(src);
    SDL_FreeSurface(sdl);
    SDL_FreeSurface(ours);
}

static void test_blends_as_sdl_does(void **state)
{
    (void)state;
    Color plain = {255, 255, 255, 255}, faded = {255, 255, 255, 90},
          tinted = {40, 160, 220, 200}, text = {30, 30, 30, 255};
    check_against_sdl(SDL_PIXELFORMAT_ARGB8888, COMPOSE_BLEND, plain);
    check_against_sdl(SDL_PIXELFORMAT_ARGB8888, COMPOSE_BLEND, faded);
    check_against_sdl(SDL_PIXELFORMAT_ARGB8888, COMPOSE_BLEND, tinted);
    check_against_sdl(SDL_PIXELFORMAT_ARGB8888, COMPOSE_BLEND, text);
    check_against_sdl(SDL_PIXELFORMAT_RGB888, COMPOSE_OPAQUE, faded);
    check_against_sdl(SDL_PIXELFORMAT_RGB888, COMPOSE_OPAQUE, tinted);
    check_against_sdl(SDL_PIXELFORMAT_ARGB8888, COMPOSE_STORE, plain);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fast_loops_give_the_reference_bytes),
        cmocka_unit_test(test_copy_then_fill_is_copy_and_fill),
        cmocka_unit_test(test_reference_sums),
        cmocka_unit_test(test_invisible_leaves_every_byte),
        cmocka_unit_test(test_blends_as_sdl_does),
        cmocka_unit_test(test_rounded_cover),
        cmocka_unit_test(test_rounded_cover_everywhere),
        cmocka_unit_test(test_rounded_rows_take_their_colours),
        cmocka_unit_test(test_shadow_fades_with_the_distance),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
