/* attract: the kiosk's attract loop and the "Still there?" overlay.
 *
 * Cheap by construction, because it runs all day: one frame every
 * ATTRACT_FRAME_MS (see attract.h), motion by translation and alpha only
 * (text is cached by exact string and SVGs by exact pixel size, so nothing
 * is re-rasterised while things move), and positions snapped to whole
 * pixels. Every moving thing is a pure function of the frame time, so the
 * state holds only which figure and scene show and since when. */
#include "screens/attract.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "ease.h"
#include "screens/card.h"
#include "screens/scene.h"
#include "screens/widgets.h"

enum {
    FADE_OUT_MS = 320,       /* the old figure or scene fades away... */
    FADE_IN_MS = 560,        /* ...then the new one moves into place */
    PULSE_MS = 2600,         /* one breath of the prompt's glow */
    STILL_THERE_DOTS = 40,   /* dots around the countdown ring */
};

/* Career cards drift this many design units a second: a card's width in
 * about half a minute, slow enough to read while it moves. */
#define DRIFT_UNITS_PER_S 20.0

#define MIDDOT " \xC2\xB7 "
#define TAU 6.2831853f

/* ---- layout -------------------------------------------------------------- */

/* Value, two label lines and a source line at the reference sizes. */
#define FIGURE_H 288.0f

static void layout_portrait(AttractLayout *L, const Layout *l, float top, float bottom)
{
    float s = l->s, gap = roundf(48.0f * s), caption_h = layout_line_px(l, TYPE_CAPTION);
    Rect safe = l->safe;
    L->figure = rect_make(safe.x, top, safe.w, roundf(FIGURE_H * s));
    L->figure_align = ALIGN_CENTER;
    L->card_h = roundf(724.0f * s);
    L->cards = rect_make(0.0f, L->figure.y + L->figure.h + gap, (float)l->w, L->card_h);
    float cy = L->cards.y + L->card_h + gap;
    L->scene_caption = rect_make(safe.x, cy, safe.w, caption_h);
    float sy = cy + caption_h + roundf(16.0f * s);
    L->scene = rect_make(safe.x, sy, safe.w, bottom - sy);
}

/* The figure and the scene share a panel on the left, full height; the
 * cards drift out from under it across the rest, the prompt below them. */
static void layout_landscape(AttractLayout *L, const Layout *l, float prompt_h)
{
    float s = l->s, caption_h = layout_line_px(l, TYPE_CAPTION), gap = roundf(32.0f * s);
    Rect safe = l->safe;
    float col_w = roundf(fminf(safe.w * 0.44f, 820.0f * s));
    L->panel = rect_make(0.0f, 0.0f, roundf(2.0f * safe.x + col_w), (float)l->h);
    L->figure = rect_make(safe.x, safe.y, col_w, roundf(FIGURE_H * s));
    L->figure_align = ALIGN_LEFT;
    float cy = L->figure.y + L->figure.h + roundf(28.0f * s);
    L->scene_caption = rect_make(safe.x, cy, col_w, caption_h);
    float sy = cy + caption_h + roundf(12.0f * s);
    L->scene = rect_make(safe.x, sy, col_w, safe.y + safe.h - sy);
    float right = L->panel.w, bottom = safe.y + safe.h;
    L->prompt_row =
        rect_make(right + gap, bottom - prompt_h, safe.x + safe.w - right - gap, prompt_h);
    float top = safe.y, stage_bottom = L->prompt_row.y - gap;
    L->card_h = roundf(fminf(stage_bottom - top, 724.0f * s));
    L->cards = rect_make(right, roundf(top + (stage_bottom - top - L->card_h) * 0.5f),
                         (float)l->w - right, L->card_h);
}

AttractLayout attract_layout(const Layout *l)
{
    AttractLayout L;
    memset(&L, 0, sizeof L);
    float s = l->s, prompt_h = roundf(112.0f * s);
    Rect safe = l->safe;
    L.card_w = roundf(600.0f * s);
    L.card_gap = roundf(48.0f * s);
    if (l->portrait) {
        L.prompt_row = rect_make(safe.x, safe.y + safe.h - prompt_h, safe.w, prompt_h);
        layout_portrait(&L, l, safe.y, L.prompt_row.y - roundf(32.0f * s));
    } else {
        layout_landscape(&L, l, prompt_h);
    }
    return L;
}

