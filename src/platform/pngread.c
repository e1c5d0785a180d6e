#include "platform/pngread.h"

#include <stdio.h>
#include <string.h>

#include <png.h>

SDL_Surface *pngread_argb(const void *bytes, size_t len, char *why, size_t why_len)
{
    png_image image;
    memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    SDL_Surface *surf = NULL;
    if (png_image_begin_read_from_memory(&image, bytes, len)) {
        /* ARGB8888 words are B, G, R, A in memory on little-endian machines. */
#if SDL_BYTEORDER == SDL_LIL_ENDIAN
        image.format = PNG_FORMAT_BGRA;
#else
        image.format = PNG_FORMAT_ARGB;
#endif
        surf = SDL_CreateRGBSurfaceWithFormat(0, (int)image.width, (int)image.height, 32,
                                              SDL_PIXELFORMAT_ARGB8888);
        if (!surf)
            snprintf(image.message, sizeof image.message, "%s", SDL_GetError());
        if (surf && !png_image_finish_read(&image, NULL, surf->pixels, surf->pitch, NULL)) {
            SDL_FreeSurface(surf);
            surf = NULL;
        }
    }
    if (!surf)
        snprintf(why, why_len, "%s", image.message[0] ? image.message : "not a PNG");
    png_image_free(&image);
    return surf;
}
