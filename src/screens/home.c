/* home: the career-card carousel, with a card that opens in place.
 *
 * The carousel position is a float in cards so a drag follows the finger
 * exactly and a release hands its velocity to a spring. An opened card grows
 * from where it sits to fill the screen and shrinks back on Back. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "ease.h"
#include "screens/card.h"
#include "screens/widgets.h"

enum {
    ENTRANCE_DELAY_MS = 80,
    ENTRANCE_STAGGER_MS = 60,
    ENTRANCE_MS = 420,
    EXPAND_MS = 380,
};

/* Snappy but soft: settles in about 350 ms with a hint of overshoot. */
#define SNAP_STIFFNESS 190.0f

static int career_count(const App *app)
{
    return (int)app->content->career_count;
}

static HomeLayout home_layout(const App *app)
{
    return layout_home(&app->layout);
}

/* The toggle names the language it switches to, in that language: the
 * bundle's ui "language" ({"en": "Español", "es": "English"}), else those. */
static const char *lang_label(const App *app)
{
    const char *en = content_ui(app->content, "language", LANG_EN);
    if (app->lang != LANG_ES)
        return en && *en ? en : "Espa\xC3\xB1ol";
    const char *es = content_ui(app->content, "language", LANG_ES);
    return es && *es && (!en || strcmp(es, en) != 0) ? es : "English";
}

static const char *button_label(const App *app, HomeButton b)
{
    if (b == HOME_BUTTON_LANG)
        return lang_label(app);
    if (b == HOME_BUTTON_TOUR)
        return app_ui(app, "guided_tour", "Guided tour");
    return b == HOME_BUTTON_COMPARE ? app_ui(app, "compare_roles", "Compare roles")
                                    : app_ui(app, "which_fits", "Which role fits me?");
}

/* The language toggle's touch target: a touch target high at the top right
 * of the header. The pill drawn in it is only as tall as the title line, so
 * the subtitle below can run the full width. */
static Rect lang_rect(const App *app, const HomeLayout *h)
{
    float target = widget_target_size(app);
    float w = fmaxf(widget_button_width(app, lang_label(app), false), target);
    return rect_make(h->title.x + h->title.w - w, h->title.y, w, target);
}

static Rect lang_pill(const App *app, const HomeLayout *h)
{
    Rect r = lang_rect(app, h);
    r.h = fminf(h->title.h, r.h);
    return r;
}

/* The "Aa" pill: left of the language pill, the same height. */
static Rect access_rect(const App *app, const HomeLayout *h)
{
    Rect lang = lang_rect(app, h);
    float w = access_sheet_pill_width(app);
    return rect_make(lang.x - roundf(16.0f * app->layout.s) - w, lang.y, w, lang.h);
}

/* The tour entry's words: "Guided tour", or in a landscape header too
 * narrow for the title at H2 beside it (4:3, large text, Spanish) the short
 * "Tour", so the title keeps a readable size. */
static const char *tour_label(const App *app, const HomeLayout *h)
{
    const char *full = button_label(app, HOME_BUTTON_TOUR);
    if (app->layout.portrait)
        return full;
    float s = app->layout.s;
    float room = access_rect(app, h).x - roundf(16.0f * s) - widget_button_width(app, full, true) -
                 roundf(32.0f * s) - h->title.x;
    const char *title = ltext_get(&app->content->title, app->lang);
    return widget_text_width(app, title, TYPE_H2, WEIGHT_BOLD) <= room
               ? full : app_ui(app, "tour", "Tour");
}

/* The "Guided tour" entry: in landscape a pill left of the "Aa" pill, in
 * portrait a centred button in its own row under the carousel. */
static Rect tour_rect(const App *app, const HomeLayout *h)
{
    float w = widget_button_width(app, tour_label(app, h), true);
    if (app->layout.portrait)
        return rect_make(roundf(h->tour.x + (h->tour.w - w) * 0.5f), h->tour.y, w, h->tour.h);
    Rect aa = access_rect(app, h);
    return rect_make(aa.x - roundf(16.0f * app->layout.s) - w, aa.y, w, aa.h);
}

static Rect tour_pill(const App *app, const HomeLayout *h)
{
    Rect r = tour_rect(app, h);
    if (!app->layout.portrait)
        r.h = lang_pill(app, h).h;
    return r;
}

/* Width left for the title beside the toggles (and, in landscape, the
 * tour entry). */
