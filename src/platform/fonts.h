/* fonts: finds the UI fonts at run time.
 * No font files live in the repository: a bundle may name its own
 * (settings.font / settings.font_bold), otherwise the first Debian font
 * package found wins (Inter, then Noto Sans, then DejaVu Sans). */
#ifndef FONTS_H
#define FONTS_H

#include <stdbool.h>
#include <stddef.h>

#include "content.h"

typedef struct {
    char regular[1024];
    char bold[1024];
    bool from_bundle;  /* named by the bundle's settings.font */
} FontPaths;

/* Fills `out`; returns false (with a message in err) when no usable font
 * file exists. `content` may be NULL. */
bool fonts_find(const Content *content, FontPaths *out, char *err, size_t err_len);

#endif
