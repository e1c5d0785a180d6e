/* replay: drives an App from a parsed Script on an injected clock.
 *
 * Time moves only through the script, in frame-sized steps, so the same
 * script gives the same frames on every run. The caller supplies how a frame
 * is shown and how a shot is written: headless runs render only when asked
 * for a shot, windowed demos present every frame and pace it in real time. */
#ifndef REPLAY_H
#define REPLAY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "app.h"
#include "script.h"

typedef struct {
    App *app;
    uint32_t frame_ms;      /* clock step between frames; 16 if 0 */
    void *user;
    /* Called after each step in which the app changed; may be NULL. */
    void (*frame)(void *user, App *app);
    /* Writes the current frame to `path`; returns false on failure. */
    bool (*shot)(void *user, App *app, const char *path, char *err, size_t err_len);
    /* Maps an SDL key name to an action (KEY_NONE if unmapped). */
    KeyAction (*key)(void *user, const char *name);
    /* Set by the frame callback to stop early (window closed). */
    bool stop;
} Replay;

/* Runs every command. Returns false with a message naming the script line
 * when a shot cannot be written. */
bool replay_run(Replay *rp, const Script *script, char *err, size_t err_len);

/* Advances the clock by `ms`, one frame at a time. */
void replay_advance(Replay *rp, uint32_t ms);

/* Runs the clock until nothing moves, at most `limit_ms`; always at least
 * one frame, since a freshly started app has not yet ticked into its
 * entrance. */
void replay_settle(Replay *rp, uint32_t limit_ms);

#endif