static float header_width(const App *app, const HomeLayout *h)
{
    Rect t = app->layout.portrait ? access_rect(app, h) : tour_rect(app, h);
    return t.x - roundf(32.0f * app->layout.s) - h->title.x;
}

static const char *button_icon(HomeButton b)
{
    if (b == HOME_BUTTON_TOUR)
        return "icons/play.svg";
    return b == HOME_BUTTON_COMPARE ? "icons/compare.svg" : "icons/quiz.svg";
}

/* Landscape: one button at each end of the bottom row. Portrait: the row
 * is split in two equal halves. */
static Rect button_rect(const App *app, const HomeLayout *h, HomeButton b)
{
    if (b == HOME_BUTTON_LANG)
        return lang_rect(app, h);
    if (b == HOME_BUTTON_ACCESS)
        return access_rect(app, h);
    if (b == HOME_BUTTON_TOUR)
        return tour_rect(app, h);
    float gap = roundf(24.0f * app->layout.s);
    if (app->layout.portrait) {
        float w = (h->buttons.w - gap) * 0.5f;
        return rect_make(h->buttons.x + (float)b * (w + gap), h->buttons.y, w, h->buttons.h);
    }
    float w = widget_button_width(app, button_label(app, b), true);
    float x = b == HOME_BUTTON_COMPARE ? h->buttons.x : h->buttons.x + h->buttons.w - w;
    return rect_make(x, h->buttons.y, w, h->buttons.h);
}

static HomeButton button_at(const App *app, float x, float y)
{
    HomeLayout h = home_layout(app);
    for (int b = 0; b < HOME_BUTTON_COUNT; b++)
        if (rect_contains(button_rect(app, &h, (HomeButton)b), x, y))
            return (HomeButton)b;
    return HOME_BUTTON_NONE;
}

static void press_button(App *app, HomeButton b)
{
    if (b == HOME_BUTTON_LANG) {
        app->lang = app->lang == LANG_ES ? LANG_EN : LANG_ES;
        app->dirty = true;
    } else if (b == HOME_BUTTON_ACCESS)
        access_sheet_open(app);
    else if (b == HOME_BUTTON_COMPARE)
        app_navigate(app, nav_target(SCREEN_COMPARE, -1, -1, 0));
    else if (b == HOME_BUTTON_QUIZ)
        app_navigate(app, nav_target(SCREEN_QUIZ, -1, -1, 0));
    else if (b == HOME_BUTTON_TOUR)
        tour_view_start(app, -1);
}

/* Distance in pixels between neighbouring cards. */
static float card_pitch(const HomeLayout *h)
{
    return h->card_w + h->card_gap;
}

static bool wraps(const App *app)
{
    HomeLayout h = home_layout(app);
    return layout_home_wraps(&h, &app->layout, career_count(app));
}

/* Where card `index` sits relative to the centre, in cards. */
static float offset_of(const App *app, int index)
{
    return layout_home_offset(index, app->home.position, career_count(app), wraps(app));
}

static Rect card_rect(const App *app, const HomeLayout *h, int index)
{
    return layout_home_card_at(h, &app->layout, offset_of(app, index));
}

static int card_at(const App *app, float x, float y)
{
    HomeLayout h = home_layout(app);
    for (int i = 0; i < career_count(app); i++)
        if (rect_contains(card_rect(app, &h, i), x, y))
            return i;
    return -1;
}

static int wrap_index(int i, int n)
{
    return n > 0 ? ((i % n) + n) % n : 0;
}

/* The slot the carousel is heading for (unbounded when it wraps). */
static int target_slot(const HomeState *hs)
{
    return (int)lroundf(hs->settling ? hs->snap.target : hs->position);
}

/* Springs the carousel to `slot`: a card index, or any integer when the
 * carousel wraps (slot 5 of 4 cards is card 1, one lap on). */
static void settle_to(App *app, int slot, float velocity_cards_per_ms)
{
    HomeState *hs = &app->home;
    int n = career_count(app);
    if (!wraps(app))
        slot = slot < 0 ? 0 : slot > n - 1 ? n - 1 : slot;
    hs->focused = wrap_index(slot, n);
    /* Reduced motion: critically damped from rest, so it never overshoots. */
    bool calm = app_reduced_motion(app);
    hs->snap = spring_make(hs->position, (float)slot, SNAP_STIFFNESS, calm ? 1.0f : 0.92f);
    hs->snap.vel = calm ? 0.0f : velocity_cards_per_ms * 1000.0f; /* the spring counts per second */
    hs->settling = true;
    hs->last_update_ms = app->now_ms;
    app->dirty = true;
}

