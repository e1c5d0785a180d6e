#include "app.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "screens/help.h"

static const ScreenOps *const screen_table[SCREEN_COUNT] = {
    [SCREEN_HOME] = &home_screen,     [SCREEN_DETAIL] = &detail_screen,
    [SCREEN_COMPARE] = &compare_screen, [SCREEN_DAY] = &day_screen,
    [SCREEN_QUIZ] = &quiz_screen,     [SCREEN_ATTRACT] = &attract_screen,
    [SCREEN_ADMIN] = &admin_screen,   [SCREEN_TOUR] = &tour_view_screen,
};

static const ScreenOps *current(const App *app)
{
    return screen_table[app->screen];
}

void app_init(App *app, const Content *content, const TextMeasurer *measurer, int w, int h,
              uint64_t now_ms)
{
    memset(app, 0, sizeof *app);
    app->content = content;
    app->measurer = measurer;
    app->lang = LANG_EN;
    app->theme = theme_kiosk();
    app->base_theme = app->theme;
    app->layout = layout_make(w, h);
    app->now_ms = now_ms;
    app->crossfade_ms = now_ms;
    app->crossfade_plain = true; /* the first frame: no screen before it */
    GestureConfig config = gesture_default_config();
    gesture_init(&app->gesture, &config, app->layout.s);
    app->screen = SCREEN_HOME;
    app->nav = nav_target(SCREEN_HOME, -1, -1, 0);
    app->nav_from = app->nav;
    current(app)->enter(app);
}

const char *app_screen_name(ScreenId screen)
{
    return (unsigned)screen < SCREEN_COUNT ? screen_table[screen]->name : "?";
}

NavTarget nav_target(ScreenId screen, int career, int other, int section)
{
    NavTarget t = {screen, career, other, section};
    return t;
}

void app_navigate(App *app, NavTarget target)
{
    if ((unsigned)target.screen >= SCREEN_COUNT)
        return;
    app->nav_next = target;
    app->nav_next_is_back = false;
    app->nav_pending = true;
    app->dirty = true;
}

NavTarget app_previous(const App *app)
{
    return app->history_len > 0 ? app->history[app->history_len - 1]
                                : nav_target(SCREEN_HOME, -1, -1, 0);
}

void app_back(App *app)
{
    app->nav_next = app_previous(app);
    app->nav_next_is_back = true;
    app->nav_pending = true;
    app->dirty = true;
}

void app_home(App *app)
{
    app->history_len = 0;
    app->nav_next = nav_target(SCREEN_HOME, -1, -1, 0);
    app->nav_next_is_back = true;
    app->nav_pending = true;
    app->dirty = true;
}

/* Switches screens between ticks, never from inside a handler, so a screen
 * never sees input after it has left. */
static void apply_navigation(App *app)
{
    if (!app->nav_pending)
        return;
    app->nav_pending = false;
    if (app->nav_next_is_back) {
        if (app->history_len > 0)
            app->history_len--;
    } else if (app->history_len < NAV_HISTORY) {
        app->history[app->history_len++] = app->nav;
    } else { /* full: forget the oldest */
        memmove(app->history, app->history + 1, sizeof app->history[0] * (NAV_HISTORY - 1));
        app->history[NAV_HISTORY - 1] = app->nav;
    }
    app->nav_from = app->nav;
    app->nav_was_back = app->nav_next_is_back;
    app->screen = app->nav_next.screen;
    app->nav = app->nav_next;
    app->crossfade_ms = app->now_ms;
    app->crossfade_plain = false;
    app->crossfade_held = false;
    gesture_reset(&app->gesture);
    current(app)->enter(app);
    app->dirty = true;
}

void app_resize(App *app, int w, int h)
{
    if (w == app->layout.w && h == app->layout.h)
        return;
    app->layout = layout_make(w, h);
    layout_set_text_scale(&app->layout, access_text_scale(&app->access));
    gesture_set_scale(&app->gesture, app->layout.s);
    app->dirty = true;
}

