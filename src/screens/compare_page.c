#include "screens/compare_page.h"
#include "screens/widgets.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ease.h"
#include "format.h"

#define EN_DASH "\xE2\x80\x93"
#define MIDDOT " \xC2\xB7 "

/* Entrance: each item eases out over ITEM_MS, STAGGER_MS after the one
 * before; items past MAX_STAGGER start together so long lists stay quick. */
enum { ITEM_MS = 360, STAGGER_MS = 60, MAX_STAGGER = 5, TAKEAWAY_ITEM = 2, MAX_ENTRIES = 24 };

typedef struct {
    App *app;
    DrawList *dl;
    const Layout *l;
    float s;
    const Career *c[2];
    Color role[2];      /* the role colours: bars, markers */
    Color pale[2];      /* washed-out role colour: ranges, projections */
    Color role_text[2]; /* role colour readable on the white page */
    Color on_role[2];   /* text drawn on a role-colour fill */
    Color ink, muted, track, grid, white;
    const ComparePageAnim *anim;
} Paint;

/* ---- basics ------------------------------------------------------------ */

uint32_t compare_page_entrance_ms(void)
{
    return ITEM_MS + STAGGER_MS * MAX_STAGGER;
}

static const char *ui(const Paint *p, const char *key, const char *fallback)
{
    return app_ui(p->app, key, fallback);
}

const char *compare_page_title(const App *app, TakeawayDimension dim)
{
    static const char *const keys[TAKEAWAY_COUNT][2] = {
        {"compare.pay", "Pay"},
        {"compare.growth", "Job growth"},
        {"compare.employment", "How many work"},
        {"compare.training", "Time to train"},
        {"compare.certification", "Certification"},
        {"compare.settings", "Where they work"},
        {"compare.schedule", "Schedule"},
        {"compare.contact", "Patients or desk"},
        {"compare.physical", "Physical demands"},
        {"compare.skills", "Skills"},
        {"compare.advancement", "Career path"},
    };
    if ((unsigned)dim >= TAKEAWAY_COUNT)
        return "";
    return app_ui(app, keys[dim][0], keys[dim][1]);
}

/* Entrance progress of item `item`, eased (0 hidden .. 1 in place). */
static float progress(const Paint *p, int item)
{
    if (p->anim->mode == COMPARE_PAGE_COMPLETE)
        return 1.0f;
    if (app_reduced_motion(p->app)) /* nothing grows: the page crossfades in */
        return p->anim->mode == COMPARE_PAGE_HIDDEN ? 0.0f : 1.0f;
    if (p->anim->mode == COMPARE_PAGE_HIDDEN)
        return 0.0f;
    item = item < 0 ? 0 : item > MAX_STAGGER ? MAX_STAGGER : item;
    Tween t = tween_make(0.0f, 1.0f, tween_stagger_start(p->anim->start_ms, item, STAGGER_MS),
                         ITEM_MS, EASE_OUT_CUBIC);
    return tween_value(&t, p->anim->now_ms);
}

static float px(const Paint *p, float units)
{
    return roundf(units * p->s);
}

static TextStyle style(const Paint *p, TypeRole role, FontWeight weight)
{
    return layout_text_style(p->l, role, weight);
}

static float line_h(const Paint *p, TypeRole role, FontWeight weight)
{
    TextStyle st = style(p, role, weight);
    return p->app->measurer->line_height(p->app->measurer->user, &st);
}

static void wrap(const Paint *p, const char *text, TypeRole role, FontWeight weight, float width,
                 int max_lines, TextBlock *out)
{
    TextStyle st = style(p, role, weight);
    text_wrap(p->app->measurer, &st, text, width, max_lines, out);
}

static float text_w(const Paint *p, const char *text, TypeRole role, FontWeight weight)
{
    TextBlock b;
    wrap(p, text, role, weight, 0.0f, 1, &b);
    return b.width;
}

static bool fits(const Paint *p, const char *text, TypeRole role, FontWeight weight, float width,
                 int max_lines)
{
    TextBlock b;
    wrap(p, text, role, weight, width, max_lines, &b);
    return !b.ellipsized && !b.overflow;
}

/* Height of `text` wrapped to `width`. */
static float text_height(const Paint *p, const char *text, TypeRole role, FontWeight weight,
                         float width, int max_lines)
{
    TextBlock b;
    wrap(p, text, role, weight, width, max_lines, &b);
    return b.height;
}

/* Draws text with its top-left at (x, y); returns the height used. */
static float put(const Paint *p, float x, float y, float w, TypeRole role, FontWeight weight,
                 Color color, TextAlign align, int max_lines, const char *text)
{
    TextStyle st = style(p, role, weight);
    float lh = line_h(p, role, weight);
    const TextBlock *b = drawlist_text(p->dl, rect_make(x, y, w, lh * (float)max_lines), &st, color,
                                       align, max_lines, text);
    return b->height;
}

/* One bold line in `role`'s line at y, a size smaller when it would not fit
 * `w` (large text in a narrow column), centred in that line. */
static void put_one_line(const Paint *p, float x, float y, float w, TypeRole role, Color color,
                         TextAlign align, const char *text)
{
    TypeRole fit = widget_fit_role(p->app, text, role, WEIGHT_BOLD, w, 1);
    float dy = (line_h(p, role, WEIGHT_BOLD) - line_h(p, fit, WEIGHT_BOLD)) * 0.5f;
    put(p, x, y + roundf(dy), w, fit, WEIGHT_BOLD, color, align, 1, text);
}

/* A filled circle centred on (cx, cy). */
static void dot(const Paint *p, float cx, float cy, float d, Color c)
{
    drawlist_rect(p->dl, rect_make(cx - d * 0.5f, cy - d * 0.5f, d, d), d * 0.5f, c, c);
}

static void with_alpha(const Paint *p, float a)
{
    p->dl->alpha = a;
}

/* A career's people as a page names them in a heading: the bundle's name. */
static const char *name_of(const Paint *p, int i)
{
    return ltext_get(&p->c[i]->name, p->app->lang);
}

static const char *not_reported(const Paint *p)
{
    return ui(p, "not_reported", "not reported");
}

/* ---- scales -------------------------------------------------------------- */

/* A linear scale from value v0..v1 to pixels x0..x1 (either direction:
 * portrait charts map values to y, low at the bottom). */
typedef struct {
    float x0, x1;
    double v0, v1;
} Axis;

static float axis_at(const Axis *a, double v)
{
    double span = a->v1 - a->v0;
    double t = span > 0.0 ? (v - a->v0) / span : 0.0;
    return a->x0 + (float)t * (a->x1 - a->x0);
}

/* A round step giving about `ticks` intervals over `span`. */
static double nice_step(double span, int ticks)
{
    if (!(span > 0.0))
        return 1.0;
    double raw = span / ticks, mag = pow(10.0, floor(log10(raw))), n = raw / mag;
    double step = n < 1.5 ? 1.0 : n < 3.0 ? 2.0 : n < 7.0 ? 5.0 : 10.0;
    return step * mag;
}

static void grid_line(const Paint *p, float x, float top, float bottom)
{
    float w = fmaxf(px(p, 2.0f), 1.0f);
    drawlist_rect(p->dl, rect_make(roundf(x - w * 0.5f), top, w, bottom - top), 0.0f, p->grid,
                  p->grid);
}

/* A vertical dashed line: a reference, not data. */
static void dashed_line(const Paint *p, float x, float top, float bottom, Color c)
{
    float w = fmaxf(px(p, 3.0f), 1.0f), on = px(p, 12.0f), off = px(p, 8.0f);
    for (float y = top; y < bottom; y += on + off)
        drawlist_rect(p->dl, rect_make(roundf(x - w * 0.5f), y, w, fminf(on, bottom - y)), 0.0f, c,
                      c);
}

/* ---- rows on a shared scale ------------------------------------------- */

/* Where a role's name and its plot go: a left gutter in landscape, a line
 * above the plot in portrait (narrow screens need the full width). */
typedef struct {
    Rect label, plot;
} RowFrame;

static float gutter_w(const Paint *p, Rect area)
{
    return p->l->portrait ? 0.0f : fminf(px(p, 380.0f), roundf(area.w * 0.3f));
}

/* Two rows of plot height `plot_h`, centred in `area` with `below` spare
 * pixels under the last one (axis labels). */
static void row_frames(const Paint *p, Rect area, float plot_h, float below, RowFrame out[2])
{
    float name_h = p->l->portrait ? line_h(p, TYPE_BODY, WEIGHT_BOLD) + px(p, 8.0f) : 0.0f;
    float row_h = name_h + plot_h, gap = px(p, p->l->portrait ? 48.0f : 28.0f);
    float total = 2.0f * row_h + gap + below;
    if (total > area.h) { /* large text: the rows close up before spilling over */
        float squeeze = fminf(total - area.h, gap - px(p, 4.0f));
        gap -= squeeze;
        total -= squeeze;
    }
    float y = area.y + fmaxf(0.0f, (area.h - total) * 0.5f);
    float g = gutter_w(p, area), pad = g > 0.0f ? px(p, 24.0f) : 0.0f;
    for (int i = 0; i < 2; i++) {
        float top = y + (float)i * (row_h + gap);
        out[i].label = rect_make(area.x, top, g > 0.0f ? g : area.w, g > 0.0f ? plot_h : name_h);
        out[i].plot = rect_make(area.x + g + pad, top + name_h, area.w - g - pad, plot_h);
    }
}

/* The role's name beside (or above) its row, centred on `cy` in a gutter. */
static void row_label(const Paint *p, const RowFrame *f, int i, float cy)
{
    const char *name = name_of(p, i);
    if (p->l->portrait) {
        TypeRole role = widget_fit_role(p->app, name, TYPE_BODY, WEIGHT_BOLD, f->label.w, 1);
        put(p, f->label.x, f->label.y, f->label.w, role, WEIGHT_BOLD, p->role_text[i], ALIGN_LEFT, 1,
            name);
        return;
    }
    int lines = 2;
    TypeRole role = widget_fit_role(p->app, name, TYPE_BODY, WEIGHT_BOLD, f->label.w, lines);
    if (!fits(p, name, role, WEIGHT_BOLD, f->label.w, lines))
        lines = 3; /* large text in Spanish: a third caption line beats a cut name */
    float h = text_height(p, name, role, WEIGHT_BOLD, f->label.w, lines);
    put(p, f->label.x, roundf(cy - h * 0.5f), f->label.w, role, WEIGHT_BOLD, p->role_text[i],
        ALIGN_LEFT, lines, name);
}

/* "not reported" where a row's chart would be. */
static void row_missing(const Paint *p, const RowFrame *f, float cy)
{
    float lh = line_h(p, TYPE_BODY, WEIGHT_REGULAR);
    put(p, f->plot.x, roundf(cy - lh * 0.5f), f->plot.w, TYPE_BODY, WEIGHT_REGULAR, p->muted,
        ALIGN_LEFT, 1, not_reported(p));
}

/* A value in big type followed by a small label, e.g. "$44,200 median",
 * centred on cx but kept inside [lo, hi]. */
static void value_label(const Paint *p, float cx, float y, float lo, float hi, const char *value,
                        const char *label, int i)
{
    float vw = text_w(p, value, TYPE_H2, WEIGHT_BOLD), gap = px(p, 10.0f);
    float lw = label && *label ? text_w(p, label, TYPE_CAPTION, WEIGHT_REGULAR) + gap : 0.0f;
    float total = vw + lw, x = cx - total * 0.5f;
    x = fmaxf(lo, fminf(x, hi - total));
    float vh = line_h(p, TYPE_H2, WEIGHT_BOLD), lh = line_h(p, TYPE_CAPTION, WEIGHT_REGULAR);
    put(p, x, y, vw + 1.0f, TYPE_H2, WEIGHT_BOLD, p->role_text[i], ALIGN_LEFT, 1, value);
    if (lw > 0.0f)
        put(p, x + vw + gap, y + vh - lh - px(p, 4.0f), lw, TYPE_CAPTION, WEIGHT_REGULAR, p->muted,
            ALIGN_LEFT, 1, label);
}

