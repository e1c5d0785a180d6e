/* detail: the career detail screen (see detail.h).
 *
 * The screen continues the card home opened: the same rect, the same header
 * band. Sections sit side by side in a strip the visitor slides with a
 * finger, the tabs or the arrow keys; `position` (in sections) follows the
 * finger exactly and a spring settles it. Each section scrolls on its own
 * when it is taller than the window under the tabs. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "ease.h"
#include "screens/card.h"
#include "screens/detail_page.h"
#include "screens/widgets.h"

enum {
    CROSSFADE_MS = 280, /* home's card body gives way to the sections */
    FADE_MS = 320,      /* the card fades in when entered from elsewhere */
    SECTIONS = DETAIL_SECTION_COUNT,
};

/* Critically damped: a page slides and stops without wobbling its text. */
#define PAGER_STIFFNESS 260.0f
/* Edge swipes start this close to the left edge (design units). */
#define EDGE_UNITS 48.0f

static bool has_career(const App *app)
{
    return app->detail.career >= 0 && (size_t)app->detail.career < app->content->career_count;
}

static DetailLayout geometry(const App *app)
{
    return layout_detail(&app->layout);
}

static float px(const App *app, float units)
{
    return roundf(units * app->layout.s);
}

static int clamp_section(int i)
{
    return i < 0 ? 0 : i >= SECTIONS ? SECTIONS - 1 : i;
}

/* ---- tabs ---------------------------------------------------------------- */

typedef struct {
    Rect hit[SECTIONS]; /* a row tall; the pill is drawn inset */
    TypeRole role;
    float shift;        /* px the strip slides left when it overflows */
} TabStrip;

static const char *tab_label(const App *app, int i)
{
    return detail_page_tab_label(app, (DetailSection)i);
}

/* Natural widths in `role` with `pad` each side; true when every row fits. */
static bool tabs_fit(const App *app, const DetailLayout *d, TypeRole role, float pad,
                     float widths[SECTIONS])
{
    int per_row = (SECTIONS + d->tab_rows - 1) / d->tab_rows;
    float gap = px(app, 12.0f), row = 0.0f;
    bool fit = true;
    for (int i = 0; i < SECTIONS; i++) {
        widths[i] = fmaxf(widget_text_width(app, tab_label(app, i), role, WEIGHT_BOLD) + 2.0f * pad,
                          widget_target_size(app));
        row += widths[i] + (i % per_row ? gap : 0.0f);
        if (i % per_row == per_row - 1 || i == SECTIONS - 1) {
            fit &= row <= d->tabs.w;
            row = 0.0f;
        }
    }
    return fit;
}

/* Rows of tabs filling the strip's width, in the largest type that fits.
 * Should even caption type overflow (a long translation), the tabs keep
 * their natural widths in one row that slides to keep the current one in
 * view. */
static TabStrip tab_strip(const App *app)
{
    static const struct { TypeRole role; float pad; } tries[] = {
        {TYPE_BODY, 32.0f}, {TYPE_BODY, 20.0f}, {TYPE_CAPTION, 24.0f}, {TYPE_CAPTION, 14.0f}};
    DetailLayout d = geometry(app);
    TabStrip ts = {0};
    float widths[SECTIONS], gap = px(app, 12.0f), row_h = px(app, 96.0f);
    size_t t = 0;
    while (t + 1 < sizeof tries / sizeof tries[0] &&
           !tabs_fit(app, &d, tries[t].role, px(app, tries[t].pad), widths))
        t++;
    bool fit = tabs_fit(app, &d, tries[t].role, px(app, tries[t].pad), widths);
    ts.role = tries[t].role;
    int rows = fit ? d.tab_rows : 1, per_row = (SECTIONS + rows - 1) / rows;
    for (int r = 0; r < rows; r++) {
        int first = r * per_row, last = first + per_row < SECTIONS ? first + per_row : SECTIONS;
        float used = 0.0f;
        for (int i = first; i < last; i++)
            used += widths[i] + (i > first ? gap : 0.0f);
        float extra = fit ? (d.tabs.w - used) / (float)(last - first) : 0.0f;
        float x = d.tabs.x;
        for (int i = first; i < last; i++) {
            ts.hit[i] = rect_make(x, d.tabs.y + (float)r * row_h, widths[i] + extra, row_h);
            x += widths[i] + extra + gap;
        }
        if (!fit) {
            /* Centre the current tab, following the pager smoothly. */
            float pos = fminf(fmaxf(app->detail.position, 0.0f), (float)(SECTIONS - 1));
            int a = (int)floorf(pos), b = a + 1 < SECTIONS ? a + 1 : a;
            float ca = ts.hit[a].x + ts.hit[a].w * 0.5f, cb = ts.hit[b].x + ts.hit[b].w * 0.5f;
            float centre = ca + (cb - ca) * (pos - (float)a);
            float max = x - gap - d.tabs.x - d.tabs.w;
            ts.shift = fminf(fmaxf(centre - d.tabs.x - d.tabs.w * 0.5f, 0.0f), max);
            for (int i = 0; i < SECTIONS; i++)
                ts.hit[i].x -= ts.shift;
        }
    }
    return ts;
}

