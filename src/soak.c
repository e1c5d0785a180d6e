#include "soak.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <SDL_keycode.h>

#include "screens/admin_pad.h"

/* ---- generator ------------------------------------------------------------ */

void soak_rng_seed(SoakRng *rng, uint64_t seed)
{
    rng->state = seed;
}

uint32_t soak_rng_next(SoakRng *rng)
{
    uint64_t z = (rng->state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return (uint32_t)((z ^ (z >> 31)) >> 32);
}

int soak_rng_range(SoakRng *rng, int lo, int hi)
{
    if (hi <= lo)
        return lo;
    return lo + (int)(soak_rng_next(rng) % (uint32_t)(hi - lo + 1));
}

float soak_rng_unit(SoakRng *rng)
{
    return (float)(soak_rng_next(rng) >> 8) / 16777216.0f;
}

static float between(SoakRng *rng, float lo, float hi)
{
    return lo + (hi - lo) * soak_rng_unit(rng);
}

const char *soak_kind_name(SoakKind kind)
{
    static const char *names[SOAK_KIND_COUNT] = {"tap",         "swipe", "drag", "long-press",
                                                 "corner-hold", "pin",   "key",  "language",
                                                 "idle"};
    return (unsigned)kind < SOAK_KIND_COUNT ? names[kind] : "?";
}

/* Keys a presenter, a clicker or a mischievous visitor might press. Plain
 * navigation is listed twice: it is what people press most. */
static const struct {
    int32_t code;
    uint16_t mods;
} soak_keys[] = {
    {SDLK_RIGHT, 0},    {SDLK_LEFT, 0},     {SDLK_RIGHT, 0},  {SDLK_LEFT, 0},
    {SDLK_PAGEDOWN, 0}, {SDLK_PAGEUP, 0},   {SDLK_SPACE, 0},  {SDLK_BACKSPACE, 0},
    {SDLK_n, 0},        {SDLK_p, 0},        {SDLK_RETURN, 0}, {SDLK_RETURN, 0},
    {SDLK_KP_ENTER, 0}, {SDLK_ESCAPE, 0},   {SDLK_ESCAPE, 0}, {SDLK_HOME, 0},
    {SDLK_F5, 0},       {SDLK_b, 0},        {SDLK_PERIOD, 0}, {SDLK_w, 0},
    {SDLK_f, 0},        {SDLK_F1, 0},       {SDLK_SLASH, KMOD_LSHIFT},
    {SDLK_1, 0},        {SDLK_2, 0},        {SDLK_4, 0},      {SDLK_9, 0},
    {SDLK_q, KMOD_LCTRL}, {SDLK_F4, KMOD_LALT}, {SDLK_w, KMOD_LCTRL},
    {SDLK_F11, 0},      {SDLK_F12, 0},      {SDLK_a, 0},      {SDLK_t, 0},
};

/* How often each kind comes up; the PIN pad mostly gets PINs. */
static SoakKind pick_kind(SoakRng *rng, const SoakView *v)
{
    int weights[SOAK_KIND_COUNT] = {30, 12, 8, 5, 2, 0, 16, 3, 10};
    if (v->screen == SCREEN_ADMIN)
        weights[SOAK_PIN] = 30;
    int total = 0;
    for (int k = 0; k < SOAK_KIND_COUNT; k++)
        total += weights[k];
    int r = soak_rng_range(rng, 0, total - 1);
    int k = 0;
    while (r >= weights[k])
        r -= weights[k++];
    return (SoakKind)k;
}

/* A tap point: anywhere, or where buttons, cards and Back tend to sit. */
static void tap_point(SoakRng *rng, const SoakView *v, float *x, float *y)
{
    float w = (float)v->w, h = (float)v->h, zone = soak_rng_unit(rng);
    if (zone < 0.25f) {
        *x = between(rng, 0, w - 1), *y = between(rng, 0, h - 1);
    } else if (zone < 0.40f) { /* top bar: Home, Compare with..., A day in the life */
        *x = between(rng, 0.4f * w, 0.98f * w), *y = between(rng, 0.03f * h, 0.14f * h);
    } else if (zone < 0.52f) { /* bottom band: page dots, tabs */
        *x = between(rng, 0.05f * w, 0.95f * w), *y = between(rng, 0.75f * h, 0.97f * h);
    } else if (zone < 0.66f) { /* bottom corners: the big buttons */
        *x = between(rng, 0.02f * w, 0.25f * w), *y = between(rng, 0.85f * h, 0.97f * h);
        if (soak_rng_unit(rng) < 0.5f)
            *x = w - *x;
    } else if (zone < 0.90f) { /* the middle: cards, answers, chips */
        *x = between(rng, 0.2f * w, 0.8f * w), *y = between(rng, 0.2f * h, 0.75f * h);
    } else { /* top left: Back */
        *x = between(rng, 0.01f * w, 0.12f * w), *y = between(rng, 0.02f * h, 0.14f * h);
    }
}

static void idle_gap(SoakRng *rng, SoakAction *a)
{
    float r = soak_rng_unit(rng);
    if (r < 0.6f)
        a->duration_ms = (uint32_t)soak_rng_range(rng, 1000, 8000);
    else if (r < 0.9f)
        a->duration_ms = (uint32_t)soak_rng_range(rng, 10000, 50000);
    else /* long enough for "Still there?" and the idle reset */
        a->duration_ms = (uint32_t)soak_rng_range(rng, 60000, 180000);
}

static void swipe_path(SoakRng *rng, const SoakView *v, SoakAction *a, float max_len)
{
    float w = (float)v->w, h = (float)v->h;
    bool vertical = soak_rng_unit(rng) < 0.25f;
    float len = between(rng, 0.1f, max_len) * (vertical ? h : w);
    float sign = soak_rng_unit(rng) < 0.5f ? -1.0f : 1.0f;
    a->x0 = between(rng, 0.1f * w, 0.9f * w);
    a->y0 = between(rng, 0.15f * h, 0.85f * h);
    if (!vertical && soak_rng_unit(rng) < 0.1f) { /* from the left edge: Back */
        a->x0 = between(rng, 0.0f, 0.02f * w);
        sign = 1.0f;
    }
    a->x1 = vertical ? a->x0 : a->x0 + sign * len;
    a->y1 = vertical ? a->y0 + sign * len : a->y0 + between(rng, -0.05f, 0.05f) * h;
}

SoakAction soak_next(SoakRng *rng, const SoakView *view)
{
    SoakAction a;
    memset(&a, 0, sizeof a);
    a.kind = pick_kind(rng, view);
    float w = (float)view->w, h = (float)view->h;
    switch (a.kind) {
    case SOAK_TAP:
        tap_point(rng, view, &a.x0, &a.y0);
        a.duration_ms = (uint32_t)soak_rng_range(rng, 30, 160);
        break;
    case SOAK_SWIPE:
        swipe_path(rng, view, &a, 0.6f);
        a.duration_ms = (uint32_t)soak_rng_range(rng, 60, 260);
        break;
    case SOAK_DRAG:
        swipe_path(rng, view, &a, 0.5f);
        a.duration_ms = (uint32_t)soak_rng_range(rng, 300, 2000);
        a.turn_back = soak_rng_unit(rng) < 0.5f;
        break;
    case SOAK_LONG_PRESS:
        tap_point(rng, view, &a.x0, &a.y0);
        a.duration_ms = (uint32_t)soak_rng_range(rng, 500, 2500);
        break;
    case SOAK_CORNER_HOLD:
        a.x0 = between(rng, 0.004f * w, 0.03f * w);
        a.y0 = between(rng, 0.004f * h, 0.05f * h);
        a.duration_ms = (uint32_t)soak_rng_range(rng, 3100, 4000);
        a.x1 = soak_rng_unit(rng) < 0.2f ? a.x0 + 0.2f * w : a.x0; /* drifting cancels */
        break;
    case SOAK_PIN:
        a.right_pin = soak_rng_unit(rng) < 0.3f;
        a.digits = soak_rng_range(rng, 3, 7);
        break;
    case SOAK_KEY: {
        int i = soak_rng_range(rng, 0, (int)(sizeof soak_keys / sizeof soak_keys[0]) - 1);
        a.keycode = soak_keys[i].code;
        a.mods = soak_keys[i].mods;
        break;
    }
    case SOAK_LANG:
        a.x0 = between(rng, 0.82f * w, 0.98f * w);
        a.y0 = between(rng, 0.01f * h, 0.12f * h);
        a.duration_ms = (uint32_t)soak_rng_range(rng, 40, 120);
        break;
    case SOAK_IDLE:
    default:
        idle_gap(rng, &a);
        break;
    }
    return a;
}

/* ---- invariants ------------------------------------------------------------ */

typedef struct {
    char *why;
    size_t len;
    bool ok;
} Check;

static bool fail(Check *c, const char *fmt, ...)
{
    if (c->ok) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(c->why, c->len, fmt, ap);
        va_end(ap);
    }
    c->ok = false;
    return false;
}

