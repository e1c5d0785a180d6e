#include "widthcache.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    uint64_t hash;           /* 0 = empty slot */
    size_t offset, len;      /* the text, in the arena */
    int weight, px;
    float width;
} Slot;

struct WidthCache {
    Slot *slots;
    size_t cap;              /* slots: twice the entries, so probes stay short */
    size_t max_entries;
    char *arena;
    size_t arena_cap, arena_used;
    WidthCacheStats stats;
};

static uint64_t hash_of(int weight, int px, const char *text, size_t len)
{
    uint64_t h = 1469598103934665603ull;
    h = (h ^ (uint64_t)(unsigned)weight) * 1099511628211ull;
    h = (h ^ (uint64_t)(unsigned)px) * 1099511628211ull;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)text[i]) * 1099511628211ull;
    return h ? h : 1; /* 0 marks an empty slot */
}

WidthCache *widthcache_create(size_t entries, size_t arena_bytes)
{
    WidthCache *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->max_entries = entries ? entries : 1;
    c->cap = c->max_entries * 2;
    c->slots = calloc(c->cap, sizeof *c->slots);
    c->arena_cap = arena_bytes ? arena_bytes : 1;
    c->arena = malloc(c->arena_cap);
    if (!c->slots || !c->arena) {
        widthcache_destroy(c);
        return NULL;
    }
    return c;
}

void widthcache_destroy(WidthCache *c)
{
    if (!c)
        return;
    free(c->slots);
    free(c->arena);
    free(c);
}

static Slot *find(WidthCache *c, uint64_t h, int weight, int px, const char *text, size_t len)
{
    for (size_t n = 0, i = h % c->cap; n < c->cap; n++, i = (i + 1) % c->cap) {
        Slot *s = &c->slots[i];
        if (!s->hash)
            return s; /* the empty slot where it would go */
        if (s->hash == h && s->weight == weight && s->px == px && s->len == len &&
            memcmp(c->arena + s->offset, text, len) == 0)
            return s;
    }
    return NULL; /* cannot happen: the table is never more than half full */
}

bool widthcache_get(WidthCache *c, int weight, int px, const char *text, size_t len,
                    float *width)
{
    Slot *s = find(c, hash_of(weight, px, text, len), weight, px, text, len);
    if (s && s->hash) {
        c->stats.hits++;
        *width = s->width;
        return true;
    }
    c->stats.misses++;
    return false;
}

static void reset(WidthCache *c)
{
    memset(c->slots, 0, c->cap * sizeof *c->slots);
    c->arena_used = 0;
    c->stats.count = 0;
    c->stats.resets++;
}

void widthcache_put(WidthCache *c, int weight, int px, const char *text, size_t len, float width)
{
    if (len > c->arena_cap / 4)
        return;
    if (c->stats.count == c->max_entries || c->arena_used + len > c->arena_cap)
        reset(c);
    uint64_t h = hash_of(weight, px, text, len);
    Slot *s = find(c, h, weight, px, text, len);
    if (!s)
        return;
    if (!s->hash) {
        memcpy(c->arena + c->arena_used, text, len);
        *s = (Slot){h, c->arena_used, len, weight, px, width};
        c->arena_used += len;
        c->stats.count++;
    }
    s->width = width;
}

WidthCacheStats widthcache_stats(const WidthCache *c)
{
    return c->stats;
}
