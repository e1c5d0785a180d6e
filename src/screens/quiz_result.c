/* quiz_result: the quiz's last page (see quiz_result.h).
 *
 * A card for the best match (its colour, name and percentage, the reasons
 * drawn from the answers, its headline figures with their sources), the
 * ranking of every role as labelled bars that grow in turn, and the two
 * buttons under the card. Every block tries its roomiest arrangement first
 * and gives way (smaller type, fewer figures, no tagline) until it fits. */
#include "screens/quiz_result.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ease.h"
#include "screens/card.h"
#include "screens/widgets.h"

enum {
    BAR_DELAY_MS = 160, /* bars start once the page has arrived */
    BAR_STAGGER_MS = 60,
    BAR_MS = 420,
};

int quiz_result_top_career(const App *app)
{
    const QuizScore *sc = &app->quiz.score;
    return sc->count > 0 ? sc->ranks[0].career : 0;
}

static int top_career(const App *app)
{
    return quiz_result_top_career(app);
}

static const char *result_label(const App *app, QuizButton b)
{
    return b == QUIZ_BUTTON_EXPLORE ? app_ui(app, "explore_role", "Explore this role")
                                    : app_ui(app, "see_day", "See a day");
}

static const char *result_icon(QuizButton b)
{
    return b == QUIZ_BUTTON_EXPLORE ? "icons/chevron-right.svg" : "icons/clock.svg";
}

/* Icons are dropped before a label would be cut. */
static bool result_icons(const App *app, const QuizLayout *L)
{
    float gap = roundf(24.0f * app->layout.s);
    return widget_button_width(app, result_label(app, QUIZ_BUTTON_EXPLORE), true) + gap +
               widget_button_width(app, result_label(app, QUIZ_BUTTON_DAY), true) <=
           L->buttons.w;
}

/* The two result buttons share the width under the best match's card, or
 * take their natural widths from the left when that is too narrow. */
Rect quiz_result_button(const App *app, const QuizLayout *L, QuizButton b)
{
    float gap = roundf(24.0f * app->layout.s), half = (L->best.w - gap) * 0.5f;
    bool icons = result_icons(app, L);
    float w0 = fmaxf(widget_button_width(app, result_label(app, QUIZ_BUTTON_EXPLORE), icons), half);
    float w1 = fmaxf(widget_button_width(app, result_label(app, QUIZ_BUTTON_DAY), icons), half);
    if (w0 + gap + w1 > L->buttons.w) {
        w0 = widget_button_width(app, result_label(app, QUIZ_BUTTON_EXPLORE), icons);
        w1 = widget_button_width(app, result_label(app, QUIZ_BUTTON_DAY), icons);
    }
    if (b == QUIZ_BUTTON_EXPLORE)
        return rect_make(L->buttons.x, L->buttons.y, w0, L->buttons.h);
    return rect_make(L->buttons.x + w0 + gap, L->buttons.y, w1, L->buttons.h);
}

uint64_t quiz_result_settled_ms(const App *app)
{
    return app->quiz.result_ms + BAR_DELAY_MS + (uint64_t)BAR_STAGGER_MS * app->quiz.score.count +
           BAR_MS;
}

typedef struct {
    const Career *career;
    Color role, on_role, role_text, ink, muted;
    float s, pad, radius;
} BestPaint;

static BestPaint best_paint(const App *app)
{
    BestPaint p;
    Color white = { 0xFF, 0xFF, 0xFF, 0xFF };
    p.career = &app->content->careers[top_career(app)];
    p.role = theme_role_fill(&app->theme, color_rgb(p.career->color));
    p.on_role = color_contrast(white, p.role) >= app->theme.min_text_contrast
                    ? white
                    : app->theme.text_on_surface;
    p.role_text = color_readable_on(p.role, app->theme.surface, app->theme.min_text_contrast);
    p.ink = app->theme.text_on_surface;
    p.muted = app->theme.text_muted_on_surface;
    p.s = app->layout.s;
    p.pad = roundf(40.0f * p.s);
    p.radius = roundf(app->theme.corner_radius * p.s);
    return p;
}

/* How the band arranges the name and the percentage: the percentage in
 * its own column (display, then H1 type) with the name beside it in the
 * biggest type that fits two lines; or, when nothing fits beside it, the
 * percentage moved into the caption line over the name. */
typedef struct {
    TypeRole pct_role; /* TYPE_COUNT: no column; the caption carries it */
    TypeRole name_role;
    float pct_w;
} BandFit;

