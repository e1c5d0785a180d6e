#include "card.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "format.h"
#include "screens/widgets.h"

#define MIDDOT " \xC2\xB7 "
#define EN_DASH "\xE2\x80\x93"

static const Career *career_at(const App *app, int index)
{
    return &app->content->careers[index];
}

static const char *ui(const App *app, const char *key, const char *fallback)
{
    return app_ui(app, key, fallback);
}

static void not_reported(const App *app, CardFigure *f, const char *label)
{
    snprintf(f->value, sizeof f->value, "%s", ui(app, "not_reported", "not reported"));
    snprintf(f->label, sizeof f->label, "%s", label);
    f->reported = false;
    f->source = -1;
}

static void figure_pay(const App *app, const Career *c, CardFigure *f)
{
    const Pay *p = &c->pay;
    char a[32], b[32];
    if (p->median.present) {
        format_money(f->value, sizeof f->value, p->median.value);
        snprintf(f->label, sizeof f->label, "%s %s", ui(app, "median_pay", "median pay"),
                 ui(app, "per_year", "a year"));
        f->reported = true;
        f->source = p->median.source;
    } else if (p->range_low.present && p->range_high.present) {
        snprintf(f->value, sizeof f->value, "%s" EN_DASH "%s",
                 format_money_short(a, sizeof a, p->range_low.value),
                 format_money_short(b, sizeof b, p->range_high.value));
        snprintf(f->label, sizeof f->label, "%s", ui(app, "pay_range", "estimated median range"));
        f->reported = true;
        f->source = p->range_low.source;
    } else {
        not_reported(app, f, ui(app, "median_pay", "median pay"));
    }
}

static void figure_growth(const App *app, const Career *c, CardFigure *f)
{
    const char *label = ui(app, "growth", "job growth");
    if (!c->growth.present) {
        not_reported(app, f, label);
        return;
    }
    format_percent(f->value, sizeof f->value, c->growth.value, 1);
    const char *period = ltext_get(&c->growth.period, app->lang);
    snprintf(f->label, sizeof f->label, "%s%s%s", label, *period ? " " : "", period);
    f->reported = true;
    f->source = c->growth.source;
}

static void figure_training(const App *app, const Career *c, CardFigure *f)
{
    const char *label = ui(app, "to_train", "to train");
    if (!c->train_months.present) {
        not_reported(app, f, label);
        return;
    }
    double max = c->train_months.value;
    /* Show the usual range of the shortest path when the bundle has one. */
    for (size_t i = 0; i < c->path_count; i++)
        if (c->paths[i].months_min == c->train_months.value && c->paths[i].months_max > max)
            max = c->paths[i].months_max;
    format_months(f->value, sizeof f->value, c->train_months.value, max,
                  ui(app, "months", "months"), ui(app, "years", "years"));
    snprintf(f->label, sizeof f->label, "%s", label);
    f->reported = true;
    f->source = c->train_months.source;
}

void card_headlines(const App *app, const Career *career, CardFigure out[CARD_HEADLINES])
{
    figure_pay(app, career, &out[0]);
    figure_growth(app, career, &out[1]);
    figure_training(app, career, &out[2]);
}

static const char *source_cite(const App *app, int index)
{
    const Source *s = content_source(app->content, index);
    return s ? ltext_get(&s->cite, app->lang) : NULL;
}

void card_sources_line(const App *app, const CardFigure *figs, int count, char *buf, size_t len)
{
    size_t used = (size_t)snprintf(buf, len, "%s: ", ui(app, "sources", "Sources"));
    int listed = 0;
    for (int i = 0; i < count && used < len; i++) {
        const char *cite = source_cite(app, figs[i].source);
        bool seen = false;
        for (int j = 0; j < i; j++)
            seen |= figs[j].source == figs[i].source;
        if (!cite || seen)
            continue;
        used += (size_t)snprintf(buf + used, len - used, "%s%s", listed++ ? MIDDOT : "", cite);
    }
    if (!listed)
        buf[0] = '\0';
}

/* ---- drawing ---------------------------------------------------------- */

