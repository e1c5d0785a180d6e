#include "screens/tour_view.h"

#include <math.h>
#include <stdio.h>

#include "app.h"
#include "ease.h"
#include "screens/widgets.h"

enum { INTRO_DELAY_MS = 60, INTRO_STAGGER_MS = 70, INTRO_MS = 420 };

static TourViewState *state(App *app)
{
    return &app->tour;
}

bool tour_view_running(const App *app)
{
    return tour_running(&app->tour.tour);
}

/* ---- stepping ------------------------------------------------------------ */

static NavTarget stop_target(const Tour *t)
{
    const TourStop *s = tour_current(t);
    switch (s->show) {
    case TOUR_SHOW_CARD: return nav_target(SCREEN_DETAIL, s->career, -1, 0);
    case TOUR_SHOW_COMPARE: return nav_target(SCREEN_COMPARE, s->career, s->other, s->dimension);
    case TOUR_SHOW_DAY: return nav_target(SCREEN_DAY, s->career, -1, 0);
    case TOUR_SHOW_INTRO: break;
    }
    return nav_target(SCREEN_TOUR, -1, -1, tour_position(t) - 1);
}

static void remember(TourViewState *tv, NavTarget t)
{
    tv->shown_screen = (int)t.screen;
    tv->shown_career = t.career;
    tv->shown_other = t.other;
}

static void show_current(App *app)
{
    NavTarget t = stop_target(&state(app)->tour);
    remember(state(app), t);
    app_navigate(app, t);
}

/* Carries out what the tour decided. */
static void apply_move(App *app, TourMove move)
{
    switch (move) {
    case TOUR_SHOW: show_current(app); break;
    case TOUR_END: app_home(app); break;
    case TOUR_LEAVE:
        if (app->screen == SCREEN_TOUR)
            app_home(app); /* the slide is the tour's: nothing to stay on */
        break;
    case TOUR_PASS:
    case TOUR_STAY: return; /* nothing to redraw: an idle tour stays idle */
    }
    app->dirty = true;
}

static uint32_t default_seconds(const App *app)
{
    return app->content ? (uint32_t)app->content->tour.seconds : 0u;
}

static bool begin(App *app, int seconds)
{
    TourViewState *tv = state(app);
    tour_init(&tv->tour, app->content);
    tv->pressed = TOUR_HIT_NONE;
    tv->tracking = tv->covered = false;
    return tour_start(&tv->tour, seconds < 0 ? default_seconds(app) : (uint32_t)seconds,
                      app->now_ms);
}

void tour_view_start(App *app, int seconds)
{
    if (begin(app, seconds))
        show_current(app);
}

void tour_view_stop(App *app)
{
    tour_stop(&state(app)->tour);
    state(app)->tracking = false;
    state(app)->pressed = TOUR_HIT_NONE;
    app->dirty = true;
}

/* On a day stop, Next and Prev (or the timer) walk the day's scenes
 * before the tour moves on, so the day is told one scene at a time. True
 * when the day took the step. */
static bool day_scene_step(App *app, KeyAction action)
{
    const DayState *d = &app->day;
    if (app->screen != SCREEN_DAY || app->nav_pending)
        return false;
    bool forward = action == KEY_NEXT && d->stop < d->plan.stop_count - 1;
    bool back = action == KEY_PREV && d->stop > 0;
    if (!forward && !back)
        return false;
    day_screen.key(app, action);
    tour_touched(&state(app)->tour, app->now_ms); /* each scene gets the whole interval */
    return true;
}

bool tour_view_key(App *app, KeyAction action)
{
    if (tour_view_running(app) && day_scene_step(app, action))
        return true;
    TourMove move = tour_key(&state(app)->tour, action, app->now_ms);
    if (move == TOUR_PASS)
        return false;
    apply_move(app, move);
    return true;
}

static bool hidden(const App *app)
{
    return app->cover != COVER_NONE || app->help_visible;
}