/* The visible pill inside a tab's hit area. */
static Rect tab_pill(const App *app, Rect hit)
{
    float h = px(app, 72.0f);
    return rect_make(hit.x, hit.y + (hit.h - h) * 0.5f, hit.w, h);
}

Rect detail_tab_rect(const App *app, int section)
{
    TabStrip ts = tab_strip(app);
    return ts.hit[clamp_section(section)];
}

/* ---- top bar ------------------------------------------------------------- */

static const char *compare_label(const App *app)
{
    return app_ui(app, "compare_with", "Compare with\xE2\x80\xA6");
}

static const char *day_label(const App *app)
{
    return app_ui(app, "day_in_life", "A day in the life");
}

/* Landscape has room for the day button in the top bar, left of Compare.
 * Portrait does not, so there it floats over the card's lower right corner
 * (and the sections get room to scroll clear of it). */
static Rect day_button(const App *app, const DetailLayout *d, Rect compare)
{
    float w = widget_button_width(app, day_label(app), true), h = widget_target_size(app);
    if (!app->layout.portrait)
        return rect_make(compare.x - px(app, 24.0f) - w, d->top_bar.y, w, d->top_bar.h);
    return rect_make(d->card.x + d->card.w - px(app, 40.0f) - w,
                     d->card.y + d->card.h - px(app, 32.0f) - h, w, h);
}

Rect detail_button_rect(const App *app, DetailPress button)
{
    DetailLayout d = geometry(app);
    float gap = px(app, 24.0f), right = d.top_bar.x + d.top_bar.w;
    float home_w = widget_button_width(app, app_ui(app, "home", "Home"), true);
    Rect home = rect_make(right - home_w, d.top_bar.y, home_w, d.top_bar.h);
    float cmp_w = widget_button_width(app, compare_label(app), true);
    Rect compare = rect_make(home.x - gap - cmp_w, d.top_bar.y, cmp_w, d.top_bar.h);
    switch (button) {
    case DETAIL_PRESS_BACK: return d.back_button;
    case DETAIL_PRESS_HOME: return home;
    case DETAIL_PRESS_COMPARE: return compare;
    case DETAIL_PRESS_DAY: return day_button(app, &d, compare);
    default: return rect_make(0, 0, 0, 0);
    }
}

/* What a touch at (x, y) lands on; `tab` gets the tab index. */
static DetailPress hit_test(const App *app, float x, float y, int *tab)
{
    static const DetailPress buttons[] = {DETAIL_PRESS_BACK, DETAIL_PRESS_HOME,
                                          DETAIL_PRESS_COMPARE, DETAIL_PRESS_DAY};
    for (size_t i = 0; i < sizeof buttons / sizeof buttons[0]; i++)
        if (rect_contains(detail_button_rect(app, buttons[i]), x, y))
            return buttons[i];
    DetailLayout d = geometry(app);
    if (!rect_contains(d.tabs, x, y))
        return DETAIL_PRESS_NONE;
    TabStrip ts = tab_strip(app);
    for (int i = 0; i < SECTIONS; i++)
        if (rect_contains(ts.hit[i], x, y)) {
            *tab = i;
            return DETAIL_PRESS_TAB;
        }
    return DETAIL_PRESS_NONE;
}