typedef struct {
    const Layout *l;
    float s, pad, radius;
    Color role, role_text, ink, muted;
} CardPaint;

static CardPaint card_paint(const App *app, const Career *c)
{
    CardPaint p;
    p.l = &app->layout;
    p.s = app->layout.s;
    p.pad = roundf(40.0f * p.s);
    p.radius = app->theme.corner_radius * p.s;
    p.role = theme_role_fill(&app->theme, color_rgb(c->color));
    p.role_text = color_readable_on(p.role, app->theme.surface, app->theme.min_text_contrast);
    p.ink = app->theme.text_on_surface;
    p.muted = app->theme.text_muted_on_surface;
    return p;
}

/* The coloured band: fixed in landscape so an opening card keeps its icon
 * size (an SVG re-rasterises whenever its drawn size changes). */
static float card_band_height(const CardPaint *p, Rect r)
{
    /* Large text gives the words the room: a slimmer band, still round the icon. */
    float band = p->l->text_scale > 1.0f ? 140.0f : 168.0f;
    return p->l->portrait ? roundf(fmaxf(r.h * 0.2f, band * p->s)) : roundf(band * p->s);
}

static float card_disc_size(const CardPaint *p)
{
    return roundf(112.0f * p->s);
}

/* With `layer`, what follows the shadow up to drawlist_layer_end is the
 * card's own pixels, which the renderer may keep as one texture. */
static void draw_body(App *app, DrawList *dl, const CardPaint *p, Rect r, bool layer)
{
    drawlist_shadow(dl, rect_make(r.x, r.y + 18.0f * p->s, r.w, r.h), p->radius, 44.0f * p->s,
                    app->theme.shadow);
    if (layer)
        drawlist_layer_begin(dl, r, app->theme.surface);
    drawlist_rect(dl, r, p->radius, app->theme.surface, app->theme.surface);
}

static void draw_header_band(DrawList *dl, const CardPaint *p, Rect r, float height)
{
    Color top = color_lighten(p->role, 0.16f), bottom = p->role;
    drawlist_rect(dl, rect_make(r.x, r.y, r.w, height), p->radius, top, bottom);
    /* Square off the band's lower corners where it meets the white body,
     * continuing the same gradient so no seam shows. */
    float from = height > 0.0f ? (height - p->radius) / height : 0.0f;
    drawlist_rect(dl, rect_make(r.x, r.y + height - p->radius, r.w, p->radius), 0.0f,
                  color_mix(top, bottom, from), bottom);
}

static void draw_icon(App *app, DrawList *dl, const Career *c, Rect disc)
{
    Color halo = {0xFF, 0xFF, 0xFF, 0x33};
    drawlist_rect(dl, disc, disc.w * 0.5f, halo, halo);
    char path[1024];
    Color white = {0xFF, 0xFF, 0xFF, 0xFF};
    drawlist_image(dl, rect_inset(disc, disc.w * 0.2f, disc.h * 0.2f),
                   app_bundle_path(app, c->icon, path, sizeof path), white, 0.0f);
}

/* A pill with the credential ("CMA") at the band's top right. */
static void draw_chip(App *app, DrawList *dl, const CardPaint *p, const Career *c, float right,
                      float top)
{
    const char *code = ltext_get(&c->credential, app->lang);
    if (!*code)
        return;
    TextStyle st = layout_text_style(p->l, TYPE_CAPTION, WEIGHT_BOLD);
    TextBlock b;
    text_wrap(app->measurer, &st, code, 0.0f, 1, &b);
    float h = roundf(44.0f * p->s), w = b.width + 2.0f * roundf(20.0f * p->s);
    Rect chip = rect_make(right - w, top, w, h);
    Color fill = {0xFF, 0xFF, 0xFF, 0x38}, white = {0xFF, 0xFF, 0xFF, 0xFF};
    drawlist_rect(dl, chip, h * 0.5f, fill, fill);
    float lh = app->measurer->line_height(app->measurer->user, &st);
    drawlist_text(dl, rect_make(chip.x, chip.y + (h - lh) * 0.5f, w, lh), &st, white,
                  ALIGN_CENTER, 1, code);
}

