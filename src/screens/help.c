#include "screens/help.h"

#include <math.h>

#include "screens/widgets.h"

enum { HELP_MAX_CAPS = 4 };

/* A key label: a ui key for words that change with the language, or NULL
 * for symbols that never do. */
typedef struct {
    const char *ui;
    const char *text;
} Cap;

typedef struct {
    Cap caps[HELP_MAX_CAPS];
    const char *ui;       /* what the keys do */
    const char *fallback;
} HelpRow;

static const HelpRow rows[HELP_ROW_COUNT] = {
    {{{NULL, "\xE2\x86\x92"}, {"help_key_pgdn", "PgDn"}, {"help_key_space", "Space"}, {NULL, "N"}},
     "help_next", "Next"},
    {{{NULL, "\xE2\x86\x90"}, {"help_key_pgup", "PgUp"}, {"help_key_backspace", "Backspace"},
      {NULL, "P"}},
     "help_prev", "Previous"},
    {{{"help_key_enter", "Enter"}}, "help_activate", "Open or choose"},
    {{{"help_key_esc", "Esc"}}, "help_back", "Back"},
    {{{"help_key_home", "Home"}}, "help_home", "Home screen"},
    {{{NULL, "1 \xE2\x80\xA6 9"}}, "help_career", "Jump to a career"},
    {{{NULL, "B"}, {NULL, "."}}, "help_black", "Black screen"},
    {{{NULL, "W"}}, "help_white", "White screen"},
    {{{NULL, "T"}}, "help_tour", "Start the guided tour"},
    {{{NULL, "F"}}, "help_fullscreen", "Full screen"},
    {{{NULL, "?"}, {NULL, "F1"}}, "help_help", "Show these keys"},
    {{{"help_key_ctrl_q", "Ctrl+Q"}}, "help_quit", "Quit"},
};

typedef struct {
    Rect card;
    float pad, title_h, hint_h, gap;
    float cap_h, cap_pad, cap_gap, row_pad, col_gap;
    float key_w[2], act_w[2], half_w; /* per half of the table */
    int per_column;             /* rows in the first half */
    float row_h[HELP_ROW_COUNT];
    float table_y, table_h[2];
} HelpGeom;

static const char *cap_text(const App *app, const Cap *c)
{
    return c->ui ? app_ui(app, c->ui, c->text) : c->text;
}

static const char *title(const App *app)
{
    return app_ui(app, "help_title", "Presenter keys");
}

static const char *hint(const App *app)
{
    return app_ui(app, "help_close", "Press any key or touch to close");
}

static float cap_width(const App *app, const HelpGeom *g, const Cap *c)
{
    return ceilf(widget_text_width(app, cap_text(app, c), TYPE_BODY, WEIGHT_BOLD)) +
           2.0f * g->cap_pad;
}

/* Lays a row's keycaps left to right in `w`, wrapping; draws them when dl
 * is not NULL. Returns the height they take. */
static float lay_caps(App *app, DrawList *dl, const HelpGeom *g, const HelpRow *row, float x,
                      float y, float w)
{
    float cx = x, cy = y, s = app->layout.s, radius = roundf(12.0f * s), depth = roundf(5.0f * s);
    TextStyle st = layout_text_style(&app->layout, TYPE_BODY, WEIGHT_BOLD);
    float lh = app->measurer->line_height(app->measurer->user, &st);
    Color face = app->theme.surface_alt, edge = color_darken(app->theme.surface_alt, 0.22f);
    Color ink = app->theme.text_on_surface;
    for (int i = 0; i < HELP_MAX_CAPS && row->caps[i].text; i++) {
        float cw = fminf(cap_width(app, g, &row->caps[i]), w);
        if (cx > x && cx + cw > x + w) { /* wrap onto the next line */
            cx = x;
            cy += g->cap_h + g->cap_gap;
        }
        if (dl) {
            Rect key = rect_make(cx, cy, cw, g->cap_h - depth);
            drawlist_rect(dl, rect_make(cx, cy + depth, cw, g->cap_h - depth), radius, edge, edge);
            drawlist_rect(dl, key, radius, color_lighten(face, 0.35f), face);
            drawlist_text(dl, rect_make(cx, roundf(cy + (key.h - lh) * 0.5f), cw, lh), &st, ink,
                          ALIGN_CENTER, 1, cap_text(app, &row->caps[i]));
        }
        cx += cw + g->cap_gap;
    }
    return cy + g->cap_h - y;
}

/* `air` scales the spacing (1 = full): short screens get a tighter card
 * rather than smaller text. */
