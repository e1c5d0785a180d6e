/* access: the visitor's readability options (high contrast, large text,
 * reduced motion) and how their sources combine.
 *
 * Sources, weakest first: the bundle's settings.accessibility, the command
 * line (--high-contrast, --large-text, --reduced-motion), then the on-screen
 * sheet. The command line only switches options on, so it wins over the
 * bundle; what a visitor changes on screen lasts until the kiosk's idle
 * reset, which restores the starting options. Pure: no SDL. */
#ifndef ACCESS_H
#define ACCESS_H

#include <stdbool.h>

typedef struct {
    bool high_contrast;   /* theme_high_contrast(): 7:1 text, no shadows */
    bool large_text;      /* every type role ACCESS_LARGE_TEXT_SCALE bigger */
    bool reduced_motion;  /* crossfades replace slides, growth and overshoot */
} AccessOptions;

typedef enum {
    ACCESS_HIGH_CONTRAST = 0,
    ACCESS_LARGE_TEXT,
    ACCESS_REDUCED_MOTION,
    ACCESS_OPTION_COUNT
} AccessOption;

/* Body text 32 -> 40 design units: +25%, the same factor for every role. */
#define ACCESS_LARGE_TEXT_SCALE 1.25f
/* A screen change with reduced motion: a short crossfade, nothing moves. */
enum { ACCESS_CROSSFADE_MS = 200 };

/* The starting options: the bundle's, with any command-line flag on top. */
AccessOptions access_merge(AccessOptions bundle, AccessOptions cli);
/* The type scale factor for these options (1 or ACCESS_LARGE_TEXT_SCALE). */
float access_text_scale(const AccessOptions *o);
bool access_get(const AccessOptions *o, AccessOption which);
void access_set(AccessOptions *o, AccessOption which, bool on);
bool access_equal(const AccessOptions *a, const AccessOptions *b);

#endif
