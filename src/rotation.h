/* rotation: screens mounted on their side. The app lays out and draws in
 * the logical (rotated) orientation; the edge turns the finished frame by
 * `degrees` clockwise onto the panel and maps touches back with these
 * functions. Pure maths, so every angle is tested without a panel. */
#ifndef ROTATION_H
#define ROTATION_H

#include <stdbool.h>

typedef enum { ROTATE_0 = 0, ROTATE_90 = 90, ROTATE_180 = 180, ROTATE_270 = 270 } Rotation;

/* Parses "0", "90", "180" or "270". */
bool rotation_parse(const char *text, Rotation *out);
/* Logical size for a panel of phys_w x phys_h: swapped at 90 and 270. */
void rotation_logical_size(Rotation r, int phys_w, int phys_h, int *w, int *h);
/* A point on the panel (pixels) to the logical point the app should see.
 * The frame is drawn rotated clockwise by `r`, so this is the inverse. */
void rotation_to_logical(Rotation r, int phys_w, int phys_h, float px, float py, float *lx,
                         float *ly);
/* The other way: where a logical point appears on the panel. */
void rotation_to_physical(Rotation r, int phys_w, int phys_h, float lx, float ly, float *px,
                          float *py);

#endif