/* Tick labels under a money or month axis. */
typedef const char *(*TickText)(const Paint *p, double v, char *buf, size_t len);

static void axis_ticks(const Paint *p, const Axis *a, double step, float top, float bottom,
                       float label_y, TickText fmt)
{
    for (double v = a->v0; v <= a->v1 + step * 0.01; v += step) {
        float x = axis_at(a, v);
        grid_line(p, x, top, bottom);
        char t[48];
        fmt(p, v, t, sizeof t);
        float w = text_w(p, t, TYPE_CAPTION, WEIGHT_REGULAR);
        float lx = fmaxf(a->x0 - px(p, 8.0f), fminf(x - w * 0.5f, a->x1 + px(p, 8.0f) - w));
        put(p, lx, label_y, w + 1.0f, TYPE_CAPTION, WEIGHT_REGULAR, p->muted, ALIGN_LEFT, 1, t);
    }
}

/* A horizontal dashed line: a reference, not data. */
static void dashed_hline(const Paint *p, float y, float left, float right, Color c)
{
    float w = fmaxf(px(p, 3.0f), 1.0f), on = px(p, 12.0f), off = px(p, 8.0f);
    for (float x = left; x < right; x += on + off)
        drawlist_rect(p->dl, rect_make(x, roundf(y - w * 0.5f), fminf(on, right - x), w), 0.0f, c, c);
}

/* A caption line at the top of a chart; returns the area left under it. */
static Rect legend(const Paint *p, Rect area, const char *text)
{
    if (!text || !*text)
        return area;
    float h = put(p, area.x, area.y, area.w, TYPE_CAPTION, WEIGHT_REGULAR, p->muted, ALIGN_LEFT, 2,
                  text);
    float used = h + px(p, 16.0f);
    return rect_make(area.x, area.y + used, area.w, area.h - used);
}

/* ---- pay ------------------------------------------------------------------ */

typedef struct {
    bool median, range;
    double lo, hi, med, q1, q3;
    bool quartiles, ends; /* ends: lo/hi are percentiles to label */
} PaySpan;

static PaySpan pay_span(const Pay *pay)
{
    PaySpan sp = {0};
    if (pay->median.present) {
        sp.median = true;
        sp.med = pay->median.value;
        sp.lo = pay->p10.present ? pay->p10.value : pay->p25.present ? pay->p25.value : sp.med;
        sp.hi = pay->p90.present ? pay->p90.value : pay->p75.present ? pay->p75.value : sp.med;
        sp.quartiles = pay->p25.present && pay->p75.present;
        sp.q1 = pay->p25.value;
        sp.q3 = pay->p75.value;
        sp.ends = sp.lo < sp.med || sp.hi > sp.med;
    } else if (pay->range_low.present && pay->range_high.present) {
        sp.range = true;
        sp.lo = pay->range_low.value;
        sp.hi = pay->range_high.value;
        sp.med = (sp.lo + sp.hi) * 0.5;
    }
    return sp;
}

static const char *money_tick(const Paint *p, double v, char *buf, size_t len)
{
    (void)p;
    return format_money_short(buf, len, v);
}

/* Scale from the lowest to the highest figure, on round steps. */
static bool pay_axis(const PaySpan sp[2], Axis *a, double *step)
{
    bool any = false;
    double lo = 0.0, hi = 0.0;
    for (int i = 0; i < 2; i++) {
        if (!sp[i].median && !sp[i].range)
            continue;
        lo = any ? fmin(lo, sp[i].lo) : sp[i].lo;
        hi = any ? fmax(hi, sp[i].hi) : sp[i].hi;
        any = true;
    }
    if (!any)
        return false;
    *step = nice_step(fmax(hi - lo, 1000.0), 4);
    a->v0 = floor(lo / *step) * *step;
    a->v1 = ceil(hi / *step) * *step;
    if (a->v1 <= a->v0)
        a->v1 = a->v0 + *step;
    return true;
}

typedef struct {
    float bar_h, value_h, gap;
} PayMetrics;

static PayMetrics pay_metrics(const Paint *p)
{
    PayMetrics m = {px(p, 36.0f), line_h(p, TYPE_H2, WEIGHT_BOLD), px(p, 6.0f)};
    return m;
}

/* The bar grows out of the median both ways as `t` goes 0 -> 1. */
static void pay_bar(const Paint *p, const PaySpan *sp, const Axis *a, float y, float h, int i,
                    float t)
{
    float xm = axis_at(a, sp->med);
    float xl = xm + (axis_at(a, sp->lo) - xm) * t, xr = xm + (axis_at(a, sp->hi) - xm) * t;
    Rect bar = rect_make(xl, y, fmaxf(xr - xl, h), h);
    bar.x = fminf(bar.x, xm - h * 0.5f);
    if (sp->range) { /* estimated: an outlined, paler bar */
        drawlist_rect(p->dl, bar, h * 0.5f, p->role[i], p->role[i]);
        Color inside = color_mix(p->pale[i], p->white, 0.5f);
        drawlist_rect(p->dl, rect_inset(bar, px(p, 4.0f), px(p, 4.0f)), h * 0.5f - px(p, 4.0f),
                      inside, inside);
        return;
    }
    drawlist_rect(p->dl, bar, h * 0.5f, p->pale[i], p->pale[i]);
    if (sp->quartiles) {
        float q1 = xm + (axis_at(a, sp->q1) - xm) * t, q3 = xm + (axis_at(a, sp->q3) - xm) * t;
        drawlist_rect(p->dl, rect_make(q1, y, fmaxf(q3 - q1, 1.0f), h), px(p, 6.0f), p->role[i],
                      p->role[i]);
    }
    with_alpha(p, t);
    dot(p, xm, y + h * 0.5f, h + px(p, 14.0f), p->white);
    dot(p, xm, y + h * 0.5f, h - px(p, 2.0f), p->role[i]);
    with_alpha(p, 1.0f);
}

/* "$35,020" before the low end and "$57,830" after the high end, on the
 * bar's line (the axis leaves room for them at both ends). */
static void pay_ends(const Paint *p, const PaySpan *sp, const Axis *a, float cy)
{
    char lo[32], hi[32];
    format_money(lo, sizeof lo, sp->lo);
    format_money(hi, sizeof hi, sp->hi);
    float wl = text_w(p, lo, TYPE_CAPTION, WEIGHT_REGULAR), gap = px(p, 12.0f);
    float y = roundf(cy - line_h(p, TYPE_CAPTION, WEIGHT_REGULAR) * 0.5f);
    put(p, axis_at(a, sp->lo) - gap - wl, y, wl + 1.0f, TYPE_CAPTION, WEIGHT_REGULAR, p->muted,
        ALIGN_LEFT, 1, lo);
    put(p, axis_at(a, sp->hi) + gap, y, text_w(p, hi, TYPE_CAPTION, WEIGHT_REGULAR) + 1.0f,
        TYPE_CAPTION, WEIGHT_REGULAR, p->muted, ALIGN_LEFT, 1, hi);
}

/* Room the end labels need beside the bars. */
static float pay_end_room(const Paint *p, const PaySpan sp[2])
{
    float w = 0.0f;
    for (int i = 0; i < 2; i++) {
        if (!sp[i].median || !sp[i].ends)
            continue;
        char t[32];
        w = fmaxf(w, text_w(p, format_money(t, sizeof t, sp[i].lo), TYPE_CAPTION, WEIGHT_REGULAR));
        w = fmaxf(w, text_w(p, format_money(t, sizeof t, sp[i].hi), TYPE_CAPTION, WEIGHT_REGULAR));
    }
    return w > 0.0f ? w + px(p, 24.0f) : px(p, 12.0f);
}

static void pay_row(const Paint *p, const RowFrame *f, const PaySpan *sp, const Axis *a, int i)
{
    PayMetrics m = pay_metrics(p);
    float bar_y = f->plot.y + m.value_h + m.gap, cy = bar_y + m.bar_h * 0.5f;
    row_label(p, f, i, cy);
    if (!sp->median && !sp->range) {
        row_missing(p, f, cy);
        return;
    }
    float t = progress(p, i);
    pay_bar(p, sp, a, bar_y, m.bar_h, i, t);
    with_alpha(p, t);
    char value[64];
    float lo = f->plot.x, hi = f->plot.x + f->plot.w;
    if (sp->median) {
        value_label(p, axis_at(a, sp->med), f->plot.y, lo, hi,
                    format_money(value, sizeof value, sp->med), ui(p, "compare.median", "median"), i);
        if (sp->ends)
            pay_ends(p, sp, a, cy);
    } else {
        value_label(p, axis_at(a, sp->med), f->plot.y, lo, hi,
                    format_money_range(value, sizeof value, sp->lo, sp->hi),
                    ui(p, "compare.estimated_median", "estimated median"), i);
    }
    with_alpha(p, 1.0f);
}

/* ---- portrait: columns on a shared vertical scale ------------------ */

/* The two roles' columns, lined up under their headers (landscape uses
 * them for lists, portrait for standing charts too). */
static void columns(const Paint *p, Rect area, Rect out[2])
{
    float gap = px(p, 56.0f), w = floorf((area.w - gap) * 0.5f);
    out[0] = rect_make(area.x, area.y, w, area.h);
    out[1] = rect_make(area.x + area.w - w, area.y, w, area.h);
}

/* Portrait stands the scales up: each role's column sits under its header
 * and values rise from a baseline, so the tall screen holds the chart
 * instead of two thin rows in a lot of white. */
typedef struct {
    Rect area;
    Rect col[2];
    float top, bottom; /* the scale's extent; low values at the bottom */
    float foot;        /* text under the baseline starts here */
} Tall;

/* `head_h` is room above the scale for labels, `foot_h` room under it. */
static Tall tall_frame(const Paint *p, Rect area, float head_h, float foot_h)
{
    Tall t;
    t.area = area;
    columns(p, area, t.col);
    float h = fminf(area.h - head_h - foot_h, px(p, 820.0f));
    float used = head_h + h + foot_h;
    float y = area.y + fmaxf(0.0f, (area.h - used) * 0.5f);
    t.top = roundf(y + head_h);
    t.bottom = roundf(t.top + h);
    t.foot = t.bottom + px(p, 16.0f);
    return t;
}

/* Lines the names under the columns take: two when a long name (a long
 * translation) will not fit one line of caption type. */
static int tall_name_lines(const Paint *p, Rect area)
{
    Rect col[2];
    columns(p, area, col);
    for (int i = 0; i < 2; i++)
        if (!fits(p, name_of(p, i), TYPE_CAPTION, WEIGHT_BOLD, col[i].w, 1))
            return 2;
    return 1;
}

static float tall_name_h(const Paint *p, Rect area)
{
    return (float)tall_name_lines(p, area) * line_h(p, TYPE_CAPTION, WEIGHT_BOLD) + px(p, 4.0f);
}

/* Each role's name under its column: the columns are labelled in words,
 * not only by their colour and the headers above. */
static void tall_names(const Paint *p, Tall *t)
{
    int lines = tall_name_lines(p, t->area);
    for (int i = 0; i < 2; i++) {
        const char *name = name_of(p, i);
        TypeRole role = widget_fit_role(p->app, name, TYPE_CAPTION, WEIGHT_BOLD, t->col[i].w, lines);
        put(p, t->col[i].x, t->foot, t->col[i].w, role, WEIGHT_BOLD, p->role_text[i], ALIGN_CENTER,
            lines, name);
    }
    t->foot += tall_name_h(p, t->area);
}

static Axis tall_axis(const Tall *t, double v0, double v1)
{
    Axis a = {t->bottom, t->top, v0, v1 > v0 ? v1 : v0 + 1.0};
    return a;
}

/* Gridlines across both columns, each labelled at the left just above it. */
static void tall_ticks(const Paint *p, const Tall *t, const Axis *a, double step, TickText fmt)
{
    float lh = line_h(p, TYPE_CAPTION, WEIGHT_REGULAR), w = fmaxf(px(p, 2.0f), 1.0f);
    for (double v = a->v0; v <= a->v1 + step * 0.01; v += step) {
        float y = axis_at(a, v);
        drawlist_rect(p->dl, rect_make(t->area.x, roundf(y - w * 0.5f), t->area.w, w), 0.0f, p->grid,
                      p->grid);
        char label[48];
        fmt(p, v, label, sizeof label);
        put(p, t->area.x, y - lh - px(p, 2.0f), text_w(p, label, TYPE_CAPTION, WEIGHT_REGULAR) + 1.0f,
            TYPE_CAPTION, WEIGHT_REGULAR, p->muted, ALIGN_LEFT, 1, label);
    }
}

