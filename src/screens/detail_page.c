#include "screens/detail_page.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "format.h"
#include "screens/widgets.h"

#define MIDDOT " \xC2\xB7 "

/* Everything a section needs to lay itself out, in pixels. */
typedef struct {
    App *app;
    DrawList *dl; /* NULL while measuring */
    const Career *c;
    Rect view;
    float s;
    Color role;      /* the career's colour: bars, bullets */
    Color role_text; /* the role colour made readable on white */
    Color tint;      /* a pale role colour: secondary bars, chips */
    Color on_role;   /* text on a role-coloured fill */
    Color ink, muted, panel, rule, surface;
} Page;

static float du(const Page *p, float units)
{
    return roundf(units * p->s);
}

static const char *ui(const Page *p, const char *key, const char *fallback)
{
    return app_ui(p->app, key, fallback);
}

static const char *not_reported(const Page *p)
{
    return ui(p, "not_reported", "not reported");
}

static const char *lt(const Page *p, const LText *t)
{
    return ltext_get(t, p->app->lang);
}

/* ---- measuring and emitting ------------------------------------------- */

static TextStyle style(const Page *p, TypeRole role, FontWeight weight)
{
    return layout_text_style(&p->app->layout, role, weight);
}

static float line_h(const Page *p, TypeRole role, FontWeight weight)
{
    TextStyle st = style(p, role, weight);
    return p->app->measurer->line_height(p->app->measurer->user, &st);
}

/* Width of `text` on one line. */
static float width_of(const Page *p, TypeRole role, FontWeight weight, const char *text)
{
    TextStyle st = style(p, role, weight);
    TextBlock b;
    text_wrap(p->app->measurer, &st, text, 0.0f, 1, &b);
    return b.width;
}

/* The largest role from `from` down to caption that sets `text` on one line. */
static TypeRole fit_role(const Page *p, TypeRole from, FontWeight weight, const char *text,
                         float w)
{
    TypeRole role = from;
    while (role < TYPE_CAPTION && width_of(p, role, weight, text) > w)
        role++;
    return role;
}

static bool shows(const Page *p, Rect r)
{
    const Rect *v = &p->view;
    return p->dl && r.x < v->x + v->w && r.x + r.w > v->x && r.y < v->y + v->h &&
           r.y + r.h > v->y;
}

static void fill(Page *p, Rect r, float radius, Color c)
{
    if (r.w > 0.0f && r.h > 0.0f && shows(p, r))
        drawlist_rect(p->dl, r, radius, c, c);
}

static void asset_icon(Page *p, Rect r, const char *asset, Color tint)
{
    char path[1024];
    if (shows(p, r))
        drawlist_image(p->dl, r, app_asset_path(p->app, asset, path, sizeof path), tint, 0.0f);
}

static void bundle_icon(Page *p, Rect r, const char *rel, Color tint)
{
    char path[1024];
    if (shows(p, r))
        drawlist_image(p->dl, r, app_bundle_path(p->app, rel, path, sizeof path), tint, 0.0f);
}

/* One wrapped line, if any of it shows; a line that would leave the screen
 * is left out (it lies under the clip's edge anyway). */
static void emit_line(Page *p, Rect box, const TextStyle *st, Color color, TextAlign align,
                      const char *text, size_t len)
{
    if (!len || !shows(p, box) || box.y < -0.5f ||
        box.y + box.h > (float)p->app->layout.h + 0.5f)
        return;
    char buf[512];
    size_t n = len < sizeof buf - 1 ? len : sizeof buf - 1;
    while (n > 0 && n < len && ((unsigned char)text[n] & 0xC0) == 0x80)
        n--; /* never split a UTF-8 sequence */
    memcpy(buf, text, n);
    buf[n] = '\0';
    drawlist_text(p->dl, box, st, color, align, 1, buf);
}

/* A paragraph of any length wrapped to `w`, drawn a line at a time; returns
 * its height. */
static float text(Page *p, float x, float y, float w, TypeRole role, FontWeight weight,
                  Color color, TextAlign align, const char *s)
{
    if (!s || !*s)
        return 0.0f;
    TextStyle st = style(p, role, weight);
    float lh = line_h(p, role, weight), h = 0.0f;
    if (p->dl && y >= p->view.y + p->view.h) {
        /* Below the window nothing shows, and everything after it lies
         * lower still: an estimate of the height spares breaking lines. */
        float total = width_of(p, role, weight, s);
        return lh * fmaxf(1.0f, ceilf(total / fmaxf(w, 1.0f)));
    }
    size_t off = 0, total = strlen(s);
    while (off < total) {
        TextBlock b;
        text_wrap(p->app->measurer, &st, s + off, w, TEXT_MAX_LINES, &b);
        /* Past TEXT_MAX_LINES the last line is cut: wrap again from it. */
        int keep = b.ellipsized ? b.line_count - 1 : b.line_count;
        for (int i = 0; i < keep; i++, h += lh)
            emit_line(p, rect_make(x, y + h, w, lh), &st, color, align, s + off + b.lines[i].start,
                      b.lines[i].len);
        if (!b.ellipsized || keep < 1)
            break;
        off += b.lines[keep].start;
    }
    return h;
}

/* ---- shared pieces ---------------------------------------------------- */

/* Text columns stay near 60 characters of body type. */
static float measure_w(const Page *p, float w)
{
    return fminf(w, du(p, 980.0f));
}

static bool is_wide(const Page *p, float w)
{
    return w >= du(p, 1100.0f);
}

/* Splits a row into two columns: `share` of it on the left. */
static void columns(const Page *p, float x, float w, float share, float *lx, float *lw,
                    float *rx, float *rw)
{
    float gap = du(p, 72.0f);
    *lx = x;
    *lw = roundf((w - gap) * share);
    *rx = x + *lw + gap;
    *rw = w - *lw - gap;
}

/* A section title with its icon in a pale disc. `icon` is an asset path, or
 * a bundle path when `bundle` is set. */
static float heading(Page *p, float x, float y, float w, const char *icon, bool bundle,
                     const char *title)
{
    float disc = du(p, 64.0f), gap = du(p, 20.0f);
    float th = line_h(p, TYPE_H2, WEIGHT_BOLD);
    float row = fmaxf(disc, th);
    float tx = x;
    if (icon) {
        Rect d = rect_make(x, y + (row - disc) * 0.5f, disc, disc);
        fill(p, d, disc * 0.5f, p->tint);
        Rect in = rect_inset(d, du(p, 14.0f), du(p, 14.0f));
        if (bundle)
            bundle_icon(p, in, icon, p->role_text);
        else
            asset_icon(p, in, icon, p->role_text);
        tx += disc + gap;
    }
    float h = text(p, tx, y + (row - th) * 0.5f, w - (tx - x), TYPE_H2, WEIGHT_BOLD, p->ink,
                   ALIGN_LEFT, title);
    return fmaxf(row, h + (row - th) * 0.5f) + du(p, 20.0f);
}

/* Offset that centres a subheading on a heading's row beside it. */
static float beside_heading(const Page *p)
{
    float row = fmaxf(du(p, 64.0f), line_h(p, TYPE_H2, WEIGHT_BOLD));
    return roundf((row - line_h(p, TYPE_BODY, WEIGHT_BOLD)) * 0.5f);
}

static float subheading(Page *p, float x, float y, float w, const char *title)
{
    return text(p, x, y, w, TYPE_BODY, WEIGHT_BOLD, p->ink, ALIGN_LEFT, title) + du(p, 12.0f);
}

static float caption(Page *p, float x, float y, float w, Color color, const char *s)
{
    return text(p, x, y, w, TYPE_CAPTION, WEIGHT_REGULAR, color, ALIGN_LEFT, s);
}

/* "Source: BLS, 2025" for one source, or "Sources: A · B" for several;
 * repeats and missing sources are skipped. */
static float sources_caption(Page *p, float x, float y, float w, const int *sources, int n)
{
    int uniq[16], count = 0;
    for (int i = 0; i < n && count < 16; i++) {
        bool seen = false;
        for (int j = 0; j < count; j++)
            seen |= uniq[j] == sources[i];
        if (!seen && content_source(p->app->content, sources[i]))
            uniq[count++] = sources[i];
    }
    char line[512];
    if (count == 0)
        return 0.0f;
    if (count == 1) {
        widget_source_text(p->app, uniq[0], line, sizeof line);
    } else {
        size_t used = (size_t)snprintf(line, sizeof line, "%s: ", ui(p, "sources", "Sources"));
        for (int i = 0; i < count && used < sizeof line; i++) {
            const Source *src = content_source(p->app->content, uniq[i]);
            used += (size_t)snprintf(line + used, sizeof line - used, "%s%s", i ? MIDDOT : "",
                                     lt(p, &src->cite));
        }
    }
    return caption(p, x, y, w, p->muted, line);
}