static bool is_open(const HomeState *hs)
{
    return hs->open >= 0;
}

static void open_card(App *app, int index)
{
    HomeState *hs = &app->home;
    hs->open = index;
    hs->pressed = -1;
    if (app_reduced_motion(app)) { /* no growth: the router crossfades to detail */
        hs->expand = tween_still(1.0f);
        app->dirty = true;
        return;
    }
    hs->expand = tween_make(tween_value(&hs->expand, app->now_ms), 1.0f, app->now_ms, EXPAND_MS,
                            EASE_IN_OUT_CUBIC);
    settle_to(app, (int)lroundf(hs->position + offset_of(app, index)), 0.0f);
}

static void close_card(App *app)
{
    HomeState *hs = &app->home;
    if (!is_open(hs))
        return;
    hs->expand = tween_make(tween_value(&hs->expand, app->now_ms), 0.0f, app->now_ms, EXPAND_MS,
                            EASE_IN_OUT_CUBIC);
    app->dirty = true;
}

/* While closing, the card is still drawn open until the tween reaches 0. */
static bool is_closing(const App *app)
{
    const HomeState *hs = &app->home;
    return is_open(hs) && hs->expand.to == 0.0f;
}

/* Back from a detail screen: the card is shown fully open and shrinks back
 * into the carousel, reversing the transition that opened it. Back from any
 * other screen keeps the carousel where it was; a fresh visit starts with
 * the staggered entrance. */
static void home_enter(App *app)
{
    HomeState *hs = &app->home;
    hs->pressed = -1;
    hs->pressed_button = HOME_BUTTON_NONE;
    hs->dragging = false;
    hs->last_update_ms = app->now_ms;
    app->dirty = true;
    int returning = app->nav_from.screen == SCREEN_DETAIL ? app->nav_from.career : -1;
    if (app->nav_was_back && returning >= 0 && returning < career_count(app) &&
        !app_reduced_motion(app)) {
        hs->open = returning;
        hs->expand = tween_make(1.0f, 0.0f, app->now_ms, EXPAND_MS, EASE_IN_OUT_CUBIC);
        return;
    }
    if (app->nav_was_back && app->nav_from.screen != SCREEN_HOME) {
        /* Keep the carousel where it was, but never the card that was
         * opened on the way out: it would hand over to its detail again. */
        hs->open = -1;
        hs->expand = tween_still(0.0f);
        return;
    }
    memset(hs, 0, sizeof *hs);
    hs->pressed = -1;
    hs->pressed_button = HOME_BUTTON_NONE;
    hs->open = -1;
    hs->entered_ms = app->now_ms;
    hs->last_update_ms = app->now_ms;
    hs->expand = tween_still(0.0f);
}

static void drag_to(App *app, float dx)
{
    HomeState *hs = &app->home;
    HomeLayout h = home_layout(app);
    float pos = hs->drag_start_position - dx / card_pitch(&h);
    float last = (float)(career_count(app) - 1);
    /* Rubber band past either end: the carousel resists rather than stops. */
    if (!wraps(app) && pos < 0.0f)
        pos *= 0.35f;
    else if (!wraps(app) && pos > last)
        pos = last + (pos - last) * 0.35f;
    hs->position = pos;
    app->dirty = true;
}

static void gesture_open_card(App *app, const Gesture *g)
{
    HomeLayout h = home_layout(app);
    bool edge_swipe = (g->kind == GESTURE_SWIPE || g->kind == GESTURE_DRAG_END) &&
                      g->start_x < layout_px(&app->layout, 48.0f) && g->dx > 0.0f;
    bool outside = g->kind == GESTURE_TAP && !rect_contains(h.expanded, g->x, g->y);
    bool back = g->kind == GESTURE_TAP && rect_contains(h.back_button, g->x, g->y);
    if (edge_swipe || outside || back)
        close_card(app);
}

