/* quiz_result: the result page of the quiz: the best match's card with
 * the reasons behind it, every role ranked with a labelled match bar, and
 * the buttons that open the best match's card or its day.
 *
 * Part of the quiz screen (screens/quiz.c owns the state and the input);
 * it draws from app->quiz.score, computed once by quiz_score_rank(). */
#ifndef QUIZ_RESULT_H
#define QUIZ_RESULT_H

#include <stdint.h>

#include "app.h"

/* The career ranked first (0 when the bundle has none to rank). */
int quiz_result_top_career(const App *app);
/* Where "Explore this role" (QUIZ_BUTTON_EXPLORE) or "See a day"
 * (QUIZ_BUTTON_DAY) sits on the result page. */
Rect quiz_result_button(const App *app, const QuizLayout *L, QuizButton b);
/* The page, shifted `dx` px while it slides. */
void quiz_result_draw(App *app, DrawList *dl, const QuizLayout *L, float dx);
/* When the ranking's bars have all finished growing. */
uint64_t quiz_result_settled_ms(const App *app);

#endif
