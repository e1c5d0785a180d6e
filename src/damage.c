/* damage: see damage.h. */
#include "damage.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum {
    CLIP_DEPTH = 16,   /* as deep as render_sdl's clip stack: deeper pushes are ignored there */
    MERGE_GAP = 24,    /* rects this close are redrawn as one: a pass has a fixed cost */
    PX_LIMIT = 1 << 24, /* pixel coordinates are clamped to +-this */
};

static const DamageRect NO_RECT = {0, 0, 0, 0};

static bool empty(DamageRect r)
{
    return r.w <= 0 || r.h <= 0;
}

static DamageRect from_edges(int x0, int y0, int x1, int y1)
{
    return (DamageRect){x0, y0, x1 > x0 ? x1 - x0 : 0, y1 > y0 ? y1 - y0 : 0};
}

/* A float edge as a whole pixel, clamped far off screen: converting a
 * float beyond int's range is undefined, and NaN counts as 0. */
static int px_floor(float v)
{
    v = floorf(v);
    return v >= PX_LIMIT ? PX_LIMIT : v <= -PX_LIMIT ? -PX_LIMIT : v == v ? (int)v : 0;
}

static int px_ceil(float v)
{
    return px_floor(ceilf(v));
}

/* The whole pixels a float rect grown by `grow` can touch. */
static DamageRect grown(Rect r, float grow)
{
    return from_edges(px_floor(r.x - grow), px_floor(r.y - grow), px_ceil(r.x + r.w + grow),
                      px_ceil(r.y + r.h + grow));
}

static DamageRect intersect(DamageRect a, DamageRect b)
{
    if (empty(a) || empty(b))
        return NO_RECT;
    int x0 = a.x > b.x ? a.x : b.x, y0 = a.y > b.y ? a.y : b.y;
    int x1 = a.x + a.w < b.x + b.w ? a.x + a.w : b.x + b.w;
    int y1 = a.y + a.h < b.y + b.h ? a.y + a.h : b.y + b.h;
    return from_edges(x0, y0, x1, y1);
}

static DamageRect unite(DamageRect a, DamageRect b)
{
    if (empty(a))
        return b;
    if (empty(b))
        return a;
    int x0 = a.x < b.x ? a.x : b.x, y0 = a.y < b.y ? a.y : b.y;
    int x1 = a.x + a.w > b.x + b.w ? a.x + a.w : b.x + b.w;
    int y1 = a.y + a.h > b.y + b.h ? a.y + a.h : b.y + b.h;
    return from_edges(x0, y0, x1, y1);
}

static long area(DamageRect r)
{
    return empty(r) ? 0 : (long)r.w * (long)r.h;
}

/* ---- what one command can touch ---------------------------------------- */

static DamageRect text_bounds(const DrawCmd *cmd)
{
    const TextBlock *b = &cmd->block;
    if (b->line_count <= 0)
        return NO_RECT;
    float px = cmd->style.px > 1.0f ? cmd->style.px : 1.0f;
    /* Glyph boxes overhang the measured width a little, an ellipsis adds up
     * to a size's width, and a word too long for its box overflows it. */
    float widest = fmaxf(b->width, cmd->rect.w) + px, pad = px * 0.25f + 2.0f;
    float x0 = cmd->rect.x, x1 = cmd->rect.x + widest;
    if (cmd->align == ALIGN_CENTER) {
        float mid = cmd->rect.x + cmd->rect.w * 0.5f;
        x0 = mid - widest * 0.5f;
        x1 = mid + widest * 0.5f;
    } else if (cmd->align == ALIGN_RIGHT) {
        x1 = cmd->rect.x + cmd->rect.w;
        x0 = x1 - widest;
    }
    /* Lines sit on whole pixels, centred on their line height; the font's
     * own height may be a little taller. */
    float tall = fmaxf(b->height, (float)b->line_count * px);
    return grown(rect_make(x0, cmd->rect.y - px * 0.5f, x1 - x0, tall + px), pad);
}

DamageRect damage_cmd_bounds(const DrawList *dl, const DrawCmd *cmd)
{
    (void)dl;
    switch (cmd->kind) {
    case DRAW_RECT:
        if (cmd->color.a == 0 && cmd->color2.a == 0)
            return NO_RECT;
        return grown(cmd->rect, 1.5f); /* the anti-aliased edge, and rounding */
    case DRAW_SHADOW:
        if (cmd->color.a == 0)
            return NO_RECT;
        return grown(cmd->rect, fmaxf(cmd->blur, 1.0f) + 2.0f);
    case DRAW_TEXT: return text_bounds(cmd);
    case DRAW_IMAGE: /* rounded to whole pixels, or the placeholder in the same box */
    case DRAW_QR: return grown(cmd->rect, 2.0f);
    case DRAW_LAYER_BEGIN:
        if (!(cmd->opacity > 0.0f))
            return NO_RECT;
        return grown(cmd->rect, 2.0f);
    case DRAW_CLIP_PUSH:
    case DRAW_CLIP_POP:
    case DRAW_LAYER_END: break;
    }
    return NO_RECT;
}

