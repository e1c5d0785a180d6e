/* compare: placeholder state until the compare screen lands (replaced wholesale). */
#ifndef SCREEN_COMPARE_H
#define SCREEN_COMPARE_H

#include <stdint.h>

typedef struct {
    uint64_t entered_ms;
} CompareState;

#endif