static void home_gesture(App *app, const Gesture *g)
{
    HomeState *hs = &app->home;
    if (access_sheet_active(app)) {
        access_sheet_gesture(app, g);
        return;
    }
    if (is_open(hs)) {
        if (!is_closing(app))
            gesture_open_card(app, g);
        return;
    }
    HomeLayout h = home_layout(app);
    switch (g->kind) {
    case GESTURE_PRESS:
        hs->pressed_button = button_at(app, g->x, g->y);
        hs->pressed = hs->pressed_button == HOME_BUTTON_NONE ? card_at(app, g->x, g->y) : -1;
        app->dirty = true;
        break;
    case GESTURE_TAP: {
        /* Hit-test where the press was highlighted. */
        HomeButton b = button_at(app, g->start_x, g->start_y);
        int index = b == HOME_BUTTON_NONE ? card_at(app, g->start_x, g->start_y) : -1;
        hs->pressed = -1;
        hs->pressed_button = HOME_BUTTON_NONE;
        if (b != HOME_BUTTON_NONE)
            press_button(app, b);
        else if (index >= 0)
            open_card(app, index);
        app->dirty = true;
        break;
    }
    case GESTURE_DRAG_START:
        hs->dragging = true;
        hs->settling = false;
        hs->pressed = -1;
        hs->pressed_button = HOME_BUTTON_NONE;
        hs->drag_start_position = hs->position;
        drag_to(app, g->dx);
        break;
    case GESTURE_DRAG:
        if (hs->dragging)
            drag_to(app, g->dx);
        break;
    case GESTURE_SWIPE:
    case GESTURE_DRAG_END: {
        float velocity = hs->dragging ? -g->vx / card_pitch(&h) : 0.0f;
        hs->dragging = false;
        /* One card per fling: big cards page, they do not scroll. */
        int slot = wraps(app) ? spring_snap_unbounded(hs->position, velocity, 1)
                              : spring_snap_index(hs->position, velocity, career_count(app), 1);
        settle_to(app, slot, velocity);
        break;
    }
    case GESTURE_LONG_PRESS:
    case GESTURE_CANCEL:
        hs->pressed = -1;
        hs->pressed_button = HOME_BUTTON_NONE;
        app->dirty = true;
        break;
    }
}

static void home_key(App *app, KeyAction action)
{
    HomeState *hs = &app->home;
    if (access_sheet_active(app)) {
        access_sheet_key(app, action);
        return;
    }
    if (is_open(hs)) {
        if (action == KEY_BACK || action == KEY_HOME)
            close_card(app);
        return;
    }
    switch (action) {
    case KEY_NEXT: settle_to(app, target_slot(hs) + 1, 0.0f); break;
    case KEY_PREV: settle_to(app, target_slot(hs) - 1, 0.0f); break;
    case KEY_ACTIVATE: open_card(app, hs->focused); break;
    case KEY_HOME: settle_to(app, (int)lroundf(hs->position + offset_of(app, 0)), 0.0f); break;
    default: break;
    }
}

static bool entrance_running(const App *app)
{
    if (app_reduced_motion(app))
        return false; /* the router's crossfade is the entrance */
    uint64_t end = app->home.entered_ms + ENTRANCE_DELAY_MS +
                   (uint64_t)ENTRANCE_STAGGER_MS * (uint64_t)career_count(app) + ENTRANCE_MS;
    return app->now_ms < end;
}

static bool home_update(App *app)
{
    HomeState *hs = &app->home;
    uint64_t dt = app->now_ms - hs->last_update_ms;
    hs->last_update_ms = app->now_ms;
    if (hs->settling) {
        spring_step(&hs->snap, (uint32_t)(dt > 1000 ? 1000 : dt));
        hs->position = hs->snap.pos;
        if (spring_settle(&hs->snap, 0.001f, 0.01f)) {
            /* Fold laps away so the position stays small over a long day. */
            hs->position = (float)wrap_index((int)lroundf(hs->snap.pos), career_count(app));
            hs->settling = false;
        }
    }
    bool expanding = !tween_done(&hs->expand, app->now_ms);
    if (is_closing(app) && !expanding)
        hs->open = -1;
    else if (is_open(hs) && !expanding && !is_closing(app))
        app_navigate(app, nav_target(SCREEN_DETAIL, hs->open, -1, 0));
    bool sheet = access_sheet_update(app);
    return hs->settling || expanding || entrance_running(app) || sheet;
}