/* ---- summarising a frame ------------------------------------------------ */

static uint64_t combine(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    return h * 1099511628211ull;
}

static uint64_t float_bits(float v)
{
    uint32_t bits;
    memcpy(&bits, &v, sizeof bits);
    return bits;
}

typedef struct {
    DamageRect clips[CLIP_DEPTH];
    uint64_t keys[CLIP_DEPTH]; /* of the exact rects pushed so far */
    int depth;
    DamageRect screen;
} ClipStack;

static DamageRect clip_top(const ClipStack *cs)
{
    return cs->depth ? cs->clips[cs->depth - 1] : cs->screen;
}

static uint64_t clip_key(const ClipStack *cs)
{
    return cs->depth ? cs->keys[cs->depth - 1] : 0;
}

/* As render_sdl clips: from the floor of the origin, by the ceiling of the
 * size; the far edge is taken at its widest reading. */
static void clip_push(ClipStack *cs, Rect r)
{
    int x0 = px_floor(r.x), y0 = px_floor(r.y);
    int x1 = px_floor((float)x0 + ceilf(r.w)), y1 = px_floor((float)y0 + ceilf(r.h));
    int cx1 = px_ceil(r.x + r.w), cy1 = px_ceil(r.y + r.h);
    DamageRect want = from_edges(x0, y0, x1 > cx1 ? x1 : cx1, y1 > cy1 ? y1 : cy1);
    if (cs->depth < CLIP_DEPTH) {
        uint64_t key = combine(clip_key(cs), float_bits(r.x));
        key = combine(combine(key, float_bits(r.y)), float_bits(r.w));
        cs->keys[cs->depth] = combine(key, float_bits(r.h));
        cs->clips[cs->depth] = intersect(want, clip_top(cs));
        cs->depth++;
    }
}

/* realloc that keeps the old block (and clears *ok) when it fails. */
static void *regrow(void *old, size_t count, size_t elem, bool *ok)
{
    void *p = realloc(old, count * elem);
    if (!p) {
        *ok = false;
        return old;
    }
    return p;
}

static bool reserve(Damage *d, size_t need)
{
    if (need <= d->cap)
        return true;
    size_t cap = d->cap ? d->cap : 256;
    while (cap < need)
        cap *= 2;
    bool ok = true;
    d->items = regrow(d->items, cap, sizeof *d->items, &ok);
    d->next = regrow(d->next, cap, sizeof *d->next, &ok);
    d->order = regrow(d->order, cap, sizeof *d->order, &ok);
    d->used = regrow(d->used, cap, sizeof *d->used, &ok);
    if (ok)
        d->cap = cap;
    return ok;
}

static bool add_item(Damage *d, uint64_t key, DamageRect box)
{
    if (empty(box))
        return true; /* draws nothing: cannot change a pixel */
    if (!reserve(d, d->next_count + 1))
        return false;
    d->next[d->next_count++] = (DamageItem){key, box};
    return true;
}

/* The command drawn after cmds[i], looking through a layer's begin, as
 * render_sdl's shadows look for the card that hides their core. */
static size_t next_drawn(const DrawList *dl, size_t i)
{
    if (i + 1 < dl->count && dl->cmds[i + 1].kind == DRAW_LAYER_BEGIN)
        i++;
    return i + 1;
}

/* One usable layer as one item: its commands and its fade. */
static bool add_layer(Damage *d, const DrawList *dl, size_t begin, size_t end, DamageRect clip,
                      uint64_t clip_key)
{
    const DrawCmd *layer = &dl->cmds[begin];
    DamageRect box = damage_cmd_bounds(dl, layer);
    if (empty(box))
        return true;
    for (size_t i = begin + 1; i < end; i++)
        box = unite(box, damage_cmd_bounds(dl, &dl->cmds[i]));
    uint64_t key = drawlist_draw_key(dl, begin, end + 1);
    return add_item(d, combine(key, clip_key), intersect(box, clip));
}

static bool summarise(Damage *d, const DrawList *dl)
{
    ClipStack cs = {.depth = 0, .screen = {0, 0, dl->screen_w, dl->screen_h}};
    float opacity = 1.0f; /* of an unusable layer's commands, drawn one by one */
    d->next_count = 0;
    for (size_t i = 0; i < dl->count; i++) {
        const DrawCmd *cmd = &dl->cmds[i];
        switch (cmd->kind) {
        case DRAW_CLIP_PUSH: clip_push(&cs, cmd->rect); continue;
        case DRAW_CLIP_POP:
            if (cs.depth > 0)
                cs.depth--;
            continue;
        case DRAW_LAYER_END: opacity = 1.0f; continue;
        case DRAW_LAYER_BEGIN: {
            size_t end = drawlist_layer_span(dl, i);
            if (!end) {
                opacity = cmd->opacity;
                continue;
            }
            if (!add_layer(d, dl, i, end, clip_top(&cs), clip_key(&cs)))
                return false;
            i = end;
            continue;
        }
        default: break;
        }
        uint64_t key = combine(drawlist_draw_key(dl, i, i + 1), float_bits(opacity));
        if (cmd->kind == DRAW_SHADOW && next_drawn(dl, i) < dl->count) {
            size_t n = next_drawn(dl, i); /* the card over it decides what is copied */
            key = combine(key, drawlist_draw_key(dl, n, n + 1));
        }
        key = combine(key, clip_key(&cs)); /* the exact clip: one pixel can hang on it */
        DamageRect clip = clip_top(&cs);
        if (!add_item(d, key, intersect(damage_cmd_bounds(dl, cmd), clip)))
            return false;
    }
    return true;
}

