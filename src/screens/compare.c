/* compare: the picker, the paged comparison and the role chooser.
 *
 * Pages sit side by side one screen width apart; `position` (in pages)
 * follows a drag exactly, and a release hands its velocity to a spring that
 * lands on the page spring_snap_index picks (at most one page per fling).
 * Drawing a page is compare_page's job; this file owns state, input and
 * the chrome around the pages. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "ease.h"
#include "screens/compare_page.h"
#include "screens/widgets.h"

enum {
    ENTRANCE_MS = 320,       /* picker items and headers ease in */
    ENTRANCE_STAGGER_MS = 50,
    ENTRANCE_MAX_STAGGER = 8,
    PAGE_DELAY_MS = 120,     /* a page's values start after the slide begins */
    CHOOSER_MS = 220,
    MAX_ITEMS = CONTENT_MAX_CAREERS,
};

/* Snappy but soft, as on home: settles in about 350 ms. */
#define SNAP_STIFFNESS 190.0f
#define SNAP_DAMPING_RATIO 0.92f
/* Drags that start this close to the left edge are "back" swipes. */
#define EDGE_UNITS 48.0f

/* The pairs the source articles compare, by career id. */
static const char *const suggested_ids[COMPARE_MAX_PAIRS][2] = {
    {"medical-assistant", "medical-coder"},
    {"medical-assistant", "billing-coding-specialist"},
    {"medical-assistant", "medical-admin-assistant"},
};

int compare_suggested_pairs(const Content *content, int out[COMPARE_MAX_PAIRS][2])
{
    int n = 0;
    for (int k = 0; k < COMPARE_MAX_PAIRS && content; k++) {
        int a = content_career_index(content, suggested_ids[k][0]);
        int b = content_career_index(content, suggested_ids[k][1]);
        if (a < 0 || b < 0 || a == b)
            continue;
        out[n][0] = a;
        out[n][1] = b;
        n++;
    }
    return n;
}

/* ---- small helpers ------------------------------------------------------ */

static int career_count(const App *app)
{
    return (int)app->content->career_count;
}

static bool valid_career(const App *app, int i)
{
    return i >= 0 && i < career_count(app);
}

static const Career *career_at(const App *app, int i)
{
    return &app->content->careers[i];
}

static const char *career_name(const App *app, int i)
{
    return ltext_get(&career_at(app, i)->name, app->lang);
}

static Color role_color(const App *app, int i)
{
    return theme_role_fill(&app->theme, color_rgb(career_at(app, i)->color));
}

static float px(const App *app, float units)
{
    return roundf(units * app->layout.s);
}

static float line_h(const App *app, TypeRole role, FontWeight weight)
{
    TextStyle st = layout_text_style(&app->layout, role, weight);
    return app->measurer->line_height(app->measurer->user, &st);
}

static bool text_fits(const App *app, const char *text, TypeRole role, FontWeight weight,
                      float width, int max_lines)
{
    TextStyle st = layout_text_style(&app->layout, role, weight);
    TextBlock b;
    text_wrap(app->measurer, &st, text, width, max_lines, &b);
    return !b.ellipsized && !b.overflow;
}

static float text_height(const App *app, const char *text, TypeRole role, FontWeight weight,
                         float width, int max_lines)
{
    TextStyle st = layout_text_style(&app->layout, role, weight);
    TextBlock b;
    text_wrap(app->measurer, &st, text, width, max_lines, &b);
    return b.height;
}

/* Text centred vertically on `cy`, fitted from `from` down. */
static void text_centred_on(App *app, DrawList *dl, float x, float cy, float w, const char *text,
                            TypeRole from, FontWeight weight, int max_lines, Color color,
                            TextAlign align)
{
    TypeRole role = widget_fit_role(app, text, from, weight, w, max_lines);
    float h = text_height(app, text, role, weight, w, max_lines);
    TextStyle st = layout_text_style(&app->layout, role, weight);
    drawlist_text(dl, rect_make(x, roundf(cy - h * 0.5f), w, h + 1.0f), &st, color, align, max_lines,
                  text);
}

static CompareLayout compare_layout(const App *app)
{
    return layout_compare(&app->layout);
}

static bool chooser_open(const CompareState *cs)
{
    return cs->chooser >= 0 && cs->chooser_anim.to > 0.5f;
}

static int last_page(void)
{
    return COMPARE_PAGES - 1;
}

static int clamp_page(int page)
{
    return page < 0 ? 0 : page > last_page() ? last_page() : page;
}

/* ---- the items a grid of chips offers ---------------------------------- */

static bool in_list(const int *items, int n, int v)
{
    for (int i = 0; i < n; i++)
        if (items[i] == v)
            return true;
    return false;
}

/* Picker: every role, or with a role given on entry, the others with its
 * suggested partners first. Chooser: every role but the one replaced (the
 * other side's role swaps the two). */
static int chip_items(const App *app, int out[MAX_ITEMS])
{
    const CompareState *cs = &app->compare;
    int n = 0, skip = cs->chooser >= 0 ? cs->role[cs->chooser] : cs->fixed;
    if (cs->chooser < 0 && cs->fixed >= 0)
        for (int k = 0; k < cs->pair_count; k++)
            for (int side = 0; side < 2; side++)
                if (cs->pairs[k][side] == cs->fixed && !in_list(out, n, cs->pairs[k][1 - side]))
                    out[n++] = cs->pairs[k][1 - side];
    for (int i = 0; i < career_count(app) && n < MAX_ITEMS; i++)
        if (i != skip && !in_list(out, n, i))
            out[n++] = i;
    return n;
}

/* ---- geometry --------------------------------------------------------- */

typedef struct {
    Rect area;
    int count, cols, rows, per_page, pages;
    float chip_w, chip_h, gap, x0;
    Rect prev, next, dots; /* the paging row, when there is more than a page */
    float height;          /* height used */
} ChipGrid;

/* Chips at least `min_w` design units wide, at most `max_cols` across. */
static ChipGrid chip_grid(const App *app, Rect area, int count, int max_cols, float min_w)
{
    ChipGrid g = {0};
    float target = widget_target_size(app);
    g.area = area;
    g.count = count;
    g.chip_h = px(app, 112.0f);
    g.gap = px(app, 24.0f);
    int fit_cols = (int)floorf((area.w + g.gap) / (px(app, min_w) + g.gap));
    max_cols = max_cols < fit_cols ? max_cols : fit_cols < 1 ? 1 : fit_cols;
    int max_rows = (int)floorf((area.h + g.gap) / (g.chip_h + g.gap));
    max_rows = max_rows < 1 ? 1 : max_rows;
    if (count > max_rows * max_cols) { /* page the chips, keeping a row for the buttons */
        int rows = (int)floorf((area.h - target) / (g.chip_h + g.gap));
        g.rows = rows < 1 ? 1 : rows;
        g.cols = max_cols;
        g.per_page = g.rows * g.cols;
        g.pages = (count + g.per_page - 1) / g.per_page;
    } else {
        int cols = count < max_cols ? (count > 0 ? count : 1) : max_cols;
        g.rows = (count + cols - 1) / cols;
        g.rows = g.rows < 1 ? 1 : g.rows;
        g.cols = (count + g.rows - 1) / g.rows; /* balanced: 4 chips make 2 x 2 */
        g.cols = g.cols < 1 ? 1 : g.cols;
        g.per_page = count;
        g.pages = 1;
    }
    g.chip_w = floorf((area.w - (float)(g.cols - 1) * g.gap) / (float)g.cols);
    float used_w = (float)g.cols * g.chip_w + (float)(g.cols - 1) * g.gap;
    g.x0 = roundf(area.x + (area.w - used_w) * 0.5f);
    g.height = (float)g.rows * (g.chip_h + g.gap) - g.gap;
    if (g.pages > 1) {
        float y = area.y + g.height + g.gap;
        g.prev = rect_make(area.x, y, target, target);
        g.next = rect_make(area.x + area.w - target, y, target, target);
        g.dots = rect_make(area.x, y, area.w, target);
        g.height += g.gap + target;
    }
    return g;
}

