#include "screens/scene.h"

#include <math.h>
#include <stdio.h>

#include "dayplan.h"

/* How the card arranges itself: where the colour goes and how big the type
 * is. Tried in order until the text fits whole. */
typedef struct {
    bool panel; /* colour panel on the left; else a band on top */
    bool hero; /* a tall band: a big icon over the time, centred */
    float band; /* band height or panel width, design units */
    TypeRole time_role;
    TypeRole title_role;
    bool facts; /* the Where / Skill row */
} SceneFit;

static const SceneFit BAND_FITS[] = {
    { false, true, 560.0f, TYPE_DISPLAY, TYPE_H1, true },
    { false, true, 460.0f, TYPE_DISPLAY, TYPE_H1, true },
    { false, false, 168.0f, TYPE_H1, TYPE_H1, true },
    { false, false, 168.0f, TYPE_H1, TYPE_H2, true },
    { false, false, 120.0f, TYPE_H2, TYPE_H2, true },
    { false, false, 96.0f, TYPE_H2, TYPE_H2, true },
    { false, false, 96.0f, TYPE_H2, TYPE_BODY, true },
    { false, false, 96.0f, TYPE_H2, TYPE_BODY, false },
};
static const SceneFit PANEL_FITS[] = {
    { true, false, 380.0f, TYPE_H1, TYPE_H1, true },
    { true, false, 380.0f, TYPE_H1, TYPE_H2, true },
    { true, false, 320.0f, TYPE_H2, TYPE_H2, true },
    { true, false, 320.0f, TYPE_H2, TYPE_BODY, true },
    { true, false, 320.0f, TYPE_H2, TYPE_BODY, false },
};

/* Design units between the detail and the facts; the rule sits midway. */
#define FACTS_GAP 40.0f

/* The words on one card. */
typedef struct {
    const char *time, *title, *detail, *place, *skill, *role_name;
    const char *icon; /* bundle-relative image, may be NULL */
} SceneText;

typedef struct {
    const Layout *l;
    const TextMeasurer *m;
    float s, pad, radius;
    Color role, on_role, ink, muted;
} ScenePaint;

static ScenePaint scene_paint(const App *app, const Career *c)
{
    ScenePaint p;
    Color white = { 0xFF, 0xFF, 0xFF, 0xFF };
    p.l = &app->layout;
    p.m = app->measurer;
    p.s = app->layout.s;
    p.pad = roundf(40.0f * p.s);
    p.radius = roundf(app->theme.corner_radius * p.s);
    p.role = color_rgb(c->color);
    /* Bundles promise white-readable colours; a pale one gets dark ink. */
    p.on_role = color_contrast(white, p.role) >= 4.5 ? white : app->theme.text_on_surface;
    p.ink = app->theme.text_on_surface;
    p.muted = app->theme.text_muted_on_surface;
    return p;
}

const char *scene_format_time(const App *app, int minutes, bool hour_only, char *buf, size_t len)
{
    int h = (minutes / 60) % 24, m = minutes % 60;
    int h12 = h % 12 == 0 ? 12 : h % 12;
    const char *suffix = h < 12 ? app_ui(app, "am", "am") : app_ui(app, "pm", "pm");
    if (hour_only)
        snprintf(buf, len, "%d %s", h12, suffix);
    else
        snprintf(buf, len, "%d:%02d %s", h12, m, suffix);
    return buf;
}

static float line_height(const ScenePaint *p, TypeRole role, FontWeight weight)
{
    TextStyle st = layout_text_style(p->l, role, weight);
    return p->m->line_height(p->m->user, &st);
}

/* Height `text` wraps to at width w; false when a word will not fit. */
static bool wrapped_height(const ScenePaint *p, TypeRole role, FontWeight weight, const char *text,
                           float w, float *h)
{
    TextBlock b;
    TextStyle st = layout_text_style(p->l, role, weight);
    *h = 0.0f;
    if (!text || !*text)
        return true;
    text_wrap(p->m, &st, text, w, TEXT_MAX_LINES, &b);
    *h = b.height;
    return !b.ellipsized && !b.overflow;
}