/* ---- time ---------------------------------------------------------------- */

/* The current frame's start: the clock every motion is computed from (the
 * injected clock rounded down to a frame since the loop began). */
static uint64_t attract_frame_ms(const App *app)
{
    uint64_t entered = app->attract.entered_ms;
    uint64_t now = app->now_ms > entered ? app->now_ms : entered;
    return now - (now - entered) % ATTRACT_FRAME_MS;
}

/* Milliseconds into the loop, folded into one period (keeps floats small
 * over days of uptime). */
static uint64_t phase_ms(const App *app, uint64_t t, uint64_t period)
{
    return period ? (t - app->attract.entered_ms) % period : 0;
}

/* A change at `changed_ms`: how far the old one has faded out (0..1) and the
 * new one has come in (0..1, eased). Without an old one the new one comes
 * in at once. */
typedef struct {
    float out, in;
} Fade;

static Fade fade_at(uint64_t changed_ms, bool had_old, uint64_t t)
{
    Fade f = {1.0f, 1.0f};
    uint64_t since = t > changed_ms ? t - changed_ms : 0;
    uint64_t in_start = had_old ? FADE_OUT_MS : 0;
    if (had_old && since < FADE_OUT_MS)
        f.out = (float)since / (float)FADE_OUT_MS;
    if (since < in_start + FADE_IN_MS)
        f.in = since < in_start ? 0.0f : (float)(since - in_start) / (float)FADE_IN_MS;
    f.in = ease_apply(EASE_OUT_CUBIC, f.in);
    return f;
}

/* ---- the loop's state ----------------------------------------------------- */

static int career_count(const App *app)
{
    return (int)app->content->career_count;
}

/* The next career after `after` (cyclic) that has a day, or -1. */
static int next_day_career(const App *app, int after)
{
    int n = career_count(app);
    for (int i = 1; i <= n; i++) {
        int c = ((after + i) % n + n) % n;
        if (app->content->careers[c].day_count > 0)
            return c;
    }
    return -1;
}

static void advance_figure(App *app, uint64_t t)
{
    AttractState *a = &app->attract;
    a->figure_prev = a->figure;
    a->figure = (a->figure + 1) % a->figure_count;
    a->figure_changed_ms = t;
}

static void advance_scene(App *app, uint64_t t)
{
    AttractState *a = &app->attract;
    a->scene_prev_career = a->scene_career;
    a->scene_prev_step = a->scene_step;
    if (++a->scene_step >= (int)app->content->careers[a->scene_career].day_count) {
        a->scene_career = next_day_career(app, a->scene_career);
        a->scene_step = 0;
    }
    a->scene_changed_ms = t;
}

static void attract_enter(App *app)
{
    AttractState *a = &app->attract;
    memset(a, 0, sizeof *a);
    a->entered_ms = app->now_ms;
    a->figure_count = attract_figures_list(app->content, a->figures, ATTRACT_MAX_FIGURES);
    a->figure_prev = -1;
    a->figure_changed_ms = app->now_ms;
    a->figure_timer = autoplay_make(ATTRACT_FIGURE_MS);
    autoplay_play(&a->figure_timer, app->now_ms);
    a->scene_career = next_day_career(app, -1);
    a->scene_prev_career = -1;
    a->scene_changed_ms = app->now_ms;
    /* The bundle's pace for a day step; the walkthrough uses it too. */
    int secs = app->content->day_autoplay_seconds > 0 ? app->content->day_autoplay_seconds : 6;
    a->scene_timer = autoplay_make((uint32_t)secs * 1000u);
    autoplay_play(&a->scene_timer, app->now_ms);
    app->dirty = true;
    app_event(app, EVENT_ATTRACT, NULL, NULL);
}

/* In kiosk mode app.c turns every touch and key into a fresh session
 * before it gets here; anywhere else, a tap or a key simply goes home. */