void tour_view_tick(App *app)
{
    TourViewState *tv = state(app);
    if (!tour_view_running(app) || app->nav_pending)
        return;
    if (app->screen != (ScreenId)tv->shown_screen || app->nav.career != tv->shown_career ||
        app->nav.other != tv->shown_other) {
        tour_view_stop(app); /* someone else navigated: they have taken over */
        return;
    }
    if (hidden(app)) {
        tv->covered = true;
        return;
    }
    if (tv->covered) { /* back in view: the stop gets its whole interval */
        tv->covered = false;
        tour_touched(&tv->tour, app->now_ms);
    }
    uint64_t due = tour_next_wakeup(&tv->tour);
    if (due && app->now_ms >= due && day_scene_step(app, KEY_NEXT))
        return;
    apply_move(app, tour_poll(&tv->tour, app->now_ms));
}

uint64_t tour_view_next_wakeup(const App *app)
{
    return hidden(app) ? 0 : tour_next_wakeup(&app->tour.tour);
}

/* ---- the indicator --------------------------------------------------------- */

static const char *tour_word(const App *app)
{
    return app_ui(app, "tour", "Tour");
}

/* The exit part: a square touch target at the pill's left end. */
static float exit_width(const App *app)
{
    return widget_target_size(app);
}

/* "3 / 8" */
static void count_label(const App *app, int position, char *buf, size_t len)
{
    snprintf(buf, len, "%d / %d", position, tour_count(&app->tour.tour));
}

/* As wide as the screens' Back button (240 units) unless the words need
 * more: it must not reach a title centred in the top bar (portrait). The
 * widest count sets the width, so the pill keeps its size as the tour
 * moves on. */
Rect tour_view_indicator_rect(const App *app)
{
    const Layout *l = &app->layout;
    float s = l->s, target = widget_target_size(app);
    char count[32];
    count_label(app, tour_count(&app->tour.tour), count, sizeof count);
    float text = fmaxf(widget_text_width(app, count, TYPE_BODY, WEIGHT_BOLD),
                       widget_text_width(app, tour_word(app), TYPE_CAPTION, WEIGHT_BOLD));
    float w = exit_width(app) + text + roundf(44.0f * s);
    return rect_make(l->safe.x, l->safe.y, fmaxf(w, roundf(240.0f * s)), target);
}

Rect tour_view_exit_rect(const App *app)
{
    Rect r = tour_view_indicator_rect(app);
    r.w = exit_width(app);
    return r;
}

static TourHit hit_at(const App *app, float x, float y)
{
    if (!tour_view_running(app) || !rect_contains(tour_view_indicator_rect(app), x, y))
        return TOUR_HIT_NONE;
    return rect_contains(tour_view_exit_rect(app), x, y) ? TOUR_HIT_EXIT : TOUR_HIT_NEXT;
}

static void press(App *app, TourHit hit)
{
    if (hit == TOUR_HIT_EXIT) {
        bool on_slide = app->screen == SCREEN_TOUR;
        tour_view_stop(app);
        if (on_slide)
            app_home(app);
    } else if (hit == TOUR_HIT_NEXT) {
        apply_move(app, tour_next(&state(app)->tour, app->now_ms));
    }
}

bool tour_view_pointer(App *app, const PointerEvent *ev)
{
    TourViewState *tv = state(app);
    if (ev->phase == POINTER_DOWN) {
        tv->pressed = hit_at(app, ev->x, ev->y);
        tv->tracking = tv->pressed != TOUR_HIT_NONE;
        if (tv->tracking)
            app->dirty = true;
        else
            tour_touched(&tv->tour, app->now_ms); /* exploring: the timer waits */
        return tv->tracking;
    }
    if (!tv->tracking)
        return false;
    if (ev->phase == POINTER_UP || ev->phase == POINTER_CANCEL) {
        TourHit hit = ev->phase == POINTER_UP ? hit_at(app, ev->x, ev->y) : TOUR_HIT_NONE;
        TourHit was = tv->pressed;
        tv->tracking = false;
        tv->pressed = TOUR_HIT_NONE;
        app->dirty = true;
        if (hit == was)
            press(app, hit);
    }
    return true;
}

/* An opaque version of the secondary button's glass, so the Back button
 * under the pill does not show through. */
static Color pill_fill(const App *app, bool pressed)
{
    Color c = color_mix(app->theme.bg_top, app->theme.text_on_bg, 0.16f);
    return pressed ? color_darken(c, 0.18f) : c;
}

