/* admin_chart: the usage card (see admin_chart.h). */
#include "screens/admin_chart.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "format.h"
#include "screens/widgets.h"

static const AdminUsage *usage_of(const App *app)
{
    return &app->admin.panel.usage;
}

static float px(const App *app, float units)
{
    return roundf(units * app->layout.s);
}

static float line_h(const App *app, TypeRole role)
{
    TextStyle st = layout_text_style(&app->layout, role, WEIGHT_REGULAR);
    return app->measurer->line_height(app->measurer->user, &st);
}

static bool fits(const App *app, TypeRole role, FontWeight w, const char *text, float width,
                 int lines)
{
    bool ok;
    widget_text_height(app, role, w, text, width, lines, &ok);
    return ok;
}

/* ---- the words -------------------------------------------------------------- */

static const char *tab_label(const App *app, AdminUsageMetric m)
{
    switch (m) {
    case ADMIN_USAGE_CARDS: return app_ui(app, "admin_cards", "Cards opened");
    case ADMIN_USAGE_DAYS: return app_ui(app, "admin_days", "Days walked");
    case ADMIN_USAGE_QUIZ: return app_ui(app, "admin_quiz", "Quiz results");
    default: return app_ui(app, "admin_pairs", "Pairs compared");
    }
}

static const char *empty_label(const App *app, AdminUsageMetric m)
{
    switch (m) {
    case ADMIN_USAGE_CARDS: return app_ui(app, "admin_no_cards", "No cards opened yet");
    case ADMIN_USAGE_DAYS: return app_ui(app, "admin_no_days", "No days walked to the end yet");
    case ADMIN_USAGE_QUIZ: return app_ui(app, "admin_no_quiz", "No quiz finished yet");
    default: return app_ui(app, "admin_no_pairs", "No roles compared yet");
    }
}

static const char *career_name(const App *app, const char *id)
{
    int i = content_career_index(app->content, id);
    return i >= 0 ? ltext_get(&app->content->careers[i].name, app->lang) : id;
}

/* A bar's label: the career's name, or both names of a pair. */
static const char *bar_label(const App *app, AdminUsageMetric m, const AdminUsageBar *b,
                             char *buf, size_t len)
{
    char a[96], c[96];
    if (m != ADMIN_USAGE_PAIRS || !admin_usage_pair_ids(b->key, a, sizeof a, c, sizeof c))
        return career_name(app, b->key);
    snprintf(buf, len, "%s %s %s", career_name(app, a), app_ui(app, "vs", "vs"),
             career_name(app, c));
    return buf;
}

/* "2:05 min" reads at a glance; under a minute, plain seconds. */
static void session_length(const AdminUsage *u, char *buf, size_t len)
{
    unsigned long secs = (unsigned long)((u->avg_session_ms + 500) / 1000);
    if (!u->sessions_ended)
        snprintf(buf, len, "\xE2\x80\x93");
    else if (secs < 60)
        snprintf(buf, len, "%lu s", secs);
    else
        snprintf(buf, len, "%lu:%02lu min", secs / 60, secs % 60);
}

/* ---- geometry ------------------------------------------------------------- */

typedef struct {
    Rect inner;             /* the card minus its padding */
    Rect heading, date;
    Rect stats[3];          /* value over label */
    TypeRole stat_role;
    float stat_value_h;
    Rect tabs[ADMIN_USAGE_METRICS];
    int tab_lines;          /* label lines in a tab: 1, or 2 when one wraps */
    float tab_inset;        /* text inset inside a tab */
    Rect bars;              /* where the bar rows go */
    TypeRole label_role;
    int label_lines;
    float row_h, bar_h, row_gap;
    float bar_gap;          /* between a label and its bar */
} ChartGeometry;

static void stat_texts(const App *app, char values[3][32], const char *labels[3])
{
    const AdminUsage *u = usage_of(app);
    format_count(values[0], 32, (double)u->sessions);
    session_length(u, values[1], 32);
    if (u->conversion < 0)
        snprintf(values[2], 32, "\xE2\x80\x93");
    else
        snprintf(values[2], 32, "%d%%", u->conversion);
    labels[0] = app_ui(app, "admin_sessions", "Sessions");
    labels[1] = app_ui(app, "admin_avg_session", "Average session");
    labels[2] = app_ui(app, "admin_conversion", "Attract to session");
}