static bool index_ok(Check *c, const char *what, int v, int lo, int hi)
{
    return (v >= lo && v < hi) || fail(c, "%s = %d, outside [%d, %d)", what, v, lo, hi);
}

static bool finite_ok(Check *c, const char *what, float v)
{
    return isfinite(v) || fail(c, "%s is not finite", what);
}

static void check_tween(Check *c, const char *what, const Tween *t)
{
    if (!isfinite(t->from) || !isfinite(t->to))
        fail(c, "%s tween is not finite", what);
}

static void check_spring(Check *c, const char *what, const Spring *s)
{
    if (!isfinite(s->pos) || !isfinite(s->vel) || !isfinite(s->target))
        fail(c, "%s spring is not finite", what);
}

static void check_scroll(Check *c, const char *what, const Scroll *s)
{
    if (!isfinite(s->offset) || !isfinite(s->velocity) || !isfinite(s->content))
        fail(c, "%s scroll is not finite", what);
}

static void check_nav(Check *c, const char *what, const NavTarget *t, int careers)
{
    char name[48];
    snprintf(name, sizeof name, "%s.screen", what);
    index_ok(c, name, (int)t->screen, 0, SCREEN_COUNT);
    snprintf(name, sizeof name, "%s.career", what);
    index_ok(c, name, t->career, -1, careers);
    snprintf(name, sizeof name, "%s.other", what);
    index_ok(c, name, t->other, -1, careers);
}