static float source_caption(Page *p, float x, float y, float w, int source)
{
    return sources_caption(p, x, y, w, &source, 1);
}

/* A shape under content whose height is known only once the content is
 * laid out: emitted first (so it lies beneath) and sized by reserve_close,
 * which saves laying the content out twice. */
typedef struct {
    DrawList *dl;
    size_t index;
} Reserved;

static Reserved reserve(Page *p, Rect r, float radius, Color c)
{
    Reserved res = {p->dl, 0};
    if (res.dl) {
        drawlist_rect(res.dl, r, radius, c, c);
        res.index = res.dl->count - 1;
    }
    return res;
}

static void reserve_close(Page *p, Reserved res, float h)
{
    if (!res.dl)
        return;
    DrawCmd *cmd = &res.dl->cmds[res.index];
    cmd->rect.h = h;
    if (!shows(p, cmd->rect)) /* out of view after all: draw nothing */
        cmd->color.a = cmd->color2.a = 0;
}

/* A grey rounded panel under content; close it with its height. */
static Reserved panel_open(Page *p, float x, float y, float w)
{
    return reserve(p, rect_make(x, y, w, 0.0f), du(p, 20.0f), p->panel);
}

/* A pill with a one-line label; returns its width. */
static float pill(Page *p, float x, float y, const char *label, TypeRole role, Color bg,
                  Color ink)
{
    float pad = du(p, 18.0f), h = line_h(p, role, WEIGHT_BOLD) + du(p, 8.0f);
    float w = width_of(p, role, WEIGHT_BOLD, label) + 2.0f * pad;
    fill(p, rect_make(x, y, w, h), h * 0.5f, bg);
    text(p, x + pad, y + du(p, 4.0f), w - 2.0f * pad + 1.0f, role, WEIGHT_BOLD, ink, ALIGN_LEFT,
         label);
    return w;
}

static float pill_height(const Page *p, TypeRole role)
{
    return line_h(p, role, WEIGHT_BOLD) + du(p, 8.0f);
}

/* A bullet list; `bullet` colours the dots. Returns the height. */
static float bullets(Page *p, float x, float y, float w, const LText *items, size_t count)
{
    float dot = du(p, 14.0f), indent = du(p, 40.0f), gap = du(p, 14.0f);
    float lh = line_h(p, TYPE_BODY, WEIGHT_REGULAR), h = 0.0f;
    for (size_t i = 0; i < count; i++) {
        if (i)
            h += gap;
        fill(p, rect_make(x + du(p, 4.0f), y + h + (lh - dot) * 0.5f, dot, dot), dot * 0.5f,
             p->role);
        h += text(p, x + indent, y + h, w - indent, TYPE_BODY, WEIGHT_REGULAR, p->ink, ALIGN_LEFT,
                  lt(p, &items[i]));
    }
    return h;
}

/* ---- 1. What they do --------------------------------------------------- */

static float what_intro(Page *p, float x, float y, float w)
{
    float h = heading(p, x, y, w, "icons/duties.svg", false,
                      ui(p, "what_they_do", "What they do"));
    const char *summary = lt(p, &p->c->summary);
    h += text(p, x, y + h, measure_w(p, w), TYPE_BODY, WEIGHT_REGULAR, p->ink, ALIGN_LEFT,
              *summary ? summary : not_reported(p));
    return h;
}

static float duties_panel(Page *p, float x, float y, float w)
{
    if (p->c->duty_count == 0)
        return 0.0f;
    float pad = du(p, 32.0f), inner = w - 2.0f * pad;
    Reserved bg = panel_open(p, x, y, w);
    float h = pad + text(p, x + pad, y + pad, inner, TYPE_CAPTION, WEIGHT_BOLD, p->role_text,
                         ALIGN_LEFT, ui(p, "typical_duties", "Typical duties"));
    h += du(p, 16.0f);
    h += bullets(p, x + pad, y + h, inner, p->c->duties, p->c->duty_count) + pad;
    reserve_close(p, bg, h);
    return h;
}

static float section_what(Page *p, float x, float y, float w)
{
    if (is_wide(p, w)) {
        float lx, lw, rx, rw;
        columns(p, x, w, 0.42f, &lx, &lw, &rx, &rw);
        return fmaxf(what_intro(p, lx, y, lw), duties_panel(p, rx, y, rw));
    }
    float h = what_intro(p, x, y, w) + du(p, 32.0f);
    return h + duties_panel(p, x, y + h, w);
}

/* ---- 2. Pay ------------------------------------------------------------ */

/* "about $21.25 an hour", or a range of them. */
static void hourly_text(const Page *p, char *buf, size_t len, double low, double high)
{
    char a[32], b[32];
    format_hourly(a, sizeof a, low);
    if (high > low) {
        format_hourly(b, sizeof b, high);
        snprintf(buf, len, "%s %s\xE2\x80\x93%s %s", ui(p, "about", "about"), a, b,
                 ui(p, "an_hour", "an hour"));
    } else {
        snprintf(buf, len, "%s %s %s", ui(p, "about", "about"), a, ui(p, "an_hour", "an hour"));
    }
}

static float pay_figures(Page *p, float x, float y, float w)
{
    const Pay *pay = &p->c->pay;
    float h = heading(p, x, y, w, "icons/money.svg", false, ui(p, "pay", "Pay"));
    char big[64], label[160], hourly[128] = "", mean[160], money[48];
    int sources[2] = {-1, pay->mean.source};
    bool reported = true;
    if (pay->median.present) {
        format_money(big, sizeof big, pay->median.value);
        snprintf(label, sizeof label, "%s %s", ui(p, "median_pay", "median pay"),
                 ui(p, "per_year", "a year"));
        hourly_text(p, hourly, sizeof hourly, pay->median.value, pay->median.value);
        sources[0] = pay->median.source;
    } else if (pay->range_low.present && pay->range_high.present) {
        format_money_range(big, sizeof big, pay->range_low.value, pay->range_high.value);
        snprintf(label, sizeof label, "%s, %s", ui(p, "pay_range", "estimated median range"),
                 ui(p, "per_year", "a year"));
        hourly_text(p, hourly, sizeof hourly, pay->range_low.value, pay->range_high.value);
        sources[0] = pay->range_low.source;
    } else {
        snprintf(big, sizeof big, "%s", not_reported(p));
        snprintf(label, sizeof label, "%s", ui(p, "median_pay", "median pay"));
        reported = false;
    }
    TypeRole role = reported ? fit_role(p, TYPE_DISPLAY, WEIGHT_BOLD, big, w) : TYPE_H2;
    h += text(p, x, y + h, w, role, WEIGHT_BOLD, reported ? p->role_text : p->muted, ALIGN_LEFT,
              big);
    h += text(p, x, y + h, w, TYPE_BODY, WEIGHT_REGULAR, p->muted, ALIGN_LEFT, label);
    h += du(p, 24.0f);
    if (hourly[0])
        h += text(p, x, y + h, w, TYPE_BODY, WEIGHT_BOLD, p->ink, ALIGN_LEFT, hourly);
    snprintf(mean, sizeof mean, "%s: %s%s%s", ui(p, "mean_pay", "Average (mean)"),
             pay->mean.present ? format_money(money, sizeof money, pay->mean.value)
                               : not_reported(p),
             pay->mean.present ? " " : "", pay->mean.present ? ui(p, "per_year", "a year") : "");
    h += text(p, x, y + h, w, TYPE_BODY, WEIGHT_REGULAR, p->ink, ALIGN_LEFT, mean);
    h += du(p, 16.0f);
    return h + sources_caption(p, x, y + h, w, sources, 2);
}

/* A label on the pay chart: one or two lines beside a tick. */
typedef struct {
    const char *value; /* first line, bold; may be NULL */
    const char *name;  /* second line, caption */
    float anchor;      /* x of the tick, px */
    bool callout;      /* drawn as a dark pill (the median) */
    int side;          /* -1 prefers left of its tick, 1 right, 0 centred */
    bool above;        /* prefers a row above the bar */
    /* placement */
    int row;           /* CHART_ROW_*; -1 when it found no place */
    float x0, x1;
} ChartLabel;

/* Rows of labels, top to bottom; the bar lies between ABOVE_1 and BELOW_1.
 * A tick runs from the bar to its label through the rows in between. */
enum { ROW_ABOVE_2, ROW_ABOVE_1, ROW_BELOW_1, ROW_BELOW_2, ROW_BELOW_3, CHART_ROWS };

static bool row_above(int row)
{
    return row <= ROW_ABOVE_1;
}

/* Does row `mid` lie between the bar and row `row` (on the same side)? */
static bool row_between(int mid, int row)
{
    return row_above(row) ? (mid > row && mid <= ROW_ABOVE_1)
                          : (mid < row && mid >= ROW_BELOW_1);
}

