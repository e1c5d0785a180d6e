/* compose: copies and fills of 32-bit pixels, blended as SDL's software
 * renderer blends them, several times faster.
 *
 * SDL2 blends a texture by its own alpha at about 1.9 ns a pixel, and one
 * tinted by a colour or an alpha (every line of text, a fading card, a
 * shadow) at 5.4 ns, in plain C; a 4K frame has 8 million pixels. These
 * loops do the same sums eight pixels at a time with SSE2 (every x86-64
 * has it) and skip what is fully transparent or copy what is fully opaque.
 * Elsewhere the same sums run one pixel at a time; both give the same
 * bytes.
 *
 * Pixels are ARGB8888 (alpha in the top byte; for XRGB8888 it is ignored),
 * not premultiplied. With a = source alpha x tint alpha / 255:
 *   colour = (source colour x tint / 255) x a + colour under x (255 - a), / 255
 *   alpha  = 255 x a + alpha under x (255 - a), / 255
 * each product divided by 255 with rounding.
 *
 * Pure: no SDL. render_sdl.c uses it where it can reach the pixels. */
#ifndef COMPOSE_H
#define COMPOSE_H

#include <stdint.h>

#include "theme.h"

/* A rectangle of pixels inside a bigger image. */
typedef struct {
    uint32_t *pixels; /* its first pixel */
    int pitch;        /* pixels from one row to the next */
    int w, h;
} ComposeView;

typedef enum {
    COMPOSE_STORE,  /* the source replaces what is under it (SDL_BLENDMODE_NONE) */
    COMPOSE_BLEND,  /* drawn over it by its alpha x the tint's (SDL_BLENDMODE_BLEND) */
    COMPOSE_OPAQUE, /* as BLEND, each source alpha taken as 255 (no alpha channel) */
} ComposeMode;

/* Draws `src` (dst.w x dst.h pixels, src_pitch pixels a row) onto `dst`,
 * each colour multiplied by `tint` (STORE ignores the tint). */
void compose_copy(ComposeView dst, const uint32_t *src, int src_pitch, ComposeMode mode,
                  Color tint);

/* Fills `dst` with `c`: stored when opaque, else blended. */
void compose_fill(ComposeView dst, Color c);
/* compose_copy, then compose_fill with `veil` over the same pixels, the
 * same bytes as the two calls; done a few rows at a time while they are in
 * cache, so that a veiled card costs one pass over memory, not two. */
void compose_copy_then_fill(ComposeView dst, const uint32_t *src, int src_pitch,
                            ComposeMode mode, Color tint, Color veil);
/* Sets every pixel of `dst` to `c`, alpha and all (a clear). */
void compose_set(ComposeView dst, Color c);

/* A rounded rect, placed in a view's coordinates (its first pixel's top
 * left corner at 0, 0). */
typedef struct {
    float x, y, w, h;
    float radius; /* clamped to half the shorter side */
} ComposeRound;

/* Blends the rounded rect over `dst`, each pixel by how much of it the
 * shape covers: an anti-aliased edge one pixel wide, centred on the
 * outline (as SDL's triangles with a one-pixel feather draw it). Row y is
 * in colors[y] (a gradient, row by row), its alpha times the cover. */
void compose_rounded(ComposeView dst, ComposeRound shape, const Color *colors);

/* A soft shadow: the rounded rect `core` in `c`, fading out linearly to
 * nothing at `blur` pixels from its outline (as SDL's feathered triangles
 * draw one), each pixel by the distance of its centre. */
void compose_shadow(ComposeView dst, ComposeRound core, float blur, Color c);

/* The same, one pixel at a time: what the fast paths are held to. */
void compose_copy_reference(ComposeView dst, const uint32_t *src, int src_pitch,
                            ComposeMode mode, Color tint);
void compose_fill_reference(ComposeView dst, Color c);

#endif