static void percent_text(const App *app, char *buf, size_t len)
{
    if (app->quiz.score.informative)
        snprintf(buf, len, "%d%%", app->quiz.score.ranks[0].percent);
    else
        buf[0] = '\0';
}

/* The name's room for a percentage column `pct_w` wide. */
static float name_width(const BestPaint *p, Rect band, float x, float pct_w)
{
    return band.x + band.w - p->pad - (pct_w > 0.0f ? pct_w + roundf(32.0f * p->s) : 0.0f) - x;
}

static bool name_fits(const App *app, TypeRole role, const char *label, const char *name, float w)
{
    bool a, b;
    widget_text_height(app, TYPE_CAPTION, WEIGHT_BOLD, label, w, 1, &a);
    widget_text_height(app, role, WEIGHT_BOLD, name, w, 2, &b);
    return a && b && w > 0.0f;
}

static BandFit band_fit(const App *app, const BestPaint *p, Rect band, float x, const char *label,
                        bool column)
{
    const TypeRole pct_roles[] = { TYPE_DISPLAY, TYPE_H1 };
    /* Caption only as a last resort, in a second pass: a long name (a long
     * translation) still fits a small card. */
    const TypeRole name_roles[] = { TYPE_H1, TYPE_H2, TYPE_BODY, TYPE_CAPTION };
    const size_t passes[][2] = { { 0, 3 }, { 3, 4 } };
    const char *name = ltext_get(&p->career->name, app->lang);
    char pct[16];
    percent_text(app, pct, sizeof pct);
    for (size_t pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < 2 && pct[0] && column; i++) {
            TextStyle st = layout_text_style(&app->layout, pct_roles[i], WEIGHT_BOLD);
            TextBlock b;
            text_wrap(app->measurer, &st, pct, 0.0f, 1, &b);
            for (size_t k = passes[pass][0]; k < passes[pass][1]; k++)
                if (name_fits(app, name_roles[k], label, name, name_width(p, band, x, b.width)))
                    return (BandFit){ pct_roles[i], name_roles[k], b.width };
        }
        for (size_t k = passes[pass][0]; k < passes[pass][1]; k++)
            if (name_fits(app, name_roles[k], label, name, name_width(p, band, x, 0.0f)))
                return (BandFit){ TYPE_COUNT, name_roles[k], 0.0f };
    }
    return (BandFit){ TYPE_COUNT, TYPE_CAPTION, 0.0f };
}

/* "92%" over "match", flush right in the band. */
static void draw_best_percent(App *app, DrawList *dl, const BestPaint *p, const BandFit *f,
                              Rect band)
{
    char pct[16];
    percent_text(app, pct, sizeof pct);
    if (f->pct_role == TYPE_COUNT || !pct[0])
        return;
    TextStyle big = layout_text_style(&app->layout, f->pct_role, WEIGHT_BOLD);
    TextStyle cap = layout_text_style(&app->layout, TYPE_CAPTION, WEIGHT_BOLD);
    float bh = app->measurer->line_height(app->measurer->user, &big);
    float ch = app->measurer->line_height(app->measurer->user, &cap);
    float x = band.x + band.w - p->pad - f->pct_w, y = band.y + (band.h - bh - ch) * 0.5f;
    drawlist_text(dl, rect_make(x, y, f->pct_w, bh), &big, p->on_role, ALIGN_RIGHT, 1, pct);
    drawlist_text(dl, rect_make(x, y + bh, f->pct_w, ch), &cap, p->on_role, ALIGN_RIGHT, 1,
                  app_ui(app, "match", "match"));
}

/* The caption line over the name, and the name itself. */
static void draw_best_name(App *app, DrawList *dl, const BestPaint *p, const BandFit *f, Rect box,
                           const char *label)
{
    const char *name = ltext_get(&p->career->name, app->lang);
    float cap = widget_text_height(app, TYPE_CAPTION, WEIGHT_BOLD, label, box.w, 1, NULL);
    float h = widget_text_height(app, f->name_role, WEIGHT_BOLD, name, box.w, 2, NULL);
    float y = box.y + (box.h - cap - h) * 0.5f;
    widget_text(app, dl, rect_make(box.x, y, box.w, 0.0f), TYPE_CAPTION, WEIGHT_BOLD,
                color_with_alpha(p->on_role, 0xE6), ALIGN_LEFT, 1, label);
    widget_text(app, dl, rect_make(box.x, y + cap, box.w, 0.0f), f->name_role, WEIGHT_BOLD,
                p->on_role, ALIGN_LEFT, 2, name);
}