void app_set_access(App *app, AccessOptions access)
{
    bool hc = theme_is_high_contrast(&app->theme);
    if (access.high_contrast && !hc)
        app->theme = theme_high_contrast();
    else if (!access.high_contrast && hc)
        app->theme = app->base_theme;
    app->access = access;
    layout_set_text_scale(&app->layout, access_text_scale(&access));
    app->dirty = true;
}

void app_set_start(App *app, Lang lang, AccessOptions access)
{
    app->start_lang = lang;
    app->lang = lang;
    app->start_access = access;
    app_set_access(app, access);
}

void app_set_theme(App *app, Theme theme)
{
    app->theme = theme;
    bool hc = theme_is_high_contrast(&theme);
    if (!hc)
        app->base_theme = theme;
    app->access.high_contrast = hc;
    app->start_access.high_contrast = hc;
    app->dirty = true;
}

bool app_reduced_motion(const App *app)
{
    return app->access.reduced_motion;
}

/* Reduced motion: 0..1 through the short crossfade that replaces every
 * screen's slide or growth on a screen change (1 = none running). */
static float crossfade_of(const App *app)
{
    if (!app->access.reduced_motion || app->now_ms >= app->crossfade_ms + ACCESS_CROSSFADE_MS)
        return 1.0f;
    return (float)(app->now_ms - app->crossfade_ms) / (float)ACCESS_CROSSFADE_MS;
}

static void dispatch_gestures(App *app, const Gesture *gestures, size_t count)
{
    for (size_t i = 0; i < count && !app->nav_pending; i++)
        current(app)->gesture(app, &gestures[i]);
}

/* ---- kiosk policy glue ----------------------------------------------------- */

void app_event(App *app, EventKind kind, const char *arg1, const char *arg2)
{
    if (app->on_event)
        app->on_event(app->event_user, kind, arg1, arg2);
}

void app_enable_kiosk(App *app, const KioskConfig *config)
{
    app->kiosk_mode = true;
    app->cover = COVER_NONE; /* no presenter extras in a kiosk */
    app->help_visible = false;
    app->fullscreen_toggle_requested = false;
    kiosk_init(&app->kiosk, config, app->now_ms);
    app->history_len = 0;
    app->nav_next = nav_target(SCREEN_ATTRACT, -1, -1, 0);
    app->nav_next_is_back = true;
    app->nav_pending = true;
    apply_navigation(app);
}

Rect app_admin_corner(const App *app)
{
    float side = layout_px(&app->layout, 120.0f);
    return rect_make(0, 0, side, side);
}

/* The admin gesture: a finger held still in the top-left corner. Any move
 * beyond the tap slop, or lifting it, cancels. */
static void track_corner(App *app, const PointerEvent *ev)
{
    if (app->screen == SCREEN_ADMIN)
        return;
    if (ev->phase == POINTER_DOWN) {
        app->corner_holding = rect_contains(app_admin_corner(app), ev->x, ev->y);
        app->corner_down_ms = app->now_ms;
    } else if (ev->phase != POINTER_MOVE || !rect_contains(app_admin_corner(app), ev->x, ev->y)) {
        app->corner_holding = false;
    }
}

/* Lets the kiosk policy see input first. Returns true when the input was
 * only a wake-up (it started a session or dismissed "Still there?"). */
static bool kiosk_consumes_input(App *app)
{
    if (!app->kiosk_mode)
        return false;
    switch (kiosk_input(&app->kiosk, app->now_ms)) {
    case KIOSK_START_SESSION:
        app_event(app, EVENT_SESSION_START, NULL, NULL);
        app_home(app);
        return true;
    case KIOSK_HIDE_WARNING:
        app->still_there = false;
        app->dirty = true;
        return true;
    default:
        return false;
    }
}