/* ---- sections: measuring, paging, scrolling ------------------------------ */

/* Measures every section for this size, language and career (once). */
static void measure(App *app)
{
    DetailState *ds = &app->detail;
    const Layout *l = &app->layout;
    if (ds->measured_w == l->w && ds->measured_h == l->h && ds->measured_lang == (int)app->lang &&
        ds->measured_career == ds->career)
        return;
    DetailLayout d = geometry(app);
    /* Portrait: room under the content so it can scroll clear of the
     * floating day button. */
    float top = d.content.y - d.view.y,
          bottom = px(app, 24.0f) + (l->portrait ? widget_target_size(app) : 0.0f);
    for (int i = 0; i < SECTIONS; i++) {
        float h = has_career(app) ? detail_page_draw(app, NULL, ds->career, (DetailSection)i, 0.0f,
                                                     0.0f, d.content.w, d.view)
                                  : 0.0f;
        ds->content_h[i] = top + h + bottom;
        scroll_set_extent(&ds->scroll[i], ds->content_h[i], d.view.h);
    }
    ds->measured_w = l->w;
    ds->measured_h = l->h;
    ds->measured_lang = (int)app->lang;
    ds->measured_career = ds->career;
}

/* Springs the pager to `section`, carrying a release velocity (sections/ms). */
static void go_to(App *app, int section, float velocity)
{
    DetailState *ds = &app->detail;
    ds->section = clamp_section(section);
    if (app_reduced_motion(app)) { /* no slide: the section crossfades in place */
        ds->position = (float)ds->section;
        ds->paging = false;
        ds->fade_ms = app->now_ms;
        app->dirty = true;
        return;
    }
    ds->pager = spring_make(ds->position, (float)ds->section, PAGER_STIFFNESS, 1.0f);
    ds->pager.vel = velocity * 1000.0f; /* the spring counts per second */
    ds->paging = true;
    ds->last_update_ms = app->now_ms;
    app->dirty = true;
}

static void drag_page(App *app, float dx)
{
    DetailState *ds = &app->detail;
    if (app_reduced_motion(app))
        return; /* the sections stay still; the release picks the next one */
    float pos = ds->drag_start_position - dx / geometry(app).view.w;
    float last = (float)(SECTIONS - 1);
    /* Past the first or last section the strip resists rather than stops. */
    if (pos < 0.0f)
        pos *= 0.35f;
    else if (pos > last)
        pos = last + (pos - last) * 0.35f;
    ds->position = pos;
    app->dirty = true;
}

/* ---- input --------------------------------------------------------------- */

static void press(App *app, DetailPress what, int tab)
{
    switch (what) {
    case DETAIL_PRESS_BACK: app_back(app); break;
    case DETAIL_PRESS_HOME: app_home(app); break;
    case DETAIL_PRESS_COMPARE:
        app_navigate(app, nav_target(SCREEN_COMPARE, app->detail.career, -1, 0));
        break;
    case DETAIL_PRESS_DAY:
        app_navigate(app, nav_target(SCREEN_DAY, app->detail.career, -1, 0));
        break;
    case DETAIL_PRESS_TAB: go_to(app, tab, 0.0f); break;
    case DETAIL_PRESS_NONE: break;
    }
}

static void clear_press(App *app)
{
    app->detail.pressed = DETAIL_PRESS_NONE;
    app->dirty = true;
}

static void on_drag_start(App *app, const Gesture *g)
{
    DetailState *ds = &app->detail;
    clear_press(app);
    bool edge = g->start_x < layout_px(&app->layout, EDGE_UNITS);
    ds->drag = edge ? DETAIL_DRAG_EDGE : DETAIL_DRAG_UNDECIDED;
    ds->edge_dx = 0.0f;
    ds->edge_y = g->y;
}

/* The first movement picks the axis: sideways pages, up and down scrolls. */
static void decide_axis(App *app, const Gesture *g)
{
    DetailState *ds = &app->detail;
    if (fabsf(g->dx) > fabsf(g->dy)) {
        ds->drag = DETAIL_DRAG_PAGE;
        ds->paging = false; /* the finger takes over from the spring */
        ds->drag_start_position = ds->position;
    } else {
        ds->drag = DETAIL_DRAG_SCROLL;
        ds->drag_section = ds->section;
        scroll_drag_begin(&ds->scroll[ds->drag_section]);
    }
}

