/* admin_panel: the admin panel (see admin_panel.h). */
#include "screens/admin_panel.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ease.h"
#include "screens/admin_chart.h"
#include "screens/widgets.h"

enum {
    CARD_MS = 320,     /* each card rising in */
    STAGGER_MS = 70,   /* between the cards' entrances */
    BARS_DELAY_MS = 200,
    BARS_MS = 600,     /* the bars growing */
    DIALOG_MS = 200,   /* the exit confirmation appearing */
    MAX_PROBLEMS = 200, /* listed; a report past that says how many more */
};

static float px(const App *app, float units)
{
    return roundf(units * app->layout.s);
}

static float line_h(const App *app, TypeRole role, FontWeight weight)
{
    TextStyle st = layout_text_style(&app->layout, role, weight);
    return app->measurer->line_height(app->measurer->user, &st);
}

bool admin_panel_light_theme(const App *app)
{
    return color_luminance(app->theme.bg_top) > 0.5;
}

bool admin_panel_high_contrast_theme(const App *app)
{
    return theme_is_high_contrast(&app->theme);
}

/* ---- the words -------------------------------------------------------------- */

static const char *exit_label(const App *app)
{
    return app_ui(app, "admin_exit", "Exit CareerDeck");
}

static const char *reload_label(const App *app)
{
    return app->admin.panel.reload_asked ? app_ui(app, "admin_reload_requested", "Reload requested")
                                         : app_ui(app, "admin_reload", "Reload content");
}

/* The option labels: languages in their own words, whatever the UI language. */
static const char *option_label(const App *app, AdminControl c)
{
    switch (c) {
    case ADMIN_CTL_LANG_EN: return "English";
    case ADMIN_CTL_LANG_ES: return "Espa\xC3\xB1ol";
    case ADMIN_CTL_THEME_DARK: return app_ui(app, "admin_theme_dark", "Dark");
    case ADMIN_CTL_THEME_LIGHT: return app_ui(app, "admin_theme_light", "Light");
    default: return app_ui(app, "admin_theme_contrast", "High contrast");
    }
}

static bool option_selected(const App *app, AdminControl c)
{
    switch (c) {
    case ADMIN_CTL_LANG_EN: return app->lang == LANG_EN;
    case ADMIN_CTL_LANG_ES: return app->lang == LANG_ES;
    case ADMIN_CTL_THEME_DARK:
        return !admin_panel_light_theme(app) && !admin_panel_high_contrast_theme(app);
    case ADMIN_CTL_THEME_LIGHT: return admin_panel_light_theme(app);
    default: return admin_panel_high_contrast_theme(app);
    }
}

/* ---- geometry ------------------------------------------------------------- */

typedef struct {
    AdminPanelLayout L;
    Rect close, exit;
    Rect settings, problems;      /* the two cards beside (or under) the usage card */
    Rect reload;
    Rect row_label[2];            /* "Language", "Theme" */
    Rect options[5];              /* ADMIN_CTL_LANG_EN .. ADMIN_CTL_THEME_CONTRAST */
    Rect problems_head, list;     /* the list's heading and its scrolling viewport */
    Rect dialog, dialog_text, confirm_cancel, confirm_exit;
} PanelGeometry;

static const char *row_label(const App *app, int row)
{
    return row == 0 ? app_ui(app, "admin_language", "Language")
                    : app_ui(app, "admin_theme", "Theme");
}

/* Each row's options: the language row has two, the theme row three. */
static const int ROW_FIRST[2] = {0, 2}, ROW_COUNT[2] = {2, 3};

