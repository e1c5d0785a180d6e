/* reloader: hot reload of the bundle, failing safe.
 *
 * inotify watches the bundle folder (and its images/ folder). Once a change
 * has settled (editors and sync tools write in bursts), the bundle is loaded
 * and fully validated off the render path, in a background thread that
 * sleeps in poll() between changes. The main loop takes the result between
 * frames: a good bundle is swapped in; a broken one is reported and the last
 * good content stays on screen.
 *
 * reloader_pump() is the whole policy, synchronous and driven by an injected
 * clock, so tests run it without threads or sleeps. */
#ifndef RELOADER_H
#define RELOADER_H

#include <stdbool.h>
#include <stdint.h>

#include "content.h"

typedef struct Reloader Reloader;

enum { RELOADER_SETTLE_MS = 400 };

/* Starts watching `bundle_dir` (no thread yet). NULL, with a message on
 * stderr, when inotify is unavailable: the kiosk runs without hot reload. */
Reloader *reloader_open(const char *bundle_dir);
/* Runs the watcher in a background thread; `wake_event` is an SDL event type
 * pushed when a result is ready, so the main loop wakes from its wait. */
bool reloader_start_thread(Reloader *r, uint32_t wake_event);
void reloader_close(Reloader *r);

/* One step of the policy: reads pending file events; when the files have
 * been quiet for RELOADER_SETTLE_MS, loads the bundle. Returns the time it
 * wants to be called again (0: only when files change). */
uint64_t reloader_pump(Reloader *r, uint64_t now_ms);

/* Reloads now (the admin's "Reload content"), without waiting for a file
 * change; the result arrives through reloader_take() like any other. */
void reloader_request(Reloader *r);

/* Takes a finished load, if any: *content is the new bundle or NULL when it
 * failed; *report lists its problems. The caller owns both. */
bool reloader_take(Reloader *r, Content **content, ContentReport *report);

#endif
