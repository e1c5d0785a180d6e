/* quiz: placeholder state until the quiz screen lands (replaced wholesale). */
#ifndef SCREEN_QUIZ_H
#define SCREEN_QUIZ_H

#include <stdint.h>

typedef struct {
    uint64_t entered_ms;
} QuizState;

#endif