/* Rows put their label beside the options when all fits, else above. */
static float settings_rows(const App *app, PanelGeometry *g, Rect inner, float y)
{
    float gap = px(app, 24.0f), target = g->L.target;
    float label_w = fmaxf(widget_text_width(app, row_label(app, 0), TYPE_BODY, WEIGHT_BOLD),
                          widget_text_width(app, row_label(app, 1), TYPE_BODY, WEIGHT_BOLD));
    float option_w = 0.0f;
    for (int i = 0; i < 5; i++)
        option_w = fmaxf(option_w, widget_text_width(app, option_label(app, ADMIN_CTL_LANG_EN + i),
                                                     TYPE_BODY, WEIGHT_BOLD));
    option_w += 2.0f * px(app, 24.0f);
    bool beside = label_w + gap + 3.0f * option_w <= inner.w;
    float label_h = line_h(app, TYPE_BODY, WEIGHT_BOLD);
    for (int row = 0; row < 2; row++) {
        Rect control;
        y += px(app, 20.0f);
        if (beside) {
            g->row_label[row] = rect_make(inner.x, y + (target - label_h) * 0.5f, label_w, label_h);
            control = rect_make(inner.x + label_w + gap, y, inner.w - label_w - gap, target);
        } else {
            g->row_label[row] = rect_make(inner.x, y, inner.w, label_h);
            y += label_h + px(app, 8.0f);
            control = rect_make(inner.x, y, inner.w, target);
        }
        /* All options side by side when they fit, else two to a line. */
        int first = ROW_FIRST[row], n = ROW_COUNT[row];
        int cols = (float)n * option_w <= control.w ? n : 2;
        for (int start = 0; start < n; start += cols) {
            int k = n - start < cols ? n - start : cols;
            float x = control.x;
            for (int i = 0; i < k; i++) {
                float right = i == k - 1 ? control.x + control.w
                                         : control.x + floorf(control.w * (float)(i + 1) / (float)k);
                g->options[first + start + i] = rect_make(x, y, right - x, target);
                x = right;
            }
            y += target;
            if (start + cols < n)
                y += px(app, 12.0f);
        }
    }
    return y;
}

static void side_geometry(const App *app, PanelGeometry *g)
{
    Rect side = g->L.side;
    float pad = g->L.pad;
    Rect inner = rect_make(side.x + pad, side.y + pad, side.w - 2.0f * pad, 0);
    g->reload = rect_make(inner.x, inner.y, inner.w, g->L.target);
    float bottom = settings_rows(app, g, inner, g->reload.y + g->reload.h) + pad;
    g->settings = rect_make(side.x, side.y, side.w, bottom - side.y);
    float top = bottom + g->L.gap;
    g->problems = rect_make(side.x, top, side.w, side.y + side.h - top);
    float head = line_h(app, TYPE_BODY, WEIGHT_BOLD);
    g->problems_head = rect_make(side.x + pad, top + px(app, 24.0f), side.w - 2.0f * pad, head);
    float list_y = g->problems_head.y + head + px(app, 12.0f);
    /* The list runs to the card's edge so scrolled items slide under it. */
    g->list = rect_make(side.x + pad, list_y, side.w - 2.0f * pad,
                        g->problems.y + g->problems.h - px(app, 16.0f) - list_y);
}

static const char *dialog_title(const App *app)
{
    return app_ui(app, "admin_exit_title", "Exit CareerDeck?");
}

static const char *dialog_body(const App *app)
{
    return app_ui(app, "admin_exit_body",
                  "The kiosk closes and shows the computer's desktop until CareerDeck is started "
                  "again.");
}

static void dialog_geometry(const App *app, PanelGeometry *g)
{
    Rect d = g->L.dialog;
    float pad = px(app, 40.0f), w = d.w - 2.0f * pad;
    float th = widget_text_height(app, TYPE_H2, WEIGHT_BOLD, dialog_title(app), w, 2, NULL);
    float bh = widget_text_height(app, TYPE_BODY, WEIGHT_REGULAR, dialog_body(app), w, 4, NULL);
    float gap = px(app, 16.0f), before = px(app, 36.0f);
    float h = pad + th + gap + bh + before + g->L.target + pad;
    Rect safe = app->layout.safe;
    g->dialog = rect_make(d.x, roundf(safe.y + (safe.h - h) * 0.5f), d.w, h);
    g->dialog_text = rect_make(d.x + pad, g->dialog.y + pad, w, th + gap + bh);
    float by = g->dialog_text.y + g->dialog_text.h + before;
    float half = floorf((w - px(app, 20.0f)) * 0.5f);
    g->confirm_cancel = rect_make(d.x + pad, by, half, g->L.target);
    g->confirm_exit = rect_make(d.x + pad + w - half, by, half, g->L.target);
}

