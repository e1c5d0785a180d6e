/* damage: which pixels of a frame changed since the frame before.
 *
 * A software renderer that keeps its pixels between frames only needs to
 * redraw where something changed. Each frame's draw list is summarised as
 * items: one per drawing command (a usable layer counts as one), each with
 * a key that hashes everything that decides its pixels (content, position,
 * clip, fade) and a conservative pixel box. Comparing two summaries gives
 * the damage: the boxes of items that appeared, vanished or changed their
 * stacking order. A pixel outside the damage is covered by the same items
 * in the same order in both frames, so it is already right.
 *
 * Pure: no SDL. The render backend redraws the whole list clipped to each
 * damage rect. */
#ifndef DAMAGE_H
#define DAMAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "drawlist.h"

enum { DAMAGE_MAX_RECTS = 4 };

/* Whole pixels, half-open: [x, x + w) x [y, y + h). */
typedef struct { int x, y, w, h; } DamageRect;

typedef struct {
    uint64_t key;
    DamageRect box;
} DamageItem;

typedef struct {
    uint64_t key;
    size_t index;
} DamageOrder;

typedef struct {
    DamageItem *items, *next;       /* the last frame's summary; this frame's */
    size_t count, next_count, cap;
    DamageOrder *order;             /* scratch: the last frame's items sorted by key */
    bool *used;                     /* scratch: which of them this frame matched */
    bool valid;                     /* `items` is what the pixels show */
    int screen_w, screen_h;
    DamageRect rects[DAMAGE_MAX_RECTS];
    int rect_count;                 /* this frame's damage; 0 = nothing changed */
    bool full;                      /* this frame's damage is the whole screen */
} Damage;

void damage_init(Damage *d);
void damage_free(Damage *d);
/* Forgets the last frame: the next update damages the whole screen. For
 * whenever the pixels may no longer show it (a new target, a resize, an
 * expose, images reloaded under the same paths). */
void damage_invalidate(Damage *d);

/* Summarises `dl`, compares it with the last frame and sets rects,
 * rect_count and full. The summary becomes the last frame. Returns false
 * only when out of memory (then the whole screen is damaged). */
bool damage_update(Damage *d, const DrawList *dl);

/* The pixels a command can touch (before clipping), or an empty rect for one
 * that draws nothing. Generous by a pixel or more: being too big only costs
 * time, being too small would leave stale pixels. */
DamageRect damage_cmd_bounds(const DrawList *dl, const DrawCmd *cmd);

/* Pixels of the rects together (overlaps counted once if merged). */
long damage_area(const Damage *d);

#endif