/* Where a standing bar goes in its column: left of centre when labels sit
 * beside it, centred when they sit on top. */
static float tall_bar_x(const Rect *col, bool labels_beside)
{
    return roundf(col->x + col->w * (labels_beside ? 0.34f : 0.5f));
}

static void tall_missing(const Paint *p, const Tall *t, int i)
{
    float lh = line_h(p, TYPE_BODY, WEIGHT_REGULAR);
    put(p, t->col[i].x, roundf((t->top + t->bottom - lh) * 0.5f), t->col[i].w, TYPE_BODY,
        WEIGHT_REGULAR, p->muted, ALIGN_CENTER, 1, not_reported(p));
}

/* A big value with a small label under it, left-aligned at x and centred
 * on cy as a block. */
static void value_beside(const Paint *p, float x, float cy, float w, const char *value,
                         const char *label, int i)
{
    float vh = line_h(p, TYPE_H2, WEIGHT_BOLD), ch = line_h(p, TYPE_CAPTION, WEIGHT_REGULAR);
    float y = roundf(cy - (vh + ch) * 0.5f);
    put_one_line(p, x, y, w, TYPE_H2, p->role_text[i], ALIGN_LEFT, value);
    put(p, x, y + vh, w, TYPE_CAPTION, WEIGHT_REGULAR, p->muted, ALIGN_LEFT, 1, label);
}

/* An estimated range standing up: an outlined bar, the range on top (it
 * is wider than the room beside the bar). */
static void pay_range_column(const Paint *p, const Rect *col, Rect bar, const PaySpan *sp,
                             const Axis *a, int i, float tt)
{
    float r = bar.w * 0.5f, edge = px(p, 4.0f);
    drawlist_rect(p->dl, bar, r, p->role[i], p->role[i]);
    Color inside = color_mix(p->pale[i], p->white, 0.5f);
    drawlist_rect(p->dl, rect_inset(bar, edge, edge), r - edge, inside, inside);
    float vh = line_h(p, TYPE_H2, WEIGHT_BOLD), ch = line_h(p, TYPE_CAPTION, WEIGHT_REGULAR);
    float y = axis_at(a, sp->hi) - px(p, 12.0f) - vh - ch;
    char value[64];
    with_alpha(p, tt);
    put_one_line(p, col->x, y, col->w, TYPE_H2, p->role_text[i], ALIGN_CENTER,
                 format_money_range(value, sizeof value, sp->lo, sp->hi));
    put(p, col->x, y + vh, col->w, TYPE_CAPTION, WEIGHT_REGULAR, p->muted, ALIGN_CENTER, 1,
        ui(p, "compare.estimated_median", "estimated median"));
    with_alpha(p, 1.0f);
}

/* Pay standing up: the 10th-90th percentile bar, its middle half and the
 * median marker; values beside the bar. */
static void pay_column(const Paint *p, const Tall *t, const PaySpan *sp, const Axis *a, int i)
{
    if (!sp->median && !sp->range) {
        tall_missing(p, t, i);
        return;
    }
    const Rect *col = &t->col[i];
    /* A range's label sits on top, so its bar is centred under it. */
    float bw = px(p, 56.0f), cx = tall_bar_x(col, !sp->range), tt = progress(p, i);
    float ym = axis_at(a, sp->med);
    float ylo = ym + (axis_at(a, sp->lo) - ym) * tt, yhi = ym + (axis_at(a, sp->hi) - ym) * tt;
    Rect bar = rect_make(cx - bw * 0.5f, fminf(yhi, ym - bw * 0.5f), bw, fmaxf(ylo - yhi, bw));
    char value[64];
    float label_x = cx + bw * 0.5f + px(p, 20.0f), label_w = col->x + col->w - label_x;
    if (sp->range) {
        pay_range_column(p, col, bar, sp, a, i, tt);
        return;
    }
    drawlist_rect(p->dl, bar, bw * 0.5f, p->pale[i], p->pale[i]);
    if (sp->quartiles) {
        float q1 = ym + (axis_at(a, sp->q1) - ym) * tt, q3 = ym + (axis_at(a, sp->q3) - ym) * tt;
        drawlist_rect(p->dl, rect_make(bar.x, q3, bw, fmaxf(q1 - q3, 1.0f)), px(p, 6.0f), p->role[i],
                      p->role[i]);
    }
    with_alpha(p, tt);
    dot(p, cx, ym, bw + px(p, 14.0f), p->white);
    dot(p, cx, ym, bw - px(p, 2.0f), p->role[i]);
    value_beside(p, label_x, ym, label_w, format_money(value, sizeof value, sp->med),
                 ui(p, "compare.median", "median"), i);
    float ch = line_h(p, TYPE_CAPTION, WEIGHT_REGULAR), clear = line_h(p, TYPE_H2, WEIGHT_BOLD) + ch;
    float ends[2] = {axis_at(a, sp->hi), axis_at(a, sp->lo)};
    double vals[2] = {sp->hi, sp->lo};
    for (int k = 0; sp->ends && k < 2; k++) {
        if (fabsf(ends[k] - ym) < clear * 0.5f + ch)
            continue; /* would sit on the median's label */
        put(p, label_x, roundf(ends[k] - ch * 0.5f), label_w, TYPE_CAPTION, WEIGHT_REGULAR, p->muted,
            ALIGN_LEFT, 1, format_money(value, sizeof value, vals[k]));
    }
    with_alpha(p, 1.0f);
}

static void pay_tall(const Paint *p, Rect area, const PaySpan sp[2])
{
    float head = line_h(p, TYPE_H2, WEIGHT_BOLD) + line_h(p, TYPE_CAPTION, WEIGHT_REGULAR) +
                 px(p, 16.0f);
    float end_label = line_h(p, TYPE_CAPTION, WEIGHT_REGULAR) * 0.5f; /* "$35,020" hangs below */
    Tall t = tall_frame(p, area, head, end_label + px(p, 24.0f) + tall_name_h(p, area));
    t.foot += end_label;
    tall_names(p, &t);
    Axis a = tall_axis(&t, 0.0, 1.0);
    double step = 1.0;
    if (pay_axis(sp, &a, &step))
        tall_ticks(p, &t, &a, step, money_tick);
    for (int i = 0; i < 2; i++)
        pay_column(p, &t, &sp[i], &a, i);
}

static void page_pay(const Paint *p, Rect area)
{
    PaySpan sp[2] = {pay_span(&p->c[0]->pay), pay_span(&p->c[1]->pay)};
    char text[256];
    snprintf(text, sizeof text, "%s%s",
             ui(p, "compare.pay_legend",
                "Yearly pay. Bar: 10th to 90th percentile \xC2\xB7 dark: middle half \xC2\xB7 dot: median"),
             sp[0].range || sp[1].range
                 ? ui(p, "compare.pay_legend_range", " \xC2\xB7 outlined: estimated median range")
                 : "");
    area = legend(p, area, text);
    if (p->l->portrait) {
        pay_tall(p, area, sp);
        return;
    }
    PayMetrics m = pay_metrics(p);
    float plot_h = m.value_h + m.gap + m.bar_h;
    float ticks_h = line_h(p, TYPE_CAPTION, WEIGHT_REGULAR) + px(p, 16.0f);
    RowFrame f[2];
    row_frames(p, area, plot_h, ticks_h, f);
    float room = pay_end_room(p, sp);
    Axis a = {f[0].plot.x + room, f[0].plot.x + f[0].plot.w - room, 0.0, 1.0};
    double step = 1.0;
    bool axis = pay_axis(sp, &a, &step);
    if (axis) {
        float bottom = f[1].plot.y + f[1].plot.h;
        axis_ticks(p, &a, step, f[0].plot.y + m.value_h, bottom + px(p, 8.0f), bottom + px(p, 16.0f),
                   money_tick);
    }
    for (int i = 0; i < 2; i++)
        pay_row(p, &f[i], &sp[i], &a, i);
}

/* ---- bars from zero: growth and employment ---------------------------- */

typedef struct {
    bool present;
    double value, extra; /* extra > value: a paler continuation (projection) */
    char label[48];      /* the value as printed */
    char caption[200];
} BarRow;

typedef struct {
    bool present;
    double value;
    char label[96];
} Reference;

static float bar_row_plot_h(const Paint *p)
{
    return line_h(p, TYPE_H2, WEIGHT_BOLD) + px(p, 4.0f) + line_h(p, TYPE_CAPTION, WEIGHT_REGULAR);
}

static void bar_axis(const Paint *p, const RowFrame f[2], const BarRow rows[2],
                     const Reference *ref, Axis *a)
{
    double lo = 0.0, hi = 0.0;
    float reserve = 0.0f;
    for (int i = 0; i < 2; i++) {
        if (!rows[i].present)
            continue;
        lo = fmin(lo, rows[i].value);
        hi = fmax(hi, fmax(rows[i].value, rows[i].extra));
        reserve = fmaxf(reserve, text_w(p, rows[i].label, TYPE_H2, WEIGHT_BOLD));
    }
    if (ref->present) {
        lo = fmin(lo, ref->value);
        hi = fmax(hi, ref->value);
    }
    reserve += px(p, 20.0f);
    a->x0 = f[0].plot.x + (lo < 0.0 ? reserve : 0.0f);
    a->x1 = f[0].plot.x + f[0].plot.w - reserve;
    a->v0 = lo;
    a->v1 = hi > lo ? hi : lo + 1.0;
}

static void bar_row(const Paint *p, const RowFrame *f, const BarRow *row, const Axis *a, int i)
{
    float vh = line_h(p, TYPE_H2, WEIGHT_BOLD), bar_h = px(p, 44.0f);
    float cy = f->plot.y + vh * 0.5f, bar_y = roundf(cy - bar_h * 0.5f);
    row_label(p, f, i, cy);
    if (!row->present) {
        row_missing(p, f, cy);
        return;
    }
    float t = progress(p, i), zero = axis_at(a, 0.0);
    if (row->extra > row->value) {
        float xe = zero + (axis_at(a, row->extra) - zero) * t;
        drawlist_rect(p->dl, rect_make(zero, bar_y, fmaxf(xe - zero, 1.0f), bar_h), px(p, 10.0f),
                      p->pale[i], p->pale[i]);
    }
    float xv = zero + (axis_at(a, row->value) - zero) * t;
    Rect bar = rect_make(fminf(zero, xv), bar_y, fmaxf(fabsf(xv - zero), 1.0f), bar_h);
    drawlist_rect(p->dl, bar, px(p, 10.0f), color_lighten(p->role[i], 0.12f), p->role[i]);
    with_alpha(p, t);
    /* The value rides on the end of its growing bar. */
    float full = row->extra > row->value ? axis_at(a, row->extra) : axis_at(a, row->value);
    float end = zero + (full - zero) * t, lw = text_w(p, row->label, TYPE_H2, WEIGHT_BOLD);
    float lx = row->value < 0.0 ? fminf(end, zero) - px(p, 16.0f) - lw
                                : fmaxf(end, zero) + px(p, 16.0f);
    put(p, lx, f->plot.y, lw + 1.0f, TYPE_H2, WEIGHT_BOLD, p->role_text[i], ALIGN_LEFT, 1, row->label);
    put(p, f->plot.x, f->plot.y + vh + px(p, 4.0f), f->plot.w, TYPE_CAPTION, WEIGHT_REGULAR, p->muted,
        ALIGN_LEFT, 1, row->caption);
    with_alpha(p, 1.0f);
}

