/* quiz: "Which role fits me?": one question per page, then every role
 * ranked by match (quiz_score.h) with the reasons behind the best one.
 *
 * Entered with nav_target(SCREEN_QUIZ, -1, -1, 0). Nothing a visitor
 * chooses leaves this struct, and a fresh visit clears it; only coming
 * Back from a screen the result opened (the role's card or day) keeps the
 * result on screen. Back goes back one question; Start over clears all. */
#ifndef SCREEN_QUIZ_H
#define SCREEN_QUIZ_H

#include <stdbool.h>
#include <stdint.h>

#include "content.h"
#include "quiz_score.h"
#include "tween.h"

typedef enum {
    QUIZ_BUTTON_NONE = -1,
    QUIZ_BUTTON_BACK,
    QUIZ_BUTTON_RESTART,
    QUIZ_BUTTON_EXPLORE, /* result: the best match's card */
    QUIZ_BUTTON_DAY, /* result: the best match's day */
    QUIZ_BUTTON_ANSWER0, /* answers: QUIZ_BUTTON_ANSWER0 + index */
    QUIZ_BUTTON_COUNT = QUIZ_BUTTON_ANSWER0 + QUIZ_MAX_ANSWERS
} QuizButton;

typedef struct {
    int page; /* the question shown; question_count = the result */
    int answers[QUIZ_MAX_QUESTIONS]; /* chosen answer per question, QUIZ_SCORE_NONE if none */
    int leaving; /* the page sliding out, -1 when none */
    int direction; /* +1 forward, -1 back */
    Tween change; /* 0..1: the current page sliding in */
    QuizScore score; /* the ranking, valid on the result page */
    uint64_t result_ms; /* when the result appeared: its bars grow from here */
    QuizButton pressed; /* touch feedback */
    QuizButton focus; /* key focus, QUIZ_BUTTON_NONE while touch drives */
} QuizState;

#endif