static void on_drag(App *app, const Gesture *g)
{
    DetailState *ds = &app->detail;
    if (ds->drag == DETAIL_DRAG_UNDECIDED)
        decide_axis(app, g);
    switch (ds->drag) {
    case DETAIL_DRAG_PAGE: drag_page(app, g->dx); break;
    case DETAIL_DRAG_SCROLL: scroll_drag(&ds->scroll[ds->drag_section], g->dy); break;
    case DETAIL_DRAG_EDGE:
        ds->edge_dx = g->dx;
        ds->edge_y = g->y;
        break;
    default: break;
    }
    app->dirty = true;
}

static void on_release(App *app, const Gesture *g)
{
    DetailState *ds = &app->detail;
    DetailDrag drag = ds->drag;
    ds->drag = DETAIL_DRAG_NONE;
    ds->edge_dx = 0.0f;
    app->dirty = true;
    if (drag == DETAIL_DRAG_PAGE) {
        float velocity = -g->vx / geometry(app).view.w;
        float pos = app_reduced_motion(app) ? ds->drag_start_position - g->dx / geometry(app).view.w
                                            : ds->position;
        go_to(app, spring_snap_index(pos, velocity, SECTIONS, 1), velocity);
    } else if (drag == DETAIL_DRAG_SCROLL) {
        scroll_release(&ds->scroll[ds->drag_section], g->vy, app->now_ms);
    } else if (drag == DETAIL_DRAG_EDGE && g->dx > 0.0f && g->dx > fabsf(g->dy)) {
        app_back(app);
    }
}

/* A lost pointer (focus loss, a cancelled touch) lets go where it is:
 * pages and scrolls settle, and a half-made edge pull never goes Back. */
static void on_cancel(App *app, const Gesture *g)
{
    DetailState *ds = &app->detail;
    clear_press(app);
    if (ds->drag == DETAIL_DRAG_EDGE)
        ds->drag = DETAIL_DRAG_NONE;
    Gesture still = *g;
    still.vx = still.vy = 0.0f;
    if (ds->drag != DETAIL_DRAG_NONE)
        on_release(app, &still);
    ds->edge_dx = 0.0f;
}

static void detail_gesture(App *app, const Gesture *g)
{
    DetailState *ds = &app->detail;
    if (!has_career(app))
        return;
    measure(app);
    switch (g->kind) {
    case GESTURE_PRESS:
        ds->pressed = hit_test(app, g->x, g->y, &ds->pressed_tab);
        scroll_catch(&ds->scroll[ds->section]); /* a touch stops a coasting page */
        app->dirty = true;
        break;
    case GESTURE_TAP: {
        int tab = 0;
        DetailPress what = hit_test(app, g->start_x, g->start_y, &tab);
        clear_press(app);
        press(app, what, tab);
        break;
    }
    case GESTURE_DRAG_START: on_drag_start(app, g); break;
    case GESTURE_DRAG: on_drag(app, g); break;
    case GESTURE_SWIPE:
    case GESTURE_DRAG_END: on_release(app, g); break;
    case GESTURE_LONG_PRESS: clear_press(app); break;
    case GESTURE_CANCEL: on_cancel(app, g); break;
    }
}

static void detail_key(App *app, KeyAction action)
{
    DetailState *ds = &app->detail;
    if (ds->drag == DETAIL_DRAG_PAGE && (action == KEY_NEXT || action == KEY_PREV))
        return; /* the finger holds the pages */
    switch (action) {
    case KEY_NEXT: go_to(app, ds->section + 1, 0.0f); break;
    case KEY_PREV: go_to(app, ds->section - 1, 0.0f); break;
    case KEY_BACK: app_back(app); break;
    default: break;
    }
}

/* ---- enter and update ---------------------------------------------------- */

static void reset(App *app, int career)
{
    DetailState *ds = &app->detail;
    memset(ds, 0, sizeof *ds);
    ds->career = career;
    ds->section = clamp_section(app->nav.section);
    ds->position = (float)ds->section;
    for (int i = 0; i < SECTIONS; i++)
        scroll_init(&ds->scroll[i]);
    ds->measured_w = -1;
    ds->visited = true;
}