static float stats_geometry(const App *app, ChartGeometry *g, float y)
{
    char values[3][32];
    const char *labels[3];
    stat_texts(app, values, labels);
    float gap = px(app, 24.0f), w = floorf((g->inner.w - 2.0f * gap) / 3.0f);
    g->stat_role = TYPE_H1;
    for (int i = 0; i < 3; i++)
        if (!fits(app, TYPE_H1, WEIGHT_BOLD, values[i], w, 1))
            g->stat_role = TYPE_H2;
    g->stat_value_h = line_h(app, g->stat_role);
    float label_h = 0.0f;
    for (int i = 0; i < 3; i++)
        label_h = fmaxf(label_h, widget_text_height(app, TYPE_CAPTION, WEIGHT_REGULAR, labels[i],
                                                    w, 2, NULL));
    float h = g->stat_value_h + label_h;
    for (int i = 0; i < 3; i++)
        g->stats[i] = rect_make(g->inner.x + (float)i * (w + gap), y, w, h);
    return y + h;
}

/* Labels take one line when all fit, else two; a word too long for the
 * tab narrows the tab's inset before anything is cut. */
static float tabs_geometry(const App *app, ChartGeometry *g, float y)
{
    float gap = px(app, 12.0f), w = floorf((g->inner.w - 3.0f * gap) / 4.0f);
    g->tab_inset = px(app, 16.0f);
    g->tab_lines = 1;
    for (int m = 0; m < ADMIN_USAGE_METRICS; m++) {
        const char *label = tab_label(app, (AdminUsageMetric)m);
        if (!fits(app, TYPE_CAPTION, WEIGHT_REGULAR, label, w - 2.0f * g->tab_inset, 1))
            g->tab_lines = 2;
        if (!fits(app, TYPE_CAPTION, WEIGHT_REGULAR, label, w - 2.0f * g->tab_inset, 2))
            g->tab_inset = px(app, 8.0f);
    }
    float h = fmaxf(widget_target_size(app), 2.0f * px(app, 14.0f) + line_h(app, TYPE_H2) +
                                                 (float)g->tab_lines * line_h(app, TYPE_CAPTION));
    for (int m = 0; m < ADMIN_USAGE_METRICS; m++)
        g->tabs[m] = rect_make(g->inner.x + (float)m * (w + gap), y, w, h);
    return y + h;
}

/* Body type for bar labels when every one fits a line, else caption type,
 * on two lines if it must. */
static void label_style(const App *app, ChartGeometry *g, AdminUsageMetric m)
{
    const AdminUsage *u = usage_of(app);
    float w = g->inner.w - px(app, 120.0f); /* the count sits at the right */
    TypeRole roles[] = {TYPE_BODY, TYPE_CAPTION, TYPE_CAPTION};
    int lines[] = {1, 1, 2};
    for (int k = 0; k < 3; k++) {
        bool all = true;
        for (int i = 0; i < u->bar_count[m] && all; i++) {
            char buf[256];
            all = fits(app, roles[k], WEIGHT_REGULAR, bar_label(app, m, &u->bars[m][i], buf,
                                                                sizeof buf), w, lines[k]);
        }
        g->label_role = roles[k];
        g->label_lines = lines[k];
        if (all)
            break;
    }
}

static ChartGeometry chart_geometry(const App *app, Rect card)
{
    ChartGeometry g;
    memset(&g, 0, sizeof g);
    float pad = px(app, 32.0f);
    g.inner = rect_inset(card, pad, pad);
    float y = g.inner.y, head = line_h(app, TYPE_H2), cap = line_h(app, TYPE_CAPTION);
    g.heading = rect_make(g.inner.x, y, g.inner.w, head);
    g.date = rect_make(g.inner.x, y + head, g.inner.w, cap);
    y = stats_geometry(app, &g, g.date.y + cap + px(app, 28.0f));
    y = tabs_geometry(app, &g, y + px(app, 28.0f));
    float top = y + px(app, 28.0f);
    g.bars = rect_make(g.inner.x, top, g.inner.w, g.inner.y + g.inner.h - top);
    label_style(app, &g, app->admin.panel.metric);
    g.bar_h = px(app, 16.0f);
    g.row_gap = px(app, 16.0f);
    g.bar_gap = px(app, 6.0f);
    g.row_h = (float)g.label_lines * line_h(app, g.label_role) + g.bar_gap + g.bar_h;
    return g;
}

Rect admin_chart_tab_rect(const App *app, Rect card, AdminUsageMetric m)
{
    Rect none = {0, 0, 0, 0};
    if (!usage_of(app)->found || (unsigned)m >= ADMIN_USAGE_METRICS)
        return none;
    return chart_geometry(app, card).tabs[m];
}

static int rows_that_fit(const ChartGeometry *g)
{
    return (int)floorf((g->bars.h + g->row_gap) / (g->row_h + g->row_gap));
}

/* Rows to draw out of `n` bars: all that fit, or, when some are left
 * over, as many as leave a caption line for "+N more". */