static void attract_gesture(App *app, const Gesture *g)
{
    if (g->kind == GESTURE_TAP)
        app_home(app);
}

static void attract_key(App *app, KeyAction action)
{
    if (action == KEY_BACK || action == KEY_ACTIVATE || action == KEY_HOME)
        app_home(app);
}

/* Nothing here needs every vsync: a new frame is due every
 * ATTRACT_FRAME_MS, and next_wakeup() says when (see attract.h). */
static bool attract_update(App *app)
{
    AttractState *a = &app->attract;
    uint64_t t = attract_frame_ms(app);
    uint64_t frame = (t - a->entered_ms) / ATTRACT_FRAME_MS;
    if (frame == a->frame)
        return false;
    a->frame = frame;
    if (a->figure_count > 1 && autoplay_poll(&a->figure_timer, t))
        advance_figure(app, t);
    if (a->scene_career >= 0 && autoplay_poll(&a->scene_timer, t))
        advance_scene(app, t);
    app->dirty = true;
    return false;
}

static uint64_t attract_next_wakeup(const App *app)
{
    const AttractState *a = &app->attract;
    return a->entered_ms + (a->frame + 1) * ATTRACT_FRAME_MS;
}

/* ---- drawing: the big figure ---------------------------------------------- */

/* The landscape panel: a shade lighter than the background. */
static Color panel_color(const App *app, float t)
{
    return color_lighten(color_mix(app->theme.bg_top, app->theme.bg_bottom, t), 0.05f);
}

/* What text in the figure and caption sits on: the panel (landscape) or
 * the background (portrait) at height y. */
static Color background_at(const App *app, float y)
{
    float t = y / (float)app->layout.h;
    if (!app->layout.portrait)
        return panel_color(app, t);
    return color_mix(app->theme.bg_top, app->theme.bg_bottom, t);
}

/* The role's colour, made bright enough to read as large text on the
 * dark background. */
static Color role_ink(const App *app, int career, float y)
{
    Color role = color_rgb(app->content->careers[career].color);
    return color_readable_on(color_lighten(role, 0.2f), background_at(app, y),
                             app->theme.min_text_contrast);
}

/* Type for a figure: the biggest that fits the box whole. */
typedef struct {
    TypeRole value, label;
    int label_lines;
    float value_h, label_h, source_h, height;
} FigureFit;

static float figure_gap(const App *app, int i)
{
    static const float gaps[] = {4.0f, 20.0f};
    return roundf(gaps[i] * app->layout.s);
}

static FigureFit fit_figure(const App *app, const AttractFigure *f, const char *source, float w,
                            float h)
{
    static const TypeRole values[] = {TYPE_DISPLAY, TYPE_H1, TYPE_H2};
    static const TypeRole labels[] = {TYPE_H2, TYPE_BODY, TYPE_CAPTION};
    FigureFit fit = {TYPE_H2, TYPE_CAPTION, 3, 0, 0, 0, 0};
    bool ok = false;
    for (int i = 0; i < 3 && !ok; i++) {
        fit.value = values[i];
        fit.value_h = widget_text_height(app, fit.value, WEIGHT_BOLD, f->value, w, 1, &ok);
    }
    fit.source_h = widget_text_height(app, TYPE_CAPTION, WEIGHT_REGULAR, source, w, 2, NULL);
    for (int i = 0; i < 3; i++) {
        fit.label = labels[i];
        fit.label_lines = i == 0 ? 2 : 3;
        fit.label_h = widget_text_height(app, fit.label, WEIGHT_REGULAR, f->label, w,
                                         fit.label_lines, &ok);
        fit.height = fit.value_h + figure_gap(app, 0) + fit.label_h +
                     (*source ? figure_gap(app, 1) + fit.source_h : 0.0f);
        if (ok && fit.height <= h)
            break;
    }
    return fit;
}

/* How far a new figure drifts down into place as it fades in. It comes
 * from above so that it never crowds the scene under it; at most it
 * reaches into the top margin. */