/* `dialog`: also lay out the exit confirmation (its text is measured, which
 * costs: only while it shows, and never for the per-tick list extent). */
static PanelGeometry panel_geometry_with(const App *app, bool dialog)
{
    PanelGeometry g;
    memset(&g, 0, sizeof g);
    g.L = layout_admin_panel(&app->layout);
    Rect bar = g.L.top_bar;
    g.close = rect_make(bar.x, bar.y,
                        widget_button_width(app, app_ui(app, "close", "Close"), true), g.L.target);
    float ew = widget_button_width(app, exit_label(app), false);
    g.exit = rect_make(bar.x + bar.w - ew, bar.y, ew, g.L.target);
    side_geometry(app, &g);
    if (dialog)
        dialog_geometry(app, &g);
    return g;
}

static PanelGeometry panel_geometry(const App *app)
{
    return panel_geometry_with(app, app->admin.panel.confirm_exit);
}

static Rect control_rect(const App *app, const PanelGeometry *g, AdminControl c)
{
    Rect none = {0, 0, 0, 0};
    bool confirm = app->admin.panel.confirm_exit;
    if (c == ADMIN_CTL_CONFIRM_CANCEL || c == ADMIN_CTL_CONFIRM_EXIT)
        return !confirm                        ? none
               : c == ADMIN_CTL_CONFIRM_CANCEL ? g->confirm_cancel
                                               : g->confirm_exit;
    if (confirm)
        return none; /* the dialog is modal */
    switch (c) {
    case ADMIN_CTL_CLOSE: return g->close;
    case ADMIN_CTL_EXIT: return g->exit;
    case ADMIN_CTL_RELOAD: return g->reload;
    case ADMIN_CTL_LANG_EN: case ADMIN_CTL_LANG_ES:
    case ADMIN_CTL_THEME_DARK: case ADMIN_CTL_THEME_LIGHT: case ADMIN_CTL_THEME_CONTRAST:
        return g->options[c - ADMIN_CTL_LANG_EN];
    default:
        if (c >= ADMIN_CTL_METRIC0 && c < ADMIN_CTL_METRIC0 + ADMIN_USAGE_METRICS)
            return admin_chart_tab_rect(app, g->L.usage, (AdminUsageMetric)(c - ADMIN_CTL_METRIC0));
        return none;
    }
}

Rect admin_panel_control_rect(const App *app, AdminControl c)
{
    PanelGeometry g = panel_geometry(app);
    return control_rect(app, &g, c);
}

Rect admin_panel_problems_view(const App *app)
{
    return panel_geometry_with(app, false).list;
}

static AdminControl control_at(const App *app, float x, float y)
{
    PanelGeometry g = panel_geometry(app);
    for (int c = 0; c < ADMIN_CTL_COUNT; c++)
        if (rect_contains(control_rect(app, &g, (AdminControl)c), x, y))
            return (AdminControl)c;
    return ADMIN_CTL_NONE;
}

/* ---- the problems list ------------------------------------------------------- */

static size_t problem_count(const App *app)
{
    const ContentReport *r = app->last_report;
    size_t n = r ? r->count : 0;
    return n < MAX_PROBLEMS ? n : MAX_PROBLEMS;
}

/* "Error: data/content.json: careers[2].pay" (the file alone for a
 * whole-file problem): the word says what the stripe's colour shows. */
static const char *problem_where(const App *app, const ReportItem *item, char *buf, size_t len)
{
    const char *level = item->level == REPORT_ERROR ? app_ui(app, "admin_error", "Error")
                                                    : app_ui(app, "admin_warning", "Warning");
    const char *file = item->file ? item->file : "content.json";
    if (item->path && *item->path)
        snprintf(buf, len, "%s: %s: %s", level, file, item->path);
    else
        snprintf(buf, len, "%s: %s", level, file);
    return buf;
}

/* The message without the "warning: " the validator starts warnings with:
 * the line above already says so. */
static const char *problem_message(const ReportItem *item)
{
    static const char prefix[] = "warning: ";
    const char *m = item->message ? item->message : "";
    return strncmp(m, prefix, sizeof prefix - 1) == 0 ? m + sizeof prefix - 1 : m;
}

