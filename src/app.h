/* app: the App context and the screen router.
 *
 * App owns everything a running kiosk has in memory except the content
 * (borrowed) and the renderer (the platform edge's). Every entry point takes
 * the current time, so replay and tests drive it with an injected clock. */
#ifndef APP_H
#define APP_H

#include <stdbool.h>
#include <stdint.h>

#include "access.h"
#include "analytics.h"
#include "content.h"
#include "drawlist.h"
#include "gesture.h"
#include "keys.h"
#include "kiosk.h"
#include "layout.h"
#include "screens/screens.h"
#include "theme.h"

enum { NAV_HISTORY = 8 };

/* Receives visitor events for the analytics log (content ids only). */
typedef void (*AppEventFn)(void *user, EventKind kind, const char *arg1, const char *arg2);

/* A presenter's blank screen (B/'.' black, W white) over everything. */
typedef enum { COVER_NONE = 0, COVER_BLACK, COVER_WHITE } AppCover;

/* Interface keys asked for that the bundle's "ui" lacks (the built-in
 * English was shown). Tests point App.ui_misses at one to prove every
 * visible string comes from the bundle, in every language. */
enum { UI_MISS_NAMES = 64 };
typedef struct {
    int count;
    char names[UI_MISS_NAMES][48]; /* the first distinct keys */
} UiMisses;

/* Where a screen is going and with what. */
typedef struct {
    ScreenId screen;
    int career;        /* career index, -1 when none */
    int other;         /* second career (compare, side-by-side day), -1 when none */
    int section;       /* detail section / compare page / day step to start at */
} NavTarget;

struct App {
    const Content *content;       /* borrowed; outlives the App */
    const TextMeasurer *measurer; /* borrowed */
    const char *assets_dir;       /* borrowed: folder holding icons/ */
    Lang lang;
    Theme theme;
    Theme base_theme;             /* the theme high contrast switches back to */
    Layout layout;
    GestureState gesture;
    ScreenId screen;
    NavTarget nav;                /* what the current screen was entered with */
    NavTarget nav_from;           /* what was shown before this screen */
    bool nav_was_back;            /* this screen was reached by Back or Home */
    NavTarget history[NAV_HISTORY];
    int history_len;
    bool nav_pending;             /* a navigation waits for the next tick */
    NavTarget nav_next;
    bool nav_next_is_back;
    HomeState home;
    DetailState detail;
    CompareState compare;
    DayState day;
    QuizState quiz;
    AttractState attract;
    AdminState admin;
    TourViewState tour;           /* the guided tour (screens/tour_view.h) */

    /* Unattended kiosk (--kiosk): idle reset, attract loop, lockdown. */
    bool kiosk_mode;
    KioskState kiosk;
    Lang start_lang;              /* each new visitor starts in this language */
    AccessOptions access;         /* readability options in force (access.h) */
    AccessOptions start_access;   /* ... and what each new visitor starts with */
    uint64_t crossfade_ms;        /* reduced motion: when the last screen change began */
    bool crossfade_plain;         /* ... fading in from the background: nothing to hold */
    bool crossfade_held;          /* ... else the screen it leaves, held to fade out */
    bool still_there;             /* the idle warning is showing */
    bool swallow_pointer;         /* this touch woke the kiosk: it presses nothing */
    uint64_t corner_down_ms;      /* admin gesture: when the corner hold began */
    bool corner_holding;
    AppEventFn on_event;          /* analytics sink; NULL = none */
    void *event_user;
    const char *admin_pin;        /* stored PIN hash (pin.h); NULL: admin has no PIN */
    const ContentReport *last_report; /* borrowed: problems from the last (re)load */
    bool reload_requested;        /* the admin asked to reload the bundle now */
    const char *log_dir;          /* borrowed: where the analytics logs live; NULL = none */
    UiMisses *ui_misses;          /* tests: records missing interface keys; NULL = off */

    uint64_t now_ms;
    bool dirty;                   /* something changed since the last frame */
    bool animating;               /* the last tick left something moving */
    bool quit_requested;
    bool screenshot_requested;    /* F12: the edge writes a PNG */

