/* soak: a long run of random visitor input on the injected clock, and the
 * checks that the app survives it.
 *
 * Pure core: a seeded generator of visitor actions (taps, swipes, drags,
 * long-presses, the admin corner hold and PIN entries, presenter and clicker
 * keys, language toggles, idle gaps), a player that turns each action into
 * pointer events and keys on a simulated clock, and the App invariant check.
 * A simulated day runs in seconds: idle time jumps straight to the app's next
 * timer, as the real loop sleeps in its event wait. The SDL edge
 * (platform/soak_sdl) renders frames, samples memory and prints the table. */
#ifndef SOAK_H
#define SOAK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "app.h"

/* splitmix64: small, fast and the same on every machine. */
typedef struct {
    uint64_t state;
} SoakRng;

void soak_rng_seed(SoakRng *rng, uint64_t seed);
uint32_t soak_rng_next(SoakRng *rng);
/* Uniform in [lo, hi] (inclusive); lo when hi <= lo. */
int soak_rng_range(SoakRng *rng, int lo, int hi);
/* Uniform in [0, 1). */
float soak_rng_unit(SoakRng *rng);

typedef enum {
    SOAK_TAP = 0,
    SOAK_SWIPE,       /* a quick fling */
    SOAK_DRAG,        /* a slow drag that may turn back */
    SOAK_LONG_PRESS,
    SOAK_CORNER_HOLD, /* the admin gesture (sometimes drifting, which cancels it) */
    SOAK_PIN,         /* digits and OK on the admin pad: usually wrong */
    SOAK_KEY,         /* presenter, clicker and forbidden chord keys */
    SOAK_LANG,        /* a tap where the language pill sits */
    SOAK_IDLE,        /* nobody touches: seconds to minutes */
    SOAK_KIND_COUNT
} SoakKind;

/* What the generator may look at: the screen size and where the app is. */
typedef struct {
    int w, h;
    ScreenId screen;
    bool kiosk;
} SoakView;

typedef struct {
    SoakKind kind;
    float x0, y0, x1, y1;  /* pixels: where a touch starts and ends */
    uint32_t duration_ms;  /* touch length, or the idle gap */
    int32_t keycode;       /* SOAK_KEY: an SDL key code and modifier mask */
    uint16_t mods;
    bool turn_back;        /* SOAK_DRAG: returns half way before lifting */
    bool right_pin;        /* SOAK_PIN: enter the right PIN */
    int digits;            /* SOAK_PIN: how many digits (wrong PINs vary) */
} SoakAction;

/* The next action; depends only on the generator state and the view. */
SoakAction soak_next(SoakRng *rng, const SoakView *view);
const char *soak_kind_name(SoakKind kind);

/* Checks that the App is in a state its screens can draw: a valid screen,
 * bounded history, indices in range, finite positions and tweens, and a
 * kiosk policy that agrees with the screen shown. On failure names the
 * broken invariant in `why` and returns false. */
bool soak_check_app(const App *app, char *why, size_t why_len);

typedef struct {
    unsigned long actions[SOAK_KIND_COUNT];
    unsigned long events;         /* pointer events and keys delivered */
    unsigned long ticks;
    unsigned long screen_changes;
    unsigned long visits[SCREEN_COUNT];
    unsigned long lang_changes;
    unsigned long pins_wrong, pins_right;
    unsigned long keys_blocked;   /* dropped by the kiosk lockdown */
    unsigned long quits;          /* quit asked (presenter Ctrl+Q, admin Exit): cleared */
    unsigned long reloads;        /* admin Reload asked */
    unsigned long idle_resets;    /* kiosk sessions ended by the idle timer */
} SoakCounts;

typedef struct Soak Soak;
/* Called after every tick; `screen_changed` is true when this tick showed a
 * new screen. The edge renders from here. */
typedef void (*SoakFrameFn)(void *user, App *app, bool screen_changed);
/* Called when the admin asked for a reload: the edge swaps in a fresh
 * bundle (app_replace_content). May be NULL. */
typedef void (*SoakReloadFn)(void *user, App *app);

struct Soak {
    App *app;
    SoakRng rng;
    SoakFrameFn on_frame;
    SoakReloadFn on_reload;
    void *user;
    const char *right_pin;  /* the PIN whose hash is app->admin_pin */
    SoakCounts counts;
    bool failed;
    char violation[256];
    uint64_t last_now_ms;
    ScreenId last_screen;
    Lang last_lang;
    KioskPhase last_phase;
};

enum { SOAK_FRAME_MS = 16 };

/* Starts a soak of `app` (already initialised, kiosk enabled if wanted). */
void soak_init(Soak *s, App *app, uint64_t seed);
/* Generates and plays one action. Returns false once an invariant broke
 * (s->violation names it). */
bool soak_step(Soak *s);
/* Runs actions until the app clock reaches `until_ms` or a check fails. */
bool soak_run_until(Soak *s, uint64_t until_ms);
/* Plays one given action (tests use this to replay a case). */
bool soak_play(Soak *s, const SoakAction *a);

#endif