static float label_width(const Page *p, const ChartLabel *l)
{
    if (l->callout)
        return width_of(p, TYPE_BODY, WEIGHT_BOLD, l->value) + 2.0f * du(p, 22.0f);
    float a = l->value ? width_of(p, TYPE_BODY, WEIGHT_BOLD, l->value) : 0.0f;
    return fmaxf(a, width_of(p, TYPE_CAPTION, WEIGHT_REGULAR, l->name));
}

static bool fits_row(const ChartLabel *ls, int placed, const ChartLabel *l, float gap)
{
    for (int i = 0; i < placed; i++) {
        const ChartLabel *o = &ls[i];
        if (o->row < 0)
            continue;
        if (o->row == l->row && l->x0 < o->x1 + gap && o->x0 < l->x1 + gap)
            return false; /* boxes overlap */
        if (row_between(o->row, l->row) && l->anchor > o->x0 - gap && l->anchor < o->x1 + gap)
            return false; /* our tick would cross its text */
        if (row_between(l->row, o->row) && o->anchor > l->x0 - gap && o->anchor < l->x1 + gap)
            return false; /* its tick would cross our text */
    }
    return true;
}

/* Puts label `idx` in the nearest row on its preferred side where it fits
 * inside [left, right], trying its preferred alignment first. */
static void place_label(const Page *p, ChartLabel *ls, int idx, float left, float right)
{
    static const int above_first[] = {ROW_ABOVE_1, ROW_ABOVE_2, ROW_BELOW_1, ROW_BELOW_2,
                                      ROW_BELOW_3};
    static const int below_first[] = {ROW_BELOW_1, ROW_BELOW_2, ROW_BELOW_3, ROW_ABOVE_1,
                                      ROW_ABOVE_2};
    /* A callout goes outermost so its tick passes between the labels on
     * either side of it rather than through them. */
    static const int callout_first[] = {ROW_ABOVE_2, ROW_ABOVE_1, ROW_BELOW_1, ROW_BELOW_2,
                                        ROW_BELOW_3};
    ChartLabel *l = &ls[idx];
    float w = label_width(p, l), gap = du(p, 12.0f);
    int sides[3] = {l->side, -l->side, 0};
    const int *rows = l->callout ? callout_first : l->above ? above_first : below_first;
    for (int r = 0; r < CHART_ROWS; r++) {
        for (int k = 0; k < (l->side ? 3 : 1); k++) {
            l->row = rows[r];
            l->x0 = sides[k] < 0 ? l->anchor - gap - w
                  : sides[k] > 0 ? l->anchor + gap
                                 : l->anchor - w * 0.5f;
            if (sides[k] == 0) /* a centred label may slide to stay in the column */
                l->x0 = fminf(fmaxf(l->x0, left), right - w);
            l->x1 = l->x0 + w;
            if (l->x0 >= left - 0.5f && l->x1 <= right + 0.5f && fits_row(ls, idx, l, gap))
                return;
        }
    }
    l->row = -1;
}

typedef struct {
    float x, w;          /* the chart's column */
    float t0, t1;        /* the scale's track, px */
    double lo, hi, step; /* the scale, dollars */
    float row_y[CHART_ROWS], row_h, bar_y, bar_h, top, bottom;
} PayScale;

static float scale_x(const PayScale *sc, double v)
{
    return sc->t0 + (float)((v - sc->lo) / (sc->hi - sc->lo)) * (sc->t1 - sc->t0);
}

/* A round scale around [lo, hi]: whole steps of 1, 2, 2.5 or 5 times a
 * power of ten (at least the value's own order of magnitude), so a narrow
 * estimate is not blown up to the chart's full width. */
static void scale_make(const Page *p, PayScale *sc, float x, float w, double lo, double hi)
{
    double unit = pow(10.0, floor(log10(hi > 1.0 ? hi : 1.0)));
    static const double mult[] = {1.0, 2.0, 2.5, 5.0, 10.0};
    sc->step = unit * 10.0;
    for (size_t i = 0; i < sizeof mult / sizeof mult[0]; i++) {
        double step = unit * mult[i];
        if (ceil(hi / step) - floor(lo / step) <= 6.0) {
            sc->step = step;
            break;
        }
    }
    sc->lo = floor(lo / sc->step) * sc->step;
    sc->hi = ceil(hi / sc->step) * sc->step;
    if (sc->hi <= sc->lo)
        sc->hi = sc->lo + sc->step;
    char a[32], b[32];
    float gap = du(p, 16.0f);
    sc->x = x;
    sc->w = w;
    sc->t0 = x + width_of(p, TYPE_CAPTION, WEIGHT_REGULAR,
                          format_money_short(a, sizeof a, sc->lo)) + gap;
    sc->t1 = x + w - width_of(p, TYPE_CAPTION, WEIGHT_REGULAR,
                              format_money_short(b, sizeof b, sc->hi)) - gap;
}

/* Stacks the used rows and the bar; returns the chart's height. */
static float scale_rows(const Page *p, PayScale *sc, const ChartLabel *ls, int n, float y)
{
    bool used[CHART_ROWS] = {false};
    for (int i = 0; i < n; i++)
        if (ls[i].row >= 0)
            used[ls[i].row] = true;
    sc->row_h = line_h(p, TYPE_BODY, WEIGHT_BOLD) + line_h(p, TYPE_CAPTION, WEIGHT_REGULAR);
    sc->bar_h = du(p, 72.0f);
    float gap = du(p, 12.0f), at = y;
    sc->top = y;
    for (int r = 0; r < CHART_ROWS; r++) {
        if (r == ROW_BELOW_1) {
            sc->bar_y = at;
            at += sc->bar_h + gap;
        }
        sc->row_y[r] = at;
        if (used[r])
            at += sc->row_h + gap;
    }
    sc->bottom = at - gap;
    return sc->bottom - y;
}

static void draw_scale(Page *p, const PayScale *sc)
{
    float cy = sc->bar_y + sc->bar_h * 0.5f;
    fill(p, rect_make(sc->t0, cy - du(p, 4.0f), sc->t1 - sc->t0, du(p, 8.0f)), du(p, 4.0f),
         p->rule);
    for (double v = sc->lo; v <= sc->hi + 0.5; v += sc->step)
        fill(p, rect_make(roundf(scale_x(sc, v)) - du(p, 1.0f), cy - du(p, 22.0f), du(p, 2.0f),
                          du(p, 44.0f)),
             0.0f, p->rule);
    char a[32], b[32];
    float lh = line_h(p, TYPE_CAPTION, WEIGHT_REGULAR), gap = du(p, 16.0f);
    text(p, sc->x, cy - lh * 0.5f, sc->t0 - gap - sc->x, TYPE_CAPTION, WEIGHT_REGULAR, p->muted,
         ALIGN_RIGHT, format_money_short(a, sizeof a, sc->lo));
    text(p, sc->t1 + gap, cy - lh * 0.5f, sc->x + sc->w - sc->t1 - gap, TYPE_CAPTION,
         WEIGHT_REGULAR, p->muted, ALIGN_RIGHT, format_money_short(b, sizeof b, sc->hi));
}

static void draw_label(Page *p, const PayScale *sc, const ChartLabel *l)
{
    if (l->row < 0)
        return;
    float y = sc->row_y[l->row], cy = sc->bar_y + sc->bar_h * 0.5f;
    float tick = du(p, 3.0f), w = l->x1 - l->x0;
    bool above = row_above(l->row);
    Color tick_c = l->callout ? p->ink : color_mix(p->rule, p->muted, 0.35f);
    float ph = line_h(p, TYPE_BODY, WEIGHT_BOLD) + du(p, 16.0f);
    float py = y + (sc->row_h - ph) * 0.5f;
    float top = l->callout ? py : y, bottom = l->callout ? py + ph : y + sc->row_h;
    /* The tick runs from the bar's middle to the far edge of a side label,
     * or to the near edge of a centred one. */
    bool beside = l->anchor <= l->x0 || l->anchor >= l->x1;
    float end = beside ? (above ? top : bottom) : (above ? bottom : top);
    float t0 = fminf(cy, end), t1 = fmaxf(cy, end);
    fill(p, rect_make(roundf(l->anchor - tick * 0.5f), t0, tick, t1 - t0), 0.0f, tick_c);
    if (l->callout) {
        fill(p, rect_make(l->x0, py, w, ph), ph * 0.5f, p->ink);
        text(p, l->x0, py + du(p, 8.0f), w, TYPE_BODY, WEIGHT_BOLD, p->surface, ALIGN_CENTER,
             l->value);
        return;
    }
    TextAlign align = l->anchor >= l->x1 ? ALIGN_RIGHT : l->anchor <= l->x0 ? ALIGN_LEFT
                                                                             : ALIGN_CENTER;
    float vh = 0.0f;
    if (l->value)
        vh = text(p, l->x0, y, w, TYPE_BODY, WEIGHT_BOLD, p->ink, align, l->value);
    text(p, l->x0, y + vh, w, TYPE_CAPTION, WEIGHT_REGULAR, p->muted, align, l->name);
}

