/* render_sdl: turns a DrawList into pixels with an SDL_Renderer.
 *
 * Owns the fonts (loaded once into memory, opened per pixel size), a bounded
 * cache of rasterised text lines and a bounded cache of decoded images. Text
 * is rasterised white once and tinted at draw time, so colour changes never
 * re-rasterise. Shapes are SDL_RenderGeometry triangles with a one-pixel
 * alpha feather, which gives anti-aliased rounded corners on any backend,
 * the software renderer included; what stays the same (corners, shadows,
 * cards) is kept in bounded texture caches. A retained renderer redraws
 * only the damage (damage.h). */
#ifndef RENDER_SDL_H
#define RENDER_SDL_H

#include <stdbool.h>
#include <stddef.h>

#include <SDL.h>

#include "drawlist.h"
#include "text.h"

typedef struct Renderer Renderer;

typedef struct {
    const char *font_paths[WEIGHT_COUNT]; /* regular, bold: files to load */
    const char *placeholder_path;         /* image drawn for missing images */
    size_t text_cache_entries;            /* 0: default */
    size_t image_cache_entries;           /* 0: default */
    size_t shadow_cache_pixels;           /* shadow textures' total pixels; 0: default */
    size_t layer_cache_entries;           /* layer textures (drawlist_layer_begin); 0: default */
    size_t layer_cache_pixels;            /* their total pixels; 0: six screens' worth */
} RenderConfig;

/* Counters for benchmarks and tests: work done since creation. */
typedef struct {
    unsigned long frames;
    unsigned long strings_rasterised;
    unsigned long images_decoded;
    unsigned long widths_measured;    /* text widths asked of the font (not cached) */
    unsigned long image_failures;
    unsigned long placeholders_drawn; /* images shown as the placeholder (in layers too) */
    size_t text_cache_size, image_cache_size;
    size_t shadow_cache_size, shadow_cache_pixels; /* entries, and their textures' pixels */
    unsigned long layers_rasterised;  /* layers drawn into a new texture */
    unsigned long layers_copied;      /* layers drawn from a texture */
    unsigned long veils_fused;        /* veils over a layer filled as it was copied */
    size_t layer_cache_size, layer_cache_pixels;
    unsigned long shadows_triangulated; /* shadows drawn as triangles, not from a mini */
    unsigned long commands_hidden;    /* not drawn: an opaque rect after them covers the area */
    unsigned long long pixels_redrawn; /* cleared and drawn again: the damage */
    unsigned long frames_unchanged;   /* frames whose pixels were all still right */
    unsigned long direct_draws;       /* copies and fills written straight into the pixels */
    unsigned long long pixels_skipped; /* of those, left out: an opaque command drawn later covers them */
} RenderStats;

/* Returns NULL (and a message in `err`) when no font can be loaded. */
Renderer *render_create(SDL_Renderer *sdl, const RenderConfig *config, char *err, size_t err_len);
void render_destroy(Renderer *r);

const TextMeasurer *render_measurer(Renderer *r);
/* True if the regular font has a glyph for `codepoint`. */
bool render_has_glyph(Renderer *r, unsigned codepoint);

/* Forgets every decoded image (after a content reload the same path may
 * hold a new picture). Text textures stay: they depend only on strings. */
void render_forget_images(Renderer *r);

/* Treats `path` as already warned about (the bundle loader named it), so
 * drawing it logs nothing more. Failures are still counted and drawn as the
 * placeholder. */
void render_mark_warned(Renderer *r, const char *path);

/* Draws the list as if on black. Does not present. A retained renderer
 * redraws only the damage: the pixels that differ from the last frame it
 * drew (see damage.h). */
void render_frame(Renderer *r, const DrawList *dl);
/* Says whether the target keeps its pixels from one frame to the next (a
 * surface, the software renderer's window, a target texture), so that only
 * the damage needs drawing. Off by default: every frame is drawn whole. */
void render_set_retained(Renderer *r, bool retained);
bool render_retained(const Renderer *r);
/* The next frame is drawn whole: for a new or resized target, an expose, or
 * anything else that may have changed the pixels behind the renderer's back. */
void render_invalidate(Renderer *r);
/* Names the memory SDL's software renderer draws into: a surface, or else
 * a window's framebuffer (asked for each frame: a resize replaces it). The
 * busiest copies and fills then write those pixels directly (compose.h),
 * and textures are made streaming so that theirs can be read. Set it
 * before the first frame, for the software renderer only; NULL and NULL
 * (the default) draw everything through SDL. */
void render_set_direct(Renderer *r, SDL_Surface *surface, SDL_Window *window);
bool render_direct(const Renderer *r);
RenderStats render_stats(const Renderer *r);

#endif