static float figure_drop(const App *app)
{
    if (app_reduced_motion(app))
        return 0.0f; /* it only fades in */
    return roundf(24.0f * app->layout.s);
}

/* One figure in its box, centred vertically, moved by `dy`. */
static void draw_one_figure(App *app, DrawList *dl, const AttractLayout *L,
                            const AttractFigure *f, float dy)
{
    float s = app->layout.s, bar = roundf(8.0f * s);
    Rect box = L->figure;
    bool left = L->figure_align == ALIGN_LEFT;
    if (left) { /* a bar in the role's colour ties the figure to its card */
        box.x += bar + roundf(32.0f * s);
        box.w -= bar + roundf(32.0f * s);
    }
    char source[256];
    const char *src = widget_source_text(app, f->source, source, sizeof source);
    src = src ? src : "";
    FigureFit fit = fit_figure(app, f, src, box.w, box.h);
    float y = roundf(box.y + (box.h - fit.height) * 0.5f + dy);
    if (left) {
        Color c = role_ink(app, f->career, y);
        drawlist_rect(dl, rect_make(L->figure.x, y, bar, fit.height), bar * 0.5f, c, c);
    }
    y += widget_text(app, dl, rect_make(box.x, y, box.w, 0), fit.value, WEIGHT_BOLD,
                     role_ink(app, f->career, y), L->figure_align, 1, f->value);
    y += figure_gap(app, 0);
    y += widget_text(app, dl, rect_make(box.x, y, box.w, 0), fit.label, WEIGHT_REGULAR,
                     app->theme.text_on_bg, L->figure_align, fit.label_lines, f->label);
    if (*src)
        widget_text(app, dl, rect_make(box.x, y + figure_gap(app, 1), box.w, 0), TYPE_CAPTION,
                    WEIGHT_REGULAR, app->theme.text_muted_on_bg, L->figure_align, 2, src);
}

/* A bundle without a single figure still greets people: its title. */
static void draw_title_instead(App *app, DrawList *dl, const AttractLayout *L)
{
    const char *title = ltext_get(&app->content->title, app->lang);
    const char *sub = ltext_get(&app->content->subtitle, app->lang);
    Rect box = L->figure;
    float th = widget_text_height(app, TYPE_H1, WEIGHT_BOLD, title, box.w, 2, NULL);
    float sh = widget_text_height(app, TYPE_BODY, WEIGHT_REGULAR, sub, box.w, 2, NULL);
    float gap = *sub ? figure_gap(app, 1) : 0.0f;
    float y = roundf(box.y + (box.h - th - gap - sh) * 0.5f);
    y += widget_text(app, dl, rect_make(box.x, y, box.w, 0), TYPE_H1, WEIGHT_BOLD,
                     app->theme.text_on_bg, L->figure_align, 2, title);
    widget_text(app, dl, rect_make(box.x, y + gap, box.w, 0), TYPE_BODY, WEIGHT_REGULAR,
                app->theme.text_muted_on_bg, L->figure_align, 2, sub);
}

static void draw_figure(App *app, DrawList *dl, const AttractLayout *L, uint64_t t)
{
    const AttractState *a = &app->attract;
    if (a->figure_count == 0) {
        draw_title_instead(app, dl, L);
        return;
    }
    Fade fade = fade_at(a->figure_changed_ms, a->figure_prev >= 0, t);
    float saved = dl->alpha;
    AttractFigure f;
    if (a->figure_prev >= 0 && fade.out < 1.0f &&
        attract_figures_text(app->content, app->lang, a->figures[a->figure_prev], &f)) {
        dl->alpha = saved * (1.0f - fade.out); /* the old one fades where it is */
        draw_one_figure(app, dl, L, &f, 0.0f);
    } else if (attract_figures_text(app->content, app->lang, a->figures[a->figure], &f)) {
        dl->alpha = saved * fade.in;
        draw_one_figure(app, dl, L, &f, -roundf((1.0f - fade.in) * figure_drop(app)));
    }
    dl->alpha = saved;
}

/* ---- drawing: the drifting cards ------------------------------------------ */

static float card_pitch(const AttractLayout *L)
{
    return L->card_w + L->card_gap;
}

