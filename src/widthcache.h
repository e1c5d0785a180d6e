/* widthcache: remembers measured text widths by (weight, pixel size, text).
 *
 * Screens wrap their text every frame they draw (text_wrap measures each
 * break point), and asking the font library each time was a large part of
 * building a frame. The renderer's measurer looks widths up here first.
 * Bounded: a fixed number of entries and a fixed arena for the keys; when
 * either fills, everything is forgotten at once (a frame re-measures what
 * it shows; nothing grows with the bundle). Pure: no SDL, unit-tested. */
#ifndef WIDTHCACHE_H
#define WIDTHCACHE_H

#include <stdbool.h>
#include <stddef.h>

typedef struct WidthCache WidthCache;

typedef struct {
    unsigned long hits, misses, resets;
    size_t count;            /* entries held now */
} WidthCacheStats;

/* `entries` widths at most, whose texts total at most `arena_bytes`.
 * NULL when out of memory. */
WidthCache *widthcache_create(size_t entries, size_t arena_bytes);
void widthcache_destroy(WidthCache *c);

/* True, with the width in *width, when this exact text was measured before
 * in this weight and size. */
bool widthcache_get(WidthCache *c, int weight, int px, const char *text, size_t len,
                    float *width);
/* Remembers a width; texts longer than a quarter of the arena are not kept. */
void widthcache_put(WidthCache *c, int weight, int px, const char *text, size_t len, float width);
WidthCacheStats widthcache_stats(const WidthCache *c);

#endif
