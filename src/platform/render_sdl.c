#include "render_sdl.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <SDL_image.h>
#include <SDL_ttf.h>

#include "compose.h"
#include "damage.h"
#include "platform/texcache.h"
#include "platform/imagefile.h"
#include "qr.h"
#include "widthcache.h"
#include "utf8.h"

#define CD_PI 3.14159265358979f

enum {
    WIDTH_CACHE_ENTRIES = 4096,
    WIDTH_CACHE_BYTES = 256 * 1024,
    MAX_FONT_SIZES = 24,
    DEFAULT_TEXT_CACHE = 768,
    DEFAULT_IMAGE_CACHE = 96,
    MAX_CLIP_DEPTH = 16,
    MAX_WARNED_FILES = 128,   /* distinct bad files named on stderr */
    MAX_OUTLINE = 4 * 32 + 4,
    MAX_OCCLUDERS = 4,        /* opaque commands whose boxes direct writes skip */
    MAX_PIECES = 16,          /* parts of a direct write around them */
};

/* An opaque box a later command paints over whatever is under it. */
typedef struct {
    SDL_Rect box;
    size_t index; /* of that command in the draw list */
} Occluder;

typedef struct {
    float px;
    TTF_Font *font;
} SizedFont;

typedef struct {
    char *path;               /* for warnings */
    void *data;               /* the font file, kept for TTF_OpenFontRW */
    size_t size;
    SizedFont sizes[MAX_FONT_SIZES];
    int size_count;
} FontFace;

struct Renderer {
    SDL_Renderer *sdl;        /* where drawing goes: owner, or for a while a layer's own */
    SDL_Renderer *owner;      /* the renderer every texture is made with */
    FontFace faces[WEIGHT_COUNT];
    TextMeasurer measurer;
    TexCache text_cache, image_cache, shadow_cache, shape_cache, layer_cache, backdrop_cache;
    TexCache veil_cache;
    size_t shadow_pixels_cap;   /* bound on the shadow textures' pixels */
    size_t layer_pixels_cap;    /* and on the layer textures' (0: layer_budget) */
    bool layer_made;            /* a layer texture was made in this frame */
    bool shadow_baked;          /* and a baked shadow */
    WidthCache *widths;       /* measured text widths; NULL: measure every time */
    char *placeholder_path;
    char *warned[MAX_WARNED_FILES]; /* files already warned about: once each */
    size_t warned_count;
    SDL_Rect clips[MAX_CLIP_DEPTH];
    int clip_depth;
    SDL_Rect base_clip;         /* under the clip stack: the damage rect being redrawn */
    bool has_base_clip;
    bool retained;              /* the target keeps its pixels: redraw only the damage */
    Damage damage;
    SDL_Surface *direct_surface; /* what the software renderer draws into, when known */
    SDL_Window *direct_window;   /* or the window whose framebuffer that is */
    ComposeView frame_pixels;    /* the target's pixels while they are written directly */
    bool layer_needs_sdl;        /* a layer drawn directly met a copy only SDL can do */
    Occluder occluders[MAX_OCCLUDERS]; /* in the area being drawn (see find_occluders) */
    int occluder_count;
    size_t drawing;              /* the index of the top-level command being drawn */
    SDL_Rect veiled;             /* pixels a layer's copy veiled already (layer_veil), */
    size_t veiled_by;            /* for the veil, cmds[veiled_by], to leave alone */
    RenderStats stats;
    int out_w, out_h;
};

static bool first_warning(Renderer *r, const char *path);

/* ---- geometry the renderer can place --------------------------------------
 * Screens make finite, screen-sized geometry, but a draw list is input:
 * converting a float beyond int's range (or NaN) to int is undefined. A
 * command far beyond any screen (or with NaN in it) draws nothing; a clip
 * is clamped, so pushes and pops stay paired. */

enum { PLACE_LIMIT = 1 << 22 }; /* pixels: far beyond any screen */

static bool within(float v)
{
    return v >= -(float)PLACE_LIMIT && v <= (float)PLACE_LIMIT; /* false for NaN */
}

static bool placeable(const DrawCmd *c)
{
    return within(c->rect.x) && within(c->rect.y) && within(c->rect.w) && within(c->rect.h) &&
           within(c->radius) && within(c->blur) && within(c->style.px);
}

static float clamped(float v)
{
    return within(v) ? v : v > 0.0f ? (float)PLACE_LIMIT : v < 0.0f ? -(float)PLACE_LIMIT : 0.0f;
}

static SDL_Rect current_clip(const Renderer *r)
{
    if (r->clip_depth)
        return r->clips[r->clip_depth - 1];
    return r->has_base_clip ? r->base_clip : (SDL_Rect){0, 0, 1 << 20, 1 << 20};
}

/* ---- direct composition ---------------------------------------------------
 * Where SDL's software renderer draws into memory the renderer can reach
 * (the headless surface, a software window's framebuffer), the busy copies
 * and fills write those pixels through compose.c instead of SDL's blitters
 * (several times faster, most of all for tinted textures). Textures are
 * then made streaming, so that their pixels can be read too. Anything
 * else (triangles, scaled images, drawing into a layer) goes through SDL,
 * whose queue is flushed first so that the order holds. */

static bool direct_enabled(const Renderer *r)
{
    return r->direct_surface || r->direct_window;
}

static bool composable_format(Uint32 format)
{
    return format == SDL_PIXELFORMAT_ARGB8888 || format == SDL_PIXELFORMAT_RGB888;
}

/* This frame's target, when its pixels can be written directly. */
static ComposeView direct_target(Renderer *r)
{
    ComposeView none = {NULL, 0, 0, 0};
    if (!direct_enabled(r) || SDL_GetRenderTarget(r->sdl)) /* --rotate draws into a texture */
        return none;
    SDL_Surface *surf = r->direct_surface ? r->direct_surface
                                          : SDL_GetWindowSurface(r->direct_window);
    if (!surf || !surf->pixels || SDL_MUSTLOCK(surf) || !composable_format(surf->format->format))
        return none;
    return (ComposeView){surf->pixels, surf->pitch / 4, surf->w, surf->h};
}

/* The target's pixels under `rc` (on the target). */
static ComposeView view_at(const Renderer *r, SDL_Rect rc)
{
    ComposeView v = r->frame_pixels;
    return (ComposeView){v.pixels + (size_t)rc.y * (size_t)v.pitch + (size_t)rc.x, v.pitch, rc.w,
                         rc.h};
}

/* `a` less `hole`: up to four rects (the bands above and below it, and
 * beside it). Returns how many. */
static int rect_less(SDL_Rect a, SDL_Rect hole, SDL_Rect out[4])
{
    SDL_Rect h;
    if (!SDL_IntersectRect(&a, &hole, &h)) {
        out[0] = a;
        return 1;
    }
    int n = 0;
    SDL_Rect bands[4] = {
        {a.x, a.y, a.w, h.y - a.y},
        {a.x, h.y + h.h, a.w, a.y + a.h - h.y - h.h},
        {a.x, h.y, h.x - a.x, h.h},
        {h.x + h.w, h.y, a.x + a.w - h.x - h.w, h.h},
    };
    for (int i = 0; i < 4; i++)
        if (bands[i].w > 0 && bands[i].h > 0)
            out[n++] = bands[i];
    return n;
}

/* The parts of `rc` to write directly: inside the current clip and the
 * target, less the boxes that opaque commands drawn after this one will
 * paint over anyway (a backdrop under cards). SDL's queue is flushed
 * first. Returns how many parts (0 when nothing shows). */
static int direct_pieces(Renderer *r, SDL_Rect rc, SDL_Rect pieces[MAX_PIECES])
{
    ComposeView v = r->frame_pixels;
    SDL_Rect clip = current_clip(r), screen = {0, 0, v.w, v.h}, on_screen;
    if (!v.pixels || !SDL_IntersectRect(&clip, &screen, &on_screen) ||
        !SDL_IntersectRect(&rc, &on_screen, &pieces[0]))
        return 0;
    int n = 1;
    if (r->veiled_by == r->drawing && r->veiled.w > 0) /* filled with the layer's copy */
        n = rect_less(pieces[0], r->veiled, pieces);
    unsigned long long shown = 0;
    for (int i = 0; i < n; i++)
        shown += (unsigned long long)pieces[i].w * (unsigned long long)pieces[i].h;
    for (int o = 0; o < r->occluder_count; o++) {
        if (r->occluders[o].index <= r->drawing)
            continue;
        SDL_Rect next[MAX_PIECES];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (m + 4 > MAX_PIECES) { /* enough pieces: the rest is drawn whole */
                next[m++] = pieces[i];
                continue;
            }
            m += rect_less(pieces[i], r->occluders[o].box, next + m);
        }
        memcpy(pieces, next, (size_t)m * sizeof *next);
        n = m;
    }
    for (int i = 0; i < n; i++)
        shown -= (unsigned long long)pieces[i].w * (unsigned long long)pieces[i].h;
    r->stats.pixels_skipped += shown; /* what is left: covered later */
    if (n) {
        SDL_RenderFlush(r->sdl); /* what SDL has queued lies under this */
        r->stats.direct_draws++;
    }
    return n;
}

static bool direct_fill(Renderer *r, SDL_Rect rc, SDL_Color c)
{
    if (!r->frame_pixels.pixels)
        return false;
    SDL_Rect pieces[MAX_PIECES];
    int n = direct_pieces(r, rc, pieces);
    for (int i = 0; i < n; i++)
        compose_fill(view_at(r, pieces[i]), (Color){c.r, c.g, c.b, c.a});
    return true;
}

/* How SDL would copy the texture, as a compose mode; false for what
 * compose.c does not do (other blend modes, a tinted store). `opaque`:
 * the pixels copied are known opaque, so their alpha need not be read. */
static bool compose_mode_of(SDL_Texture *tex, Uint32 format, bool opaque, ComposeMode *mode,
                            Color *tint)
{
    SDL_BlendMode blend;
    SDL_GetTextureBlendMode(tex, &blend);
    SDL_GetTextureColorMod(tex, &tint->r, &tint->g, &tint->b);
    SDL_GetTextureAlphaMod(tex, &tint->a);
    if (blend == SDL_BLENDMODE_NONE) {
        *mode = COMPOSE_STORE;
        return (tint->r & tint->g & tint->b & tint->a) == 255;
    }
    *mode = format == SDL_PIXELFORMAT_ARGB8888 && !opaque ? COMPOSE_BLEND : COMPOSE_OPAQUE;
    return blend == SDL_BLENDMODE_BLEND;
}

/* Copies src of a streaming texture onto dst, unscaled, straight into the
 * target's pixels, and fills `veil` (if any) over it in the same pass;
 * false when that cannot be done (SDL must). */
static bool direct_copy(Renderer *r, SDL_Texture *tex, const SDL_Rect *src, const SDL_Rect *dst,
                        bool opaque, const Color *veil)
{
    Uint32 format;
    int access, tw, th;
    ComposeMode mode;
    Color tint;
    if (!r->frame_pixels.pixels || SDL_QueryTexture(tex, &format, &access, &tw, &th) != 0 ||
        access != SDL_TEXTUREACCESS_STREAMING || !composable_format(format) ||
        !compose_mode_of(tex, format, opaque, &mode, &tint))
        return false;
    SDL_Rect s = src ? *src : (SDL_Rect){0, 0, tw, th};
    SDL_Rect d = dst ? *dst : (SDL_Rect){0, 0, r->frame_pixels.w, r->frame_pixels.h};
    if (s.w != d.w || s.h != d.h || s.x < 0 || s.y < 0 || s.x + s.w > tw || s.y + s.h > th)
        return false; /* scaled, or beyond the texture: SDL's rules */
    SDL_Rect pieces[MAX_PIECES];
    int n = direct_pieces(r, d, pieces);
    for (int i = 0; i < n; i++) {
        SDL_Rect part = pieces[i], from = {s.x + part.x - d.x, s.y + part.y - d.y, part.w, part.h};
        void *pixels;
        int pitch;
        if (SDL_LockTexture(tex, &from, &pixels, &pitch) != 0)
            return false;
        if (veil)
            compose_copy_then_fill(view_at(r, part), pixels, pitch / 4, mode, tint, *veil);
        else
            compose_copy(view_at(r, part), pixels, pitch / 4, mode, tint);
        SDL_UnlockTexture(tex);
    }
    return true; /* nothing of it may show */
}

/* SDL_RenderCopyF; in a layer drawn directly (its own renderer, which
 * cannot use these textures) it notes that the layer needs SDL instead. */
static void sdl_copy(Renderer *r, SDL_Texture *tex, const SDL_Rect *src, const SDL_FRect *dst)
{
    if (r->sdl != r->owner)
        r->layer_needs_sdl = true;
    else
        SDL_RenderCopyF(r->sdl, tex, src, dst);
}

/* SDL_RenderCopy, directly where it can be. */
static void copy_texture(Renderer *r, SDL_Texture *tex, const SDL_Rect *src, const SDL_Rect *dst)
{
    if (direct_copy(r, tex, src, dst, false, NULL))
        return;
    SDL_FRect d;
    if (dst)
        d = (SDL_FRect){(float)dst->x, (float)dst->y, (float)dst->w, (float)dst->h};
    sdl_copy(r, tex, src, dst ? &d : NULL);
}

/* SDL_CreateTextureFromSurface, but streaming (readable) when copies go
 * direct: ARGB8888 for a surface with alpha (blended), else RGB888. */
