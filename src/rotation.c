#include "rotation.h"

#include <string.h>

bool rotation_parse(const char *text, Rotation *out)
{
    static const struct { const char *name; Rotation r; } table[] = {
        {"0", ROTATE_0}, {"90", ROTATE_90}, {"180", ROTATE_180}, {"270", ROTATE_270}};
    for (size_t i = 0; text && i < sizeof table / sizeof table[0]; i++)
        if (strcmp(text, table[i].name) == 0) {
            *out = table[i].r;
            return true;
        }
    return false;
}

void rotation_logical_size(Rotation r, int phys_w, int phys_h, int *w, int *h)
{
    bool swap = r == ROTATE_90 || r == ROTATE_270;
    *w = swap ? phys_h : phys_w;
    *h = swap ? phys_w : phys_h;
}

/* Pixel centres map exactly: a W-wide axis runs 0..W-1 both ways. */
void rotation_to_physical(Rotation r, int phys_w, int phys_h, float lx, float ly, float *px,
                          float *py)
{
    float maxx = (float)(phys_w - 1), maxy = (float)(phys_h - 1);
    switch (r) {
    case ROTATE_90: *px = maxx - ly; *py = lx; break;
    case ROTATE_180: *px = maxx - lx; *py = maxy - ly; break;
    case ROTATE_270: *px = ly; *py = maxy - lx; break;
    default: *px = lx; *py = ly; break;
    }
}

void rotation_to_logical(Rotation r, int phys_w, int phys_h, float px, float py, float *lx,
                         float *ly)
{
    float maxx = (float)(phys_w - 1), maxy = (float)(phys_h - 1);
    switch (r) {
    case ROTATE_90: *lx = py; *ly = maxx - px; break;
    case ROTATE_180: *lx = maxx - px; *ly = maxy - py; break;
    case ROTATE_270: *lx = maxy - py; *ly = px; break;
    default: *lx = px; *ly = py; break;
    }
}