/* ---- damage rects ----------------------------------------------------- */

static bool near(DamageRect a, DamageRect b)
{
    return a.x - MERGE_GAP < b.x + b.w && b.x - MERGE_GAP < a.x + a.w &&
           a.y - MERGE_GAP < b.y + b.h && b.y - MERGE_GAP < a.y + a.h;
}

static void remove_rect(Damage *d, int i)
{
    d->rects[i] = d->rects[--d->rect_count];
}

/* Adds a box to the damage, merged with the rects it touches; when all the
 * slots are taken, with the rect that grows least by it. */
static void add_damage(Damage *d, DamageRect r)
{
    r = intersect(r, (DamageRect){0, 0, d->screen_w, d->screen_h});
    if (empty(r))
        return;
    for (int i = 0; i < d->rect_count;) {
        if (near(d->rects[i], r)) {
            r = unite(r, d->rects[i]);
            remove_rect(d, i);
            i = 0; /* the bigger rect may now touch one already passed */
        } else {
            i++;
        }
    }
    if (d->rect_count < DAMAGE_MAX_RECTS) {
        d->rects[d->rect_count++] = r;
        return;
    }
    int best = 0;
    long best_growth = -1;
    for (int i = 0; i < d->rect_count; i++) {
        long growth = area(unite(d->rects[i], r)) - area(d->rects[i]);
        if (best_growth < 0 || growth < best_growth) {
            best = i;
            best_growth = growth;
        }
    }
    r = unite(r, d->rects[best]);
    remove_rect(d, best);
    add_damage(d, r);
}

static void damage_everything(Damage *d)
{
    d->rect_count = 0;
    d->full = true;
    add_damage(d, (DamageRect){0, 0, d->screen_w, d->screen_h});
}

/* ---- comparing two frames ------------------------------------------- */

static int by_key(const void *a, const void *b)
{
    const DamageOrder *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

static bool same_box(DamageRect a, DamageRect b)
{
    return a.x == b.x && a.y == b.y && a.w == b.w && a.h == b.h;
}

/* The first unmatched item of the last frame equal to `item`, or -1. */
static long find_match(const Damage *d, const DamageItem *item)
{
    size_t lo = 0, hi = d->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->order[mid].key < item->key)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = lo; k < d->count && d->order[k].key == item->key; k++) {
        size_t j = d->order[k].index;
        if (!d->used[j] && same_box(d->items[j].box, item->box))
            return (long)j;
    }
    return -1;
}

/* Items that appeared, and items whose order against the ones before them
 * changed, damage their box; then items that vanished damage theirs. */
static void compare(Damage *d)
{
    for (size_t i = 0; i < d->count; i++) {
        d->order[i] = (DamageOrder){d->items[i].key, i};
        d->used[i] = false;
    }
    qsort(d->order, d->count, sizeof *d->order, by_key);
    long last = -1;
    for (size_t i = 0; i < d->next_count; i++) {
        const DamageItem *item = &d->next[i];
        long j = find_match(d, item);
        if (j >= 0)
            d->used[j] = true;
        if (j > last)
            last = j;
        else
            add_damage(d, item->box); /* new, or now above what it was under */
    }
    for (size_t j = 0; j < d->count; j++)
        if (!d->used[j])
            add_damage(d, d->items[j].box);
}

bool damage_update(Damage *d, const DrawList *dl)
{
    bool resized = dl->screen_w != d->screen_w || dl->screen_h != d->screen_h;
    d->screen_w = dl->screen_w;
    d->screen_h = dl->screen_h;
    d->rect_count = 0;
    d->full = false;
    if (!summarise(d, dl)) {
        d->valid = false;
        damage_everything(d);
        return false;
    }
    if (!d->valid || resized)
        damage_everything(d);
    else
        compare(d);
    /* This frame's summary becomes the last frame. */
    DamageItem *t = d->items;
    d->items = d->next;
    d->next = t;
    d->count = d->next_count;
    d->valid = true;
    if (d->rect_count == 1 && area(d->rects[0]) >= (long)d->screen_w * d->screen_h)
        d->full = true;
    return true;
}

void damage_init(Damage *d)
{
    memset(d, 0, sizeof *d);
}

void damage_free(Damage *d)
{
    free(d->items);
    free(d->next);
    free(d->order);
    free(d->used);
    memset(d, 0, sizeof *d);
}

void damage_invalidate(Damage *d)
{
    d->valid = false;
}

long damage_area(const Damage *d)
{
    long n = 0;
    for (int i = 0; i < d->rect_count; i++)
        n += area(d->rects[i]);
    return n;
}