static void bar_span(Page *p, const PayScale *sc, double a, double b, float h, Color c)
{
    float cy = sc->bar_y + sc->bar_h * 0.5f;
    float x0 = scale_x(sc, a), x1 = fmaxf(scale_x(sc, b), x0 + h);
    fill(p, rect_make(x0, cy - h * 0.5f, x1 - x0, h), du(p, 10.0f), c);
}

static void median_marker(Page *p, const PayScale *sc, double v)
{
    float x = roundf(scale_x(sc, v)), cy = sc->bar_y + sc->bar_h * 0.5f;
    float h = sc->bar_h, w = du(p, 10.0f);
    fill(p, rect_make(x - w * 0.5f, cy - h * 0.5f, w, h), w * 0.5f, p->surface);
    fill(p, rect_make(x - du(p, 3.0f), cy - h * 0.5f + du(p, 3.0f), du(p, 6.0f),
                      h - du(p, 6.0f)),
         du(p, 3.0f), p->ink);
}

typedef struct {
    const Figure *f;
    const char *key, *fallback;
} Percentile;

static const char *pct_name(const Page *p, const Percentile *pc)
{
    return ui(p, pc->key, pc->fallback);
}

/* p10..p90 as a range bar: the 10-90 spread pale, the middle half in the
 * role colour, the median marked and called out; every point labelled. */
static float percentile_chart(Page *p, float x, float y, float w, const Percentile *pcs)
{
    double lo = 1e300, hi = -1e300;
    for (int i = 0; i < 5; i++)
        if (pcs[i].f->present) {
            lo = fmin(lo, pcs[i].f->value);
            hi = fmax(hi, pcs[i].f->value);
        }
    PayScale sc;
    scale_make(p, &sc, x, w, lo, hi);
    char values[5][48], callout[96];
    ChartLabel ls[5];
    int n = 0;
    /* The median first (it matters most), then the quartiles, then the ends. */
    static const int order[5] = {2, 1, 3, 0, 4};
    for (int k = 0; k < 5; k++) {
        const Percentile *pc = &pcs[order[k]];
        if (!pc->f->present)
            continue;
        ChartLabel *l = &ls[n];
        memset(l, 0, sizeof *l);
        format_money(values[n], sizeof values[n], pc->f->value);
        l->anchor = roundf(scale_x(&sc, pc->f->value));
        l->name = pct_name(p, pc);
        l->value = values[n];
        if (order[k] == 2) {
            snprintf(callout, sizeof callout, "%s %s", ui(p, "median", "Median"), values[n]);
            l->value = callout;
            l->callout = true;
        }
        l->side = order[k] < 2 ? -1 : order[k] > 2 ? 1 : 0;
        l->above = order[k] == 1 || order[k] == 3;
        place_label(p, ls, n, x, x + w);
        n++;
    }
    float h = scale_rows(p, &sc, ls, n, y);
    draw_scale(p, &sc);
    const Figure *f10 = pcs[0].f, *f25 = pcs[1].f, *fm = pcs[2].f, *f75 = pcs[3].f,
                 *f90 = pcs[4].f;
    if (f10->present && f90->present)
        bar_span(p, &sc, f10->value, f90->value, du(p, 28.0f), p->tint);
    if (f25->present && f75->present)
        bar_span(p, &sc, f25->value, f75->value, du(p, 52.0f), p->role);
    for (int i = 0; i < n; i++)
        draw_label(p, &sc, &ls[i]);
    if (fm->present)
        median_marker(p, &sc, fm->value);
    return h;
}

/* Only an estimated range for the median: drawn as that range, outlined
 * and pale, with its two ends labelled, so it never passes for a spread. */
static float range_chart(Page *p, float x, float y, float w)
{
    const Pay *pay = &p->c->pay;
    PayScale sc;
    scale_make(p, &sc, x, w, pay->range_low.value, pay->range_high.value);
    char a[48], b[48];
    ChartLabel ls[3];
    memset(ls, 0, sizeof ls);
    ls[0].value = ui(p, "estimated_median", "Estimated median");
    ls[0].callout = true;
    ls[0].anchor = roundf((scale_x(&sc, pay->range_low.value) +
                           scale_x(&sc, pay->range_high.value)) * 0.5f);
    ls[1].value = format_money(a, sizeof a, pay->range_low.value);
    ls[1].name = ui(p, "low_estimate", "low estimate");
    ls[1].anchor = roundf(scale_x(&sc, pay->range_low.value));
    ls[1].side = -1;
    ls[2].value = format_money(b, sizeof b, pay->range_high.value);
    ls[2].name = ui(p, "high_estimate", "high estimate");
    ls[2].anchor = roundf(scale_x(&sc, pay->range_high.value));
    ls[2].side = 1;
    ls[0].above = true;
    for (int i = 0; i < 3; i++)
        place_label(p, ls, i, x, x + w);
    float h = scale_rows(p, &sc, ls, 3, y);
    draw_scale(p, &sc);
    bar_span(p, &sc, pay->range_low.value, pay->range_high.value, du(p, 52.0f), p->role);
    float x0 = scale_x(&sc, pay->range_low.value), x1 = scale_x(&sc, pay->range_high.value);
    Rect inner = rect_make(x0 + du(p, 5.0f), sc.bar_y + sc.bar_h * 0.5f - du(p, 21.0f),
                           x1 - x0 - du(p, 10.0f), du(p, 42.0f));
    fill(p, inner, du(p, 6.0f), p->tint);
    for (int i = 0; i < 3; i++)
        draw_label(p, &sc, &ls[i]);
    return h;
}

/* "10th percentile: not reported" for each missing point (one line when
 * none is reported). */
static float missing_percentiles(Page *p, float x, float y, float w, const Percentile *pcs)
{
    int missing = 0;
    for (int i = 0; i < 5; i++)
        missing += !pcs[i].f->present;
    char line[160];
    if (missing == 5) {
        snprintf(line, sizeof line, "%s: %s", ui(p, "percentiles", "Percentiles"),
                 not_reported(p));
        return caption(p, x, y, w, p->muted, line);
    }
    float h = 0.0f;
    for (int i = 0; i < 5; i++) {
        if (pcs[i].f->present)
            continue;
        snprintf(line, sizeof line, "%s: %s", pct_name(p, &pcs[i]), not_reported(p));
        h += caption(p, x, y + h, w, p->muted, line);
    }
    return h;
}

static float pay_chart(Page *p, float x, float y, float w)
{
    const Pay *pay = &p->c->pay;
    Percentile pcs[5] = {{&pay->p10, "p10", "10th percentile"},
                         {&pay->p25, "p25", "25th percentile"},
                         {&pay->median, "p50", "median"},
                         {&pay->p75, "p75", "75th percentile"},
                         {&pay->p90, "p90", "90th percentile"}};
    bool any = false;
    for (int i = 0; i < 5; i++)
        any |= pcs[i].f->present;
    bool range = pay->range_low.present && pay->range_high.present;
    float h = subheading(p, x, y, w, ui(p, "pay_spread", "How pay spreads out"));
    h += caption(p, x, y + h, w, p->muted,
                 any ? ui(p, "pay_spread_hint",
                          "Yearly pay. The dark band is what the middle half of workers earn.")
                     : ui(p, "pay_range_hint",
                          "Only an estimated range for the median is reported"));
    h += du(p, 20.0f);
    int sources[6] = {pay->p10.source, pay->p25.source, pay->median.source, pay->p75.source,
                      pay->p90.source, range ? pay->range_low.source : -1};
    if (any)
        h += percentile_chart(p, x, y + h, w, pcs) + du(p, 16.0f);
    else if (range)
        h += range_chart(p, x, y + h, w) + du(p, 16.0f);
    if (any || range)
        h += sources_caption(p, x, y + h, w, sources, 6);
    h += missing_percentiles(p, x, y + h, w, pcs);
    const char *note = lt(p, &p->c->pay_note);
    if (*note)
        h += du(p, 16.0f) + caption(p, x, y + h + du(p, 16.0f), measure_w(p, w), p->ink, note);
    return h;
}

static float section_pay(Page *p, float x, float y, float w)
{
    if (is_wide(p, w)) {
        float lx, lw, rx, rw;
        columns(p, x, w, 0.36f, &lx, &lw, &rx, &rw);
        float top = beside_heading(p);
        return fmaxf(pay_figures(p, lx, y, lw), top + pay_chart(p, rx, y + top, rw));
    }
    float h = pay_figures(p, x, y, w) + du(p, 40.0f);
    return h + pay_chart(p, x, y + h, w);
}

/* ---- 3. Outlook -------------------------------------------------------- */

/* A labelled horizontal bar: label, then the bar with its value at the end.
 * `max` is the value a full-width bar stands for. */
