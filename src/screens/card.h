/* card: drawing a career as a card, compact (carousel) or open (key facts).
 *
 * Shared by every screen that shows a career card. Figures come from the
 * bundle; a missing one reads "not reported" rather than leaving a hole. */
#ifndef CARD_H
#define CARD_H

#include <stdbool.h>

#include "app.h"

/* One headline figure as shown: "$44,200" / "median pay a year". */
typedef struct {
    char value[48];
    char label[96];
    bool reported;
    int source;        /* index into content sources, -1 if none */
} CardFigure;

enum { CARD_HEADLINES = 3 };

/* Median pay, growth, time to train. */
void card_headlines(const App *app, const Career *career, CardFigure out[CARD_HEADLINES]);
/* "Sources: BLS, May 2024 data · BLS, 2025" for a set of figures. */
void card_sources_line(const App *app, const CardFigure *figs, int count, char *buf, size_t len);

/* `distance` 0..1 from the carousel centre dims neighbours; `pressed` shows
 * touch feedback. */
void card_draw_compact(App *app, DrawList *dl, int index, Rect r, float distance, bool pressed);
/* The web address behind the open card's take-home QR code, or NULL. */
const char *card_take_home_url(const App *app, const Career *c);
/* `t` 0..1: how far the card has grown; its header fades in near 1. */
void card_draw_open(App *app, DrawList *dl, int index, Rect r, float t);
/* The open card's header contents on its band of height `band`: icon,
 * name, tagline and credential chip (what card_draw_open shows at t = 1). */
void card_draw_open_header(App *app, DrawList *dl, int index, Rect r, float band);
/* The fully open card without its body contents: shadow, white body, role
 * band of height `band` and the header, for screens that fill the body. */
void card_draw_open_frame(App *app, DrawList *dl, int index, Rect r, float band);

#endif
