/* Fuzzes the PNG decoder behind the header check, as imagefile runs it:
 * whatever the bytes, no crash or leak, and a decoded image is the size
 * its checked header promised. */
#include "fuzz.h"
#include "imagehdr.h"
#include "platform/pngread.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ImageHeader h;
    char why[160];
    if (!imagehdr_read(data, size, &h, why, sizeof why) || h.format != IMAGE_PNG)
        return 0;
    SDL_Surface *s = pngread_argb(data, size, why, sizeof why);
    if (s && ((uint32_t)s->w != h.w || (uint32_t)s->h != h.h ||
              s->format->format != SDL_PIXELFORMAT_ARGB8888))
        __builtin_trap();
    if (!s && !why[0])
        __builtin_trap(); /* a failure always says why */
    SDL_FreeSurface(s);
    return 0;
}