static float value_bar(Page *p, float x, float y, float w, const char *label, const Figure *f,
                       const char *value, double max, Color bar)
{
    float h = text(p, x, y, w, TYPE_BODY, WEIGHT_REGULAR, p->ink, ALIGN_LEFT, label);
    h += du(p, 8.0f);
    if (!f->present)
        return h + text(p, x, y + h, w, TYPE_BODY, WEIGHT_BOLD, p->muted, ALIGN_LEFT,
                        not_reported(p));
    float vh = line_h(p, TYPE_H2, WEIGHT_BOLD), bh = du(p, 52.0f), gap = du(p, 20.0f);
    float room = w - width_of(p, TYPE_H2, WEIGHT_BOLD, value) - gap;
    float len = max > 0.0 ? room * (float)(fabs(f->value) / max) : 0.0f;
    len = fmaxf(len, du(p, 12.0f));
    float row = fmaxf(vh, bh);
    fill(p, rect_make(x, y + h + (row - bh) * 0.5f, len, bh), du(p, 12.0f), bar);
    text(p, x + len + gap, y + h + (row - vh) * 0.5f, w - len - gap, TYPE_H2, WEIGHT_BOLD, p->ink,
         ALIGN_LEFT, value);
    return h + row;
}

/* "Medical Assistant, 2024–2034" */
static void with_period(char *buf, size_t len, const char *label, const Figure *f, Lang lang)
{
    const char *period = ltext_get(&f->period, lang);
    if (*period)
        snprintf(buf, len, "%s, %s", label, period);
    else if (f->year > 0)
        snprintf(buf, len, "%s, %d", label, f->year);
    else
        snprintf(buf, len, "%s", label);
}

static float growth_block(Page *p, float x, float y, float w)
{
    const Figure *g = &p->c->growth, *all = &p->app->content->all_growth;
    double max = fmax(g->present ? fabs(g->value) : 0.0, all->present ? fabs(all->value) : 0.0);
    char l1[160], l2[160], v1[32], v2[32];
    Lang lang = p->app->lang;
    with_period(l1, sizeof l1, lt(p, &p->c->name), g, lang);
    with_period(l2, sizeof l2, ui(p, "all_occupations", "All occupations"), all, lang);
    format_percent(v1, sizeof v1, g->value, 1);
    format_percent(v2, sizeof v2, all->value, 1);
    float h = subheading(p, x, y, w, ui(p, "job_growth", "Job growth"));
    h += value_bar(p, x, y + h, w, l1, g, v1, max, p->role) + du(p, 16.0f);
    h += value_bar(p, x, y + h, w, l2, all, v2, max, color_mix(p->rule, p->muted, 0.45f));
    int sources[2] = {g->present ? g->source : -1, all->present ? all->source : -1};
    h += du(p, 16.0f);
    return h + sources_caption(p, x, y + h, w, sources, 2);
}

static float jobs_block(Page *p, float x, float y, float w)
{
    const Career *c = p->c;
    double max = fmax(c->employed.present ? c->employed.value : 0.0,
                      c->projected.present ? c->projected.value : 0.0);
    char l1[160], l2[160], v1[32], v2[32], big[48], label[160];
    Lang lang = p->app->lang;
    with_period(l1, sizeof l1, ui(p, "employed_now", "People employed"), &c->employed, lang);
    with_period(l2, sizeof l2, ui(p, "projected", "Projected"), &c->projected, lang);
    format_count(v1, sizeof v1, c->employed.value);
    format_count(v2, sizeof v2, c->projected.value);
    float h = subheading(p, x, y, w, ui(p, "jobs_now_and_later", "Jobs now and projected"));
    Color now = color_mix(p->role, p->surface, 0.6f);
    h += value_bar(p, x, y + h, w, l1, &c->employed, v1, max, now) + du(p, 16.0f);
    h += value_bar(p, x, y + h, w, l2, &c->projected, v2, max, p->role) + du(p, 20.0f);
    if (!c->new_jobs.present) {
        with_period(label, sizeof label, ui(p, "new_jobs_title", "New jobs"), &c->new_jobs, lang);
        h += text(p, x, y + h, w, TYPE_BODY, WEIGHT_REGULAR, p->ink, ALIGN_LEFT, label) +
             du(p, 8.0f);
        h += text(p, x, y + h, w, TYPE_BODY, WEIGHT_BOLD, p->muted, ALIGN_LEFT, not_reported(p));
        int sources[2] = {c->employed.present ? c->employed.source : -1,
                          c->projected.present ? c->projected.source : -1};
        return h + du(p, 16.0f) + sources_caption(p, x, y + h + du(p, 16.0f), w, sources, 2);
    }
    with_period(label, sizeof label, ui(p, "new_jobs", "new jobs"), &c->new_jobs, lang);
    char n[40];
    snprintf(big, sizeof big, "%s%s", c->new_jobs.value > 0 ? "+" : "",
             format_count(n, sizeof n, c->new_jobs.value));
    /* The big number and its label share a line when they fit. */
    TypeRole role = TYPE_H1;
    float bw = width_of(p, role, WEIGHT_BOLD, big), gap = du(p, 16.0f);
    float bh = line_h(p, role, WEIGHT_BOLD), lh = line_h(p, TYPE_BODY, WEIGHT_REGULAR);
    text(p, x, y + h, w, role, WEIGHT_BOLD, p->role_text, ALIGN_LEFT, big);
    if (bw + gap + width_of(p, TYPE_BODY, WEIGHT_REGULAR, label) <= w) {
        text(p, x + bw + gap, y + h + (bh - lh) * 0.5f + du(p, 4.0f), w - bw - gap,
             TYPE_BODY, WEIGHT_REGULAR, p->muted, ALIGN_LEFT, label);
        h += bh;
    } else {
        h += bh;
        h += text(p, x, y + h, w, TYPE_BODY, WEIGHT_REGULAR, p->muted, ALIGN_LEFT, label);
    }
    int sources[3] = {c->employed.present ? c->employed.source : -1,
                      c->projected.present ? c->projected.source : -1,
                      c->new_jobs.present ? c->new_jobs.source : -1};
    h += du(p, 16.0f);
    return h + sources_caption(p, x, y + h, w, sources, 3);
}

/* Landscape: growth under the heading, jobs beside them from the top. */
static float section_outlook(Page *p, float x, float y, float w)
{
    if (is_wide(p, w)) {
        float lx, lw, rx, rw, top = beside_heading(p);
        columns(p, x, w, 0.5f, &lx, &lw, &rx, &rw);
        float h = heading(p, lx, y, lw, "icons/growth.svg", false, ui(p, "outlook", "Outlook"));
        h += growth_block(p, lx, y + h, lw);
        return fmaxf(h, top + jobs_block(p, rx, y + top, rw));
    }
    float h = heading(p, x, y, w, "icons/growth.svg", false, ui(p, "outlook", "Outlook"));
    h += growth_block(p, x, y + h, w) + du(p, 48.0f);
    return h + jobs_block(p, x, y + h, w);
}

/* ---- 4. Training and certification ------------------------------------ */

/* Months per axis step: about four to six ticks. */
static double month_step(double max)
{
    return max <= 12.0 ? 3.0 : max <= 24.0 ? 6.0 : max <= 72.0 ? 12.0 : 24.0;
}

typedef struct {
    float x0, x1;  /* the bars' area */
    double months; /* the axis' end */
} Timeline;

static float month_x(const Timeline *t, double m)
{
    return t->x0 + (float)(m / t->months) * (t->x1 - t->x0);
}

/* One way in: its name and note, and its bar on a track standing for the
 * whole axis. Side by side in landscape; stacked (the bar under the name,
 * the full width) in portrait, where a label column would squeeze the bars. */