static SDL_Texture *texture_from_surface(Renderer *r, SDL_Surface *surf)
{
    if (!direct_enabled(r))
        return SDL_CreateTextureFromSurface(r->owner, surf);
    bool alpha = surf->format->Amask != 0;
    Uint32 format = alpha ? SDL_PIXELFORMAT_ARGB8888 : SDL_PIXELFORMAT_RGB888;
    SDL_Surface *conv = surf->format->format == format ? surf
                                                       : SDL_ConvertSurfaceFormat(surf, format, 0);
    SDL_Texture *tex = conv ? SDL_CreateTexture(r->owner, format, SDL_TEXTUREACCESS_STREAMING,
                                                conv->w, conv->h)
                            : NULL;
    if (tex && SDL_UpdateTexture(tex, NULL, conv->pixels, conv->pitch) != 0) {
        SDL_DestroyTexture(tex);
        tex = NULL;
    }
    if (tex)
        SDL_SetTextureBlendMode(tex, alpha ? SDL_BLENDMODE_BLEND : SDL_BLENDMODE_NONE);
    if (conv != surf)
        SDL_FreeSurface(conv);
    return tex;
}

/* A streaming copy of the current render target (a layer just drawn), so
 * that it too is copied directly. NULL on failure. */
static SDL_Texture *readable_target(Renderer *r, int w, int h)
{
    SDL_Texture *tex = SDL_CreateTexture(r->owner, SDL_PIXELFORMAT_ARGB8888,
                                         SDL_TEXTUREACCESS_STREAMING, w, h);
    void *pixels;
    int pitch;
    if (!tex || SDL_LockTexture(tex, NULL, &pixels, &pitch) != 0) {
        if (tex)
            SDL_DestroyTexture(tex);
        return NULL;
    }
    int read = SDL_RenderReadPixels(r->sdl, NULL, SDL_PIXELFORMAT_ARGB8888, pixels, pitch);
    SDL_UnlockTexture(tex);
    if (read != 0) {
        SDL_DestroyTexture(tex);
        return NULL;
    }
    SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
    return tex;
}

/* ---- fonts ------------------------------------------------------------- */

static void free_face(FontFace *face)
{
    for (int i = 0; i < face->size_count; i++)
        TTF_CloseFont(face->sizes[i].font);
    SDL_free(face->data);
    free(face->path);
    memset(face, 0, sizeof *face);
}

/* The face for `weight`: bold falls back to regular when it has none. */
static FontFace *face_for(Renderer *r, FontWeight weight)
{
    FontFace *face = &r->faces[weight < WEIGHT_COUNT ? weight : WEIGHT_REGULAR];
    return face->data ? face : &r->faces[WEIGHT_REGULAR];
}

static TTF_Font *font_at(Renderer *r, FontWeight weight, float px);

typedef enum { FACE_OK, FACE_UNREADABLE, FACE_UNUSABLE } FaceLoad;

/* Reads the font file and proves FreeType can open it, so a corrupt file
 * fails here, once, rather than as missing text on every frame. */
static FaceLoad load_face(Renderer *r, FontWeight weight, const char *path, char *err,
                          size_t err_len)
{
    FontFace *face = &r->faces[weight];
    size_t size = 0;
    void *data = path ? SDL_LoadFile(path, &size) : NULL;
    if (!data) {
        snprintf(err, err_len, "cannot read font %s: %s", path ? path : "(none)", SDL_GetError());
        return FACE_UNREADABLE;
    }
    face->data = data;
    face->size = size;
    face->path = strdup(path);
    if (!face->path || !font_at(r, weight, 32.0f) || face_for(r, weight) != face) {
        snprintf(err, err_len, "%s: not a usable font: %s", path,
                 face->path ? TTF_GetError() : "out of memory");
        free_face(face);
        return FACE_UNUSABLE;
    }
    return FACE_OK;
}

static TTF_Font *font_at(Renderer *r, FontWeight weight, float px)
{
    FontFace *face = face_for(r, weight);
    if (!face->data)
        return NULL;
    int size = (int)lroundf(px < 4.0f ? 4.0f : px);
    for (int i = 0; i < face->size_count; i++)
        if ((int)face->sizes[i].px == size)
            return face->sizes[i].font;
    SDL_RWops *rw = SDL_RWFromConstMem(face->data, (int)face->size);
    TTF_Font *font = rw ? TTF_OpenFontRW(rw, 1, size) : NULL;
    if (!font)
        return NULL;
    TTF_SetFontHinting(font, TTF_HINTING_LIGHT);
    if (face->size_count == MAX_FONT_SIZES) { /* drop the oldest size */
        TTF_CloseFont(face->sizes[0].font);
        memmove(face->sizes, face->sizes + 1, sizeof face->sizes[0] * (MAX_FONT_SIZES - 1));
        face->size_count--;
    }
    face->sizes[face->size_count++] = (SizedFont){(float)size, font};
    return font;
}

/* SDL_ttf wants NUL-terminated strings; copy spans into a scratch buffer. */
static char *span_copy(const char *text, size_t len, char *stack, size_t stack_len)
{
    char *buf = len < stack_len ? stack : malloc(len + 1);
    if (!buf)
        return NULL;
    memcpy(buf, text, len);
    buf[len] = '\0';
    return buf;
}

static float measure_width(void *user, const TextStyle *style, const char *text, size_t len)
{
    Renderer *r = user;
    int px = (int)lroundf(style->px < 4.0f ? 4.0f : style->px); /* as font_at rounds */
    float cached;
    if (r->widths && widthcache_get(r->widths, (int)style->weight, px, text, len, &cached))
        return cached;
    r->stats.widths_measured++;
    TTF_Font *font = font_at(r, style->weight, style->px);
    char stack[512];
    char *s = span_copy(text, len, stack, sizeof stack);
    int w = 0, h = 0;
    if (font && s && len)
        TTF_SizeUTF8(font, s, &w, &h);
    if (s != stack)
        free(s);
    if (r->widths && font && s)
        widthcache_put(r->widths, (int)style->weight, px, text, len, (float)w);
    return (float)w;
}

static float measure_line_height(void *user, const TextStyle *style)
{
    (void)user;
    return roundf(style->px * theme_line_height(style->role));
}

/* Names the font once when it lacks a glyph the text needs (it draws a
 * box). Runs only when a line is rasterised, never per frame. */
static void check_glyphs(Renderer *r, const char *font_path, TTF_Font *font, const char *line)
{
    size_t len = strlen(line), pos = 0;
    while (pos < len) {
        uint32_t cp = utf8_next(line, len, &pos);
        if (cp < 0x20 || TTF_GlyphIsProvided32(font, cp))
            continue;
        if (font_path && first_warning(r, font_path))
            fprintf(stderr, "careerdeck: warning: %s: the font has no glyph for U+%04X (drawn as a "
                            "box); --validate lists every one\n", font_path, (unsigned)cp);
        return;
    }
}

static TexCacheEntry *text_texture(Renderer *r, const TextStyle *st, const char *line)
{
    char key[640];
    int n = snprintf(key, sizeof key, "%d|%d|%s", (int)st->weight, (int)lroundf(st->px), line);
    if (n < 0 || (size_t)n >= sizeof key)
        return NULL; /* a line this long cannot fit on any screen anyway */
    TexCacheEntry *e = texcache_find(&r->text_cache, key);
    if (e) {
        e->last_used = r->stats.frames;
        return e;
    }
    TTF_Font *font = font_at(r, st->weight, st->px);
    SDL_Color white = {255, 255, 255, 255};
    SDL_Surface *surf = font ? TTF_RenderUTF8_Blended(font, line, white) : NULL;
    SDL_Texture *tex = surf ? texture_from_surface(r, surf) : NULL;
    r->stats.strings_rasterised++;
    if (font)
        check_glyphs(r, face_for(r, st->weight)->path, font, line);
    e = tex ? texcache_insert(&r->text_cache, key) : NULL;
    if (!e) {
        if (tex)
            SDL_DestroyTexture(tex);
        SDL_FreeSurface(surf);
        return NULL;
    }
    e->texture = tex;
    e->w = surf->w;
    e->h = surf->h;
    e->last_used = r->stats.frames;
    SDL_FreeSurface(surf);
    return e;
}

static void draw_text(Renderer *r, const DrawList *dl, const DrawCmd *cmd)
{
    if (cmd->color.a == 0)
        return; /* faded out (text entering starts here): SDL would blend it anyway */
    const char *text = drawlist_cmd_text(dl, cmd);
    float lh = measure_line_height(r, &cmd->style);
    TTF_Font *font = font_at(r, cmd->style.weight, cmd->style.px);
    float font_h = font ? (float)TTF_FontHeight(font) : lh;
    for (int i = 0; i < cmd->block.line_count; i++) {
        const TextLine *line = &cmd->block.lines[i];
        if (!line->len && !(cmd->block.ellipsized && i == cmd->block.line_count - 1))
            continue;
        char buf[600];
        bool dots = cmd->block.ellipsized && i == cmd->block.line_count - 1;
        size_t len = line->len < sizeof buf - 4 ? line->len : sizeof buf - 4;
        memcpy(buf, text + line->start, len);
        strcpy(buf + len, dots ? TEXT_ELLIPSIS : "");
        TexCacheEntry *e = text_texture(r, &cmd->style, buf);
        if (!e)
            continue;
        float x = cmd->rect.x;
        if (cmd->align == ALIGN_CENTER)
            x += (cmd->rect.w - (float)e->w) * 0.5f;
        else if (cmd->align == ALIGN_RIGHT)
            x += cmd->rect.w - (float)e->w;
        float y = cmd->rect.y + (float)i * lh + (lh - font_h) * 0.5f;
        SDL_SetTextureColorMod(e->texture, cmd->color.r, cmd->color.g, cmd->color.b);
        SDL_SetTextureAlphaMod(e->texture, cmd->color.a);
        /* Whole pixels keep glyph edges crisp. */
        SDL_Rect dst = {(int)lroundf(x), (int)lroundf(y), e->w, e->h};
        copy_texture(r, e->texture, NULL, &dst);
    }
}

/* ---- images ------------------------------------------------------------ */

static bool has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && SDL_strcasecmp(s + n - m, suffix) == 0;
}

/* Equal paths, counting a run of '/' as one ("data/" + "/x" as the app
 * joins it, "data/x" as the loader does). */
static bool same_path(const char *a, const char *b)
{
    while (*a && *a == *b) {
        bool slash = *a == '/';
        a++, b++;
        while (slash && *a == '/')
            a++;
        while (slash && *b == '/')
            b++;
    }
    return *a == *b;
}

static bool warned_about(const Renderer *r, const char *path)
{
    for (size_t i = 0; i < r->warned_count; i++)
        if (same_path(r->warned[i], path))
            return true;
    return false;
}

/* True the first time `path` is named: each bad file is warned about once
 * however often it is drawn, at whatever size, and after cache evictions. */
static bool first_warning(Renderer *r, const char *path)
{
    if (warned_about(r, path))
        return false;
    if (r->warned_count == MAX_WARNED_FILES)
        return false;
    char *copy = strdup(path);
    if (copy)
        r->warned[r->warned_count++] = copy;
    if (r->warned_count == MAX_WARNED_FILES)
        fprintf(stderr, "careerdeck: warning: %d bad files; no more are listed\n", MAX_WARNED_FILES);
    return true;
}

static void forget_warnings(Renderer *r)
{
    for (size_t i = 0; i < r->warned_count; i++)
        free(r->warned[i]);
    r->warned_count = 0;
}

void render_mark_warned(Renderer *r, const char *path)
{
    if (path && *path)
        first_warning(r, path);
}

static void warn_image(Renderer *r, const char *path, const char *why)
{
    r->stats.image_failures++;
    if (first_warning(r, path))
        fprintf(stderr, "careerdeck: warning: %s: cannot load image: %s (showing a placeholder)\n",
                path, why);
}

static TexCacheEntry *image_texture(Renderer *r, const char *path, int w, int h)
{
    char key[1200];
    /* SVGs are rasterised at the size drawn; bitmaps once at their own size. */
    bool svg = has_suffix(path, ".svg");
    snprintf(key, sizeof key, "%dx%d|%s", svg ? w : 0, svg ? h : 0, path);
    TexCacheEntry *e = texcache_find(&r->image_cache, key);
    if (e) {
        e->last_used = r->stats.frames;
        return e;
    }
    /* A file known to be bad is not decoded again at another size or after
     * an eviction: that costs time, and SDL_image may leak a little on a
     * broken SVG (see imagehdr.c). */
    char why[256] = "no file named";
    SDL_Surface *surf = *path && !warned_about(r, path) ? imagefile_load(path, w, h, why, sizeof why)
                                                         : NULL;
    r->stats.images_decoded++;
    e = texcache_insert(&r->image_cache, key);
    if (!e) {
        SDL_FreeSurface(surf);
        return NULL;
    }
    e->last_used = r->stats.frames;
    if (!surf) {
        warn_image(r, path, why);
        return e; /* remembered failure: never retried per frame */
    }
    e->texture = texture_from_surface(r, surf);
    if (e->texture)
        SDL_SetTextureBlendMode(e->texture, SDL_BLENDMODE_BLEND);
    else
        warn_image(r, path, SDL_GetError());
    e->w = surf->w;
    e->h = surf->h;
    SDL_FreeSurface(surf);
    return e;
}

static void draw_placeholder(Renderer *r, SDL_FRect dst, Color tint);
static void apply_clip(Renderer *r);

static void draw_image(Renderer *r, const DrawList *dl, const DrawCmd *cmd)
{
    SDL_FRect dst = {roundf(cmd->rect.x), roundf(cmd->rect.y), roundf(cmd->rect.w),
                     roundf(cmd->rect.h)};
    if (dst.w < 1 || dst.h < 1)
        return;
    TexCacheEntry *e = image_texture(r, drawlist_cmd_path(dl, cmd), (int)dst.w, (int)dst.h);
    if (!e || !e->texture) {
        draw_placeholder(r, dst, cmd->color);
        return;
    }
    SDL_SetTextureColorMod(e->texture, cmd->color.r, cmd->color.g, cmd->color.b);
    SDL_SetTextureAlphaMod(e->texture, cmd->color.a);
    SDL_Rect whole = {(int)dst.x, (int)dst.y, (int)dst.w, (int)dst.h}; /* whole already */
    copy_texture(r, e->texture, NULL, &whole);
}