static void tick_kiosk(App *app)
{
    if (!app->kiosk_mode)
        return;
    char length[24];
    if (app->still_there)
        app->dirty = true; /* the countdown changes every second */
    switch (kiosk_tick(&app->kiosk, app->now_ms)) {
    case KIOSK_SHOW_WARNING:
        app->still_there = true;
        app->dirty = true;
        break;
    case KIOSK_END_SESSION:
        snprintf(length, sizeof length, "%llu",
                 (unsigned long long)kiosk_session_length(&app->kiosk, app->now_ms));
        app_event(app, EVENT_SESSION_END, length, NULL);
        app->still_there = false;
        app->lang = app->start_lang; /* the last visitor's language choice is theirs */
        app_set_access(app, app->start_access); /* ... and so are their options */
        app->history_len = 0;
        app->nav_next = nav_target(SCREEN_ATTRACT, -1, -1, 0);
        app->nav_next_is_back = true;
        app->nav_pending = true;
        break;
    default:
        break;
    }
}

void app_replace_content(App *app, const Content *content)
{
    tour_view_stop(app); /* its stops point into the old content */
    app->content = content;
    app->history_len = 0;
    app->nav = nav_target(SCREEN_HOME, -1, -1, 0);
    app->nav_next = nav_target(app->kiosk_mode && app->kiosk.phase == KIOSK_ATTRACT
                                   ? SCREEN_ATTRACT : SCREEN_HOME, -1, -1, 0);
    app->nav_next_is_back = false;
    app->nav_pending = true;
    /* A reload is not a visitor event: re-entering a screen logs nothing. */
    AppEventFn sink = app->on_event;
    app->on_event = NULL;
    apply_navigation(app);
    app->on_event = sink;
    app->history_len = 0; /* nothing to go back to in the old content */
    app->crossfade_plain = true; /* the old screen's images may be gone with its bundle */
}

/* ---- presenter extras ------------------------------------------------------ */

/* 1..9 jump to careers, but on the admin screen they type the PIN. */
static bool is_presenter_key(const App *app, KeyAction action)
{
    return action == KEY_BLACKOUT || action == KEY_WHITEOUT || action == KEY_FULLSCREEN ||
           action == KEY_HELP || action == KEY_TOUR ||
           (keys_career_number(action) > 0 && app->screen != SCREEN_ADMIN);
}

/* Clears the black/white screen and the keys overlay; true when one showed. */
static bool dismiss_overlays(App *app)
{
    if (app->cover == COVER_NONE && !app->help_visible)
        return false;
    app->cover = COVER_NONE;
    app->help_visible = false;
    app->dirty = true;
    return true;
}

static void toggle_cover(App *app, AppCover cover)
{
    app->cover = app->cover == cover ? COVER_NONE : cover;
    app->dirty = true;
}

static void jump_to_career(App *app, int number)
{
    int index = number - 1;
    if (!app->content || (size_t)index >= app->content->career_count)
        return;
    if (app->screen == SCREEN_DETAIL && app->nav.career == index)
        return; /* already there: pressing it again does not stack history */
    app_navigate(app, nav_target(SCREEN_DETAIL, index, -1, 0));
}

/* Handles a presenter key (never in kiosk mode: kiosk_key_allowed drops
 * them at the edge, and this is the second line). Returns true when the key
 * was one of them. */
static bool presenter_key(App *app, KeyAction action)
{
    if (!is_presenter_key(app, action))
        return false;
    if (app->kiosk_mode)
        return true; /* swallowed: screens never see presenter keys */
    switch (action) {
    case KEY_BLACKOUT: toggle_cover(app, COVER_BLACK); break;
    case KEY_WHITEOUT: toggle_cover(app, COVER_WHITE); break;
    case KEY_HELP:
        app->help_visible = !app->help_visible;
        app->dirty = true;
        break;
    case KEY_FULLSCREEN: app->fullscreen_toggle_requested = true; break;
    case KEY_TOUR: tour_view_start(app, -1); break;
    default: jump_to_career(app, keys_career_number(action)); break;
    }
    return true;
}