typedef struct {
    float where_h, message_h, h;
} ProblemSize;

static float problem_text_w(const App *app, Rect list)
{
    return list.w - px(app, 28.0f) - px(app, 16.0f); /* the stripe, the scroll bar */
}

static ProblemSize problem_size(const App *app, const ReportItem *item, float w)
{
    char where[512];
    ProblemSize z;
    z.where_h = widget_text_height(app, TYPE_CAPTION, WEIGHT_REGULAR,
                                   problem_where(app, item, where, sizeof where), w, 6, NULL);
    z.message_h = widget_text_height(app, TYPE_CAPTION, WEIGHT_BOLD,
                                     problem_message(item), w, TEXT_MAX_LINES, NULL);
    z.h = z.where_h + px(app, 4.0f) + z.message_h;
    return z;
}

static float item_gap(const App *app)
{
    return px(app, 36.0f);
}

static float list_content_height(const App *app, Rect list)
{
    size_t n = problem_count(app);
    float h = 0.0f, w = problem_text_w(app, list);
    for (size_t i = 0; i < n; i++)
        h += problem_size(app, &app->last_report->items[i], w).h + item_gap(app);
    if (app->last_report && app->last_report->count > n)
        h += line_h(app, TYPE_CAPTION, WEIGHT_REGULAR) + item_gap(app);
    return h;
}

/* Keeps the scroll's extent in step with the report (a failed reload
 * replaces it) and the size; every tick, before the frame is drawn. */
static void sync_list_extent(App *app, Rect list)
{
    scroll_set_extent(&app->admin.panel.problems, list_content_height(app, list), list.h);
}

/* ---- actions and input -------------------------------------------------------- */

void admin_panel_open(App *app)
{
    AdminPanelState *p = &app->admin.panel;
    p->opened_ms = p->bars_ms = app->now_ms;
    p->pressed = ADMIN_CTL_NONE;
    p->confirm_exit = false;
    p->reload_asked = false;
    p->metric = ADMIN_USAGE_CARDS;
    p->dragging = false;
    scroll_init(&p->problems);
    admin_usage_load(&p->usage, app->log_dir, app->content);
    app->dirty = true;
}

void admin_panel_press(App *app, AdminControl c)
{
    AdminPanelState *p = &app->admin.panel;
    app->dirty = true;
    switch (c) {
    case ADMIN_CTL_CLOSE: app_home(app); break;
    case ADMIN_CTL_EXIT:
        p->confirm_exit = true;
        p->confirm_ms = app->now_ms;
        break;
    case ADMIN_CTL_CONFIRM_CANCEL: p->confirm_exit = false; break;
    case ADMIN_CTL_CONFIRM_EXIT:
        if (p->confirm_exit) /* only ever from the confirmation */
            app->quit_requested = true;
        break;
    case ADMIN_CTL_RELOAD: /* the log is read again too: the organiser wants it current */
        app->reload_requested = true;
        p->reload_asked = true;
        admin_usage_load(&p->usage, app->log_dir, app->content);
        p->bars_ms = app->now_ms;
        break;
    case ADMIN_CTL_LANG_EN: app->lang = LANG_EN; break;
    case ADMIN_CTL_LANG_ES: app->lang = LANG_ES; break;
    case ADMIN_CTL_THEME_DARK: app_set_theme(app, theme_kiosk()); break;
    case ADMIN_CTL_THEME_LIGHT: app_set_theme(app, theme_projector()); break;
    case ADMIN_CTL_THEME_CONTRAST: app_set_theme(app, theme_high_contrast()); break;
    default:
        if (c >= ADMIN_CTL_METRIC0 && c < ADMIN_CTL_METRIC0 + ADMIN_USAGE_METRICS &&
            p->metric != (AdminUsageMetric)(c - ADMIN_CTL_METRIC0)) {
            p->metric = (AdminUsageMetric)(c - ADMIN_CTL_METRIC0);
            p->bars_ms = app->now_ms;
        }
        break;
    }
}

