/* attract_figures: the big figures the attract loop shows in turn, computed
 * from the bundle ("811,000" / "medical assistants work in the US").
 *
 * Pure: a Content in, a list out; no App, no drawing. Every figure comes
 * from a present bundle figure with its source, so a bundle that leaves one
 * out simply has fewer figures (never "not reported" on an attract screen).
 *
 * Which figures: per career the people employed, the median pay (or the
 * estimated median range when there is no median), the projected growth and
 * the new jobs over the projection period. A figure another career already
 * shows (same kind, value and source: BLS counts medical coders and billing
 * and coding specialists together) is listed once, under the first career.
 *
 * Order: round-robin over the careers, each career's next figure in turn,
 * so consecutive figures name different careers.
 *
 * Wording: ui templates with built-in English, placeholders as in
 * takeaway.h: {a} is the career's people as takeaway_people() names them,
 * {p} the figure's projection period ("2024–2034"):
 *   attract.employed           "{a} work in the US"
 *   attract.pay                "median pay a year for {a}"
 *   attract.pay_range          "estimated median pay a year for {a}"
 *   attract.growth             "projected job growth for {a}, {p}"
 *   attract.growth_no_period   "projected job growth for {a}"
 *   attract.new_jobs           "new jobs for {a}, {p}"
 *   attract.new_jobs_no_period "new jobs projected for {a}"
 */
#ifndef ATTRACT_FIGURES_H
#define ATTRACT_FIGURES_H

#include <stdbool.h>
#include <stddef.h>

#include "content.h"

typedef enum {
    ATTRACT_FIGURE_EMPLOYED = 0,
    ATTRACT_FIGURE_PAY,
    ATTRACT_FIGURE_GROWTH,
    ATTRACT_FIGURE_NEW_JOBS,
    ATTRACT_FIGURE_KINDS
} AttractFigureKind;

enum { ATTRACT_MAX_FIGURES = CONTENT_MAX_CAREERS * ATTRACT_FIGURE_KINDS };

/* One figure by reference: small enough to keep a whole list in App. */
typedef struct {
    int career;             /* index into Content.careers */
    AttractFigureKind kind;
} AttractFigureRef;

/* One figure as shown. */
typedef struct {
    char value[48];         /* "811,000", "$50,250", "+12%", "$35k–$42k" */
    char label[256];        /* "medical assistants work in the US" */
    int source;             /* index into Content.sources, -1 if none */
    int career;
} AttractFigure;

/* Lists the figures in the order they are shown, at most `max`; returns
 * how many (0 when the bundle has none). */
int attract_figures_list(const Content *content, AttractFigureRef *out, int max);
/* The words and numbers of `ref` in `lang`; false (and *out emptied) when
 * the ref names no present figure. */
bool attract_figures_text(const Content *content, Lang lang, AttractFigureRef ref,
                          AttractFigure *out);

#endif
