#include "drawlist.h"

#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

void drawlist_init(DrawList *dl, const TextMeasurer *measurer)
{
    memset(dl, 0, sizeof *dl);
    dl->measurer = measurer;
    dl->alpha = 1.0f;
}

void drawlist_free(DrawList *dl)
{
    free(dl->cmds);
    free(dl->chars);
    free(dl->held_cmds);
    free(dl->held_chars);
    memset(dl, 0, sizeof *dl);
}

void drawlist_begin(DrawList *dl, int screen_w, int screen_h)
{
    dl->count = 0;
    dl->chars_len = 0;
    dl->alpha = 1.0f;
    dl->clip_depth = 0;
    dl->layer_depth = 0;
    dl->screen_w = screen_w;
    dl->screen_h = screen_h;
}

/* Grows an array by doubling; aborts on out-of-memory because a frame
 * without its commands cannot be drawn meaningfully. */
static void *grow(void *ptr, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return ptr;
    size_t n = *cap ? *cap : 64;
    while (n < need)
        n *= 2;
    void *p = realloc(ptr, n * elem);
    if (!p)
        abort();
    *cap = n;
    return p;
}

static DrawCmd *push(DrawList *dl, DrawKind kind, Rect r)
{
    dl->cmds = grow(dl->cmds, &dl->cap, dl->count + 1, sizeof *dl->cmds);
    DrawCmd *c = &dl->cmds[dl->count++];
    memset(c, 0, sizeof *c);
    c->kind = kind;
    c->rect = r;
    return c;
}

static size_t store_string(DrawList *dl, const char *s)
{
    size_t len = strlen(s ? s : "");
    dl->chars = grow(dl->chars, &dl->chars_cap, dl->chars_len + len + 1, 1);
    size_t at = dl->chars_len;
    memcpy(dl->chars + at, s ? s : "", len);
    dl->chars[at + len] = '\0';
    dl->chars_len += len + 1;
    return at;
}

static Color times_alpha(Color c, float alpha)
{
    c.a = (uint8_t)lroundf((float)c.a * alpha);
    return c;
}

static Color faded(const DrawList *dl, Color c)
{
    return times_alpha(c, dl->alpha);
}

void drawlist_hold(DrawList *dl)
{
    dl->held_cmds = grow(dl->held_cmds, &dl->held_cap, dl->count, sizeof *dl->cmds);
    dl->held_chars = grow(dl->held_chars, &dl->held_chars_cap, dl->chars_len, 1);
    if (dl->count)
        memcpy(dl->held_cmds, dl->cmds, dl->count * sizeof *dl->cmds);
    if (dl->chars_len)
        memcpy(dl->held_chars, dl->chars, dl->chars_len);
    dl->held_count = dl->count;
    dl->held_chars_len = dl->chars_len;
}

void drawlist_release_held(DrawList *dl)
{
    dl->held_count = 0;
    dl->held_chars_len = 0;
}

void drawlist_append_held(DrawList *dl, float alpha)
{
    if (!dl->held_count)
        return;
    size_t base = dl->chars_len; /* the held strings go after this frame's */
    dl->chars = grow(dl->chars, &dl->chars_cap, base + dl->held_chars_len, 1);
    memcpy(dl->chars + base, dl->held_chars, dl->held_chars_len);
    dl->chars_len += dl->held_chars_len;
    bool in_layer = false; /* a layer fades whole: its commands keep their alpha */
    for (size_t i = 0; i < dl->held_count; i++) {
        DrawCmd *c = push(dl, dl->held_cmds[i].kind, dl->held_cmds[i].rect);
        *c = dl->held_cmds[i];
        c->text_offset += base;
        c->path_offset += base;
        if (c->kind == DRAW_LAYER_BEGIN)
            c->opacity *= alpha;
        else if (!in_layer) {
            c->color = times_alpha(c->color, alpha);
            c->color2 = times_alpha(c->color2, alpha);
        }
        in_layer = c->kind == DRAW_LAYER_BEGIN || (in_layer && c->kind != DRAW_LAYER_END);
    }
}