/* The credential as a badge pinned under the icon disc (open cards keep
 * the band's right side for the take-home QR code). */
static void draw_badge(App *app, DrawList *dl, const CardPaint *p, const Career *c, Rect disc)
{
    const char *code = ltext_get(&c->credential, app->lang);
    if (!*code)
        return;
    TextStyle st = layout_text_style(p->l, TYPE_CAPTION, WEIGHT_BOLD);
    TextBlock b;
    text_wrap(app->measurer, &st, code, 0.0f, 1, &b);
    float h = roundf(40.0f * p->s), w = b.width + 2.0f * roundf(16.0f * p->s);
    Rect badge = rect_make(disc.x + (disc.w - w) * 0.5f, disc.y + disc.h - h * 0.6f, w, h);
    Color fill = color_darken(p->role, 0.3f), white = {0xFF, 0xFF, 0xFF, 0xFF};
    drawlist_rect(dl, rect_inset(badge, -2.0f * p->s, -2.0f * p->s), h * 0.5f + 2.0f * p->s,
                  white, white);
    drawlist_rect(dl, badge, h * 0.5f, fill, fill);
    float lh = app->measurer->line_height(app->measurer->user, &st);
    drawlist_text(dl, rect_make(badge.x, badge.y + (h - lh) * 0.5f, w, lh), &st, white,
                  ALIGN_CENTER, 1, code);
}

/* The page a visitor can take home: the first web address among the
 * sources of the career's headline figures (growth, employment, pay). */
const char *card_take_home_url(const App *app, const Career *c)
{
    const int candidates[] = {c->growth.source, c->employed.source, c->pay.median.source,
                              c->pay.range_low.source, c->train_months.source};
    for (size_t i = 0; i < sizeof candidates / sizeof candidates[0]; i++) {
        const Source *src = content_source(app->content, candidates[i]);
        if (src && src->url && *src->url)
            return src->url;
    }
    return NULL;
}

/* A QR code on a white tile: dark modules on light, as scanners expect. */
static Rect draw_take_home_qr(App *app, DrawList *dl, const CardPaint *p, const Career *c, Rect r,
                              float band)
{
    const char *url = card_take_home_url(app, c);
    if (!url)
        return rect_make(r.x + r.w - p->pad, r.y, 0, 0);
    float q = roundf(136.0f * p->s);
    Rect tile = rect_make(r.x + r.w - p->pad - q, r.y + (band - q) * 0.5f, q, q);
    Color white = {0xFF, 0xFF, 0xFF, 0xFF};
    drawlist_rect(dl, tile, roundf(12.0f * p->s), white, white);
    drawlist_qr(dl, rect_inset(tile, 4.0f * p->s, 4.0f * p->s), url, app->theme.text_on_surface,
                white);
    return tile;
}

static float draw_text_at(DrawList *dl, const CardPaint *p, float x, float y, float w,
                          TypeRole role, FontWeight weight, Color color, int max_lines,
                          const char *text)
{
    TextStyle st = layout_text_style(p->l, role, weight);
    float lh = dl->measurer->line_height(dl->measurer->user, &st);
    const TextBlock *b = drawlist_text(dl, rect_make(x, y, w, lh * (float)max_lines), &st, color,
                                       ALIGN_LEFT, max_lines, text);
    dl->cmds[dl->count - 1].rect.h = b->height; /* the box is what was used */
    return b->height;
}

/* Height of one headline row: an H2 value beside a caption label. */
static float figure_row_height(const App *app, const CardPaint *p)
{
    TextStyle vst = layout_text_style(p->l, TYPE_H2, WEIGHT_BOLD);
    return app->measurer->line_height(app->measurer->user, &vst);
}

/* A value and its label on one row, like a spec sheet: the value on the
 * left, the label set flush right in the space the value leaves. */