static Rect chip_slot(const ChipGrid *g, int slot)
{
    int col = slot % g->cols, row = slot / g->cols;
    return rect_make(g->x0 + (float)col * (g->chip_w + g->gap),
                     g->area.y + (float)row * (g->chip_h + g->gap), g->chip_w, g->chip_h);
}

typedef struct {
    Rect intro;         /* one line on what the comparison shows */
    Rect pairs_label, pairs[COMPARE_MAX_PAIRS];
    bool pairs_across;  /* wide, low pair cards: the roles side by side */
    Rect fixed;         /* the role given on entry */
    Rect chips_label;
    ChipGrid grid;
} PickerGeo;

static float label_h(const App *app)
{
    return line_h(app, TYPE_BODY, WEIGHT_BOLD);
}

static ChipGrid chip_grid_fit(const App *app, Rect area, int max_cols, float min_w);

static const char *picker_intro(const App *app)
{
    return app_ui(app, "compare.intro",
                  "See two roles side by side: pay, job growth, training, the workday and more.");
}

/* Lays the picker out top-down from `top`; returns the bottom used. */
static float picker_stack(const App *app, PickerGeo *g, float top, bool intro)
{
    const CompareState *cs = &app->compare;
    Rect a = compare_layout(app).picker;
    bool portrait = app->layout.portrait;
    float lh = label_h(app), lgap = px(app, 14.0f), sgap = px(app, 44.0f), gap = px(app, 24.0f);
    float y = top;
    if (intro) {
        float intro_h = text_height(app, picker_intro(app), TYPE_BODY, WEIGHT_REGULAR, a.w, 2);
        g->intro = rect_make(a.x, y, a.w, intro_h);
        y += intro_h + sgap;
    }
    if (cs->fixed >= 0) {
        g->fixed = rect_make(a.x, y, a.w, px(app, portrait ? 176.0f : 136.0f));
        y += g->fixed.h + sgap;
    } else if (cs->pair_count > 0) {
        g->pairs_label = rect_make(a.x, y, a.w, lh);
        y += lh + lgap;
        /* Three tall cards in a row where they are wide enough; otherwise
         * one wide card per pair, stacked (portrait, 4:3, 16:10). */
        float pw = floorf((a.w - 2.0f * gap) / 3.0f);
        bool row = !portrait && pw >= px(app, 560.0f);
        g->pairs_across = !portrait && !row;
        float ph = px(app, row ? 260.0f : portrait ? 216.0f : 96.0f);
        for (int k = 0; k < cs->pair_count; k++) {
            if (row) {
                g->pairs[k] = rect_make(a.x + (float)k * (pw + gap), y, pw, ph);
            } else {
                g->pairs[k] = rect_make(a.x, y, a.w, ph);
                y += ph + (k + 1 < cs->pair_count ? gap : 0.0f);
            }
        }
        y += (row ? ph : 0.0f) + sgap;
    }
    g->chips_label = rect_make(a.x, y, a.w, lh);
    y += lh + lgap;
    g->grid = chip_grid_fit(app, rect_make(a.x, y, a.w, a.y + a.h - y), portrait ? 2 : 4,
                            portrait ? 440.0f : 520.0f);
    g->chips_label.x = g->grid.x0;
    return y + g->grid.height;
}

/* The picker, centred vertically in its area when there is room. */
static PickerGeo picker_geo(const App *app)
{
    Rect a = compare_layout(app).picker;
    PickerGeo g;
    memset(&g, 0, sizeof g);
    /* The intro line goes first when space is short: every chip matters more. */
    bool intro = true;
    float bottom = picker_stack(app, &g, a.y, intro);
    if (g.grid.pages > 1) {
        intro = false;
        memset(&g, 0, sizeof g);
        bottom = picker_stack(app, &g, a.y, intro);
    }
    float spare = a.y + a.h - bottom;
    if (spare > 1.0f) {
        memset(&g, 0, sizeof g);
        picker_stack(app, &g, roundf(a.y + spare * (app->layout.portrait ? 0.25f : 0.4f)), intro);
    }
    return g;
}

typedef struct {
    Rect panel, title, subtitle, close;
    ChipGrid grid;
} ChooserGeo;

static ChooserGeo chooser_geo(const App *app)
{
    CompareLayout c = compare_layout(app);
    ChooserGeo g;
    memset(&g, 0, sizeof g);
    float pad = px(app, 40.0f), target = widget_target_size(app);
    float sub_h = line_h(app, TYPE_BODY, WEIGHT_REGULAR), head = target + sub_h + px(app, 28.0f);
    Rect inner = rect_inset(c.overlay, pad, pad);
    g.grid = chip_grid_fit(app, rect_make(inner.x, inner.y + head, inner.w, inner.h - head), 2,
                           440.0f);
    float h = fminf(c.overlay.h, 2.0f * pad + head + g.grid.height);
    float dy = roundf((c.overlay.h - h) * 0.5f);
    g.panel = rect_make(c.overlay.x, c.overlay.y + dy, c.overlay.w, h);
    inner = rect_inset(g.panel, pad, pad);
    float close_w = widget_button_width(app, app_ui(app, "close", "Close"), true);
    g.close = rect_make(inner.x + inner.w - close_w, inner.y, close_w, target);
    g.title = rect_make(inner.x, inner.y, inner.w - close_w - px(app, 24.0f), target);
    g.subtitle = rect_make(inner.x, inner.y + target + px(app, 4.0f), inner.w, sub_h);
    g.grid = chip_grid_fit(app, rect_make(inner.x, inner.y + head, inner.w, inner.h - head), 2,
                           440.0f);
    return g;
}

/* The previous / next page buttons: labelled with the neighbouring page's
 * title where it fits, a bare chevron where it does not. */
static Rect page_button(const App *app, const CompareLayout *c, int dir)
{
    const CompareState *cs = &app->compare;
    int to = cs->page + dir;
    if (to < 0 || to > last_page())
        return rect_make(0, 0, 0, 0);
    Rect row = c->controls;
    float gap = px(app, 24.0f);
    if (app->layout.portrait) {
        float w = floorf((row.w - gap) * 0.5f);
        return rect_make(dir < 0 ? row.x : row.x + row.w - w, row.y, w, row.h);
    }
    float dots_w = widget_page_dot_x(app, row, COMPARE_PAGES - 1, COMPARE_PAGES) -
                   widget_page_dot_x(app, row, 0, COMPARE_PAGES) + px(app, 48.0f);
    float room = floorf((row.w - dots_w) * 0.5f - gap);
    float w = widget_button_width(app, compare_page_title(app, (TakeawayDimension)to), true);
    if (w > room)
        w = row.h;
    return rect_make(dir < 0 ? row.x : row.x + row.w - w, row.y, w, row.h);
}

static bool page_button_labelled(const App *app, Rect r)
{
    return r.w > widget_target_size(app) + 1.0f;
}

/* ---- hit testing -------------------------------------------------------- */

static CompareHit hit(CompareHitKind kind, int index)
{
    CompareHit h = {kind, index};
    return h;
}