/* Draws measured text with its box exactly the lines it needs. */
static float put_text(DrawList *dl, const ScenePaint *p, Rect box, TypeRole role, FontWeight weight,
                      Color color, TextAlign align, const char *text)
{
    float h;
    if (!text || !*text)
        return 0.0f;
    wrapped_height(p, role, weight, text, box.w, &h);
    TextStyle st = layout_text_style(p->l, role, weight);
    drawlist_text(dl, rect_make(box.x, box.y, box.w, h), &st, color, align, TEXT_MAX_LINES, text);
    return h;
}

static int fact_count(const SceneText *t)
{
    return (*t->place ? 1 : 0) + (*t->skill ? 1 : 0);
}

static float fact_width(const ScenePaint *p, const SceneText *t, float w)
{
    return fact_count(t) > 1 ? (w - roundf(32.0f * p->s)) * 0.5f : w;
}

/* One fact: a caption label over a bold value, beside a small icon. */
static float fact_height(const ScenePaint *p, const char *value, float w, bool *fits)
{
    float indent = roundf(52.0f * p->s), h;
    *fits &= wrapped_height(p, TYPE_BODY, WEIGHT_BOLD, value, w - indent, &h);
    return line_height(p, TYPE_CAPTION, WEIGHT_REGULAR) + h;
}

static float facts_height(const ScenePaint *p, const SceneText *t, float w, bool *fits)
{
    float fw = fact_width(p, t, w), h = 0.0f;
    if (*t->place)
        h = fact_height(p, t->place, fw, fits);
    if (*t->skill)
        h = fmaxf(h, fact_height(p, t->skill, fw, fits));
    return h;
}

/* Title, detail and facts stacked at width w; false when a word is too wide. */
static float text_height(const ScenePaint *p, const SceneFit *f, const SceneText *t, float w,
                         bool *fits)
{
    float title, detail, total;
    *fits = wrapped_height(p, f->title_role, WEIGHT_BOLD, t->title, w, &title);
    *fits &= wrapped_height(p, TYPE_BODY, WEIGHT_REGULAR, t->detail, w, &detail);
    total = title + (detail > 0.0f ? roundf(14.0f * p->s) + detail : 0.0f);
    if (f->facts && fact_count(t) > 0)
        total += roundf(FACTS_GAP * p->s) + facts_height(p, t, w, fits);
    return total;
}

/* The colour's size in pixels. A hero band takes half a tall card, so
 * the big icon fills the room a short step would leave empty. */
static float band_px(const ScenePaint *p, const SceneFit *f, Rect r)
{
    float band = roundf(f->band * p->s);
    return f->hero ? fmaxf(band, roundf(r.h * 0.5f)) : band;
}

/* The text column for a fit: beside the panel, or under the band. Lines
 * stay near 60 characters: the column is at most 960 units wide. */
static Rect text_column(const ScenePaint *p, const SceneFit *f, Rect r)
{
    float band = band_px(p, f, r);
    if (f->panel) {
        float w = fminf(r.w - band - 2.0f * p->pad, roundf(960.0f * p->s));
        return rect_make(r.x + band + p->pad, r.y + p->pad, w, r.h - 2.0f * p->pad);
    }
    return rect_make(r.x + p->pad, r.y + band + roundf(28.0f * p->s), r.w - 2.0f * p->pad,
                     r.h - band - roundf(28.0f * p->s) - p->pad);
}

static bool is_wide(const ScenePaint *p, Rect r)
{
    return r.w >= roundf(1100.0f * p->s);
}

static const SceneFit *fits_for(const ScenePaint *p, Rect r, int *count)
{
    bool wide = is_wide(p, r);
    *count = wide ? (int)(sizeof PANEL_FITS / sizeof PANEL_FITS[0])
                  : (int)(sizeof BAND_FITS / sizeof BAND_FITS[0]);
    return wide ? PANEL_FITS : BAND_FITS;
}

/* The roomiest arrangement, from `floor` on, in which the text fits. */
static int choose_fit(const ScenePaint *p, const SceneText *t, Rect r, int floor)
{
    int n;
    const SceneFit *fits = fits_for(p, r, &n);
    for (int i = floor < 0 ? 0 : floor; i < n; i++) {
        Rect col = text_column(p, &fits[i], r);
        bool ok;
        if (text_height(p, &fits[i], t, col.w, &ok) <= col.h && ok)
            return i;
    }
    return n - 1;
}

