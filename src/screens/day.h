/* day: placeholder state until the day screen lands (replaced wholesale). */
#ifndef SCREEN_DAY_H
#define SCREEN_DAY_H

#include <stdint.h>

typedef struct {
    uint64_t entered_ms;
} DayState;

#endif