static int rows_shown(const App *app, const ChartGeometry *g, int n)
{
    int fit = rows_that_fit(g);
    if (n <= fit)
        return n;
    float room = g->bars.h - line_h(app, TYPE_CAPTION);
    int rows = (int)floorf(room / (g->row_h + g->row_gap));
    return rows < 0 ? 0 : rows;
}

int admin_chart_rows(const App *app, Rect card)
{
    ChartGeometry g = chart_geometry(app, card);
    return rows_that_fit(&g);
}

/* ---- drawing -------------------------------------------------------------- */

static void draw_header(App *app, DrawList *dl, const ChartGeometry *g)
{
    const Theme *t = &app->theme;
    widget_text(app, dl, g->heading, TYPE_H2, WEIGHT_BOLD, t->text_on_surface, ALIGN_LEFT, 1,
                app_ui(app, "admin_usage", "Today's visitors"));
    char date[96];
    snprintf(date, sizeof date, "%s %s (UTC)", app_ui(app, "admin_log_of", "Newest log:"),
             usage_of(app)->date);
    widget_text(app, dl, g->date, TYPE_CAPTION, WEIGHT_REGULAR, t->text_muted_on_surface,
                ALIGN_LEFT, 1, date);
}

static void draw_stats(App *app, DrawList *dl, const ChartGeometry *g)
{
    char values[3][32];
    const char *labels[3];
    stat_texts(app, values, labels);
    for (int i = 0; i < 3; i++) {
        Rect r = g->stats[i];
        widget_text(app, dl, r, g->stat_role, WEIGHT_BOLD, app->theme.text_on_surface, ALIGN_LEFT,
                    1, values[i]);
        widget_text(app, dl, rect_make(r.x, r.y + g->stat_value_h, r.w, 0), TYPE_CAPTION,
                    WEIGHT_REGULAR, app->theme.text_muted_on_surface, ALIGN_LEFT, 2, labels[i]);
    }
}

static void draw_tab(App *app, DrawList *dl, const ChartGeometry *g, AdminUsageMetric m)
{
    const Theme *t = &app->theme;
    const AdminPanelState *p = &app->admin.panel;
    bool selected = p->metric == m, pressed = p->pressed == ADMIN_CTL_METRIC0 + (int)m;
    float s = app->layout.s, inset = g->tab_inset;
    Rect r = g->tabs[m];
    if (pressed)
        r = rect_inset(r, 3.0f * s, 3.0f * s);
    Color fill = selected ? t->accent : t->surface_alt;
    if (pressed)
        fill = color_darken(fill, 0.08f);
    Color ink = selected ? t->bg_bottom : t->text_on_surface;
    Color muted = selected ? t->bg_bottom : t->text_muted_on_surface;
    drawlist_rect(dl, r, px(app, 20.0f), fill, fill);
    char total[32];
    format_count(total, sizeof total, (double)usage_of(app)->totals[m]);
    float h = line_h(app, TYPE_H2) + (float)g->tab_lines * line_h(app, TYPE_CAPTION);
    float y = r.y + (r.h - h) * 0.5f;
    Rect box = rect_make(r.x + inset, y, r.w - 2.0f * inset, 0);
    widget_text(app, dl, box, TYPE_H2, WEIGHT_BOLD, ink, ALIGN_LEFT, 1, total);
    box.y += line_h(app, TYPE_H2);
    widget_text(app, dl, box, TYPE_CAPTION, WEIGHT_REGULAR, muted, ALIGN_LEFT, g->tab_lines,
                tab_label(app, m));
}

/* A career's colour, or a neutral one for an id the bundle lost. */
static Color bar_color(const App *app, const char *id)
{
    int i = content_career_index(app->content, id);
    if (i < 0)
        return app->theme.text_muted_on_surface;
    return color_readable_on(color_rgb(app->content->careers[i].color), app->theme.surface, 3.0);
}

static void draw_bar_fill(App *app, DrawList *dl, AdminUsageMetric m, const AdminUsageBar *b,
                          Rect fill)
{
    char a[96], c[96];
    if (fill.w <= 0.5f)
        return;
    if (m == ADMIN_USAGE_PAIRS && admin_usage_pair_ids(b->key, a, sizeof a, c, sizeof c)) {
        /* A pair wears both colours, half each. */
        Color ca = bar_color(app, a), cb = bar_color(app, c);
        drawlist_rect(dl, fill, fill.h * 0.5f, cb, cb);
        Rect left = fill;
        left.w = fmaxf(fill.h, fill.w * 0.5f);
        drawlist_rect(dl, left, fill.h * 0.5f, ca, ca);
        return;
    }
    Color col = bar_color(app, b->key);
    drawlist_rect(dl, fill, fill.h * 0.5f, color_lighten(col, 0.12f), col);
}

