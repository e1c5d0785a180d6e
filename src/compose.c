#include "compose.h"

#include <math.h>
#include <stdbool.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#define COMPOSE_SSE2 1
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define COMPOSE_AVX2 1 /* compiled for it, used where the CPU has it */
#endif
#endif

enum { OPAQUE_ALPHA = 0xff000000u };

/* v / 255, rounded, for v up to 255 * 255. */
static inline uint32_t div255(uint32_t v)
{
    v += 128;
    return (v + (v >> 8)) >> 8;
}

static inline uint32_t channel(uint32_t px, int shift)
{
    return (px >> shift) & 0xffu;
}

/* One source pixel over one destination pixel (the sums in compose.h). */
static inline uint32_t blend_pixel(uint32_t s, uint32_t d, Color tint)
{
    uint32_t a = div255(channel(s, 24) * tint.a);
    if (a == 0)
        return d;
    uint32_t rest = 255 - a;
    uint32_t r = div255(div255(channel(s, 16) * tint.r) * a + channel(d, 16) * rest);
    uint32_t g = div255(div255(channel(s, 8) * tint.g) * a + channel(d, 8) * rest);
    uint32_t b = div255(div255(channel(s, 0) * tint.b) * a + channel(d, 0) * rest);
    uint32_t al = div255(255 * a + channel(d, 24) * rest);
    return al << 24 | r << 16 | g << 8 | b;
}

static inline uint32_t *row_of(ComposeView v, int y)
{
    return v.pixels + (size_t)y * (size_t)v.pitch;
}

static void store_rows(ComposeView dst, const uint32_t *src, int src_pitch)
{
    for (int y = 0; y < dst.h; y++)
        memcpy(row_of(dst, y), src + (size_t)y * (size_t)src_pitch,
               (size_t)dst.w * sizeof *src);
}

static void fill_pixels(ComposeView dst, uint32_t px)
{
    for (int y = 0; y < dst.h; y++) {
        uint32_t *row = row_of(dst, y);
        for (int x = 0; x < dst.w; x++)
            row[x] = px;
    }
}

static uint32_t color_pixel(Color c)
{
    return (uint32_t)c.a << 24 | (uint32_t)c.r << 16 | (uint32_t)c.g << 8 | c.b;
}

static bool usable(ComposeView v)
{
    return v.pixels && v.w > 0 && v.h > 0;
}

void compose_set(ComposeView dst, Color c)
{
    if (usable(dst))
        fill_pixels(dst, color_pixel(c));
}

/* The signed distance of (px, py) from a rounded rect's outline
 * (negative inside). */
static float round_distance(ComposeRound s, float rad, float px, float py)
{
    float hx = s.w * 0.5f, hy = s.h * 0.5f;
    float qx = fabsf(px - (s.x + hx)) - (hx - rad), qy = fabsf(py - (s.y + hy)) - (hy - rad);
    float ox = fmaxf(qx, 0.0f), oy = fmaxf(qy, 0.0f);
    return sqrtf(ox * ox + oy * oy) + fminf(fmaxf(qx, qy), 0.0f) - rad;
}

/* How much of the pixel centred at (px, py) a rounded rect covers: its
 * signed distance d from the outline, as 0.5 - d. */
static float round_cover(ComposeRound s, float rad, float px, float py)
{
    return fminf(fmaxf(0.5f - round_distance(s, rad, px, py), 0.0f), 1.0f);
}

/* The pixels [*x0, *x1) of the row centred at py that the shape surely
 * covers whole: a pixel further in than its edge, so that round_cover
 * gives them 1 whatever its float rounding. Empty (x0 == x1 == -1) when
 * none is. */
static void solid_span(ComposeRound s, float rad, float py, int w, int *x0, int *x1)
{
    float hx = s.w * 0.5f, hy = s.h * 0.5f, margin = 1.5f;
    float qy = fabsf(py - (s.y + hy)) - (hy - rad), half = -1.0f;
    if (rad >= margin && qy <= rad - margin) {
        float oy = fmaxf(qy, 0.0f), r = rad - margin;
        half = hx - rad + sqrtf(fmaxf(r * r - oy * oy, 0.0f));
    } else if (rad < margin && qy <= rad - margin) {
        half = hx - margin;
    }
    *x0 = *x1 = -1;
    if (half < 0.0f)
        return;
    float cx = s.x + hx;
    int a = (int)ceilf(fminf(fmaxf(cx - half - 0.5f, 0.0f), (float)w));
    int b = (int)floorf(fmaxf(fminf(cx + half - 0.5f, (float)w - 1.0f), -1.0f)) + 1;
    if (b > a) {
        *x0 = a;
        *x1 = b;
    }
}