static void draw_figure_row(App *app, DrawList *dl, const CardPaint *p, float x, float y, float w,
                            const CardFigure *f)
{
    TextStyle vst = layout_text_style(p->l, f->reported ? TYPE_H2 : TYPE_CAPTION, WEIGHT_BOLD);
    TextStyle lst = layout_text_style(p->l, TYPE_CAPTION, WEIGHT_REGULAR);
    float row_h = figure_row_height(app, p);
    float vlh = app->measurer->line_height(app->measurer->user, &vst);
    float llh = app->measurer->line_height(app->measurer->user, &lst);
    TextBlock vb;
    text_wrap(app->measurer, &vst, f->value, w, 1, &vb);
    float label_x = vb.width + roundf(20.0f * p->s);
    drawlist_text(dl, rect_make(x, y + (row_h - vlh) * 0.5f, label_x, vlh), &vst,
                  f->reported ? p->role_text : p->muted, ALIGN_LEFT, 1, f->value);
    TextBlock lb;
    text_wrap(app->measurer, &lst, f->label, w - label_x, 2, &lb);
    drawlist_text(dl, rect_make(x + label_x, y + (row_h - lb.height) * 0.5f, w - label_x,
                                (float)lb.line_count * llh),
                  &lst, p->muted, ALIGN_RIGHT, 2, f->label);
}

/* As many duties as fit in `area`, as bullets; an item that would not fit
 * whole is left out rather than cut. */
static void draw_duties(App *app, DrawList *dl, const CardPaint *p, const Career *c, Rect area)
{
    TextStyle body = layout_text_style(p->l, TYPE_BODY, WEIGHT_REGULAR);
    float lh = app->measurer->line_height(app->measurer->user, &body);
    float bullet = roundf(10.0f * p->s), indent = roundf(32.0f * p->s);
    float x = area.x, y = area.y, w = area.w, bottom = area.y + area.h;
    for (size_t i = 0; i < c->duty_count; i++) {
        TextBlock b;
        text_wrap(app->measurer, &body, ltext_get(&c->duties[i], app->lang), w - indent, 2, &b);
        if (y + b.height > bottom || b.ellipsized)
            break;
        drawlist_rect(dl, rect_make(x + 4.0f * p->s, y + (lh - bullet) * 0.5f, bullet, bullet),
                      bullet * 0.5f, p->role, p->role);
        draw_text_at(dl, p, x + indent, y, w - indent, TYPE_BODY, WEIGHT_REGULAR, p->ink, 2,
                     ltext_get(&c->duties[i], app->lang));
        y += b.height + roundf(10.0f * p->s);
    }
}

/* The compact card, laid out top-down: band, name, tagline, then the
 * headline figures and their sources anchored to the bottom. The tagline
 * takes whatever lines are left between (one or two). */