/* The shadow, then the card: from here to draw_card's end the scene is one
 * layer, which the renderer may keep as a texture while the card slides. */
static void draw_frame(App *app, DrawList *dl, const ScenePaint *p, Rect r)
{
    drawlist_shadow(dl, rect_make(r.x, r.y + 18.0f * p->s, r.w, r.h), p->radius, 44.0f * p->s,
                    app->theme.shadow);
    drawlist_layer_begin(dl, r, app->theme.surface);
    drawlist_rect(dl, r, p->radius, app->theme.surface, app->theme.surface);
}

/* The colour: a band across the top, or a panel down the left, squared
 * off where it meets the white body. */
static Rect draw_colour(DrawList *dl, const ScenePaint *p, const SceneFit *f, Rect r)
{
    float band = band_px(p, f, r);
    Color top = color_lighten(p->role, 0.12f), bottom = p->role;
    if (f->panel) {
        Rect panel = rect_make(r.x, r.y, band, r.h);
        drawlist_rect(dl, panel, p->radius, top, bottom);
        drawlist_rect(dl, rect_make(r.x + band - p->radius, r.y, p->radius, r.h), 0.0f, top,
                      bottom);
        return panel;
    }
    Rect strip = rect_make(r.x, r.y, r.w, band);
    drawlist_rect(dl, strip, p->radius, top, bottom);
    drawlist_rect(dl, rect_make(r.x, r.y + band - p->radius, r.w, p->radius), 0.0f,
                  color_mix(top, bottom, 1.0f - p->radius / band), bottom);
    return strip;
}

static void draw_disc(App *app, DrawList *dl, const char *icon, Rect disc)
{
    Color halo = { 0xFF, 0xFF, 0xFF, 0x33 }, white = { 0xFF, 0xFF, 0xFF, 0xFF };
    char path[1024];
    drawlist_rect(dl, disc, disc.w * 0.5f, halo, halo);
    drawlist_image(dl, rect_inset(disc, disc.w * 0.2f, disc.h * 0.2f),
                   app_bundle_path(app, icon, path, sizeof path), white, 0.0f);
}

/* The role's name, when it fits in two lines of caption. */
static void draw_role_name(DrawList *dl, const ScenePaint *p, Rect box, TextAlign align,
                           const char *name)
{
    TextStyle st = layout_text_style(p->l, TYPE_CAPTION, WEIGHT_BOLD);
    TextBlock b;
    if (!*name)
        return;
    text_wrap(p->m, &st, name, box.w, 2, &b);
    if (b.ellipsized || b.overflow || box.w <= 0.0f)
        return;
    float y = align == ALIGN_CENTER ? box.y : box.y + (box.h - b.height) * 0.5f;
    drawlist_text(dl, rect_make(box.x, y, box.w, b.height), &st, color_with_alpha(p->on_role, 0xE6),
                  align, 2, name);
}

static void draw_band_content(App *app, DrawList *dl, const ScenePaint *p, const SceneFit *f,
                              Rect band, const SceneText *t)
{
    float inset = roundf(28.0f * p->s), disc = band.h - 2.0f * inset;
    draw_disc(app, dl, t->icon, rect_make(band.x + p->pad, band.y + inset, disc, disc));
    TextStyle st = layout_text_style(p->l, f->time_role, WEIGHT_BOLD);
    TextBlock tb = { 0 };
    float lh = p->m->line_height(p->m->user, &st);
    float x = band.x + p->pad + disc + roundf(28.0f * p->s);
    if (*t->time) {
        text_wrap(p->m, &st, t->time, 0.0f, 1, &tb);
        drawlist_text(dl, rect_make(x, band.y + (band.h - lh) * 0.5f, tb.width, lh), &st,
                      p->on_role, ALIGN_LEFT, 1, t->time);
    }
    float name_x = x + tb.width + (*t->time ? roundf(32.0f * p->s) : 0.0f);
    draw_role_name(dl, p, rect_make(name_x, band.y, band.x + band.w - p->pad - name_x, band.h),
                   ALIGN_RIGHT, t->role_name);
}

