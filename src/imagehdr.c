#include "imagehdr.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned be16(const unsigned char *p) { return (unsigned)p[0] << 8 | p[1]; }
static unsigned le16(const unsigned char *p) { return (unsigned)p[1] << 8 | p[0]; }
static unsigned le24(const unsigned char *p) { return le16(p) | (unsigned)p[2] << 16; }

static uint32_t be32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static bool png_size(const unsigned char *b, size_t len, ImageHeader *out)
{
    if (len < 24 || memcmp(b + 12, "IHDR", 4) != 0)
        return false;
    uint32_t w = be32(b + 16), h = be32(b + 20);
    /* PNG sizes are at most 2^31 - 1; clamp so the limit check below sees
     * them as too large rather than wrapping. */
    out->w = w > 0x7FFFFFFFu ? 0x7FFFFFFFu : (unsigned)w;
    out->h = h > 0x7FFFFFFFu ? 0x7FFFFFFFu : (unsigned)h;
    return true;
}

/* Walks the JPEG marker segments to the first start-of-frame. */
static bool jpeg_size(const unsigned char *b, size_t len, ImageHeader *out)
{
    size_t i = 2;
    while (i + 4 <= len) {
        if (b[i] != 0xFF)
            return false;
        unsigned marker = b[i + 1];
        if (marker == 0xFF) { /* fill byte */
            i++;
            continue;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { /* no length */
            i += 2;
            continue;
        }
        if (marker == 0xD9 || marker == 0xDA) /* end of image, or scan data: no frame */
            return false;
        unsigned seg = be16(b + i + 2);
        if (seg < 2)
            return false;
        bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 &&
                   marker != 0xCC;
        if (sof) {
            if (seg < 7 || i + 9 > len)
                return false;
            out->h = be16(b + i + 5);
            out->w = be16(b + i + 7);
            return true;
        }
        i += 2 + (size_t)seg;
    }
    return false;
}

static bool webp_size(const unsigned char *b, size_t len, ImageHeader *out)
{
    if (len < 30)
        return false;
    if (memcmp(b + 12, "VP8 ", 4) == 0) {
        if (b[23] != 0x9D || b[24] != 0x01 || b[25] != 0x2A)
            return false;
        out->w = le16(b + 26) & 0x3FFF;
        out->h = le16(b + 28) & 0x3FFF;
    } else if (memcmp(b + 12, "VP8L", 4) == 0) {
        if (b[20] != 0x2F)
            return false;
        uint32_t bits = (uint32_t)b[21] | (uint32_t)b[22] << 8 | (uint32_t)b[23] << 16 |
                        (uint32_t)b[24] << 24;
        out->w = (bits & 0x3FFF) + 1;
        out->h = ((bits >> 14) & 0x3FFF) + 1;
    } else if (memcmp(b + 12, "VP8X", 4) == 0) {
        out->w = le24(b + 24) + 1;
        out->h = le24(b + 27) + 1;
    } else {
        return false;
    }
    return true;
}

/* Text whose first tag-like content is XML, with an <svg element early on. */
static bool looks_svg(const unsigned char *b, size_t len)
{
    size_t i = 0;
    if (len >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        i = 3; /* UTF-8 byte order mark */
    while (i < len && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n'))
        i++;
    if (i >= len || b[i] != '<')
        return false;
    size_t scan = len - i < 4096 ? len - i : 4096;
    for (size_t k = i; k + 4 <= i + scan; k++)
        if (memcmp(b + k, "<svg", 4) == 0)
            return true;
    return false;
}

/* The value of attribute `name` inside the tag b[0..len), copied into out;
 * false when absent. */
static bool tag_attr(const unsigned char *b, size_t len, const char *name, char *out,
                     size_t out_len)
{
    size_t n = strlen(name);
    for (size_t i = 1; i + n + 2 < len; i++) {
        bool starts = b[i - 1] == ' ' || b[i - 1] == '\t' || b[i - 1] == '\n' || b[i - 1] == '\r';
        if (!starts || memcmp(b + i, name, n) != 0 || b[i + n] != '=' ||
            (b[i + n + 1] != '"' && b[i + n + 1] != '\''))
            continue;
        unsigned char quote = b[i + n + 1];
        size_t k = 0;
        for (size_t j = i + n + 2; j < len && b[j] != quote && k + 1 < out_len; j++)
            out[k++] = (char)b[j];
        out[k] = '\0';
        return true;
    }
    return false;
}

/* One length of the <svg> element as nanosvg (SDL_image) will size it: the
 * attribute unless absent, zero or a percentage, else the viewBox's. */
static double svg_side(const char *attr, bool has_attr, double view)
{
    if (has_attr && !strchr(attr, '%')) {
        char *end;
        double v = strtod(attr, &end);
        if (end != attr && v != 0.0)
            return v;
    }
    return view;
}

/* SDL_image refuses an SVG that ends up 0 wide or high, and leaks the parsed
 * picture when it does (16 bytes each time), so such a file is refused here
 * from the attributes of its <svg> element. */
static bool svg_has_size(const unsigned char *b, size_t len)
{
    const unsigned char *tag = NULL;
    for (size_t k = 0; k + 4 <= len && !tag; k++)
        if (memcmp(b + k, "<svg", 4) == 0)
            tag = b + k;
    if (!tag)
        return false;
    const unsigned char *end = memchr(tag, '>', len - (size_t)(tag - b));
    size_t tag_len = end ? (size_t)(end - tag) : 0;
    char w[64], h[64], box[128];
    bool has_w = tag_attr(tag, tag_len, "width", w, sizeof w);
    bool has_h = tag_attr(tag, tag_len, "height", h, sizeof h);
    double view[4] = {0, 0, 0, 0};
    if (tag_attr(tag, tag_len, "viewBox", box, sizeof box)) {
        char *p = box;
        for (int i = 0; i < 4; i++) {
            p += strspn(p, " \t\r\n,");
            char *next;
            view[i] = strtod(p, &next);
            if (next == p)
                break;
            p = next;
        }
    }
    double sw = svg_side(w, has_w, view[2]), sh = svg_side(h, has_h, view[3]);
    return isfinite(sw) && isfinite(sh) && sw > 0.0 && sh > 0.0;
}

static ImageFormat sniff(const unsigned char *b, size_t len)
{
    static const unsigned char png_sig[8] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    if (len >= 8 && memcmp(b, png_sig, 8) == 0)
        return IMAGE_PNG;
    if (len >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF)
        return IMAGE_JPEG;
    if (len >= 12 && memcmp(b, "RIFF", 4) == 0 && memcmp(b + 8, "WEBP", 4) == 0)
        return IMAGE_WEBP;
    return looks_svg(b, len) ? IMAGE_SVG : IMAGE_UNKNOWN;
}

bool imagehdr_read(const unsigned char *b, size_t len, ImageHeader *out, char *why,
                   size_t why_len)
{
    memset(out, 0, sizeof *out);
    out->format = b ? sniff(b, len) : IMAGE_UNKNOWN;
    bool sized = false;
    switch (out->format) {
    case IMAGE_UNKNOWN:
        snprintf(why, why_len, "not a PNG, JPEG, WebP or SVG file");
        return false;
    case IMAGE_SVG:
        if (svg_has_size(b, len))
            return true;
        snprintf(why, why_len, "SVG without a size (give <svg> a viewBox, or width and height)");
        return false;
    case IMAGE_PNG: sized = png_size(b, len, out); break;
    case IMAGE_JPEG: sized = jpeg_size(b, len, out); break;
    case IMAGE_WEBP: sized = webp_size(b, len, out); break;
    }
    const char *name = imagehdr_format_name(out->format);
    if (!sized) {
        snprintf(why, why_len, "broken %s header (no image size)", name);
        return false;
    }
    if (out->w == 0 || out->h == 0) {
        snprintf(why, why_len, "%s of %u x %u pixels is empty", name, out->w, out->h);
        return false;
    }
    if (out->w > IMAGEHDR_MAX_SIDE || out->h > IMAGEHDR_MAX_SIDE ||
        (uint64_t)out->w * out->h > IMAGEHDR_MAX_PIXELS) {
        snprintf(why, why_len, "%s of %u x %u pixels is over the limit of %u pixels (%u per side)",
                 name, out->w, out->h, IMAGEHDR_MAX_PIXELS, IMAGEHDR_MAX_SIDE);
        return false;
    }
    return true;
}

const char *imagehdr_format_name(ImageFormat format)
{
    switch (format) {
    case IMAGE_PNG: return "PNG";
    case IMAGE_JPEG: return "JPEG";
    case IMAGE_WEBP: return "WebP";
    case IMAGE_SVG: return "SVG";
    case IMAGE_UNKNOWN: break;
    }
    return "unknown";
}