static float draw_best_band(App *app, DrawList *dl, const BestPaint *p, Rect r)
{
    float band = roundf(216.0f * p->s), disc = roundf(120.0f * p->s);
    Color top = color_lighten(p->role, 0.12f);
    drawlist_rect(dl, rect_make(r.x, r.y, r.w, band), p->radius, top, p->role);
    drawlist_rect(dl, rect_make(r.x, r.y + band - p->radius, r.w, p->radius), 0.0f,
                  color_mix(top, p->role, 1.0f - p->radius / band), p->role);
    Rect d = rect_make(r.x + p->pad, r.y + (band - disc) * 0.5f, disc, disc);
    Color halo = { 0xFF, 0xFF, 0xFF, 0x33 }, white = { 0xFF, 0xFF, 0xFF, 0xFF };
    char path[1024];
    drawlist_rect(dl, d, disc * 0.5f, halo, halo);
    drawlist_image(dl, rect_inset(d, disc * 0.2f, disc * 0.2f),
                   app_bundle_path(app, p->career->icon, path, sizeof path), white, 0.0f);
    Rect b = rect_make(r.x, r.y, r.w, band);
    float x = d.x + disc + roundf(32.0f * p->s);
    /* The caption names the match; it carries the percentage too when the
     * percentage has no column of its own. */
    char label[128], pct[16];
    percent_text(app, pct, sizeof pct);
    snprintf(label, sizeof label, "%s", app_ui(app, "best_match", "Your best match"));
    BandFit f = band_fit(app, p, b, x, label, true);
    if (f.pct_role == TYPE_COUNT && pct[0]) {
        snprintf(label, sizeof label, "%s \xC2\xB7 %s %s",
                 app_ui(app, "best_match", "Your best match"), pct, app_ui(app, "match", "match"));
        f = band_fit(app, p, b, x, label, false);
    }
    draw_best_percent(app, dl, p, &f, b);
    draw_best_name(app, dl, p, &f, rect_make(x, r.y, name_width(p, b, x, f.pct_w), band), label);
    return band;
}

/* One reason: a tick in the role's colour and the reason's text. */
static float reason_height(const App *app, const BestPaint *p, const char *text, float w)
{
    return widget_text_height(app, TYPE_BODY, WEIGHT_REGULAR, text, w - roundf(56.0f * p->s), 3,
                              NULL);
}

static float draw_reason(App *app, DrawList *dl, const BestPaint *p, float x, float y, float w,
                         const char *text)
{
    float is = roundf(36.0f * p->s), indent = roundf(56.0f * p->s);
    char path[1024];
    drawlist_image(dl, rect_make(x, y + roundf(3.0f * p->s), is, is),
                   app_asset_path(app, "icons/check.svg", path, sizeof path), p->role_text, 0.0f);
    return widget_text(app, dl, rect_make(x + indent, y, w - indent, 0.0f), TYPE_BODY,
                       WEIGHT_REGULAR, p->ink, ALIGN_LEFT, 3, text);
}

static const char *reason_text(const App *app, size_t i)
{
    const QuizState *q = &app->quiz;
    const QuizAnswer *a = quiz_score_chosen(app->content, q->answers, QUIZ_MAX_QUESTIONS,
                                            (size_t)q->score.reasons[i]);
    return a ? ltext_get(&a->reason, app->lang) : "";
}

/* The best match's headline figures (pay, growth, time to train) in a row
 * at the foot of the card, over their sources: what the role offers, next
 * to why it fits. Two columns (pay, training) when three do not fit, none
 * when two do not. */
typedef struct {
    CardFigure figs[CARD_HEADLINES];
    int shown[CARD_HEADLINES];
    int count;
    char sources[256];
    float label_h, sources_h, height;
} BestFigures;

static bool figures_fit(const App *app, BestFigures *f, float w)
{
    float s = app->layout.s,
          col = (w - roundf(24.0f * s) * (float)(f->count - 1)) / (float)f->count;
    f->label_h = 0.0f;
    for (int i = 0; i < f->count; i++) {
        const CardFigure *fig = &f->figs[f->shown[i]];
        bool ok;
        widget_text_height(app, fig->reported ? TYPE_H2 : TYPE_BODY, WEIGHT_BOLD, fig->value, col,
                           1, &ok);
        if (!ok)
            return false;
        f->label_h = fmaxf(f->label_h, widget_text_height(app, TYPE_CAPTION, WEIGHT_REGULAR,
                                                          fig->label, col, 2, &ok));
        if (!ok)
            return false;
    }
    return true;
}