/* A tall band: the step's icon large, the time in display type under it. */
static void draw_hero_content(App *app, DrawList *dl, const ScenePaint *p, const SceneFit *f,
                              Rect band, const SceneText *t)
{
    float disc = roundf(fminf(band.h * 0.42f, 280.0f * p->s));
    float time_h = line_height(p, f->time_role, WEIGHT_BOLD);
    float name_h = *t->role_name ? line_height(p, TYPE_CAPTION, WEIGHT_BOLD) : 0.0f;
    float gap = roundf(24.0f * p->s), block = disc + gap + time_h + name_h;
    float y = band.y + roundf((band.h - block) * 0.5f);
    draw_disc(app, dl, t->icon, rect_make(band.x + (band.w - disc) * 0.5f, y, disc, disc));
    y += disc + gap;
    Rect col = rect_make(band.x + p->pad, y, band.w - 2.0f * p->pad, 0.0f);
    y += put_text(dl, p, col, f->time_role, WEIGHT_BOLD, p->on_role, ALIGN_CENTER, t->time);
    draw_role_name(dl, p, rect_make(col.x, y, col.w, 0.0f), ALIGN_CENTER, t->role_name);
}

/* The panel: the step's icon over the time and the role, centred. */
static void draw_panel_content(App *app, DrawList *dl, const ScenePaint *p, const SceneFit *f,
                               Rect panel, const SceneText *t)
{
    float disc = roundf((f->band >= 380.0f ? 144.0f : 112.0f) * p->s);
    float gap = roundf(28.0f * p->s);
    Rect col =
        rect_make(panel.x + roundf(24.0f * p->s), 0.0f, panel.w - roundf(48.0f * p->s), 0.0f);
    float time_h, name_h = 0.0f;
    wrapped_height(p, f->time_role, WEIGHT_BOLD, t->time, col.w, &time_h);
    if (*t->role_name)
        name_h = roundf(8.0f * p->s) + line_height(p, TYPE_CAPTION, WEIGHT_BOLD);
    float y = panel.y + fmaxf(p->pad, roundf((panel.h - disc - gap - time_h - name_h) * 0.5f));
    draw_disc(app, dl, t->icon, rect_make(panel.x + (panel.w - disc) * 0.5f, y, disc, disc));
    col.y = y + disc + gap;
    col.y += put_text(dl, p, col, f->time_role, WEIGHT_BOLD, p->on_role, ALIGN_CENTER, t->time);
    draw_role_name(dl, p, rect_make(col.x, col.y + roundf(8.0f * p->s), col.w, 0.0f), ALIGN_CENTER,
                   t->role_name);
}

static void draw_fact(App *app, DrawList *dl, const ScenePaint *p, Rect box, const char *icon,
                      const char *label, const char *value)
{
    float is = roundf(36.0f * p->s), indent = roundf(52.0f * p->s);
    float cap = line_height(p, TYPE_CAPTION, WEIGHT_REGULAR);
    char path[1024];
    drawlist_image(dl, rect_make(box.x, box.y + roundf(4.0f * p->s), is, is),
                   app_asset_path(app, icon, path, sizeof path),
                   color_readable_on(p->role, app->theme.surface, 3.0), 0.0f);
    Rect text = rect_make(box.x + indent, box.y, box.w - indent, 0.0f);
    put_text(dl, p, text, TYPE_CAPTION, WEIGHT_REGULAR, p->muted, ALIGN_LEFT, label);
    text.y += cap;
    put_text(dl, p, text, TYPE_BODY, WEIGHT_BOLD, p->ink, ALIGN_LEFT, value);
}

static void draw_facts(App *app, DrawList *dl, const ScenePaint *p, Rect col, float y,
                       const SceneText *t)
{
    Color rule = app->theme.surface_alt;
    drawlist_rect(dl,
                  rect_make(col.x, y + roundf(FACTS_GAP * 0.5f * p->s), col.w,
                            fmaxf(roundf(2.0f * p->s), 1.0f)),
                  0.0f, rule, rule);
    y += roundf(FACTS_GAP * p->s);
    float fw = fact_width(p, t, col.w), x = col.x;
    if (*t->place) {
        draw_fact(app, dl, p, rect_make(x, y, fw, 0.0f), "icons/place.svg",
                  app_ui(app, "where", "Where"), t->place);
        x += fw + roundf(32.0f * p->s);
    }
    if (*t->skill)
        draw_fact(app, dl, p, rect_make(x, y, fw, 0.0f), "icons/skill.svg",
                  app_ui(app, "skill", "Skill"), t->skill);
}