static CompareHit hit_chips(const App *app, const ChipGrid *g, float x, float y)
{
    const CompareState *cs = &app->compare;
    int items[MAX_ITEMS];
    int n = chip_items(app, items), first = cs->chip_page * g->per_page;
    for (int slot = 0; slot < g->per_page && first + slot < n; slot++)
        if (rect_contains(chip_slot(g, slot), x, y))
            return hit(COMPARE_HIT_CHIP, items[first + slot]);
    if (g->pages > 1 && cs->chip_page > 0 && rect_contains(g->prev, x, y))
        return hit(COMPARE_HIT_CHIP_PAGE, -1);
    if (g->pages > 1 && cs->chip_page < g->pages - 1 && rect_contains(g->next, x, y))
        return hit(COMPARE_HIT_CHIP_PAGE, 1);
    return hit(COMPARE_HIT_NONE, 0);
}

static CompareHit hit_test(const App *app, float x, float y)
{
    const CompareState *cs = &app->compare;
    CompareLayout c = compare_layout(app);
    if (chooser_open(cs)) {
        ChooserGeo g = chooser_geo(app);
        if (rect_contains(g.close, x, y))
            return hit(COMPARE_HIT_CLOSE, 0);
        CompareHit h = hit_chips(app, &g.grid, x, y);
        if (h.kind != COMPARE_HIT_NONE || rect_contains(g.panel, x, y))
            return h;
        return hit(COMPARE_HIT_SCRIM, 0);
    }
    if (rect_contains(c.back, x, y))
        return hit(COMPARE_HIT_BACK, 0);
    if (rect_contains(c.home, x, y))
        return hit(COMPARE_HIT_HOME, 0);
    if (cs->phase == COMPARE_PICK) {
        PickerGeo g = picker_geo(app);
        for (int k = 0; k < cs->pair_count && cs->fixed < 0; k++)
            if (rect_contains(g.pairs[k], x, y))
                return hit(COMPARE_HIT_PAIR, k);
        return hit_chips(app, &g.grid, x, y);
    }
    for (int i = 0; i < 2; i++)
        if (rect_contains(c.header[i], x, y))
            return hit(COMPARE_HIT_HEADER, i);
    if (rect_contains(page_button(app, &c, -1), x, y))
        return hit(COMPARE_HIT_PREV, 0);
    if (rect_contains(page_button(app, &c, 1), x, y))
        return hit(COMPARE_HIT_NEXT, 0);
    return hit(COMPARE_HIT_NONE, 0);
}

static bool chip_rect_of(const App *app, const ChipGrid *g, int career, Rect *out)
{
    int items[MAX_ITEMS];
    int n = chip_items(app, items), first = app->compare.chip_page * g->per_page;
    for (int slot = 0; slot < g->per_page && first + slot < n; slot++)
        if (items[first + slot] == career) {
            *out = chip_slot(g, slot);
            return true;
        }
    return false;
}

bool compare_target_rect(const App *app, CompareHit target, Rect *out)
{
    const CompareState *cs = &app->compare;
    CompareLayout c = compare_layout(app);
    switch (target.kind) {
    case COMPARE_HIT_BACK: *out = c.back; return true;
    case COMPARE_HIT_HOME: *out = c.home; return true;
    case COMPARE_HIT_HEADER:
        *out = c.header[target.index & 1];
        return cs->phase == COMPARE_VIEW;
    case COMPARE_HIT_PREV:
    case COMPARE_HIT_NEXT:
        *out = page_button(app, &c, target.kind == COMPARE_HIT_PREV ? -1 : 1);
        return cs->phase == COMPARE_VIEW && out->w > 0.0f;
    case COMPARE_HIT_CLOSE: *out = chooser_geo(app).close; return chooser_open(cs);
    case COMPARE_HIT_PAIR:
        if (cs->phase != COMPARE_PICK || cs->fixed >= 0 || target.index < 0 ||
            target.index >= cs->pair_count)
            return false;
        *out = picker_geo(app).pairs[target.index];
        return true;
    case COMPARE_HIT_CHIP: {
        if (!chooser_open(cs) && cs->phase != COMPARE_PICK)
            return false;
        ChipGrid g = chooser_open(cs) ? chooser_geo(app).grid : picker_geo(app).grid;
        return chip_rect_of(app, &g, target.index, out);
    }
    default: return false;
    }
}

static bool is_pressed(const CompareState *cs, CompareHitKind kind, int index)
{
    return cs->pressed.kind == kind && cs->pressed.index == index;
}

/* ---- state changes ---------------------------------------------------- */

static void start_page(App *app, int page, uint64_t delay_ms)
{
    CompareState *cs = &app->compare;
    if (page != cs->page)
        cs->leaving = cs->page;
    cs->page = page;
    cs->page_shown_ms = app->now_ms + delay_ms;
}

/* Analytics: which pair a visitor compared (content ids only). */
static void log_pair(App *app)
{
    const CompareState *cs = &app->compare;
    if (valid_career(app, cs->role[0]) && valid_career(app, cs->role[1]))
        app_event(app, EVENT_COMPARE, app->content->careers[cs->role[0]].id,
                  app->content->careers[cs->role[1]].id);
}

static void show_comparison(App *app, int a, int b, int page, bool via_picker)
{
    CompareState *cs = &app->compare;
    cs->role[0] = a;
    cs->role[1] = b;
    cs->phase = COMPARE_VIEW;
    cs->via_picker = via_picker;
    cs->page = clamp_page(page);
    cs->leaving = -1;
    cs->position = (float)cs->page;
    cs->settling = cs->dragging = cs->edge_swipe = false;
    cs->entered_ms = app->now_ms;
    cs->page_shown_ms = app->now_ms + PAGE_DELAY_MS;
    cs->focus = -1;
    cs->chip_page = 0;
    app->dirty = true;
    log_pair(app);
}

static void show_picker(App *app)
{
    CompareState *cs = &app->compare;
    cs->phase = COMPARE_PICK;
    cs->role[0] = cs->role[1] = -1;
    cs->picked = -1;
    cs->chip_page = 0;
    cs->focus = -1;
    cs->entered_ms = app->now_ms;
    app->dirty = true;
}

static void compare_enter(App *app)
{
    CompareState *cs = &app->compare;
    memset(cs, 0, sizeof *cs);
    cs->role[0] = cs->role[1] = cs->fixed = cs->picked = cs->chooser = cs->focus = cs->leaving = -1;
    cs->pair_count = compare_suggested_pairs(app->content, cs->pairs);
    cs->chooser_anim = tween_still(0.0f);
    cs->entered_ms = cs->last_update_ms = app->now_ms;
    app->dirty = true;
    int a = valid_career(app, app->nav.career) ? app->nav.career : -1;
    int b = valid_career(app, app->nav.other) ? app->nav.other : -1;
    if (a >= 0 && b >= 0 && a != b)
        show_comparison(app, a, b, app->nav.section, false);
    else
        cs->fixed = a >= 0 ? a : b;
}

static void settle_to(App *app, int slot, float velocity_pages_per_ms)
{
    CompareState *cs = &app->compare;
    slot = clamp_page(slot);
    if (slot != cs->page)
        start_page(app, slot, PAGE_DELAY_MS / 2);
    if (app_reduced_motion(app)) { /* no slide: the page crossfades in place */
        cs->position = (float)slot;
        cs->settling = false;
        cs->fade_ms = app->now_ms;
        app->dirty = true;
        return;
    }
    cs->snap = spring_make(cs->position, (float)slot, SNAP_STIFFNESS, SNAP_DAMPING_RATIO);
    cs->snap.vel = velocity_pages_per_ms * 1000.0f; /* the spring counts per second */
    cs->settling = true;
    cs->last_update_ms = app->now_ms;
    app->dirty = true;
}

static void open_chooser(App *app, int slot)
{
    CompareState *cs = &app->compare;
    cs->chooser = slot;
    cs->chooser_anim = tween_make(tween_value(&cs->chooser_anim, app->now_ms), 1.0f, app->now_ms,
                                  CHOOSER_MS, EASE_OUT_CUBIC);
    cs->chip_page = 0;
    cs->focus = -1;
    app->dirty = true;
}

