/* quiz_score: ranks every career for a visitor's quiz answers.
 *
 * Pure: reads the bundle's quiz (content.h) and a list of chosen answers,
 * writes a ranking. No state, no clock, nothing stored.
 *
 * The rule. For each career c and each question q the visitor answered:
 *   score(c) += weight of the chosen answer for c
 *   best(c)  += the largest weight any answer of q gives c
 * match(c) = score(c) / best(c): how close the visitor's answers came to
 * the best possible answers for that career. 100% means every answer that
 * said something was the best one for c; 0% that none of them favoured c.
 * The percentage shown is match rounded to a whole number, 0..100.
 *
 * Skipped entirely (they touch neither score nor best): unanswered
 * questions (QUIZ_SCORE_NONE, or past `answer_count`), out-of-range
 * answers, and neutral answers, whose weight is the same for every career
 * ("It matters, but the work matters more"). So "no preference" never
 * drags a match down. A weight the bundle leaves out counts as 0. A career
 * with best(c) == 0 (no answered question says anything about it) has
 * match 0; when that holds for every career the result is not
 * `informative` and screens say so rather than show a row of 0%.
 *
 * Ranking: match, highest first; equal matches keep bundle order.
 * Reasons: the chosen answers that gave the top career a weight above 0
 * and carry a reason text, highest weight first, equal weights in
 * question order; at most QUIZ_SCORE_MAX_REASONS. */
#ifndef QUIZ_SCORE_H
#define QUIZ_SCORE_H

#include <stdbool.h>
#include <stddef.h>

#include "content.h"

#define QUIZ_SCORE_NONE (-1)
#define QUIZ_SCORE_MAX_REASONS 3

typedef struct {
    int career; /* index into Content.careers */
    double score; /* sum of chosen weights */
    double best; /* sum of the best weights on the same questions */
    double match; /* score / best, 0..1; 0 when best is 0 */
    int percent; /* match as a whole percentage, 0..100 */
} QuizRank;

typedef struct {
    QuizRank ranks[CONTENT_MAX_CAREERS]; /* every career, best match first */
    size_t count;
    /* Question indices whose chosen answer supplies a reason for ranks[0]. */
    int reasons[QUIZ_SCORE_MAX_REASONS];
    size_t reason_count;
    bool informative; /* some answered question favoured some career */
} QuizScore;

/* Ranks every career of `content` for answers[q] = chosen answer index of
 * question q (QUIZ_SCORE_NONE when unanswered). `answers` may be shorter
 * or longer than the quiz; extra entries are ignored. */
void quiz_score_rank(const Content *content, const int *answers, size_t answer_count,
                     QuizScore *out);

/* The answer chosen for question q, or NULL when none (or out of range). */
const QuizAnswer *quiz_score_chosen(const Content *content, const int *answers, size_t answer_count,
                                    size_t q);

/* True when `a` weighs every career the same (or there are no careers). */
bool quiz_score_is_neutral(const Content *content, const QuizAnswer *a);

#endif
