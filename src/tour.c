#include "tour.h"

#include <string.h>

static const LText NO_TEXT; /* for stops without a title or line */

static bool career_ok(const Content *c, int career)
{
    return career >= 0 && (size_t)career < c->career_count;
}

/* A step the running app can show; the loader already dropped bad steps,
 * this guards a Content built by other means. */
static bool step_ok(const Content *c, const TourStep *st)
{
    switch (st->show) {
    case TOUR_SHOW_INTRO: return ltext_present(&st->title);
    case TOUR_SHOW_CARD:
    case TOUR_SHOW_DAY: return career_ok(c, st->career);
    case TOUR_SHOW_COMPARE:
        return career_ok(c, st->career) && career_ok(c, st->other) && st->career != st->other &&
               st->dimension >= 0 && st->dimension < CONTENT_COMPARE_DIMENSIONS;
    }
    return false;
}

static void add(Tour *t, TourShow show, const LText *title, const LText *line, int career,
                int other, int dimension)
{
    if (t->count >= TOUR_MAX_STOPS)
        return;
    TourStop *s = &t->stops[t->count++];
    s->show = show;
    s->title = title ? title : &NO_TEXT;
    s->line = line ? line : &NO_TEXT;
    s->career = career;
    s->other = other;
    s->dimension = dimension;
}

static void add_builtin(Tour *t, const Content *c)
{
    int n = (int)c->career_count;
    add(t, TOUR_SHOW_INTRO, &c->title, &c->subtitle, -1, -1, 0);
    for (int i = 0; i < n; i++)
        add(t, TOUR_SHOW_CARD, NULL, NULL, i, -1, 0);
    if (n >= 2)
        add(t, TOUR_SHOW_COMPARE, NULL, NULL, 0, 1, 0);
    for (int i = 0; i < n; i++)
        if (c->careers[i].day_count > 0) {
            add(t, TOUR_SHOW_DAY, NULL, NULL, i, -1, 0);
            break;
        }
}

void tour_init(Tour *t, const Content *content)
{
    memset(t, 0, sizeof *t);
    t->timer = autoplay_make(1000);
    if (!content)
        return;
    const TourPlan *plan = &content->tour;
    for (size_t i = 0; i < plan->step_count; i++) {
        const TourStep *st = &plan->steps[i];
        if (step_ok(content, st))
            add(t, st->show, &st->title, &st->line, st->career,
                st->show == TOUR_SHOW_COMPARE ? st->other : -1, st->dimension);
    }
    t->builtin = t->count == 0;
    if (t->builtin)
        add_builtin(t, content);
}

bool tour_start(Tour *t, uint32_t seconds, uint64_t now_ms)
{
    tour_stop(t);
    if (t->count == 0)
        return false;
    t->running = true;
    t->index = 0;
    if (seconds > 0) {
        t->timer = autoplay_make(seconds * 1000u);
        autoplay_play(&t->timer, now_ms);
    }
    return true;
}

void tour_stop(Tour *t)
{
    t->running = false;
    t->index = 0;
    autoplay_stop(&t->timer);
}

bool tour_running(const Tour *t)
{
    return t->running;
}

const TourStop *tour_current(const Tour *t)
{
    return t->running ? &t->stops[t->index] : NULL;
}

int tour_position(const Tour *t)
{
    return t->running ? t->index + 1 : 0;
}

int tour_count(const Tour *t)
{
    return t->count;
}

TourMove tour_next(Tour *t, uint64_t now_ms)
{
    if (!t->running)
        return TOUR_PASS;
    if (t->index + 1 >= t->count) {
        tour_stop(t);
        return TOUR_END;
    }
    t->index++;
    autoplay_restart(&t->timer, now_ms);
    return TOUR_SHOW;
}

TourMove tour_prev(Tour *t, uint64_t now_ms)
{
    if (!t->running)
        return TOUR_PASS;
    autoplay_restart(&t->timer, now_ms);
    if (t->index == 0)
        return TOUR_STAY;
    t->index--;
    return TOUR_SHOW;
}

TourMove tour_key(Tour *t, KeyAction action, uint64_t now_ms)
{
    if (!t->running)
        return TOUR_PASS;
    switch (action) {
    case KEY_NEXT: return tour_next(t, now_ms);
    case KEY_PREV: return tour_prev(t, now_ms);
    case KEY_ACTIVATE:
        return t->stops[t->index].show == TOUR_SHOW_INTRO ? tour_next(t, now_ms) : TOUR_PASS;
    case KEY_BACK:
        tour_stop(t);
        return TOUR_LEAVE;
    case KEY_HOME:
        tour_stop(t);
        return TOUR_END;
    default: return TOUR_PASS;
    }
}

TourMove tour_poll(Tour *t, uint64_t now_ms)
{
    if (!t->running || !autoplay_poll(&t->timer, now_ms))
        return TOUR_PASS;
    return tour_next(t, now_ms);
}

void tour_touched(Tour *t, uint64_t now_ms)
{
    if (t->running)
        autoplay_restart(&t->timer, now_ms);
}

uint64_t tour_next_wakeup(const Tour *t)
{
    return t->running ? autoplay_next_wakeup(&t->timer) : 0;
}