static void list_drag(App *app, const Gesture *g)
{
    AdminPanelState *p = &app->admin.panel;
    switch (g->kind) {
    case GESTURE_DRAG_START: {
        Rect list = admin_panel_problems_view(app);
        sync_list_extent(app, list);
        p->dragging = !p->confirm_exit && rect_contains(list, g->start_x, g->start_y) &&
                      scroll_scrollable(&p->problems);
        if (p->dragging)
            scroll_drag_begin(&p->problems);
        break;
    }
    case GESTURE_DRAG:
        if (p->dragging)
            scroll_drag(&p->problems, g->dy);
        break;
    case GESTURE_SWIPE:
    case GESTURE_DRAG_END:
        if (p->dragging)
            scroll_release(&p->problems, g->kind == GESTURE_SWIPE ? g->vy : 0.0f, app->now_ms);
        p->dragging = false;
        break;
    default: break;
    }
    app->dirty = true;
}

void admin_panel_gesture(App *app, const Gesture *g)
{
    AdminPanelState *p = &app->admin.panel;
    AdminControl was = p->pressed;
    switch (g->kind) {
    case GESTURE_PRESS:
        p->pressed = control_at(app, g->x, g->y);
        scroll_catch(&p->problems); /* a touch stops a coasting list */
        break;
    case GESTURE_TAP:
        p->pressed = ADMIN_CTL_NONE;
        admin_panel_press(app, control_at(app, g->start_x, g->start_y));
        break;
    case GESTURE_DRAG_START: case GESTURE_DRAG: case GESTURE_SWIPE: case GESTURE_DRAG_END:
        p->pressed = ADMIN_CTL_NONE;
        list_drag(app, g);
        break;
    default: p->pressed = ADMIN_CTL_NONE; break;
    }
    if (p->pressed != was)
        app->dirty = true;
}

void admin_panel_key(App *app, KeyAction action)
{
    if (action != KEY_BACK)
        return;
    if (app->admin.panel.confirm_exit)
        admin_panel_press(app, ADMIN_CTL_CONFIRM_CANCEL);
    else
        app_home(app);
}

bool admin_panel_update(App *app)
{
    const AdminPanelState *p = &app->admin.panel;
    uint64_t now = app->now_ms;
    sync_list_extent(app, admin_panel_problems_view(app));
    bool moving = scroll_update(&app->admin.panel.problems, now);
    moving |= now < p->opened_ms + 2 * STAGGER_MS + CARD_MS;
    moving |= now < p->bars_ms + BARS_DELAY_MS + BARS_MS;
    moving |= p->confirm_exit && now < p->confirm_ms + DIALOG_MS;
    return moving;
}

/* ---- drawing -------------------------------------------------------------- */

/* 0..1 progress of something that started at `start` and lasts `ms`. */
static float progress(const App *app, uint64_t start, uint32_t ms)
{
    if (app->now_ms <= start)
        return 0.0f;
    return ease_apply(EASE_OUT_CUBIC, fminf(1.0f, (float)(app->now_ms - start) / (float)ms));
}

static void draw_card(App *app, DrawList *dl, Rect r)
{
    float s = app->layout.s, radius = px(app, app->theme.corner_radius);
    drawlist_shadow(dl, rect_make(r.x, r.y + 10.0f * s, r.w, r.h), radius, 28.0f * s,
                    color_with_alpha(app->theme.shadow, (uint8_t)(app->theme.shadow.a * 0.7f)));
    drawlist_rect(dl, r, radius, app->theme.surface, app->theme.surface);
}

typedef enum { SURFACE_NEUTRAL, SURFACE_DANGER } SurfaceKind;

/* A pill button on a card: the screen's secondary buttons are made for the
 * background, not for a white card. */