static void check_home(Check *c, const App *app, int careers)
{
    const HomeState *hs = &app->home;
    index_ok(c, "home.focused", hs->focused, 0, careers);
    index_ok(c, "home.open", hs->open, -1, careers);
    finite_ok(c, "home.position", hs->position);
    /* Laps are folded away after each settle, so the position stays small. */
    if (fabsf(hs->position) > 4.0f * (float)careers + 4.0f)
        fail(c, "home.position = %g has run away", (double)hs->position);
    check_spring(c, "home.snap", &hs->snap);
    check_tween(c, "home.expand", &hs->expand);
}

static void check_detail(Check *c, const App *app, int careers)
{
    const DetailState *d = &app->detail;
    index_ok(c, "detail.career", d->career, 0, careers);
    index_ok(c, "detail.section", d->section, 0, DETAIL_SECTION_COUNT);
    finite_ok(c, "detail.position", d->position);
    check_spring(c, "detail.pager", &d->pager);
    for (int i = 0; i < DETAIL_SECTION_COUNT; i++)
        check_scroll(c, "detail.scroll", &d->scroll[i]);
}

static void check_compare(Check *c, const App *app, int careers)
{
    const CompareState *cs = &app->compare;
    index_ok(c, "compare.role[0]", cs->role[0], -1, careers);
    index_ok(c, "compare.role[1]", cs->role[1], -1, careers);
    if (cs->phase == COMPARE_VIEW && (cs->role[0] < 0 || cs->role[1] < 0))
        fail(c, "compare shows a comparison with a role unpicked");
    index_ok(c, "compare.page", cs->page, 0, COMPARE_PAGES);
    index_ok(c, "compare.chooser", cs->chooser, -1, 2);
    index_ok(c, "compare.pair_count", cs->pair_count, 0, COMPARE_MAX_PAIRS + 1);
    finite_ok(c, "compare.position", cs->position);
    check_spring(c, "compare.snap", &cs->snap);
    check_tween(c, "compare.chooser_anim", &cs->chooser_anim);
}