/* `most` 3: pay, growth and training; 2: pay and training. Fewer when
 * they do not fit side by side; count 0 when even two do not. */
static BestFigures best_figures(const App *app, const BestPaint *p, float w, int most)
{
    BestFigures f;
    static const int three[] = { 0, 1, 2 }, two[] = { 0, 2 };
    card_headlines(app, p->career, f.figs);
    f.count = 3;
    memcpy(f.shown, three, sizeof three);
    if (most < 3 || !figures_fit(app, &f, w)) {
        f.count = 2;
        memcpy(f.shown, two, sizeof two);
        if (!figures_fit(app, &f, w))
            f.count = 0;
    }
    CardFigure used[CARD_HEADLINES];
    for (int i = 0; i < f.count; i++)
        used[i] = f.figs[f.shown[i]];
    card_sources_line(app, used, f.count, f.sources, sizeof f.sources);
    bool ok;
    f.sources_h = widget_text_height(app, TYPE_CAPTION, WEIGHT_REGULAR, f.sources, w, 2, &ok);
    TextStyle h2 = layout_text_style(&app->layout, TYPE_H2, WEIGHT_BOLD);
    f.height = f.count == 0
                   ? 0.0f
                   : roundf(28.0f * p->s) + app->measurer->line_height(app->measurer->user, &h2) +
                         f.label_h + roundf(12.0f * p->s) + f.sources_h;
    return f;
}

static void draw_best_figures(App *app, DrawList *dl, const BestPaint *p, const BestFigures *f,
                              float x, float y, float w)
{
    float s = app->layout.s, gap = roundf(24.0f * s);
    float col = (w - gap * (float)(f->count - 1)) / (float)f->count;
    Color rule = app->theme.surface_alt;
    drawlist_rect(dl, rect_make(x, y, w, fmaxf(roundf(2.0f * s), 1.0f)), 0.0f, rule, rule);
    y += roundf(28.0f * s);
    TextStyle h2 = layout_text_style(&app->layout, TYPE_H2, WEIGHT_BOLD);
    float vh = app->measurer->line_height(app->measurer->user, &h2);
    for (int i = 0; i < f->count; i++) {
        const CardFigure *fig = &f->figs[f->shown[i]];
        float cx = x + (float)i * (col + gap);
        widget_text(app, dl, rect_make(cx, y, col, 0.0f), fig->reported ? TYPE_H2 : TYPE_BODY,
                    WEIGHT_BOLD, fig->reported ? p->role_text : p->muted, ALIGN_LEFT, 1,
                    fig->value);
        widget_text(app, dl, rect_make(cx, y + vh, col, 0.0f), TYPE_CAPTION, WEIGHT_REGULAR,
                    p->muted, ALIGN_LEFT, 2, fig->label);
    }
    y += vh + f->label_h + roundf(12.0f * s);
    widget_text(app, dl, rect_make(x, y, w, 0.0f), TYPE_CAPTION, WEIGHT_REGULAR, p->muted,
                ALIGN_LEFT, 2, f->sources);
}

/* Under the band: the tagline, then "Why it fits" and the reasons, and the
 * figures at the foot. When the card is short the tagline gives way
 * first, then the figures, then the last reasons. */
