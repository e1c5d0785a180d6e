/* admin_panel: what the organiser sees after the right PIN (see admin.h).
 *
 * The usage card (admin_chart.h) beside a settings card (Reload content,
 * English / Español, dark kiosk / light projector theme) over the last
 * validation problems (scrollable). The top bar has Close (home) and Exit
 * CareerDeck, which asks for confirmation and then sets
 * app->quit_requested: in kiosk mode the only way out. Reload sets
 * app->reload_requested (the edge performs it) and reads the log again. */
#ifndef ADMIN_PANEL_H
#define ADMIN_PANEL_H

#include "app.h"

/* Called by the pad on the right PIN: reads the newest log (file I/O on
 * opening and on Reload only, never per frame) and starts the entrance. */
void admin_panel_open(App *app);
void admin_panel_gesture(App *app, const Gesture *g);
void admin_panel_key(App *app, KeyAction action);
/* Returns true while the entrance, the bars or the list still move. */
bool admin_panel_update(App *app);
void admin_panel_draw(App *app, DrawList *dl);

/* Where a control is (hit-testing, tests); a zero rect when not shown: the
 * confirmation's buttons only while it is up, and nothing else then. */
Rect admin_panel_control_rect(const App *app, AdminControl c);
/* Acts as a tap on the control does. */
void admin_panel_press(App *app, AdminControl c);
/* The problems list's viewport (scrolls when its items are taller). */
Rect admin_panel_problems_view(const App *app);
/* True while the light projector theme is the one in use. */
bool admin_panel_light_theme(const App *app);
/* Whether the high-contrast theme is the one in use. */
bool admin_panel_high_contrast_theme(const App *app);

#endif