static float path_row(Page *p, float x, float y, float w, float label_w, const Timeline *t,
                      const TrainingPath *path)
{
    bool stacked = t->x0 <= x;
    float tw = stacked ? w : label_w;
    float h = text(p, x, y, tw, TYPE_BODY, WEIGHT_BOLD, p->ink, ALIGN_LEFT, lt(p, &path->name));
    h += text(p, x, y + h, tw, TYPE_CAPTION, WEIGHT_REGULAR, p->muted, ALIGN_LEFT,
              lt(p, &path->note));
    float lh = line_h(p, TYPE_BODY, WEIGHT_BOLD), bh = du(p, 36.0f);
    float cy = stacked ? y + h + du(p, 10.0f) + bh * 0.5f : y + lh * 0.5f;
    fill(p, rect_make(t->x0, cy - bh * 0.5f, t->x1 - t->x0, bh), bh * 0.5f, p->panel);
    float x0 = month_x(t, path->months_min), x1 = month_x(t, path->months_max);
    if (x1 - x0 < bh) { /* a single length: a round marker on it */
        x0 = fminf(fmaxf((x0 + x1) * 0.5f - bh * 0.5f, t->x0), t->x1 - bh);
        x1 = x0 + bh;
    }
    fill(p, rect_make(x0, cy - bh * 0.5f, x1 - x0, bh), bh * 0.5f, p->role);
    char span[64];
    format_months(span, sizeof span, path->months_min, path->months_max,
                  ui(p, "months", "months"), ui(p, "years", "years"));
    float sw = width_of(p, TYPE_CAPTION, WEIGHT_BOLD, span), gap = du(p, 14.0f);
    float ch = line_h(p, TYPE_CAPTION, WEIGHT_BOLD);
    float sx = x1 + gap <= t->x1 - sw ? x1 + gap : x0 - gap - sw;
    float sy = cy - ch * 0.5f;
    if (sx < t->x0) { /* no room either side: under the bar */
        sx = fminf(x0, t->x1 - sw);
        sy = cy + bh * 0.5f + du(p, 4.0f);
    }
    text(p, sx, sy, sw + 1.0f, TYPE_CAPTION, WEIGHT_BOLD, p->ink, ALIGN_LEFT, span);
    return fmaxf(h, fmaxf(sy + ch, cy + bh * 0.5f) - y);
}

static float path_rows(Page *p, float x, float y, float w, float label_w, const Timeline *t)
{
    float h = 0.0f, gap = du(p, 28.0f);
    for (size_t i = 0; i < p->c->path_count; i++)
        h += path_row(p, x, y + h, w, label_w, t, &p->c->paths[i]) + gap;
    return h - gap;
}

/* The axis over the rows: a number of months per step ("48 months" at the
 * end), then a baseline with ticks; returns its height. */
static float month_axis(Page *p, float y, const Timeline *t, double step)
{
    float lh = line_h(p, TYPE_CAPTION, WEIGHT_REGULAR), base = y + lh + du(p, 8.0f);
    for (double m = 0.0; m <= t->months + 0.01; m += step) {
        float mx = roundf(month_x(t, m));
        char n[64];
        if (m + step > t->months + 0.01)
            snprintf(n, sizeof n, "%.0f %s", m, ui(p, "months", "months"));
        else
            snprintf(n, sizeof n, "%.0f", m);
        float nw = width_of(p, TYPE_CAPTION, WEIGHT_REGULAR, n);
        float nx = fmaxf(fminf(mx - nw * 0.5f, t->x1 + du(p, 24.0f) - nw), t->x0);
        text(p, nx, y, nw + 1.0f, TYPE_CAPTION, WEIGHT_REGULAR, p->muted, ALIGN_LEFT, n);
        fill(p, rect_make(mx - du(p, 1.0f), base, du(p, 2.0f), du(p, 12.0f)), 0.0f, p->muted);
    }
    fill(p, rect_make(t->x0, base, t->x1 - t->x0, du(p, 2.0f)), 0.0f, p->muted);
    return base + du(p, 12.0f) - y;
}

/* Each way into the job as a bar from its shortest to its longest usual
 * length, on a month axis shared by all of them. */
static float timeline(Page *p, float x, float y, float w)
{
    const Career *c = p->c;
    const char *title = ui(p, "paths_title", "How long each way in takes");
    bool side = is_wide(p, w);
    float label_w = side ? roundf(w * 0.28f) : 0.0f, gap = side ? du(p, 32.0f) : 0.0f;
    /* Beside the axis when there is a label column it fits in. */
    bool inline_title = side && c->path_count > 0 &&
                        width_of(p, TYPE_BODY, WEIGHT_BOLD, title) <= label_w;
    float h = inline_title ? 0.0f : subheading(p, x, y, w, title);
    if (c->path_count == 0)
        return h + text(p, x, y + h, w, TYPE_BODY, WEIGHT_REGULAR, p->muted, ALIGN_LEFT,
                        not_reported(p));
    double longest = 1.0;
    for (size_t i = 0; i < c->path_count; i++)
        longest = fmax(longest, c->paths[i].months_max);
    double step = month_step(longest);
    Timeline t = {x + label_w + gap, x + w - du(p, 24.0f), ceil(longest / step) * step};
    if (inline_title)
        text(p, x, y, label_w, TYPE_BODY, WEIGHT_BOLD, p->ink, ALIGN_LEFT, title);
    h += month_axis(p, y + h, &t, step) + du(p, 16.0f);
    h += path_rows(p, x, y + h, w, label_w, &t) + du(p, 20.0f);
    int source = c->train_months.present ? c->train_months.source : -1;
    return h + source_caption(p, x, y + h, w, source);
}

/* One certification's contents on a card the caller reserved; returns the
 * card's height. */
static float cert_card(Page *p, float x, float y, float w, const Certification *ct)
{
    float pad = du(p, 28.0f), inner = w - 2.0f * pad;
    float cx = x + pad, cy = y + pad, h = 0.0f;
    float chip_w = pill(p, cx, cy, ct->code, TYPE_CAPTION, p->role, p->on_role);
    bool required = ct->required;
    const char *status = required ? ui(p, "cert_required", "Required")
                                  : ui(p, "cert_optional", "Optional");
    pill(p, cx + chip_w + du(p, 12.0f), cy, status, TYPE_CAPTION,
         required ? p->ink : p->surface, required ? p->surface : p->ink);
    h += pill_height(p, TYPE_CAPTION) + du(p, 12.0f);
    h += text(p, cx, cy + h, inner, TYPE_BODY, WEIGHT_BOLD, p->ink, ALIGN_LEFT, lt(p, &ct->name));
    h += text(p, cx, cy + h, inner, TYPE_CAPTION, WEIGHT_REGULAR, p->ink, ALIGN_LEFT,
              lt(p, &ct->body));
    h += du(p, 8.0f);
    char renewal[256];
    const char *r = lt(p, &ct->renewal);
    snprintf(renewal, sizeof renewal, "%s: %s", ui(p, "renewal", "Renewal"),
             *r ? r : not_reported(p));
    h += caption(p, cx, cy + h, inner, p->muted, renewal);
    const char *note = lt(p, &ct->note);
    if (*note)
        h += du(p, 8.0f) + caption(p, cx, cy + h + du(p, 8.0f), inner, p->muted, note);
    return h + 2.0f * pad;
}

static float cert_grid(Page *p, float x, float y, float w)
{
    const Career *c = p->c;
    float h = subheading(p, x, y, w, ui(p, "certifications", "Certifications"));
    if (c->cert_count == 0)
        return h + text(p, x, y + h, w, TYPE_BODY, WEIGHT_REGULAR, p->muted, ALIGN_LEFT,
                        not_reported(p));
    int cols = is_wide(p, w) ? 2 : 1;
    float gap = du(p, 24.0f), cw = (w - gap * (float)(cols - 1)) / (float)cols;
    for (size_t i = 0; i < c->cert_count; i += (size_t)cols) {
        /* Cards in a row share the tallest one's height. */
        Reserved bg[2];
        float row = 0.0f;
        int n = 0;
        for (; n < cols && i + (size_t)n < c->cert_count; n++) {
            float cx = x + (float)n * (cw + gap);
            bg[n] = panel_open(p, cx, y + h, cw);
            row = fmaxf(row, cert_card(p, cx, y + h, cw, &c->certs[i + (size_t)n]));
        }
        for (int k = 0; k < n; k++)
            reserve_close(p, bg[k], row);
        h += row + gap;
    }
    return h - gap;
}

/* The timeline first (the question is "how long?"), then the summary, then
 * the certifications. */
static float section_training(Page *p, float x, float y, float w)
{
    float h = heading(p, x, y, w, "icons/training.svg", false,
                      ui(p, "training_title", "Training and certification"));
    h += timeline(p, x, y + h, w) + du(p, 36.0f);
    const char *summary = lt(p, &p->c->training_summary);
    if (*summary)
        h += text(p, x, y + h, measure_w(p, w), TYPE_BODY, WEIGHT_REGULAR, p->ink, ALIGN_LEFT,
                  summary) + du(p, 44.0f);
    return h + cert_grid(p, x, y + h, w);
}

/* ---- 5. Where they work ------------------------------------------------ */

static bool any_share(const Career *c)
{
    for (size_t i = 0; i < c->setting_count; i++)
        if (c->settings[i].share >= 0.0)
            return true;
    return false;
}