/* ---- shapes ------------------------------------------------------------ */

typedef struct {
    SDL_FPoint pts[MAX_OUTLINE];
    int n;
} Outline;

/* Points around a rounded rect, clockwise, offset outwards by `grow`. */
static void rounded_outline(Rect rc, float radius, float grow, Outline *o)
{
    float rad = fminf(radius, fminf(rc.w, rc.h) * 0.5f);
    if (rad < 0.0f)
        rad = 0.0f;
    int seg = rad < 2.0f ? 1 : (int)fminf(fmaxf(rad / 3.0f, 4.0f), 32.0f);
    float cx[4] = {rc.x + rc.w - rad, rc.x + rc.w - rad, rc.x + rad, rc.x + rad};
    float cy[4] = {rc.y + rad, rc.y + rc.h - rad, rc.y + rc.h - rad, rc.y + rad};
    float start[4] = {-90.0f, 0.0f, 90.0f, 180.0f};
    o->n = 0;
    for (int c = 0; c < 4; c++)
        for (int i = 0; i <= seg; i++) {
            float a = (start[c] + 90.0f * (float)i / (float)seg) * CD_PI / 180.0f;
            o->pts[o->n++] = (SDL_FPoint){cx[c] + cosf(a) * (rad + grow),
                                          cy[c] + sinf(a) * (rad + grow)};
        }
}

static SDL_Color to_sdl(Color c)
{
    SDL_Color s = {c.r, c.g, c.b, c.a};
    return s;
}

static SDL_Color gradient_at(const DrawCmd *cmd, float y)
{
    float t = cmd->rect.h > 0.0f ? (y - cmd->rect.y) / cmd->rect.h : 0.0f;
    return to_sdl(color_mix(cmd->color, cmd->color2, t));
}

/* Fills the outline as a fan and adds a feather ring out to `outer`, whose
 * vertices carry alpha 0: that ring is the anti-aliasing (or the shadow). */
/* True when a triangle's bounding box reaches into `only` (NULL: always). */
static bool touches(const SDL_Vertex *v, int a, int b, int c, const SDL_Rect *only)
{
    if (!only)
        return true;
    float x0 = fminf(v[a].position.x, fminf(v[b].position.x, v[c].position.x));
    float x1 = fmaxf(v[a].position.x, fmaxf(v[b].position.x, v[c].position.x));
    float y0 = fminf(v[a].position.y, fminf(v[b].position.y, v[c].position.y));
    float y1 = fmaxf(v[a].position.y, fmaxf(v[b].position.y, v[c].position.y));
    return x1 >= (float)only->x - 1.0f && x0 <= (float)(only->x + only->w) + 1.0f &&
           y1 >= (float)only->y - 1.0f && y0 <= (float)(only->y + only->h) + 1.0f;
}

static void add_triangle(int *idx, int *ni, const SDL_Vertex *v, int a, int b, int c,
                         const SDL_Rect *only)
{
    if (!touches(v, a, b, c, only))
        return;
    idx[(*ni)++] = a;
    idx[(*ni)++] = b;
    idx[(*ni)++] = c;
}

static void fill_with_feather(SDL_Renderer *sdl, const DrawCmd *cmd, const Outline *in,
                              const Outline *outer, Color flat, bool gradient,
                              const SDL_Rect *only)
{
    SDL_Vertex v[MAX_OUTLINE * 2 + 1];
    int idx[MAX_OUTLINE * 9];
    int nv = 0, ni = 0;
    float cx = 0, cy = 0;
    for (int i = 0; i < in->n; i++) {
        cx += in->pts[i].x;
        cy += in->pts[i].y;
    }
    cx /= (float)in->n;
    cy /= (float)in->n;
    v[nv++] = (SDL_Vertex){{cx, cy}, gradient ? gradient_at(cmd, cy) : to_sdl(flat), {0, 0}};
    for (int i = 0; i < in->n; i++) {
        SDL_Color c = gradient ? gradient_at(cmd, in->pts[i].y) : to_sdl(flat);
        v[nv++] = (SDL_Vertex){in->pts[i], c, {0, 0}};
    }
    for (int i = 0; i < outer->n; i++) {
        SDL_Color c = gradient ? gradient_at(cmd, outer->pts[i].y) : to_sdl(flat);
        c.a = 0;
        v[nv++] = (SDL_Vertex){outer->pts[i], c, {0, 0}};
    }
    int n = in->n;
    for (int i = 0; i < n; i++) {
        int a = 1 + i, b = 1 + (i + 1) % n;
        int oa = 1 + n + i, ob = 1 + n + (i + 1) % n;
        add_triangle(idx, &ni, v, 0, a, b, only);
        add_triangle(idx, &ni, v, a, oa, ob, only);
        add_triangle(idx, &ni, v, a, ob, b, only);
    }
    if (ni)
        SDL_RenderGeometry(sdl, NULL, v, nv, idx, ni);
}

/* ---- fast fills ----------------------------------------------------------
 * SDL's software renderer fills SDL_RenderGeometry triangles pixel by pixel,
 * interpolating colours: a card-sized shape costs milliseconds. A rounded
 * rect is uniform inside (or one colour per row, for a vertical gradient), so
 * only the bands holding its corners and anti-aliased edges go through the
 * triangles, clipped to those bands; the inside is plain rectangle fills. */

enum { FAST_FILL_MIN_PIXELS = 4096 }; /* smaller shapes: triangles are cheap enough */

/* The clip in force: the innermost pushed one, else everything. */
static bool veil_fill(Renderer *r, SDL_Rect rc, SDL_Color c);

static void fill_span(Renderer *r, SDL_Rect rc, SDL_Color c)
{
    if (direct_fill(r, rc, c))
        return;
    if (c.a < 255 && (long)rc.w * rc.h >= FAST_FILL_MIN_PIXELS && veil_fill(r, rc, c))
        return;
    /* Opaque fills copy; only translucent ones need blending. */
    SDL_SetRenderDrawBlendMode(r->sdl, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(r->sdl, c.r, c.g, c.b, c.a);
    SDL_RenderFillRect(r->sdl, &rc);
    SDL_SetRenderDrawBlendMode(r->sdl, SDL_BLENDMODE_BLEND);
}

/* The whole-pixel box of a shape's pixels: from the outline grown by `grow`. */
static SDL_Rect outer_box(Rect rc, float grow)
{
    int x0 = (int)floorf(rc.x - grow), y0 = (int)floorf(rc.y - grow);
    return (SDL_Rect){x0, y0, (int)ceilf(rc.x + rc.w + grow) - x0,
                      (int)ceilf(rc.y + rc.h + grow) - y0};
}

/* Pixels surely inside a rounded rect's solid part: the rows between its
 * corners, a pixel in from its straight sides (a margin for the feather). */
static SDL_Rect solid_box(Rect rc, float radius)
{
    float rad = fmaxf(fminf(radius, fminf(rc.w, rc.h) * 0.5f), 0.0f);
    int x0 = (int)ceilf(rc.x + 1.0f), x1 = (int)floorf(rc.x + rc.w - 1.0f);
    int y0 = (int)ceilf(rc.y + fmaxf(rad, 1.0f)), y1 = (int)floorf(rc.y + rc.h - fmaxf(rad, 1.0f));
    return (SDL_Rect){x0, y0, x1 > x0 ? x1 - x0 : 0, y1 > y0 ? y1 - y0 : 0};
}

/* ---- shapes (triangles) -------------------------------------------------- */

static void geometry_rect(SDL_Renderer *sdl, const DrawCmd *cmd, const SDL_Rect *only)
{
    if (cmd->radius <= 0.5f) { /* square: a plain two-triangle quad */
        Rect q = cmd->rect;
        SDL_Color top = to_sdl(cmd->color), bottom = to_sdl(cmd->color2);
        SDL_Vertex v[4] = {{{q.x, q.y}, top, {0, 0}}, {{q.x + q.w, q.y}, top, {0, 0}},
                           {{q.x + q.w, q.y + q.h}, bottom, {0, 0}},
                           {{q.x, q.y + q.h}, bottom, {0, 0}}};
        int idx[6] = {0, 1, 2, 0, 2, 3};
        SDL_RenderGeometry(sdl, NULL, v, 4, idx, 6);
        return;
    }
    Outline in, out;
    rounded_outline(cmd->rect, cmd->radius, -0.5f, &in);
    rounded_outline(cmd->rect, cmd->radius, 0.5f, &out);
    fill_with_feather(sdl, cmd, &in, &out, cmd->color, true, only);
}

/* A rounded rect's pixels in `v`, whose first pixel is at (x, y) in the
 * rect's coordinates: compose.c's anti-aliased cover, the same outline as
 * geometry_rect's triangles, row by row in the gradient's colours. */
static void compose_shape(ComposeView v, int x, int y, const DrawCmd *cmd)
{
    enum { BAND = 64 };
    Color colors[BAND];
    for (int y0 = 0; y0 < v.h; y0 += BAND) {
        ComposeView band = {v.pixels + (size_t)y0 * (size_t)v.pitch, v.pitch, v.w,
                            SDL_min(BAND, v.h - y0)};
        for (int i = 0; i < band.h; i++) {
            SDL_Color c = gradient_at(cmd, (float)(y + y0 + i) + 0.5f);
            colors[i] = (Color){c.r, c.g, c.b, c.a};
        }
        /* Where SDL's software triangles put it: they round each vertex
         * to whole pixels and sample half a pixel off the centre, so the
         * two agree (and with the golden images) at every edge. */
        Rect rc = cmd->rect;
        float left = roundf(rc.x) - 0.5f, top = roundf(rc.y) - 0.5f;
        ComposeRound shape = {left - (float)x, top - (float)(y + y0),
                              roundf(rc.x + rc.w) - 0.5f - left, roundf(rc.y + rc.h) - 0.5f - top,
                              cmd->radius};
        compose_rounded(band, shape, colors);
    }
}

/* Draws a rect's edges in each region, clipped to it: straight into the
 * pixels where they can be written (a rounded one), else as triangles,
 * leaving out those that cannot reach the region. */
static void geometry_regions(Renderer *r, const DrawCmd *cmd, const SDL_Rect *regions, int n)
{
    SDL_Rect clip = current_clip(r), part;
    bool direct = r->frame_pixels.pixels && cmd->radius > 0.5f;
    for (int i = 0; i < n; i++)
        if (direct) {
            SDL_Rect pieces[MAX_PIECES];
            int count = direct_pieces(r, regions[i], pieces);
            for (int k = 0; k < count; k++)
                compose_shape(view_at(r, pieces[k]), pieces[k].x, pieces[k].y, cmd);
        } else if (SDL_IntersectRect(&regions[i], &clip, &part)) {
            SDL_RenderSetClipRect(r->sdl, &part);
            geometry_rect(r->sdl, cmd, &part);
        }
    apply_clip(r);
}

/* Part of a rect's inside: one fill, or one per row of a gradient (the
 * colour at each row's centre, as the triangles interpolate it). */
static void fill_inside(Renderer *r, const DrawCmd *cmd, SDL_Rect inner)
{
    SDL_Rect clip = current_clip(r), part;
    if (!SDL_IntersectRect(&inner, &clip, &part))
        return;
    bool flat = memcmp(&cmd->color, &cmd->color2, sizeof cmd->color) == 0;
    if (flat) {
        fill_span(r, part, to_sdl(cmd->color));
        return;
    }
    /* Rows of one colour are filled together: a gentle gradient changes
     * colour every few dozen rows, and one fill per run is far cheaper. */
    int run = part.y;
    SDL_Color c = gradient_at(cmd, (float)run + 0.5f);
    for (int y = part.y + 1; y <= part.y + part.h; y++) {
        SDL_Color next = y < part.y + part.h ? gradient_at(cmd, (float)y + 0.5f) : c;
        if (y < part.y + part.h && memcmp(&next, &c, sizeof c) == 0)
            continue;
        fill_span(r, (SDL_Rect){part.x, run, part.w, y - run}, c);
        run = y;
        c = next;
    }
}

static SDL_Rect span_rect(int x0, int y0, int x1, int y1)
{
    return (SDL_Rect){x0, y0, x1 > x0 ? x1 - x0 : 0, y1 > y0 ? y1 - y0 : 0};
}

/* Part of a shape kept in its texture: where it is drawn, where it is kept. */
typedef struct { SDL_Rect on_screen, in_texture; } ShapePiece;

static TexCacheEntry *shape_texture(Renderer *r, const DrawCmd *cmd, SDL_Rect box,
                                 const ShapePiece *pieces, int n, int tw, int th);

/* ---- backdrops ----------------------------------------------------------
 * A screen's background is a full-screen gradient: some forty fills of
 * 27 rows each, 1.6 ms a frame at 1080p. One that holds for two frames is
 * kept as a texture without an alpha channel and copied, as memcpy, where
 * it is damaged. Only big opaque square gradients on whole pixels. */

enum {
    BACKDROP_MIN_PIXELS = 512 * 1024,
    BACKDROP_CACHE_ENTRIES = 4,
    BACKDROP_CACHE_PIXELS = 20 * 1024 * 1024, /* a 4K screen and a side panel */
};

static bool is_backdrop(const DrawCmd *cmd)
{
    Rect rc = cmd->rect;
    return cmd->radius <= 0.5f && cmd->color.a == 255 && cmd->color2.a == 255 &&
           memcmp(&cmd->color, &cmd->color2, sizeof cmd->color) != 0 && rc.x == floorf(rc.x) &&
           rc.y == floorf(rc.y) && rc.w == floorf(rc.w) && rc.h == floorf(rc.h) &&
           (long)rc.w * (long)rc.h >= BACKDROP_MIN_PIXELS;
}

static SDL_Texture *backdrop_texture(Renderer *r, const DrawCmd *cmd)
{
    int w = (int)cmd->rect.w, h = (int)cmd->rect.h;
    Color a = cmd->color, b = cmd->color2;
    char key[80];
    snprintf(key, sizeof key, "backdrop|%dx%d|%02x%02x%02x|%02x%02x%02x", w, h, a.r, a.g, a.b,
             b.r, b.g, b.b);
    size_t cap = SDL_min((size_t)BACKDROP_CACHE_PIXELS, r->shadow_pixels_cap);
    TexCacheEntry *e = texcache_budget_entry(r->stats.frames, &r->backdrop_cache, cap, key,
                                             (size_t)w * (size_t)h);
    if (e && !e->texture) {
        SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_RGB888);
        if (surf) {
            DrawCmd local = *cmd;
            local.rect.x = local.rect.y = 0.0f;
            for (int y = 0; y < h; y++) { /* each row's colour, as fill_inside's rows */
                SDL_Color c = gradient_at(&local, (float)y + 0.5f);
                SDL_Rect row = {0, y, w, 1};
                SDL_FillRect(surf, &row, SDL_MapRGB(surf->format, c.r, c.g, c.b));
            }
            e->texture = texture_from_surface(r, surf);
            if (e->texture)
                SDL_SetTextureBlendMode(e->texture, SDL_BLENDMODE_NONE);
            e->w = w;
            e->h = h;
            SDL_FreeSurface(surf);
        }
    }
    return e ? e->texture : NULL;
}

