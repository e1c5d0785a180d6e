/* autoplay: "advance every N seconds" on an injected clock.
 *
 * A tiny timer shared by anything that plays itself: the day walkthrough
 * today, the attract loop and presenter mode later. It never reads a clock
 * and never sleeps: the owner polls it from its update with the current
 * time, and asks autoplay_next_wakeup() when to be woken, so an idle kiosk
 * sleeps until the next advance instead of drawing frames to wait.
 *
 *   Autoplay a = autoplay_make(6000);
 *   autoplay_play(&a, now);             // first advance at now + 6000
 *   if (autoplay_poll(&a, now)) next(); // in update: true once per interval
 *   autoplay_restart(&a, now);          // a manual step: wait a full interval
 *
 * A poll that comes late (the machine was busy or asleep) advances once and
 * schedules the next advance a full interval after that poll: a late wake
 * never fires a burst of steps. */
#ifndef AUTOPLAY_H
#define AUTOPLAY_H

#include <stdbool.h>
#include <stdint.h>

typedef struct {
    bool playing;
    uint32_t interval_ms; /* at least 1 */
    uint64_t due_ms; /* next advance while playing; 0 when stopped */
} Autoplay;

/* Stopped, with the given interval (0 counts as 1 ms). */
Autoplay autoplay_make(uint32_t interval_ms);
void autoplay_play(Autoplay *a, uint64_t now_ms);
void autoplay_stop(Autoplay *a);
void autoplay_toggle(Autoplay *a, uint64_t now_ms);
/* While playing, the next advance waits a full interval from now (call
 * after a manual step so the visitor gets the whole interval to read). */
void autoplay_restart(Autoplay *a, uint64_t now_ms);
/* True, once, when an advance is due at now_ms; schedules the next one. */
bool autoplay_poll(Autoplay *a, uint64_t now_ms);
/* When the owner next needs waking (the due time), or 0 when stopped. */
uint64_t autoplay_next_wakeup(const Autoplay *a);

#endif
