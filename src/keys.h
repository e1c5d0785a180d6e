/* keys: SDL key codes -> the few actions screens understand.
 * One table, so presenter and kiosk policies can be tested without SDL
 * running (only SDL's key code constants are used).
 *
 * The map follows presentation tools, so a wireless clicker works: clickers
 * send PageDown/PageUp (or Right/Left), some alternate F5 and Esc for their
 * "present" button. F5 does nothing and Esc only goes back: neither quits. */
#ifndef KEYS_H
#define KEYS_H

#include <stdint.h>

typedef enum {
    KEY_NONE = 0,
    KEY_NEXT,       /* Right, PageDown, Space, N */
    KEY_PREV,       /* Left, PageUp, Backspace, P */
    KEY_ACTIVATE,   /* Return, keypad Enter */
    KEY_BACK,       /* Escape: never quits */
    KEY_HOME,       /* Home */
    KEY_QUIT,       /* Ctrl+Q: presenters only */
    KEY_SCREENSHOT, /* F12 in a real window: write a PNG */
    KEY_BLACKOUT,   /* B, '.': toggle a black screen */
    KEY_WHITEOUT,   /* W: toggle a white screen */
    KEY_FULLSCREEN, /* F: toggle fullscreen (never in a kiosk) */
    KEY_HELP,       /* '?', F1: toggle the keys overlay */
    KEY_TOUR,       /* T: start the guided tour from its first stop */
    KEY_CAREER_1,   /* 1..9: jump to that career's detail (on the PIN pad: a digit) */
    KEY_CAREER_9 = KEY_CAREER_1 + 8,
    KEY_DIGIT_0,    /* 0: only the PIN pad takes it */
    KEY_ACTION_COUNT
} KeyAction;

/* `keycode` is an SDL_Keycode, `mods` an SDL_Keymod mask. */
KeyAction keys_action(int32_t keycode, uint16_t mods);
const char *keys_action_name(KeyAction action);
/* 1..9 for KEY_CAREER_1..KEY_CAREER_9, 0 for every other action. */
int keys_career_number(KeyAction action);
/* The digit a key types (0..9: KEY_DIGIT_0 and KEY_CAREER_1..9), else -1. */
int keys_digit(KeyAction action);

#endif