/* Entrance progress of card `index` (0 hidden .. 1 in place). */
static float entrance_of(const App *app, int index)
{
    if (app_reduced_motion(app))
        return 1.0f;
    uint64_t start = tween_stagger_start(app->home.entered_ms + ENTRANCE_DELAY_MS, index,
                                         ENTRANCE_STAGGER_MS);
    Tween t = tween_make(0.0f, 1.0f, start, ENTRANCE_MS, EASE_OUT_CUBIC);
    return tween_value(&t, app->now_ms);
}

static void draw_header(App *app, DrawList *dl, const HomeLayout *h)
{
    const Layout *l = &app->layout;
    TextStyle title = layout_text_style(l, TYPE_H1, WEIGHT_BOLD);
    TextStyle sub = layout_text_style(l, TYPE_BODY, WEIGHT_REGULAR);
    float t = entrance_of(app, 0);
    float w = header_width(app, h);
    const char *title_text = ltext_get(&app->content->title, app->lang);
    const char *sub_text = ltext_get(&app->content->subtitle, app->lang);
    /* A longer title or subtitle (Spanish runs ~20% longer) steps down a
     * size rather than being cut. */
    Rect title_box = rect_make(h->title.x, h->title.y, w, h->title.h);
    TypeRole title_role = widget_fit_role(app, title_text, TYPE_H1, WEIGHT_BOLD, w, 1);
    /* A box two H2 lines tall (portrait, large text) keeps H2 on two lines. */
    int title_lines = h->title.h >= 2.0f * layout_line_px(l, TYPE_H2) ? 2 : 1;
    if (title_role != TYPE_H1 && title_lines == 2)
        title_role = widget_fit_role(app, title_text, TYPE_H2, WEIGHT_BOLD, w, 2);
    if (title_role != TYPE_H1) { /* centred on the toggle beside it */
        title = layout_text_style(l, title_role, WEIGHT_BOLD);
        float line = app->measurer->line_height(app->measurer->user, &title);
        float used = widget_text_height(app, title_role, WEIGHT_BOLD, title_text, w, title_lines,
                                        NULL);
        line = fmaxf(line, used);
        float beside = fminf(widget_target_size(app), title_box.h); /* the pills' height */
        title_box.y += roundf(fmaxf(beside - line, 0.0f) * 0.5f);
        title_box.h = line;
    }
    int sub_lines = h->subtitle.h >= 2.0f * layout_line_px(l, TYPE_BODY) ? 2 : 1;
    sub = layout_text_style(l, widget_fit_role(app, sub_text, TYPE_BODY, WEIGHT_REGULAR,
                                               h->subtitle.w, sub_lines), WEIGHT_REGULAR);
    dl->alpha = t;
    drawlist_text(dl, title_box, &title, app->theme.text_on_bg, ALIGN_LEFT, title_lines,
                  title_text);
    drawlist_text(dl, h->subtitle, &sub, app->theme.text_muted_on_bg, ALIGN_LEFT, sub_lines,
                  sub_text);
    dl->alpha = 1.0f;
}

Rect home_button_rect(const App *app, HomeButton b)
{
    HomeLayout h = layout_home(&app->layout);
    return button_rect(app, &h, b);
}

/* Landscape: the dots sit between the two buttons, centred on the screen
 * when that is clear of both, else in the gap; left out when long labels
 * (Spanish in large text on a 4:3 screen) leave no room. */
static bool dots_row(const App *app, const HomeLayout *h, Rect *out)
{
    Rect row = h->dots;
    int n = career_count(app);
    if (!app->layout.portrait && n > 0) {
        float half = (widget_page_dot_x(app, row, n - 1, n) - widget_page_dot_x(app, row, 0, n)) *
                         0.5f + 24.0f * app->layout.s;
        Rect left = button_rect(app, h, HOME_BUTTON_COMPARE);
        float lo = left.x + left.w, hi = button_rect(app, h, HOME_BUTTON_QUIZ).x;
        float mid = row.x + row.w * 0.5f;
        if (mid - half < lo || mid + half > hi) {
            if (hi - lo < 2.0f * half)
                return false;
            row.x = lo;
            row.w = hi - lo;
        }
    }
    *out = row;
    return true;
}

bool home_dots_row(const App *app, Rect *row)
{
    HomeLayout h = layout_home(&app->layout);
    return dots_row(app, &h, row);
}

static void draw_dots(App *app, DrawList *dl, const HomeLayout *h)
{
    Rect row;
    if (dots_row(app, h, &row))
        widget_page_dots(app, dl, row, career_count(app), app->home.position, wraps(app));
}