enum {
    SHAPE_CACHE_ENTRIES = 64,
    SHAPE_CACHE_PIXELS = 2 * 1024 * 1024, /* 8 MB at most */
};

/* Shapes and veils, within the shadows' budget when that is set lower. */
static size_t shape_budget(const Renderer *r)
{
    return SDL_min((size_t)SHAPE_CACHE_PIXELS, r->shadow_pixels_cap);
}

/* ---- veils -----------------------------------------------------------
 * SDL fills a translucent rect pixel by pixel in plain C, but blends a
 * texture without an alpha channel by one constant alpha in a fast loop,
 * about 2.7x quicker. A big translucent fill (a dimming veil, a fading
 * panel, each run of rows of a translucent gradient) is copied from a tile
 * of its colour instead. Tiles have their own small cache: a gradient
 * brings a few dozen colours. */

enum {
    VEIL_TILE_W = 256,
    VEIL_TILE_H = 64,
    VEIL_CACHE_ENTRIES = 64,
};

static bool veil_fill(Renderer *r, SDL_Rect rc, SDL_Color c)
{
    char key[32];
    snprintf(key, sizeof key, "veil|%02x%02x%02x", c.r, c.g, c.b);
    size_t tile = (size_t)VEIL_TILE_W * VEIL_TILE_H;
    size_t cap = SDL_min(tile * VEIL_CACHE_ENTRIES, r->shadow_pixels_cap);
    TexCacheEntry *e = texcache_budget_entry(r->stats.frames, &r->veil_cache, cap, key, tile);
    if (e && !e->texture) {
        SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, VEIL_TILE_W, VEIL_TILE_H, 32,
                                                           SDL_PIXELFORMAT_RGB888);
        if (surf) {
            SDL_FillRect(surf, NULL, SDL_MapRGB(surf->format, c.r, c.g, c.b));
            e->texture = SDL_CreateTextureFromSurface(r->owner, surf);
            e->w = VEIL_TILE_W;
            e->h = VEIL_TILE_H;
            SDL_FreeSurface(surf);
        }
        if (e->texture)
            SDL_SetTextureBlendMode(e->texture, SDL_BLENDMODE_BLEND);
    }
    if (!e || !e->texture)
        return false;
    SDL_SetTextureAlphaMod(e->texture, c.a);
    for (int y = rc.y; y < rc.y + rc.h; y += VEIL_TILE_H)
        for (int x = rc.x; x < rc.x + rc.w; x += VEIL_TILE_W) {
            SDL_Rect dst = {x, y, SDL_min(VEIL_TILE_W, rc.x + rc.w - x),
                            SDL_min(VEIL_TILE_H, rc.y + rc.h - y)};
            SDL_Rect src = {0, 0, dst.w, dst.h};
            copy_texture(r, e->texture, &src, &dst);
        }
    return true;
}

/* Copies the part of a texture placed at `box` that falls on `part`. */
static void copy_part(Renderer *r, SDL_Texture *tex, SDL_Rect box, SDL_Rect part)
{
    SDL_Rect src = {part.x - box.x, part.y - box.y, part.w, part.h};
    if (part.w > 0 && part.h > 0)
        copy_texture(r, tex, &src, &part);
}

/* The same for a part whose pixels are all opaque: written directly, a
 * fade of it blends by one alpha, with no per-pixel alpha to read, and
 * `veil` (if any) is filled over it in the same pass. True when it was. */
static bool copy_opaque_part(Renderer *r, SDL_Texture *tex, SDL_Rect box, SDL_Rect part,
                             const Color *veil)
{
    SDL_Rect src = {part.x - box.x, part.y - box.y, part.w, part.h};
    if (part.w <= 0 || part.h <= 0)
        return false;
    if (direct_copy(r, tex, &src, &part, true, veil))
        return veil != NULL;
    copy_part(r, tex, box, part);
    return false;
}


/* A big rect is cut into its uniform inside (a cross of two fills: between
 * the straight sides, and between the corners) and eight thin regions that
 * need the triangles: four corners and four one-pixel edges. A rounded one
 * in one colour that holds still takes those from its shape texture. */
static void draw_rect(Renderer *r, const DrawCmd *cmd)
{
    if (cmd->color.a == 0 && cmd->color2.a == 0)
        return;
    /* Written directly, a backdrop's rows are plain fills: half the memory
     * traffic of a copy (nothing to read), which at 4K is what counts. */
    SDL_Texture *backdrop = is_backdrop(cmd) && !r->frame_pixels.pixels ? backdrop_texture(r, cmd)
                                                                        : NULL;
    if (backdrop) {
        SDL_Rect dst = {(int)cmd->rect.x, (int)cmd->rect.y, (int)cmd->rect.w, (int)cmd->rect.h};
        copy_texture(r, backdrop, NULL, &dst);
        return;
    }
    Rect rc = cmd->rect;
    bool square = cmd->radius <= 0.5f;
    float rad = square ? 0.0f : fmaxf(fminf(cmd->radius, fminf(rc.w, rc.h) * 0.5f), 1.0f);
    SDL_Rect outer = outer_box(rc, square ? 0.0f : 0.5f);
    int X0 = outer.x, Y0 = outer.y, X1 = outer.x + outer.w, Y1 = outer.y + outer.h;
    int sx0 = (int)ceilf(rc.x + 1.0f), sx1 = (int)floorf(rc.x + rc.w - 1.0f);
    int sy0 = (int)ceilf(rc.y + 1.0f), sy1 = (int)floorf(rc.y + rc.h - 1.0f);
    int cx0 = SDL_max((int)ceilf(rc.x + rad), sx0), cx1 = SDL_min((int)floorf(rc.x + rc.w - rad), sx1);
    int cy0 = SDL_max((int)ceilf(rc.y + rad), sy0), cy1 = SDL_min((int)floorf(rc.y + rc.h - rad), sy1);
    bool small = (long)outer.w * outer.h < FAST_FILL_MIN_PIXELS;
    if (cx1 <= cx0 || cy1 <= cy0 || small) { /* a pill, all ends: whole */
        ShapePiece whole = {outer, {0, 0, outer.w, outer.h}};
        TexCacheEntry *shape = small || square ? NULL
                                            : shape_texture(r, cmd, outer, &whole, 1, outer.w,
                                                            outer.h);
        if (shape)
            copy_texture(r, shape->texture, NULL, &outer);
        else if (!small && cx1 > cx0) { /* lying down: the ends are triangles */
            fill_inside(r, cmd, span_rect(cx0, sy0, cx1, sy1));
            SDL_Rect parts[4] = {span_rect(X0, Y0, cx0, Y1), span_rect(cx1, Y0, X1, Y1),
                                 span_rect(cx0, Y0, cx1, sy0), span_rect(cx0, sy1, cx1, Y1)};
            geometry_regions(r, cmd, parts, 4);
        } else if (!small && cy1 > cy0) { /* standing up */
            fill_inside(r, cmd, span_rect(sx0, cy0, sx1, cy1));
            SDL_Rect parts[4] = {span_rect(X0, Y0, X1, cy0), span_rect(X0, cy1, X1, Y1),
                                 span_rect(X0, cy0, sx0, cy1), span_rect(sx1, cy0, X1, cy1)};
            geometry_regions(r, cmd, parts, 4);
        } else {
            geometry_regions(r, cmd, &outer, 1);
        }
        return;
    }
    fill_inside(r, cmd, span_rect(sx0, cy0, sx1, cy1));
    fill_inside(r, cmd, span_rect(cx0, sy0, cx1, cy0));
    fill_inside(r, cmd, span_rect(cx0, cy1, cx1, sy1));
    SDL_Rect edges[8] = {
        span_rect(X0, Y0, cx0, cy0), span_rect(cx1, Y0, X1, cy0),   /* top corners */
        span_rect(X0, cy1, cx0, Y1), span_rect(cx1, cy1, X1, Y1),   /* bottom corners */
        span_rect(cx0, Y0, cx1, sy0), span_rect(cx0, sy1, cx1, Y1), /* top, bottom edges */
        span_rect(X0, cy0, sx0, cy1), span_rect(sx1, cy0, X1, cy1), /* left, right edges */
    };
    /* The corners are kept packed, as the box without its middle rows and
     * columns; the one-pixel edges between them are cheap triangles. */
    int wl = cx0 - X0, ht = cy0 - Y0;
    ShapePiece corners[4] = {
        {edges[0], {0, 0, edges[0].w, edges[0].h}},
        {edges[1], {wl, 0, edges[1].w, edges[1].h}},
        {edges[2], {0, ht, edges[2].w, edges[2].h}},
        {edges[3], {wl, ht, edges[3].w, edges[3].h}},
    };
    TexCacheEntry *shape = square ? NULL
                               : shape_texture(r, cmd, outer, corners, 4, wl + X1 - cx1,
                                               ht + Y1 - cy1);
    if (!shape) {
        geometry_regions(r, cmd, edges, 8);
        return;
    }
    for (int i = 0; i < 4; i++)
        if (corners[i].on_screen.w > 0 && corners[i].on_screen.h > 0)
            copy_texture(r, shape->texture, &corners[i].in_texture, &corners[i].on_screen);
    geometry_regions(r, cmd, edges + 4, 4);
}

static void geometry_shadow(SDL_Renderer *sdl, const DrawCmd *cmd)
{
    float blur = fmaxf(cmd->blur, 1.0f);
    Rect core = rect_inset(cmd->rect, blur * 0.5f, blur * 0.5f);
    Outline in, out;
    rounded_outline(core, fmaxf(cmd->radius - blur * 0.5f, 0.0f), 0.0f, &in);
    rounded_outline(core, fmaxf(cmd->radius - blur * 0.5f, 0.0f), blur, &out);
    /* A lighter core and a wide fade read as a soft, diffuse shadow. */
    Color c = cmd->color;
    c.a = (uint8_t)(c.a * 0.55f);
    fill_with_feather(sdl, cmd, &in, &out, c, false, NULL);
}

/* The part of a shadow's core that the next command hides: a rect drawn
 * straight after its shadow (a card on its own shadow), opaque or at least
 * as opaque as the shadow. Empty when nothing is hidden. */
static SDL_Rect core_hidden(const DrawCmd *next, uint8_t shadow_alpha, SDL_Rect core)
{
    SDL_Rect hidden = {0, 0, 0, 0};
    /* A card fading in with its shadow (both faded alike) hides the core
     * too: the two fade as one, and no shadow shows through the card. */
    uint8_t card = next ? SDL_min(next->color.a, next->color2.a) : 0;
    if (!next || next->kind != DRAW_RECT || card == 0 || (card != 255 && card < shadow_alpha) ||
        !placeable(next))
        return hidden;
    SDL_Rect cover = solid_box(next->rect, next->radius);
    if (!SDL_IntersectRect(&core, &cover, &hidden))
        hidden = (SDL_Rect){0, 0, 0, 0};
    return hidden;
}

/* ---- shadows ---------------------------------------------------------------
 * Even banded, a card's 44 px soft shadow is ~150k pixels of interpolated
 * triangles. Every shadow with the same radius, blur and colour has the
 * same corners, the same profile along its straight edges, and a flat
 * core: it is drawn in nine slices from one small "mini" shadow of that
 * kind (its four corners, runs of its edges, and a fill for the core), so
 * a shadow that grows or moves never needs new triangles. A shadow snaps
 * to whole pixels, its size too: at this softness a pixel cannot be seen. */

enum {
    SHADOW_CACHE_ENTRIES = 64,
    SHADOW_CACHE_PIXELS = 8 * 1024 * 1024, /* 32 MB of textures at most */
    SHADOW_RUN = 64,   /* straight edge pixels in a mini shadow: edges are copied in runs */
};

/* The shadow's pixel box, its rect snapped to whole pixels. */
static SDL_Rect shadow_box(const DrawCmd *cmd, Rect *snapped)
{
    float blur = fmaxf(cmd->blur, 1.0f);
    *snapped = rect_make(roundf(cmd->rect.x), roundf(cmd->rect.y), roundf(cmd->rect.w),
                         roundf(cmd->rect.h));
    return outer_box(rect_inset(*snapped, blur * 0.5f, blur * 0.5f), blur + 1.0f);
}