/* A fresh visit starts at the section asked for. Coming Back to the same
 * career (from compare, say) finds everything as it was left. */
static void detail_enter(App *app)
{
    DetailState *ds = &app->detail;
    int career = app->nav.career;
    bool resume = app->nav_was_back && ds->visited && ds->career == career;
    if (!resume)
        reset(app, career);
    ds->position = (float)ds->section;
    ds->paging = false;
    ds->drag = DETAIL_DRAG_NONE;
    ds->pressed = DETAIL_PRESS_NONE;
    ds->edge_dx = 0.0f;
    for (int i = 0; i < SECTIONS; i++)
        scroll_jump(&ds->scroll[i], ds->scroll[i].offset);
    /* Home leaves the card it grew open: continue from exactly that. */
    bool from_card = app->nav_from.screen == SCREEN_HOME && app->home.open == career;
    ds->entrance = resume      ? DETAIL_ENTER_NONE
                   : from_card ? DETAIL_ENTER_CARD
                               : DETAIL_ENTER_FADE;
    ds->entered_ms = app->now_ms;
    ds->last_update_ms = app->now_ms;
    ds->fade_ms = 0;
    app->dirty = true;
    if (!has_career(app)) {
        app_back(app); /* nothing to show: never an empty card */
        return;
    }
    if (!resume)
        app_event(app, EVENT_CARD_OPEN, app->content->careers[career].id, NULL);
    measure(app);
}

static uint32_t entrance_ms(const DetailState *ds)
{
    return ds->entrance == DETAIL_ENTER_CARD ? CROSSFADE_MS
           : ds->entrance == DETAIL_ENTER_FADE ? FADE_MS
                                               : 0;
}

/* 0..1: how far the entrance has got (1 when there is none). */
static float entrance_of(const App *app)
{
    const DetailState *ds = &app->detail;
    Tween t = tween_make(0.0f, 1.0f, ds->entered_ms, entrance_ms(ds), EASE_OUT_CUBIC);
    return tween_value(&t, app->now_ms);
}

/* Reduced motion: 0..1 through the fade that replaces a section slide. */
static float page_fade(const App *app)
{
    uint64_t start = app->detail.fade_ms; /* 0: no fade since entering */
    if (!app_reduced_motion(app) || !start || app->now_ms >= start + ACCESS_CROSSFADE_MS)
        return 1.0f;
    return (float)(app->now_ms - start) / (float)ACCESS_CROSSFADE_MS;
}

static bool detail_update(App *app)
{
    DetailState *ds = &app->detail;
    uint64_t dt = app->now_ms - ds->last_update_ms;
    ds->last_update_ms = app->now_ms;
    measure(app);
    if (ds->paging) {
        spring_step(&ds->pager, (uint32_t)(dt > 1000 ? 1000 : dt));
        ds->position = ds->pager.pos;
        if (spring_settle(&ds->pager, 0.0005f, 0.01f)) {
            ds->position = (float)ds->section;
            ds->paging = false;
        }
    }
    bool scrolling = false;
    for (int i = 0; i < SECTIONS; i++)
        scrolling |= scroll_update(&ds->scroll[i], app->now_ms);
    bool entering = app->now_ms < ds->entered_ms + entrance_ms(ds);
    return ds->paging || scrolling || entering || page_fade(app) < 1.0f;
}

/* ---- drawing ------------------------------------------------------------- */

static Color role_color(const App *app)
{
    Color role = color_rgb(app->content->careers[app->detail.career].color);
    return theme_role_fill(&app->theme, role);
}

