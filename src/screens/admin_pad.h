/* admin_pad: the PIN pad that guards the admin panel (see admin.h).
 *
 * A 3x4 keypad (1-9, Clear, 0, OK) under a row of dots, one per digit
 * entered. OK checks the digits against app->admin_pin with pin_verify():
 * right opens the panel and resets the back-off; wrong shakes the dots and
 * feeds the back-off, which disables the keypad with a countdown while it
 * holds. Without a stored PIN the pad explains how to set one and offers
 * only Close. Cancel (and Back) return home. */
#ifndef ADMIN_PAD_H
#define ADMIN_PAD_H

#include "app.h"

/* A fresh visit: nothing entered, no message (the back-off stays). */
void admin_pad_enter(App *app);
void admin_pad_gesture(App *app, const Gesture *g);
void admin_pad_key(App *app, KeyAction action);
/* Returns true while the entrance or the shake moves. */
bool admin_pad_update(App *app);
void admin_pad_draw(App *app, DrawList *dl);
/* While locked: the next whole second of the countdown (its end last). */
uint64_t admin_pad_next_wakeup(const App *app);

/* Where a control is drawn (for hit-testing and tests); a zero rect when it
 * is not on screen (the keypad without a stored PIN). */
Rect admin_pad_key_rect(const App *app, AdminKey key);
/* Whether a tap on the key would do anything now. */
bool admin_pad_key_enabled(const App *app, AdminKey key);
/* Acts as a tap on the key does (ignored while it is disabled). */
void admin_pad_press(App *app, AdminKey key);
/* Whole seconds left on the back-off lock, 0 when the pad is open. */
int admin_pad_lock_seconds(const App *app);

#endif