/* A shape compose.c can place: finite, with a size. */
static bool placeable_round(ComposeRound s)
{
    return isfinite(s.x) && isfinite(s.y) && isfinite(s.radius) && s.w > 0.0f &&
           s.w < INFINITY && s.h > 0.0f && s.h < INFINITY;
}

void compose_rounded(ComposeView dst, ComposeRound shape, const Color *colors)
{
    if (!usable(dst) || !colors || !placeable_round(shape))
        return; /* nothing, or nothing that can be placed */
    float rad = fmaxf(fminf(shape.radius, fminf(shape.w, shape.h) * 0.5f), 0.0f);
    for (int y = 0; y < dst.h; y++) {
        Color c = colors[y];
        uint32_t px = color_pixel(c) | OPAQUE_ALPHA, *row = row_of(dst, y);
        int solid0, solid1;
        solid_span(shape, rad, (float)y + 0.5f, dst.w, &solid0, &solid1);
        for (int x = 0; x < dst.w; x++) {
            if (x == solid0) { /* all covered: one fill, as fast as any */
                compose_fill((ComposeView){row + x, dst.pitch, solid1 - solid0, 1}, c);
                x = solid1 - 1;
                continue;
            }
            float cover = round_cover(shape, rad, (float)x + 0.5f, (float)y + 0.5f);
            if (cover > 0.0f) {
                Color tint = {255, 255, 255, (uint8_t)lroundf((float)c.a * cover)};
                row[x] = blend_pixel(px, row[x], tint);
            }
        }
    }
}

void compose_shadow(ComposeView dst, ComposeRound core, float blur, Color c)
{
    if (!usable(dst) || !placeable_round(core) || !(blur > 0.0f && blur < INFINITY) || !c.a)
        return;
    float rad = fmaxf(fminf(core.radius, fminf(core.w, core.h) * 0.5f), 0.0f);
    uint32_t px = color_pixel(c) | OPAQUE_ALPHA;
    /* Columns the fade can reach at all: the core grown by the blur. */
    float w = (float)dst.w; /* clamped before converting: a far shape is still finite */
    int reach0 = (int)fminf(fmaxf(floorf(core.x - blur), 0.0f), w);
    int reach1 = (int)fmaxf(fminf(ceilf(core.x + core.w + blur), w), 0.0f);
    for (int y = 0; y < dst.h; y++) {
        float py = (float)y + 0.5f;
        if (py < core.y - blur || py > core.y + core.h + blur)
            continue;
        uint32_t *row = row_of(dst, y);
        int span0, span1;
        Color span_c = c; /* one colour along the span: the core's, or a straight edge's fade */
        solid_span(core, rad, py, dst.w, &span0, &span1);
        float qy = fabsf(py - (core.y + core.h * 0.5f)) - (core.h * 0.5f - rad);
        if (span0 < 0 && qy - rad > 0.0f) { /* beside the top or bottom edge's straight part */
            float half = core.w * 0.5f - rad, cx = core.x + core.w * 0.5f;
            span0 = (int)fminf(fmaxf(ceilf(cx - half - 0.5f), (float)reach0), (float)reach1);
            span1 = (int)fmaxf(fminf(floorf(cx + half - 0.5f) + 1.0f, (float)reach1),
                               (float)reach0);
            span_c.a = (uint8_t)lroundf((float)c.a * fmaxf(1.0f - (qy - rad) / blur, 0.0f));
            if (span1 <= span0)
                span0 = span1 = -1;
        }
        for (int x = reach0; x < reach1; x++) {
            if (x == span0) {
                compose_fill((ComposeView){row + x, dst.pitch, span1 - span0, 1}, span_c);
                x = span1 - 1;
                continue;
            }
            float d = round_distance(core, rad, (float)x + 0.5f, py);
            float k = d <= 0.0f ? 1.0f : 1.0f - d / blur;
            if (k > 0.0f) {
                Color tint = {255, 255, 255, (uint8_t)lroundf((float)c.a * k)};
                row[x] = blend_pixel(px, row[x], tint);
            }
        }
    }
}

