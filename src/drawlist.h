/* drawlist: the commands a screen emits for one frame.
 *
 * Screens never draw; they append rectangles, text, images and clips here in
 * physical pixels, and the render backend turns the list into pixels. Tests
 * read the list back to check geometry (on screen, text not clipped) without
 * any renderer. The list owns copies of every string it is given. */
#ifndef DRAWLIST_H
#define DRAWLIST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "text.h"
#include "theme.h"

typedef struct { float x, y, w, h; } Rect;

typedef enum {
    DRAW_RECT,     /* rounded rect, vertical gradient fill */
    DRAW_SHADOW,   /* soft shadow under a rounded rect */
    DRAW_TEXT,     /* pre-wrapped text block */
    DRAW_IMAGE,    /* image file scaled into a rect, tinted */
    DRAW_CLIP_PUSH,
    DRAW_CLIP_POP,
    DRAW_QR,       /* a QR code for the text at path_offset, dark on light */
    DRAW_LAYER_BEGIN, /* rect: the layer; color: its matte (see drawlist_layer_begin) */
    DRAW_LAYER_END,
} DrawKind;

typedef enum { ALIGN_LEFT, ALIGN_CENTER, ALIGN_RIGHT } TextAlign;

typedef struct {
    DrawKind kind;
    Rect rect;
    float radius;          /* RECT/SHADOW/IMAGE corner radius */
    Color color;           /* RECT top colour, SHADOW colour, TEXT/IMAGE tint */
    Color color2;          /* RECT bottom colour */
    float blur;            /* SHADOW softness in pixels */
    /* TEXT */
    TextStyle style;
    TextAlign align;
    size_t text_offset;    /* into DrawList.chars */
    TextBlock block;
    /* IMAGE: offset of an absolute path in DrawList.chars */
    size_t path_offset;
    bool placeholder_ok;   /* draw the placeholder when the image fails */
    float opacity;         /* LAYER_BEGIN: the whole layer's alpha, 0..1 */
} DrawCmd;

typedef struct DrawList {
    DrawCmd *cmds; size_t count, cap;
    char *chars; size_t chars_len, chars_cap;
    const TextMeasurer *measurer;
    float alpha;           /* multiplies every colour appended while set */
    int clip_depth;
    int layer_depth;       /* open drawlist_layer_begin calls; only the outer one records */
    float layer_alpha;     /* `alpha` when the layer began, restored at its end */
    int screen_w, screen_h;
    /* A frame held back by drawlist_hold (the screen a crossfade leaves). */
    DrawCmd *held_cmds; size_t held_count, held_cap;
    char *held_chars; size_t held_chars_len, held_chars_cap;
} DrawList;

void drawlist_init(DrawList *dl, const TextMeasurer *measurer);
void drawlist_free(DrawList *dl);
/* Empties the list for a new frame, keeping its memory. */
void drawlist_begin(DrawList *dl, int screen_w, int screen_h);

/* Keeps a copy of the commands in the list now (the frame last drawn, when
 * called before drawlist_begin), replacing any held before. drawlist_begin
 * leaves it alone. */
void drawlist_hold(DrawList *dl);
/* Appends the held frame with every colour's alpha (a layer's opacity, not
 * the commands inside it) times `alpha`: the old screen fading out over
 * the new. Nothing when no frame is held. */
void drawlist_append_held(DrawList *dl, float alpha);
/* Drops the held frame, keeping its memory. */
void drawlist_release_held(DrawList *dl);

void drawlist_rect(DrawList *dl, Rect r, float radius, Color top, Color bottom);
void drawlist_shadow(DrawList *dl, Rect r, float radius, float blur, Color color);
/* Wraps `text` into `box` (at most max_lines, 0 = as many as fit the box
 * height) and records it. Vertical position: top of the box. Returns the
 * block so callers can stack what follows. */
const TextBlock *drawlist_text(DrawList *dl, Rect box, const TextStyle *style, Color color,
                               TextAlign align, int max_lines, const char *text);
void drawlist_image(DrawList *dl, Rect r, const char *abs_path, Color tint, float radius);
/* A QR code encoding `text`, drawn as dark modules on a light square with
 * its quiet zone inside `r` (keep r square). */
void drawlist_qr(DrawList *dl, Rect r, const char *text, Color dark, Color light);
void drawlist_clip_push(DrawList *dl, Rect r);
void drawlist_clip_pop(DrawList *dl);

/* Layers: the commands between begin and end draw only inside `r` and
 * depend on nothing but themselves, so a backend may draw them once into a
 * texture and copy it while the layer only moves. `matte` is the colour of
 * the layer's edges (its body), so their anti-aliasing blends right. The
 * current `alpha` fades the layer as a whole: inside it, alpha is 1. Layers
 * do not nest: an inner pair records nothing. An end without a begin is
 * ignored; a begin without an end (or with a clip inside) is drawn as if it
 * were not there. */
void drawlist_layer_begin(DrawList *dl, Rect r, Color matte);
void drawlist_layer_end(DrawList *dl);
/* The index of the LAYER_END that closes the LAYER_BEGIN at `begin`, or 0
 * when it is not a usable layer (no end, a clip or another begin inside). */
size_t drawlist_layer_span(const DrawList *dl, size_t begin);
/* A hash of everything the commands strictly between `begin` and `end`
 * draw, with positions relative to (ox, oy): the same content moved by the
 * origin gives the same key, and any change of colour, text, style, size or
 * sub-pixel phase gives another. The layer's rect and matte count too. */
uint64_t drawlist_layer_key(const DrawList *dl, size_t begin, size_t end, float ox, float oy);
/* A hash of everything the commands in [begin, end) draw, at their exact
 * positions, with a layer's fade: equal keys draw equal pixels (damage.h). */
uint64_t drawlist_draw_key(const DrawList *dl, size_t begin, size_t end);

const char *drawlist_cmd_text(const DrawList *dl, const DrawCmd *cmd);
const char *drawlist_cmd_path(const DrawList *dl, const DrawCmd *cmd);

/* Rect helpers shared by layout and screens. */
Rect rect_make(float x, float y, float w, float h);
Rect rect_inset(Rect r, float dx, float dy);
Rect rect_lerp(Rect a, Rect b, float t);
bool rect_contains(Rect r, float x, float y);
bool rect_inside(Rect inner, Rect outer, float tolerance);

#endif
