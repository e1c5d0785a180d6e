/* text: measuring and line-breaking, independent of any font library.
 *
 * Layout and screens measure text through a TextMeasurer so unit tests can use
 * a fake one; the SDL edge supplies the real one (SDL_ttf). Wrapping happens
 * here, once, so what layout measures is exactly what the renderer draws. */
#ifndef TEXT_H
#define TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "theme.h"

typedef struct {
    TypeRole role;
    FontWeight weight;
    float px;            /* physical pixel size */
} TextStyle;

typedef struct {
    void *user;
    /* Width in pixels of text[0..len) on one line. */
    float (*width)(void *user, const TextStyle *style, const char *text, size_t len);
    /* Distance between baselines, in pixels. */
    float (*line_height)(void *user, const TextStyle *style);
} TextMeasurer;

#define TEXT_MAX_LINES 16

typedef struct {
    size_t start, len;   /* byte span of the source string */
    float width;
} TextLine;

typedef struct {
    TextLine lines[TEXT_MAX_LINES];
    int line_count;
    float width, height; /* of the block */
    bool ellipsized;     /* the last line was cut and needs an ellipsis */
    bool overflow;       /* even one line is wider than allowed (word too long) */
} TextBlock;

/* Breaks `text` into at most `max_lines` lines no wider than `max_width`
 * (0 = unlimited). Breaks at spaces and after hyphens; honours '\n'. When the
 * text needs more lines, the last kept line is marked for an ellipsis and
 * trimmed so "…" fits. */
void text_wrap(const TextMeasurer *m, const TextStyle *style, const char *text,
               float max_width, int max_lines, TextBlock *out);

/* Byte length of the UTF-8 sequence starting at `s` (1 for invalid bytes). */
size_t text_utf8_step(const char *s, size_t remaining);

#define TEXT_ELLIPSIS "\xE2\x80\xA6"

#endif
