#include "platform/imagefile.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include <SDL_image.h>

#include "fileread.h"
#include "imagehdr.h"
#include "platform/pngread.h"

enum { SVG_DEFAULT_SIDE = 1024 };

SDL_Surface *imagefile_load(const char *path, int svg_w, int svg_h, char *why, size_t why_len)
{
    size_t len = 0;
    unsigned char *bytes =
        (unsigned char *)fileread_all(path, IMAGEFILE_MAX_BYTES, &len, why, why_len);
    if (!bytes)
        return NULL;
    ImageHeader hdr;
    SDL_Surface *surf = NULL;
    SDL_RWops *rw = NULL;
    char reason[160] = "";
    bool checked = imagehdr_read(bytes, len, &hdr, why, why_len); /* else the reason is written */
    if (checked && hdr.format == IMAGE_PNG) {
        surf = pngread_argb(bytes, len, reason, sizeof reason); /* libpng says nothing itself */
    } else if (checked && !(rw = SDL_RWFromConstMem(bytes, (int)len))) {
        snprintf(reason, sizeof reason, "%s", SDL_GetError());
    } else if (checked && hdr.format == IMAGE_SVG) {
        surf = IMG_LoadSizedSVG_RW(rw, svg_w > 0 ? svg_w : SVG_DEFAULT_SIDE,
                                   svg_h > 0 ? svg_h : SVG_DEFAULT_SIDE);
    } else if (checked) {
        surf = IMG_Load_RW(rw, 0);
    }
    if (rw)
        SDL_RWclose(rw);
    if (checked && !surf)
        snprintf(why, why_len, "cannot decode %s: %s", imagehdr_format_name(hdr.format),
                 reason[0] ? reason : IMG_GetError());
    /* The decoder trusts the header we checked; check what it made too. */
    if (surf && (surf->w <= 0 || surf->h <= 0 ||
                 (unsigned long long)surf->w * (unsigned long long)surf->h > IMAGEHDR_MAX_PIXELS)) {
        snprintf(why, why_len, "decoded to %d x %d pixels, over the limit", surf->w, surf->h);
        SDL_FreeSurface(surf);
        surf = NULL;
    }
    free(bytes);
    return surf;
}