/* ---- input and time ------------------------------------------------------- */

void app_pointer(App *app, const PointerEvent *event)
{
    apply_navigation(app); /* input goes to the screen the visitor will see */
    track_corner(app, event);
    if (event->phase == POINTER_DOWN && kiosk_consumes_input(app)) {
        app->swallow_pointer = true;
        gesture_reset(&app->gesture);
        return;
    }
    if (app->swallow_pointer) { /* the rest of the waking touch */
        if (event->phase == POINTER_UP || event->phase == POINTER_CANCEL)
            app->swallow_pointer = false;
        return;
    }
    if (event->phase == POINTER_DOWN && dismiss_overlays(app)) {
        app->swallow_pointer = true; /* a touch clears the cover; it presses nothing */
        gesture_reset(&app->gesture);
        return;
    }
    if (app->kiosk_mode)
        kiosk_input(&app->kiosk, app->now_ms); /* any touch keeps the session alive */
    if (tour_view_pointer(app, event))
        return; /* the tour indicator's touch */
    Gesture out[GESTURE_MAX_OUT];
    size_t n = gesture_feed(&app->gesture, event, out, sizeof out / sizeof out[0]);
    dispatch_gestures(app, out, n);
}

void app_key(App *app, KeyAction action)
{
    apply_navigation(app);
    if (action != KEY_NONE && kiosk_consumes_input(app))
        return;
    /* While a black/white screen or the keys overlay shows, a key only
     * clears it (so its own key toggles it off), like a presentation tool:
     * a clicker press never moves a slide on unseen. B or W for the other
     * colour (or over the keys overlay) switches straight to it. Quit and
     * F12 act as usual. */
    if (action != KEY_NONE && action != KEY_QUIT && action != KEY_SCREENSHOT) {
        bool recolour = (action == KEY_BLACKOUT && app->cover != COVER_BLACK) ||
                        (action == KEY_WHITEOUT && app->cover != COVER_WHITE);
        if (recolour)
            app->help_visible = false; /* presenter_key below sets the cover */
        else if (dismiss_overlays(app))
            return;
    }
    if (presenter_key(app, action) || tour_view_key(app, action))
        return;
    switch (action) {
    case KEY_NONE:
        return;
    case KEY_QUIT:
        if (!app->kiosk_mode) /* nothing a visitor does quits a kiosk */
            app->quit_requested = true;
        return;
    case KEY_SCREENSHOT:
        app->screenshot_requested = true;
        return;
    case KEY_HOME:
        if (app->screen != SCREEN_HOME) {
            app_home(app);
            return;
        }
        current(app)->key(app, action);
        return;
    default:
        current(app)->key(app, action);
    }
}

void app_tick(App *app, uint64_t now_ms)
{
    if (now_ms > app->now_ms)
        app->now_ms = now_ms;
    apply_navigation(app);
    tick_kiosk(app);
    if (app->corner_holding && app->now_ms >= app->corner_down_ms + APP_ADMIN_HOLD_MS) {
        app->corner_holding = false;
        gesture_reset(&app->gesture); /* the hold must not also act as a press */
        app->swallow_pointer = true;
        app_navigate(app, nav_target(SCREEN_ADMIN, -1, -1, 0));
    }
    apply_navigation(app);
    tour_view_tick(app);
    Gesture out[GESTURE_MAX_OUT];
    size_t n = gesture_tick(&app->gesture, app->now_ms, out, sizeof out / sizeof out[0]);
    dispatch_gestures(app, out, n);
    app->animating = current(app)->update(app);
    if (app->nav_pending) { /* the update finished a transition: enter at once */
        apply_navigation(app);
        app->animating = current(app)->update(app);
    }
    app->animating |= crossfade_of(app) < 1.0f;
    if (app->animating)
        app->dirty = true;
}

