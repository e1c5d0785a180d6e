#include "autoplay.h"

Autoplay autoplay_make(uint32_t interval_ms)
{
    Autoplay a = { false, interval_ms ? interval_ms : 1u, 0 };
    return a;
}

void autoplay_play(Autoplay *a, uint64_t now_ms)
{
    a->playing = true;
    a->due_ms = now_ms + a->interval_ms;
}

void autoplay_stop(Autoplay *a)
{
    a->playing = false;
    a->due_ms = 0;
}

void autoplay_toggle(Autoplay *a, uint64_t now_ms)
{
    if (a->playing)
        autoplay_stop(a);
    else
        autoplay_play(a, now_ms);
}

void autoplay_restart(Autoplay *a, uint64_t now_ms)
{
    if (a->playing)
        a->due_ms = now_ms + a->interval_ms;
}

bool autoplay_poll(Autoplay *a, uint64_t now_ms)
{
    if (!a->playing || now_ms < a->due_ms)
        return false;
    /* On time: keep the beat exactly. Late: count from now, no burst. */
    a->due_ms += a->interval_ms;
    if (a->due_ms <= now_ms)
        a->due_ms = now_ms + a->interval_ms;
    return true;
}

uint64_t autoplay_next_wakeup(const Autoplay *a)
{
    return a->playing ? a->due_ms : 0;
}