void compose_copy_reference(ComposeView dst, const uint32_t *src, int src_pitch,
                            ComposeMode mode, Color tint)
{
    if (!usable(dst) || !src)
        return;
    if (mode == COMPOSE_STORE) {
        store_rows(dst, src, src_pitch);
        return;
    }
    uint32_t force = mode == COMPOSE_OPAQUE ? OPAQUE_ALPHA : 0;
    for (int y = 0; y < dst.h; y++) {
        uint32_t *out = row_of(dst, y);
        const uint32_t *in = src + (size_t)y * (size_t)src_pitch;
        for (int x = 0; x < dst.w; x++)
            out[x] = blend_pixel(in[x] | force, out[x], tint);
    }
}

void compose_fill_reference(ComposeView dst, Color c)
{
    if (!usable(dst))
        return;
    uint32_t px = color_pixel(c) | OPAQUE_ALPHA;
    Color tint = {255, 255, 255, c.a};
    for (int y = 0; y < dst.h; y++) {
        uint32_t *out = row_of(dst, y);
        for (int x = 0; x < dst.w; x++)
            out[x] = blend_pixel(px, out[x], tint);
    }
}

#ifdef COMPOSE_SSE2

/* Eight 16-bit lanes (two pixels, B G R A each): v / 255, rounded. */
static inline __m128i div255_lanes(__m128i v)
{
    v = _mm_add_epi16(v, _mm_set1_epi16(128));
    return _mm_srli_epi16(_mm_add_epi16(v, _mm_srli_epi16(v, 8)), 8);
}

/* Two pixels widened to lanes, already tinted: over two under them. */
static inline __m128i blend_lanes(__m128i s, __m128i d)
{
    const __m128i max = _mm_set1_epi16(255);
    const __m128i alpha_lane = _mm_set_epi16(255, 0, 0, 0, 255, 0, 0, 0);
    __m128i a = _mm_shufflehi_epi16(_mm_shufflelo_epi16(s, 0xff), 0xff);
    /* The alpha lane sums 255 x a, as compose.h says. */
    s = _mm_or_si128(_mm_andnot_si128(alpha_lane, s), alpha_lane);
    __m128i sum = _mm_add_epi16(_mm_mullo_epi16(s, a),
                                _mm_mullo_epi16(d, _mm_sub_epi16(max, a)));
    return div255_lanes(sum);
}

/* Four pixels over four. */
static inline __m128i blend4(__m128i s, __m128i d, __m128i tint, bool tinted)
{
    const __m128i zero = _mm_setzero_si128();
    __m128i slo = _mm_unpacklo_epi8(s, zero), shi = _mm_unpackhi_epi8(s, zero);
    if (tinted) {
        slo = div255_lanes(_mm_mullo_epi16(slo, tint));
        shi = div255_lanes(_mm_mullo_epi16(shi, tint));
    }
    __m128i lo = blend_lanes(slo, _mm_unpacklo_epi8(d, zero));
    __m128i hi = blend_lanes(shi, _mm_unpackhi_epi8(d, zero));
    return _mm_packus_epi16(lo, hi);
}

static void blend_row(uint32_t *out, const uint32_t *in, int w, uint32_t force, Color tint)
{
    const __m128i alpha = _mm_set1_epi32((int)OPAQUE_ALPHA), forced = _mm_set1_epi32((int)force);
    const __m128i zero = _mm_setzero_si128();
    const __m128i lanes = _mm_set_epi16(tint.a, tint.r, tint.g, tint.b, tint.a, tint.r, tint.g,
                                        tint.b);
    bool tinted = (tint.r & tint.g & tint.b & tint.a) != 255;
    bool plain = (tint.r & tint.g & tint.b) == 255 && tint.a == 255;
    int x = 0;
    for (; x + 4 <= w; x += 4) {
        __m128i s = _mm_or_si128(_mm_loadu_si128((const __m128i *)(in + x)), forced);
        __m128i sa = _mm_and_si128(s, alpha);
        int none = _mm_movemask_epi8(_mm_cmpeq_epi32(sa, zero));
        if (none == 0xffff)
            continue; /* all four transparent: what is under them stays */
        if (plain && _mm_movemask_epi8(_mm_cmpeq_epi32(sa, alpha)) == 0xffff) {
            _mm_storeu_si128((__m128i *)(out + x), s); /* all four opaque */
            continue;
        }
        __m128i d = _mm_loadu_si128((const __m128i *)(out + x));
        _mm_storeu_si128((__m128i *)(out + x), blend4(s, d, lanes, tinted));
    }
    for (; x < w; x++)
        out[x] = blend_pixel(in[x] | force, out[x], tint);
}

