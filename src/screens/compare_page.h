/* compare_page: one dimension page of the comparison, drawn into a card.
 *
 * A page is a white card: the chart for its dimension (shared scales, bars
 * or two columns lined up under the role headers), the takeaway sentence in
 * a band, and the sources of the figures shown. Every chart labels its
 * values in text as well as colour, and a missing figure reads "not
 * reported". Bars, markers and values animate in by length and alpha only:
 * no string changes from one frame to the next, so the renderer's text
 * cache is never churned by an animation. */
#ifndef SCREEN_COMPARE_PAGE_H
#define SCREEN_COMPARE_PAGE_H

#include <stdint.h>

#include "app.h"
#include "takeaway.h"

typedef enum {
    COMPARE_PAGE_HIDDEN,   /* not shown yet (sliding in under a finger): scales
                              and names only, the values wait */
    COMPARE_PAGE_ENTERING, /* values grow in, staggered, from start_ms */
    COMPARE_PAGE_COMPLETE, /* everything in place */
} ComparePageMode;

typedef struct {
    ComparePageMode mode;
    uint64_t start_ms;
    uint64_t now_ms;
} ComparePageAnim;

/* How long after start_ms an entering page is complete. */
uint32_t compare_page_entrance_ms(void);
/* The page's title ("Pay"), from the ui table ("compare.pay") or English. */
const char *compare_page_title(const App *app, TakeawayDimension dim);
/* Draws the page comparing careers `a` and `b` into the card `r`. */
void compare_page_draw(App *app, DrawList *dl, TakeawayDimension dim, const Career *a,
                       const Career *b, Rect r, const ComparePageAnim *anim);

#endif