static float setting_row(Page *p, float x, float y, float w, float label_w,
                         const WorkSetting *ws)
{
    float lh = line_h(p, TYPE_BODY, WEIGHT_REGULAR);
    if (label_w >= w || ws->share < 0.0) { /* no share: a bullet, no bar */
        float dot = du(p, 14.0f);
        fill(p, rect_make(x + du(p, 4.0f), y + (lh - dot) * 0.5f, dot, dot), dot * 0.5f, p->role);
        float h = text(p, x + du(p, 40.0f), y, fminf(label_w, w) - du(p, 40.0f), TYPE_BODY,
                       WEIGHT_REGULAR, p->ink, ALIGN_LEFT, lt(p, &ws->name));
        if (label_w < w)
            caption(p, x + label_w + du(p, 24.0f), y + du(p, 4.0f), w - label_w - du(p, 24.0f),
                    p->muted, not_reported(p));
        return h;
    }
    float h = text(p, x, y, label_w, TYPE_BODY, WEIGHT_REGULAR, p->ink, ALIGN_LEFT,
                   lt(p, &ws->name));
    float bx = x + label_w + du(p, 24.0f), bw = x + w - bx, bh = du(p, 36.0f);
    float cy = y + lh * 0.5f;
    char pct[32];
    format_percent(pct, sizeof pct, ws->share, 0);
    /* The track stands for all workers (100%); values line up on its right. */
    float pw = width_of(p, TYPE_BODY, WEIGHT_BOLD, "100%"), gap = du(p, 20.0f);
    float track = bw - pw - gap;
    float len = fmaxf(track * (float)(fmin(ws->share, 100.0) / 100.0), bh);
    fill(p, rect_make(bx, cy - bh * 0.5f, track, bh), bh * 0.5f, p->panel);
    fill(p, rect_make(bx, cy - bh * 0.5f, len, bh), bh * 0.5f, p->role);
    text(p, bx + track + gap, y, pw + 1.0f, TYPE_BODY, WEIGHT_BOLD, p->ink, ALIGN_RIGHT, pct);
    return fmaxf(h, lh);
}

static float settings_block(Page *p, float x, float y, float w)
{
    const Career *c = p->c;
    float h = heading(p, x, y, w, "icons/workplace.svg", false,
                      ui(p, "where_they_work", "Where they work"));
    if (c->setting_count == 0)
        return h + text(p, x, y + h, w, TYPE_BODY, WEIGHT_REGULAR, p->muted, ALIGN_LEFT,
                        not_reported(p));
    bool shares = any_share(c);
    char no_shares[160];
    snprintf(no_shares, sizeof no_shares, "%s: %s", ui(p, "share_of_workers", "Share of workers"),
             not_reported(p));
    h += caption(p, x, y + h, w, p->muted,
                 shares ? ui(p, "share_hint", "Share of everyone in this job, by workplace")
                        : no_shares);
    h += du(p, 16.0f);
    float label_w = shares ? roundf(w * 0.42f) : w;
    int sources[16], n = 0;
    for (size_t i = 0; i < c->setting_count; i++) {
        h += setting_row(p, x, y + h, w, label_w, &c->settings[i]) + du(p, 22.0f);
        if (n < 16)
            sources[n++] = c->settings[i].source;
    }
    return h + sources_caption(p, x, y + h, w, sources, n);
}

static float schedule_panel(Page *p, float x, float y, float w)
{
    float pad = du(p, 32.0f), inner = w - 2.0f * pad, disc = du(p, 56.0f);
    const char *s = lt(p, &p->c->schedule);
    Reserved bg = panel_open(p, x, y, w);
    Rect d = rect_make(x + pad, y + pad, disc, disc);
    fill(p, d, disc * 0.5f, p->surface);
    asset_icon(p, rect_inset(d, du(p, 12.0f), du(p, 12.0f)), "icons/clock.svg", p->role_text);
    float th = line_h(p, TYPE_BODY, WEIGHT_BOLD);
    text(p, d.x + disc + du(p, 16.0f), y + pad + (disc - th) * 0.5f, inner - disc - du(p, 16.0f),
         TYPE_BODY, WEIGHT_BOLD, p->ink, ALIGN_LEFT, ui(p, "schedule", "Schedule"));
    float h = pad + disc + du(p, 16.0f);
    h += text(p, x + pad, y + h, inner, TYPE_BODY, WEIGHT_REGULAR, *s ? p->ink : p->muted,
              ALIGN_LEFT, *s ? s : not_reported(p)) + pad;
    reserve_close(p, bg, h);
    return h;
}

static float section_work(Page *p, float x, float y, float w)
{
    if (is_wide(p, w)) {
        float lx, lw, rx, rw;
        columns(p, x, w, 0.6f, &lx, &lw, &rx, &rw);
        return fmaxf(settings_block(p, lx, y, lw), schedule_panel(p, rx, y, rw));
    }
    float h = settings_block(p, x, y, w) + du(p, 36.0f);
    return h + schedule_panel(p, x, y + h, w);
}

/* ---- 6. Skills ---------------------------------------------------------- */

typedef struct {
    float w, h;      /* the pill */
    float text_w;    /* the column its text wraps in */
} PillSize;

/* A skill's pill in a row `w` wide: one line when it fits, else wrapped. */
static PillSize skill_size(const Page *p, float w, const char *skill)
{
    float pad = du(p, 28.0f), vpad = du(p, 16.0f), dot = du(p, 14.0f), dgap = du(p, 16.0f);
    float natural = width_of(p, TYPE_BODY, WEIGHT_REGULAR, skill);
    float room = w - 2.0f * pad - dot - dgap;
    PillSize ps = {0};
    ps.text_w = fminf(natural, room) + 1.0f;
    float th = line_h(p, TYPE_BODY, WEIGHT_REGULAR);
    if (natural > room) { /* rare: wrap to find the height */
        TextStyle st = style(p, TYPE_BODY, WEIGHT_REGULAR);
        TextBlock b;
        text_wrap(p->app->measurer, &st, skill, ps.text_w, TEXT_MAX_LINES, &b);
        th = b.height;
    }
    ps.w = ps.text_w + 2.0f * pad + dot + dgap;
    ps.h = th + 2.0f * vpad;
    return ps;
}

static void skill_pill(Page *p, float x, float y, const PillSize *ps, const char *skill)
{
    float pad = du(p, 28.0f), vpad = du(p, 16.0f), dot = du(p, 14.0f), dgap = du(p, 16.0f);
    float lh = line_h(p, TYPE_BODY, WEIGHT_REGULAR);
    fill(p, rect_make(x, y, ps->w, ps->h), fminf(ps->h * 0.5f, du(p, 36.0f)), p->tint);
    fill(p, rect_make(x + pad, y + vpad + (lh - dot) * 0.5f, dot, dot), dot * 0.5f, p->role_text);
    text(p, x + pad + dot + dgap, y + vpad, ps->text_w, TYPE_BODY, WEIGHT_REGULAR, p->ink,
         ALIGN_LEFT, skill);
}

static float section_skills(Page *p, float x, float y, float w)
{
    const Career *c = p->c;
    float h = heading(p, x, y, w, "icons/star.svg", false, ui(p, "skills", "Skills"));
    if (c->skill_count == 0)
        return h + text(p, x, y + h, w, TYPE_BODY, WEIGHT_REGULAR, p->muted, ALIGN_LEFT,
                        not_reported(p));
    h += caption(p, x, y + h, w, p->muted,
                 ui(p, "skills_hint", "What helps people do this job well"));
    h += du(p, 20.0f);
    float gap = du(p, 20.0f), cx = x, row_h = 0.0f;
    for (size_t i = 0; i < c->skill_count; i++) {
        const char *skill = lt(p, &c->skills[i]);
        PillSize ps = skill_size(p, w, skill);
        if (cx > x && cx + ps.w > x + w) { /* next row */
            h += row_h + gap;
            cx = x;
            row_h = 0.0f;
        }
        skill_pill(p, cx, y + h, &ps, skill);
        cx += ps.w + gap;
        row_h = fmaxf(row_h, ps.h);
    }
    return h + row_h;
}

/* ---- 7. Career path ----------------------------------------------------- */

/* One step: a node on the line and its text; returns the row height. */
static float path_step(Page *p, float x, float y, float w, int index, const char *title,
                       const char *sub)
{
    float node = du(p, 60.0f), gap = du(p, 28.0f);
    float tx = x + node + gap, tw = w - node - gap;
    float lh = line_h(p, TYPE_BODY, WEIGHT_BOLD);
    float ty = y + (node - lh) * 0.5f;
    Rect n = rect_make(x, y, node, node);
    if (index == 0) {
        fill(p, n, node * 0.5f, p->role);
        bundle_icon(p, rect_inset(n, du(p, 14.0f), du(p, 14.0f)), p->c->icon, p->on_role);
    } else {
        fill(p, n, node * 0.5f, p->surface);
        fill(p, rect_inset(n, du(p, 4.0f), du(p, 4.0f)), node * 0.5f, p->tint);
        char num[8];
        snprintf(num, sizeof num, "%d", index);
        float ch = line_h(p, TYPE_BODY, WEIGHT_BOLD);
        text(p, n.x, n.y + (node - ch) * 0.5f, node, TYPE_BODY, WEIGHT_BOLD, p->role_text,
             ALIGN_CENTER, num);
    }
    float h = text(p, tx, ty, tw, TYPE_BODY, index == 0 ? WEIGHT_BOLD : WEIGHT_REGULAR, p->ink,
                   ALIGN_LEFT, title);
    if (sub)
        h += caption(p, tx, ty + h, tw, p->muted, sub);
    return fmaxf(node, ty - y + h);
}

