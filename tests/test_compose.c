/* compose: the fast blending loops give exactly the reference's bytes, the
 * reference gives the sums compose.h states, and both blend as SDL's own
 * software blitters do, to a few levels of rounding. */
#include "test_support.h"

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
        cmocka_unit_test(test_reference_sums),
        cmocka_unit_test(test_invisible_leaves_every_byte),
        cmocka_unit_test(test_blends_as_sdl_does),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