static void draw_row(App *app, DrawList *dl, const ChartGeometry *g, AdminUsageMetric m,
                     const AdminUsageBar *b, unsigned long max, float y, float grow)
{
    const Theme *t = &app->theme;
    char buf[256], count[32];
    format_count(count, sizeof count, (double)b->count);
    float count_w = px(app, 120.0f);
    Rect label = rect_make(g->bars.x, y, g->bars.w - count_w, 0);
    widget_text(app, dl, label, g->label_role, WEIGHT_REGULAR, t->text_on_surface, ALIGN_LEFT,
                g->label_lines, bar_label(app, m, b, buf, sizeof buf));
    /* The count in the label's type, level with its last line. */
    float lh = (float)g->label_lines * line_h(app, g->label_role);
    Rect at = rect_make(g->bars.x + g->bars.w - count_w, y + lh - line_h(app, g->label_role),
                        count_w, 0);
    widget_text(app, dl, at, g->label_role, WEIGHT_BOLD, t->text_on_surface, ALIGN_RIGHT, 1, count);
    Rect track = rect_make(g->bars.x, y + lh + g->bar_gap, g->bars.w, g->bar_h);
    drawlist_rect(dl, track, track.h * 0.5f, t->surface_alt, t->surface_alt);
    float frac = max ? (float)b->count / (float)max : 0.0f;
    Rect fill = track;
    fill.w = b->count ? fmaxf(track.h, track.w * frac * grow) : 0.0f;
    draw_bar_fill(app, dl, m, b, fill);
}

static void draw_bars(App *app, DrawList *dl, const ChartGeometry *g, float grow)
{
    const AdminUsage *u = usage_of(app);
    AdminUsageMetric m = app->admin.panel.metric;
    int n = rows_shown(app, g, u->bar_count[m]);
    int more = u->more[m] + u->bar_count[m] - n;
    if (u->totals[m] == 0) { /* bars of nothing say less than a sentence */
        widget_text(app, dl, g->bars, TYPE_BODY, WEIGHT_REGULAR, app->theme.text_muted_on_surface,
                    ALIGN_LEFT, 2, empty_label(app, m));
        return;
    }
    unsigned long max = n > 0 ? u->bars[m][0].count : 0;
    float y = g->bars.y;
    for (int i = 0; i < n; i++, y += g->row_h + g->row_gap)
        draw_row(app, dl, g, m, &u->bars[m][i], max, y, grow);
    if (more > 0) {
        char line[96];
        snprintf(line, sizeof line, "+%d %s", more, app_ui(app, "admin_more", "more"));
        widget_text(app, dl, rect_make(g->bars.x, y, g->bars.w, 0), TYPE_CAPTION, WEIGHT_REGULAR,
                    app->theme.text_muted_on_surface, ALIGN_LEFT, 1, line);
    }
}

/* No log yet: say so where the figures would be. */
static void draw_empty(App *app, DrawList *dl, Rect card)
{
    const Theme *t = &app->theme;
    Rect inner = rect_inset(card, px(app, 32.0f), px(app, 32.0f));
    widget_text(app, dl, inner, TYPE_H2, WEIGHT_BOLD, t->text_on_surface, ALIGN_LEFT, 1,
                app_ui(app, "admin_usage", "Today's visitors"));
    const char *title = app_ui(app, "admin_no_visitors", "No visitors recorded yet");
    const char *hint = app_ui(app, "admin_no_visitors_hint",
                              "Visits are counted while CareerDeck runs as a kiosk. Nothing "
                              "about a visitor is stored.");
    float th = widget_text_height(app, TYPE_H2, WEIGHT_BOLD, title, inner.w, 2, NULL);
    float hh = widget_text_height(app, TYPE_BODY, WEIGHT_REGULAR, hint, inner.w, 3, NULL);
    float gap = px(app, 16.0f), y = inner.y + (inner.h - th - gap - hh) * 0.5f;
    widget_text(app, dl, rect_make(inner.x, y, inner.w, 0), TYPE_H2, WEIGHT_BOLD,
                t->text_muted_on_surface, ALIGN_CENTER, 2, title);
    widget_text(app, dl, rect_make(inner.x, y + th + gap, inner.w, 0), TYPE_BODY, WEIGHT_REGULAR,
                t->text_muted_on_surface, ALIGN_CENTER, 3, hint);
}

void admin_chart_draw(App *app, DrawList *dl, Rect card, float grow)
{
    if (!usage_of(app)->found) {
        draw_empty(app, dl, card);
        return;
    }
    ChartGeometry g = chart_geometry(app, card);
    draw_header(app, dl, &g);
    draw_stats(app, dl, &g);
    for (int m = 0; m < ADMIN_USAGE_METRICS; m++)
        draw_tab(app, dl, &g, (AdminUsageMetric)m);
    draw_bars(app, dl, &g, grow);
}
