#include "replay.h"

#include <stdio.h>
#include <stdlib.h>

/* How long a scripted tap holds the finger down: well under the tap limit. */
#define TAP_HOLD_MS 60u

static uint32_t frame_step(const Replay *rp)
{
    return rp->frame_ms ? rp->frame_ms : 16u;
}

static void step(Replay *rp, uint32_t ms)
{
    app_tick(rp->app, rp->app->now_ms + ms);
    if (rp->frame && app_needs_frame(rp->app))
        rp->frame(rp->user, rp->app);
}

void replay_advance(Replay *rp, uint32_t ms)
{
    uint32_t frame = frame_step(rp);
    while (ms > 0 && !rp->stop) {
        uint32_t d = ms < frame ? ms : frame;
        step(rp, d);
        ms -= d;
    }
}

void replay_settle(Replay *rp, uint32_t limit_ms)
{
    uint32_t t = 0, frame = frame_step(rp);
    do {
        replay_advance(rp, frame);
        t += frame;
    } while (t < limit_ms && app_animating(rp->app) && !rp->stop);
}

static void send(Replay *rp, PointerPhase phase, float fx, float fy)
{
    PointerEvent ev = {phase, 1, fx * (float)rp->app->layout.w, fy * (float)rp->app->layout.h,
                       rp->app->now_ms};
    app_pointer(rp->app, &ev);
}

static void run_swipe(Replay *rp, const ScriptCmd *cmd)
{
    size_t n = script_swipe_points(cmd, frame_step(rp), NULL, 0);
    ScriptPoint *pts = n ? malloc(n * sizeof *pts) : NULL;
    if (!pts)
        return;
    script_swipe_points(cmd, frame_step(rp), pts, n);
    uint32_t t = 0;
    for (size_t i = 0; i < n; i++) {
        replay_advance(rp, pts[i].t_ms - t);
        t = pts[i].t_ms;
        send(rp, i == 0 ? POINTER_DOWN : POINTER_MOVE, pts[i].x, pts[i].y);
    }
    send(rp, POINTER_UP, cmd->x2, cmd->y2);
    free(pts);
}

static void run_press(Replay *rp, const ScriptCmd *cmd, uint32_t hold_ms)
{
    send(rp, POINTER_DOWN, cmd->x1, cmd->y1);
    replay_advance(rp, hold_ms);
    send(rp, POINTER_UP, cmd->x1, cmd->y1);
}

static bool run_command(Replay *rp, const ScriptCmd *cmd, char *err, size_t err_len)
{
    switch (cmd->kind) {
    case SCRIPT_WAIT: replay_advance(rp, cmd->ms); break;
    case SCRIPT_TAP: run_press(rp, cmd, TAP_HOLD_MS); break;
    case SCRIPT_LONGPRESS: run_press(rp, cmd, cmd->ms); break;
    case SCRIPT_SWIPE: run_swipe(rp, cmd); break;
    case SCRIPT_KEY:
        app_key(rp->app, rp->key ? rp->key(rp->user, cmd->text) : KEY_NONE);
        break;
    case SCRIPT_SHOT: {
        char why[256] = "";
        if (rp->shot && !rp->shot(rp->user, rp->app, cmd->text, why, sizeof why)) {
            snprintf(err, err_len, "line %d: cannot write %s: %s", cmd->line, cmd->text, why);
            return false;
        }
        break;
    }
    }
    /* Let the command's effect show in the next frame, as a real loop would. */
    step(rp, 0);
    return true;
}

bool replay_run(Replay *rp, const Script *script, char *err, size_t err_len)
{
    for (size_t i = 0; i < script->count && !rp->stop; i++)
        if (!run_command(rp, &script->cmds[i], err, err_len))
            return false;
    return true;
}