static void close_chooser(App *app)
{
    CompareState *cs = &app->compare;
    cs->chooser_anim = tween_make(tween_value(&cs->chooser_anim, app->now_ms), 0.0f, app->now_ms,
                                  CHOOSER_MS, EASE_IN_OUT_CUBIC);
    cs->focus = -1;
    app->dirty = true;
}

/* Puts `career` in the slot being changed; the other side's role swaps
 * sides. The page stays and its values grow in again. */
static void choose(App *app, int career)
{
    CompareState *cs = &app->compare;
    int slot = cs->chooser, other = 1 - slot;
    if (career == cs->role[other])
        cs->role[other] = cs->role[slot];
    cs->role[slot] = career;
    close_chooser(app);
    cs->leaving = -1;
    cs->page_shown_ms = app->now_ms + CHOOSER_MS / 2;
    log_pair(app);
}

static void pick_chip(App *app, int career)
{
    CompareState *cs = &app->compare;
    if (cs->fixed >= 0)
        show_comparison(app, cs->fixed, career, 0, true);
    else if (cs->picked < 0)
        cs->picked = career;
    else if (cs->picked == career)
        cs->picked = -1;
    else
        show_comparison(app, cs->picked, career, 0, true);
    app->dirty = true;
}

/* Back closes the chooser, then returns from the comparison to the picker
 * if the visitor picked the roles here, then leaves the screen. */
static void go_back(App *app)
{
    CompareState *cs = &app->compare;
    if (chooser_open(cs))
        close_chooser(app);
    else if (cs->phase == COMPARE_VIEW && cs->via_picker)
        show_picker(app);
    else
        app_back(app);
}

static void chip_page_by(App *app, int dir)
{
    CompareState *cs = &app->compare;
    ChipGrid g = chooser_open(cs) ? chooser_geo(app).grid : picker_geo(app).grid;
    int page = cs->chip_page + dir;
    cs->chip_page = page < 0 ? 0 : page >= g.pages ? g.pages - 1 : page;
    app->dirty = true;
}

static void activate(App *app, CompareHit h)
{
    CompareState *cs = &app->compare;
    switch (h.kind) {
    case COMPARE_HIT_BACK: go_back(app); break;
    case COMPARE_HIT_HOME: app_home(app); break;
    case COMPARE_HIT_PAIR:
        show_comparison(app, cs->pairs[h.index][0], cs->pairs[h.index][1], 0, true);
        break;
    case COMPARE_HIT_CHIP:
        if (chooser_open(cs))
            choose(app, h.index);
        else
            pick_chip(app, h.index);
        break;
    case COMPARE_HIT_CHIP_PAGE: chip_page_by(app, h.index); break;
    case COMPARE_HIT_HEADER: open_chooser(app, h.index); break;
    case COMPARE_HIT_PREV: settle_to(app, cs->page - 1, 0.0f); break;
    case COMPARE_HIT_NEXT: settle_to(app, cs->page + 1, 0.0f); break;
    case COMPARE_HIT_CLOSE:
    case COMPARE_HIT_SCRIM: close_chooser(app); break;
    case COMPARE_HIT_NONE: break;
    }
}

/* ---- gestures ------------------------------------------------------------ */

static void drag_to(App *app, float dx)
{
    CompareState *cs = &app->compare;
    if (app_reduced_motion(app))
        return; /* the pages stay still; the release picks the next one */
    float pos = cs->drag_start_position - dx / compare_layout(app).page_pitch;
    float last = (float)last_page();
    /* Rubber band past either end: the pages resist rather than stop. */
    if (pos < 0.0f)
        pos *= 0.35f;
    else if (pos > last)
        pos = last + (pos - last) * 0.35f;
    cs->position = pos;
    app->dirty = true;
}

static void drag_start(App *app, const Gesture *g)
{
    CompareState *cs = &app->compare;
    cs->pressed = hit(COMPARE_HIT_NONE, 0);
    app->dirty = true;
    if (g->start_x < layout_px(&app->layout, EDGE_UNITS) && !chooser_open(cs)) {
        cs->edge_swipe = true;
        return;
    }
    if (cs->phase != COMPARE_VIEW || chooser_open(cs))
        return;
    cs->dragging = true;
    cs->settling = false;
    cs->drag_start_position = cs->position;
    drag_to(app, g->dx);
}

/* A release: an edge swipe goes back, a page drag snaps, a swipe over a
 * grid of chips turns its page. */
static void drag_release(App *app, const Gesture *g)
{
    CompareState *cs = &app->compare;
    if (cs->edge_swipe) {
        cs->edge_swipe = false;
        if (g->dx > 0.0f)
            go_back(app);
        return;
    }
    if (cs->dragging) {
        float pitch = compare_layout(app).page_pitch;
        float velocity = -g->vx / pitch;
        cs->dragging = false;
        float pos = app_reduced_motion(app) ? cs->drag_start_position - g->dx / pitch
                                            : cs->position;
        settle_to(app, spring_snap_index(pos, velocity, COMPARE_PAGES, 1), velocity);
        return;
    }
    bool grid = chooser_open(cs) || cs->phase == COMPARE_PICK;
    if (grid && g->kind == GESTURE_SWIPE && fabsf(g->dx) > fabsf(g->dy))
        chip_page_by(app, g->dx < 0.0f ? 1 : -1);
}

static void compare_gesture(App *app, const Gesture *g)
{
    CompareState *cs = &app->compare;
    switch (g->kind) {
    case GESTURE_PRESS:
        cs->pressed = hit_test(app, g->x, g->y);
        app->dirty = true;
        break;
    case GESTURE_TAP: {
        CompareHit h = hit_test(app, g->start_x, g->start_y);
        cs->pressed = hit(COMPARE_HIT_NONE, 0);
        cs->focus = -1;
        app->dirty = true;
        activate(app, h);
        break;
    }
    case GESTURE_DRAG_START: drag_start(app, g); break;
    case GESTURE_DRAG:
        if (cs->dragging)
            drag_to(app, g->dx);
        break;
    case GESTURE_SWIPE:
    case GESTURE_DRAG_END: drag_release(app, g); break;
    case GESTURE_LONG_PRESS:
    case GESTURE_CANCEL:
        cs->pressed = hit(COMPARE_HIT_NONE, 0);
        app->dirty = true;
        break;
    }
}

/* ---- keys ---------------------------------------------------------------- */

/* Keyboard focus runs over the pair cards, then the chips (picker), or the
 * chips alone (chooser). */
static int focus_count(const App *app)
{
    int items[MAX_ITEMS];
    int chips = chip_items(app, items);
    bool pairs = !chooser_open(&app->compare) && app->compare.fixed < 0;
    return chips + (pairs ? app->compare.pair_count : 0);
}

static CompareHit focus_hit(const App *app, int focus)
{
    const CompareState *cs = &app->compare;
    int pairs = !chooser_open(cs) && cs->fixed < 0 ? cs->pair_count : 0;
    if (focus < pairs)
        return hit(COMPARE_HIT_PAIR, focus);
    int items[MAX_ITEMS];
    int n = chip_items(app, items);
    return focus - pairs < n ? hit(COMPARE_HIT_CHIP, items[focus - pairs]) : hit(COMPARE_HIT_NONE, 0);
}

static void move_focus(App *app, int dir)
{
    CompareState *cs = &app->compare;
    int n = focus_count(app);
    if (n == 0)
        return;
    cs->focus = cs->focus < 0 ? 0 : (cs->focus + dir + n) % n;
    int pairs = !chooser_open(cs) && cs->fixed < 0 ? cs->pair_count : 0;
    if (cs->focus >= pairs) { /* show the chip's page */
        ChipGrid g = chooser_open(cs) ? chooser_geo(app).grid : picker_geo(app).grid;
        cs->chip_page = g.per_page > 0 ? (cs->focus - pairs) / g.per_page : 0;
    }
    app->dirty = true;
}

