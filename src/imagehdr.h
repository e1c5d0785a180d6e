/* imagehdr: an image's format and pixel size read from its first bytes,
 * before anything is decoded.
 *
 * A bundle is outside input: a 60000 x 60000 PNG is a few kilobytes on disk
 * but gigabytes once decoded. The loader (platform/imagefile) reads the
 * header here and refuses such a file before the decoder allocates anything.
 * Only the formats a bundle may use are recognised (docs/content.md): PNG,
 * JPEG, WebP and SVG. SVGs are rasterised at the size drawn, but must say
 * how big they are (viewBox, or width and height): SDL_image fails on one
 * that does not, and leaks a little each time. */
#ifndef IMAGEHDR_H
#define IMAGEHDR_H

#include <stdbool.h>
#include <stddef.h>

typedef enum { IMAGE_UNKNOWN = 0, IMAGE_PNG, IMAGE_JPEG, IMAGE_WEBP, IMAGE_SVG } ImageFormat;

typedef struct {
    ImageFormat format;
    unsigned w, h;        /* pixels; 0 x 0 for SVG */
} ImageHeader;

/* Largest bitmap the kiosk decodes (64 MB as RGBA), and the longest side
 * (the common texture limit of GPU renderers). */
#define IMAGEHDR_MAX_PIXELS (4096u * 4096u)
#define IMAGEHDR_MAX_SIDE 16384u

/* Reads the header in b[0..len). Returns false, with a short reason in
 * `why`, when the bytes are not one of the formats above, the size cannot
 * be found, or it is over the limits; out->format is set whenever the
 * format was recognised. */
bool imagehdr_read(const unsigned char *b, size_t len, ImageHeader *out, char *why,
                   size_t why_len);

const char *imagehdr_format_name(ImageFormat format);

#endif