void drawlist_rect(DrawList *dl, Rect r, float radius, Color top, Color bottom)
{
    DrawCmd *c = push(dl, DRAW_RECT, r);
    c->radius = radius;
    c->color = faded(dl, top);
    c->color2 = faded(dl, bottom);
}

void drawlist_shadow(DrawList *dl, Rect r, float radius, float blur, Color color)
{
    DrawCmd *c = push(dl, DRAW_SHADOW, r);
    c->radius = radius;
    c->blur = blur;
    c->color = faded(dl, color);
}

const TextBlock *drawlist_text(DrawList *dl, Rect box, const TextStyle *style, Color color,
                               TextAlign align, int max_lines, const char *text)
{
    DrawCmd *c = push(dl, DRAW_TEXT, box);
    c->style = *style;
    c->align = align;
    c->color = faded(dl, color);
    if (max_lines <= 0) {
        float lh = dl->measurer->line_height(dl->measurer->user, style);
        max_lines = lh > 0.0f ? (int)floorf((box.h + 0.5f) / lh) : 1;
        if (max_lines < 1)
            max_lines = 1;
    }
    text_wrap(dl->measurer, style, text, box.w, max_lines, &c->block);
    c->text_offset = store_string(dl, text);
    return &c->block;
}

void drawlist_image(DrawList *dl, Rect r, const char *abs_path, Color tint, float radius)
{
    DrawCmd *c = push(dl, DRAW_IMAGE, r);
    c->color = faded(dl, tint);
    c->radius = radius;
    c->placeholder_ok = true;
    c->path_offset = store_string(dl, abs_path);
}

void drawlist_qr(DrawList *dl, Rect r, const char *text, Color dark, Color light)
{
    DrawCmd *c = push(dl, DRAW_QR, r);
    c->color = faded(dl, dark);
    c->color2 = faded(dl, light);
    c->path_offset = store_string(dl, text);
}

void drawlist_clip_push(DrawList *dl, Rect r)
{
    push(dl, DRAW_CLIP_PUSH, r);
    dl->clip_depth++;
}

void drawlist_clip_pop(DrawList *dl)
{
    assert(dl->clip_depth > 0 && "clip pop without push");
    push(dl, DRAW_CLIP_POP, rect_make(0, 0, 0, 0));
    dl->clip_depth--;
}

void drawlist_layer_begin(DrawList *dl, Rect r, Color matte)
{
    if (dl->layer_depth++ > 0)
        return;
    DrawCmd *c = push(dl, DRAW_LAYER_BEGIN, r);
    c->color = matte;
    c->opacity = dl->alpha;
    dl->layer_alpha = dl->alpha;
    dl->alpha = 1.0f;
}

void drawlist_layer_end(DrawList *dl)
{
    if (dl->layer_depth > 0 && --dl->layer_depth == 0) {
        push(dl, DRAW_LAYER_END, rect_make(0, 0, 0, 0));
        dl->alpha = dl->layer_alpha;
    }
}

size_t drawlist_layer_span(const DrawList *dl, size_t begin)
{
    if (begin >= dl->count || dl->cmds[begin].kind != DRAW_LAYER_BEGIN)
        return 0;
    for (size_t i = begin + 1; i < dl->count; i++) {
        DrawKind k = dl->cmds[i].kind;
        if (k == DRAW_LAYER_END)
            return i;
        if (k == DRAW_LAYER_BEGIN || k == DRAW_CLIP_PUSH || k == DRAW_CLIP_POP)
            return 0;
    }
    return 0;
}

/* FNV-1a, 64-bit. */
static uint64_t mix(uint64_t h, const void *data, size_t len)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < len; i++)
        h = (h ^ p[i]) * 1099511628211ull;
    return h;
}

static uint64_t mix_int(uint64_t h, long v)
{
    return mix(h, &v, sizeof v);
}

/* Layer keys take positions at 1/64 px: fine enough for any visible
 * change, coarse enough that float noise from the translation does not
 * split equal layers. Draw keys take them exactly (EXACT_POSITIONS): SDL's
 * triangle filler can turn an edge pixel on at a thousandth of a pixel. */