/* The radius of a shadow's core (its rect inset by half the blur), as
 * rounded_outline clamps it to the core's size. */
static float shadow_core_radius(const DrawCmd *cmd, Rect snapped)
{
    float blur = fmaxf(cmd->blur, 1.0f);
    Rect core = rect_inset(snapped, blur * 0.5f, blur * 0.5f);
    float rc = fmaxf(cmd->radius - blur * 0.5f, 0.0f);
    return fmaxf(fminf(rc, fminf(core.w, core.h) * 0.5f), 0.0f);
}

/* Where a shadow's corners end, counted in from each side of its box: past
 * them every row (or column) repeats along the edge. The same for any
 * shadow of its kind at whole-pixel size, the mini one included. A shadow
 * with no straight run one way (a pill's) is cut in the middle that way. */
typedef struct { int left, top, right, bottom; } ShadowSlices;

static ShadowSlices shadow_slices(const DrawCmd *cmd, Rect snapped, SDL_Rect box)
{
    float blur = fmaxf(cmd->blur, 1.0f), rc = shadow_core_radius(cmd, snapped);
    Rect core = rect_inset(snapped, blur * 0.5f, blur * 0.5f);
    ShadowSlices sl; /* a pixel more than the corner arc, off the seam */
    sl.left = (int)ceilf(core.x + rc) + 1 - box.x;
    sl.top = (int)ceilf(core.y + rc) + 1 - box.y;
    sl.right = box.x + box.w - ((int)floorf(core.x + core.w - rc) - 1);
    sl.bottom = box.y + box.h - ((int)floorf(core.y + core.h - rc) - 1);
    if (sl.left + sl.right > box.w) {
        sl.left = box.w / 2;
        sl.right = box.w - sl.left;
    }
    if (sl.top + sl.bottom > box.h) {
        sl.top = box.h / 2;
        sl.bottom = box.h - sl.top;
    }
    return sl;
}

/* The mini shadow of a kind: square, with a straight run of at least
 * SHADOW_RUN pixels between its corners; `kind` gets its command. */
static Rect mini_shadow_rect(const DrawCmd *cmd, Rect snapped, DrawCmd *kind)
{
    float blur = fmaxf(cmd->blur, 1.0f), rc = shadow_core_radius(cmd, snapped);
    float side = 2.0f * ceilf(rc + blur) + (float)SHADOW_RUN + 4.0f;
    *kind = *cmd;
    kind->radius = rc + blur * 0.5f; /* the same core radius, unclamped in the mini */
    kind->rect = rect_make(0.0f, 0.0f, side, side);
    return kind->rect;
}

/* Draws a shadow at alpha 255 (the draw's alpha is applied as a tint). */
/* A shadow's pixels in `v`, whose first pixel is at (x, y) in the
 * shadow's coordinates, as geometry_shadow's triangles draw it: its core
 * lighter, its fade as wide as its blur, placed as compose_shape places an
 * outline (where SDL's triangles put it). */
static void compose_shadow_at(ComposeView v, int x, int y, const DrawCmd *cmd)
{
    float blur = fmaxf(cmd->blur, 1.0f);
    Rect core = rect_inset(cmd->rect, blur * 0.5f, blur * 0.5f);
    Color c = cmd->color;
    c.a = (uint8_t)(c.a * 0.55f); /* as geometry_shadow's core */
    float left = roundf(core.x) - 0.5f, top = roundf(core.y) - 0.5f;
    ComposeRound shape = {left - (float)x, top - (float)y, roundf(core.x + core.w) - 0.5f - left,
                          roundf(core.y + core.h) - 0.5f - top,
                          fmaxf(cmd->radius - blur * 0.5f, 0.0f)};
    compose_shadow(v, shape, blur, c);
}

static SDL_Texture *rasterise_shadow(Renderer *r, const DrawCmd *cmd, Rect snapped, SDL_Rect box)
{
    SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, box.w, box.h, 32,
                                                       SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *soft = surf ? SDL_CreateSoftwareRenderer(surf) : NULL;
    SDL_Texture *tex = NULL;
    if (soft) {
        DrawCmd local = *cmd;
        local.rect = rect_make(snapped.x - (float)box.x, snapped.y - (float)box.y, snapped.w,
                               snapped.h);
        local.color.a = 255;
        Rect core = rect_inset(local.rect, fmaxf(local.blur, 1.0f) * 0.5f,
                               fmaxf(local.blur, 1.0f) * 0.5f);
        if (direct_enabled(r) && core.w > 0.0f && core.h > 0.0f) {
            /* As direct_shadow draws it: over its colour, clear, its alpha is the fade. */
            ComposeView v = {surf->pixels, surf->pitch / 4, surf->w, surf->h};
            compose_set(v, (Color){local.color.r, local.color.g, local.color.b, 0});
            compose_shadow_at(v, 0, 0, &local);
        } else {
            SDL_SetRenderDrawBlendMode(soft, SDL_BLENDMODE_NONE); /* store, not blend */
            geometry_shadow(soft, &local);
            SDL_RenderFlush(soft);
        }
        SDL_DestroyRenderer(soft);
        tex = texture_from_surface(r, surf);
        if (tex)
            SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
    }
    SDL_FreeSurface(surf);
    return tex;
}

/* The cache key of a kind of shadow (its mini at alpha 255): core radius,
 * blur and colour. */
static void shadow_key(const DrawCmd *cmd, Rect snapped, char *key, size_t len)
{
    snprintf(key, len, "mini|%a|%a|%02x%02x%02x", (double)shadow_core_radius(cmd, snapped),
             (double)cmd->blur, cmd->color.r, cmd->color.g, cmd->color.b);
}

/* The mini shadow of this kind, or NULL the first time the kind is seen
 * (an animated blur would fill the cache with one-frame textures). */
static TexCacheEntry *mini_shadow(Renderer *r, const DrawCmd *cmd, Rect snapped)
{
    char key[160];
    shadow_key(cmd, snapped, key, sizeof key);
    DrawCmd kind;
    Rect mini = mini_shadow_rect(cmd, snapped, &kind);
    SDL_Rect box = shadow_box(&kind, &mini);
    TexCacheEntry *e = texcache_budget_entry(r->stats.frames, &r->shadow_cache,
                                             r->shadow_pixels_cap, key,
                                             (size_t)box.w * (size_t)box.h);
    if (e && !e->texture) {
        e->texture = rasterise_shadow(r, &kind, mini, box);
        e->w = box.w;
        e->h = box.h;
    }
    return e && e->texture ? e : NULL;
}

/* ---- shape textures ----------------------------------------------------
 * A rounded rect's corners are hundreds of small triangles: a 700 px pill
 * costs SDL's software renderer ~2 ms. One that holds its size, colours
 * and sub-pixel phase for two frames is drawn once into a texture
 * (transparent in each row's own colour, so blended edges stay true) and
 * its corners and edges are copied from then on. */


/* Fills a surface's rect transparent, each row in the rect's colour at the
 * row `y0` of `cmd` onwards, so that blended edges keep that colour. */
static void fill_matte(SDL_Surface *surf, SDL_Rect at, const DrawCmd *cmd, int y0)
{
    for (int y = 0; y < at.h; y++) {
        SDL_Color m = gradient_at(cmd, (float)(y0 + y) + 0.5f);
        SDL_Rect row = {at.x, at.y + y, at.w, 1};
        SDL_FillRect(surf, &row, SDL_MapRGBA(surf->format, m.r, m.g, m.b, 0));
    }
}

/* Each piece of `cmd` (in its box's coordinates) drawn by compose.c
 * straight into its place in `packed`, as the rect drawn directly. */
static bool pack_shape_directly(SDL_Surface *packed, const DrawCmd *cmd, SDL_Rect box,
                                const ShapePiece *pieces, int n)
{
    int pitch = packed->pitch / 4;
    for (int i = 0; i < n; i++) {
        SDL_Rect part = pieces[i].on_screen, at = pieces[i].in_texture;
        if (part.w <= 0 || part.h <= 0)
            continue;
        fill_matte(packed, at, cmd, part.y - box.y);
        ComposeView v = {(uint32_t *)packed->pixels + (size_t)at.y * (size_t)pitch + (size_t)at.x,
                         pitch, at.w, at.h};
        compose_shape(v, part.x - box.x, part.y - box.y, cmd);
    }
    return true;
}

/* The same with SDL's triangles: drawn in place in a surface the size of
 * the box (only the pieces), then the pieces are packed. */
static bool pack_shape_with_triangles(SDL_Surface *packed, const DrawCmd *cmd, SDL_Rect box,
                                      const ShapePiece *pieces, int n)
{
    SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, box.w, box.h, 32,
                                                       SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *soft = surf ? SDL_CreateSoftwareRenderer(surf) : NULL;
    if (!soft) {
        SDL_FreeSurface(surf);
        return false;
    }
    fill_matte(surf, (SDL_Rect){0, 0, box.w, box.h}, cmd, 0);
    SDL_SetRenderDrawBlendMode(soft, SDL_BLENDMODE_BLEND);
    for (int i = 0; i < n; i++) {
        SDL_Rect part = pieces[i].on_screen;
        part.x -= box.x;
        part.y -= box.y;
        if (part.w > 0 && part.h > 0) {
            SDL_RenderSetClipRect(soft, &part);
            geometry_rect(soft, cmd, &part);
        }
    }
    SDL_RenderFlush(soft);
    SDL_DestroyRenderer(soft);
    SDL_SetSurfaceBlendMode(surf, SDL_BLENDMODE_NONE);
    for (int i = 0; i < n; i++) {
        SDL_Rect part = pieces[i].on_screen, at = pieces[i].in_texture;
        part.x -= box.x;
        part.y -= box.y;
        if (part.w > 0 && part.h > 0)
            SDL_BlitSurface(surf, &part, packed, &at);
    }
    SDL_FreeSurface(surf);
    return true;
}

/* The texture of a rect whose pixels in `regions` (of its box) are drawn. */
static TexCacheEntry *shape_texture(Renderer *r, const DrawCmd *cmd, SDL_Rect box,
                                 const ShapePiece *pieces, int n, int tw, int th)
{
    char key[200];
    Color c = cmd->color, c2 = cmd->color2;
    /* One alpha top and bottom is kept at 255 and applied as a tint, so a
     * rect fading in or out reuses its texture. */
    bool tinted = c.a == c2.a;
    snprintf(key, sizeof key, "shape|%d|%a|%a|%a|%a|%a|%02x%02x%02x%02x|%02x%02x%02x%02x", n,
             (double)(cmd->rect.x - (float)box.x), (double)(cmd->rect.y - (float)box.y),
             (double)cmd->rect.w, (double)cmd->rect.h, (double)cmd->radius, c.r, c.g, c.b,
             tinted ? 255 : c.a, c2.r, c2.g, c2.b, tinted ? 255 : c2.a);
    TexCacheEntry *e = texcache_budget_entry(r->stats.frames, &r->shape_cache, shape_budget(r),
                                             key, (size_t)tw * (size_t)th);
    if (e && e->texture)
        SDL_SetTextureAlphaMod(e->texture, tinted ? c.a : 255);
    if (!e || e->texture)
        return e && e->texture ? e : NULL;
    DrawCmd local = *cmd; /* in the box's coordinates, its alpha at 255 when tinted */
    local.rect.x -= (float)box.x;
    local.rect.y -= (float)box.y;
    if (tinted)
        local.color.a = local.color2.a = 255;
    SDL_Surface *packed = SDL_CreateRGBSurfaceWithFormat(0, tw, th, 32, SDL_PIXELFORMAT_ARGB8888);
    bool drawn = packed && (direct_enabled(r) ? pack_shape_directly(packed, &local, box, pieces, n)
                                              : pack_shape_with_triangles(packed, &local, box,
                                                                          pieces, n));
    if (drawn) {
        e->texture = texture_from_surface(r, packed);
        if (e->texture) {
            SDL_SetTextureBlendMode(e->texture, SDL_BLENDMODE_BLEND);
            SDL_SetTextureAlphaMod(e->texture, tinted ? c.a : 255);
        }
        e->w = tw;
        e->h = th;
    }
    SDL_FreeSurface(packed);
    return e->texture ? e : NULL;
}

/* Copies `tex` but for the rect `hole` (inside `box`): four strips. */
static void copy_around(Renderer *r, SDL_Texture *tex, SDL_Rect box, SDL_Rect hole)
{
    copy_part(r, tex, box, (SDL_Rect){box.x, box.y, box.w, hole.y - box.y});
    copy_part(r, tex, box,
              (SDL_Rect){box.x, hole.y + hole.h, box.w, box.y + box.h - hole.y - hole.h});
    copy_part(r, tex, box, (SDL_Rect){box.x, hole.y, hole.x - box.x, hole.h});
    copy_part(r, tex, box,
              (SDL_Rect){hole.x + hole.w, hole.y, box.x + box.w - hole.x - hole.w, hole.h});
}

/* Where commands draw, kept while a layer or a copy is drawn instead. */
typedef struct {
    SDL_Renderer *sdl;
    ComposeView pixels;
    int clip_depth;
    bool has_base_clip;
    int occluder_count;
} DrawState;

/* Draws through `sdl` into `pixels` (or, with none, SDL's target) in the
 * layer's own coordinates, where no screen clip applies; returns the state
 * to go back to. */
static DrawState enter_layer(Renderer *r, SDL_Renderer *sdl, ComposeView pixels)
{
    DrawState was = {r->sdl, r->frame_pixels, r->clip_depth, r->has_base_clip,
                     r->occluder_count};
    r->sdl = sdl;
    r->frame_pixels = pixels;
    r->clip_depth = 0;
    r->has_base_clip = false;
    r->occluder_count = 0; /* the screen's: nothing covers a layer's own pixels */
    SDL_RenderSetClipRect(sdl, NULL);
    return was;
}

