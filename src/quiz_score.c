#include "quiz_score.h"

#include <math.h>
#include <string.h>

/* Matches closer than this are equal: weights are small numbers, and a
 * rounding crumb must not reorder two careers the author weighed alike. */
#define MATCH_EPSILON 1e-9

static size_t career_count(const Content *c)
{
    return c->career_count < CONTENT_MAX_CAREERS ? c->career_count : CONTENT_MAX_CAREERS;
}

static double weight_of(const QuizAnswer *a, size_t career)
{
    return a->weights ? a->weights[career] : 0.0;
}

const QuizAnswer *quiz_score_chosen(const Content *content, const int *answers, size_t answer_count,
                                    size_t q)
{
    if (!content || !answers || q >= answer_count || q >= content->quiz.question_count)
        return NULL;
    const QuizQuestion *question = &content->quiz.questions[q];
    int a = answers[q];
    if (a < 0 || (size_t)a >= question->answer_count)
        return NULL;
    return &question->answers[a];
}

bool quiz_score_is_neutral(const Content *content, const QuizAnswer *a)
{
    size_t n = career_count(content);
    for (size_t i = 1; i < n; i++)
        if (weight_of(a, i) != weight_of(a, 0))
            return false;
    return true;
}

static double best_weight(const QuizQuestion *q, size_t career)
{
    double best = 0.0;
    for (size_t k = 0; k < q->answer_count; k++)
        best = fmax(best, weight_of(&q->answers[k], career));
    return best;
}

static void add_question(const QuizQuestion *q, const QuizAnswer *chosen, QuizScore *out)
{
    for (size_t i = 0; i < out->count; i++) {
        size_t career = (size_t)out->ranks[i].career;
        out->ranks[i].score += weight_of(chosen, career);
        out->ranks[i].best += best_weight(q, career);
    }
}

static void finish_matches(QuizScore *out)
{
    for (size_t i = 0; i < out->count; i++) {
        QuizRank *r = &out->ranks[i];
        r->match = r->best > 0.0 ? r->score / r->best : 0.0;
        r->match = fmin(fmax(r->match, 0.0), 1.0);
        r->percent = (int)lround(r->match * 100.0);
        if (r->best > 0.0)
            out->informative = true;
    }
}

/* Insertion sort: stable, so equal matches keep bundle order. */
static void sort_ranks(QuizScore *out)
{
    for (size_t i = 1; i < out->count; i++) {
        QuizRank r = out->ranks[i];
        size_t j = i;
        while (j > 0 && r.match > out->ranks[j - 1].match + MATCH_EPSILON) {
            out->ranks[j] = out->ranks[j - 1];
            j--;
        }
        out->ranks[j] = r;
    }
}

/* Inserts question q into the reasons, kept by weight, highest first; a
 * later question with the same weight goes after the earlier ones, and
 * whatever falls off the end is dropped. */
static void offer_reason(QuizScore *out, double *weights, int q, double w)
{
    size_t at = out->reason_count;
    while (at > 0 && w > weights[at - 1])
        at--;
    if (at >= QUIZ_SCORE_MAX_REASONS)
        return;
    if (out->reason_count < QUIZ_SCORE_MAX_REASONS)
        out->reason_count++;
    for (size_t i = out->reason_count - 1; i > at; i--) {
        out->reasons[i] = out->reasons[i - 1];
        weights[i] = weights[i - 1];
    }
    out->reasons[at] = q;
    weights[at] = w;
}

static void pick_reasons(const Content *content, const int *answers, size_t answer_count,
                         QuizScore *out)
{
    double weights[QUIZ_SCORE_MAX_REASONS] = { 0 };
    if (!out->informative || out->count == 0)
        return;
    size_t top = (size_t)out->ranks[0].career;
    for (size_t q = 0; q < content->quiz.question_count; q++) {
        const QuizAnswer *a = quiz_score_chosen(content, answers, answer_count, q);
        if (!a || quiz_score_is_neutral(content, a) || !ltext_present(&a->reason))
            continue;
        double w = weight_of(a, top);
        if (w > 0.0)
            offer_reason(out, weights, (int)q, w);
    }
}

void quiz_score_rank(const Content *content, const int *answers, size_t answer_count,
                     QuizScore *out)
{
    memset(out, 0, sizeof *out);
    if (!content)
        return;
    out->count = career_count(content);
    for (size_t i = 0; i < out->count; i++)
        out->ranks[i].career = (int)i;
    for (size_t q = 0; q < content->quiz.question_count; q++) {
        const QuizAnswer *a = quiz_score_chosen(content, answers, answer_count, q);
        if (a && !quiz_score_is_neutral(content, a))
            add_question(&content->quiz.questions[q], a, out);
    }
    finish_matches(out);
    sort_ranks(out);
    pick_reasons(content, answers, answer_count, out);
}
