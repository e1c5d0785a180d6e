/* widgets: the shared controls every screen draws the same way: buttons,
 * the back button, page dots, source captions and the screen background.
 *
 * Widgets only draw; screens keep the rects for hit-testing and the pressed
 * state for touch feedback. Sizes are design units scaled by the layout. */
#ifndef WIDGETS_H
#define WIDGETS_H

#include <stdbool.h>

#include "app.h"

typedef enum {
    BUTTON_PRIMARY,   /* filled with the accent colour */
    BUTTON_SECONDARY, /* translucent white on the dark background */
    BUTTON_ON_COLOR,  /* white outline, for use on a role colour */
} ButtonStyle;

/* The minimum touch target: 96 design units. */
float widget_target_size(const App *app);
/* Natural width of a button with this label (and an icon if given). */
float widget_button_width(const App *app, const char *label, bool has_icon);
/* A pill button; `icon` is an asset path like "icons/compare.svg" or NULL. A
 * pressed button darkens and shrinks slightly: feedback within one frame. */
void widget_button(App *app, DrawList *dl, Rect r, const char *label, const char *icon,
                   ButtonStyle style, bool pressed);
/* The "← Back" button. */
void widget_back_button(App *app, DrawList *dl, Rect r, bool pressed);
/* A row of page dots centred in `row`; the dot nearest `position` stretches
 * into a pill. With `wraps`, position is taken modulo count. */
void widget_page_dots(App *app, DrawList *dl, Rect row, int count, float position, bool wraps);
/* Centre of dot `index` in a row of `count` (for tests and hit areas). */
float widget_page_dot_x(const App *app, Rect row, int index, int count);
/* "Source: BLS, May 2024 data" in caption type; nothing when the index is -1. */
void widget_source_caption(App *app, DrawList *dl, Rect box, int source, Color color,
                           TextAlign align);
/* The screen's background gradient. */
void widget_background(App *app, DrawList *dl);

#endif
