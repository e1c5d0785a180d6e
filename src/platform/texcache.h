/* texcache: bounded caches of SDL textures by string key (rasterised text,
 * decoded images, shadow minis, shapes, veils, backdrops, layers).
 *
 * Open addressing, kept at most half full. Each entry remembers the frame
 * it was last used in; eviction drops the least recently used half, and
 * never an entry used in the current frame. A texture cache bounded by
 * pixels goes through texcache_budget_entry, which makes a texture only on
 * a key's second sight: a key that changes every frame (an animated size)
 * costs no texture at all. */
#ifndef TEXCACHE_H
#define TEXCACHE_H

#include <stdbool.h>
#include <stddef.h>

#include <SDL.h>

typedef struct {
    char *key;                /* NULL = empty slot */
    SDL_Texture *texture;     /* NULL: not made yet, or a remembered failure (images) */
    SDL_Texture *opaque;      /* layers: the texture without its alpha, made to fade it */
    int w, h;
    unsigned long last_used;  /* frame number */
    unsigned long placeholders; /* layers: placeholders drawn into the texture */
} TexCacheEntry;

typedef struct {
    TexCacheEntry *entries;
    size_t cap, count;
} TexCache;

/* Room for `cap` entries. False when out of memory. */
bool texcache_init(TexCache *c, size_t cap);
/* Destroys every texture and the table. */
void texcache_free(TexCache *c);
TexCacheEntry *texcache_find(TexCache *c, const char *key);
/* A new empty entry for `key` (evicting, or growing the table when one
 * frame needs more); NULL when out of memory. Entries may move. */
TexCacheEntry *texcache_insert(TexCache *c, const char *key);
/* Drops the least recently used half. Entries used in the current frame
 * all survive, so this may free nothing. Entries may move. */
void texcache_evict(TexCache *c);
/* The pixels of every texture held (an opaque twin counts twice). */
size_t texcache_pixels(const TexCache *c);
/* The entry for `key` in a cache bounded by `cap` pixels, in frame
 * `frame`; its texture is NULL when the caller must make it (`pixels` of
 * it). NULL the first time a key is seen, and when the texture cannot fit
 * the budget even after the entries not used in this frame are dropped.
 * Keys seen only once are dropped first when the table fills. Other
 * entries may move: look them up again after. */
TexCacheEntry *texcache_budget_entry(unsigned long frame, TexCache *c, size_t cap,
                                     const char *key, size_t pixels);

#endif