void tour_view_draw(App *app, DrawList *dl)
{
    if (!tour_view_running(app))
        return;
    const TourViewState *tv = state(app);
    float s = app->layout.s;
    Rect r = tour_view_indicator_rect(app), x = tour_view_exit_rect(app);
    float radius = r.h * 0.5f;
    drawlist_rect(dl, r, radius, pill_fill(app, false), pill_fill(app, false));
    if (tv->pressed != TOUR_HIT_NONE) {
        Rect part = tv->pressed == TOUR_HIT_EXIT ? x
                                                 : rect_make(x.x + x.w, r.y, r.w - x.w, r.h);
        drawlist_rect(dl, part, radius, pill_fill(app, true), pill_fill(app, true));
    }
    char path[1024];
    float icon = roundf(36.0f * s);
    drawlist_image(dl, rect_make(x.x + roundf(30.0f * s), r.y + (r.h - icon) * 0.5f, icon, icon),
                   app_asset_path(app, "icons/close.svg", path, sizeof path),
                   app->theme.text_on_bg, 0.0f);
    Color rule = color_with_alpha(app->theme.text_on_bg, 0x40);
    drawlist_rect(dl, rect_make(x.x + x.w - 1.0f * s, r.y + roundf(24.0f * s), fmaxf(1.0f, 2.0f * s),
                                r.h - roundf(48.0f * s)), 0.0f, rule, rule);

    /* Two lines, the word over the count, then the progress bar. */
    char count[32];
    count_label(app, tour_position(&tv->tour), count, sizeof count);
    TextStyle word_st = layout_text_style(&app->layout, TYPE_CAPTION, WEIGHT_BOLD);
    TextStyle count_st = layout_text_style(&app->layout, TYPE_BODY, WEIGHT_BOLD);
    const TextMeasurer *m = app->measurer;
    float word_h = roundf(m->line_height(m->user, &word_st) * 0.9f);
    float count_h = m->line_height(m->user, &count_st);
    float left = x.x + x.w + roundf(18.0f * s), right = r.x + r.w - roundf(36.0f * s);
    float bar_h = fmaxf(2.0f, roundf(6.0f * s)), bar_gap = roundf(2.0f * s);
    /* Large text leaves no room for the word: the count and bar stay. */
    if (word_h + count_h + bar_gap + bar_h > r.h - roundf(12.0f * s))
        word_h = 0.0f;
    float top = roundf(r.y + (r.h - word_h - count_h - bar_gap - bar_h) * 0.5f);
    if (word_h > 0.0f)
        drawlist_text(dl, rect_make(left, top, right - left, word_h), &word_st,
                      app->theme.text_muted_on_bg, ALIGN_LEFT, 1, tour_word(app));
    drawlist_text(dl, rect_make(left, top + word_h, right - left, count_h), &count_st,
                  app->theme.text_on_bg, ALIGN_LEFT, 1, count);
    Rect track = rect_make(left, top + word_h + count_h + bar_gap, right - left, bar_h);
    Color track_c = color_with_alpha(app->theme.text_on_bg, 0x38);
    drawlist_rect(dl, track, bar_h * 0.5f, track_c, track_c);
    int n = tour_count(&tv->tour);
    Rect fill = track;
    fill.w = fmaxf(bar_h, roundf(track.w * (float)tour_position(&tv->tour) / (float)(n ? n : 1)));
    drawlist_rect(dl, fill, bar_h * 0.5f, app->theme.accent, app->theme.accent);
}

/* ---- the intro slide (SCREEN_TOUR) -------------------------------------------- */

static const TourStop *intro_stop(const App *app)
{
    const TourStop *s = tour_current(&app->tour.tour);
    return s && s->show == TOUR_SHOW_INTRO ? s : NULL;
}

static void intro_enter(App *app)
{
    TourViewState *tv = state(app);
    tv->entered_ms = app->now_ms;
    app->dirty = true;
    /* Reached by Back after the tour ended: the slide starts it again. */
    if (!tour_view_running(app) && begin(app, -1))
        remember(tv, app->nav);
}

static float entrance(const App *app, int item)
{
    if (app_reduced_motion(app))
        return 1.0f; /* the router's crossfade is the entrance */
    uint64_t start = tween_stagger_start(app->tour.entered_ms + INTRO_DELAY_MS, item,
                                         INTRO_STAGGER_MS);
    Tween t = tween_make(0.0f, 1.0f, start, INTRO_MS, EASE_OUT_CUBIC);
    return tween_value(&t, app->now_ms);
}

