/* keys: SDL key codes -> the few actions screens understand.
 * One table, so presenter and kiosk policies can be tested without SDL
 * running (only SDL's key code constants are used). */
#ifndef KEYS_H
#define KEYS_H

#include <stdint.h>

typedef enum {
    KEY_NONE = 0,
    KEY_NEXT,      /* Right, PageDown */
    KEY_PREV,      /* Left, PageUp */
    KEY_ACTIVATE,  /* Space, Return, keypad Enter */
    KEY_BACK,      /* Escape, Backspace: never quits */
    KEY_HOME,      /* Home */
    KEY_QUIT,      /* Ctrl+Q: presenters only */
    KEY_SCREENSHOT /* F12 in a real window: write a PNG */
} KeyAction;

/* `keycode` is an SDL_Keycode, `mods` an SDL_Keymod mask. */
KeyAction keys_action(int32_t keycode, uint16_t mods);
const char *keys_action_name(KeyAction action);

#endif
