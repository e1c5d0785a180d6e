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

/* The text widget_source_caption draws ("Source: BLS, May 2024 data") into
 * buf, for screens that lay captions out themselves (scrolled pages);
 * NULL when the index names no source. */
const char *widget_source_text(const App *app, int source, char *buf, size_t len);
/* The "Home" button (house icon), styled like the back button. */
void widget_home_button(App *app, DrawList *dl, Rect r, bool pressed);
/* Width in pixels of `text` set on one line in `role` and `weight`. */
float widget_text_width(const App *app, const char *text, TypeRole role, FontWeight weight);
/* A thin scroll indicator along the right edge of `track`: its thumb shows
 * which part of `content` the `viewport` shows. Nothing when all of it fits. */
void widget_scroll_bar(App *app, DrawList *dl, Rect track, float offset, float content,
                       float viewport, Color color);

/* A pill button with the icon after the label ("Next ›"), otherwise like
 * widget_button. */
void widget_button_icon_after(App *app, DrawList *dl, Rect r, const char *label, const char *icon,
                              ButtonStyle style, bool pressed);

/* A round button holding only an icon (arrows), at least a touch target
 * wide. `enabled` false draws it faded: it is still there, it just has
 * nowhere to go. */
void widget_icon_button(App *app, DrawList *dl, Rect r, const char *icon, ButtonStyle style,
                        bool pressed, bool enabled);
/* The key-focus ring around a control the keyboard or clicker will
 * activate, on the screen background; `radius` is the control's corner
 * radius. Draw it first: the control goes on top. */
void widget_focus_ring(App *app, DrawList *dl, Rect r, float radius);

/* Height of `text` wrapped to `width` (at most `max_lines`) in a type role;
 * `fits` (may be NULL) is false when the text had to be cut or one word is
 * wider than `width`. For choosing a size before drawing. */
float widget_text_height(const App *app, TypeRole role, FontWeight weight, const char *text,
                         float width, int max_lines, bool *fits);
/* The largest type role from `from` down to caption at which `text` fits
 * `width` in `max_lines` (caption when nothing fits). */
TypeRole widget_fit_role(const App *app, const char *text, TypeRole from, FontWeight weight,
                         float width, int max_lines);
/* Draws `text` from box.x, box.y wrapped to box.w, its box exactly the
 * lines it takes (box.h is ignored); returns that height, 0 when empty. */
float widget_text(App *app, DrawList *dl, Rect box, TypeRole role, FontWeight weight, Color color,
                  TextAlign align, int max_lines, const char *text);

/* A dialog card over a dimmed screen: the scrim (bg_bottom at `scrim_alpha`),
 * the card's soft shadow and its white body. Callers draw the contents. */
void widget_modal(App *app, DrawList *dl, Rect card, uint8_t scrim_alpha);

#endif
