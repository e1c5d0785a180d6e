/* layout: design units -> physical pixels, and the geometry of each screen.
 *
 * Screens are designed on a reference canvas and scaled by `s`. Landscape
 * scales by min(W/1440, H/1080): 16:9, 16:10 and 4:3 all keep full height and
 * the wider ones simply show more of the carousel. Portrait has its own
 * reference (1080x1920) and its own arrangements, not a squeezed landscape.
 * Fonts are rasterised at px = design size * s, so text stays sharp. */
#ifndef LAYOUT_H
#define LAYOUT_H

#include <stdbool.h>

#include "drawlist.h"
#include "text.h"
#include "theme.h"

typedef struct {
    int w, h;        /* physical pixels */
    float s;         /* pixels per design unit */
    bool portrait;
    float margin;    /* safe margin: 4% of the short side, px */
    Rect screen;     /* 0,0,w,h */
    Rect safe;       /* screen inset by margin */
} Layout;

Layout layout_make(int w, int h);
float layout_px(const Layout *l, float design_units);
TextStyle layout_text_style(const Layout *l, TypeRole role, FontWeight weight);

/* Home screen: title block, a horizontal carousel of cards, page dots. */
typedef struct {
    Rect title, subtitle;
    Rect carousel;        /* band the cards live in (full width) */
    float card_w, card_h, card_gap, card_y;
    Rect buttons;         /* bottom row: "Compare roles" left, "Which role fits me?" right */
    Rect dots;            /* centred row for page dots */
    Rect hint;            /* one line above the dots (portrait; zero height in landscape) */
    Rect expanded;        /* where an opened card grows to */
    Rect back_button;     /* top-left touch target while a card is open */
} HomeLayout;

HomeLayout layout_home(const Layout *l);
/* Rect of card `index` when the carousel is at `position` (in cards, 0 =
 * first card centred). Neighbours sit at a fixed gap. */
Rect layout_home_card(const HomeLayout *h, const Layout *l, int index, float position);
/* Whether a carousel of `count` cards wraps around (the last card's right
 * neighbour is the first). Only when there are enough cards that the one
 * changing sides is always off screen: count * pitch >= width + card. */
bool layout_home_wraps(const HomeLayout *h, const Layout *l, int count);
/* Offset in cards of card `index` from the centre at `position`; with
 * wrapping it is folded into [-count/2, count/2). */
float layout_home_offset(int index, float position, int count, bool wraps);
/* Rect of the card `offset` cards from the centre. */
Rect layout_home_card_at(const HomeLayout *h, const Layout *l, float offset);
#endif