static void bar_rows(const Paint *p, Rect area, const BarRow rows[2], const Reference *ref)
{
    float cap = line_h(p, TYPE_CAPTION, WEIGHT_BOLD);
    float top = ref->present ? cap + px(p, 12.0f) : 0.0f;
    RowFrame f[2];
    row_frames(p, rect_make(area.x, area.y + top, area.w, area.h - top), bar_row_plot_h(p), 0.0f, f);
    Axis a;
    bar_axis(p, f, rows, ref, &a);
    grid_line(p, axis_at(&a, 0.0), f[0].plot.y - px(p, 8.0f), f[1].plot.y + f[1].plot.h);
    for (int i = 0; i < 2; i++)
        bar_row(p, &f[i], &rows[i], &a, i);
    if (!ref->present)
        return;
    /* On top of the bars, but only across their lines: the captions under
     * them stay clear. */
    float x = axis_at(&a, ref->value), w = text_w(p, ref->label, TYPE_CAPTION, WEIGHT_BOLD);
    float lx = fmaxf(f[0].plot.x, fminf(x - w * 0.5f, f[0].plot.x + f[0].plot.w - w));
    put(p, lx, f[0].plot.y - top, w + 1.0f, TYPE_CAPTION, WEIGHT_BOLD, p->muted, ALIGN_LEFT, 1,
        ref->label);
    float vh = line_h(p, TYPE_H2, WEIGHT_BOLD);
    for (int i = 0; i < 2; i++)
        dashed_line(p, x, f[i].plot.y - px(p, i == 0 ? 8.0f : 4.0f), f[i].plot.y + vh + px(p, 4.0f),
                    p->ink);
}

/* Portrait: bars standing in the roles' columns, values on top, captions
 * under the baseline, the reference as a dashed line across. */
static void bar_column(const Paint *p, const Tall *t, const BarRow *row, const Axis *a, int i)
{
    if (!row->present) {
        tall_missing(p, t, i);
        return;
    }
    const Rect *col = &t->col[i];
    float bw = fminf(roundf(col->w * 0.36f), px(p, 160.0f)), cx = tall_bar_x(col, false);
    float tt = progress(p, i), zero = axis_at(a, 0.0);
    if (row->extra > row->value) {
        float ye = zero + (axis_at(a, row->extra) - zero) * tt;
        drawlist_rect(p->dl, rect_make(cx - bw * 0.5f, ye, bw, fmaxf(zero - ye, 1.0f)), px(p, 12.0f),
                      p->pale[i], p->pale[i]);
    }
    float yv = zero + (axis_at(a, row->value) - zero) * tt;
    Rect bar = rect_make(cx - bw * 0.5f, fminf(zero, yv), bw, fmaxf(fabsf(yv - zero), 1.0f));
    drawlist_rect(p->dl, bar, px(p, 12.0f), color_lighten(p->role[i], 0.12f), p->role[i]);
    with_alpha(p, tt);
    float vh = line_h(p, TYPE_H2, WEIGHT_BOLD);
    float full = axis_at(a, row->value < 0.0 ? row->value : fmax(row->value, row->extra));
    float end = zero + (full - zero) * tt; /* the value rides on the growing bar */
    float ly = row->value < 0.0 ? end + px(p, 8.0f) : end - px(p, 8.0f) - vh;
    put(p, col->x, ly, col->w, TYPE_H2, WEIGHT_BOLD, p->role_text[i], ALIGN_CENTER, 1, row->label);
    int lines = fits(p, row->caption, TYPE_CAPTION, WEIGHT_REGULAR, col->w, 2) ? 2 : 3;
    put(p, col->x, t->foot, col->w, TYPE_CAPTION, WEIGHT_REGULAR, p->muted, ALIGN_CENTER, lines,
        row->caption);
    with_alpha(p, 1.0f);
}

static void bar_columns(const Paint *p, Rect area, const BarRow rows[2], const Reference *ref)
{
    float vh = line_h(p, TYPE_H2, WEIGHT_BOLD), ch = line_h(p, TYPE_CAPTION, WEIGHT_REGULAR);
    double lo = 0.0, hi = 0.0;
    for (int i = 0; i < 2; i++) {
        if (!rows[i].present)
            continue;
        lo = fmin(lo, rows[i].value);
        hi = fmax(hi, fmax(rows[i].value, rows[i].extra));
    }
    if (ref->present) {
        lo = fmin(lo, ref->value);
        hi = fmax(hi, ref->value);
    }
    float below = lo < 0.0 ? vh + px(p, 16.0f) : 0.0f;
    Tall t = tall_frame(p, area, vh + px(p, 16.0f),
                        below + 2.0f * ch + px(p, 24.0f) + tall_name_h(p, area));
    t.bottom -= below;
    Axis a = tall_axis(&t, lo, hi);
    float base = axis_at(&a, 0.0), w = fmaxf(px(p, 2.0f), 1.0f);
    drawlist_rect(p->dl, rect_make(area.x, roundf(base - w * 0.5f), area.w, w), 0.0f, p->grid, p->grid);
    t.foot = fmaxf(t.foot, t.bottom + below + px(p, 16.0f));
    tall_names(p, &t);
    for (int i = 0; i < 2; i++)
        bar_column(p, &t, &rows[i], &a, i);
    if (ref->present)
        dashed_hline(p, axis_at(&a, ref->value), area.x, area.x + area.w, p->ink);
}

static void growth_row(const Paint *p, const Career *c, BarRow *row)
{
    memset(row, 0, sizeof *row);
    row->present = c->growth.present;
    if (!row->present)
        return;
    row->value = c->growth.value;
    row->extra = 0.0;
    format_percent(row->label, sizeof row->label, c->growth.value, 1);
    const char *period = ltext_get(&c->growth.period, p->app->lang);
    char jobs[64] = "";
    if (c->new_jobs.present) {
        char n[40];
        format_count(n, sizeof n, fabs(c->new_jobs.value));
        snprintf(jobs, sizeof jobs, "%s%s %s", c->new_jobs.value < 0 ? "-" : "+", n,
                 ui(p, "new_jobs", "new jobs"));
    }
    snprintf(row->caption, sizeof row->caption, "%s%s%s", period, *period && *jobs ? MIDDOT : "",
             jobs);
    if (!row->caption[0])
        snprintf(row->caption, sizeof row->caption, "%s", ui(p, "growth", "job growth"));
}

static void page_growth(const Paint *p, Rect area)
{
    BarRow rows[2];
    growth_row(p, p->c[0], &rows[0]);
    growth_row(p, p->c[1], &rows[1]);
    Reference ref = {0};
    const Figure *all = &p->app->content->all_growth;
    char all_jobs[96] = "";
    if (all->present) {
        char pct[24];
        const char *period = ltext_get(&all->period, p->app->lang);
        snprintf(all_jobs, sizeof all_jobs, "%s %s%s%s%s", ui(p, "all_jobs", "all jobs"),
                 format_percent(pct, sizeof pct, all->value, 0), *period ? " (" : "", period,
                 *period ? ")" : "");
        snprintf(ref.label, sizeof ref.label, "%s", all_jobs);
        if (ref.label[0] >= 'a' && ref.label[0] <= 'z') /* it starts a label here */
            ref.label[0] = (char)(ref.label[0] - 'a' + 'A');
        ref.present = true;
        ref.value = all->value;
    }
    const char *what = ui(p, "compare.growth_legend",
                          "Change in the number of jobs over the projection period");
    if (!p->l->portrait) {
        bar_rows(p, legend(p, area, what), rows, &ref);
        return;
    }
    char text[256];
    snprintf(text, sizeof text, "%s%s%s%s", what, ref.present ? MIDDOT : "",
             ref.present ? ui(p, "compare.dashed", "dashed line: ") : "", all_jobs);
    bar_columns(p, legend(p, area, text), rows, &ref);
}

/* "2034" from "2024–2034": the year a projection reaches. */
static const char *end_year(const char *period, char *buf, size_t len)
{
    size_t n = strlen(period);
    buf[0] = '\0';
    if (n >= 4) {
        bool digits = true;
        for (size_t i = n - 4; i < n; i++)
            digits &= period[i] >= '0' && period[i] <= '9';
        if (digits)
            snprintf(buf, len, "%s", period + n - 4);
    }
    return buf;
}

static void employment_row(const Paint *p, const Career *c, BarRow *row)
{
    memset(row, 0, sizeof *row);
    row->present = c->employed.present;
    if (!row->present)
        return;
    row->value = c->employed.value;
    format_count(row->label, sizeof row->label, c->employed.value);
    const char *label = ui(p, "employed", "people employed");
    if (c->projected.present && c->projected.value > c->employed.value) {
        row->extra = c->projected.value;
        char n[40], year[8];
        format_count(n, sizeof n, c->projected.value);
        end_year(ltext_get(&c->projected.period, p->app->lang), year, sizeof year);
        if (*year)
            snprintf(row->caption, sizeof row->caption, "%s" MIDDOT "%s %s %s", label, n,
                     ui(p, "projected_for", "projected for"), year);
        else
            snprintf(row->caption, sizeof row->caption, "%s" MIDDOT "%s %s", label, n,
                     ui(p, "compare.projected", "projected"));
    } else {
        snprintf(row->caption, sizeof row->caption, "%s", label);
    }
}

static void page_employment(const Paint *p, Rect area)
{
    BarRow rows[2];
    employment_row(p, p->c[0], &rows[0]);
    employment_row(p, p->c[1], &rows[1]);
    Reference none = {0};
    bool projected = rows[0].extra > rows[0].value || rows[1].extra > rows[1].value;
    area = legend(p, area, projected ? ui(p, "compare.employment_legend",
                                          "People working in each role \xC2\xB7 pale: projected growth")
                                     : ui(p, "compare.employment_legend_plain",
                                          "People working in each role"));
    if (p->l->portrait)
        bar_columns(p, area, rows, &none);
    else
        bar_rows(p, area, rows, &none);
}

/* ---- time to train ---------------------------------------------------- */

static const char *duration(const Paint *p, double months, char *buf, size_t len)
{
    return format_duration(buf, len, months, ui(p, "month", "month"), ui(p, "months", "months"),
                           ui(p, "year", "year"), ui(p, "years", "years"));
}

static const char *month_tick(const Paint *p, double v, char *buf, size_t len)
{
    if (v == 0.0) {
        snprintf(buf, len, "0");
        return buf;
    }
    if (fmod(v, 12.0) == 0.0 && v >= 12.0) {
        char n[16];
        snprintf(n, sizeof n, "%.0f", v / 12.0);
        snprintf(buf, len, "%s %s", n, v == 12.0 ? ui(p, "year", "year") : ui(p, "years", "years"));
        return buf;
    }
    return duration(p, v, buf, len);
}

/* Shortest and longest of a career's paths; false without any. */
static bool path_span(const Career *c, double *lo, double *hi)
{
    if (!c->path_count)
        return false;
    *lo = c->paths[0].months_min;
    *hi = c->paths[0].months_max;
    for (size_t i = 1; i < c->path_count; i++) {
        *lo = fmin(*lo, c->paths[i].months_min);
        *hi = fmax(*hi, c->paths[i].months_max);
    }
    return true;
}

/* "4 paths: 4 months to 4 years". */
static void paths_caption(const Paint *p, const Career *c, char *buf, size_t len)
{
    double lo, hi;
    buf[0] = '\0';
    if (!path_span(c, &lo, &hi))
        return;
    char n[48], a[48], b[48];
    format_count_noun(n, sizeof n, (double)c->path_count, ui(p, "path", "path"), ui(p, "paths", "paths"));
    if (lo == hi)
        snprintf(buf, len, "%s: %s", n, duration(p, lo, a, sizeof a));
    else
        snprintf(buf, len, "%s: %s %s %s", n, duration(p, lo, a, sizeof a), ui(p, "to", "to"),
                 duration(p, hi, b, sizeof b));
}

typedef struct {
    float value_h, bar_h, cap_h, gap;
} TrainMetrics;

static TrainMetrics train_metrics(const Paint *p)
{
    TrainMetrics m = {line_h(p, TYPE_H2, WEIGHT_BOLD), px(p, 32.0f),
                      line_h(p, TYPE_CAPTION, WEIGHT_REGULAR), px(p, 6.0f)};
    return m;
}