    /* Presenter extras (never in kiosk mode). */
    AppCover cover;               /* black or white screen; any input clears it */
    bool help_visible;            /* the keys overlay ('?', F1) */
    bool fullscreen_toggle_requested; /* F: the edge toggles fullscreen */
};

/* One table entry per screen. Transitions are returned by the router, never
 * made from deep inside a screen. */
struct ScreenOps {
    const char *name;
    void (*enter)(App *app);
    void (*gesture)(App *app, const Gesture *g);
    void (*key)(App *app, KeyAction action);
    /* Advances animations to app->now_ms; returns true while still moving. */
    bool (*update)(App *app);
    void (*draw)(App *app, DrawList *dl);
    /* Optional (NULL = none): when the screen next needs a tick with no
     * input (an autoplay step), or 0 when it can sleep until an event. */
    uint64_t (*next_wakeup)(const App *app);
};

void app_init(App *app, const Content *content, const TextMeasurer *measurer, int w, int h,
              uint64_t now_ms);
void app_resize(App *app, int w, int h);
void app_pointer(App *app, const PointerEvent *event);
void app_key(App *app, KeyAction action);
/* Moves time forward: fires gesture timers and advances animations. */
void app_tick(App *app, uint64_t now_ms);
/* True while something is moving: the loop keeps drawing frames. */
bool app_animating(const App *app);
/* True when the next frame would differ from the last one drawn: something
 * moves, or input changed the state. */
bool app_needs_frame(const App *app);
/* The next time (ms) the app needs waking with no input (long-press
 * timers, the current screen's timers such as autoplay), or 0 when it can
 * sleep until an event. */
uint64_t app_next_wakeup(const App *app);
/* Draws the current screen; clears `dirty`. */
void app_draw(App *app, DrawList *dl);

/* Asks the router to show `target` from the next tick; the current screen
 * goes onto the history so Back returns to it. Screens call this rather than
 * switching themselves. */
void app_navigate(App *app, NavTarget target);
/* Returns to the previous screen (home when the history is empty). */
void app_back(App *app);
/* Clears the history and shows home. */
void app_home(App *app);
/* The screen's name ("home", "detail", ...), or "?" for no screen. */
const char *app_screen_name(ScreenId screen);
/* Shorthand for a NavTarget. */
NavTarget nav_target(ScreenId screen, int career, int other, int section);
/* The screen Back would return to (SCREEN_HOME when the history is empty). */
NavTarget app_previous(const App *app);

/* Sets the language and readability options every visitor starts with
 * (the idle reset returns to them) and applies them now. */
void app_set_start(App *app, Lang lang, AccessOptions access);
/* Applies readability options: the theme (high contrast), the type scale
 * (large text, relaid out at once) and reduced motion. */
void app_set_access(App *app, AccessOptions access);
/* The admin's theme choice: shown now, and what every visitor starts with
 * (high contrast or not); turning high contrast off returns to it. */
void app_set_theme(App *app, Theme theme);
/* True when animations must not move things: crossfades only. */
bool app_reduced_motion(const App *app);

/* Switches on the kiosk policy; the app starts in the attract loop. */
void app_enable_kiosk(App *app, const KioskConfig *config);
/* Reports a visitor event to the analytics sink, if any. */
void app_event(App *app, EventKind kind, const char *arg1, const char *arg2);
/* Swaps in a freshly loaded bundle (hot reload) between frames. Screens
 * hold career indices, so everything restarts: home, or the attract loop. */
void app_replace_content(App *app, const Content *content);
/* The admin gesture: a press held this long in the top-left corner. */
enum { APP_ADMIN_HOLD_MS = 3000 };
Rect app_admin_corner(const App *app);

/* Text from the bundle's ui table, or `fallback` when the bundle has none. */
const char *app_ui(const App *app, const char *key, const char *fallback);
/* Absolute path of a bundle-relative file (for images), into buf. */
const char *app_bundle_path(const App *app, const char *rel, char *buf, size_t len);
/* Absolute path of one of the app's own assets ("icons/back.svg"). */
const char *app_asset_path(const App *app, const char *rel, char *buf, size_t len);

#endif