bool app_animating(const App *app)
{
    return app->animating;
}

bool app_needs_frame(const App *app)
{
    return app->animating || app->dirty || app->nav_pending;
}

/* The earlier of two deadlines, where 0 means "none". */
static uint64_t earliest(uint64_t a, uint64_t b)
{
    if (!a || !b)
        return a ? a : b;
    return a < b ? a : b;
}

uint64_t app_next_wakeup(const App *app)
{
    uint64_t screen = current(app)->next_wakeup ? current(app)->next_wakeup(app) : 0;
    uint64_t next = earliest(gesture_next_deadline(&app->gesture), screen);
    if (app->corner_holding)
        next = earliest(next, app->corner_down_ms + APP_ADMIN_HOLD_MS);
    if (app->kiosk_mode)
        next = earliest(next, kiosk_next_deadline(&app->kiosk));
    next = earliest(next, tour_view_next_wakeup(app)); /* 0 unless a timed tour runs */
    if (app->still_there) /* the countdown shows whole seconds */
        next = earliest(next, (app->now_ms / 1000 + 1) * 1000);
    return next;
}

void app_draw(App *app, DrawList *dl)
{
    float fade = crossfade_of(app);
    if (fade >= 1.0f || app->crossfade_plain) {
        drawlist_release_held(dl);
    } else if (!app->crossfade_held) { /* the frame still in `dl` is the old screen */
        drawlist_hold(dl);
        app->crossfade_held = true;
    }
    drawlist_begin(dl, app->layout.w, app->layout.h);
    current(app)->draw(app, dl);
    if (fade < 1.0f && dl->held_count) { /* a crossfade: the old screen fades out over it */
        drawlist_append_held(dl, 1.0f - fade);
    } else if (fade < 1.0f) { /* nothing held (the first frame, a reload): from the background */
        Color c = color_with_alpha(app->theme.bg_bottom, (uint8_t)lroundf(255.0f * (1.0f - fade)));
        drawlist_rect(dl, app->layout.screen, 0.0f, c, c);
    }
    tour_view_draw(app, dl);
    if (app->still_there)
        attract_draw_still_there(app, dl);
    if (app->help_visible && !app->kiosk_mode)
        help_draw(app, dl);
    if (app->cover != COVER_NONE && !app->kiosk_mode) {
        Color c = app->cover == COVER_WHITE ? color_rgb(0xFFFFFF) : color_rgb(0x000000);
        drawlist_rect(dl, app->layout.screen, 0.0f, c, c);
    }
    app->dirty = false;
}

static void note_ui_miss(UiMisses *m, const char *key)
{
    for (int i = 0; i < m->count && i < UI_MISS_NAMES; i++)
        if (strncmp(m->names[i], key, sizeof m->names[i] - 1) == 0)
            return;
    if (m->count < UI_MISS_NAMES)
        snprintf(m->names[m->count], sizeof m->names[m->count], "%s", key);
    m->count++;
}

const char *app_ui(const App *app, const char *key, const char *fallback)
{
    const char *s = content_ui(app->content, key, app->lang);
    if (s && *s)
        return s;
    if (app->ui_misses && key)
        note_ui_miss(app->ui_misses, key);
    return fallback;
}

static const char *join(const char *dir, const char *rel, char *buf, size_t len)
{
    if (!rel || !*rel) {
        buf[0] = '\0';
        return buf;
    }
    snprintf(buf, len, "%s/%s", dir && *dir ? dir : ".", rel);
    return buf;
}

const char *app_bundle_path(const App *app, const char *rel, char *buf, size_t len)
{
    return join(app->content->bundle_dir, rel, buf, len);
}

const char *app_asset_path(const App *app, const char *rel, char *buf, size_t len)
{
    return join(app->assets_dir ? app->assets_dir : "assets", rel, buf, len);
}