void card_draw_compact(App *app, DrawList *dl, int index, Rect r, float distance, bool pressed)
{
    const Career *c = career_at(app, index);
    CardPaint p = card_paint(app, c);
    if (pressed) {
        Rect ring = rect_inset(r, -6.0f * p.s, -6.0f * p.s);
        drawlist_rect(dl, ring, p.radius + 6.0f * p.s, app->theme.accent, app->theme.accent);
    }
    draw_body(app, dl, &p, r, true);
    float band = card_band_height(&p, r);
    draw_header_band(dl, &p, r, band);
    float disc = card_disc_size(&p);
    draw_icon(app, dl, c, rect_make(r.x + p.pad, r.y + (band - disc) * 0.5f, disc, disc));
    draw_chip(app, dl, &p, c, r.x + r.w - p.pad, r.y + p.pad);

    float x = r.x + p.pad, w = r.w - 2.0f * p.pad;
    CardFigure figs[CARD_HEADLINES];
    card_headlines(app, c, figs);
    char sources[256];
    card_sources_line(app, figs, CARD_HEADLINES, sources, sizeof sources);
    TextStyle cap = layout_text_style(p.l, TYPE_CAPTION, WEIGHT_REGULAR);
    TextBlock sb;
    /* Up to three lines: Spanish cites run longer ("datos de mayo de"). */
    text_wrap(app->measurer, &cap, sources, w, 3, &sb);
    float bottom = r.y + r.h - roundf(36.0f * p.s);
    float sources_y = bottom - sb.height;
    float row_h = figure_row_height(app, &p), row_gap = roundf(8.0f * p.s);
    float fig_y = sources_y - roundf(14.0f * p.s) - 3.0f * row_h - 2.0f * row_gap;
    float rule_y = fig_y - roundf(18.0f * p.s);

    float y = r.y + band + roundf(24.0f * p.s);
    y += draw_text_at(dl, &p, x, y, w, TYPE_H2, WEIGHT_BOLD, p.ink, 2, ltext_get(&c->name, app->lang));
    y += roundf(4.0f * p.s);
    TextStyle body = layout_text_style(p.l, TYPE_BODY, WEIGHT_REGULAR);
    float body_lh = app->measurer->line_height(app->measurer->user, &body);
    float room = rule_y - roundf(18.0f * p.s) - y;
    int tag_lines = room >= 2.0f * body_lh ? 2 : room >= body_lh ? 1 : 0;
    const char *tagline = ltext_get(&c->tagline, app->lang);
    bool tag_fits = false;
    if (tag_lines > 0)
        widget_text_height(app, TYPE_BODY, WEIGHT_REGULAR, tagline, w, tag_lines, &tag_fits);
    if (tag_fits) /* large text on a short card: the figures come first */
        y += draw_text_at(dl, &p, x, y, w, TYPE_BODY, WEIGHT_REGULAR, p.muted, tag_lines,
                          tagline);
    /* Tall (portrait) cards have room for the summary too. */
    room = rule_y - roundf(24.0f * p.s) - (y + roundf(24.0f * p.s));
    int lines = (int)floorf(room / body_lh);
    bool summary_fits = false;
    if (room >= 3.0f * body_lh) /* whole or not at all: large text may not fit it */
        widget_text_height(app, TYPE_BODY, WEIGHT_REGULAR, ltext_get(&c->summary, app->lang), w,
                           lines, &summary_fits);
    if (room >= 3.0f * body_lh) {
        y += roundf(24.0f * p.s);
        if (summary_fits) { /* else the duties alone fill the room */
            y += draw_text_at(dl, &p, x, y, w, TYPE_BODY, WEIGHT_REGULAR, p.ink, lines,
                              ltext_get(&c->summary, app->lang));
            y += roundf(20.0f * p.s);
        }
        draw_duties(app, dl, &p, c, rect_make(x, y, w, rule_y - roundf(20.0f * p.s) - y));
    }
    Color rule = app->theme.surface_alt;
    drawlist_rect(dl, rect_make(x, rule_y, w, fmaxf(roundf(2.0f * p.s), 1.0f)), 0.0f, rule, rule);
    for (int i = 0; i < CARD_HEADLINES; i++)
        draw_figure_row(app, dl, &p, x, fig_y + (float)i * (row_h + row_gap), w, &figs[i]);
    if (sources[0])
        drawlist_text(dl, rect_make(x, sources_y, w, sb.height), &cap, p.muted, ALIGN_LEFT, 3,
                      sources);
    /* High contrast keeps side cards at full strength: a dimming veil would
     * pull their text under 7:1. A side card at rest keeps its veil in its
     * layer; a moving one has it drawn over, as its strength changes. */
    bool dimmed = distance > 0.0f && !theme_is_high_contrast(&app->theme);
    Color dim = color_with_alpha(app->theme.bg_bottom, (uint8_t)lroundf(72.0f * distance));
    if (dimmed && distance >= 1.0f)
        drawlist_rect(dl, r, p.radius, dim, dim);
    drawlist_layer_end(dl);
    if (dimmed && distance < 1.0f)
        drawlist_rect(dl, r, p.radius, dim, dim);
}