static void draw_best_body(App *app, DrawList *dl, const BestPaint *p, Rect r, float band)
{
    const QuizScore *sc = &app->quiz.score;
    float x = r.x + p->pad, w = r.w - 2.0f * p->pad, y = r.y + band + p->pad;
    float bottom = r.y + r.h - p->pad, gap = roundf(16.0f * p->s), space = roundf(32.0f * p->s);
    const char *tagline = ltext_get(&p->career->tagline, app->lang);
    const char *why =
        sc->informative
            ? app_ui(app, "why_it_fits", "Why it fits")
            : app_ui(app, "no_clear_match", "No clear match yet: every role is still open to you.");
    float needed = widget_text_height(app, TYPE_BODY, WEIGHT_BOLD, why, w, 3, NULL);
    for (size_t i = 0; i < sc->reason_count; i++)
        needed += gap + reason_height(app, p, reason_text(app, i), w);
    for (int most = 3; most >= 2; most--) {
        BestFigures figs = best_figures(app, p, w, most);
        if (figs.count > 0 && y + needed + space + figs.height <= bottom) {
            draw_best_figures(app, dl, p, &figs, x, bottom - figs.height, w);
            bottom -= figs.height + space;
            break;
        }
    }
    float tag_h = widget_text_height(app, TYPE_BODY, WEIGHT_REGULAR, tagline, w, 2, NULL);
    if (y + tag_h + space + needed <= bottom) {
        y += widget_text(app, dl, rect_make(x, y, w, 0.0f), TYPE_BODY, WEIGHT_REGULAR, p->muted,
                         ALIGN_LEFT, 2, tagline);
        y += space;
    }
    y += widget_text(app, dl, rect_make(x, y, w, 0.0f), TYPE_BODY, WEIGHT_BOLD, p->role_text,
                     ALIGN_LEFT, 3, why);
    for (size_t i = 0; i < sc->reason_count; i++) {
        const char *text = reason_text(app, i);
        if (y + gap + reason_height(app, p, text, w) > bottom)
            break;
        y += gap;
        y += draw_reason(app, dl, p, x, y, w, text);
    }
}

static void draw_best(App *app, DrawList *dl, const QuizLayout *L, float dx)
{
    BestPaint p = best_paint(app);
    Rect r = L->best;
    r.x += dx;
    drawlist_shadow(dl, rect_make(r.x, r.y + 18.0f * p.s, r.w, r.h), p.radius, 44.0f * p.s,
                    app->theme.shadow);
    drawlist_rect(dl, r, p.radius, app->theme.surface, app->theme.surface);
    float band = draw_best_band(app, dl, &p, r);
    draw_best_body(app, dl, &p, r, band);
}

/* How far rank i's bar has grown (0..1): each starts a beat after the last. */
static float bar_growth(const App *app, int i)
{
    if (app->quiz.result_ms == 0 || app_reduced_motion(app))
        return 1.0f; /* reduced motion: the bars stand at full length at once */
    uint64_t start = tween_stagger_start(app->quiz.result_ms + BAR_DELAY_MS, i, BAR_STAGGER_MS);
    Tween t = tween_make(0.0f, 1.0f, start, BAR_MS, EASE_OUT_CUBIC);
    return tween_value(&t, app->now_ms);
}

typedef struct {
    float line_h;  /* one line of body bold */
    float name_h;  /* the tallest name: one or two lines */
    float bar_h, row_h;
} RowMetrics;

/* The room a row's name has: the row minus the dot and the widest
 * percentage ("100%"). */
static float name_room(const App *app, float row_w)
{
    float s = app->layout.s;
    TextStyle st = layout_text_style(&app->layout, TYPE_BODY, WEIGHT_BOLD);
    TextBlock widest;
    text_wrap(app->measurer, &st, "100%", 0.0f, 1, &widest);
    return row_w - roundf(30.0f * s) - roundf(24.0f * s) - widest.width;
}

static RowMetrics row_metrics(const App *app, float row_w, float room)
{
    const QuizScore *sc = &app->quiz.score;
    float s = app->layout.s;
    TextStyle st = layout_text_style(&app->layout, TYPE_BODY, WEIGHT_BOLD);
    RowMetrics m = { app->measurer->line_height(app->measurer->user, &st), 0.0f, roundf(24.0f * s),
                     0.0f };
    /* A long name takes a second line rather than go missing. */
    for (size_t i = 0; i < sc->count; i++) {
        const char *name = ltext_get(&app->content->careers[sc->ranks[i].career].name, app->lang);
        m.name_h = fmaxf(m.name_h, widget_text_height(app, TYPE_BODY, WEIGHT_BOLD, name,
                                                      name_room(app, row_w), 2, NULL));
    }
    m.name_h = fmaxf(m.name_h, m.line_h);
    /* Rows spread to fill the column, from snug to a generous 150 units. */
    float natural = m.name_h + roundf(12.0f * s) + m.bar_h + roundf(36.0f * s);
    float spread = sc->count > 0 ? room / (float)sc->count : natural;
    m.row_h = fminf(fmaxf(natural, spread), fmaxf(natural, roundf(150.0f * s)));
    if (spread < natural)
        m.row_h = spread;
    return m;
}

