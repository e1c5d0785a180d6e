/* detail: placeholder state until the detail screen lands (replaced wholesale). */
#ifndef SCREEN_DETAIL_H
#define SCREEN_DETAIL_H

#include <stdint.h>

typedef struct {
    uint64_t entered_ms;
} DetailState;

#endif