static void check_day(Check *c, const App *app, int careers)
{
    const DayState *d = &app->day;
    index_ok(c, "day.lane_count", d->plan.lane_count, 1, DAYPLAN_MAX_LANES + 1);
    for (int i = 0; i < d->plan.lane_count && i < DAYPLAN_MAX_LANES; i++)
        index_ok(c, "day.lane.career", d->plan.lanes[i].career, 0, careers);
    index_ok(c, "day.stop", d->stop, 0, d->plan.stop_count + 1);
    index_ok(c, "day.leaving", d->leaving, -1, d->plan.stop_count + 1);
    finite_ok(c, "day.drag_dx", d->drag_dx);
    check_tween(c, "day.change", &d->change);
    check_tween(c, "day.snap", &d->snap);
    for (int i = 0; i < DAYPLAN_MAX_LANES; i++)
        check_tween(c, "day.marker", &d->markers[i]);
}

static void check_quiz(Check *c, const App *app)
{
    const QuizState *q = &app->quiz;
    const Quiz *quiz = &app->content->quiz;
    int questions = (int)quiz->question_count;
    index_ok(c, "quiz.page", q->page, 0, questions + 1);
    for (int i = 0; i < questions && i < QUIZ_MAX_QUESTIONS; i++)
        index_ok(c, "quiz.answer", q->answers[i], QUIZ_SCORE_NONE,
                 (int)quiz->questions[i].answer_count);
    check_tween(c, "quiz.change", &q->change);
}

static void check_attract(Check *c, const App *app)
{
    const AttractState *a = &app->attract;
    index_ok(c, "attract.figure_count", a->figure_count, 0, ATTRACT_MAX_FIGURES + 1);
    if (a->figure_count > 0)
        index_ok(c, "attract.figure", a->figure, 0, a->figure_count);
}

/* The kiosk policy and the screen must tell the same story. */
static void check_kiosk(Check *c, const App *app)
{
    if (!app->kiosk_mode) {
        if (app->screen == SCREEN_ATTRACT || app->still_there)
            fail(c, "the attract loop or 'Still there?' outside kiosk mode");
        return;
    }
    const KioskState *k = &app->kiosk;
    index_ok(c, "kiosk.phase", (int)k->phase, KIOSK_ATTRACT, KIOSK_WARNING + 1);
    if (app->still_there != (k->phase == KIOSK_WARNING))
        fail(c, "'Still there?' showing = %d but the kiosk phase is %d", app->still_there,
             (int)k->phase);
    /* Input may have asked for a screen the next tick shows. */
    ScreenId shown = app->nav_pending ? app->nav_next.screen : app->screen;
    if ((shown == SCREEN_ATTRACT) != (k->phase == KIOSK_ATTRACT))
        fail(c, "screen %s while the kiosk phase is %d", app_screen_name(shown), (int)k->phase);
    /* Nobody is here: the next visitor starts in the kiosk's own language
     * and readability options, whatever the last one chose. */
    if (k->phase == KIOSK_ATTRACT &&
        (app->lang != app->start_lang || !access_equal(&app->access, &app->start_access)))
        fail(c, "the attract loop kept the last visitor's language or readability options");
    if (k->last_input_ms > app->now_ms)
        fail(c, "kiosk input stamped in the future");
    if (app->cover != COVER_NONE || app->help_visible)
        fail(c, "a presenter overlay in kiosk mode");
    if (app->quit_requested && !(app->screen == SCREEN_ADMIN && app->admin.unlocked))
        fail(c, "kiosk asked to quit outside the unlocked admin panel");
}

bool soak_check_app(const App *app, char *why, size_t why_len)
{
    Check c = {why, why_len, true};
    if (!app->content || app->content->career_count == 0)
        return fail(&c, "no content");
    int careers = (int)app->content->career_count;
    if (!index_ok(&c, "screen", (int)app->screen, 0, SCREEN_COUNT))
        return false;
    index_ok(&c, "history_len", app->history_len, 0, NAV_HISTORY + 1);
    for (int i = 0; i < app->history_len && i < NAV_HISTORY; i++)
        check_nav(&c, "history", &app->history[i], careers);
    check_nav(&c, "nav", &app->nav, careers);
    index_ok(&c, "lang", (int)app->lang, 0, LANG_COUNT);
    check_home(&c, app, careers);
    switch (app->screen) {
    case SCREEN_DETAIL: check_detail(&c, app, careers); break;
    case SCREEN_COMPARE: check_compare(&c, app, careers); break;
    case SCREEN_DAY: check_day(&c, app, careers); break;
    case SCREEN_QUIZ: check_quiz(&c, app); break;
    case SCREEN_ATTRACT: check_attract(&c, app); break;
    default: break;
    }
    check_kiosk(&c, app);
    return c.ok;
}