static const float EXACT_POSITIONS = 0.0f;

static uint64_t mix_pos(uint64_t h, float v, float per_px)
{
    if (per_px == EXACT_POSITIONS)
        return mix(h, &v, sizeof v);
    return mix_int(h, lroundf(v * per_px));
}

static uint64_t mix_color(uint64_t h, Color c)
{
    return mix_int(h, (long)c.r << 24 | (long)c.g << 16 | (long)c.b << 8 | c.a);
}

static uint64_t mix_cmd(uint64_t h, const DrawList *dl, const DrawCmd *c, float ox, float oy,
                        float per_px)
{
    h = mix_int(h, c->kind);
    h = mix_pos(mix_pos(h, c->rect.x - ox, per_px), c->rect.y - oy, per_px);
    h = mix_pos(mix_pos(h, c->rect.w, per_px), c->rect.h, per_px);
    h = mix_pos(mix_pos(h, c->radius, per_px), c->blur, per_px);
    h = mix_color(mix_color(h, c->color), c->color2);
    if (c->kind == DRAW_TEXT) {
        h = mix_int(mix_int(h, c->style.role), c->style.weight);
        h = mix_pos(mix_int(h, c->align), c->style.px, per_px);
        h = mix_int(mix_int(h, c->block.line_count), c->block.ellipsized);
        for (int i = 0; i < c->block.line_count && i < TEXT_MAX_LINES; i++)
            h = mix_int(mix_int(h, (long)c->block.lines[i].start), (long)c->block.lines[i].len);
        const char *t = drawlist_cmd_text(dl, c);
        h = mix(h, t, strlen(t) + 1);
    } else if (c->kind == DRAW_IMAGE || c->kind == DRAW_QR) {
        const char *path = drawlist_cmd_path(dl, c);
        h = mix(mix_int(h, c->placeholder_ok), path, strlen(path) + 1);
    }
    return h;
}

static uint64_t key_of(const DrawList *dl, size_t begin, size_t end, float ox, float oy,
                       float per_px)
{
    uint64_t h = 14695981039346656037ull;
    if (end > dl->count)
        end = dl->count;
    for (size_t i = begin; i < end; i++)
        h = mix_cmd(h, dl, &dl->cmds[i], ox, oy, per_px);
    return h;
}

uint64_t drawlist_layer_key(const DrawList *dl, size_t begin, size_t end, float ox, float oy)
{
    return key_of(dl, begin, end, ox, oy, 64.0f);
}

uint64_t drawlist_draw_key(const DrawList *dl, size_t begin, size_t end)
{
    uint64_t h = key_of(dl, begin, end, 0.0f, 0.0f, EXACT_POSITIONS);
    for (size_t i = begin; i < end && i < dl->count; i++) /* a layer's fade */
        if (dl->cmds[i].kind == DRAW_LAYER_BEGIN)
            h = mix(h, &dl->cmds[i].opacity, sizeof dl->cmds[i].opacity);
    return h;
}

const char *drawlist_cmd_text(const DrawList *dl, const DrawCmd *cmd)
{
    return dl->chars + cmd->text_offset;
}

const char *drawlist_cmd_path(const DrawList *dl, const DrawCmd *cmd)
{
    return dl->chars + cmd->path_offset;
}

Rect rect_make(float x, float y, float w, float h)
{
    Rect r = {x, y, w, h};
    return r;
}

Rect rect_inset(Rect r, float dx, float dy)
{
    return rect_make(r.x + dx, r.y + dy, r.w - 2.0f * dx, r.h - 2.0f * dy);
}

Rect rect_lerp(Rect a, Rect b, float t)
{
    return rect_make(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.w + (b.w - a.w) * t,
                     a.h + (b.h - a.h) * t);
}

bool rect_contains(Rect r, float x, float y)
{
    return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h;
}

bool rect_inside(Rect inner, Rect outer, float tolerance)
{
    return inner.x >= outer.x - tolerance && inner.y >= outer.y - tolerance &&
           inner.x + inner.w <= outer.x + outer.w + tolerance &&
           inner.y + inner.h <= outer.y + outer.h + tolerance;
}