static bool intro_update(App *app)
{
    return !app_reduced_motion(app) &&
           app->now_ms <
           app->tour.entered_ms + INTRO_DELAY_MS + 3u * INTRO_STAGGER_MS + INTRO_MS;
}

static void intro_gesture(App *app, const Gesture *g)
{
    if (!tour_view_running(app))
        return;
    bool swipe = g->kind == GESTURE_SWIPE || g->kind == GESTURE_DRAG_END;
    if (g->kind == GESTURE_TAP || (swipe && g->dx < 0.0f))
        apply_move(app, tour_next(&state(app)->tour, app->now_ms));
    else if (swipe && g->dx > 0.0f)
        apply_move(app, tour_prev(&state(app)->tour, app->now_ms));
}

/* Keys reach the slide only when no tour runs (tour_view_key takes them
 * first): the way out is home. */
static void intro_key(App *app, KeyAction action)
{
    if (action == KEY_BACK || action == KEY_HOME)
        app_home(app);
}

enum { CHIP_ROWS_LANDSCAPE = 2, CHIP_ROWS_PORTRAIT = 5 };

typedef struct {
    float chip_h, gap, pad, dot;
} ChipMetrics;

static ChipMetrics chip_metrics(const App *app)
{
    float s = app->layout.s;
    ChipMetrics m = {roundf(72.0f * s), roundf(20.0f * s), roundf(28.0f * s), roundf(18.0f * s)};
    return m;
}

static float chip_width(const App *app, const ChipMetrics *m, const char *name, float max_w)
{
    float w = m->pad * 2.0f + m->dot + roundf(14.0f * app->layout.s) +
              widget_text_width(app, name, TYPE_BODY, WEIGHT_BOLD);
    return fminf(w, max_w);
}

/* One career as a chip in its colour; returns its width. */
static float card_chip(App *app, DrawList *dl, const ChipMetrics *m, size_t index, float x, float y,
                       float max_w)
{
    const Career *career = &app->content->careers[index];
    const char *name = ltext_get(&career->name, app->lang);
    float w = chip_width(app, m, name, max_w);
    Color fill = theme_role_fill(&app->theme, color_rgb(career->color));
    Rect r = rect_make(x, y, w, m->chip_h);
    drawlist_rect(dl, r, m->chip_h * 0.5f, color_lighten(fill, 0.08f), fill);
    Color white = color_rgb(0xFFFFFF);
    Rect dot = rect_make(x + m->pad, y + (m->chip_h - m->dot) * 0.5f, m->dot, m->dot);
    drawlist_rect(dl, dot, m->dot * 0.5f, color_with_alpha(white, 0xCC), color_with_alpha(white, 0xCC));
    TextStyle st = layout_text_style(&app->layout, TYPE_BODY, WEIGHT_BOLD);
    float lh = app->measurer->line_height(app->measurer->user, &st);
    float tx = dot.x + m->dot + roundf(14.0f * app->layout.s);
    drawlist_text(dl, rect_make(tx, y + (m->chip_h - lh) * 0.5f, x + w - m->pad - tx, lh), &st,
                  white, ALIGN_LEFT, 1, name);
    return w;
}

/* Lays the careers out as rows of chips centred in `width`; returns how
 * many rows they take (at most `max_rows`: careers that do not fit are
 * left out) and, with `dl`, draws them from `top`. */
static int chip_rows(App *app, DrawList *dl, float cx, float top, float width, int max_rows)
{
    const Content *c = app->content;
    ChipMetrics m = chip_metrics(app);
    int rows = 0;
    size_t i = 0;
    while (i < c->career_count && rows < max_rows) {
        size_t first = i;
        float row_w = 0.0f;
        for (; i < c->career_count; i++) {
            float w = chip_width(app, &m, ltext_get(&c->careers[i].name, app->lang), width);
            float next = row_w + (i > first ? m.gap : 0.0f) + w;
            if (i > first && next > width)
                break;
            row_w = next;
        }
        if (dl) {
            float x = roundf(cx - row_w * 0.5f), y = top + (float)rows * (m.chip_h + m.gap);
            for (size_t k = first; k < i; k++)
                x += m.gap + card_chip(app, dl, &m, k, x, y, width);
        }
        rows++;
    }
    return rows;
}