/* Slots on the loop: a multiple of the career count, enough that a card
 * always leaves the window before it comes round again. */
static int card_slots(const App *app, const AttractLayout *L)
{
    int n = career_count(app);
    if (n <= 0)
        return 0;
    int need = (int)ceilf((L->cards.w + card_pitch(L)) / card_pitch(L));
    return n * ((need + n - 1) / n);
}

/* Left edge of the card in loop slot `slot` at the current frame. */
static float attract_card_x(const App *app, const AttractLayout *L, int slot)
{
    float pitch = card_pitch(L), loop = pitch * (float)card_slots(app, L);
    if (loop <= 0.0f)
        return L->cards.x;
    /* One lap takes `period` ms; fold the time into it first. */
    double units = (double)loop / (double)app->layout.s;
    uint64_t period = (uint64_t)llround(units * 1000.0 / DRIFT_UNITS_PER_S);
    float moved = loop * (float)phase_ms(app, attract_frame_ms(app), period) / (float)period;
    if (app_reduced_motion(app))
        moved = 0.0f; /* the cards stand still */
    /* Portrait starts with the first card centred; landscape with it well
     * clear of the panel. */
    float start = app->layout.portrait ? (L->cards.w - L->card_w) * 0.5f : 2.0f * L->card_gap;
    float u = fmodf((float)slot * pitch + pitch + start - moved, loop);
    u = u < 0.0f ? u + loop : u;
    return roundf(L->cards.x - pitch + u);
}

/* The cards, clipped to their window: portrait, the screen, which they
 * leave by either edge; landscape, the area right of the panel, under
 * whose edge they slide away. */
static void draw_cards(App *app, DrawList *dl, const AttractLayout *L)
{
    int slots = card_slots(app, L), n = career_count(app);
    float right = (float)app->layout.w;
    drawlist_clip_push(dl, rect_make(L->cards.x, 0.0f, right - L->cards.x, (float)app->layout.h));
    for (int k = 0; k < slots; k++) {
        Rect r = rect_make(attract_card_x(app, L, k), L->cards.y, L->card_w, L->card_h);
        if (r.x < right && r.x + r.w > L->cards.x)
            card_draw_compact(app, dl, k % n, r, 0.0f, false);
    }
    drawlist_clip_pop(dl);
}

/* The landscape panel the figure and the scene sit on; its shadow falls
 * on the cards passing under its edge. */
static void draw_panel(App *app, DrawList *dl, const AttractLayout *L)
{
    if (L->panel.w <= 0.0f)
        return;
    float s = app->layout.s;
    Rect edge = rect_make(L->panel.x - 40.0f * s, L->panel.y, L->panel.w + 40.0f * s, L->panel.h);
    drawlist_shadow(dl, edge, 0.0f, roundf(40.0f * s), app->theme.shadow);
    drawlist_rect(dl, L->panel, 0.0f, panel_color(app, 0.0f), panel_color(app, 1.0f));
}

/* ---- drawing: the day in the life ------------------------------------------ */

/* "A day in the life" over the card, and how far through the day it is. */
static void draw_scene_caption(App *app, DrawList *dl, const AttractLayout *L, int career,
                               float progress)
{
    float s = app->layout.s, track_w = roundf(200.0f * s), th = roundf(8.0f * s);
    Rect row = L->scene_caption;
    const Career *c = &app->content->careers[career];
    char text[256];
    snprintf(text, sizeof text, "%s" MIDDOT "%s", app_ui(app, "day_in_life", "A day in the life"),
             ltext_get(&c->name, app->lang));
    float text_w = row.w - track_w - roundf(32.0f * s);
    bool fits;
    widget_text_height(app, TYPE_CAPTION, WEIGHT_BOLD, text, text_w, 1, &fits);
    const char *shown = fits ? text : app_ui(app, "day_in_life", "A day in the life");
    widget_text(app, dl, rect_make(row.x, row.y, text_w, row.h), TYPE_CAPTION, WEIGHT_BOLD,
                app->theme.text_muted_on_bg, ALIGN_LEFT, 1, shown);
    Rect track =
        rect_make(row.x + row.w - track_w, roundf(row.y + (row.h - th) * 0.5f), track_w, th);
    Color bg = color_with_alpha(app->theme.text_on_bg, 0x2E);
    Color fill = color_readable_on(color_rgb(c->color), background_at(app, track.y), 3.0);
    drawlist_rect(dl, track, th * 0.5f, bg, bg);
    drawlist_rect(dl, rect_make(track.x, track.y, fmaxf(th, roundf(track_w * progress)), th),
                  th * 0.5f, fill, fill);
}

