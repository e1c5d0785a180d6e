#include "keys.h"

#include <SDL_keycode.h>

KeyAction keys_action(int32_t keycode, uint16_t mods)
{
    int ctrl = (mods & KMOD_CTRL) != 0;
    int alt = (mods & (KMOD_ALT | KMOD_GUI)) != 0;
    int shift = (mods & KMOD_SHIFT) != 0;
    if (ctrl && keycode == SDLK_q)
        return KEY_QUIT;
    if (ctrl || alt)
        return KEY_NONE; /* Alt+F4 and friends do nothing here */
    if (keycode >= SDLK_1 && keycode <= SDLK_9)
        return shift ? KEY_NONE : (KeyAction)(KEY_CAREER_1 + (keycode - SDLK_1));
    if (keycode >= SDLK_KP_1 && keycode <= SDLK_KP_9)
        return (KeyAction)(KEY_CAREER_1 + (keycode - SDLK_KP_1));
    if ((keycode == SDLK_0 && !shift) || keycode == SDLK_KP_0)
        return KEY_DIGIT_0;
    switch (keycode) {
    case SDLK_RIGHT: case SDLK_PAGEDOWN: case SDLK_SPACE: case SDLK_n: return KEY_NEXT;
    case SDLK_LEFT: case SDLK_PAGEUP: case SDLK_BACKSPACE: case SDLK_p: return KEY_PREV;
    case SDLK_RETURN: case SDLK_KP_ENTER: return KEY_ACTIVATE;
    case SDLK_ESCAPE: case SDLK_AC_BACK: return KEY_BACK;
    case SDLK_HOME: return KEY_HOME;
    case SDLK_F12: return KEY_SCREENSHOT;
    case SDLK_b: case SDLK_PERIOD: return KEY_BLACKOUT;
    case SDLK_w: return KEY_WHITEOUT;
    case SDLK_f: return KEY_FULLSCREEN;
    case SDLK_t: return KEY_TOUR;
    case SDLK_F1: case SDLK_QUESTION: return KEY_HELP;
    case SDLK_SLASH: return shift ? KEY_HELP : KEY_NONE; /* '?' on a US layout */
    default: return KEY_NONE; /* F5 included: clickers send it, it does nothing */
    }
}

int keys_career_number(KeyAction action)
{
    return action >= KEY_CAREER_1 && action <= KEY_CAREER_9 ? (int)(action - KEY_CAREER_1) + 1 : 0;
}

int keys_digit(KeyAction action)
{
    return action == KEY_DIGIT_0 ? 0 : keys_career_number(action) ? keys_career_number(action) : -1;
}

const char *keys_action_name(KeyAction action)
{
    static const char *names[] = {"none",     "next",      "prev",       "activate", "back",
                                  "home",     "quit",      "screenshot", "blackout", "whiteout",
                                  "fullscreen", "help",    "tour",       "career-1",   "career-2", "career-3",
                                  "career-4", "career-5",  "career-6",   "career-7", "career-8",
                                  "career-9", "digit-0"};
    _Static_assert(sizeof names / sizeof names[0] == KEY_ACTION_COUNT, "one name per action");
    return (unsigned)action < sizeof names / sizeof names[0] ? names[action] : "?";
}
