/* soak_sdl: `careerdeck --soak HOURS`, the headless driver around soak.c.
 *
 * Plays hours of simulated visitor input (soak.h) on the injected clock
 * against a headless Session, rendering every Nth tick and every new screen
 * with the software renderer so the text and image caches and their
 * textures are exercised. Once per simulated hour (every 10 simulated
 * minutes on runs shorter than 3 hours) it prints a row: events, screens,
 * frames drawn, RSS, textures and cache entries. After the warm-up (the
 * first quarter of the run, at least one row) memory and cache sizes must
 * stay flat. Any broken invariant or
 * growth fails the run with a message naming it. */
#ifndef SOAK_SDL_H
#define SOAK_SDL_H

#include <stdbool.h>

#include "platform/session.h"

/* Exit code of a soak that found a violation (after cli.h's 0-3). */
enum { EXIT_SOAK = 4 };

typedef struct {
    double hours;          /* simulated time */
    unsigned seed;
    bool kiosk;            /* idle reset, attract loop, lockdown */
    int w, h;              /* the headless frame */
    const char *bundle;    /* reloaded when the admin asks */
} SoakOptions;

/* Runs the soak on a loaded Session (session_load done). Returns a cli.h
 * exit code, or EXIT_SOAK. */
int soak_sdl_run(Session *s, const SoakOptions *o);

#endif