static float stepper(Page *p, float x, float y, float w)
{
    const Career *c = p->c;
    float gap = du(p, 20.0f), node = du(p, 60.0f), h = 0.0f, last = 0.0f;
    /* The line joining the nodes lies behind them; it ends at the last. */
    float lw = du(p, 6.0f);
    Reserved line = reserve(p, rect_make(x + node * 0.5f - lw * 0.5f, y + node * 0.5f, lw, 0.0f),
                            lw * 0.5f, p->tint);
    for (size_t i = 0; i <= c->advancement_count; i++) {
        last = h;
        h += (i ? path_step(p, x, y + h, w, (int)i, lt(p, &c->advancement[i - 1]), NULL)
                : path_step(p, x, y + h, w, 0, lt(p, &c->name),
                            ui(p, "you_start_here", "Where you start"))) + gap;
    }
    reserve_close(p, line, last);
    return h - gap;
}

static float path_intro(Page *p, float x, float y, float w)
{
    float h = heading(p, x, y, w, "icons/steps.svg", false, ui(p, "career_path", "Career path"));
    const char *hint = ui(p, "career_path_hint",
                          "Where this job can lead with experience or more study");
    return h + text(p, x, y + h, w, TYPE_BODY, WEIGHT_REGULAR, p->muted, ALIGN_LEFT, hint);
}

static float section_path(Page *p, float x, float y, float w)
{
    const Career *c = p->c;
    if (c->advancement_count == 0) {
        float h = path_intro(p, x, y, w);
        return h + text(p, x, y + h, w, TYPE_BODY, WEIGHT_REGULAR, p->muted, ALIGN_LEFT,
                        not_reported(p));
    }
    if (is_wide(p, w)) {
        float lx, lw, rx, rw;
        columns(p, x, w, 0.34f, &lx, &lw, &rx, &rw);
        return fmaxf(path_intro(p, lx, y, lw), stepper(p, rx, y, rw));
    }
    float h = path_intro(p, x, y, w) + du(p, 32.0f);
    return h + stepper(p, x, y + h, w);
}

/* ---- 8. Sources --------------------------------------------------------- */

static void add_source(int *out, int *n, int max, int source)
{
    if (source < 0 || *n >= max)
        return;
    for (int i = 0; i < *n; i++)
        if (out[i] == source)
            return;
    out[(*n)++] = source;
}

static void add_figure(int *out, int *n, int max, const Figure *f)
{
    if (f->present)
        add_source(out, n, max, f->source);
}

int detail_page_sources(const App *app, int career, int *out, int max)
{
    if (career < 0 || (size_t)career >= app->content->career_count)
        return 0;
    const Career *c = &app->content->careers[career];
    const Pay *pay = &c->pay;
    int n = 0;
    const Figure *figs[] = {&pay->median, &pay->p10, &pay->p25, &pay->p75, &pay->p90,
                            &pay->mean, &pay->range_low, &pay->range_high, &c->growth,
                            &app->content->all_growth, &c->employed, &c->projected,
                            &c->new_jobs, &c->train_months};
    for (size_t i = 0; i < sizeof figs / sizeof figs[0]; i++)
        add_figure(out, &n, max, figs[i]);
    for (size_t i = 0; i < c->setting_count; i++)
        add_source(out, &n, max, c->settings[i].source);
    return n;
}

/* One source's contents on a card the caller reserved; returns its height. */
static float source_card(Page *p, float x, float y, float w, const Source *src)
{
    float pad = du(p, 28.0f), inner = w - 2.0f * pad, h = 0.0f;
    float cx = x + pad, cy = y + pad;
    h += text(p, cx, cy, inner, TYPE_CAPTION, WEIGHT_BOLD, p->role_text, ALIGN_LEFT,
              lt(p, &src->publisher));
    h += du(p, 4.0f);
    h += text(p, cx, cy + h, inner, TYPE_BODY, WEIGHT_BOLD, p->ink, ALIGN_LEFT, lt(p, &src->title));
    h += du(p, 8.0f);
    char year[64];
    snprintf(year, sizeof year, "%s %d", ui(p, "published", "Published"), src->year);
    h += caption(p, cx, cy + h, inner, p->muted, year);
    if (src->url && *src->url) {
        /* "https://" adds length, not meaning, at a kiosk. */
        const char *url = strncmp(src->url, "https://", 8) == 0 ? src->url + 8 : src->url;
        h += caption(p, cx, cy + h, inner, p->ink, url);
    }
    return h + 2.0f * pad;
}

static float section_sources(Page *p, float x, float y, float w)
{
    float h = heading(p, x, y, w, "icons/book.svg", false, ui(p, "sources", "Sources"));
    int ids[32];
    int n = detail_page_sources(p->app, (int)(p->c - p->app->content->careers), ids, 32);
    h += text(p, x, y + h, measure_w(p, w), TYPE_BODY, WEIGHT_REGULAR, p->muted, ALIGN_LEFT,
              n ? ui(p, "sources_hint",
                     "Every figure on these pages comes from these publications.")
                : not_reported(p));
    h += du(p, 24.0f);
    int cols = is_wide(p, w) ? 2 : 1;
    float gap = du(p, 24.0f), cw = (w - gap * (float)(cols - 1)) / (float)cols;
    for (int i = 0; i < n; i += cols) {
        Reserved bg[2];
        float row = 0.0f;
        int k = 0;
        for (; k < cols && i + k < n; k++) {
            float cx = x + (float)k * (cw + gap);
            bg[k] = panel_open(p, cx, y + h, cw);
            row = fmaxf(row, source_card(p, cx, y + h, cw,
                                         content_source(p->app->content, ids[i + k])));
        }
        for (int j = 0; j < k; j++)
            reserve_close(p, bg[j], row);
        h += row + gap;
    }
    return n ? h - gap : h;
}

/* ---- entry points ------------------------------------------------------ */

const char *detail_page_tab_label(const App *app, DetailSection section)
{
    switch (section) {
    case DETAIL_WHAT: return app_ui(app, "what_they_do", "What they do");
    case DETAIL_PAY: return app_ui(app, "pay", "Pay");
    case DETAIL_OUTLOOK: return app_ui(app, "outlook", "Outlook");
    case DETAIL_TRAINING: return app_ui(app, "training", "Training");
    case DETAIL_WORK: return app_ui(app, "where_they_work", "Where they work");
    case DETAIL_SKILLS: return app_ui(app, "skills", "Skills");
    case DETAIL_PATH: return app_ui(app, "career_path", "Career path");
    case DETAIL_SOURCES: return app_ui(app, "sources", "Sources");
    case DETAIL_SECTION_COUNT: break;
    }
    return "";
}

static Page page_make(App *app, DrawList *dl, const Career *c, Rect view)
{
    Page p;
    const Theme *t = &app->theme;
    Color white = {0xFF, 0xFF, 0xFF, 0xFF};
    p.app = app;
    p.dl = dl;
    p.c = c;
    p.view = view;
    p.s = app->layout.s;
    p.role = theme_role_fill(t, color_rgb(c->color));
    /* Readable on the grey panels too, so on white as well. */
    p.role_text = color_readable_on(p.role, t->surface_alt, t->min_text_contrast);
    p.tint = color_mix(p.role, t->surface, 0.86f);
    p.on_role = color_readable_on(white, p.role, app->theme.min_text_contrast);
    p.ink = t->text_on_surface;
    p.muted = t->text_muted_on_surface;
    p.panel = t->surface_alt;
    p.rule = color_mix(t->surface_alt, t->text_muted_on_surface, 0.12f);
    p.surface = t->surface;
    return p;
}

float detail_page_draw(App *app, DrawList *dl, int career, DetailSection section, float x,
                       float y, float w, Rect view)
{
    if (career < 0 || (size_t)career >= app->content->career_count)
        return 0.0f;
    Page p = page_make(app, dl, &app->content->careers[career], view);
    switch (section) {
    case DETAIL_WHAT: return section_what(&p, x, y, w);
    case DETAIL_PAY: return section_pay(&p, x, y, w);
    case DETAIL_OUTLOOK: return section_outlook(&p, x, y, w);
    case DETAIL_TRAINING: return section_training(&p, x, y, w);
    case DETAIL_WORK: return section_work(&p, x, y, w);
    case DETAIL_SKILLS: return section_skills(&p, x, y, w);
    case DETAIL_PATH: return section_path(&p, x, y, w);
    case DETAIL_SOURCES: return section_sources(&p, x, y, w);
    case DETAIL_SECTION_COUNT: break;
    }
    return 0.0f;
}