static void leave_layer(Renderer *r, DrawState was)
{
    r->sdl = was.sdl;
    r->frame_pixels = was.pixels;
    r->clip_depth = was.clip_depth;
    r->has_base_clip = was.has_base_clip;
    r->occluder_count = was.occluder_count;
    apply_clip(r);
}

/* A new texture (blended when drawn) holding `src` stored as it is, its
 * alpha times `alpha` (an RGB888 one drops the alpha). NULL on failure. */
static SDL_Texture *texture_copy(Renderer *r, SDL_Texture *src, int w, int h, Uint32 format,
                                 uint8_t alpha)
{
    SDL_Texture *tex = SDL_CreateTexture(r->owner, format, SDL_TEXTUREACCESS_TARGET, w, h);
    SDL_Texture *frame = SDL_GetRenderTarget(r->sdl);
    if (!tex || SDL_SetRenderTarget(r->sdl, tex) != 0) {
        if (tex)
            SDL_DestroyTexture(tex);
        return NULL;
    }
    DrawState was = enter_layer(r, r->sdl, (ComposeView){NULL, 0, 0, 0}); /* SDL draws the copy */
    SDL_SetTextureBlendMode(src, SDL_BLENDMODE_NONE); /* store, not blend */
    SDL_SetTextureAlphaMod(src, alpha);
    SDL_RenderCopy(r->sdl, src, NULL, NULL);
    SDL_SetTextureBlendMode(src, SDL_BLENDMODE_BLEND);
    SDL_SetRenderTarget(r->sdl, frame);
    leave_layer(r, was);
    SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
    return tex;
}

/* ---- baked shadows ------------------------------------------------------
 * SDL blends a texture by its own alpha 2.5x faster than by its alpha times
 * a constant. A kind of shadow drawn at one alpha for two frames gets a
 * mini with that alpha baked in, made by one copy of the plain mini (at
 * most one a frame; until then the plain one is copied, tinted). */

static void baked_key(const DrawCmd *cmd, Rect snapped, char *key, size_t len)
{
    char plain[160];
    shadow_key(cmd, snapped, plain, sizeof plain);
    snprintf(key, len, "%s|%02x", plain, cmd->color.a);
}

/* The baked mini for this shadow, if it is ready. */
static TexCacheEntry *baked_shadow(Renderer *r, const DrawCmd *cmd, Rect snapped)
{
    char key[200];
    baked_key(cmd, snapped, key, sizeof key);
    TexCacheEntry *e = texcache_find(&r->shadow_cache, key);
    if (!e || !e->texture)
        return NULL;
    e->last_used = r->stats.frames;
    return e;
}

/* Notes that the shadow was drawn at its alpha; on second sight bakes it. */
static void bake_shadow(Renderer *r, const DrawCmd *cmd, Rect snapped)
{
    char key[200], plain_key[160];
    baked_key(cmd, snapped, key, sizeof key);
    shadow_key(cmd, snapped, plain_key, sizeof plain_key);
    TexCacheEntry *plain = texcache_find(&r->shadow_cache, plain_key);
    if (!plain || !plain->texture)
        return;
    TexCacheEntry *e = texcache_budget_entry(r->stats.frames, &r->shadow_cache,
                                             r->shadow_pixels_cap, key,
                                             (size_t)plain->w * (size_t)plain->h);
    plain = texcache_find(&r->shadow_cache, plain_key); /* the table may have moved */
    if (!e || e->texture || r->shadow_baked || !plain || !plain->texture)
        return;
    e->texture = texture_copy(r, plain->texture, plain->w, plain->h, SDL_PIXELFORMAT_ARGB8888,
                              cmd->color.a);
    r->shadow_baked = e->texture != NULL;
    if (e->texture) {
        e->w = plain->w;
        e->h = plain->h;
    }
}

/* Copies the mini's straight run at src (one edge's slice) along dst, in
 * runs of `run` pixels, horizontally or vertically. */
static void copy_run(Renderer *r, SDL_Texture *mini, SDL_Rect src, SDL_Rect dst, bool across,
                     int run)
{
    int length = across ? dst.w : dst.h;
    for (int at = 0; at < length && run > 0; at += run) {
        int n = SDL_min(run, length - at);
        SDL_Rect s = src, d = dst;
        if (across) {
            s.w = d.w = n;
            d.x += at;
        } else {
            s.h = d.h = n;
            d.y += at;
        }
        copy_texture(r, mini, &s, &d);
    }
}

/* The flat core, but for what the card drawn next hides. */
static void fill_core(Renderer *r, const DrawCmd *cmd, const DrawCmd *next, SDL_Rect core)
{
    SDL_Color c = to_sdl(cmd->color);
    c.a = (uint8_t)(cmd->color.a * 0.55f); /* as geometry_shadow's core */
    SDL_Rect h = core_hidden(next, cmd->color.a, core), clip = current_clip(r), part;
    if (h.w <= 0 || h.h <= 0)
        h = (SDL_Rect){core.x, core.y, 0, 0};
    SDL_Rect strips[4] = {
        span_rect(core.x, core.y, core.x + core.w, h.y),
        span_rect(core.x, h.y + h.h, core.x + core.w, core.y + core.h),
        span_rect(core.x, h.y, h.x, h.y + h.h),
        span_rect(h.x + h.w, h.y, core.x + core.w, h.y + h.h),
    };
    for (int i = 0; i < 4; i++)
        if (SDL_IntersectRect(&strips[i], &clip, &part))
            fill_span(r, part, c);
}

/* A shadow drawn straight into the pixels (at 4K a big one seen for the
 * first time took SDL 20 to 50 ms as triangles); false when the pixels
 * cannot be reached, or its core is empty (all fade: the triangles). */
static bool direct_shadow(Renderer *r, const DrawCmd *cmd)
{
    float blur = fmaxf(cmd->blur, 1.0f);
    Rect core = rect_inset(cmd->rect, blur * 0.5f, blur * 0.5f);
    if (!r->frame_pixels.pixels || !(core.w > 0.0f && core.h > 0.0f))
        return false;
    SDL_Rect pieces[MAX_PIECES];
    int n = direct_pieces(r, outer_box(core, blur + 1.0f), pieces);
    for (int i = 0; i < n; i++)
        compose_shadow_at(view_at(r, pieces[i]), pieces[i].x, pieces[i].y, cmd);
    return true;
}

static void draw_shadow(Renderer *r, const DrawCmd *cmd, const DrawCmd *next)
{
    if (cmd->color.a == 0)
        return; /* faded out: its triangles would cost milliseconds for nothing */
    Rect snapped;
    SDL_Rect box = shadow_box(cmd, &snapped);
    ShadowSlices sl = shadow_slices(cmd, snapped, box);
    SDL_Rect core = {box.x + sl.left, box.y + sl.top, box.w - sl.left - sl.right,
                     box.h - sl.top - sl.bottom};
    bool sliceable = (long)box.w * box.h >= FAST_FILL_MIN_PIXELS;
    TexCacheEntry *e = sliceable && cmd->color.a < 255 ? baked_shadow(r, cmd, snapped) : NULL;
    bool baked = e != NULL;
    if (sliceable && !e)
        e = mini_shadow(r, cmd, snapped);
    if (!e) { /* small, or a kind seen for the first time */
        if (!direct_shadow(r, cmd)) {
            r->stats.shadows_triangulated++;
            geometry_shadow(r->sdl, cmd);
        }
        return;
    }
    SDL_Texture *mini = e->texture;
    SDL_SetTextureAlphaMod(mini, baked ? 255 : cmd->color.a);
    int mw = e->w, mh = e->h, run_x = mw - sl.left - sl.right, run_y = mh - sl.top - sl.bottom;
    int x1 = box.x + box.w - sl.right, y1 = box.y + box.h - sl.bottom;
    SDL_Rect corners[4][2] = {
        {{0, 0, sl.left, sl.top}, {box.x, box.y, sl.left, sl.top}},
        {{mw - sl.right, 0, sl.right, sl.top}, {x1, box.y, sl.right, sl.top}},
        {{0, mh - sl.bottom, sl.left, sl.bottom}, {box.x, y1, sl.left, sl.bottom}},
        {{mw - sl.right, mh - sl.bottom, sl.right, sl.bottom}, {x1, y1, sl.right, sl.bottom}},
    };
    for (int i = 0; i < 4; i++)
        copy_texture(r, mini, &corners[i][0], &corners[i][1]);
    copy_run(r, mini, (SDL_Rect){sl.left, 0, 0, sl.top}, (SDL_Rect){core.x, box.y, core.w, sl.top},
             true, run_x);
    copy_run(r, mini, (SDL_Rect){sl.left, mh - sl.bottom, 0, sl.bottom},
             (SDL_Rect){core.x, y1, core.w, sl.bottom}, true, run_x);
    copy_run(r, mini, (SDL_Rect){0, sl.top, sl.left, 0}, (SDL_Rect){box.x, core.y, sl.left, core.h},
             false, run_y);
    copy_run(r, mini, (SDL_Rect){mw - sl.right, sl.top, sl.right, 0},
             (SDL_Rect){x1, core.y, sl.right, core.h}, false, run_y);
    fill_core(r, cmd, next, core);
    if (!baked && cmd->color.a < 255 && !direct_enabled(r)) /* compose.c tints as fast */
        bake_shadow(r, cmd, snapped);
}

static void draw_placeholder(Renderer *r, SDL_FRect dst, Color tint)
{
    r->stats.placeholders_drawn++;
    if (r->placeholder_path) {
        TexCacheEntry *e = image_texture(r, r->placeholder_path, (int)dst.w, (int)dst.h);
        if (e && e->texture) {
            SDL_SetTextureColorMod(e->texture, tint.r, tint.g, tint.b);
            SDL_SetTextureAlphaMod(e->texture, (uint8_t)(tint.a * 0.7f));
            sdl_copy(r, e->texture, NULL, &dst);
            return;
        }
    }
    DrawCmd box = {0};
    box.rect = rect_make(dst.x, dst.y, dst.w, dst.h);
    box.radius = dst.w * 0.15f;
    box.color = box.color2 = color_with_alpha(tint, (uint8_t)(tint.a / 4));
    draw_rect(r, &box);
}

/* ---- QR codes ----------------------------------------------------------- */

/* Rasterises a code once at whole-pixel module size (crisp edges scan
 * best): white modules become transparent so the light colour can show. */
static SDL_Surface *qr_surface(const char *text, int side)
{
    QrCode qr;
    if (!qr_encode(text, &qr))
        return NULL;
    int modules = qr.size + 2 * QR_QUIET_ZONE, px = side / modules;
    if (px < 1)
        px = 1;
    SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, modules * px, modules * px, 32,
                                                       SDL_PIXELFORMAT_ARGB8888);
    if (surf) {
        SDL_FillRect(surf, NULL, 0x00FFFFFFu);
        for (int y = 0; y < qr.size; y++)
            for (int x = 0; x < qr.size; x++)
                if (qr_is_dark(&qr, x, y)) {
                    SDL_Rect m = {(x + QR_QUIET_ZONE) * px, (y + QR_QUIET_ZONE) * px, px, px};
                    SDL_FillRect(surf, &m, 0xFFFFFFFFu);
                }
    }
    qr_free(&qr);
    return surf;
}

static void draw_qr(Renderer *r, const DrawList *dl, const DrawCmd *cmd)
{
    const char *text = drawlist_cmd_path(dl, cmd);
    int side = (int)lroundf(fminf(cmd->rect.w, cmd->rect.h));
    char key[1200];
    snprintf(key, sizeof key, "qr|%d|%s", side, text);
    TexCacheEntry *e = texcache_find(&r->image_cache, key);
    if (!e) {
        SDL_Surface *surf = qr_surface(text, side);
        e = texcache_insert(&r->image_cache, key);
        if (e && surf) {
            e->texture = SDL_CreateTextureFromSurface(r->owner, surf);
            e->w = surf->w;
            e->h = surf->h;
        }
        SDL_FreeSurface(surf);
    }
    if (!e || !e->texture)
        return;
    e->last_used = r->stats.frames;
    /* Centre the whole-pixel code in the rect, on the light colour. */
    SDL_FRect dst = {roundf(cmd->rect.x + ((float)side - (float)e->w) * 0.5f),
                     roundf(cmd->rect.y + ((float)side - (float)e->h) * 0.5f), (float)e->w,
                     (float)e->h};
    DrawCmd bg = *cmd;
    bg.kind = DRAW_RECT;
    bg.rect = rect_make(dst.x, dst.y, dst.w, dst.h);
    bg.radius = 0.0f;
    bg.color = bg.color2 = cmd->color2;
    draw_rect(r, &bg);
    SDL_SetTextureBlendMode(e->texture, SDL_BLENDMODE_BLEND);
    SDL_SetTextureColorMod(e->texture, cmd->color.r, cmd->color.g, cmd->color.b);
    SDL_SetTextureAlphaMod(e->texture, cmd->color.a);
    sdl_copy(r, e->texture, NULL, &dst);
}

/* ---- clipping ---------------------------------------------------------- */

static void apply_clip(Renderer *r)
{
    SDL_Rect clip = current_clip(r);
    SDL_RenderSetClipRect(r->sdl, r->clip_depth || r->has_base_clip ? &clip : NULL);
}

static void push_clip(Renderer *r, Rect rc)
{
    rc = rect_make(clamped(rc.x), clamped(rc.y), clamped(rc.w), clamped(rc.h));
    SDL_Rect want = {(int)floorf(rc.x), (int)floorf(rc.y), (int)ceilf(rc.w), (int)ceilf(rc.h)};
    if (r->clip_depth > 0 || r->has_base_clip) {
        SDL_Rect out, under = current_clip(r);
        if (!SDL_IntersectRect(&want, &under, &out))
            out = (SDL_Rect){0, 0, 0, 0};
        want = out;
    }
    if (r->clip_depth < MAX_CLIP_DEPTH)
        r->clips[r->clip_depth++] = want;
    apply_clip(r);
}