static void draw_open_header(App *app, DrawList *dl, const CardPaint *p, const Career *c, Rect r,
                             float band)
{
    float disc = card_disc_size(p);
    Rect icon = rect_make(r.x + p->pad, r.y + (band - disc) * 0.5f, disc, disc);
    draw_icon(app, dl, c, icon);
    draw_badge(app, dl, p, c, icon);
    Rect qr = draw_take_home_qr(app, dl, p, c, r, band);
    Color white = {0xFF, 0xFF, 0xFF, 0xFF}, soft = {0xFF, 0xFF, 0xFF, 0xE6};
    float x = r.x + p->pad + disc + roundf(32.0f * p->s);
    float w = qr.x - roundf(32.0f * p->s) - x;
    TextStyle h1 = layout_text_style(p->l, TYPE_H1, WEIGHT_BOLD);
    TextStyle body = layout_text_style(p->l, TYPE_BODY, WEIGHT_REGULAR);
    float h1_h = app->measurer->line_height(app->measurer->user, &h1);
    float body_h = app->measurer->line_height(app->measurer->user, &body);
    const char *name = ltext_get(&c->name, app->lang);
    TextStyle name_style = h1;
    TextBlock probe;
    text_wrap(app->measurer, &h1, name, w, 1, &probe);
    int lines = 1;
    if (probe.ellipsized || probe.overflow) { /* long names step down a size... */
        name_style = layout_text_style(p->l, TYPE_H2, WEIGHT_BOLD);
        text_wrap(app->measurer, &name_style, name, w, 1, &probe);
        if (probe.ellipsized || probe.overflow) { /* ...and wrap onto two lines */
            lines = 2;
            name_style = layout_text_style(
                p->l, widget_fit_role(app, name, TYPE_H2, WEIGHT_BOLD, w, 2), WEIGHT_BOLD);
        }
    }
    float name_h = h1_h;
    if (lines == 2)
        name_h = 2.0f * app->measurer->line_height(app->measurer->user, &name_style);
    /* A long tagline (Spanish runs ~20% longer) steps down to caption size,
     * then wraps onto two lines, rather than being cut. */
    const char *tagline = ltext_get(&c->tagline, app->lang);
    TextStyle tag_style = body;
    int tag_lines = 1;
    float tag_h = body_h;
    text_wrap(app->measurer, &body, tagline, w, 1, &probe);
    if (probe.ellipsized || probe.overflow) {
        tag_style = layout_text_style(p->l, TYPE_CAPTION, WEIGHT_REGULAR);
        tag_h = app->measurer->line_height(app->measurer->user, &tag_style);
        text_wrap(app->measurer, &tag_style, tagline, w, 1, &probe);
        if (probe.ellipsized || probe.overflow) {
            tag_lines = 2;
            tag_h *= 2.0f;
        }
    }
    float y = r.y + (band - name_h - tag_h) * 0.5f;
    drawlist_text(dl, rect_make(x, y, w, name_h), &name_style, white, ALIGN_LEFT, lines, name);
    drawlist_text(dl, rect_make(x, y + name_h, w, tag_h), &tag_style, soft, ALIGN_LEFT, tag_lines,
                  tagline);
}

void card_draw_open(App *app, DrawList *dl, int index, Rect r, float t)
{
    const Career *c = career_at(app, index);
    CardPaint p = card_paint(app, c);
    draw_body(app, dl, &p, r, false);
    float band = roundf(200.0f * p.s) * t + card_band_height(&p, r) * (1.0f - t);
    draw_header_band(dl, &p, r, band);
    if (t < 0.85f)
        return; /* the header appears once the card has nearly arrived */
    /* Only the header: the detail screen that takes over fills the body, so
     * nothing appears here that would then change. */
    dl->alpha = (t - 0.85f) / 0.15f;
    draw_open_header(app, dl, &p, c, r, band);
    dl->alpha = 1.0f;
}

void card_draw_open_header(App *app, DrawList *dl, int index, Rect r, float band)
{
    const Career *c = career_at(app, index);
    CardPaint p = card_paint(app, c);
    draw_open_header(app, dl, &p, c, r, band);
}

void card_draw_open_frame(App *app, DrawList *dl, int index, Rect r, float band)
{
    const Career *c = career_at(app, index);
    CardPaint p = card_paint(app, c);
    draw_body(app, dl, &p, r, false);
    draw_header_band(dl, &p, r, band);
    draw_open_header(app, dl, &p, c, r, band);
}