static void draw_scene_text(App *app, DrawList *dl, const ScenePaint *p, const SceneFit *f, Rect r,
                            const SceneText *t, Color title_ink)
{
    Rect col = text_column(p, f, r);
    bool fits;
    float h = text_height(p, f, t, col.w, &fits);
    /* Beside a panel or under a hero the text sits centred in its room. */
    float y = col.y;
    if (f->panel)
        y += fmaxf(0.0f, roundf((col.h - h) * 0.5f));
    else if (f->hero) /* a little above centre reads as placed, not floating */
        y += fmaxf(0.0f, roundf((col.h - h) * 0.4f));
    y += put_text(dl, p, rect_make(col.x, y, col.w, 0.0f), f->title_role, WEIGHT_BOLD, title_ink,
                  ALIGN_LEFT, t->title);
    if (*t->detail) {
        y += roundf(14.0f * p->s);
        y += put_text(dl, p, rect_make(col.x, y, col.w, 0.0f), TYPE_BODY, WEIGHT_REGULAR, p->muted,
                      ALIGN_LEFT, t->detail);
    }
    if (f->facts && fact_count(t) > 0)
        draw_facts(app, dl, p, col, y, t);
}

static void draw_card(App *app, DrawList *dl, const Career *c, Rect r, const SceneText *t,
                      Color title_ink, int floor)
{
    ScenePaint p = scene_paint(app, c);
    int n;
    const SceneFit *fits = fits_for(&p, r, &n);
    SceneFit f = fits[choose_fit(&p, t, r, floor)];
    draw_frame(app, dl, &p, r);
    Rect colour = draw_colour(dl, &p, &f, r);
    if (f.panel)
        draw_panel_content(app, dl, &p, &f, colour, t);
    else if (f.hero)
        draw_hero_content(app, dl, &p, &f, colour, t);
    else
        draw_band_content(app, dl, &p, &f, colour, t);
    draw_scene_text(app, dl, &p, &f, r, t, title_ink);
    drawlist_layer_end(dl);
}

static SceneText step_text(const App *app, const Career *c, const DayStep *d, char *time,
                           size_t len)
{
    int minutes = dayplan_parse_time(d->time);
    SceneText t = {
        scene_format_time(app, minutes < 0 ? 0 : minutes, false, time, len),
        ltext_get(&d->title, app->lang),
        ltext_get(&d->detail, app->lang),
        ltext_get(&d->place, app->lang),
        ltext_get(&d->skill, app->lang),
        ltext_get(&c->name, app->lang),
        d->icon ? d->icon : c->icon,
    };
    return t;
}

int scene_fit(const App *app, int career, int step, Rect r)
{
    const Career *c = &app->content->careers[career];
    char time[32];
    SceneText t = step_text(app, c, &c->day[step], time, sizeof time);
    ScenePaint p = scene_paint(app, c);
    return choose_fit(&p, &t, r, 0);
}

void scene_draw(App *app, DrawList *dl, int career, int step, Rect r, int floor)
{
    const Career *c = &app->content->careers[career];
    char time[32];
    SceneText t = step_text(app, c, &c->day[step], time, sizeof time);
    draw_card(app, dl, c, r, &t, app->theme.text_on_surface, floor);
}

/* The band shows when the role's day starts; the card says it has not. */
void scene_draw_waiting(App *app, DrawList *dl, int career, int starts_at, Rect r, int floor)
{
    const Career *c = &app->content->careers[career];
    char time[32], detail[200];
    scene_format_time(app, starts_at, false, time, sizeof time);
    snprintf(detail, sizeof detail, "%s %s.", app_ui(app, "starts_at", "The day starts at"), time);
    SceneText t = { time,   app_ui(app, "not_started", "Not started yet"),
                    detail, "",
                    "",     ltext_get(&c->name, app->lang),
                    c->icon };
    draw_card(app, dl, c, r, &t, app->theme.text_muted_on_surface, floor);
}