/* The slide's words: the stop's own, else the bundle's title and subtitle. */
static void intro_texts(const App *app, const char **title, const char **line)
{
    const TourStop *stop = intro_stop(app);
    *title = ltext_get(stop ? stop->title : &app->content->title, app->lang);
    *line = ltext_get(stop ? stop->line : &app->content->subtitle, app->lang);
}

static void intro_draw(App *app, DrawList *dl)
{
    const Layout *l = &app->layout;
    float s = l->s;
    widget_background(app, dl);
    const char *title, *line;
    intro_texts(app, &title, &line);
    const char *eyebrow = app_ui(app, "guided_tour", "Guided tour");
    const char *hint = app_ui(app, "tour_hint", "Tap or press \xE2\x86\x92 to continue");

    float width = fminf(l->safe.w, roundf(1500.0f * s)), cx = l->safe.x + l->safe.w * 0.5f;
    float x = roundf(cx - width * 0.5f);
    float top_limit = l->safe.y + widget_target_size(app) + roundf(32.0f * s);
    TextStyle cap = layout_text_style(l, TYPE_CAPTION, WEIGHT_REGULAR);
    float cap_h = app->measurer->line_height(app->measurer->user, &cap);
    float bottom_limit = l->safe.y + l->safe.h - cap_h - roundf(32.0f * s);

    TypeRole title_role = widget_fit_role(app, title, TYPE_DISPLAY, WEIGHT_BOLD, width, 2);
    TypeRole line_role = widget_fit_role(app, line, TYPE_H2, WEIGHT_REGULAR, width, 2);
    float eyebrow_h = widget_text_height(app, TYPE_BODY, WEIGHT_BOLD, eyebrow, width, 1, NULL);
    float title_h = widget_text_height(app, title_role, WEIGHT_BOLD, title, width, 2, NULL);
    float line_h = *line ? widget_text_height(app, line_role, WEIGHT_REGULAR, line, width, 2, NULL)
                         : 0.0f;
    ChipMetrics m = chip_metrics(app);
    int max_rows = l->portrait ? CHIP_ROWS_PORTRAIT : CHIP_ROWS_LANDSCAPE;
    int rows = chip_rows(app, NULL, cx, 0.0f, width, max_rows);
    float chips_h = rows > 0 ? (float)rows * m.chip_h + (float)(rows - 1) * m.gap : 0.0f;
    float gap = roundf(24.0f * s), big_gap = roundf(72.0f * s);
    float total = eyebrow_h + gap + title_h + (line_h > 0.0f ? gap + line_h : 0.0f) +
                  (rows > 0 ? big_gap + chips_h : 0.0f);
    float y = roundf(fmaxf(top_limit, top_limit + (bottom_limit - top_limit - total) * 0.5f));

    float lift = roundf(40.0f * s);
    float t = entrance(app, 0);
    dl->alpha = t;
    y += widget_text(app, dl, rect_make(x, y + (1.0f - t) * lift, width, 0), TYPE_BODY, WEIGHT_BOLD,
                     app->theme.accent, ALIGN_CENTER, 1, eyebrow) + gap;
    t = entrance(app, 1);
    dl->alpha = t;
    y += widget_text(app, dl, rect_make(x, y + (1.0f - t) * lift, width, 0), title_role, WEIGHT_BOLD,
                     app->theme.text_on_bg, ALIGN_CENTER, 2, title);
    if (line_h > 0.0f) {
        t = entrance(app, 2);
        dl->alpha = t;
        y += gap;
        y += widget_text(app, dl, rect_make(x, y + (1.0f - t) * lift, width, 0), line_role,
                         WEIGHT_REGULAR, app->theme.text_muted_on_bg, ALIGN_CENTER, 2, line);
    }
    if (rows > 0) {
        t = entrance(app, 3);
        dl->alpha = t;
        chip_rows(app, dl, cx, y + big_gap + (1.0f - t) * lift, width, max_rows);
    }
    dl->alpha = entrance(app, 3);
    drawlist_text(dl, rect_make(l->safe.x, l->safe.y + l->safe.h - cap_h, l->safe.w, cap_h), &cap,
                  app->theme.text_muted_on_bg, ALIGN_CENTER, 1, hint);
    dl->alpha = 1.0f;
}

const ScreenOps tour_view_screen = {
    .name = "tour",
    .enter = intro_enter,
    .gesture = intro_gesture,
    .key = intro_key,
    .update = intro_update,
    .draw = intro_draw,
};