static void percent_label(const App *app, const QuizRank *rank, char *buf, size_t len)
{
    if (app->quiz.score.informative)
        snprintf(buf, len, "%d%%", rank->percent);
    else
        snprintf(buf, len, "%s", "\xE2\x80\x94"); /* an em dash: nothing to show */
}

/* One role: a colour dot and its name, the percentage, and the bar. The
 * name and the number always sit by the bar: colour is never the only
 * label. */
static void draw_rank_row(App *app, DrawList *dl, const RowMetrics *m, Rect row, int i)
{
    const QuizRank *rank = &app->quiz.score.ranks[i];
    const Career *c = &app->content->careers[rank->career];
    float s = app->layout.s, dot = roundf(16.0f * s);
    Color col = color_readable_on(color_rgb(c->color), app->theme.bg_top, 3.0);
    char pct[16];
    percent_label(app, rank, pct, sizeof pct);
    TextStyle st = layout_text_style(&app->layout, TYPE_BODY, WEIGHT_BOLD);
    TextBlock pb;
    text_wrap(app->measurer, &st, pct, 0.0f, 1, &pb);
    drawlist_rect(dl, rect_make(row.x, row.y + (m->line_h - dot) * 0.5f, dot, dot), dot * 0.5f,
                  col, col);
    float nx = row.x + roundf(30.0f * s);
    float name_h = widget_text(app, dl, rect_make(nx, row.y, name_room(app, row.w), 0.0f), TYPE_BODY,
                               WEIGHT_BOLD, app->theme.text_on_bg, ALIGN_LEFT, 2,
                               ltext_get(&c->name, app->lang));
    drawlist_text(dl, rect_make(row.x + row.w - pb.width, row.y, pb.width, m->line_h), &st,
                  app->theme.text_on_bg, ALIGN_RIGHT, 1, pct);
    /* The bar hugs its own name; rows keep one pitch for the longest. */
    Rect track = rect_make(row.x, row.y + fmaxf(name_h, m->line_h) + roundf(12.0f * s), row.w,
                           m->bar_h);
    Color bg = color_with_alpha(app->theme.text_on_bg, 0x26);
    drawlist_rect(dl, track, m->bar_h * 0.5f, bg, bg);
    float w = track.w * (float)rank->match * bar_growth(app, i);
    if (w >= 1.0f)
        drawlist_rect(dl, rect_make(track.x, track.y, fmaxf(w, m->bar_h), m->bar_h),
                      m->bar_h * 0.5f, col, col);
}

static void draw_ranking(App *app, DrawList *dl, const QuizLayout *L, float dx)
{
    const QuizScore *sc = &app->quiz.score;
    Rect r = L->ranking;
    r.x += dx;
    float y = r.y + roundf(8.0f * app->layout.s);
    y += widget_text(app, dl, rect_make(r.x, y, r.w, 0.0f), TYPE_H2, WEIGHT_BOLD,
                     app->theme.text_on_bg, ALIGN_LEFT, 2,
                     app_ui(app, "all_matches", "How every role matches"));
    y += roundf(32.0f * app->layout.s);
    RowMetrics m = row_metrics(app, r.w, r.y + r.h - y);
    for (size_t i = 0; i < sc->count; i++) {
        if (y + m.name_h + m.bar_h > r.y + r.h)
            break; /* more roles than room: the best ones are shown */
        draw_rank_row(app, dl, &m, rect_make(r.x, y, r.w, m.row_h), (int)i);
        y += m.row_h;
    }
}

static void draw_result_buttons(App *app, DrawList *dl, const QuizLayout *L, float dx)
{
    const QuizState *q = &app->quiz;
    QuizButton buttons[] = { QUIZ_BUTTON_EXPLORE, QUIZ_BUTTON_DAY };
    bool icons = result_icons(app, L);
    for (int i = 0; i < 2; i++) {
        Rect r = quiz_result_button(app, L, buttons[i]);
        r.x += dx;
        if (q->focus == buttons[i])
            widget_focus_ring(app, dl, r, r.h * 0.5f);
        widget_button(app, dl, r, result_label(app, buttons[i]),
                      icons ? result_icon(buttons[i]) : NULL,
                      i == 0 ? BUTTON_PRIMARY : BUTTON_SECONDARY, q->pressed == buttons[i]);
    }
}

void quiz_result_draw(App *app, DrawList *dl, const QuizLayout *L, float dx)
{
    draw_best(app, dl, L, dx);
    draw_ranking(app, dl, L, dx);
    draw_result_buttons(app, dl, L, dx);
}
