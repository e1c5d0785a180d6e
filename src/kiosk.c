#include "kiosk.h"

#include <SDL_keycode.h>

KioskConfig kiosk_default_config(void)
{
    KioskConfig c = {60000u, 10000u};
    return c;
}

void kiosk_init(KioskState *k, const KioskConfig *config, uint64_t now_ms)
{
    k->config = config ? *config : kiosk_default_config();
    if (k->config.idle_ms < 1000u)
        k->config.idle_ms = 1000u;
    k->phase = KIOSK_ATTRACT;
    k->last_input_ms = now_ms;
    k->session_start_ms = now_ms;
}

KioskAction kiosk_input(KioskState *k, uint64_t now_ms)
{
    KioskPhase was = k->phase;
    k->last_input_ms = now_ms;
    k->phase = KIOSK_ACTIVE;
    if (was == KIOSK_ATTRACT) {
        k->session_start_ms = now_ms;
        return KIOSK_START_SESSION;
    }
    return was == KIOSK_WARNING ? KIOSK_HIDE_WARNING : KIOSK_NOTHING;
}

KioskAction kiosk_tick(KioskState *k, uint64_t now_ms)
{
    uint64_t quiet = now_ms > k->last_input_ms ? now_ms - k->last_input_ms : 0;
    if (k->phase == KIOSK_ACTIVE && quiet >= k->config.idle_ms) {
        k->phase = KIOSK_WARNING;
        return KIOSK_SHOW_WARNING;
    }
    if (k->phase == KIOSK_WARNING && quiet >= (uint64_t)k->config.idle_ms + k->config.warn_ms) {
        k->phase = KIOSK_ATTRACT;
        return KIOSK_END_SESSION;
    }
    return KIOSK_NOTHING;
}

uint64_t kiosk_next_deadline(const KioskState *k)
{
    switch (k->phase) {
    case KIOSK_ACTIVE: return k->last_input_ms + k->config.idle_ms;
    case KIOSK_WARNING: return k->last_input_ms + k->config.idle_ms + k->config.warn_ms;
    case KIOSK_ATTRACT: return 0;
    }
    return 0;
}

int kiosk_warning_seconds_left(const KioskState *k, uint64_t now_ms)
{
    if (k->phase != KIOSK_WARNING)
        return 0;
    uint64_t end = kiosk_next_deadline(k);
    if (now_ms >= end)
        return 0;
    return (int)((end - now_ms + 999u) / 1000u);
}

uint64_t kiosk_session_length(const KioskState *k, uint64_t now_ms)
{
    /* The session ended at the last input, not after the idle wait. */
    uint64_t end = k->last_input_ms < now_ms ? k->last_input_ms : now_ms;
    return end > k->session_start_ms ? end - k->session_start_ms : 0;
}

bool kiosk_key_allowed(int32_t keycode, uint16_t mods)
{
    if (mods & (KMOD_CTRL | KMOD_ALT | KMOD_GUI))
        return false; /* Alt+F4, Ctrl+Q, Ctrl+W, Super+anything */
    switch (keycode) {
    case SDLK_RIGHT: case SDLK_LEFT: case SDLK_PAGEUP: case SDLK_PAGEDOWN:
    case SDLK_SPACE: case SDLK_RETURN: case SDLK_KP_ENTER: case SDLK_HOME:
        return true;
    default:
        return false; /* Esc, F11, F12 and everything else */
    }
}