static void surface_button(App *app, DrawList *dl, Rect r, const char *label, SurfaceKind kind,
                           bool pressed)
{
    const Theme *t = &app->theme;
    float s = app->layout.s;
    Color fill = kind == SURFACE_DANGER ? color_rgb(0xB91C1C) : t->surface_alt;
    Color ink = kind == SURFACE_DANGER ? color_rgb(0xFFFFFF) : t->text_on_surface;
    if (pressed) {
        r = rect_inset(r, 3.0f * s, 3.0f * s);
        fill = color_darken(fill, 0.12f);
    }
    if (kind == SURFACE_NEUTRAL) { /* a hairline keeps it visible on the card */
        Color edge = color_darken(t->surface_alt, 0.08f);
        drawlist_rect(dl, r, r.h * 0.5f, edge, edge);
        r = rect_inset(r, 2.0f * s, 2.0f * s);
    }
    drawlist_rect(dl, r, r.h * 0.5f, fill, fill);
    TextStyle st = layout_text_style(&app->layout, TYPE_BODY, WEIGHT_BOLD);
    float lh = app->measurer->line_height(app->measurer->user, &st);
    drawlist_text(dl, rect_make(r.x, r.y + (r.h - lh) * 0.5f, r.w, lh), &st, ink, ALIGN_CENTER, 1,
                  label);
}

/* A row's options in one track; the chosen one is filled with the accent. */
static void draw_toggle(App *app, DrawList *dl, const PanelGeometry *g, int row)
{
    const Theme *t = &app->theme;
    int first = ROW_FIRST[row], n = ROW_COUNT[row];
    Color edge = color_darken(t->surface_alt, 0.08f);
    float s = app->layout.s;
    /* One track per line of options (a narrow card wraps the theme row). */
    for (int i = 0; i < n;) {
        int j = i;
        while (j + 1 < n && g->options[first + j + 1].y == g->options[first + i].y)
            j++;
        Rect a = g->options[first + i], b = g->options[first + j];
        Rect track = rect_make(a.x, a.y, b.x + b.w - a.x, a.h);
        drawlist_rect(dl, track, track.h * 0.5f, edge, edge);
        drawlist_rect(dl, rect_inset(track, 2.0f * s, 2.0f * s), track.h * 0.5f - 2.0f * s,
                      t->surface_alt, t->surface_alt);
        i = j + 1;
    }
    for (int i = 0; i < n; i++) {
        AdminControl c = (AdminControl)(ADMIN_CTL_LANG_EN + first + i);
        Rect r = rect_inset(g->options[first + i], px(app, 6.0f), px(app, 6.0f));
        bool selected = option_selected(app, c), pressed = app->admin.panel.pressed == c;
        if (selected || pressed) {
            Color fill = selected ? t->accent : color_darken(t->surface_alt, 0.1f);
            drawlist_rect(dl, r, r.h * 0.5f, fill, fill);
        }
        TextStyle st = layout_text_style(&app->layout, TYPE_BODY, WEIGHT_BOLD);
        float lh = app->measurer->line_height(app->measurer->user, &st);
        drawlist_text(dl, rect_make(r.x, r.y + (r.h - lh) * 0.5f, r.w, lh), &st,
                      selected ? t->bg_bottom : t->text_on_surface, ALIGN_CENTER, 1,
                      option_label(app, c));
    }
}

static void draw_settings(App *app, DrawList *dl, const PanelGeometry *g)
{
    const AdminPanelState *p = &app->admin.panel;
    draw_card(app, dl, g->settings);
    widget_button(app, dl, g->reload, reload_label(app),
                  p->reload_asked ? "icons/check.svg" : "icons/restart.svg", BUTTON_PRIMARY,
                  p->pressed == ADMIN_CTL_RELOAD);
    for (int row = 0; row < 2; row++) {
        widget_text(app, dl, g->row_label[row], TYPE_BODY, WEIGHT_BOLD, app->theme.text_on_surface,
                    ALIGN_LEFT, 1, row_label(app, row));
        draw_toggle(app, dl, g, row);
    }
}

static Color level_color(const App *app, ReportLevel level)
{
    Color c = color_rgb(level == REPORT_ERROR ? 0xDC2626 : 0xD97706);
    return color_readable_on(c, app->theme.surface, 3.0);
}

/* Text in the scrolling list, drawn line by line and only the lines that
 * show: a line wholly outside the viewport would be clipped anyway, and
 * must not count as text hanging off the screen. */