/* ---- player ---------------------------------------------------------------- */

void soak_init(Soak *s, App *app, uint64_t seed)
{
    memset(s, 0, sizeof *s);
    s->app = app;
    soak_rng_seed(&s->rng, seed);
    s->last_now_ms = app->now_ms;
    s->last_screen = app->screen;
    s->last_lang = app->lang;
    s->last_phase = app->kiosk.phase;
    s->counts.visits[app->screen]++;
}

static void check(Soak *s)
{
    if (s->failed)
        return;
    char why[200];
    if (s->app->now_ms < s->last_now_ms)
        snprintf(why, sizeof why, "the clock went backwards");
    else if (soak_check_app(s->app, why, sizeof why))
        return;
    s->failed = true;
    snprintf(s->violation, sizeof s->violation, "at %.1f s, on %s: %s",
             (double)s->app->now_ms / 1000.0, app_screen_name(s->app->screen), why);
}

/* What the edge would do with a request: the soak notes it and carries on
 * (a quit would end the run; reload swaps content when the edge can). */
static void take_requests(Soak *s)
{
    App *app = s->app;
    check(s); /* a kiosk quit outside the admin panel is a violation */
    if (app->quit_requested) {
        app->quit_requested = false;
        s->counts.quits++;
    }
    if (app->reload_requested) {
        app->reload_requested = false;
        s->counts.reloads++;
        if (s->on_reload)
            s->on_reload(s->user, app);
    }
    app->screenshot_requested = false;
    app->fullscreen_toggle_requested = false;
}

static void tick(Soak *s, uint64_t t)
{
    App *app = s->app;
    app_tick(app, t);
    s->counts.ticks++;
    take_requests(s);
    bool changed = app->screen != s->last_screen;
    if (changed) {
        s->counts.screen_changes++;
        s->counts.visits[app->screen]++;
        s->last_screen = app->screen;
    }
    if (app->lang != s->last_lang) {
        s->counts.lang_changes++;
        s->last_lang = app->lang;
    }
    if (app->kiosk_mode && app->kiosk.phase == KIOSK_ATTRACT && s->last_phase != KIOSK_ATTRACT)
        s->counts.idle_resets++;
    s->last_phase = app->kiosk.phase;
    if (s->on_frame)
        s->on_frame(s->user, app, changed);
    app->dirty = false; /* drawn, or skipped on purpose by the edge */
    check(s);
    s->last_now_ms = app->now_ms;
}

/* Moves the clock `ms` forward like the real loop: a frame at a time while
 * something moves, else straight to the next timer. */
static void advance(Soak *s, uint32_t ms)
{
    App *app = s->app;
    uint64_t end = app->now_ms + ms;
    while (!s->failed && app->now_ms < end) {
        uint64_t next = app->now_ms + SOAK_FRAME_MS;
        if (!app_needs_frame(app)) {
            uint64_t wake = app_next_wakeup(app);
            if (!wake)
                next = end;
            else if (wake > app->now_ms)
                next = wake;
        }
        tick(s, next < end ? next : end);
    }
}

static void pointer(Soak *s, PointerPhase phase, float x, float y)
{
    PointerEvent ev = {phase, 1, x, y, s->app->now_ms};
    app_pointer(s->app, &ev);
    s->counts.events++;
    take_requests(s);
}

/* A finger along a path over `ms`, one sample a frame; `turn_back` returns
 * half way before lifting. */
