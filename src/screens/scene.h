/* scene: one step of a role's day drawn as a card: the time and the step's
 * icon on the role's colour, what happens (title and detail), where it
 * happens and the skill it uses.
 *
 * Shared by the day walkthrough and, later, the attract loop. The card
 * arranges itself for its size: a wide card puts the colour in a panel on
 * the left; a narrower one in a band across the top. Type steps down (H1,
 * H2, body) until everything fits whole, so no text is ever cut. */
#ifndef SCENE_H
#define SCENE_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"

/* Which arrangement step `step` of career `career` needs in `r`: 0 is the
 * roomiest (biggest type), higher ones are more compact. A screen showing
 * several steps in cards of one size passes the highest of them as
 * `floor` below, so every card of a walkthrough keeps one look. */
int scene_fit(const App *app, int career, int step, Rect r);
/* Step `step` of career `career` (both valid) in `r`, no roomier than
 * arrangement `floor` (0 = as roomy as fits). */
void scene_draw(App *app, DrawList *dl, int career, int step, Rect r, int floor);
/* A lane whose day has not started yet at this point of the timeline:
 * the role's name and when its day starts (minutes after midnight). */
void scene_draw_waiting(App *app, DrawList *dl, int career, int starts_at, Rect r, int floor);
/* 450 -> "7:30 am"; with hour_only, 420 -> "7 am". Words from the ui table. */
const char *scene_format_time(const App *app, int minutes, bool hour_only, char *buf, size_t len);

#endif