static void fill_row(uint32_t *out, int w, Color c)
{
    const __m128i zero = _mm_setzero_si128();
    uint16_t a = c.a, rest = (uint16_t)(255 - c.a);
    /* c x a per lane, the alpha lane 255 x a: the part that does not vary. */
    const __m128i part = _mm_set_epi16((short)(255 * a), (short)(c.r * a), (short)(c.g * a),
                                       (short)(c.b * a), (short)(255 * a), (short)(c.r * a),
                                       (short)(c.g * a), (short)(c.b * a));
    const __m128i keep = _mm_set1_epi16((short)rest);
    int x = 0;
    for (; x + 4 <= w; x += 4) {
        __m128i d = _mm_loadu_si128((const __m128i *)(out + x));
        __m128i lo = _mm_add_epi16(part, _mm_mullo_epi16(_mm_unpacklo_epi8(d, zero), keep));
        __m128i hi = _mm_add_epi16(part, _mm_mullo_epi16(_mm_unpackhi_epi8(d, zero), keep));
        _mm_storeu_si128((__m128i *)(out + x),
                         _mm_packus_epi16(div255_lanes(lo), div255_lanes(hi)));
    }
    Color tint = {255, 255, 255, c.a};
    uint32_t px = color_pixel(c) | OPAQUE_ALPHA;
    for (; x < w; x++)
        out[x] = blend_pixel(px, out[x], tint);
}

/* A source with no alpha channel faded by one alpha over the row: the
 * blend's factors are the same for every pixel. */
static void fade_row(uint32_t *out, const uint32_t *in, int w, uint8_t alpha)
{
    const __m128i zero = _mm_setzero_si128(), force = _mm_set1_epi32((int)OPAQUE_ALPHA);
    const __m128i a = _mm_set1_epi16(alpha), keep = _mm_set1_epi16((short)(255 - alpha));
    int x = 0;
    for (; x + 4 <= w; x += 4) {
        __m128i s = _mm_or_si128(_mm_loadu_si128((const __m128i *)(in + x)), force);
        __m128i d = _mm_loadu_si128((const __m128i *)(out + x));
        __m128i lo = _mm_add_epi16(_mm_mullo_epi16(_mm_unpacklo_epi8(s, zero), a),
                                   _mm_mullo_epi16(_mm_unpacklo_epi8(d, zero), keep));
        __m128i hi = _mm_add_epi16(_mm_mullo_epi16(_mm_unpackhi_epi8(s, zero), a),
                                   _mm_mullo_epi16(_mm_unpackhi_epi8(d, zero), keep));
        _mm_storeu_si128((__m128i *)(out + x),
                         _mm_packus_epi16(div255_lanes(lo), div255_lanes(hi)));
    }
    Color tint = {255, 255, 255, alpha};
    for (; x < w; x++)
        out[x] = blend_pixel(in[x] | OPAQUE_ALPHA, out[x], tint);
}

#ifdef COMPOSE_AVX2
/* The same sums, sixteen lanes (four pixels) at a time: AVX2's 256-bit
 * unpacks, shuffles and packs work on two 128-bit halves, each as SSE2. */

#define AVX2 __attribute__((target("avx2")))

AVX2 static inline __m256i div255_lanes8(__m256i v)
{
    v = _mm256_add_epi16(v, _mm256_set1_epi16(128));
    return _mm256_srli_epi16(_mm256_add_epi16(v, _mm256_srli_epi16(v, 8)), 8);
}