static void draw_hint(App *app, DrawList *dl, const HomeLayout *h)
{
    if (h->hint.h <= 0.0f)
        return;
    TextStyle cap = layout_text_style(&app->layout, TYPE_CAPTION, WEIGHT_REGULAR);
    drawlist_text(dl, h->hint, &cap, app->theme.text_muted_on_bg, ALIGN_CENTER, 1,
                  app_ui(app, "swipe_hint", "Swipe to explore \xC2\xB7 tap a card to open it"));
}

static void draw_buttons(App *app, DrawList *dl, const HomeLayout *h)
{
    for (int b = 0; b < HOME_BUTTON_LANG; b++) {
        Rect r = button_rect(app, h, (HomeButton)b);
        const char *label = button_label(app, (HomeButton)b);
        /* A label too long for its half of the row (portrait Spanish) keeps
         * its words and drops the icon. */
        const char *icon = widget_button_width(app, label, true) > r.w + 0.5f
                               ? NULL : button_icon((HomeButton)b);
        widget_button(app, dl, r, label, icon,
                      b == HOME_BUTTON_COMPARE ? BUTTON_SECONDARY : BUTTON_PRIMARY,
                      app->home.pressed_button == b);
    }
    dl->alpha = entrance_of(app, 0);
    widget_button(app, dl, lang_pill(app, h), lang_label(app), NULL, BUTTON_SECONDARY,
                  app->home.pressed_button == HOME_BUTTON_LANG);
    Rect aa = access_rect(app, h);
    aa.h = lang_pill(app, h).h;
    access_sheet_draw_pill(app, dl, aa, app->home.pressed_button == HOME_BUTTON_ACCESS);
    widget_button(app, dl, tour_pill(app, h), tour_label(app, h),
                  button_icon(HOME_BUTTON_TOUR), BUTTON_SECONDARY,
                  app->home.pressed_button == HOME_BUTTON_TOUR);
    dl->alpha = 1.0f;
}

static void draw_carousel(App *app, DrawList *dl, const HomeLayout *h)
{
    const HomeState *hs = &app->home;
    for (int i = 0; i < career_count(app); i++) {
        if (i == hs->open)
            continue; /* drawn on top by draw_open_card */
        float offset = offset_of(app, i);
        Rect r = layout_home_card_at(h, &app->layout, offset);
        /* Cards enter in order from the centre outwards. */
        float enter = entrance_of(app, (int)fabsf(roundf(offset)));
        /* Whole pixels: a card's cached layer is reused as it rises. */
        r.y += roundf((1.0f - enter) * layout_px(&app->layout, 96.0f));
        if (r.x > (float)app->layout.w || r.x + r.w < 0.0f || enter <= 0.0f)
            continue;
        float distance = fminf(fabsf(offset), 1.0f);
        dl->alpha = enter;
        card_draw_compact(app, dl, i, r, distance, i == hs->pressed);
        dl->alpha = 1.0f;
    }
}

static void draw_open_card(App *app, DrawList *dl, const HomeLayout *h)
{
    const HomeState *hs = &app->home;
    float t = tween_value(&hs->expand, app->now_ms);
    Color scrim = color_with_alpha(app->theme.bg_bottom, (uint8_t)lroundf(255.0f * t));
    drawlist_rect(dl, app->layout.screen, 0.0f, scrim, scrim);
    Rect from = card_rect(app, h, hs->open);
    card_draw_open(app, dl, hs->open, rect_lerp(from, h->expanded, t), t);
    if (t > 0.6f) {
        dl->alpha = (t - 0.6f) / 0.4f;
        widget_back_button(app, dl, h->back_button, false);
        dl->alpha = 1.0f;
    }
}

static void home_draw(App *app, DrawList *dl)
{
    HomeLayout h = home_layout(app);
    widget_background(app, dl);
    draw_header(app, dl, &h);
    draw_carousel(app, dl, &h);
    draw_dots(app, dl, &h);
    draw_hint(app, dl, &h);
    draw_buttons(app, dl, &h);
    if (is_open(&app->home))
        draw_open_card(app, dl, &h);
    access_sheet_draw(app, dl);
}

const ScreenOps home_screen = {
    .name = "home",
    .enter = home_enter,
    .gesture = home_gesture,
    .key = home_key,
    .update = home_update,
    .draw = home_draw,
};
