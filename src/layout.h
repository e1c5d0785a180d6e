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
    float text_scale; /* type scale factor: 1, or more for large text */
} Layout;

Layout layout_make(int w, int h);
float layout_px(const Layout *l, float design_units);
/* Large text: every type role `scale` times its size (1 = normal). */
void layout_set_text_scale(Layout *l, float scale);
/* Pixel height of one line of `role`, with the text scale. */
float layout_line_px(const Layout *l, TypeRole role);
TextStyle layout_text_style(const Layout *l, TypeRole role, FontWeight weight);

/* Home screen: title block, a horizontal carousel of cards, page dots. */
typedef struct {
    Rect title, subtitle;
    Rect carousel;        /* band the cards live in (full width) */
    float card_w, card_h, card_gap, card_y;
    Rect buttons;         /* bottom row: "Compare roles" left, "Which role fits me?" right */
    Rect dots;            /* centred row for page dots */
    Rect hint;            /* one line above the dots (portrait; zero height in landscape) */
    Rect tour;            /* row for the "Guided tour" entry above the hint (portrait; zero
                             height in landscape, where it sits in the header) */
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

/* Career detail: the opened card (where home's card grew to), the top bar
 * above it, the section tabs under the card's header band and the window
 * the sections slide and scroll in. Portrait gives the tabs two rows. */
typedef struct {
    Rect card;            /* layout_home().expanded */
    float band;           /* header band height: 200 design units */
    float pad;            /* card padding: 40 design units */
    Rect top_bar;         /* the row above the card: Back left, buttons right */
    Rect back_button;     /* layout_home().back_button */
    Rect tabs;            /* section tabs, inside the card under the band */
    int tab_rows;         /* 1 landscape, 2 portrait; each row 96 units */
    Rect view;            /* clip of the sections: card-wide, under the tabs */
    Rect content;         /* the resting section's column: view minus padding */
} DetailLayout;

DetailLayout layout_detail(const Layout *l);

/* Day in the life: a top bar (Back, title, Home), the timeline band with
 * one or two lanes over a row of hour labels, the stage where scene cards
 * slide, and the controls row (step counter, previous, play, next). Two
 * lanes put their cards side by side in landscape, stacked in portrait. */
typedef struct {
    Rect top_bar;         /* Back left, title between, Home right */
    Rect timeline;        /* the whole band: a tap here jumps to a step */
    Rect lane_labels[2];  /* the role's name above each lane's line */
    Rect lanes[2];        /* the row each lane's line, dots and marker sit in */
    Rect hours;           /* hour labels under the lanes */
    float axis_x0, axis_x1; /* where the line runs, px */
    Rect stage;           /* where scene cards and the next-steps card live */
    Rect cards[2];        /* one card, or one per lane */
    Rect controls;        /* the bottom row */
    float target;         /* touch target size, px (96 units) */
} DayLayout;

DayLayout layout_day(const Layout *l, int lanes);

/* Quiz: the top bar (Back, title, Start over), a progress row, then either
 * a question over its answers, or the result: the best match's card and
 * the ranking of every role, with the result buttons under the card. */
typedef struct {
    Rect top_bar;
    Rect progress;        /* "Question 2 of 7" and the segment bar */
    Rect question;        /* the question text, up to three lines */
    Rect answers;         /* the answer buttons, one column */
    Rect footer;          /* a caption line at the bottom */
    Rect best;            /* result: the best match's card */
    Rect ranking;         /* result: every role with its match bar */
    Rect buttons;         /* result: the row for Explore this role and See a day,
                             under the best match's card */
    float target;         /* touch target size, px (96 units) */
} QuizLayout;

QuizLayout layout_quiz(const Layout *l);
/* Compare screen: a top bar (Back, title, Home), the two role headers side
 * by side, one dimension page at a time and the page controls under it.
 * The picker uses everything below the top bar. */
typedef struct {
    Rect back, home;      /* top-bar buttons */
    Rect title;           /* between them */
    Rect header[2];       /* role headers: first role left, second right */
    Rect versus;          /* the "vs" disc between the headers */
    Rect page;            /* the dimension page at rest */
    float page_pitch;     /* distance between neighbouring pages: the screen
                             width, so a resting page has no neighbour in view */
    Rect dots;            /* page indicator row */
    Rect controls;        /* row for the previous / next page buttons */
    Rect picker;          /* the picker's area below the top bar */
    Rect overlay;         /* the role chooser panel */
} CompareLayout;

CompareLayout layout_compare(const Layout *l);

/* Admin PIN pad: the top bar (Cancel), then one centred column: the
 * heading, the masked entry, a message line and a 3x4 keypad whose cells
 * run 1-9, Clear, 0, OK in reading order. Portrait has bigger keys. */
typedef struct {
    Rect top_bar;
    Rect heading;         /* "Enter the admin PIN": one H2 line */
    Rect field;           /* the pill holding the dots */
    Rect message;         /* wrong PIN / back-off countdown: one body line */
    Rect keys[12];        /* keypad cells in reading order */
    Rect keypad;          /* the cells' bounding box */
    float target;         /* touch target size, px (96 units) */
} AdminPadLayout;

AdminPadLayout layout_admin_pad(const Layout *l);

/* Admin panel: the top bar (Close, title, Exit), the usage card, and a
 * column for the settings and problems cards: beside the usage card in
 * landscape, under it in portrait. The exit confirmation is a dialog
 * centred over everything. */
typedef struct {
    Rect top_bar;
    Rect usage;           /* today's usage card */
    Rect side;            /* settings card above the problems card */
    Rect dialog;          /* the exit confirmation */
    float target;         /* touch target size, px (96 units) */
    float gap;            /* between cards */
    float pad;            /* inside cards */
} AdminPanelLayout;

AdminPanelLayout layout_admin_panel(const Layout *l);

#endif
