/* help: the presenter keys overlay ('?' or F1, never in a kiosk).
 *
 * A card over a dimmed screen: a title, then a two-column table (the keys
 * drawn as keycaps, what they do beside them), then how to close it.
 * Landscape splits the table into two side-by-side halves so it fits a
 * 16:9 projector with text large enough for the back row. */
#ifndef HELP_H
#define HELP_H

#include "app.h"

enum { HELP_ROW_COUNT = 12 };

void help_draw(App *app, DrawList *dl);
/* The card's rect at the current layout (for tests). */
Rect help_card(const App *app);

#endif