static void draw_tabs(App *app, DrawList *dl, const DetailLayout *d)
{
    const DetailState *ds = &app->detail;
    TabStrip ts = tab_strip(app);
    Color role = role_color(app), white = {0xFF, 0xFF, 0xFF, 0xFF};
    Color on_role = color_readable_on(white, role, app->theme.min_text_contrast);
    Color ink = app->theme.text_on_surface, idle = app->theme.surface_alt;
    if (ts.shift > 0.0f)
        drawlist_clip_push(dl, rect_inset(d->tabs, 0.0f, -px(app, 4.0f)));
    for (int i = 0; i < SECTIONS; i++) {
        bool pressed = ds->pressed == DETAIL_PRESS_TAB && ds->pressed_tab == i;
        Color c = pressed ? color_darken(idle, 0.12f) : idle;
        Rect pill = tab_pill(app, ts.hit[i]);
        drawlist_rect(dl, pill, pill.h * 0.5f, c, c);
    }
    /* The current tab's colour slides with the pages. */
    float pos = fminf(fmaxf(ds->position, 0.0f), (float)(SECTIONS - 1));
    int a = (int)floorf(pos), b = a + 1 < SECTIONS ? a + 1 : a;
    Rect ind = rect_lerp(tab_pill(app, ts.hit[a]), tab_pill(app, ts.hit[b]), pos - (float)a);
    drawlist_rect(dl, ind, ind.h * 0.5f, role, role); /* flat: on_role's contrast holds */
    TextStyle st = layout_text_style(&app->layout, ts.role, WEIGHT_BOLD);
    float lh = app->measurer->line_height(app->measurer->user, &st);
    for (int i = 0; i < SECTIONS; i++) {
        Rect pill = tab_pill(app, ts.hit[i]);
        float on = 1.0f - fminf(fabsf(pos - (float)i), 1.0f);
        drawlist_text(dl, rect_make(pill.x, pill.y + (pill.h - lh) * 0.5f, pill.w, lh), &st,
                      color_mix(ink, on_role, on), ALIGN_CENTER, 1, tab_label(app, i));
    }
    if (ts.shift > 0.0f)
        drawlist_clip_pop(dl);
}

/* The sections under the tabs: the resting one, or two while sliding. */
static void draw_pages(App *app, DrawList *dl, const DetailLayout *d)
{
    const DetailState *ds = &app->detail;
    float saved = dl->alpha;
    dl->alpha = saved * page_fade(app);
    drawlist_clip_push(dl, d->view);
    int first = (int)floorf(ds->position);
    for (int i = first; i <= first + 1; i++) {
        if (i < 0 || i >= SECTIONS)
            continue;
        float x = d->view.x + ((float)i - ds->position) * d->view.w;
        float x0 = fmaxf(x, d->view.x), x1 = fminf(x + d->view.w, d->view.x + d->view.w);
        if (x1 <= x0)
            continue;
        Rect shown = rect_make(x0, d->view.y, x1 - x0, d->view.h);
        detail_page_draw(app, dl, ds->career, (DetailSection)i, x + d->pad,
                         d->content.y - ds->scroll[i].offset, d->content.w, shown);
    }
    drawlist_clip_pop(dl);
    dl->alpha = saved;
}

/* Soft edges and a thin bar say there is more above or below. */
static void draw_scroll_cues(App *app, DrawList *dl, const DetailLayout *d)
{
    const DetailState *ds = &app->detail;
    int i = (int)lroundf(ds->position);
    if (i < 0 || i >= SECTIONS || fabsf(ds->position - (float)i) > 0.01f)
        return;
    const Scroll *sc = &ds->scroll[i];
    if (!scroll_scrollable(sc))
        return;
    Color solid = app->theme.surface, clear = color_with_alpha(solid, 0);
    float fade = px(app, 56.0f), top_fade = px(app, 32.0f);
    if (sc->offset < scroll_max(sc) - 1.0f)
        drawlist_rect(dl, rect_make(d->view.x, d->view.y + d->view.h - fade, d->view.w, fade), 0.0f,
                      clear, solid);
    if (sc->offset > 1.0f)
        drawlist_rect(dl, rect_make(d->view.x, d->view.y, d->view.w, top_fade), 0.0f, solid, clear);
    Rect track = rect_make(d->view.x, d->view.y + px(app, 8.0f), d->view.w - px(app, 14.0f),
                           d->view.h - px(app, 16.0f));
    widget_scroll_bar(app, dl, track, sc->offset, sc->content, sc->viewport,
                      color_with_alpha(app->theme.text_muted_on_surface, 0x99));
}

/* The card: on arrival from home, home's own open card with its body
 * fading under the sections, so the hand-over has no seam. */