static void compare_key(App *app, KeyAction action)
{
    CompareState *cs = &app->compare;
    bool grid = chooser_open(cs) || cs->phase == COMPARE_PICK;
    switch (action) {
    case KEY_BACK: go_back(app); break;
    case KEY_NEXT:
    case KEY_PREV: {
        int dir = action == KEY_NEXT ? 1 : -1;
        if (grid)
            move_focus(app, dir);
        else
            settle_to(app, cs->page + dir, 0.0f);
        break;
    }
    case KEY_ACTIVATE:
        if (grid && cs->focus >= 0)
            activate(app, focus_hit(app, cs->focus));
        break;
    default: break;
    }
}

/* ---- time ---------------------------------------------------------------- */

static uint64_t entrance_end(const App *app)
{
    const CompareState *cs = &app->compare;
    int items = cs->phase == COMPARE_PICK ? ENTRANCE_MAX_STAGGER : 0;
    if (app_reduced_motion(app))
        return cs->fade_ms + ACCESS_CROSSFADE_MS; /* only a page's crossfade runs */
    return cs->entered_ms + ENTRANCE_MS + (uint64_t)ENTRANCE_STAGGER_MS * (uint64_t)items;
}

static bool compare_update(App *app)
{
    CompareState *cs = &app->compare;
    uint64_t dt = app->now_ms - cs->last_update_ms;
    cs->last_update_ms = app->now_ms;
    if (cs->settling) {
        spring_step(&cs->snap, (uint32_t)(dt > 1000 ? 1000 : dt));
        cs->position = cs->snap.pos;
        if (spring_settle(&cs->snap, 0.001f, 0.01f)) {
            cs->position = cs->snap.target;
            cs->settling = false;
            cs->leaving = -1;
        }
    }
    bool chooser_moving = !tween_done(&cs->chooser_anim, app->now_ms);
    if (!chooser_moving && cs->chooser >= 0 && cs->chooser_anim.to < 0.5f)
        cs->chooser = -1;
    bool page_moving = cs->phase == COMPARE_VIEW && !app_reduced_motion(app) &&
                       app->now_ms < cs->page_shown_ms + compare_page_entrance_ms();
    return cs->settling || chooser_moving || page_moving || app->now_ms < entrance_end(app);
}

/* Entrance of item `index` (0 hidden .. 1 in place). */
static float entrance(const App *app, int index)
{
    if (app_reduced_motion(app))
        return 1.0f; /* the router's crossfade is the entrance */
    index = index > ENTRANCE_MAX_STAGGER ? ENTRANCE_MAX_STAGGER : index;
    uint64_t start = tween_stagger_start(app->compare.entered_ms, index, ENTRANCE_STAGGER_MS);
    Tween t = tween_make(0.0f, 1.0f, start, ENTRANCE_MS, EASE_OUT_CUBIC);
    return tween_value(&t, app->now_ms);
}

/* ---- drawing: shared pieces ---------------------------------------------- */

/* A role's icon on a translucent disc. */
static void role_icon(App *app, DrawList *dl, int career, Rect disc, Color halo)
{
    char path[1024];
    drawlist_rect(dl, disc, disc.w * 0.5f, halo, halo);
    drawlist_image(dl, rect_inset(disc, disc.w * 0.2f, disc.h * 0.2f),
                   app_bundle_path(app, career_at(app, career)->icon, path, sizeof path),
                   color_rgb(0xFFFFFF), 0.0f);
}

/* A block of a role's colour with a soft top light. */
static void role_fill(App *app, DrawList *dl, Rect r, float radius, int career, bool pressed)
{
    Color base = role_color(app, career);
    if (pressed)
        base = color_darken(base, 0.18f);
    drawlist_rect(dl, r, radius, color_lighten(base, 0.14f), base);
}

static Color on_role(const App *app, int career)
{
    Color white = color_rgb(0xFFFFFF);
    return color_contrast(white, role_color(app, career)) >= 4.5 ? white
                                                                 : app->theme.text_on_surface;
}

static void draw_top_bar(App *app, DrawList *dl, const CompareLayout *c)
{
    const CompareState *cs = &app->compare;
    widget_back_button(app, dl, c->back, is_pressed(cs, COMPARE_HIT_BACK, 0));
    widget_home_button(app, dl, c->home, is_pressed(cs, COMPARE_HIT_HOME, 0));
}

static void draw_title(App *app, DrawList *dl, const CompareLayout *c, const char *title)
{
    float cy = c->title.y + c->title.h * 0.5f;
    text_centred_on(app, dl, c->title.x, cy, c->title.w, title, TYPE_H1, WEIGHT_BOLD, 1,
                    app->theme.text_on_bg, ALIGN_CENTER);
}

/* ---- drawing: picker ------------------------------------------------------ */

static void draw_label(App *app, DrawList *dl, Rect r, const char *text)
{
    text_centred_on(app, dl, r.x, r.y + r.h * 0.5f, r.w, text, TYPE_BODY, WEIGHT_BOLD, 1,
                    app->theme.text_muted_on_bg, ALIGN_LEFT);
}

/* A pair card's halves with a "vs" disc on the seam: one role above the
 * other, or side by side (`across`) on wide, low cards; `text` is where
 * each half's name goes. */
typedef struct {
    Rect half[2], text[2], disc[2], vs;
    bool across;
} PairGeo;

static PairGeo pair_geo(const App *app, Rect r, bool across)
{
    PairGeo g;
    g.across = across;
    float pad = px(app, 28.0f), disc = px(app, across ? 64.0f : 72.0f), vs = px(app, 64.0f);
    float hw = roundf(r.w * 0.5f), hh = roundf(r.h * 0.5f);
    g.half[0] = across ? rect_make(r.x, r.y, hw, r.h) : rect_make(r.x, r.y, r.w, hh);
    g.half[1] = across ? rect_make(r.x + hw, r.y, r.w - hw, r.h)
                       : rect_make(r.x, r.y + hh, r.w, r.h - hh);
    g.vs = across ? rect_make(r.x + hw - vs * 0.5f, r.y + (r.h - vs) * 0.5f, vs, vs)
                  : rect_make(r.x + r.w - pad - vs, g.half[1].y - vs * 0.5f, vs, vs);
    for (int i = 0; i < 2; i++) {
        Rect h = g.half[i];
        /* Names keep clear of the "vs" disc on the seam. */
        float left = h.x + pad + (across && i == 1 ? vs * 0.5f : 0.0f);
        float right = across ? h.x + h.w - pad - (i == 0 ? vs * 0.5f : 0.0f) : g.vs.x - px(app, 16.0f);
        g.disc[i] = rect_make(left, h.y + (h.h - disc) * 0.5f, disc, disc);
        float x = left + disc + px(app, 20.0f);
        g.text[i] = rect_make(x, h.y, right - x, h.h);
    }
    return g;
}

/* Lines of `role` that fit in a height. */
static int lines_in(const App *app, TypeRole role, float h)
{
    int n = (int)floorf(h / line_h(app, role, WEIGHT_BOLD));
    return n < 1 ? 1 : n > 2 ? 2 : n;
}

/* One type size for every name on the pair cards: the largest that fits
 * them all in their halves. */
