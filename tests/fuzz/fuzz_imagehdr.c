/* Fuzzes the image header reader that guards every decode. */
#include "fuzz.h"
#include "imagehdr.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ImageHeader h;
    char why[160];
    bool ok = imagehdr_read(data, size, &h, why, sizeof why);
    if (ok && h.format != IMAGE_SVG &&
        (h.w == 0 || h.h == 0 || h.w > IMAGEHDR_MAX_SIDE || h.h > IMAGEHDR_MAX_SIDE ||
         (uint64_t)h.w * h.h > IMAGEHDR_MAX_PIXELS))
        __builtin_trap(); /* accepted sizes are always within the limits */
    if (ok && h.format == IMAGE_UNKNOWN)
        __builtin_trap();
    return 0;
}