static void pop_clip(Renderer *r)
{
    if (r->clip_depth > 0)
        r->clip_depth--;
    apply_clip(r);
}

/* ---- layers ------------------------------------------------------------
 * A home card is about thirty commands, five of them blended over most of
 * its area. A layer that holds for two frames is drawn once into a target
 * texture and then copied: its opaque inside without blending, its rim
 * blended. The texture is placed on whole pixels with the layer's own
 * sub-pixel phase (part of the key), so the copy equals the direct drawing. */

enum {
    LAYER_CACHE_ENTRIES = 48,
    /* Layer textures' pixels at most, in screens: at 1920x1080 the bench's
     * loop through every screen keeps 4.2 screens' worth, as at 3840x2160
     * (a budget fixed in pixels made 4K draw its cards anew every loop). */
    LAYER_CACHE_SCREENS = 6,
};

/* The bound on the layer textures' pixels for a frame of `dl`. */
static size_t layer_budget(const Renderer *r, const DrawList *dl)
{
    if (r->layer_pixels_cap)
        return r->layer_pixels_cap;
    return (size_t)LAYER_CACHE_SCREENS * (size_t)SDL_max(dl->screen_w, 1) *
           (size_t)SDL_max(dl->screen_h, 1);
}

static void draw_cmd(Renderer *r, const DrawList *dl, const DrawCmd *cmd, const DrawCmd *next)
{
    if (cmd->kind != DRAW_CLIP_PUSH && cmd->kind != DRAW_CLIP_POP && !placeable(cmd))
        return;
    switch (cmd->kind) {
    case DRAW_RECT: draw_rect(r, cmd); break;
    case DRAW_SHADOW: draw_shadow(r, cmd, next); break;
    case DRAW_TEXT: draw_text(r, dl, cmd); break;
    case DRAW_IMAGE: draw_image(r, dl, cmd); break;
    case DRAW_CLIP_PUSH: push_clip(r, cmd->rect); break;
    case DRAW_CLIP_POP: pop_clip(r); break;
    case DRAW_QR: draw_qr(r, dl, cmd); break;
    case DRAW_LAYER_BEGIN: /* not a usable layer: its commands draw directly */
    case DRAW_LAYER_END: break;
    }
}

/* The command drawn after cmds[i], looking through a layer's begin (a
 * card's shadow is followed by its layer, whose first command is the body). */
static const DrawCmd *next_drawn(const DrawList *dl, size_t i)
{
    if (i + 1 < dl->count && dl->cmds[i + 1].kind == DRAW_LAYER_BEGIN)
        i++;
    return i + 1 < dl->count ? &dl->cmds[i + 1] : NULL;
}

/* A command of a faded layer as drawlist would have faded it. */
static DrawCmd faded(const DrawCmd *cmd, float opacity)
{
    DrawCmd c = *cmd;
    c.color.a = (uint8_t)lroundf((float)c.color.a * opacity);
    c.color2.a = (uint8_t)lroundf((float)c.color2.a * opacity);
    return c;
}

static DrawCmd moved(const DrawCmd *cmd, float dx, float dy)
{
    DrawCmd c = *cmd;
    c.rect.x += dx;
    c.rect.y += dy;
    return c;
}

/* The box of a layer's pixels surely painted opaque by its first command,
 * an opaque body covering the layer; empty when there is none. */
static SDL_Rect layer_solid_inside(const DrawList *dl, size_t begin)
{
    const DrawCmd *body = &dl->cmds[begin + 1], *layer = &dl->cmds[begin];
    if (body->kind == DRAW_RECT && body->color.a == 255 && body->color2.a == 255 &&
        placeable(body) && rect_inside(layer->rect, body->rect, 0.0f))
        return solid_box(body->rect, body->radius);
    return (SDL_Rect){0, 0, 0, 0};
}

/* Clears a layer's pixels (the current target) to its transparent matte,
 * as rasterise_layer's, so that blended edges keep the body's colour; but
 * not its body's solid inside, which the body paints over whole. */
static void clear_layer(Renderer *r, const DrawList *dl, size_t begin, SDL_Rect box)
{
    Color m = dl->cmds[begin].color;
    SDL_Rect all = {0, 0, box.w, box.h}, solid = layer_solid_inside(dl, begin), parts[4];
    solid.x -= box.x;
    solid.y -= box.y;
    int n = rect_less(all, solid, parts);
    for (int i = 0; i < n; i++)
        compose_set(view_at(r, parts[i]), (Color){m.r, m.g, m.b, 0});
}

/* Draws cmds (begin, end) of a layer covering `box` in its own coordinates. */
static void draw_layer_commands(Renderer *r, const DrawList *dl, size_t begin, size_t end,
                                SDL_Rect box)
{
    float dx = -(float)box.x, dy = -(float)box.y;
    for (size_t i = begin + 1; i < end; i++) {
        DrawCmd c = moved(&dl->cmds[i], dx, dy), next;
        const DrawCmd *n = i + 1 < end ? &dl->cmds[i + 1] : NULL;
        if (n)
            next = moved(n, dx, dy);
        draw_cmd(r, dl, &c, n ? &next : NULL);
    }
}

/* Draws a layer straight into the pixels of a new streaming texture: its
 * copies and fills through compose.c, its triangles through a software
 * renderer of its own on those pixels. NULL when that cannot be done, or
 * when the layer holds a copy only the texture's own renderer can make (a
 * scaled image, a QR code): then SDL draws it (rasterise_layer). */
static SDL_Texture *rasterise_layer_directly(Renderer *r, const DrawList *dl, size_t begin,
                                             size_t end, SDL_Rect box)
{
    SDL_Texture *tex = SDL_CreateTexture(r->owner, SDL_PIXELFORMAT_ARGB8888,
                                         SDL_TEXTUREACCESS_STREAMING, box.w, box.h);
    void *pixels = NULL;
    int pitch = 0;
    if (tex && SDL_LockTexture(tex, NULL, &pixels, &pitch) != 0)
        pixels = NULL;
    SDL_Surface *surf = pixels ? SDL_CreateRGBSurfaceWithFormatFrom(pixels, box.w, box.h, 32,
                                                                   pitch, SDL_PIXELFORMAT_ARGB8888)
                               : NULL;
    SDL_Renderer *own = surf ? SDL_CreateSoftwareRenderer(surf) : NULL;
    if (own) {
        DrawState was = enter_layer(r, own, (ComposeView){pixels, pitch / 4, box.w, box.h});
        r->layer_needs_sdl = false;
        clear_layer(r, dl, begin, box);
        SDL_SetRenderDrawBlendMode(own, SDL_BLENDMODE_BLEND);
        draw_layer_commands(r, dl, begin, end, box);
        SDL_RenderFlush(own);
        leave_layer(r, was);
        SDL_DestroyRenderer(own);
    }
    SDL_FreeSurface(surf);
    if (pixels)
        SDL_UnlockTexture(tex);
    if (!own || r->layer_needs_sdl) {
        if (tex)
            SDL_DestroyTexture(tex);
        return NULL;
    }
    SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
    r->stats.layers_rasterised++;
    return tex;
}

/* Draws cmds (begin, end) into a new texture covering `box`. */
static SDL_Texture *rasterise_layer(Renderer *r, const DrawList *dl, size_t begin, size_t end,
                                    SDL_Rect box)
{
    SDL_Texture *tex = SDL_CreateTexture(r->owner, SDL_PIXELFORMAT_ARGB8888,
                                         SDL_TEXTUREACCESS_TARGET, box.w, box.h);
    if (!tex)
        return NULL;
    SDL_Texture *frame = SDL_GetRenderTarget(r->sdl); /* --rotate draws into a texture */
    if (SDL_SetRenderTarget(r->sdl, tex) != 0) {
        SDL_DestroyTexture(tex);
        return NULL;
    }
    DrawState was = enter_layer(r, r->sdl, (ComposeView){NULL, 0, 0, 0}); /* SDL draws it */
    /* Transparent matte: blended edges keep the body's colour, not black. */
    Color m = dl->cmds[begin].color;
    SDL_SetRenderDrawColor(r->sdl, m.r, m.g, m.b, 0);
    SDL_RenderClear(r->sdl);
    draw_layer_commands(r, dl, begin, end, box);
    SDL_Texture *readable = was.pixels.pixels ? readable_target(r, box.w, box.h) : NULL;
    if (readable) {
        SDL_DestroyTexture(tex);
        tex = readable;
    }
    SDL_SetRenderTarget(r->sdl, frame);
    leave_layer(r, was);
    SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
    r->stats.layers_rasterised++;
    return tex;
}

/* The layer without its alpha channel, for fading its opaque inside: SDL
 * blends a texture with no alpha channel by a constant alpha several times
 * faster than one whose every pixel carries its own. Made on first need. */
static SDL_Texture *opaque_twin(Renderer *r, TexCacheEntry *e)
{
    if (!e->opaque)
        e->opaque = texture_copy(r, e->texture, e->w, e->h, SDL_PIXELFORMAT_RGB888, 255);
    return e->opaque;
}

/* Copies a layer: the inside of its first command, when that is an opaque
 * body covering the layer, is opaque whatever is drawn over it, so it is
 * copied without blending (or, while the layer fades, from its opaque
 * twin); the rest is blended. */
static void copy_layer(Renderer *r, const DrawList *dl, size_t begin, TexCacheEntry *e,
                       SDL_Rect box, size_t veil_at)
{
    const DrawCmd *layer = &dl->cmds[begin];
    SDL_Texture *tex = e->texture;
    SDL_Rect solid = layer_solid_inside(dl, begin), h = {0, 0, 0, 0};
    r->stats.layers_copied++;
    uint8_t alpha = (uint8_t)lroundf(fminf(fmaxf(layer->opacity, 0.0f), 1.0f) * 255.0f);
    SDL_SetTextureAlphaMod(tex, alpha);
    if (solid.w <= 0 || solid.h <= 0 || !SDL_IntersectRect(&solid, &box, &h)) {
        copy_texture(r, tex, NULL, &box);
        return;
    }
    /* compose.c blends the opaque inside by the layer's alpha as fast. */
    SDL_Texture *inside = alpha < 255 && !direct_enabled(r) ? opaque_twin(r, e) : tex;
    SDL_SetTextureAlphaMod(tex, alpha); /* making the twin copied it at 255 */
    if (!inside) {
        copy_texture(r, tex, NULL, &box);
        return;
    }
    SDL_SetTextureBlendMode(inside, alpha < 255 ? SDL_BLENDMODE_BLEND : SDL_BLENDMODE_NONE);
    SDL_SetTextureAlphaMod(inside, alpha);
    const Color *veil = veil_at ? &dl->cmds[veil_at].color : NULL;
    if (copy_opaque_part(r, inside, box, h, veil)) {
        r->veiled = h; /* the veil draws the rest */
        r->veiled_by = veil_at;
        r->stats.veils_fused++;
    }
    SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
    copy_around(r, tex, box, h);
}

/* The index of the command right after the layer [begin, end] when it
 * veils the layer's body (a side card dimming as it moves): the same
 * rounded rect, one translucent colour, big enough to be drawn in parts
 * (a small one is drawn whole). Its solid inside can then be filled as the
 * layer is copied (copy_layer). 0 when there is none. */
static size_t layer_veil(const DrawList *dl, size_t begin, size_t end)
{
    if (end + 1 >= dl->count)
        return 0;
    const DrawCmd *body = &dl->cmds[begin + 1], *veil = &dl->cmds[end + 1];
    bool flat = memcmp(&veil->color, &veil->color2, sizeof veil->color) == 0;
    bool same = memcmp(&veil->rect, &body->rect, sizeof veil->rect) == 0 &&
                veil->radius == body->radius;
    bool big = veil->rect.w * veil->rect.h >= (float)FAST_FILL_MIN_PIXELS; /* not drawn whole */
    if (veil->kind != DRAW_RECT || !placeable(veil) || !flat || !same || !big ||
        veil->color.a == 0 || veil->color.a == 255)
        return 0;
    return end + 1;
}

/* Draws the layer opened at cmds[begin] and returns the index to carry on
 * from: its end when it was drawn from (or into) a texture, else `begin`,
 * so its commands draw one by one. */
static size_t draw_layer(Renderer *r, const DrawList *dl, size_t begin)
{
    size_t end = drawlist_layer_span(dl, begin);
    if (!end || end == begin + 1 || !r->layer_cache.cap)
        return begin;
    if (!placeable(&dl->cmds[begin]))
        return end; /* draws nothing */
    SDL_Rect box = outer_box(dl->cmds[begin].rect, 1.0f);
    if (box.w <= 0 || box.h <= 0 || !(dl->cmds[begin].opacity * 255.0f >= 0.5f))
        return end; /* draws nothing: its alpha rounds to 0 */
    uint64_t key = drawlist_layer_key(dl, begin, end, (float)box.x, (float)box.y);
    char name[40];
    snprintf(name, sizeof name, "%016llx|%dx%d", (unsigned long long)key, box.w, box.h);
    TexCacheEntry *e = texcache_budget_entry(r->stats.frames, &r->layer_cache,
                                             layer_budget(r, dl), name,
                                             (size_t)box.w * (size_t)box.h);
    if (!e || (!e->texture && r->layer_made))
        return begin; /* one new texture a frame keeps that frame's cost down */
    if (!e->texture) {
        r->layer_made = true;
        unsigned long shown = r->stats.placeholders_drawn;
        e->texture = r->frame_pixels.pixels ? rasterise_layer_directly(r, dl, begin, end, box)
                                            : NULL;
        if (!e->texture)
            e->texture = rasterise_layer(r, dl, begin, end, box);
        e->w = box.w;
        e->h = box.h;
        /* Counted as shown on every copy, as if drawn each frame. */
        e->placeholders = r->stats.placeholders_drawn - shown;
        r->stats.placeholders_drawn = shown;
        if (!e->texture)
            return begin;
    }
    r->stats.placeholders_drawn += e->placeholders;
    copy_layer(r, dl, begin, e, box, layer_veil(dl, begin, end));
    return end;
}