static void train_row(const Paint *p, const RowFrame *f, const Axis *a, int i)
{
    const Career *c = p->c[i];
    TrainMetrics m = train_metrics(p);
    float bar_y = f->plot.y + m.value_h + m.gap, cy = bar_y + m.bar_h * 0.5f;
    row_label(p, f, i, cy);
    if (!c->train_months.present) {
        row_missing(p, f, cy);
        return;
    }
    float t = progress(p, i), zero = axis_at(a, 0.0);
    double lo, hi;
    if (path_span(c, &lo, &hi)) {
        float xl = axis_at(a, lo), xh = axis_at(a, hi);
        with_alpha(p, t);
        drawlist_rect(p->dl, rect_make(xl, bar_y, fmaxf(xh - xl, m.bar_h), m.bar_h), m.bar_h * 0.5f,
                      p->pale[i], p->pale[i]);
        with_alpha(p, 1.0f);
    }
    float xv = zero + (axis_at(a, c->train_months.value) - zero) * t;
    drawlist_rect(p->dl, rect_make(zero, bar_y, fmaxf(xv - zero, m.bar_h), m.bar_h), m.bar_h * 0.5f,
                  color_lighten(p->role[i], 0.12f), p->role[i]);
    with_alpha(p, t);
    char value[48], caption[160];
    put(p, f->plot.x, f->plot.y, f->plot.w, TYPE_H2, WEIGHT_BOLD, p->role_text[i], ALIGN_LEFT, 1,
        duration(p, c->train_months.value, value, sizeof value));
    paths_caption(p, c, caption, sizeof caption);
    if (caption[0])
        put(p, f->plot.x, bar_y + m.bar_h + m.gap, f->plot.w, TYPE_CAPTION, WEIGHT_REGULAR, p->muted,
            ALIGN_LEFT, 1, caption);
    with_alpha(p, 1.0f);
}

/* The longest time either role's figures reach, on a round step. */
static double training_top(const Paint *p, double *step)
{
    double top = 0.0, lo, hi;
    for (int i = 0; i < 2; i++) {
        if (p->c[i]->train_months.present)
            top = fmax(top, p->c[i]->train_months.value);
        if (path_span(p->c[i], &lo, &hi))
            top = fmax(top, hi);
    }
    *step = top > 24.0 ? 12.0 : top > 12.0 ? 6.0 : 3.0;
    return fmax(*step, ceil(top / *step) * *step);
}

/* Portrait: the usual way in as a solid bar rising from 0, every path's
 * span pale behind it, the time beside its top. */
static void train_column(const Paint *p, const Tall *t, const Axis *a, int i)
{
    const Career *c = p->c[i];
    if (!c->train_months.present) {
        tall_missing(p, t, i);
        return;
    }
    const Rect *col = &t->col[i];
    float bw = px(p, 56.0f), cx = tall_bar_x(col, true), tt = progress(p, i);
    float zero = axis_at(a, 0.0);
    double lo, hi;
    if (path_span(c, &lo, &hi)) {
        float yl = axis_at(a, lo), yh = axis_at(a, hi);
        with_alpha(p, tt);
        drawlist_rect(p->dl, rect_make(cx - bw * 0.5f, yh, bw, fmaxf(yl - yh, bw)), bw * 0.5f,
                      p->pale[i], p->pale[i]);
        with_alpha(p, 1.0f);
    }
    float yv = zero + (axis_at(a, c->train_months.value) - zero) * tt;
    drawlist_rect(p->dl, rect_make(cx - bw * 0.5f, yv, bw, fmaxf(zero - yv, bw)), bw * 0.5f,
                  color_lighten(p->role[i], 0.12f), p->role[i]);
    with_alpha(p, tt);
    char value[48], caption[160];
    float lx = cx + bw * 0.5f + px(p, 20.0f);
    value_beside(p, lx, axis_at(a, c->train_months.value), col->x + col->w - lx,
                 duration(p, c->train_months.value, value, sizeof value),
                 ui(p, "compare.usual_way_in", "usual way in"), i);
    paths_caption(p, c, caption, sizeof caption);
    put(p, col->x, t->foot, col->w, TYPE_CAPTION, WEIGHT_REGULAR, p->muted, ALIGN_CENTER, 2, caption);
    with_alpha(p, 1.0f);
}

static void training_tall(const Paint *p, Rect area)
{
    float vh = line_h(p, TYPE_H2, WEIGHT_BOLD), ch = line_h(p, TYPE_CAPTION, WEIGHT_REGULAR);
    Tall t = tall_frame(p, area, (vh + ch) * 0.5f + px(p, 8.0f),
                        2.0f * ch + px(p, 24.0f) + tall_name_h(p, area));
    tall_names(p, &t);
    double step, top = training_top(p, &step);
    Axis a = tall_axis(&t, 0.0, top);
    tall_ticks(p, &t, &a, step, month_tick);
    for (int i = 0; i < 2; i++)
        train_column(p, &t, &a, i);
}

static void page_training(const Paint *p, Rect area)
{
    area = legend(p, area, ui(p, "compare.training_legend",
                              "Solid: the usual quickest way in \xC2\xB7 pale: every path, shortest to longest"));
    if (p->l->portrait) {
        training_tall(p, area);
        return;
    }
    TrainMetrics m = train_metrics(p);
    float plot_h = m.value_h + m.gap + m.bar_h + m.gap + m.cap_h;
    float ticks_h = m.cap_h + px(p, 12.0f);
    RowFrame f[2];
    row_frames(p, area, plot_h, ticks_h, f);
    double step, top = training_top(p, &step);
    Axis a = {f[0].plot.x, f[0].plot.x + f[0].plot.w - px(p, 12.0f), 0.0, top};
    float bottom = f[1].plot.y + f[1].plot.h;
    axis_ticks(p, &a, step, f[0].plot.y + m.value_h, bottom, bottom + px(p, 12.0f), month_tick);
    for (int i = 0; i < 2; i++)
        train_row(p, &f[i], &a, i);
}

/* ---- two columns of entries ------------------------------------------- */

typedef enum { ENTRY_BULLET, ENTRY_CODE, ENTRY_SHARE, ENTRY_STEP } EntryKind;

enum { ENTRY_LINES = 3 }; /* an entry wraps to at most this many lines */

typedef struct {
    const char *lead; /* code or value, bold in the role colour; may be NULL */
    const char *text;
    const char *sub;  /* detail in caption type when there is room; may be NULL */
    double share;     /* ENTRY_SHARE: percent, <0 unknown */
} Entry;

typedef struct {
    EntryKind kind;
    Entry items[MAX_ENTRIES];
    int count;
    const char *heading; /* caption above the list, may be NULL */
    float lead_w;        /* ENTRY_CODE: width of the code column */
    bool stacked;        /* ENTRY_CODE: the code on its own line (narrow columns) */
} EntryList;

/* How a pair of lists is set: the type size, and whether details show. */
typedef struct {
    TypeRole role;
    bool subs;
} EntryStyle;

static void divider(const Paint *p, Rect area)
{
    grid_line(p, area.x + area.w * 0.5f, area.y, area.y + area.h);
}

static float bullet_indent(const Paint *p, EntryKind kind)
{
    return kind == ENTRY_STEP ? px(p, 48.0f) : px(p, 30.0f);
}

static float entry_gap(const Paint *p, TypeRole role)
{
    return px(p, role == TYPE_BODY ? 16.0f : 10.0f);
}

static float share_lead_w(const Paint *p, const Entry *e, TypeRole role)
{
    return e->lead ? text_w(p, e->lead, role, WEIGHT_BOLD) + px(p, 16.0f) : 0.0f;
}

/* Where an entry's text starts (from the column's left) and how wide it is. */
static float entry_indent(const Paint *p, const EntryList *list)
{
    if (list->kind == ENTRY_CODE)
        return list->stacked ? 0.0f : list->lead_w;
    return list->kind == ENTRY_SHARE ? 0.0f : bullet_indent(p, list->kind);
}

static float entry_text_w(const Paint *p, const EntryList *list, const Entry *e, float w,
                          TypeRole role)
{
    float lead = list->kind == ENTRY_SHARE ? share_lead_w(p, e, role) : 0.0f;
    return w - entry_indent(p, list) - lead;
}

static bool entry_shows_sub(const Entry *e, EntryStyle st)
{
    return st.subs && e->sub && *e->sub;
}

static float share_bar_h(const Paint *p, const Entry *e, const EntryList *list)
{
    return list->kind == ENTRY_SHARE && e->share >= 0.0 ? px(p, 8.0f) + px(p, 14.0f) : 0.0f;
}

static float entry_height(const Paint *p, const EntryList *list, const Entry *e, float w,
                          EntryStyle st)
{
    float tw = entry_text_w(p, list, e, w, st.role);
    float h = text_height(p, e->text, st.role, WEIGHT_REGULAR, tw, ENTRY_LINES);
    if (entry_shows_sub(e, st))
        h += px(p, 2.0f) + text_height(p, e->sub, TYPE_CAPTION, WEIGHT_REGULAR, tw, ENTRY_LINES);
    if (list->kind == ENTRY_CODE && list->stacked)
        h += line_h(p, st.role, WEIGHT_BOLD);
    else if (list->kind == ENTRY_CODE)
        h = fmaxf(h, line_h(p, st.role, WEIGHT_BOLD));
    return h + share_bar_h(p, e, list);
}

/* Whether the entry's text would be cut at this style. */
static bool entry_cut(const Paint *p, const EntryList *list, const Entry *e, float w, EntryStyle st)
{
    float tw = entry_text_w(p, list, e, w, st.role);
    if (!fits(p, e->text, st.role, WEIGHT_REGULAR, tw, ENTRY_LINES))
        return true;
    if (list->kind == ENTRY_CODE && e->lead &&
        !fits(p, e->lead, st.role, WEIGHT_BOLD, list->stacked ? w : list->lead_w, 1))
        return true;
    return entry_shows_sub(e, st) && !fits(p, e->sub, TYPE_CAPTION, WEIGHT_REGULAR, tw, ENTRY_LINES);
}

static float heading_height(const Paint *p, const EntryList *list, float w)
{
    if (!list->heading)
        return 0.0f;
    return text_height(p, list->heading, TYPE_CAPTION, WEIGHT_BOLD, w, 2) + px(p, 12.0f);
}

/* How many entries fit whole in `h`, keeping a line for "+N more" when
 * some are left out. */
static int entries_that_fit(const Paint *p, const EntryList *list, float w, float h, EntryStyle st)
{
    float y = heading_height(p, list, w), more = line_h(p, TYPE_CAPTION, WEIGHT_REGULAR);
    for (int i = 0; i < list->count; i++) {
        const Entry *e = &list->items[i];
        y += entry_height(p, list, e, w, st);
        bool last = i == list->count - 1;
        if (entry_cut(p, list, e, w, st) || y + (last ? 0.0f : more + entry_gap(p, st.role)) > h)
            return i;
        y += entry_gap(p, st.role);
    }
    return list->count;
}

/* Body type with details where both columns fit whole, then body alone,
 * then caption; failing all, caption with as many entries as fit. */
static EntryStyle lists_style(const Paint *p, const EntryList lists[2], const Rect col[2])
{
    static const EntryStyle styles[] = {{TYPE_BODY, true}, {TYPE_BODY, false}, {TYPE_CAPTION, false}};
    for (size_t k = 0; k < sizeof styles / sizeof styles[0]; k++) {
        bool ok = true;
        for (int i = 0; i < 2; i++)
            ok &= entries_that_fit(p, &lists[i], col[i].w, col[i].h, styles[k]) == lists[i].count;
        if (ok)
            return styles[k];
    }
    return styles[2];
}

static void entry_marker(const Paint *p, const EntryList *list, float x, float y, float lh, int i)
{
    if (list->kind == ENTRY_BULLET) {
        float d = px(p, 12.0f);
        dot(p, x + d * 0.5f + px(p, 2.0f), y + lh * 0.5f, d, p->role[i]);
    } else if (list->kind == ENTRY_STEP) {
        char path[1024];
        float d = px(p, 34.0f);
        Rect r = rect_make(x, y + (lh - d) * 0.5f, d, d);
        drawlist_rect(p->dl, r, d * 0.5f, p->role[i], p->role[i]);
        drawlist_image(p->dl, rect_inset(r, d * 0.2f, d * 0.2f),
                       app_asset_path(p->app, "icons/chevron-right.svg", path, sizeof path),
                       p->on_role[i], 0.0f);
    }
}

