#include "fonts.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
    const char *regular, *bold;
} FontPair;

/* Debian packages: fonts-inter, fonts-noto-core, fonts-dejavu-core. */
static const FontPair system_fonts[] = {
    {"/usr/share/fonts/opentype/inter/Inter-Regular.otf",
     "/usr/share/fonts/opentype/inter/Inter-Bold.otf"},
    {"/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
     "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"},
    {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
     "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"},
};

/* A regular file only: opening a FIFO or device named as a font would block
 * or read forever. */
static bool readable(const char *path)
{
    struct stat st;
    return path && *path && stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, R_OK) == 0;
}

static bool bundle_fonts(const Content *c, FontPaths *out)
{
    if (!c || !c->font_regular)
        return false;
    snprintf(out->regular, sizeof out->regular, "%s/%s", c->bundle_dir, c->font_regular);
    if (!readable(out->regular))
        return false; /* the bundle loader has named the file already */
    if (c->font_bold)
        snprintf(out->bold, sizeof out->bold, "%s/%s", c->bundle_dir, c->font_bold);
    if (!readable(out->bold))
        snprintf(out->bold, sizeof out->bold, "%s", out->regular);
    out->from_bundle = true;
    return true;
}

bool fonts_find(const Content *content, FontPaths *out, char *err, size_t err_len)
{
    memset(out, 0, sizeof *out);
    if (bundle_fonts(content, out))
        return true;
    for (size_t i = 0; i < sizeof system_fonts / sizeof system_fonts[0]; i++) {
        if (!readable(system_fonts[i].regular))
            continue;
        snprintf(out->regular, sizeof out->regular, "%s", system_fonts[i].regular);
        snprintf(out->bold, sizeof out->bold, "%s",
                 readable(system_fonts[i].bold) ? system_fonts[i].bold : system_fonts[i].regular);
        return true;
    }
    snprintf(err, err_len, "no UI font found: install fonts-inter (scripts/install-deps.sh) "
                           "or name one in the bundle's settings.font");
    return false;
}
