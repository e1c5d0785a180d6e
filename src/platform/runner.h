/* runner: the real-window event loop, and everything an unattended kiosk
 * adds around it: lockdown, a rotated panel, hot reload, the visitor log.
 *
 * The loop sleeps in SDL_WaitEvent until input or the app's next timer and
 * draws only when something changed. In kiosk mode keys are filtered
 * (kiosk_key_allowed), closing the window is ignored, the cursor is hidden
 * and the screen never blanks; the only way out is the admin panel's Exit. */
#ifndef RUNNER_H
#define RUNNER_H

#include <stdbool.h>

#include "platform/session.h"
#include "script.h"

typedef struct {
    int window_w, window_h;   /* 0: fullscreen on the desktop's resolution */
    bool kiosk;
    int rotate;               /* 0, 90, 180, 270 */
    const char *bundle_dir;   /* watched for hot reload */
    const char *log_dir;      /* visitor log; NULL: none */
    const Script *script;     /* replayed in the window first (demos); may be NULL */
    Lang lang;                /* --lang: the language the app starts in */
    AccessOptions access;     /* bundle and command line merged (access.h) */
    bool tour;                /* --tour: start the guided tour */
    int tour_seconds;         /* its timer: > 0 seconds, 0 by click, < 0 the bundle's */
} RunnerOptions;

/* Opens the window and runs until quit. Returns a cli.h exit code. */
int runner_run(Session *s, const RunnerOptions *o);

#endif
