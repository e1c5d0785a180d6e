/* detail_page: lays out and draws one section of the career detail screen
 * (what they do, pay, outlook, ...) as a column of text, figures and charts.
 *
 * One function both measures and draws, so what scrolls is exactly what was
 * measured: with a NULL DrawList it only returns the height. Text is emitted
 * a line at a time, and only the lines that show in `view`, so a long
 * section scrolled inside a clip never sends text off screen or cuts it. */
#ifndef DETAIL_PAGE_H
#define DETAIL_PAGE_H

#include "app.h"

/* Lays out section `section` of career `career` in a column `w` px wide
 * from (x, y). Draws into `dl` what lies in `view` (dl NULL: nothing) and
 * returns the height in px. */
float detail_page_draw(App *app, DrawList *dl, int career, DetailSection section, float x,
                       float y, float w, Rect view);
/* The short name on a section's tab: "Pay", "Where they work". */
const char *detail_page_tab_label(const App *app, DetailSection section);
/* Indices of the sources the career's figures use, in order of first use,
 * without repeats; returns how many (at most `max`). */
int detail_page_sources(const App *app, int career, int *out, int max);

#endif