AVX2 static inline __m256i blend_lanes8(__m256i s, __m256i d)
{
    const __m256i max = _mm256_set1_epi16(255);
    const __m256i alpha_lane = _mm256_set_epi16(255, 0, 0, 0, 255, 0, 0, 0, 255, 0, 0, 0, 255, 0,
                                                0, 0);
    __m256i a = _mm256_shufflehi_epi16(_mm256_shufflelo_epi16(s, 0xff), 0xff);
    s = _mm256_or_si256(_mm256_andnot_si256(alpha_lane, s), alpha_lane);
    __m256i sum = _mm256_add_epi16(_mm256_mullo_epi16(s, a),
                                   _mm256_mullo_epi16(d, _mm256_sub_epi16(max, a)));
    return div255_lanes8(sum);
}

AVX2 static void blend_row_avx2(uint32_t *out, const uint32_t *in, int w, uint32_t force,
                                Color tint)
{
    const __m256i alpha = _mm256_set1_epi32((int)OPAQUE_ALPHA);
    const __m256i forced = _mm256_set1_epi32((int)force), zero = _mm256_setzero_si256();
    const __m256i lanes = _mm256_set_epi16(tint.a, tint.r, tint.g, tint.b, tint.a, tint.r, tint.g,
                                           tint.b, tint.a, tint.r, tint.g, tint.b, tint.a, tint.r,
                                           tint.g, tint.b);
    bool tinted = (tint.r & tint.g & tint.b & tint.a) != 255;
    int x = 0;
    for (; x + 8 <= w; x += 8) {
        __m256i s = _mm256_or_si256(_mm256_loadu_si256((const __m256i *)(in + x)), forced);
        __m256i sa = _mm256_and_si256(s, alpha);
        if (_mm256_movemask_epi8(_mm256_cmpeq_epi32(sa, zero)) == -1)
            continue; /* all eight transparent */
        if (!tinted && _mm256_movemask_epi8(_mm256_cmpeq_epi32(sa, alpha)) == -1) {
            _mm256_storeu_si256((__m256i *)(out + x), s); /* all eight opaque */
            continue;
        }
        __m256i d = _mm256_loadu_si256((const __m256i *)(out + x));
        __m256i slo = _mm256_unpacklo_epi8(s, zero), shi = _mm256_unpackhi_epi8(s, zero);
        if (tinted) {
            slo = div255_lanes8(_mm256_mullo_epi16(slo, lanes));
            shi = div255_lanes8(_mm256_mullo_epi16(shi, lanes));
        }
        __m256i lo = blend_lanes8(slo, _mm256_unpacklo_epi8(d, zero));
        __m256i hi = blend_lanes8(shi, _mm256_unpackhi_epi8(d, zero));
        _mm256_storeu_si256((__m256i *)(out + x), _mm256_packus_epi16(lo, hi));
    }
    blend_row(out + x, in + x, w - x, force, tint);
}

AVX2 static void fill_row_avx2(uint32_t *out, int w, Color c)
{
    const __m256i zero = _mm256_setzero_si256();
    short a = c.a, r = (short)(c.r * c.a), g = (short)(c.g * c.a), b = (short)(c.b * c.a);
    short full = (short)(255 * a);
    const __m256i part = _mm256_set_epi16(full, r, g, b, full, r, g, b, full, r, g, b, full, r, g,
                                          b);
    const __m256i keep = _mm256_set1_epi16((short)(255 - c.a));
    int x = 0;
    for (; x + 8 <= w; x += 8) {
        __m256i d = _mm256_loadu_si256((const __m256i *)(out + x));
        __m256i lo = _mm256_add_epi16(part, _mm256_mullo_epi16(_mm256_unpacklo_epi8(d, zero), keep));
        __m256i hi = _mm256_add_epi16(part, _mm256_mullo_epi16(_mm256_unpackhi_epi8(d, zero), keep));
        _mm256_storeu_si256((__m256i *)(out + x),
                            _mm256_packus_epi16(div255_lanes8(lo), div255_lanes8(hi)));
    }
    fill_row(out + x, w - x, c);
}