/* Covers `r` with what lies behind it (the panel or the background, the
 * same gradient) at `amount` opacity. A scene card fades as a whole this
 * way; alpha on each of its layers would show them through one another. */
static void draw_veil(App *app, DrawList *dl, Rect r, float amount)
{
    if (amount <= 0.0f)
        return;
    uint8_t a = (uint8_t)lroundf(255.0f * fminf(amount, 1.0f));
    drawlist_rect(dl, r, 0.0f, color_with_alpha(background_at(app, r.y), a),
                  color_with_alpha(background_at(app, r.y + r.h), a));
}

/* The card with its shadow, from the caption down, kept inside the panel
 * (landscape) or the screen. The caption is drawn again on top. */
static Rect scene_veil_rect(const App *app, const AttractLayout *L)
{
    float m = roundf(56.0f * app->layout.s);
    Rect bound = app->layout.portrait ? app->layout.screen : L->panel;
    float x0 = fmaxf(L->scene.x - m, bound.x);
    float x1 = fminf(L->scene.x + L->scene.w + m, bound.x + bound.w);
    float y1 = fminf(L->scene.y + L->scene.h + 2.0f * m, (float)app->layout.h);
    if (app->layout.portrait) /* the prompt below keeps its own glow */
        y1 = fminf(y1, L->prompt_row.y);
    return rect_make(x0, L->scene_caption.y, x1 - x0, y1 - L->scene_caption.y);
}

static void draw_scene(App *app, DrawList *dl, const AttractLayout *L, uint64_t t)
{
    AttractState *a = &app->attract;
    if (a->scene_career < 0 || L->scene.h <= 0.0f)
        return;
    bool had_old = a->scene_prev_career >= 0;
    Fade fade = fade_at(a->scene_changed_ms, had_old, t);
    /* Each step takes the roomiest arrangement it fits (scene.h): one
     * card at a time, so a change of look is part of the cross-fade. */
    Rect r = L->scene;
    if (had_old && fade.out < 1.0f) {
        scene_draw(app, dl, a->scene_prev_career, a->scene_prev_step, r, 0);
        draw_veil(app, dl, scene_veil_rect(app, L), fade.out);
    } else {
        r.y += roundf((1.0f - fade.in) * figure_drop(app));
        scene_draw(app, dl, a->scene_career, a->scene_step, r, 0);
        draw_veil(app, dl, scene_veil_rect(app, L), 1.0f - fade.in);
    }
    int steps = (int)app->content->careers[a->scene_career].day_count;
    float progress = (float)(a->scene_step + 1) / (float)steps;
    if (had_old && a->scene_prev_career == a->scene_career) /* the bar slides on */
        progress -= (1.0f - fade.in) / (float)steps;
    draw_scene_caption(app, dl, L, a->scene_career, progress);
}

/* ---- drawing: the prompt ------------------------------------------------- */

/* A pill as big as the type allows; H1, or H2 where H1 does not fit. */
static Rect prompt_pill(const App *app, const AttractLayout *L, const char *text, TypeRole *role)
{
    float s = app->layout.s, icon = roundf(64.0f * s), pad = roundf(56.0f * s);
    float gap = roundf(20.0f * s);
    *role = TYPE_H1;
    float tw = widget_text_width(app, text, TYPE_H1, WEIGHT_BOLD);
    if (tw + icon + gap + 2.0f * pad > L->prompt_row.w) {
        *role = TYPE_H2;
        tw = widget_text_width(app, text, TYPE_H2, WEIGHT_BOLD);
    }
    float w = fminf(tw + icon + gap + 2.0f * pad, L->prompt_row.w), h = L->prompt_row.h;
    return rect_make(roundf(L->prompt_row.x + (L->prompt_row.w - w) * 0.5f), L->prompt_row.y, w, h);
}