/* A share as a bar under its setting, growing with the entrance `t`. */
static float share_bar(const Paint *p, const Entry *e, float x, float y, float w, int i, float t)
{
    float by = y + px(p, 8.0f), bh = px(p, 14.0f);
    drawlist_rect(p->dl, rect_make(x, by, w, bh), bh * 0.5f, p->track, p->track);
    float fill = w * (float)fmin(e->share, 100.0) / 100.0f * t;
    drawlist_rect(p->dl, rect_make(x, by, fmaxf(fill, bh), bh), bh * 0.5f, p->role[i], p->role[i]);
    return px(p, 8.0f) + bh;
}

/* Draws one entry at `y`; `t` is its entrance. Returns its height. */
static float entry_draw(const Paint *p, const EntryList *list, const Entry *e, Rect col, float y,
                        EntryStyle st, int i, float t)
{
    float lh = line_h(p, st.role, WEIGHT_REGULAR), indent = entry_indent(p, list);
    float tw = entry_text_w(p, list, e, col.w, st.role), x = col.x + indent;
    entry_marker(p, list, col.x, y, lh, i);
    float top = y;
    if (list->kind == ENTRY_CODE && e->lead) {
        put(p, col.x, y, list->stacked ? col.w : list->lead_w, st.role, WEIGHT_BOLD, p->role_text[i],
            ALIGN_LEFT, 1, e->lead);
        if (list->stacked)
            y += line_h(p, st.role, WEIGHT_BOLD);
    }
    float h = put(p, x, y, tw, st.role, WEIGHT_REGULAR, p->ink, ALIGN_LEFT, ENTRY_LINES, e->text);
    if (list->kind == ENTRY_SHARE && e->lead) {
        float lw = share_lead_w(p, e, st.role);
        put(p, col.x + col.w - lw + px(p, 16.0f), y, lw - px(p, 16.0f) + 1.0f, st.role, WEIGHT_BOLD,
            p->role_text[i], ALIGN_LEFT, 1, e->lead);
    }
    if (entry_shows_sub(e, st))
        h += px(p, 2.0f) + put(p, x, y + h + px(p, 2.0f), tw, TYPE_CAPTION, WEIGHT_REGULAR, p->muted,
                               ALIGN_LEFT, ENTRY_LINES, e->sub);
    h += y - top;
    if (list->kind == ENTRY_CODE)
        h = fmaxf(h, line_h(p, st.role, WEIGHT_BOLD));
    if (list->kind == ENTRY_SHARE && e->share >= 0.0)
        h += share_bar(p, e, col.x, y + h, col.w, i, t);
    return h;
}

static void list_draw(const Paint *p, const EntryList *list, Rect col, EntryStyle st, int i)
{
    int shown = entries_that_fit(p, list, col.w, col.h, st);
    float y = col.y;
    if (list->heading) {
        put(p, col.x, y, col.w, TYPE_CAPTION, WEIGHT_BOLD, p->role_text[i], ALIGN_LEFT, 2,
            list->heading);
        y += heading_height(p, list, col.w);
    }
    if (list->count == 0) {
        put(p, col.x, y, col.w, TYPE_BODY, WEIGHT_REGULAR, p->muted, ALIGN_LEFT, 1, not_reported(p));
        return;
    }
    for (int k = 0; k < shown; k++) {
        float t = progress(p, k);
        with_alpha(p, t);
        y += entry_draw(p, list, &list->items[k], col, y, st, i, t) + entry_gap(p, st.role);
    }
    with_alpha(p, progress(p, shown));
    if (shown < list->count) {
        char more[64];
        snprintf(more, sizeof more, "+%d %s", list->count - shown, ui(p, "more", "more"));
        put(p, col.x, y, col.w, TYPE_CAPTION, WEIGHT_REGULAR, p->muted, ALIGN_LEFT, 1, more);
    }
    with_alpha(p, 1.0f);
}

/* Two lists side by side, under the two role headers. */
static void lists_draw(const Paint *p, Rect area, const EntryList lists[2])
{
    Rect col[2];
    columns(p, area, col);
    divider(p, area);
    EntryStyle st = lists_style(p, lists, col);
    for (int i = 0; i < 2; i++)
        list_draw(p, &lists[i], col[i], st, i);
}

/* ---- certification ---------------------------------------------------- */

static int cert_status(const Career *c)
{
    int status = c->cert_count ? 1 : 0;
    for (size_t i = 0; i < c->cert_count; i++)
        if (c->certs[i].required)
            status = 2;
    return status;
}

/* "Required to work" / "Optional" / "None listed" as a pill. */
static float cert_pill(const Paint *p, Rect col, int i)
{
    int status = cert_status(p->c[i]);
    const char *label = status == 2   ? ui(p, "compare.cert_required", "Required to work")
                        : status == 1 ? ui(p, "compare.cert_optional", "Optional")
                                      : ui(p, "compare.cert_none", "None listed");
    TypeRole role = widget_fit_role(p->app, label, TYPE_BODY, WEIGHT_BOLD, col.w - px(p, 48.0f), 1);
    float lh = line_h(p, role, WEIGHT_BOLD), h = lh + px(p, 16.0f);
    float w = fminf(col.w, text_w(p, label, role, WEIGHT_BOLD) + px(p, 48.0f));
    Rect r = rect_make(col.x, col.y, w, h);
    Color fill = status == 2 ? p->role[i] : p->track;
    Color ink = status == 2 ? p->on_role[i] : status == 1 ? p->role_text[i] : p->muted;
    drawlist_rect(p->dl, r, h * 0.5f, fill, fill);
    put(p, r.x, r.y + (h - lh) * 0.5f, w, role, WEIGHT_BOLD, ink, ALIGN_CENTER, 1, label);
    return h + px(p, 24.0f);
}

static void page_certification(const Paint *p, Rect area)
{
    Rect col[2];
    columns(p, area, col);
    EntryList lists[2];
    float pill = 0.0f, lead = 0.0f;
    for (int i = 0; i < 2; i++) {
        const Career *c = p->c[i];
        memset(&lists[i], 0, sizeof lists[i]);
        lists[i].kind = ENTRY_CODE;
        lists[i].stacked = p->l->portrait;
        pill = fmaxf(pill, cert_pill(p, col[i], i));
        for (size_t k = 0; k < c->cert_count && lists[i].count < MAX_ENTRIES; k++) {
            Entry *e = &lists[i].items[lists[i].count++];
            e->lead = c->certs[k].code;
            e->text = ltext_get(&c->certs[k].name, p->app->lang);
            e->sub = ltext_get(&c->certs[k].body, p->app->lang);
            lead = fmaxf(lead, text_w(p, e->lead, TYPE_BODY, WEIGHT_BOLD));
        }
    }
    for (int i = 0; i < 2; i++)
        lists[i].lead_w = fminf(lead + px(p, 24.0f), roundf(col[i].w * 0.4f));
    /* Without certifications the pill ("None listed") says it all. */
    Rect rest = rect_make(area.x, area.y + pill, area.w, area.h - pill);
    Rect cols[2];
    columns(p, rest, cols);
    divider(p, area);
    EntryStyle st = lists_style(p, lists, cols);
    for (int i = 0; i < 2; i++)
        if (lists[i].count)
            list_draw(p, &lists[i], cols[i], st, i);
}

/* ---- work settings ------------------------------------------------------ */

static void page_settings(const Paint *p, Rect area)
{
    char pct[2][MAX_ENTRIES][16];
    EntryList lists[2];
    for (int i = 0; i < 2; i++) {
        const Career *c = p->c[i];
        EntryList *l = &lists[i];
        memset(l, 0, sizeof *l);
        bool shares = false;
        for (size_t k = 0; k < c->setting_count; k++)
            shares |= c->settings[k].share >= 0.0;
        l->kind = shares ? ENTRY_SHARE : ENTRY_BULLET;
        if (!shares && c->setting_count)
            l->heading = ui(p, "compare.no_shares", "Share of workers not reported");
        for (size_t k = 0; k < c->setting_count && l->count < MAX_ENTRIES; k++) {
            Entry *e = &l->items[l->count];
            e->text = ltext_get(&c->settings[k].name, p->app->lang);
            e->share = c->settings[k].share;
            e->lead = e->share >= 0.0 ? format_percent(pct[i][l->count], sizeof pct[i][0], e->share, 0)
                                      : NULL;
            l->count++;
        }
    }
    lists_draw(p, area, lists);
}

/* ---- schedule ------------------------------------------------------------ */

static void page_schedule(const Paint *p, Rect area)
{
    Rect col[2];
    columns(p, area, col);
    divider(p, area);
    float icon = px(p, 56.0f), gap = px(p, 24.0f);
    /* One type size for both columns: the largest at which both fit. */
    TypeRole role = TYPE_H2;
    for (; role < TYPE_CAPTION; role++) {
        bool ok = true;
        for (int i = 0; i < 2; i++) {
            const char *text = ltext_get(&p->c[i]->schedule, p->app->lang);
            float lh = line_h(p, role, WEIGHT_REGULAR);
            int lines = (int)floorf((col[i].h - icon - gap) / lh);
            ok &= lines >= 1 && fits(p, text, role, WEIGHT_REGULAR, col[i].w,
                                     lines > TEXT_MAX_LINES ? TEXT_MAX_LINES : lines);
        }
        if (ok)
            break;
    }
    for (int i = 0; i < 2; i++) {
        char path[1024];
        with_alpha(p, progress(p, i));
        drawlist_image(p->dl, rect_make(col[i].x, col[i].y, icon, icon),
                       app_asset_path(p->app, "icons/clock.svg", path, sizeof path), p->role_text[i],
                       0.0f);
        const char *text = ltext_get(&p->c[i]->schedule, p->app->lang);
        float lh = line_h(p, role, WEIGHT_REGULAR);
        int lines = (int)floorf((col[i].h - icon - gap) / lh);
        lines = lines < 1 ? 1 : lines > TEXT_MAX_LINES ? TEXT_MAX_LINES : lines;
        if (*text)
            put(p, col[i].x, col[i].y + icon + gap, col[i].w, role, WEIGHT_REGULAR, p->ink, ALIGN_LEFT,
                lines, text);
        else
            put(p, col[i].x, col[i].y + icon + gap, col[i].w, TYPE_BODY, WEIGHT_REGULAR, p->muted,
                ALIGN_LEFT, 1, not_reported(p));
    }
    with_alpha(p, 1.0f);
}

/* ---- trait scales ------------------------------------------------------- */

typedef struct {
    const char *title, *low, *high;
    double v[2];
} Scale;

/* Landscape sets a scale's title in the left gutter, like the rows of the
 * other charts; portrait puts it above and draws everything larger. */
typedef struct {
    TypeRole chip_role, title_role;
    float title_h, chip_h, track_row, track, marker, gap, gutter;
    float row_x0, row_x1; /* the whole row, for a chip too long for the track */
} ScaleMetrics;

static ScaleMetrics scale_metrics(const Paint *p, Rect area)
{
    bool tall = p->l->portrait;
    ScaleMetrics m;
    m.chip_role = tall ? TYPE_BODY : TYPE_CAPTION;
    m.title_role = tall ? TYPE_H2 : TYPE_BODY;
    m.title_h = tall ? line_h(p, m.title_role, WEIGHT_BOLD) + px(p, 12.0f) : 0.0f;
    m.chip_h = line_h(p, m.chip_role, WEIGHT_BOLD) + px(p, tall ? 18.0f : 14.0f);
    m.track_row = line_h(p, m.chip_role, WEIGHT_REGULAR);
    m.track = px(p, tall ? 20.0f : 14.0f);
    m.marker = px(p, tall ? 44.0f : 34.0f);
    m.gap = px(p, tall ? 14.0f : 10.0f);
    m.gutter = tall ? 0.0f : gutter_w(p, area);
    m.row_x0 = area.x + (m.gutter > 0.0f ? m.gutter + px(p, 24.0f) : 0.0f);
    m.row_x1 = area.x + area.w;
    return m;
}

