/* texcache: see texcache.h. */
#include "platform/texcache.h"

#include <stdlib.h>
#include <string.h>

static unsigned long hash_string(const char *s)
{
    unsigned long h = 1469598103934665603ul;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ul;
    return h;
}

bool texcache_init(TexCache *c, size_t cap)
{
    c->cap = cap * 2; /* open addressing: keep the table at most half full */
    c->entries = calloc(c->cap, sizeof *c->entries);
    return c->entries != NULL;
}

static void entry_clear(TexCacheEntry *e)
{
    free(e->key);
    if (e->texture)
        SDL_DestroyTexture(e->texture);
    if (e->opaque)
        SDL_DestroyTexture(e->opaque);
    memset(e, 0, sizeof *e);
}

void texcache_free(TexCache *c)
{
    for (size_t i = 0; i < c->cap; i++)
        entry_clear(&c->entries[i]);
    free(c->entries);
    memset(c, 0, sizeof *c);
}

TexCacheEntry *texcache_find(TexCache *c, const char *key)
{
    size_t i = hash_string(key) % c->cap;
    for (size_t n = 0; n < c->cap; n++, i = (i + 1) % c->cap) {
        TexCacheEntry *e = &c->entries[i];
        if (!e->key)
            return NULL;
        if (strcmp(e->key, key) == 0)
            return e;
    }
    return NULL;
}

/* Moves the entries used at or after `cutoff` into a fresh table of
 * `new_cap` slots: deletion from a linear-probe table is simplest done by
 * re-inserting the survivors. */
/* Rehashes into `new_cap` slots, dropping entries last used before
 * `cutoff`, and entries without a texture last used before `unmade`. */
static void texcache_rebuild(TexCache *c, size_t new_cap, unsigned long cutoff,
                             unsigned long unmade)
{
    TexCacheEntry *old = c->entries;
    size_t old_cap = c->cap;
    TexCacheEntry *fresh = calloc(new_cap, sizeof *fresh);
    if (!fresh && new_cap > old_cap)
        return; /* cannot grow: keep the table as it is */
    c->entries = fresh;
    c->cap = new_cap;
    c->count = 0;
    for (size_t i = 0; i < old_cap; i++) {
        TexCacheEntry *e = &old[i];
        if (!e->key)
            continue;
        if (!c->entries || e->last_used < cutoff || (!e->texture && e->last_used < unmade)) {
            entry_clear(e);
            continue;
        }
        size_t j = hash_string(e->key) % c->cap;
        while (c->entries[j].key)
            j = (j + 1) % c->cap;
        c->entries[j] = *e;
        c->count++;
    }
    free(old);
    if (!c->entries) { /* out of memory: start empty rather than crash */
        c->entries = calloc(old_cap, sizeof *c->entries);
        c->cap = c->entries ? old_cap : 0;
    }
}

void texcache_evict(TexCache *c)
{
    unsigned long *ages = malloc(c->count * sizeof *ages);
    size_t n = 0;
    for (size_t i = 0; i < c->cap; i++)
        if (c->entries[i].key && ages)
            ages[n++] = c->entries[i].last_used;
    unsigned long cutoff = 0;
    if (ages && n) {
        for (size_t i = 1; i < n; i++) /* insertion sort: runs rarely, n is small */
            for (size_t j = i; j > 0 && ages[j - 1] > ages[j]; j--) {
                unsigned long t = ages[j];
                ages[j] = ages[j - 1];
                ages[j - 1] = t;
            }
        cutoff = ages[n / 2];
        /* Ties at the median (one busy frame) would keep everything: drop
         * the oldest group instead, unless all were used together. */
        for (size_t i = n / 2 + 1; cutoff == ages[0] && i < n; i++)
            cutoff = ages[i];
    }
    free(ages);
    texcache_rebuild(c, c->cap, cutoff, 0);
}

TexCacheEntry *texcache_insert(TexCache *c, const char *key)
{
    if (!c->cap)
        return NULL;
    if (c->count + 1 > c->cap / 2)
        texcache_evict(c);
    /* One frame needs more than the limit: grow rather than drop its text
     * (a full table would also never end the probe below). */
    if (c->cap && c->count + 1 > c->cap / 2)
        texcache_rebuild(c, c->cap * 2, 0, 0);
    if (!c->cap || c->count + 1 >= c->cap)
        return NULL;
    size_t i = hash_string(key) % c->cap;
    while (c->entries[i].key)
        i = (i + 1) % c->cap;
    TexCacheEntry *e = &c->entries[i];
    e->key = strdup(key);
    if (!e->key)
        return NULL;
    c->count++;
    return e;
}

/* ---- text -------------------------------------------------------------- */

size_t texcache_pixels(const TexCache *c)
{
    size_t n = 0;
    for (size_t i = 0; i < c->cap; i++)
        if (c->entries[i].key)
            n += (size_t)c->entries[i].w * (size_t)c->entries[i].h * (c->entries[i].opaque ? 2 : 1);
    return n;
}

TexCacheEntry *texcache_budget_entry(unsigned long frame, TexCache *c, size_t cap,
                                     const char *key, size_t pixels)
{
    TexCacheEntry *e = texcache_find(c, key);
    if (!e) {
        /* Keys seen once (animated sizes, phases, fades) go first, so they
         * never push out the textures in use. */
        if (c->count + 1 > c->cap / 2)
            texcache_rebuild(c, c->cap, 0, frame);
        if (texcache_pixels(c) + pixels > cap)
            texcache_evict(c);
        e = texcache_insert(c, key);
        if (e)
            e->last_used = frame;
        return NULL;
    }
    if (!e->texture && e->last_used == frame)
        return NULL; /* seen twice in its first frame: still first sight */
    if (!e->texture && texcache_pixels(c) + pixels > cap) {
        /* The budget is kept when the texture is made: entries are
         * inserted empty, so checking at insertion alone let it overrun. */
        e->last_used = frame; /* this one stays */
        texcache_evict(c);
        if (!(e = texcache_find(c, key)) || texcache_pixels(c) + pixels > cap)
            return NULL;
    }
    e->last_used = frame;
    return e;
}