AVX2 static void fade_row_avx2(uint32_t *out, const uint32_t *in, int w, uint8_t alpha)
{
    const __m256i zero = _mm256_setzero_si256(), force = _mm256_set1_epi32((int)OPAQUE_ALPHA);
    const __m256i a = _mm256_set1_epi16(alpha), keep = _mm256_set1_epi16((short)(255 - alpha));
    int x = 0;
    for (; x + 8 <= w; x += 8) {
        __m256i s = _mm256_or_si256(_mm256_loadu_si256((const __m256i *)(in + x)), force);
        __m256i d = _mm256_loadu_si256((const __m256i *)(out + x));
        __m256i lo = _mm256_add_epi16(_mm256_mullo_epi16(_mm256_unpacklo_epi8(s, zero), a),
                                      _mm256_mullo_epi16(_mm256_unpacklo_epi8(d, zero), keep));
        __m256i hi = _mm256_add_epi16(_mm256_mullo_epi16(_mm256_unpackhi_epi8(s, zero), a),
                                      _mm256_mullo_epi16(_mm256_unpackhi_epi8(d, zero), keep));
        _mm256_storeu_si256((__m256i *)(out + x),
                            _mm256_packus_epi16(div255_lanes8(lo), div255_lanes8(hi)));
    }
    fade_row(out + x, in + x, w - x, alpha);
}

static bool has_avx2(void)
{
    return __builtin_cpu_supports("avx2");
}
#else
static bool has_avx2(void)
{
    return false;
}
#endif

void compose_copy(ComposeView dst, const uint32_t *src, int src_pitch, ComposeMode mode,
                  Color tint)
{
    if (!usable(dst) || !src)
        return;
    if (mode == COMPOSE_STORE) {
        store_rows(dst, src, src_pitch);
        return;
    }
    if (tint.a == 0)
        return;
    uint32_t force = mode == COMPOSE_OPAQUE ? OPAQUE_ALPHA : 0;
    bool wide = has_avx2(), faded = force && (tint.r & tint.g & tint.b) == 255;
    for (int y = 0; y < dst.h; y++) {
        uint32_t *out = row_of(dst, y);
        const uint32_t *in = src + (size_t)y * (size_t)src_pitch;
#ifdef COMPOSE_AVX2
        if (wide && faded) {
            fade_row_avx2(out, in, dst.w, tint.a);
            continue;
        }
        if (wide) {
            blend_row_avx2(out, in, dst.w, force, tint);
            continue;
        }
#endif
        if (faded)
            fade_row(out, in, dst.w, tint.a);
        else
            blend_row(out, in, dst.w, force, tint);
    }
    (void)wide;
}

void compose_fill(ComposeView dst, Color c)
{
    if (!usable(dst) || c.a == 0)
        return;
    if (c.a == 255) {
        fill_pixels(dst, color_pixel(c));
        return;
    }
    bool wide = has_avx2();
    for (int y = 0; y < dst.h; y++) {
#ifdef COMPOSE_AVX2
        if (wide) {
            fill_row_avx2(row_of(dst, y), dst.w, c);
            continue;
        }
#endif
        fill_row(row_of(dst, y), dst.w, c);
    }
    (void)wide;
}

#else /* no SSE2: the reference loops, with the opaque and invisible cases short */

void compose_copy(ComposeView dst, const uint32_t *src, int src_pitch, ComposeMode mode,
                  Color tint)
{
    if (mode != COMPOSE_STORE && tint.a == 0)
        return;
    compose_copy_reference(dst, src, src_pitch, mode, tint);
}

void compose_fill(ComposeView dst, Color c)
{
    if (!usable(dst) || c.a == 0)
        return;
    if (c.a == 255)
        fill_pixels(dst, color_pixel(c));
    else
        compose_fill_reference(dst, c);
}

#endif

void compose_copy_then_fill(ComposeView dst, const uint32_t *src, int src_pitch,
                            ComposeMode mode, Color tint, Color veil)
{
    enum { ROWS = 16 }; /* of a 1200-pixel card, 77 KB; of a whole 4K row, 246 KB: in L2 */
    if (!usable(dst) || !src)
        return;
    for (int y = 0; y < dst.h; y += ROWS) {
        ComposeView rows = {row_of(dst, y), dst.pitch, dst.w, dst.h - y < ROWS ? dst.h - y : ROWS};
        compose_copy(rows, src + (size_t)y * (size_t)src_pitch, src_pitch, mode, tint);
        compose_fill(rows, veil);
    }
}