static TypeRole pair_name_role(const App *app, const PickerGeo *pg)
{
    const CompareState *cs = &app->compare;
    TypeRole role = TYPE_H2;
    for (int k = 0; k < cs->pair_count; k++) {
        PairGeo g = pair_geo(app, pg->pairs[k], pg->pairs_across);
        for (int i = 0; i < 2; i++) {
            TypeRole r = TYPE_H2;
            for (; r < TYPE_CAPTION; r++)
                if (text_fits(app, career_name(app, cs->pairs[k][i]), r, WEIGHT_BOLD, g.text[i].w,
                              lines_in(app, r, g.text[i].h - px(app, 4.0f))))
                    break;
            role = r > role ? r : role;
        }
    }
    return role;
}

/* A suggested pair: the two roles' colours meet at a "vs" disc. */
static void draw_pair(App *app, DrawList *dl, Rect r, int k, bool across, TypeRole name_role,
                      bool pressed, bool focused)
{
    const CompareState *cs = &app->compare;
    float s = app->layout.s, radius = app->theme.corner_radius * s;
    if (pressed)
        r = rect_inset(r, 3.0f * s, 3.0f * s);
    if (focused)
        widget_focus_ring(app, dl, r, radius);
    drawlist_shadow(dl, rect_make(r.x, r.y + px(app, 14.0f), r.w, r.h), radius, px(app, 36.0f),
                    app->theme.shadow);
    PairGeo g = pair_geo(app, r, across);
    int b = cs->pairs[k][1];
    role_fill(app, dl, r, radius, cs->pairs[k][0], pressed);
    role_fill(app, dl, g.half[1], radius, b, pressed);
    /* Square off the second half's corners where the halves meet. */
    Rect h = g.half[1];
    Color bc = pressed ? color_darken(role_color(app, b), 0.18f) : role_color(app, b);
    Color top = color_lighten(bc, 0.14f);
    if (across)
        drawlist_rect(dl, rect_make(h.x, h.y, radius, h.h), 0.0f, top, bc);
    else
        drawlist_rect(dl, rect_make(h.x, h.y, h.w, radius), 0.0f, top, color_mix(top, bc, radius / h.h));
    Color halo = color_with_alpha(color_rgb(0xFFFFFF), 0x33);
    TextStyle st = layout_text_style(&app->layout, name_role, WEIGHT_BOLD);
    for (int i = 0; i < 2; i++) {
        int career = cs->pairs[k][i];
        role_icon(app, dl, career, g.disc[i], halo);
        const char *name = career_name(app, career);
        Rect t = g.text[i];
        int lines = lines_in(app, name_role, t.h - px(app, 4.0f));
        float th = text_height(app, name, name_role, WEIGHT_BOLD, t.w, lines);
        drawlist_text(dl, rect_make(t.x, roundf(t.y + (t.h - th) * 0.5f), t.w, th + 1.0f), &st,
                      on_role(app, career), ALIGN_LEFT, lines, name);
    }
    drawlist_rect(dl, g.vs, g.vs.w * 0.5f, app->theme.surface, app->theme.surface);
    text_centred_on(app, dl, g.vs.x, g.vs.y + g.vs.h * 0.5f, g.vs.w, app_ui(app, "compare.vs", "vs"),
                    TYPE_CAPTION, WEIGHT_BOLD, 1, app->theme.text_on_surface, ALIGN_CENTER);
}

static Rect chip_text_rect(const App *app, Rect r)
{
    float pad = px(app, 22.0f), disc = px(app, 68.0f), x = r.x + pad + disc + px(app, 20.0f);
    return rect_make(x, r.y, r.x + r.w - pad - x, r.h);
}

/* A role chip: icon disc in the role colour and the name; filled with the
 * colour once chosen. */
static void draw_chip(App *app, DrawList *dl, Rect r, int career, TypeRole name_role,
                      bool selected, bool pressed, bool focused)
{
    float s = app->layout.s, radius = px(app, 28.0f);
    if (pressed)
        r = rect_inset(r, 3.0f * s, 3.0f * s);
    if (focused)
        widget_focus_ring(app, dl, r, radius);
    Color white = color_rgb(0xFFFFFF);
    if (selected) {
        drawlist_rect(dl, rect_inset(r, -px(app, 4.0f), -px(app, 4.0f)), radius + px(app, 4.0f), white,
                      white);
        role_fill(app, dl, r, radius, career, pressed);
    } else {
        Color fill = color_with_alpha(white, pressed ? 0x14 : 0x1F);
        drawlist_rect(dl, r, radius, fill, fill);
    }
    float pad = px(app, 22.0f), disc = px(app, 68.0f);
    Color halo = selected ? color_with_alpha(white, 0x33) : role_color(app, career);
    role_icon(app, dl, career, rect_make(r.x + pad, r.y + (r.h - disc) * 0.5f, disc, disc), halo);
    Rect t = chip_text_rect(app, r);
    text_centred_on(app, dl, t.x, r.y + r.h * 0.5f, t.w, career_name(app, career), name_role,
                    WEIGHT_BOLD, 2, selected ? on_role(app, career) : app->theme.text_on_bg,
                    ALIGN_LEFT);
}

/* One type size for the names on a page of chips: body where all fit. */
static TypeRole chip_name_role(const App *app, const ChipGrid *g, const int *items, int first,
                               int n)
{
    for (int slot = 0; slot < g->per_page && first + slot < n; slot++) {
        Rect t = chip_text_rect(app, chip_slot(g, slot));
        if (!text_fits(app, career_name(app, items[first + slot]), TYPE_BODY, WEIGHT_BOLD, t.w, 2))
            return TYPE_CAPTION;
    }
    return TYPE_BODY;
}

/* The most columns (up to `max_cols`) at which every name reads in body
 * type on one page; failing that, `max_cols`. Fewer, wider chips beat
 * small type when there is height to spare. */
static ChipGrid chip_grid_fit(const App *app, Rect area, int max_cols, float min_w)
{
    int items[MAX_ITEMS];
    int n = chip_items(app, items);
    for (int cols = max_cols; cols >= 1; cols--) {
        ChipGrid g = chip_grid(app, area, n, cols, min_w);
        if (g.pages == 1 && chip_name_role(app, &g, items, 0, n) == TYPE_BODY)
            return g;
    }
    return chip_grid(app, area, n, max_cols, min_w);
}

static void draw_chip_grid(App *app, DrawList *dl, const ChipGrid *g, int first_item)
{
    const CompareState *cs = &app->compare;
    int items[MAX_ITEMS];
    int n = chip_items(app, items), first = cs->chip_page * g->per_page;
    int pairs = chooser_open(cs) || cs->fixed >= 0 ? 0 : cs->pair_count;
    TypeRole role = chip_name_role(app, g, items, first, n);
    for (int slot = 0; slot < g->per_page && first + slot < n; slot++) {
        int career = items[first + slot];
        float t = cs->chooser >= 0 ? 1.0f : entrance(app, first_item + slot);
        Rect r = chip_slot(g, slot);
        r.y += roundf((1.0f - t) * px(app, 32.0f));
        float keep = dl->alpha;
        dl->alpha = keep * t;
        draw_chip(app, dl, r, career, role, cs->chooser < 0 && career == cs->picked,
                  is_pressed(cs, COMPARE_HIT_CHIP, career), cs->focus == pairs + first + slot);
        dl->alpha = keep;
    }
    if (g->pages < 2)
        return;
    widget_page_dots(app, dl, g->dots, g->pages, (float)cs->chip_page, false);
    if (cs->chip_page > 0)
        widget_icon_button(app, dl, g->prev, "icons/chevron-left.svg", BUTTON_SECONDARY,
                           is_pressed(cs, COMPARE_HIT_CHIP_PAGE, -1), true);
    if (cs->chip_page < g->pages - 1)
        widget_icon_button(app, dl, g->next, "icons/chevron-right.svg", BUTTON_SECONDARY,
                           is_pressed(cs, COMPARE_HIT_CHIP_PAGE, 1), true);
}

