/* app_fixture: an App on a small JSON bundle with the fake measurer, and
 * the timed input helpers the screen tests share. Time is injected: every
 * helper moves app->now_ms itself, one 16 ms frame at a time. */
#ifndef APP_FIXTURE_H
#define APP_FIXTURE_H

#include "test_support.h"

#include "app.h"

typedef struct {
    Content *content;
    TextMeasurer measurer;
    App app;
    DrawList dl;
} Fixture;

/* Parses a bundle held in memory; prints its problems when it fails. */
static inline Content *fixture_parse(const char *json, size_t len)
{
    ContentReport report = {0};
    Content *c = content_parse(json, len, "test.json", NULL, NULL, &report);
    if (!c)
        content_report_print(&report, stderr);
    content_report_free(&report);
    return c;
}

/* Parses `json`, starts an App at w x h with the clock at 1000 ms and stores
 * the Fixture in *state. Returns -1 (printing the bundle's problems) if the
 * JSON does not load. */
static inline int fixture_open(void **state, const char *json, size_t len, int w, int h)
{
    Fixture *f = calloc(1, sizeof *f);
    f->content = fixture_parse(json, len);
    if (!f->content) {
        free(f);
        return -1;
    }
    f->measurer = fake_measurer();
    app_init(&f->app, f->content, &f->measurer, w, h, 1000);
    drawlist_init(&f->dl, &f->measurer);
    *state = f;
    return 0;
}

/* Four roles with little more than names (the first has a median pay), at
 * 1920x1080: enough for the carousel and the presenter keys. */
static inline int fixture_open_four_roles(void **state)
{
    static const char json[] =
        "{\"format\":1,\"title\":\"Careers\",\"subtitle\":\"Four roles\","
        "\"sources\":[{\"id\":\"s\",\"publisher\":\"P\",\"title\":\"T\",\"cite\":\"P, 2024\",\"year\":2025}],"
        "\"careers\":["
        "{\"id\":\"a\",\"name\":\"Alpha\",\"tagline\":\"First\",\"summary\":\"Does a.\",\"color\":\"#0F766E\",\"icon\":\"a.svg\","
        " \"pay\":{\"median\":{\"value\":44200,\"source\":\"s\",\"year\":2024}}},"
        "{\"id\":\"b\",\"name\":\"Beta\",\"tagline\":\"Second\",\"summary\":\"Does b.\",\"color\":\"#3730A3\",\"icon\":\"b.svg\"},"
        "{\"id\":\"c\",\"name\":\"Gamma\",\"tagline\":\"Third\",\"summary\":\"Does c.\",\"color\":\"#6D28D9\",\"icon\":\"c.svg\"},"
        "{\"id\":\"d\",\"name\":\"Delta\",\"tagline\":\"Fourth\",\"summary\":\"Does d.\",\"color\":\"#B45309\",\"icon\":\"d.svg\"}"
        "]}";
    return fixture_open(state, json, sizeof json - 1, 1920, 1080);
}

static inline int fixture_close(void **state)
{
    Fixture *f = *state;
    drawlist_free(&f->dl);
    content_free(f->content);
    free(f);
    return 0;
}

/* Ticks frame by frame until nothing moves (at most 10 s). */
static inline void settle(App *app)
{
    int frames = 0;
    do
        app_tick(app, app->now_ms + 16);
    while (app_animating(app) && ++frames < 625);
}

/* Ticks `ms` of app time, one 16 ms frame at a time. */
static inline void fixture_advance(App *app, uint32_t ms)
{
    for (uint32_t t = 0; t < ms; t += 16)
        app_tick(app, app->now_ms + 16);
}

static inline void pointer(App *app, PointerPhase phase, float x, float y)
{
    PointerEvent ev = {phase, 7, x, y, app->now_ms};
    app_pointer(app, &ev);
}

/* A finger down at (x, y), held `hold_ms`, then lifted. */
static inline void press_release(App *app, float x, float y, uint32_t hold_ms)
{
    pointer(app, POINTER_DOWN, x, y);
    app_tick(app, app->now_ms + hold_ms);
    pointer(app, POINTER_UP, x, y);
}

/* A finger moving from (x0,y0) to (x1,y1) over `ms`, one sample a frame. */
static inline void fixture_swipe(App *app, float x0, float y0, float x1, float y1, uint32_t ms)
{
    pointer(app, POINTER_DOWN, x0, y0);
    for (uint32_t t = 16; t <= ms; t += 16) {
        app_tick(app, app->now_ms + 16);
        float k = (float)t / (float)ms;
        pointer(app, POINTER_MOVE, x0 + (x1 - x0) * k, y0 + (y1 - y0) * k);
    }
    pointer(app, POINTER_UP, x1, y1);
}

#endif
