/* attract: placeholder state until the attract screen lands (replaced wholesale). */
#ifndef SCREEN_ATTRACT_H
#define SCREEN_ATTRACT_H

#include <stdint.h>

typedef struct App App;
typedef struct DrawList DrawList;

typedef struct {
    uint64_t entered_ms;
} AttractState;

/* The "Still there?" overlay with its countdown, drawn over any screen. */
void attract_draw_still_there(App *app, DrawList *dl);

#endif
