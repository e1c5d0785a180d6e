/* kiosk: the unattended-kiosk policy, as pure functions of time and input.
 *
 * Idle handling: after `idle_ms` without input a "Still there?" warning
 * counts down for `warn_ms`; any input dismisses it; when it runs out the
 * visitor's session ends and the attract loop starts. Any input in the
 * attract loop starts a fresh session at home. Lockdown: which keys a
 * visitor may use at all. No SDL, no clock: a simulated day runs in
 * milliseconds in the tests. */
#ifndef KIOSK_H
#define KIOSK_H

#include <stdbool.h>
#include <stdint.h>

#include "keys.h"

typedef struct {
    uint32_t idle_ms;  /* quiet time before the warning (bundle: settings.idle_seconds) */
    uint32_t warn_ms;  /* length of the "Still there?" countdown */
} KioskConfig;

typedef enum {
    KIOSK_ATTRACT = 0, /* nobody is here: the attract loop runs */
    KIOSK_ACTIVE,      /* a visitor is using the kiosk */
    KIOSK_WARNING,     /* idle: "Still there?" is counting down */
} KioskPhase;

/* What the app must do after an input or a tick. */
typedef enum {
    KIOSK_NOTHING = 0,
    KIOSK_START_SESSION,   /* leave attract, go home, log a session start */
    KIOSK_SHOW_WARNING,    /* show "Still there?" */
    KIOSK_HIDE_WARNING,    /* the visitor touched: carry on where they were */
    KIOSK_END_SESSION,     /* log the session, reset everything, start attract */
} KioskAction;

typedef struct {
    KioskConfig config;
    KioskPhase phase;
    uint64_t last_input_ms;
    uint64_t session_start_ms;
} KioskState;

KioskConfig kiosk_default_config(void); /* 60 s idle, 10 s warning */
/* Starts in the attract loop. */
void kiosk_init(KioskState *k, const KioskConfig *config, uint64_t now_ms);
/* Any touch or key from a visitor. The input that starts a session or
 * dismisses the warning is consumed: it must not also press a button. */
KioskAction kiosk_input(KioskState *k, uint64_t now_ms);
KioskAction kiosk_tick(KioskState *k, uint64_t now_ms);
/* When the policy next needs a tick (0: only input can change anything). */
uint64_t kiosk_next_deadline(const KioskState *k);
/* Whole seconds left on the warning countdown, rounded up. */
int kiosk_warning_seconds_left(const KioskState *k, uint64_t now_ms);
/* Length of the session that just ended (valid right after END_SESSION). */
uint64_t kiosk_session_length(const KioskState *k, uint64_t now_ms);

/* Lockdown: true if a visitor's key may reach the app. Quit, close and
 * fullscreen chords (Alt+F4, Ctrl+Q, Ctrl+W, F11, Esc-to-quit) never do;
 * `keycode`/`mods` are SDL key codes and modifier masks. */
bool kiosk_key_allowed(int32_t keycode, uint16_t mods);

#endif
