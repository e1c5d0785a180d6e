#include "screens/attract_figures.h"

#include <stdio.h>
#include <string.h>

#include "format.h"
#include "takeaway.h"
#include "utf8.h"

#define EN_DASH "\xE2\x80\x93"

/* The bundle figure behind a kind (for pay: the median, else the low end
 * of the estimated range when both ends are present). */
static const Figure *figure_of(const Career *c, AttractFigureKind kind)
{
    switch (kind) {
    case ATTRACT_FIGURE_EMPLOYED: return &c->employed;
    case ATTRACT_FIGURE_PAY:
        if (c->pay.median.present)
            return &c->pay.median;
        return c->pay.range_low.present && c->pay.range_high.present ? &c->pay.range_low : NULL;
    case ATTRACT_FIGURE_GROWTH: return &c->growth;
    case ATTRACT_FIGURE_NEW_JOBS: return &c->new_jobs;
    default: return NULL;
    }
}

static bool present(const Career *c, AttractFigureKind kind)
{
    const Figure *f = figure_of(c, kind);
    return f && f->present;
}

/* The same statistic already listed under an earlier career. */
static bool shown_before(const Content *content, int career, AttractFigureKind kind)
{
    const Figure *f = figure_of(&content->careers[career], kind);
    for (int i = 0; i < career; i++) {
        const Figure *g = figure_of(&content->careers[i], kind);
        if (g && g->present && g->value == f->value && g->source == f->source)
            return true;
    }
    return false;
}

/* Career `career`'s figures worth showing, in kind order. */
static int career_figures(const Content *content, int career, AttractFigureKind kinds[])
{
    int n = 0;
    for (int k = 0; k < ATTRACT_FIGURE_KINDS; k++)
        if (present(&content->careers[career], (AttractFigureKind)k) &&
            !shown_before(content, career, (AttractFigureKind)k))
            kinds[n++] = (AttractFigureKind)k;
    return n;
}

int attract_figures_list(const Content *content, AttractFigureRef *out, int max)
{
    int careers = content ? (int)content->career_count : 0, n = 0;
    if (careers > CONTENT_MAX_CAREERS)
        careers = CONTENT_MAX_CAREERS;
    AttractFigureKind kinds[CONTENT_MAX_CAREERS][ATTRACT_FIGURE_KINDS];
    int counts[CONTENT_MAX_CAREERS];
    for (int c = 0; c < careers; c++)
        counts[c] = career_figures(content, c, kinds[c]);
    for (int round = 0; round < ATTRACT_FIGURE_KINDS; round++)
        for (int c = 0; c < careers && n < max; c++)
            if (round < counts[c])
                out[n++] = (AttractFigureRef){c, kinds[c][round]};
    return n;
}

/* ---- words -------------------------------------------------------------- */

static const char *template_for(const Content *content, Lang lang, const char *key,
                                const char *fallback)
{
    const char *s = content_ui(content, key, lang);
    return s && *s ? s : fallback;
}

/* Writes `tmpl` with {a} replaced by `people` and {p} by `period`. */
static void fill(char *buf, size_t len, const char *tmpl, const char *people, const char *period)
{
    size_t o = 0;
    for (const char *p = tmpl; *p && o + 1 < len;) {
        const char *v = NULL;
        if (p[0] == '{' && (p[1] == 'a' || p[1] == 'p') && p[2] == '}')
            v = p[1] == 'a' ? people : period;
        if (!v) {
            buf[o++] = *p++;
            continue;
        }
        for (; *v && o + 1 < len; v++)
            buf[o++] = *v;
        p += 3;
    }
    buf[o] = '\0';
    utf8_trim_partial(buf);
}

/* The value as a visitor reads it. */
static void write_value(const Career *c, AttractFigureKind kind, char *buf, size_t len)
{
    char lo[24], hi[24];
    switch (kind) {
    case ATTRACT_FIGURE_EMPLOYED: format_count(buf, len, c->employed.value); break;
    case ATTRACT_FIGURE_PAY:
        if (c->pay.median.present) {
            format_money(buf, len, c->pay.median.value);
        } else { /* short units keep a range inside one big line */
            snprintf(buf, len, "%s" EN_DASH "%s",
                     format_money_short(lo, sizeof lo, c->pay.range_low.value),
                     format_money_short(hi, sizeof hi, c->pay.range_high.value));
        }
        break;
    case ATTRACT_FIGURE_GROWTH: format_percent(buf, len, c->growth.value, 1); break;
    case ATTRACT_FIGURE_NEW_JOBS: {
        char n[40];
        /* New jobs add to today's count: the plus says so. A shrinking
         * field reports a negative number, which carries its own sign. */
        snprintf(buf, len, "%s%s", c->new_jobs.value > 0.0 ? "+" : "",
                 format_count(n, sizeof n, c->new_jobs.value));
        break;
    }
    default: buf[0] = '\0';
    }
}

/* The ui key and English wording of a kind's label. */
static const char *label_template(const Content *content, Lang lang, const Career *c,
                                  AttractFigureKind kind, bool has_period)
{
    switch (kind) {
    case ATTRACT_FIGURE_EMPLOYED:
        return template_for(content, lang, "attract.employed", "{a} work in the US");
    case ATTRACT_FIGURE_PAY:
        return c->pay.median.present
                   ? template_for(content, lang, "attract.pay", "median pay a year for {a}")
                   : template_for(content, lang, "attract.pay_range",
                                  "estimated median pay a year for {a}");
    case ATTRACT_FIGURE_GROWTH:
        return has_period ? template_for(content, lang, "attract.growth",
                                         "projected job growth for {a}, {p}")
                          : template_for(content, lang, "attract.growth_no_period",
                                         "projected job growth for {a}");
    case ATTRACT_FIGURE_NEW_JOBS:
        return has_period ? template_for(content, lang, "attract.new_jobs",
                                         "new jobs for {a}, {p}")
                          : template_for(content, lang, "attract.new_jobs_no_period",
                                         "new jobs projected for {a}");
    default: return "";
    }
}

bool attract_figures_text(const Content *content, Lang lang, AttractFigureRef ref,
                          AttractFigure *out)
{
    memset(out, 0, sizeof *out);
    out->source = -1;
    out->career = -1;
    if (!content || ref.career < 0 || (size_t)ref.career >= content->career_count ||
        (int)ref.kind < 0 || (int)ref.kind >= ATTRACT_FIGURE_KINDS)
        return false;
    const Career *c = &content->careers[ref.career];
    const Figure *f = figure_of(c, ref.kind);
    if (!f || !f->present)
        return false;
    char people[192];
    takeaway_people_bare(people, sizeof people, content, lang, c);
    const char *period = ltext_get(&f->period, lang);
    write_value(c, ref.kind, out->value, sizeof out->value);
    fill(out->label, sizeof out->label, label_template(content, lang, c, ref.kind, *period != '\0'),
         people, period);
    out->source = f->source;
    out->career = ref.career;
    return true;
}