/* With a role given on entry: that role, large, waiting for its partner. */
static void draw_fixed(App *app, DrawList *dl, Rect r)
{
    const CompareState *cs = &app->compare;
    float radius = app->theme.corner_radius * app->layout.s;
    drawlist_shadow(dl, rect_make(r.x, r.y + px(app, 14.0f), r.w, r.h), radius, px(app, 36.0f),
                    app->theme.shadow);
    role_fill(app, dl, r, radius, cs->fixed, false);
    float pad = px(app, 36.0f), disc = px(app, 96.0f);
    role_icon(app, dl, cs->fixed, rect_make(r.x + pad, r.y + (r.h - disc) * 0.5f, disc, disc),
              color_with_alpha(color_rgb(0xFFFFFF), 0x33));
    float x = r.x + pad + disc + px(app, 28.0f);
    text_centred_on(app, dl, x, r.y + r.h * 0.5f, r.x + r.w - pad - x, career_name(app, cs->fixed),
                    TYPE_H1, WEIGHT_BOLD, 2, on_role(app, cs->fixed), ALIGN_LEFT);
}

static const char *chips_prompt(const App *app)
{
    const CompareState *cs = &app->compare;
    if (cs->fixed >= 0)
        return app_ui(app, "compare.choose_other", "Choose a role to compare it with");
    if (cs->picked >= 0)
        return app_ui(app, "compare.choose_second", "Now choose a second role");
    return cs->pair_count ? app_ui(app, "compare.choose_any", "Or choose any two roles")
                          : app_ui(app, "compare.choose_two", "Choose two roles");
}

static void draw_picker(App *app, DrawList *dl, const CompareLayout *c)
{
    const CompareState *cs = &app->compare;
    PickerGeo g = picker_geo(app);
    draw_title(app, dl, c,
               cs->fixed >= 0 ? app_ui(app, "compare.title_with", "Compare with\xE2\x80\xA6")
                              : app_ui(app, "compare.title", "Compare two roles"));
    int item = 0;
    dl->alpha = entrance(app, 0);
    TextStyle intro = layout_text_style(&app->layout, TYPE_BODY, WEIGHT_REGULAR);
    if (g.intro.h > 0.0f)
        drawlist_text(dl, g.intro, &intro, app->theme.text_muted_on_bg, ALIGN_LEFT, 2,
                      picker_intro(app));
    if (cs->fixed >= 0) {
        dl->alpha = entrance(app, item++);
        draw_fixed(app, dl, g.fixed);
    } else if (cs->pair_count) {
        TypeRole name_role = pair_name_role(app, &g);
        dl->alpha = entrance(app, 0);
        draw_label(app, dl, g.pairs_label,
                   app_ui(app, "compare.suggested", "Compared most often"));
        for (int k = 0; k < cs->pair_count; k++) {
            float t = entrance(app, item++);
            Rect r = g.pairs[k];
            r.y += roundf((1.0f - t) * px(app, 32.0f));
            dl->alpha = t;
            draw_pair(app, dl, r, k, g.pairs_across, name_role, is_pressed(cs, COMPARE_HIT_PAIR, k),
                      cs->focus == k);
        }
    }
    dl->alpha = entrance(app, item);
    draw_label(app, dl, g.chips_label, chips_prompt(app));
    dl->alpha = 1.0f;
    draw_chip_grid(app, dl, &g.grid, item);
}

/* ---- drawing: comparison -------------------------------------------------- */

/* The "Change" cue on a header: labelled when there is room. */
static Rect change_pill(const App *app, Rect header, bool *labelled)
{
    float pad = px(app, 24.0f), h = px(app, 64.0f);
    float w = widget_button_width(app, app_ui(app, "compare.change", "Change"), true);
    *labelled = header.w - w > px(app, 560.0f) * app->layout.text_scale;
    if (!*labelled)
        w = h;
    float y = app->layout.portrait ? header.y + pad : header.y + (header.h - h) * 0.5f;
    return rect_make(header.x + header.w - pad - w, y, w, h);
}

/* Where a header's name goes: beside the icon in landscape, under it in
 * portrait. */
static Rect header_name_rect(const App *app, Rect r)
{
    float pad = px(app, 24.0f), disc = px(app, 80.0f);
    if (app->layout.portrait) {
        float top = r.y + pad + disc + px(app, 8.0f);
        return rect_make(r.x + pad, top, r.w - 2.0f * pad, r.y + r.h - px(app, 16.0f) - top);
    }
    bool labelled;
    Rect pill = change_pill(app, r, &labelled);
    float x = r.x + pad + disc + px(app, 20.0f);
    return rect_make(x, r.y, pill.x - px(app, 16.0f) - x, r.h);
}

/* One size for both names: the largest that fits both. A landscape
 * header has room for one line of H2 or two smaller ones. */
static TypeRole header_name_role(const App *app, const CompareLayout *c, int *lines)
{
    const CompareState *cs = &app->compare;
    static const TypeRole roles[] = {TYPE_H2, TYPE_BODY, TYPE_CAPTION};
    for (size_t k = 0; k < sizeof roles / sizeof roles[0]; k++) {
        *lines = roles[k] == TYPE_H2 && !app->layout.portrait ? 1 : 2;
        bool ok = true;
        for (int i = 0; i < 2; i++) {
            Rect t = header_name_rect(app, c->header[i]);
            const char *name = career_name(app, cs->role[i]);
            ok &= text_fits(app, name, roles[k], WEIGHT_BOLD, t.w, *lines) &&
                  text_height(app, name, roles[k], WEIGHT_BOLD, t.w, *lines) <=
                      t.h + px(app, 16.0f); /* up to the header's edge, never past it */
        }
        if (ok || roles[k] == TYPE_CAPTION)
            return roles[k];
    }
    return TYPE_CAPTION;
}

static void draw_header(App *app, DrawList *dl, Rect r, int slot, TypeRole role, int lines)
{
    const CompareState *cs = &app->compare;
    int career = cs->role[slot];
    bool pressed = is_pressed(cs, COMPARE_HIT_HEADER, slot);
    float s = app->layout.s, radius = app->theme.corner_radius * s;
    if (pressed)
        r = rect_inset(r, 3.0f * s, 3.0f * s);
    drawlist_shadow(dl, rect_make(r.x, r.y + px(app, 12.0f), r.w, r.h), radius, px(app, 32.0f),
                    app->theme.shadow);
    role_fill(app, dl, r, radius, career, pressed);
    bool labelled;
    Rect pill = change_pill(app, r, &labelled);
    if (labelled)
        widget_button(app, dl, pill, app_ui(app, "compare.change", "Change"), "icons/compare.svg",
                      BUTTON_ON_COLOR, false);
    else
        widget_icon_button(app, dl, pill, "icons/compare.svg", BUTTON_ON_COLOR, false, true);
    float pad = px(app, 24.0f), disc = px(app, 80.0f);
    Color halo = color_with_alpha(color_rgb(0xFFFFFF), 0x33);
    float disc_y = app->layout.portrait ? r.y + pad : r.y + (r.h - disc) * 0.5f;
    role_icon(app, dl, career, rect_make(r.x + pad, disc_y, disc, disc), halo);
    Rect t = header_name_rect(app, r);
    const char *name = career_name(app, career);
    float th = text_height(app, name, role, WEIGHT_BOLD, t.w, lines);
    TextStyle st = layout_text_style(&app->layout, role, WEIGHT_BOLD);
    drawlist_text(dl, rect_make(t.x, roundf(t.y + (t.h - th) * 0.5f), t.w, th + 1.0f), &st,
                  on_role(app, career), ALIGN_LEFT, lines, name);
}