/* ---- public ------------------------------------------------------------ */

/* The pixels a command surely paints opaque: a square rect on whole
 * pixels paints all of its own; a rounded one, its solid inside. */
static SDL_Rect opaque_box(const DrawCmd *cmd)
{
    Rect rc = cmd->rect;
    if (cmd->kind != DRAW_RECT || cmd->color.a != 255 || cmd->color2.a != 255)
        return (SDL_Rect){0, 0, 0, 0};
    if (cmd->radius <= 0.5f && rc.x == floorf(rc.x) && rc.y == floorf(rc.y) &&
        rc.w == floorf(rc.w) && rc.h == floorf(rc.h))
        return (SDL_Rect){(int)rc.x, (int)rc.y, (int)rc.w, (int)rc.h};
    return solid_box(rc, cmd->radius);
}

/* The last command that paints all of `area` opaque, outside any clip,
 * layer or fade (what lies under it is hidden there), or dl->count. */
static size_t covering_command(const DrawList *dl, SDL_Rect area)
{
    size_t found = dl->count;
    int depth = 0;
    bool faded = false;
    for (size_t i = 0; i < dl->count; i++) {
        const DrawCmd *cmd = &dl->cmds[i];
        if (cmd->kind == DRAW_CLIP_PUSH)
            depth++;
        else if (cmd->kind == DRAW_CLIP_POP)
            depth -= depth > 0;
        else if (cmd->kind == DRAW_LAYER_BEGIN) {
            size_t end = drawlist_layer_span(dl, i);
            if (end)
                i = end; /* drawn whole or not at all: never the start */
            else
                faded = cmd->opacity < 1.0f;
        } else if (cmd->kind == DRAW_LAYER_END) {
            faded = false;
        } else if (depth == 0 && !faded) {
            SDL_Rect box = placeable(cmd) ? opaque_box(cmd) : (SDL_Rect){0, 0, 0, 0}, both;
            if (SDL_IntersectRect(&box, &area, &both) && SDL_RectEquals(&both, &area))
                found = i;
        }
    }
    return found;
}

/* The box a top-level command surely paints opaque over all under it: an
 * opaque rect's, or a whole layer's at full opacity whose body is opaque
 * (drawn from its texture or command by command, its body's solid inside
 * ends opaque). Empty when none. */
static SDL_Rect occluding_box(const DrawList *dl, size_t i, size_t layer_end)
{
    const DrawCmd *cmd = &dl->cmds[i];
    SDL_Rect none = {0, 0, 0, 0};
    if (!placeable(cmd))
        return none;
    if (cmd->kind != DRAW_LAYER_BEGIN)
        return opaque_box(cmd);
    const DrawCmd *body = &dl->cmds[i + 1];
    if (layer_end <= i + 1 || cmd->opacity < 1.0f || body->kind != DRAW_RECT ||
        !placeable(body) || !rect_inside(cmd->rect, body->rect, 0.0f))
        return none;
    return opaque_box(body);
}

/* Keeps the box among the biggest MAX_OCCLUDERS. */
static void keep_occluder(Renderer *r, SDL_Rect box, size_t index)
{
    int at = r->occluder_count < MAX_OCCLUDERS ? r->occluder_count++ : -1;
    for (int k = 0; k < r->occluder_count && at < 0; k++) /* else replace a smaller one */
        if ((long)r->occluders[k].box.w * r->occluders[k].box.h < (long)box.w * box.h)
            at = k;
    if (at >= 0)
        r->occluders[at] = (Occluder){box, index};
}

/* The biggest boxes in `area` that commands after `start` paint opaque,
 * outside any clip or fade, so that direct writes before them skip those
 * pixels (see direct_pieces). */
static void find_occluders(Renderer *r, const DrawList *dl, SDL_Rect area, size_t start)
{
    r->occluder_count = 0;
    int depth = 0;
    bool faded = false;
    for (size_t i = 0; i < dl->count; i++) {
        const DrawCmd *cmd = &dl->cmds[i];
        size_t end = cmd->kind == DRAW_LAYER_BEGIN ? drawlist_layer_span(dl, i) : 0;
        if (cmd->kind == DRAW_CLIP_PUSH)
            depth++;
        else if (cmd->kind == DRAW_CLIP_POP)
            depth -= depth > 0;
        else if (cmd->kind == DRAW_LAYER_BEGIN && !end)
            faded = cmd->opacity < 1.0f;
        else if (cmd->kind == DRAW_LAYER_END)
            faded = false;
        bool candidate = i > start && !depth && !faded && (cmd->kind == DRAW_RECT || end);
        SDL_Rect box = candidate ? occluding_box(dl, i, end) : (SDL_Rect){0, 0, 0, 0}, in;
        if (SDL_IntersectRect(&box, &area, &in))
            keep_occluder(r, in, i);
        if (end)
            i = end; /* a usable layer: its commands are drawn inside it */
    }
}

/* The commands from `start` (at no clip and no fade), inside the current
 * base clip. */
static void draw_commands(Renderer *r, const DrawList *dl, size_t start)
{
    SDL_SetRenderDrawBlendMode(r->sdl, SDL_BLENDMODE_BLEND);
    r->clip_depth = 0;
    apply_clip(r);
    r->veiled = (SDL_Rect){0, 0, 0, 0};
    float opacity = 1.0f; /* of a layer drawn command by command */
    for (size_t i = start; i < dl->count; i++) {
        const DrawCmd *cmd = &dl->cmds[i];
        r->drawing = i;
        if (cmd->kind == DRAW_LAYER_BEGIN) {
            size_t end = draw_layer(r, dl, i);
            opacity = end == i ? cmd->opacity : 1.0f;
            i = end;
        } else if (cmd->kind == DRAW_LAYER_END) {
            opacity = 1.0f;
        } else if (opacity < 1.0f) {
            DrawCmd c = faded(cmd, opacity), next;
            const DrawCmd *n = next_drawn(dl, i);
            if (n)
                next = faded(n, opacity);
            draw_cmd(r, dl, &c, n ? &next : NULL);
        } else {
            draw_cmd(r, dl, cmd, next_drawn(dl, i));
        }
    }
}

/* Black, then every command, clipped to `area`; from the last command
 * that covers all of it, when one does (no black, nothing under it). */
static void draw_area(Renderer *r, const DrawList *dl, SDL_Rect area)
{
    size_t start = covering_command(dl, area);
    r->stats.commands_hidden += start < dl->count ? start : 0;
    r->drawing = 0;
    r->occluder_count = 0;
    if (start == dl->count) {
        fill_span(r, area, (SDL_Color){0, 0, 0, 255});
        start = 0;
    }
    find_occluders(r, dl, area, start);
    draw_commands(r, dl, start);
    r->occluder_count = 0;
}

/* One damage rect, redrawn. */
static void redraw_rect(Renderer *r, const DrawList *dl, DamageRect d)
{
    r->base_clip = (SDL_Rect){d.x, d.y, d.w, d.h};
    r->has_base_clip = true;
    apply_clip(r);
    draw_area(r, dl, r->base_clip);
    r->has_base_clip = false;
    r->stats.pixels_redrawn += (unsigned long long)d.w * (unsigned long long)d.h;
}

void render_frame(Renderer *r, const DrawList *dl)
{
    r->stats.frames++;
    r->frame_pixels = direct_target(r);
    r->layer_made = false;
    r->shadow_baked = false;
    bool partial = r->retained && damage_update(&r->damage, dl) && !r->damage.full;
    if (partial) {
        for (int i = 0; i < r->damage.rect_count; i++)
            redraw_rect(r, dl, r->damage.rects[i]);
        if (!r->damage.rect_count)
            r->stats.frames_unchanged++;
    } else {
        r->has_base_clip = false;
        SDL_RenderSetClipRect(r->sdl, NULL);
        draw_area(r, dl, (SDL_Rect){0, 0, dl->screen_w, dl->screen_h});
        r->stats.pixels_redrawn +=
            (unsigned long long)dl->screen_w * (unsigned long long)dl->screen_h;
    }
    SDL_RenderSetClipRect(r->sdl, NULL);
    r->frame_pixels.pixels = NULL; /* a window's framebuffer may be replaced before the next */
    r->stats.text_cache_size = r->text_cache.count;
    r->stats.image_cache_size = r->image_cache.count;
    r->stats.shadow_cache_size = r->shadow_cache.count;
    r->stats.shadow_cache_pixels = texcache_pixels(&r->shadow_cache);
    r->stats.layer_cache_size = r->layer_cache.count;
    r->stats.layer_cache_pixels = texcache_pixels(&r->layer_cache);
}

void render_set_retained(Renderer *r, bool retained)
{
    r->retained = retained;
    damage_invalidate(&r->damage);
}

bool render_retained(const Renderer *r)
{
    return r->retained;
}

void render_set_direct(Renderer *r, SDL_Surface *surface, SDL_Window *window)
{
    r->direct_surface = surface;
    r->direct_window = surface ? NULL : window;
}

bool render_direct(const Renderer *r)
{
    return direct_enabled(r);
}

void render_invalidate(Renderer *r)
{
    damage_invalidate(&r->damage);
}

Renderer *render_create(SDL_Renderer *sdl, const RenderConfig *config, char *err, size_t err_len)
{
    Renderer *r = calloc(1, sizeof *r);
    if (!r) {
        snprintf(err, err_len, "out of memory");
        return NULL;
    }
    r->sdl = r->owner = sdl;
    if (load_face(r, WEIGHT_REGULAR, config->font_paths[WEIGHT_REGULAR], err, err_len) != FACE_OK) {
        render_destroy(r);
        return NULL;
    }
    /* A missing bold file was named by the bundle loader; a broken one is
     * named here. Either way bold text falls back to the regular face. */
    char why[1200];
    const char *bold = config->font_paths[WEIGHT_BOLD];
    if (bold && strcmp(bold, config->font_paths[WEIGHT_REGULAR]) != 0 &&
        load_face(r, WEIGHT_BOLD, bold, why, sizeof why) == FACE_UNUSABLE && first_warning(r, bold))
        fprintf(stderr, "careerdeck: warning: %s; bold text uses the regular font\n", why);
    if (!texcache_init(&r->text_cache, config->text_cache_entries ? config->text_cache_entries
                                                                : DEFAULT_TEXT_CACHE) ||
        !texcache_init(&r->image_cache, config->image_cache_entries ? config->image_cache_entries
                                                                  : DEFAULT_IMAGE_CACHE) ||
        !texcache_init(&r->shadow_cache, SHADOW_CACHE_ENTRIES) ||
        !texcache_init(&r->shape_cache, SHAPE_CACHE_ENTRIES) ||
        !texcache_init(&r->backdrop_cache, BACKDROP_CACHE_ENTRIES) ||
        !texcache_init(&r->veil_cache, VEIL_CACHE_ENTRIES) ||
        !texcache_init(&r->layer_cache, config->layer_cache_entries ? config->layer_cache_entries
                                                                  : LAYER_CACHE_ENTRIES)) {
        snprintf(err, err_len, "out of memory");
        render_destroy(r);
        return NULL;
    }
    r->shadow_pixels_cap = config->shadow_cache_pixels ? config->shadow_cache_pixels
                                                       : SHADOW_CACHE_PIXELS;
    r->layer_pixels_cap = config->layer_cache_pixels; /* 0: by the screen (layer_budget) */
    r->placeholder_path = config->placeholder_path ? strdup(config->placeholder_path) : NULL;
    r->measurer = (TextMeasurer){r, measure_width, measure_line_height};
    r->widths = widthcache_create(WIDTH_CACHE_ENTRIES, WIDTH_CACHE_BYTES);
    damage_init(&r->damage);
    return r;
}

void render_destroy(Renderer *r)
{
    if (!r)
        return;
    texcache_free(&r->text_cache);
    texcache_free(&r->image_cache);
    texcache_free(&r->shadow_cache);
    texcache_free(&r->shape_cache);
    texcache_free(&r->backdrop_cache);
    texcache_free(&r->veil_cache);
    texcache_free(&r->layer_cache);
    widthcache_destroy(r->widths);
    damage_free(&r->damage);
    for (int w = 0; w < WEIGHT_COUNT; w++)
        free_face(&r->faces[w]);
    free(r->placeholder_path);
    forget_warnings(r);
    free(r);
}

void render_forget_images(Renderer *r)
{
    size_t cap = r->image_cache.cap / 2;
    texcache_free(&r->image_cache);
    texcache_init(&r->image_cache, cap ? cap : DEFAULT_IMAGE_CACHE);
    cap = r->layer_cache.cap / 2; /* layers hold images too */
    texcache_free(&r->layer_cache);
    texcache_init(&r->layer_cache, cap ? cap : LAYER_CACHE_ENTRIES);
    forget_warnings(r); /* a reloaded bundle may break the same file anew */
    damage_invalidate(&r->damage); /* the same path may now hold another picture */
}

const TextMeasurer *render_measurer(Renderer *r)
{
    return &r->measurer;
}

bool render_has_glyph(Renderer *r, unsigned codepoint)
{
    TTF_Font *font = font_at(r, WEIGHT_REGULAR, 32.0f);
    return font && TTF_GlyphIsProvided32(font, codepoint);
}

RenderStats render_stats(const Renderer *r)
{
    return r->stats;
}
