/* imagefile: the one way the app opens an image file from a bundle or the
 * assets folder, for the renderer and for --validate alike.
 *
 * Bad files are normal and must neither hang nor exhaust memory: the file
 * is opened without blocking (a FIFO or device never stalls the kiosk),
 * must be a regular file of at most IMAGEFILE_MAX_BYTES, and its header
 * (imagehdr) must name a supported format within the pixel limits before
 * a decoder reads a byte: pngread for PNGs, SDL_image for the rest. */
#ifndef IMAGEFILE_H
#define IMAGEFILE_H

#include <stddef.h>

#include <SDL.h>

#define IMAGEFILE_MAX_BYTES (16u * 1024u * 1024u)

/* Decodes `path`. SVGs are rasterised at svg_w x svg_h (<= 0: their own
 * size, capped to 1024 per side). Returns NULL with a short reason in
 * `why` (not naming the file: the caller does). */
SDL_Surface *imagefile_load(const char *path, int svg_w, int svg_h, char *why, size_t why_len);

#endif