/* A slow breath: a glow that swells and a soft ring that spreads out from
 * the pill and fades, once every PULSE_MS. */
static void draw_pulse(App *app, DrawList *dl, Rect pill, uint64_t t)
{
    float s = app->layout.s;
    float phase = (float)phase_ms(app, t, PULSE_MS) / (float)PULSE_MS;
    float breath = 0.5f - 0.5f * cosf(phase * TAU);
    Color accent = app->theme.accent;
    drawlist_shadow(dl, pill, pill.h * 0.5f, roundf(56.0f * s),
                    color_with_alpha(accent, (uint8_t)lroundf(40.0f + 70.0f * breath)));
    if (app_reduced_motion(app))
        return; /* the glow breathes in place; no ring spreads out */
    float k = ease_apply(EASE_OUT_CUBIC, phase), grow = roundf(k * 36.0f * s);
    Rect ring = rect_inset(pill, -grow, -grow);
    Color fading = color_with_alpha(accent, (uint8_t)lroundf(90.0f * (1.0f - k)));
    drawlist_rect(dl, ring, ring.h * 0.5f, fading, fading);
}

static void draw_prompt(App *app, DrawList *dl, const AttractLayout *L, uint64_t t)
{
    const char *text = app_ui(app, "touch_to_explore", "Touch to explore");
    TypeRole role;
    Rect pill = prompt_pill(app, L, text, &role);
    float s = app->layout.s, icon = roundf(64.0f * s), gap = roundf(20.0f * s);
    draw_pulse(app, dl, pill, t);
    Color ink = app->theme.bg_bottom;
    drawlist_rect(dl, pill, pill.h * 0.5f, color_lighten(app->theme.accent, 0.1f),
                  app->theme.accent);
    float tw = widget_text_width(app, text, role, WEIGHT_BOLD);
    float content_w = fminf(icon + gap + tw, pill.w - 2.0f * roundf(32.0f * s));
    float x = roundf(pill.x + (pill.w - content_w) * 0.5f);
    char path[1024];
    drawlist_image(dl, rect_make(x, roundf(pill.y + (pill.h - icon) * 0.5f), icon, icon),
                   app_asset_path(app, "icons/touch.svg", path, sizeof path), ink, 0.0f);
    TextStyle st = layout_text_style(&app->layout, role, WEIGHT_BOLD);
    float lh = app->measurer->line_height(app->measurer->user, &st);
    drawlist_text(dl, rect_make(x + icon + gap, roundf(pill.y + (pill.h - lh) * 0.5f),
                                content_w - icon - gap, lh),
                  &st, ink, ALIGN_LEFT, 1, text);
}

static void attract_draw(App *app, DrawList *dl)
{
    AttractLayout L = attract_layout(&app->layout);
    uint64_t t = attract_frame_ms(app);
    widget_background(app, dl);
    draw_cards(app, dl, &L);
    draw_panel(app, dl, &L);
    draw_figure(app, dl, &L, t);
    draw_scene(app, dl, &L, t);
    draw_prompt(app, dl, &L, t);
}

const ScreenOps attract_screen = {
    .name = "attract",
    .enter = attract_enter,
    .gesture = attract_gesture,
    .key = attract_key,
    .update = attract_update,
    .draw = attract_draw,
    .next_wakeup = attract_next_wakeup,
};

/* ---- "Still there?" --------------------------------------------------------- */

/* The whole countdown in seconds (at least one). */
static int warning_seconds(const App *app)
{
    int total = (int)((app->kiosk.config.warn_ms + 999u) / 1000u);
    return total > 0 ? total : 1;
}