static float scale_height(const ScaleMetrics *m)
{
    return m->title_h + m->chip_h + m->gap + m->track_row + m->gap + m->chip_h;
}

/* A role's chip above (first role) or below (second) the track, pointing
 * at its marker; "Name: not reported" at the start when the trait is
 * missing. */
static void scale_chip(const Paint *p, const ScaleMetrics *m, const Axis *a, double v, float y,
                       int i, float t)
{
    const char *name = name_of(p, i);
    char label[256];
    bool known = v >= 0.0;
    if (!known)
        snprintf(label, sizeof label, "%s: %s", name, not_reported(p));
    const char *text = known ? name : label;
    float pad = px(p, 16.0f), lo = a->x0, hi = a->x1, span = hi - lo;
    TypeRole role = widget_fit_role(p->app, text, m->chip_role, WEIGHT_BOLD, span - 2.0f * pad, 1);
    if (!fits(p, text, role, WEIGHT_BOLD, span - 2.0f * pad, 1)) {
        /* A long name (a long translation) may reach past the track's ends
         * into the row's width: the chip sits clear of the end labels. */
        lo = m->row_x0;
        hi = m->row_x1;
        span = hi - lo;
        role = widget_fit_role(p->app, text, m->chip_role, WEIGHT_BOLD, span - 2.0f * pad, 1);
    }
    float w = fminf(text_w(p, text, role, WEIGHT_BOLD) + 2.0f * pad, span);
    float mx = known ? axis_at(a, 0.0) + (axis_at(a, v) - axis_at(a, 0.0)) * t : a->x0;
    float x = fmaxf(lo, fminf(mx - w * 0.5f, hi - w));
    Color fill = known ? p->role[i] : p->track, ink = known ? p->on_role[i] : p->muted;
    with_alpha(p, known ? t : 1.0f);
    drawlist_rect(p->dl, rect_make(x, y, w, m->chip_h), m->chip_h * 0.5f, fill, fill);
    float lh = line_h(p, role, WEIGHT_BOLD);
    put(p, x + pad, y + (m->chip_h - lh) * 0.5f, w - 2.0f * pad, role, WEIGHT_BOLD, ink, ALIGN_LEFT,
        1, text);
    with_alpha(p, 1.0f);
}

static void scale_marker(const Paint *p, const ScaleMetrics *m, const Axis *a, double v, float cy,
                         float chip_a, float chip_b, int i, float t)
{
    float x = axis_at(a, 0.0) + (axis_at(a, v) - axis_at(a, 0.0)) * t;
    float top = i == 0 ? chip_a + m->chip_h : cy, bottom = i == 0 ? cy : chip_b;
    with_alpha(p, t);
    drawlist_rect(p->dl, rect_make(x - px(p, 1.5f), top, px(p, 3.0f), bottom - top), 0.0f, p->role[i],
                  p->role[i]);
    dot(p, x, cy, m->marker, p->white);
    dot(p, x, cy, m->marker - px(p, 10.0f), p->role[i]);
    with_alpha(p, 1.0f);
}

static void scale_draw(const Paint *p, const ScaleMetrics *m, Rect r, const Scale *sc, int item)
{
    float chip_a = r.y + m->title_h, track_y = chip_a + m->chip_h + m->gap;
    float chip_b = track_y + m->track_row + m->gap, cy = track_y + m->track_row * 0.5f;
    if (m->gutter > 0.0f) {
        /* Large text in Spanish can need a size down to keep two lines. */
        TypeRole role = widget_fit_role(p->app, sc->title, m->title_role, WEIGHT_BOLD, m->gutter, 2);
        float h = text_height(p, sc->title, role, WEIGHT_BOLD, m->gutter, 2);
        put(p, r.x, roundf(cy - h * 0.5f), m->gutter, role, WEIGHT_BOLD, p->ink, ALIGN_LEFT, 2,
            sc->title);
    } else {
        put_one_line(p, r.x, r.y, r.w, m->title_role, p->ink, ALIGN_LEFT, sc->title);
    }
    float x0 = r.x + (m->gutter > 0.0f ? m->gutter + px(p, 24.0f) : 0.0f);
    TypeRole end = m->chip_role;
    float lw = text_w(p, sc->low, end, WEIGHT_REGULAR), hw = text_w(p, sc->high, end, WEIGHT_REGULAR);
    float gap = px(p, 20.0f);
    put(p, x0, track_y, lw + 1.0f, end, WEIGHT_REGULAR, p->muted, ALIGN_LEFT, 1, sc->low);
    put(p, r.x + r.w - hw, track_y, hw + 1.0f, end, WEIGHT_REGULAR, p->muted, ALIGN_LEFT, 1, sc->high);
    Axis a = {x0 + lw + gap, r.x + r.w - hw - gap, 0.0, 1.0};
    drawlist_rect(p->dl, rect_make(a.x0, cy - m->track * 0.5f, a.x1 - a.x0, m->track), m->track * 0.5f,
                  p->track, p->grid);
    for (int i = 0; i < 2; i++) {
        float t = progress(p, item + i);
        scale_chip(p, m, &a, sc->v[i], i == 0 ? chip_a : chip_b, i, t);
        if (sc->v[i] >= 0.0)
            scale_marker(p, m, &a, sc->v[i], cy, chip_a, chip_b, i, t);
    }
}

/* Stacks the scales, centred in the area. */
static void scales_draw(const Paint *p, Rect area, const Scale *sc, int count)
{
    area = legend(p, area, ui(p, "compare.traits_note",
                              "A judgement from how the sources describe the work, not a statistic"));
    ScaleMetrics m = scale_metrics(p, area);
    float h = scale_height(&m), gap = px(p, p->l->portrait ? 120.0f : 40.0f);
    float total = (float)count * h + (float)(count - 1) * gap;
    float y = area.y + fmaxf(0.0f, (area.h - total) * 0.5f);
    for (int k = 0; k < count; k++)
        scale_draw(p, &m, rect_make(area.x, y + (float)k * (h + gap), area.w, h), &sc[k], 2 * k);
}

static void page_contact(const Paint *p, Rect area)
{
    Scale sc[2] = {
        {ui(p, "compare.with_patients", "Time with patients"), ui(p, "compare.none", "None"),
         ui(p, "compare.all_day", "All day"),
         {p->c[0]->traits.patient_contact, p->c[1]->traits.patient_contact}},
        {ui(p, "compare.at_desk", "Time at a desk or computer"), ui(p, "compare.none", "None"),
         ui(p, "compare.all_day", "All day"), {p->c[0]->traits.desk, p->c[1]->traits.desk}},
    };
    scales_draw(p, area, sc, 2);
}

static void page_physical(const Paint *p, Rect area)
{
    Scale sc = {ui(p, "compare.physical_scale", "Physical demands"), ui(p, "compare.light", "Light"),
                ui(p, "compare.on_feet", "On your feet all day"),
                {p->c[0]->traits.physical, p->c[1]->traits.physical}};
    scales_draw(p, area, &sc, 1);
}

/* ---- skills ------------------------------------------------------------- */

/* Skills read as tags: pills flowing left to right, wrapping to two
 * lines inside a pill only when one is wider than its column. */
typedef struct {
    const char *items[MAX_ENTRIES];
    int count;
} Tags;

typedef struct {
    Rect r;
    int lines;
} TagBox;

static float tag_pad_x(const Paint *p)
{
    return px(p, 18.0f);
}

static float tag_pad_y(const Paint *p, TypeRole role)
{
    return px(p, role == TYPE_BODY ? 10.0f : 8.0f);
}

/* Lays tags out from the top of `area`; returns how many fit whole. */
static int tags_flow(const Paint *p, const Tags *tags, Rect area, TypeRole role, TagBox *out,
                     float *used)
{
    float lh = line_h(p, role, WEIGHT_REGULAR), gap = px(p, 12.0f);
    float pad = tag_pad_x(p), max_text = area.w - 2.0f * pad;
    float x = area.x, y = area.y, row_h = 0.0f;
    *used = 0.0f;
    for (int k = 0; k < tags->count; k++) {
        float tw = text_w(p, tags->items[k], role, WEIGHT_REGULAR);
        int lines = tw > max_text ? 2 : 1;
        if (lines == 2 && !fits(p, tags->items[k], role, WEIGHT_REGULAR, max_text, 2))
            return k;
        float w = fminf(tw, max_text) + 2.0f * pad, h = (float)lines * lh + 2.0f * tag_pad_y(p, role);
        if (x > area.x && x + w > area.x + area.w) {
            x = area.x;
            y += row_h + gap;
            row_h = 0.0f;
        }
        if (y + h > area.y + area.h)
            return k;
        out[k].r = rect_make(x, y, w, h);
        out[k].lines = lines;
        x += w + gap;
        row_h = fmaxf(row_h, h);
        *used = y + row_h - area.y;
    }
    return tags->count;
}

static void tags_draw(const Paint *p, const Tags *tags, const TagBox *box, int shown, TypeRole role,
                      Color fill, Color ink)
{
    float pad = tag_pad_x(p), lh = line_h(p, role, WEIGHT_REGULAR);
    for (int k = 0; k < shown; k++) {
        Rect r = box[k].r;
        with_alpha(p, progress(p, k));
        drawlist_rect(p->dl, r, box[k].lines == 1 ? r.h * 0.5f : px(p, 20.0f), fill, fill);
        put(p, r.x + pad, r.y + (r.h - (float)box[k].lines * lh) * 0.5f, r.w - 2.0f * pad + 1.0f, role,
            WEIGHT_REGULAR, ink, ALIGN_LEFT, box[k].lines, tags->items[k]);
    }
    with_alpha(p, 1.0f);
}

/* The largest type at which every tag of both columns fits whole. */
static TypeRole tags_role(const Paint *p, const Tags tags[2], const Rect col[2])
{
    TagBox box[MAX_ENTRIES];
    float used;
    for (TypeRole role = TYPE_BODY; role <= TYPE_CAPTION; role++) {
        bool ok = true;
        for (int i = 0; i < 2; i++)
            ok &= tags_flow(p, &tags[i], col[i], role, box, &used) == tags[i].count;
        if (ok)
            return role;
    }
    return TYPE_CAPTION;
}

/* One role's own skills under its heading; "+N more" when some do not fit. */
static void tags_column(const Paint *p, const Tags *tags, Rect col, TypeRole role, int i)
{
    char heading[320];
    snprintf(heading, sizeof heading, "%s %s", ui(p, "compare.only", "Only"), name_of(p, i));
    int lines = fits(p, heading, TYPE_CAPTION, WEIGHT_BOLD, col.w, 2) ? 2 : 3;
    float hh = put(p, col.x, col.y, col.w, TYPE_CAPTION, WEIGHT_BOLD, p->role_text[i], ALIGN_LEFT,
                   lines, heading) + px(p, 12.0f);
    Rect area = rect_make(col.x, col.y + hh, col.w, col.h - hh);
    if (tags->count == 0) {
        put(p, area.x, area.y, area.w, TYPE_BODY, WEIGHT_REGULAR, p->muted, ALIGN_LEFT, 1,
            p->c[i]->skill_count ? ui(p, "compare.all_shared", "All on both lists")
                                 : not_reported(p));
        return;
    }
    TagBox box[MAX_ENTRIES];
    float used;
    int shown = tags_flow(p, tags, area, role, box, &used);
    if (shown < tags->count) { /* keep a line for the count of the rest */
        area.h -= line_h(p, TYPE_CAPTION, WEIGHT_REGULAR) + px(p, 12.0f);
        shown = tags_flow(p, tags, area, role, box, &used);
    }
    tags_draw(p, tags, box, shown, role, color_mix(p->role[i], p->white, 0.86f), p->ink);
    if (shown < tags->count) {
        char more[64];
        snprintf(more, sizeof more, "+%d %s", tags->count - shown, ui(p, "more", "more"));
        put(p, area.x, area.y + used + px(p, 12.0f), area.w, TYPE_CAPTION, WEIGHT_REGULAR, p->muted,
            ALIGN_LEFT, 1, more);
    }
}

