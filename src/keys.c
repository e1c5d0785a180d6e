#include "keys.h"

#include <SDL_keycode.h>

KeyAction keys_action(int32_t keycode, uint16_t mods)
{
    int ctrl = (mods & KMOD_CTRL) != 0;
    int alt = (mods & (KMOD_ALT | KMOD_GUI)) != 0;
    if (ctrl && keycode == SDLK_q)
        return KEY_QUIT;
    if (ctrl || alt)
        return KEY_NONE; /* Alt+F4 and friends do nothing here */
    switch (keycode) {
    case SDLK_RIGHT: case SDLK_PAGEDOWN: return KEY_NEXT;
    case SDLK_LEFT: case SDLK_PAGEUP: return KEY_PREV;
    case SDLK_SPACE: case SDLK_RETURN: case SDLK_KP_ENTER: return KEY_ACTIVATE;
    case SDLK_ESCAPE: case SDLK_BACKSPACE: case SDLK_AC_BACK: return KEY_BACK;
    case SDLK_HOME: return KEY_HOME;
    case SDLK_F12: return KEY_SCREENSHOT;
    default: return KEY_NONE;
    }
}

const char *keys_action_name(KeyAction action)
{
    static const char *names[] = {"none", "next", "prev", "activate", "back", "home", "quit",
                                  "screenshot"};
    return (unsigned)action < sizeof names / sizeof names[0] ? names[action] : "?";
}