/* A ring of dots around the number; one goes out as each second passes. */
static void draw_countdown(App *app, DrawList *dl, Rect ring, int left)
{
    float s = app->layout.s, dot = roundf(20.0f * s);
    float radius = (ring.w - dot) * 0.5f, cx = ring.x + ring.w * 0.5f, cy = ring.y + ring.h * 0.5f;
    int total = warning_seconds(app);
    int lit = (int)lroundf((float)STILL_THERE_DOTS * (float)left / (float)total);
    Color on = color_readable_on(app->theme.accent, app->theme.surface, 3.0);
    Color off = color_darken(app->theme.surface_alt, 0.06f);
    for (int i = 0; i < STILL_THERE_DOTS; i++) {
        /* Clockwise from twelve o'clock; the dots at the end go out first. */
        float angle = TAU * (float)i / (float)STILL_THERE_DOTS;
        float x = cx + radius * sinf(angle), y = cy - radius * cosf(angle);
        Color c = i < lit ? on : off;
        drawlist_rect(dl, rect_make(roundf(x - dot * 0.5f), roundf(y - dot * 0.5f), dot, dot),
                      dot * 0.5f, c, c);
    }
    char number[16];
    snprintf(number, sizeof number, "%d", left);
    TextStyle st = layout_text_style(&app->layout, TYPE_DISPLAY, WEIGHT_BOLD);
    float lh = app->measurer->line_height(app->measurer->user, &st);
    drawlist_text(dl, rect_make(ring.x, roundf(cy - lh * 0.5f), ring.w, lh), &st,
                  app->theme.text_on_surface, ALIGN_CENTER, 1, number);
}

static const char *still_there_title(const App *app)
{
    return app_ui(app, "still_there", "Still there?");
}

static const char *still_there_hint(const App *app)
{
    return app_ui(app, "still_there_hint", "Touch anywhere to keep exploring");
}

/* The card's size follows its words: title, hint, then the ring. */
typedef struct {
    Rect card;
    float pad, inner, title_h, hint_h, gap, ring_gap, ring_d;
} StillThere;

static StillThere still_there_geometry(const App *app)
{
    const Layout *l = &app->layout;
    StillThere g;
    float s = l->s, w = roundf(fminf(760.0f * s, l->safe.w));
    g.pad = roundf(56.0f * s);
    g.ring_d = roundf(240.0f * s);
    g.gap = roundf(16.0f * s);
    g.ring_gap = roundf(40.0f * s);
    g.inner = w - 2.0f * g.pad;
    g.title_h = widget_text_height(app, TYPE_H1, WEIGHT_BOLD, still_there_title(app), g.inner, 2,
                                   NULL);
    g.hint_h = widget_text_height(app, TYPE_BODY, WEIGHT_REGULAR, still_there_hint(app), g.inner,
                                  3, NULL);
    float h = g.pad + g.title_h + g.gap + g.hint_h + g.ring_gap + g.ring_d + g.pad;
    g.card = rect_make(roundf(((float)l->w - w) * 0.5f), roundf(((float)l->h - h) * 0.5f), w, h);
    return g;
}

Rect attract_still_there_card(const App *app)
{
    return still_there_geometry(app).card;
}

void attract_draw_still_there(App *app, DrawList *dl)
{
    StillThere g = still_there_geometry(app);
    Rect card = g.card;
    widget_modal(app, dl, card, 0xD0);
    float x = card.x + g.pad, y = card.y + g.pad;
    y += widget_text(app, dl, rect_make(x, y, g.inner, 0), TYPE_H1, WEIGHT_BOLD,
                     app->theme.text_on_surface, ALIGN_CENTER, 2, still_there_title(app));
    y += g.gap;
    y += widget_text(app, dl, rect_make(x, y, g.inner, 0), TYPE_BODY, WEIGHT_REGULAR,
                     app->theme.text_muted_on_surface, ALIGN_CENTER, 3, still_there_hint(app));
    int left = kiosk_warning_seconds_left(&app->kiosk, app->now_ms);
    Rect ring = rect_make(roundf(card.x + (card.w - g.ring_d) * 0.5f), roundf(y + g.ring_gap),
                          g.ring_d, g.ring_d);
    draw_countdown(app, dl, ring, left < 0 ? 0 : left);
}