/* The skills both roles list, as neutral tags across the page; one quiet
 * line when there are none. Returns the height used. */
static float shared_band(const Paint *p, Rect area, const Tags *shared)
{
    float pad = px(p, 20.0f);
    const char *label = ui(p, "compare.in_common", "On both lists");
    float lw = text_w(p, label, TYPE_CAPTION, WEIGHT_BOLD) + px(p, 20.0f);
    Rect inner = rect_make(area.x + pad + lw, area.y + pad, area.w - 2.0f * pad - lw, area.h * 0.4f);
    TagBox box[MAX_ENTRIES];
    float used = line_h(p, TYPE_BODY, WEIGHT_REGULAR);
    int shown = 0;
    TypeRole role = TYPE_BODY;
    if (shared->count) {
        shown = tags_flow(p, shared, inner, role, box, &used);
        if (shown < shared->count) {
            role = TYPE_CAPTION;
            shown = tags_flow(p, shared, inner, role, box, &used);
        }
    }
    float h = used + 2.0f * pad;
    drawlist_rect(p->dl, rect_make(area.x, area.y, area.w, h), px(p, 16.0f), p->track, p->track);
    float first = shared->count ? box[0].r.h : used, ch = line_h(p, TYPE_CAPTION, WEIGHT_BOLD);
    put(p, area.x + pad, area.y + pad + (first - ch) * 0.5f, lw, TYPE_CAPTION, WEIGHT_BOLD, p->muted,
        ALIGN_LEFT, 1, label);
    if (shared->count)
        tags_draw(p, shared, box, shown, role, p->white, p->ink);
    else
        put(p, inner.x, inner.y, inner.w, TYPE_BODY, WEIGHT_REGULAR, p->muted, ALIGN_LEFT, 1,
            ui(p, "compare.none_in_common", "none: each role lists its own"));
    return h;
}

static void page_skills(const Paint *p, Rect area)
{
    Lang lang = p->app->lang;
    Tags shared = {{0}, 0}, own[2] = {{{0}, 0}, {{0}, 0}};
    for (size_t k = 0; k < p->c[0]->skill_count && shared.count < MAX_ENTRIES; k++) {
        const char *s = ltext_get(&p->c[0]->skills[k], lang);
        if (takeaway_has_skill(p->c[1], s, lang))
            shared.items[shared.count++] = s;
    }
    for (int i = 0; i < 2; i++) {
        const Career *c = p->c[i], *other = p->c[1 - i];
        for (size_t k = 0; k < c->skill_count && own[i].count < MAX_ENTRIES; k++) {
            const char *s = ltext_get(&c->skills[k], lang);
            if (!takeaway_has_skill(other, s, lang))
                own[i].items[own[i].count++] = s;
        }
    }
    float band = shared_band(p, area, &shared) + px(p, 28.0f);
    Rect rest = rect_make(area.x, area.y + band, area.w, area.h - band), col[2];
    columns(p, rest, col);
    divider(p, rest);
    /* The size is chosen on the room under the headings. */
    float hh = line_h(p, TYPE_CAPTION, WEIGHT_BOLD) * 2.0f + px(p, 12.0f);
    Rect probe[2] = {rect_make(col[0].x, col[0].y + hh, col[0].w, col[0].h - hh),
                     rect_make(col[1].x, col[1].y + hh, col[1].w, col[1].h - hh)};
    TypeRole role = tags_role(p, own, probe);
    for (int i = 0; i < 2; i++)
        tags_column(p, &own[i], col[i], role, i);
}

/* ---- advancement ------------------------------------------------------ */

static void page_advancement(const Paint *p, Rect area)
{
    EntryList lists[2];
    for (int i = 0; i < 2; i++) {
        EntryList *l = &lists[i];
        memset(l, 0, sizeof *l);
        l->kind = ENTRY_STEP;
        const Career *c = p->c[i];
        for (size_t k = 0; k < c->advancement_count && l->count < MAX_ENTRIES; k++)
            l->items[l->count++].text = ltext_get(&c->advancement[k], p->app->lang);
    }
    lists_draw(p, area, lists);
}

/* ---- sources and takeaway -------------------------------------------- */

typedef struct {
    int idx[16];
    int count;
} SourceSet;

/* Adds a source once: two sources with the same caption (a BLS table for
 * each role) read as one. */
static void add_source(const Paint *p, SourceSet *set, int index)
{
    const Source *src = content_source(p->app->content, index);
    if (!src || set->count >= 16)
        return;
    const char *cite = ltext_get(&src->cite, p->app->lang);
    for (int i = 0; i < set->count; i++) {
        const Source *seen = content_source(p->app->content, set->idx[i]);
        if (set->idx[i] == index || strcmp(ltext_get(&seen->cite, p->app->lang), cite) == 0)
            return;
    }
    set->idx[set->count++] = index;
}

static void add_figure(const Paint *p, SourceSet *set, const Figure *f)
{
    if (f->present)
        add_source(p, set, f->source);
}

static void page_sources(const Paint *p, TakeawayDimension dim, SourceSet *set)
{
    memset(set, 0, sizeof *set);
    for (int i = 0; i < 2; i++) {
        const Career *c = p->c[i];
        switch (dim) {
        case TAKEAWAY_PAY:
            add_figure(p, set, &c->pay.median);
            add_figure(p, set, &c->pay.p10);
            add_figure(p, set, &c->pay.range_low);
            break;
        case TAKEAWAY_GROWTH:
            add_figure(p, set, &c->growth);
            add_figure(p, set, &c->new_jobs);
            if (i == 1)
                add_figure(p, set, &p->app->content->all_growth);
            break;
        case TAKEAWAY_EMPLOYMENT:
            add_figure(p, set, &c->employed);
            add_figure(p, set, &c->projected);
            break;
        case TAKEAWAY_TRAINING:
            add_figure(p, set, &c->train_months);
            break;
        case TAKEAWAY_SETTINGS:
            for (size_t k = 0; k < c->setting_count; k++)
                add_source(p, set, c->settings[k].source);
            break;
        default:
            break;
        }
    }
}

/* "Sources: A · B", dropping the last ones until it fits two lines. */
static int sources_line(const Paint *p, const SourceSet *set, float w, char *buf, size_t len)
{
    for (int keep = set->count; keep > 0; keep--) {
        size_t used = (size_t)snprintf(buf, len, "%s: ",
                                       keep > 1 ? ui(p, "sources", "Sources") : ui(p, "source", "Source"));
        for (int i = 0; i < keep && used < len; i++) {
            const Source *src = content_source(p->app->content, set->idx[i]);
            used += (size_t)snprintf(buf + used, len - used, "%s%s", i ? MIDDOT : "",
                                     src ? ltext_get(&src->cite, p->app->lang) : "");
        }
        TextBlock b;
        wrap(p, buf, TYPE_CAPTION, WEIGHT_REGULAR, w, 2, &b);
        if (!b.ellipsized && !b.overflow)
            return b.line_count;
    }
    buf[0] = '\0';
    return 0;
}

/* The takeaway's text width in a band `w` wide: after the two-tone edge. */
static float takeaway_text_w(const Paint *p, float w)
{
    return w - px(p, 40.0f) - px(p, 28.0f);
}

static float takeaway_band_height(const Paint *p, const char *text, float w, TypeRole *role,
                                  int *lines)
{
    int max = p->l->portrait ? 3 : 2;
    float tw = takeaway_text_w(p, w);
    *role = fits(p, text, TYPE_BODY, WEIGHT_BOLD, tw, max) ? TYPE_BODY : TYPE_CAPTION;
    TextBlock b;
    wrap(p, text, *role, WEIGHT_BOLD, tw, max + 1, &b);
    *lines = b.line_count;
    return b.height + 2.0f * px(p, 18.0f);
}

/* The takeaway in a tinted band with a two-tone edge: both roles' colours. */
static void takeaway_band(const Paint *p, Rect band, const char *text, TypeRole role, int lines)
{
    float t = progress(p, TAKEAWAY_ITEM), edge = px(p, 8.0f), pad = px(p, 40.0f);
    drawlist_rect(p->dl, band, px(p, 16.0f), p->track, p->track);
    Rect bar = rect_make(band.x + px(p, 16.0f), band.y + px(p, 14.0f), edge, band.h - px(p, 28.0f));
    drawlist_rect(p->dl, rect_make(bar.x, bar.y, edge, bar.h * 0.5f), 0.0f, p->role[0], p->role[0]);
    drawlist_rect(p->dl, rect_make(bar.x, bar.y + bar.h * 0.5f, edge, bar.h * 0.5f), 0.0f, p->role[1],
                  p->role[1]);
    with_alpha(p, t);
    put(p, band.x + pad, band.y + px(p, 18.0f), takeaway_text_w(p, band.w), role, WEIGHT_BOLD,
        p->ink, ALIGN_LEFT, lines, text);
    with_alpha(p, 1.0f);
}

/* ---- the card ------------------------------------------------------------- */

static Paint paint_make(App *app, DrawList *dl, const Career *a, const Career *b,
                        const ComparePageAnim *anim)
{
    Paint p;
    memset(&p, 0, sizeof p);
    p.app = app;
    p.dl = dl;
    p.l = &app->layout;
    p.s = app->layout.s;
    p.c[0] = a;
    p.c[1] = b;
    p.anim = anim;
    p.white = color_rgb(0xFFFFFF);
    p.ink = app->theme.text_on_surface;
    p.muted = app->theme.text_muted_on_surface;
    p.track = app->theme.surface_alt;
    p.grid = color_darken(app->theme.surface_alt, 0.06f);
    for (int i = 0; i < 2; i++) {
        p.role[i] = theme_role_fill(&app->theme, color_rgb(p.c[i]->color));
        p.pale[i] = color_mix(p.role[i], p.white, 0.62f);
        p.role_text[i] =
            color_readable_on(p.role[i], app->theme.surface, app->theme.min_text_contrast);
        p.on_role[i] =
            color_contrast(p.white, p.role[i]) >= app->theme.min_text_contrast ? p.white : p.ink;
    }
    return p;
}

typedef void (*PageFn)(const Paint *p, Rect area);

void compare_page_draw(App *app, DrawList *dl, TakeawayDimension dim, const Career *a,
                       const Career *b, Rect r, const ComparePageAnim *anim)
{
    static const PageFn pages[TAKEAWAY_COUNT] = {
        page_pay,           page_growth,   page_employment, page_training,
        page_certification, page_settings, page_schedule,   page_contact,
        page_physical,      page_skills,   page_advancement,
    };
    if ((unsigned)dim >= TAKEAWAY_COUNT || !a || !b)
        return;
    Paint p = paint_make(app, dl, a, b, anim);
    float radius = app->theme.corner_radius * p.s;
    drawlist_shadow(dl, rect_make(r.x, r.y + px(&p, 14.0f), r.w, r.h), radius, px(&p, 40.0f),
                    app->theme.shadow);
    drawlist_rect(dl, r, radius, app->theme.surface, app->theme.surface);
    float pad = px(&p, app->layout.portrait ? 40.0f : 36.0f), gap = px(&p, 20.0f);
    Rect in = rect_inset(r, pad, pad);

    SourceSet set;
    page_sources(&p, dim, &set);
    char sources[512];
    int src_lines = sources_line(&p, &set, in.w, sources, sizeof sources);
    float src_h = (float)src_lines * line_h(&p, TYPE_CAPTION, WEIGHT_REGULAR);
    char text[512];
    takeaway_write(text, sizeof text, app->content, app->lang, a, b, dim);
    TypeRole role;
    int lines;
    float band_h = takeaway_band_height(&p, text, in.w, &role, &lines);
    float band_y = in.y + in.h - src_h - (src_lines ? px(&p, 14.0f) : 0.0f) - band_h;
    pages[dim](&p, rect_make(in.x, in.y, in.w, band_y - gap - in.y));
    takeaway_band(&p, rect_make(in.x, band_y, in.w, band_h), text, role, lines);
    if (src_lines)
        put(&p, in.x, in.y + in.h - src_h, in.w, TYPE_CAPTION, WEIGHT_REGULAR, p.muted, ALIGN_LEFT, 2,
            sources);
}