static HelpGeom geometry_with(App *app, float air)
{
    const Layout *l = &app->layout;
    HelpGeom g = {0};
    float s = l->s, a = s * air;
    int columns = l->portrait ? 1 : 2;
    float w = floorf(fminf((columns == 2 ? 1800.0f : 960.0f) * s, l->safe.w));
    g.pad = roundf(56.0f * a);
    g.gap = roundf(36.0f * a);
    g.cap_pad = roundf(18.0f * s);
    g.cap_gap = roundf(10.0f * s);
    g.row_pad = roundf(14.0f * a);
    g.col_gap = roundf(64.0f * s);
    TextStyle st = layout_text_style(l, TYPE_BODY, WEIGHT_BOLD);
    g.cap_h = roundf(app->measurer->line_height(app->measurer->user, &st) + 22.0f * s);
    float inner = w - 2.0f * g.pad;
    g.half_w = columns == 2 ? floorf((inner - g.col_gap) * 0.5f) : inner;
    g.per_column = columns == 2 ? (HELP_ROW_COUNT + 1) / 2 : HELP_ROW_COUNT;
    /* Each half's key column is as wide as its widest row of keycaps, up
     * to 68%: the actions line up just after the keys. */
    float widest[2] = {0.0f, 0.0f}, col_space = roundf(36.0f * s);
    for (int r = 0; r < HELP_ROW_COUNT; r++) {
        float rw = -g.cap_gap;
        for (int i = 0; i < HELP_MAX_CAPS && rows[r].caps[i].text; i++)
            rw += cap_width(app, &g, &rows[r].caps[i]) + g.cap_gap;
        int col = r < g.per_column ? 0 : 1;
        widest[col] = fmaxf(widest[col], rw);
    }
    for (int c = 0; c < 2; c++) {
        g.key_w[c] = fminf(ceilf(widest[c]), floorf(g.half_w * 0.68f));
        g.act_w[c] = g.half_w - g.key_w[c] - col_space;
    }
    if (columns == 1)
        g.key_w[1] = g.key_w[0], g.act_w[1] = g.act_w[0];
    g.title_h = widget_text_height(app, TYPE_H1, WEIGHT_BOLD, title(app), inner, 2, NULL);
    g.hint_h = widget_text_height(app, TYPE_BODY, WEIGHT_REGULAR, hint(app), inner, 2, NULL);
    for (int r = 0; r < HELP_ROW_COUNT; r++) {
        int col = r < g.per_column ? 0 : 1;
        float caps = lay_caps(app, NULL, &g, &rows[r], 0.0f, 0.0f, g.key_w[col]);
        float act = widget_text_height(app, TYPE_BODY, WEIGHT_REGULAR,
                                       app_ui(app, rows[r].ui, rows[r].fallback), g.act_w[col], 2,
                                       NULL);
        g.row_h[r] = fmaxf(caps, act) + 2.0f * g.row_pad;
        g.table_h[r < g.per_column ? 0 : 1] += g.row_h[r];
    }
    float table = fmaxf(g.table_h[0], g.table_h[1]);
    float h = g.pad + g.title_h + g.gap + table + g.gap + g.hint_h + g.pad;
    g.card = rect_make(roundf(((float)l->w - w) * 0.5f), roundf(((float)l->h - h) * 0.5f), w, h);
    g.table_y = g.card.y + g.pad + g.title_h + g.gap;
    return g;
}

static HelpGeom geometry(App *app)
{
    HelpGeom g = geometry_with(app, 1.0f);
    for (float air = 0.8f; g.card.h > app->layout.safe.h && air > 0.2f; air -= 0.2f)
        g = geometry_with(app, air);
    return g;
}

Rect help_card(const App *app)
{
    return geometry((App *)app).card;
}

void help_draw(App *app, DrawList *dl)
{
    float s = app->layout.s;
    HelpGeom g = geometry(app);
    Rect card = g.card;
    widget_modal(app, dl, card, 0xE0);
    float x0 = card.x + g.pad;
    widget_text(app, dl, rect_make(x0, card.y + g.pad, card.w - 2.0f * g.pad, 0), TYPE_H1,
                WEIGHT_BOLD, app->theme.text_on_surface, ALIGN_CENTER, 2, title(app));
    Color rule = color_mix(app->theme.surface, app->theme.text_muted_on_surface, 0.22f);
    float line = fmaxf(1.0f, roundf(2.0f * s));
    TextStyle st = layout_text_style(&app->layout, TYPE_BODY, WEIGHT_REGULAR);
    float lh = app->measurer->line_height(app->measurer->user, &st);
    float y = g.table_y;
    for (int r = 0; r < HELP_ROW_COUNT; r++) {
        int col = r < g.per_column ? 0 : 1;
        if (r == g.per_column)
            y = g.table_y;
        float x = x0 + (float)col * (g.half_w + g.col_gap);
        if (r != 0 && r != g.per_column) /* a rule between rows, not above the first */
            drawlist_rect(dl, rect_make(x, y - line * 0.5f, g.half_w, line), 0.0f, rule, rule);
        float caps_h = lay_caps(app, NULL, &g, &rows[r], 0.0f, 0.0f, g.key_w[col]);
        const char *what = app_ui(app, rows[r].ui, rows[r].fallback);
        float act_h =
            widget_text_height(app, TYPE_BODY, WEIGHT_REGULAR, what, g.act_w[col], 2, NULL);
        float inner_h = g.row_h[r] - 2.0f * g.row_pad;
        lay_caps(app, dl, &g, &rows[r], x, roundf(y + g.row_pad + (inner_h - caps_h) * 0.5f),
                 g.key_w[col]);
        /* A single-line action sits on the keycap's text line. */
        float ay = act_h <= lh + 0.5f ? y + g.row_pad + (g.cap_h - roundf(5.0f * s) - lh) * 0.5f
                                      : y + g.row_pad + (inner_h - act_h) * 0.5f;
        if (caps_h > g.cap_h + 0.5f && act_h <= lh + 0.5f)
            ay = y + g.row_pad + (inner_h - act_h) * 0.5f;
        widget_text(app, dl, rect_make(x + g.half_w - g.act_w[col], roundf(ay), g.act_w[col], 0),
                    TYPE_BODY, WEIGHT_REGULAR, app->theme.text_on_surface, ALIGN_LEFT, 2, what);
        y += g.row_h[r];
    }
    float hy = g.table_y + fmaxf(g.table_h[0], g.table_h[1]) + g.gap;
    widget_text(app, dl, rect_make(x0, hy, card.w - 2.0f * g.pad, 0), TYPE_BODY, WEIGHT_REGULAR,
                app->theme.text_muted_on_surface, ALIGN_CENTER, 2, hint(app));
}