static void draw_card(App *app, DrawList *dl, const DetailLayout *d, float e)
{
    const DetailState *ds = &app->detail;
    if (ds->entrance != DETAIL_ENTER_CARD || e >= 1.0f) {
        card_draw_open_frame(app, dl, ds->career, d->card, d->band);
        return;
    }
    card_draw_open(app, dl, ds->career, d->card, 1.0f);
    /* The old body fades out in the first half, before the sections fade
     * in: two layouts never show through each other. */
    float out = fminf(e * 2.0f, 1.0f);
    Color cover = color_with_alpha(app->theme.surface, (uint8_t)lroundf(255.0f * out));
    float radius = app->theme.corner_radius * app->layout.s;
    drawlist_rect(dl, rect_make(d->card.x, d->card.y + d->band, d->card.w, d->card.h - d->band),
                  radius, cover, cover);
}

static void draw_top_bar(App *app, DrawList *dl, float e)
{
    const DetailState *ds = &app->detail;
    widget_back_button(app, dl, detail_button_rect(app, DETAIL_PRESS_BACK),
                       ds->pressed == DETAIL_PRESS_BACK);
    float saved = dl->alpha;
    dl->alpha = saved * e;
    widget_button(app, dl, detail_button_rect(app, DETAIL_PRESS_COMPARE), compare_label(app),
                  "icons/compare.svg", BUTTON_PRIMARY, ds->pressed == DETAIL_PRESS_COMPARE);
    widget_home_button(app, dl, detail_button_rect(app, DETAIL_PRESS_HOME),
                       ds->pressed == DETAIL_PRESS_HOME);
    dl->alpha = saved;
}

/* A swipe in from the edge pulls out a back arrow; past its size it is
 * armed and releasing goes Back. */
static void draw_edge_pull(App *app, DrawList *dl)
{
    const DetailState *ds = &app->detail;
    if (ds->drag != DETAIL_DRAG_EDGE || ds->edge_dx <= 0.0f)
        return;
    float size = px(app, 96.0f), t = fminf(ds->edge_dx / (2.0f * size), 1.0f);
    float x = -size + t * (size + px(app, 24.0f));
    Rect disc = rect_make(x, ds->edge_y - size * 0.5f, size, size);
    Color fill = color_with_alpha(app->theme.accent, (uint8_t)lroundf(255.0f * t));
    drawlist_rect(dl, disc, size * 0.5f, fill, fill);
    char path[1024];
    float is = px(app, 48.0f);
    drawlist_image(dl, rect_make(disc.x + (size - is) * 0.5f, disc.y + (size - is) * 0.5f, is, is),
                   app_asset_path(app, "icons/back.svg", path, sizeof path), app->theme.bg_bottom,
                   0.0f);
}

static void detail_draw(App *app, DrawList *dl)
{
    const DetailState *ds = &app->detail;
    widget_background(app, dl);
    if (!has_career(app))
        return;
    measure(app);
    DetailLayout d = geometry(app);
    float e = entrance_of(app);
    if (ds->entrance == DETAIL_ENTER_FADE)
        dl->alpha = e;
    draw_card(app, dl, &d, e);
    if (ds->entrance == DETAIL_ENTER_CARD)
        dl->alpha = fmaxf(e * 2.0f - 1.0f, 0.0f);
    draw_tabs(app, dl, &d);
    draw_pages(app, dl, &d);
    draw_scroll_cues(app, dl, &d);
    dl->alpha = ds->entrance == DETAIL_ENTER_FADE ? e : 1.0f;
    draw_top_bar(app, dl, e);
    dl->alpha *= e;
    /* Beside Compare in the top bar it steps back; floating, it leads. */
    widget_button(app, dl, detail_button_rect(app, DETAIL_PRESS_DAY), day_label(app),
                  "icons/clock.svg", app->layout.portrait ? BUTTON_PRIMARY : BUTTON_SECONDARY,
                  ds->pressed == DETAIL_PRESS_DAY);
    dl->alpha = 1.0f;
    draw_edge_pull(app, dl);
}

const ScreenOps detail_screen = {
    .name = "detail",
    .enter = detail_enter,
    .gesture = detail_gesture,
    .key = detail_key,
    .update = detail_update,
    .draw = detail_draw,
};