static void list_text(App *app, DrawList *dl, Rect box, TypeRole role, FontWeight weight,
                      Color color, int max_lines, const char *text, Rect view)
{
    TextStyle st = layout_text_style(&app->layout, role, weight);
    TextBlock b;
    text_wrap(app->measurer, &st, text, box.w, max_lines, &b);
    float lh = app->measurer->line_height(app->measurer->user, &st);
    for (int i = 0; i < b.line_count; i++) {
        float y = box.y + (float)i * lh;
        if (y + lh <= view.y || y >= view.y + view.h)
            continue;
        char line[512];
        snprintf(line, sizeof line, "%.*s", (int)b.lines[i].len, text + b.lines[i].start);
        bool last = i == b.line_count - 1 && b.ellipsized;
        if (last) /* never expected: problem_size() allows the lines it needs */
            snprintf(line + strlen(line), sizeof line - strlen(line), "%s", TEXT_ELLIPSIS);
        drawlist_text(dl, rect_make(box.x, y, box.w, lh), &st, color, ALIGN_LEFT, 1, line);
    }
}

static void draw_problem(App *app, DrawList *dl, const ReportItem *item, Rect list, float y)
{
    const Theme *t = &app->theme;
    float w = problem_text_w(app, list), x = list.x + px(app, 28.0f);
    ProblemSize z = problem_size(app, item, w);
    Color stripe = level_color(app, item->level);
    drawlist_rect(dl, rect_make(list.x, y, px(app, 8.0f), z.h), px(app, 4.0f), stripe, stripe);
    char where[512];
    list_text(app, dl, rect_make(x, y, w, 0), TYPE_CAPTION, WEIGHT_REGULAR,
              t->text_muted_on_surface, 6, problem_where(app, item, where, sizeof where), list);
    list_text(app, dl, rect_make(x, y + z.where_h + px(app, 4.0f), w, 0), TYPE_CAPTION,
              WEIGHT_BOLD, t->text_on_surface, TEXT_MAX_LINES, problem_message(item), list);
}

/* Only what shows in the viewport is drawn. */
static void draw_problem_items(App *app, DrawList *dl, Rect list)
{
    const AdminPanelState *p = &app->admin.panel;
    size_t n = problem_count(app);
    float y = list.y - p->problems.offset, w = problem_text_w(app, list);
    for (size_t i = 0; i < n && y < list.y + list.h; i++) {
        const ReportItem *item = &app->last_report->items[i];
        float h = problem_size(app, item, w).h;
        if (y + h > list.y)
            draw_problem(app, dl, item, list, y);
        y += h + item_gap(app);
    }
    if (app->last_report && app->last_report->count > n) {
        char more[128];
        snprintf(more, sizeof more, "+%zu %s", app->last_report->count - n,
                 app_ui(app, "admin_more_problems", "more: run careerdeck --validate"));
        list_text(app, dl, rect_make(list.x, y, list.w, 0), TYPE_CAPTION, WEIGHT_REGULAR,
                  app->theme.text_muted_on_surface, 1, more, list);
    }
}

static void draw_no_problems(App *app, DrawList *dl, Rect list)
{
    const Theme *t = &app->theme;
    Color ok = color_readable_on(color_rgb(0x15803D), t->surface, t->min_text_contrast);
    float is = px(app, 40.0f), lh = line_h(app, TYPE_BODY, WEIGHT_BOLD);
    char path[1024];
    drawlist_image(dl, rect_make(list.x, list.y + (lh - is) * 0.5f, is, is),
                   app_asset_path(app, "icons/check.svg", path, sizeof path), ok, 0.0f);
    widget_text(app, dl, rect_make(list.x + is + px(app, 12.0f), list.y, list.w - is, 0), TYPE_BODY,
                WEIGHT_BOLD, t->text_on_surface, ALIGN_LEFT, 1,
                app_ui(app, "admin_no_problems", "No problems"));
}