static void draw_headers(App *app, DrawList *dl, const CompareLayout *c)
{
    float t = entrance(app, 0);
    int lines;
    TypeRole role = header_name_role(app, c, &lines);
    dl->alpha = t;
    for (int i = 0; i < 2; i++) {
        Rect r = c->header[i];
        r.y -= roundf((1.0f - t) * px(app, 24.0f));
        draw_header(app, dl, r, i, role, lines);
    }
    Rect vs = c->versus;
    drawlist_rect(dl, vs, vs.w * 0.5f, app->theme.surface, app->theme.surface);
    text_centred_on(app, dl, vs.x, vs.y + vs.h * 0.5f, vs.w, app_ui(app, "compare.vs", "vs"),
                    TYPE_BODY, WEIGHT_BOLD, 1, app->theme.text_on_surface, ALIGN_CENTER);
    dl->alpha = 1.0f;
}

/* Titles of the pages nearest `position`, crossfading as the pages move. */
static void draw_page_titles(App *app, DrawList *dl, const CompareLayout *c)
{
    float pos = app->compare.position;
    for (int i = (int)floorf(pos); i <= (int)ceilf(pos); i++) {
        /* Each title drifts with its page and is gone by the halfway point,
         * so two titles never sit on top of each other. */
        float d = (float)i - pos, a = 1.0f - 1.8f * fabsf(d);
        if (i < 0 || i > last_page() || a <= 0.01f)
            continue;
        CompareLayout moved = *c;
        if (!app_reduced_motion(app))
            moved.title.x += roundf(d * c->title.w * 0.25f);
        dl->alpha = a;
        draw_title(app, dl, &moved, compare_page_title(app, (TakeawayDimension)i));
    }
    dl->alpha = 1.0f;
}

/* Reduced motion: 0..1 through the fade that replaces a page slide. */
static float page_fade(const App *app)
{
    uint64_t start = app->compare.fade_ms; /* 0: no fade since entering */
    if (!app_reduced_motion(app) || !start || app->now_ms >= start + ACCESS_CROSSFADE_MS)
        return 1.0f;
    return (float)(app->now_ms - start) / (float)ACCESS_CROSSFADE_MS;
}

static ComparePageAnim page_anim(const App *app, int page)
{
    const CompareState *cs = &app->compare;
    ComparePageAnim anim = {COMPARE_PAGE_HIDDEN, cs->page_shown_ms, app->now_ms};
    if (page == cs->page)
        anim.mode = COMPARE_PAGE_ENTERING;
    else if (page == cs->leaving)
        anim.mode = COMPARE_PAGE_COMPLETE;
    return anim;
}

static void draw_pages(App *app, DrawList *dl, const CompareLayout *c)
{
    const CompareState *cs = &app->compare;
    const Career *a = career_at(app, cs->role[0]), *b = career_at(app, cs->role[1]);
    dl->alpha = entrance(app, 0) * page_fade(app);
    for (int i = 0; i <= last_page(); i++) {
        Rect r = c->page;
        r.x = roundf(r.x + ((float)i - cs->position) * c->page_pitch);
        if (r.x >= (float)app->layout.w || r.x + r.w <= 0.0f)
            continue;
        ComparePageAnim anim = page_anim(app, i);
        compare_page_draw(app, dl, (TakeawayDimension)i, a, b, r, &anim);
    }
    dl->alpha = 1.0f;
}

static void draw_controls(App *app, DrawList *dl, const CompareLayout *c)
{
    const CompareState *cs = &app->compare;
    widget_page_dots(app, dl, c->dots, COMPARE_PAGES, cs->position, false);
    for (int dir = -1; dir <= 1; dir += 2) {
        Rect r = page_button(app, c, dir);
        if (r.w <= 0.0f)
            continue;
        bool pressed = is_pressed(cs, dir < 0 ? COMPARE_HIT_PREV : COMPARE_HIT_NEXT, 0);
        const char *label = compare_page_title(app, (TakeawayDimension)(cs->page + dir));
        const char *icon = dir < 0 ? "icons/chevron-left.svg" : "icons/chevron-right.svg";
        ButtonStyle style = dir < 0 ? BUTTON_SECONDARY : BUTTON_PRIMARY;
        if (!page_button_labelled(app, r))
            widget_icon_button(app, dl, r, icon, style, pressed, true);
        else if (dir < 0)
            widget_button(app, dl, r, label, "icons/chevron-left.svg", BUTTON_SECONDARY, pressed);
        else
            widget_button_icon_after(app, dl, r, label, "icons/chevron-right.svg", BUTTON_PRIMARY,
                                     pressed);
    }
}

/* ---- drawing: chooser ----------------------------------------------------- */

static void draw_chooser(App *app, DrawList *dl)
{
    const CompareState *cs = &app->compare;
    float t = tween_value(&cs->chooser_anim, app->now_ms);
    if (cs->chooser < 0 || t <= 0.0f)
        return;
    Color scrim = color_with_alpha(app->theme.bg_bottom, (uint8_t)lroundf(200.0f * t));
    drawlist_rect(dl, app->layout.screen, 0.0f, scrim, scrim);
    ChooserGeo g = chooser_geo(app);
    float rise = app_reduced_motion(app) ? 0.0f : px(app, 40.0f); /* else only a fade */
    float dy = roundf((1.0f - t) * rise), radius = app->theme.corner_radius * app->layout.s;
    dl->alpha = t;
    Rect panel = g.panel;
    panel.y += dy;
    drawlist_shadow(dl, rect_make(panel.x, panel.y + px(app, 18.0f), panel.w, panel.h), radius,
                    px(app, 48.0f), app->theme.shadow);
    drawlist_rect(dl, panel, radius, color_lighten(app->theme.bg_top, 0.08f),
                  color_lighten(app->theme.bg_top, 0.03f));
    Rect title = g.title, sub = g.subtitle, close = g.close;
    title.y += dy;
    sub.y += dy;
    close.y += dy;
    text_centred_on(app, dl, title.x, title.y + title.h * 0.5f, title.w,
                    app_ui(app, "compare.chooser_title", "Compare a different role"), TYPE_H2,
                    WEIGHT_BOLD, 1, app->theme.text_on_bg, ALIGN_LEFT);
    char line[256];
    snprintf(line, sizeof line, "%s %s", app_ui(app, "compare.instead_of", "Instead of"),
             career_name(app, cs->role[cs->chooser]));
    text_centred_on(app, dl, sub.x, sub.y + sub.h * 0.5f, sub.w, line, TYPE_BODY, WEIGHT_REGULAR, 1,
                    app->theme.text_muted_on_bg, ALIGN_LEFT);
    widget_button(app, dl, close, app_ui(app, "close", "Close"), "icons/close.svg", BUTTON_SECONDARY,
                  is_pressed(cs, COMPARE_HIT_CLOSE, 0));
    ChipGrid grid = g.grid;
    grid.area.y += dy;
    grid.prev.y += dy;
    grid.next.y += dy;
    grid.dots.y += dy;
    draw_chip_grid(app, dl, &grid, 0);
    dl->alpha = 1.0f;
}

static void compare_draw(App *app, DrawList *dl)
{
    const CompareState *cs = &app->compare;
    CompareLayout c = compare_layout(app);
    widget_background(app, dl);
    draw_top_bar(app, dl, &c);
    if (cs->phase == COMPARE_PICK) {
        draw_picker(app, dl, &c);
        return;
    }
    draw_page_titles(app, dl, &c);
    draw_pages(app, dl, &c);
    draw_headers(app, dl, &c);
    draw_controls(app, dl, &c);
    draw_chooser(app, dl);
}

const ScreenOps compare_screen = {
    .name = "compare",
    .enter = compare_enter,
    .gesture = compare_gesture,
    .key = compare_key,
    .update = compare_update,
    .draw = compare_draw,
};
