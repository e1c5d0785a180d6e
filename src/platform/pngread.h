/* pngread: decodes a PNG held in memory into an ARGB8888 surface.
 *
 * SDL_image decodes PNGs with libpng's default error handler, which prints
 * "libpng error: ..." to stderr: a line that names no file, before the
 * app's own warning that does. Here libpng's simplified API keeps its
 * message instead, and it becomes the reason the caller prints with the
 * file's name and JSON path. */
#ifndef PNGREAD_H
#define PNGREAD_H

#include <stddef.h>

#include <SDL.h>

/* The PNG in `bytes`, non-premultiplied ARGB8888; NULL with libpng's
 * reason in `why` when it is not a PNG it can decode. The caller has
 * checked the header's size against its limits. */
SDL_Surface *pngread_argb(const void *bytes, size_t len, char *why, size_t why_len);

#endif