static void stroke(Soak *s, const SoakAction *a, bool turn_back)
{
    pointer(s, POINTER_DOWN, a->x0, a->y0);
    uint32_t ms = a->duration_ms > SOAK_FRAME_MS ? a->duration_ms : SOAK_FRAME_MS;
    float x = a->x0, y = a->y0;
    for (uint32_t t = SOAK_FRAME_MS; t <= ms && !s->failed; t += SOAK_FRAME_MS) {
        advance(s, SOAK_FRAME_MS);
        float k = (float)t / (float)ms;
        if (turn_back)
            k = k < 0.6f ? k / 0.6f : 1.0f - 0.5f * (k - 0.6f) / 0.4f;
        x = a->x0 + (a->x1 - a->x0) * k;
        y = a->y0 + (a->y1 - a->y0) * k;
        pointer(s, POINTER_MOVE, x, y);
    }
    pointer(s, POINTER_UP, x, y);
}

static void press(Soak *s, float x, float y, uint32_t hold_ms)
{
    pointer(s, POINTER_DOWN, x, y);
    advance(s, hold_ms);
    pointer(s, POINTER_UP, x, y);
}

static void press_pad_key(Soak *s, AdminKey key)
{
    Rect r = admin_pad_key_rect(s->app, key);
    press(s, r.x + r.w * 0.5f, r.y + r.h * 0.5f, 60);
    advance(s, 150);
}

/* Digits then OK on the PIN pad (a tap elsewhere when the pad is not up). */
static void enter_pin(Soak *s, const SoakAction *a)
{
    App *app = s->app;
    if (app->screen != SCREEN_ADMIN || app->admin.unlocked || !s->right_pin ||
        admin_pad_key_rect(app, ADMIN_KEY_OK).w <= 0) {
        press(s, (float)app->layout.w * 0.5f, (float)app->layout.h * 0.5f, 80);
        return;
    }
    char pin[16];
    if (a->right_pin)
        snprintf(pin, sizeof pin, "%s", s->right_pin);
    else /* wrong: a prefix of the right one (which has no 9) and a 9 */
        snprintf(pin, sizeof pin, "%.*s9", a->digits > 1 ? a->digits - 1 : 0, s->right_pin);
    press_pad_key(s, ADMIN_KEY_CLEAR);
    for (const char *p = pin; *p && !s->failed; p++)
        press_pad_key(s, (AdminKey)(ADMIN_KEY_0 + (*p - '0')));
    bool locked = !admin_pad_key_enabled(app, ADMIN_KEY_OK);
    press_pad_key(s, ADMIN_KEY_OK);
    advance(s, SOAK_FRAME_MS);
    if (app->screen == SCREEN_ADMIN && app->admin.unlocked)
        s->counts.pins_right++;
    else if (!locked)
        s->counts.pins_wrong++;
}

static void key(Soak *s, const SoakAction *a)
{
    if (s->app->kiosk_mode && !kiosk_key_allowed(a->keycode, a->mods)) {
        s->counts.keys_blocked++; /* the edge drops it, as runner.c does */
        return;
    }
    app_key(s->app, keys_action(a->keycode, a->mods));
    s->counts.events++;
    take_requests(s);
}

bool soak_play(Soak *s, const SoakAction *a)
{
    s->counts.actions[a->kind < SOAK_KIND_COUNT ? a->kind : SOAK_TAP]++;
    switch (a->kind) {
    case SOAK_TAP:
    case SOAK_LANG:
    case SOAK_LONG_PRESS: press(s, a->x0, a->y0, a->duration_ms); break;
    case SOAK_SWIPE: stroke(s, a, false); break;
    case SOAK_DRAG: stroke(s, a, a->turn_back); break;
    case SOAK_CORNER_HOLD: {
        SoakAction hold = *a;
        hold.y1 = hold.y0;
        stroke(s, &hold, false);
        break;
    }
    case SOAK_PIN: enter_pin(s, a); break;
    case SOAK_KEY: key(s, a); break;
    case SOAK_IDLE:
    default: advance(s, a->duration_ms); break;
    }
    /* A beat between actions, as a person has. */
    if (a->kind != SOAK_IDLE)
        advance(s, (uint32_t)soak_rng_range(&s->rng, 50, 600));
    return !s->failed;
}

bool soak_step(Soak *s)
{
    SoakView v = {s->app->layout.w, s->app->layout.h, s->app->screen, s->app->kiosk_mode};
    SoakAction a = soak_next(&s->rng, &v);
    return soak_play(s, &a);
}

bool soak_run_until(Soak *s, uint64_t until_ms)
{
    while (!s->failed && s->app->now_ms < until_ms)
        soak_step(s);
    return !s->failed;
}