static void draw_problems(App *app, DrawList *dl, const PanelGeometry *g)
{
    const Theme *t = &app->theme;
    draw_card(app, dl, g->problems);
    widget_text(app, dl, g->problems_head, TYPE_BODY, WEIGHT_BOLD, t->text_muted_on_surface,
                ALIGN_LEFT, 1, app_ui(app, "admin_problems", "Content problems"));
    if (problem_count(app) == 0) {
        draw_no_problems(app, dl, g->list);
        return;
    }
    char count[32];
    snprintf(count, sizeof count, "%zu", app->last_report->count);
    widget_text(app, dl, g->problems_head, TYPE_BODY, WEIGHT_BOLD, level_color(app, REPORT_ERROR),
                ALIGN_RIGHT, 1, count);
    drawlist_clip_push(dl, g->list);
    draw_problem_items(app, dl, g->list);
    drawlist_clip_pop(dl);
    const Scroll *sc = &app->admin.panel.problems;
    widget_scroll_bar(app, dl, g->list, sc->offset, sc->content, sc->viewport,
                      color_with_alpha(t->text_muted_on_surface, 0x80));
}

static void draw_top_bar(App *app, DrawList *dl, const PanelGeometry *g)
{
    const AdminPanelState *p = &app->admin.panel;
    widget_button(app, dl, g->close, app_ui(app, "close", "Close"), "icons/close.svg",
                  BUTTON_SECONDARY, p->pressed == ADMIN_CTL_CLOSE);
    widget_button(app, dl, g->exit, exit_label(app), NULL, BUTTON_SECONDARY,
                  p->pressed == ADMIN_CTL_EXIT);
    admin_draw_title(app, dl, g->L.top_bar, fmaxf(g->close.w, g->exit.w));
}

static void draw_dialog(App *app, DrawList *dl, const PanelGeometry *g)
{
    const Theme *t = &app->theme;
    const AdminPanelState *p = &app->admin.panel;
    float k = progress(app, p->confirm_ms, DIALOG_MS), saved = dl->alpha;
    dl->alpha = saved * k;
    Color scrim = color_with_alpha(color_rgb(0x020617), 0xB3);
    drawlist_rect(dl, app->layout.screen, 0.0f, scrim, scrim);
    Rect d = g->dialog;
    float rise = px(app, 24.0f) * (1.0f - k);
    d.y += rise;
    draw_card(app, dl, d);
    Rect text = g->dialog_text;
    text.y += rise;
    float th = widget_text(app, dl, text, TYPE_H2, WEIGHT_BOLD, t->text_on_surface, ALIGN_LEFT, 2,
                           dialog_title(app));
    widget_text(app, dl, rect_make(text.x, text.y + th + px(app, 16.0f), text.w, 0), TYPE_BODY,
                WEIGHT_REGULAR, t->text_muted_on_surface, ALIGN_LEFT, 4, dialog_body(app));
    Rect cancel = g->confirm_cancel, quit = g->confirm_exit;
    cancel.y += rise;
    quit.y += rise;
    surface_button(app, dl, cancel, app_ui(app, "cancel", "Cancel"), SURFACE_NEUTRAL,
                   p->pressed == ADMIN_CTL_CONFIRM_CANCEL);
    surface_button(app, dl, quit, app_ui(app, "admin_exit_now", "Exit"), SURFACE_DANGER,
                   p->pressed == ADMIN_CTL_CONFIRM_EXIT);
    dl->alpha = saved;
}

/* Cards fade in in turn; they do not move, so what a finger hits is what
 * shows from the first frame. */
static float begin_card(App *app, DrawList *dl, int index)
{
    float k = progress(app, app->admin.panel.opened_ms + (uint64_t)index * STAGGER_MS, CARD_MS);
    float saved = dl->alpha;
    dl->alpha = saved * k;
    return saved;
}

void admin_panel_draw(App *app, DrawList *dl)
{
    PanelGeometry g = panel_geometry(app);
    const AdminPanelState *p = &app->admin.panel;
    widget_background(app, dl);
    float saved = begin_card(app, dl, 0);
    draw_top_bar(app, dl, &g);
    draw_card(app, dl, g.L.usage);
    admin_chart_draw(app, dl, g.L.usage, progress(app, p->bars_ms + BARS_DELAY_MS, BARS_MS));
    dl->alpha = saved;
    saved = begin_card(app, dl, 1);
    draw_settings(app, dl, &g);
    dl->alpha = saved;
    saved = begin_card(app, dl, 2);
    draw_problems(app, dl, &g);
    dl->alpha = saved;
    if (p->confirm_exit)
        draw_dialog(app, dl, &g);
}
