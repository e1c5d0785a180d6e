/* pngwrite: writes a frame as a PNG quickly.
 *
 * IMG_SavePNG compresses at zlib's default level with adaptive filtering,
 * which was half the time of a cold `--screenshot` (docs/performance.md).
 * Screenshots and handouts are written once and read rarely, so this uses
 * zlib's fastest level and the Sub filter: a few times faster for files
 * about a third larger. */
#ifndef PNGWRITE_H
#define PNGWRITE_H

#include <stdbool.h>
#include <stddef.h>

#include <SDL.h>

/* Writes an SDL_PIXELFORMAT_ARGB8888 surface as an 8-bit RGBA PNG. Returns
 * false with the reason in `err` when the file cannot be written. */
bool pngwrite_argb(SDL_Surface *surface, const char *path, char *err, size_t err_len);

#endif
