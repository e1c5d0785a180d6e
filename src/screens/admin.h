/* admin: placeholder state until the admin screens land (replaced wholesale). */
#ifndef SCREEN_ADMIN_H
#define SCREEN_ADMIN_H

#include <stdint.h>

typedef struct {
    uint64_t entered_ms;
} AdminState;

#endif
