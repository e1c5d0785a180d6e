/* Fuzzes what the screens do with any bundle the loader accepts: parses the
 * JSON, then walks an App (fake text measurer, injected clock) through home,
 * every detail section, compare pages, day, quiz and the attract loop, in
 * landscape and portrait (and again with reduced motion, where each change
 * crossfades from the frame held before it), drawing each frame into a draw
 * list and checking the damage a retained renderer would compute from it. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "content.h"
#include "damage.h"
#include "fuzz.h"
#include "screens/detail.h"
#include "utf8.h"

enum { MAX_CAREERS_WALKED = 3 };

static float fake_width(void *user, const TextStyle *style, const char *text, size_t len)
{
    (void)user;
    (void)text;
    return 0.5f * style->px * (float)len;
}

static float fake_line_height(void *user, const TextStyle *style)
{
    (void)user;
    return 1.25f * style->px;
}

/* What the renderer relies on: finite geometry, balanced clips, and text
 * lines that lie inside their string and are valid UTF-8. */
static void check_frame(const DrawList *dl)
{
    int depth = 0;
    for (size_t i = 0; i < dl->count; i++) {
        const DrawCmd *c = &dl->cmds[i];
        if (!isfinite(c->rect.x) || !isfinite(c->rect.y) || !isfinite(c->rect.w) ||
            !isfinite(c->rect.h) || !isfinite(c->radius))
            __builtin_trap();
        depth += c->kind == DRAW_CLIP_PUSH ? 1 : c->kind == DRAW_CLIP_POP ? -1 : 0;
        if (depth < 0)
            __builtin_trap();
        if (c->kind != DRAW_TEXT)
            continue;
        const char *text = drawlist_cmd_text(dl, c);
        size_t len = strlen(text);
        if (c->block.line_count < 0 || c->block.line_count > TEXT_MAX_LINES)
            __builtin_trap();
        for (int l = 0; l < c->block.line_count; l++) {
            const TextLine *line = &c->block.lines[l];
            if (line->start > len || line->len > len - line->start ||
                !utf8_valid(text + line->start, line->len, NULL))
                __builtin_trap();
        }
    }
    if (depth != 0)
        __builtin_trap();
}

/* The walk: the app, its draw list, and the damage a retained renderer
 * would compute from the frames. */
typedef struct {
    App *app;
    DrawList dl;
    Damage damage;
} Walk;

/* What the damage promises: at most DAMAGE_MAX_RECTS rects, all on the
 * screen, and none at all for the same frame again. */
static void check_damage(Walk *w)
{
    Damage *d = &w->damage;
    if (!damage_update(d, &w->dl))
        return; /* out of memory: everything was damaged */
    if (d->rect_count < 0 || d->rect_count > DAMAGE_MAX_RECTS)
        __builtin_trap();
    for (int i = 0; i < d->rect_count; i++) {
        DamageRect r = d->rects[i];
        if (r.w <= 0 || r.h <= 0 || r.x < 0 || r.y < 0 || r.x + r.w > w->dl.screen_w ||
            r.y + r.h > w->dl.screen_h)
            __builtin_trap();
    }
    if (damage_update(d, &w->dl) && d->rect_count != 0)
        __builtin_trap();
}

static void frames(Walk *w, int n)
{
    for (int i = 0; i < n; i++) {
        app_tick(w->app, w->app->now_ms + 16);
        app_draw(w->app, &w->dl);
        check_frame(&w->dl);
        check_damage(w);
    }
}

static void go(Walk *w, NavTarget t, KeyAction key, int presses)
{
    app_navigate(w->app, t);
    frames(w, 2);
    for (int i = 0; i < presses; i++) {
        app_key(w->app, key);
        frames(w, 1);
    }
    frames(w, 30); /* let transitions and bars run */
}

static void walk(Walk *w, const Content *c)
{
    int n = (int)c->career_count;
    frames(w, 3);
    for (int k = 0; k < n && k < MAX_CAREERS_WALKED; k++)
        go(w, nav_target(SCREEN_DETAIL, k, -1, 0), KEY_NEXT, DETAIL_SECTION_COUNT);
    if (n > 0) {
        go(w, nav_target(SCREEN_COMPARE, 0, n - 1, 0), KEY_NEXT, 12);
        go(w, nav_target(SCREEN_DAY, 0, -1, 0), KEY_NEXT, CONTENT_MAX_DAY_STEPS + 1);
        go(w, nav_target(SCREEN_DAY, 0, n - 1, 0), KEY_NEXT, 4);
    }
    go(w, nav_target(SCREEN_COMPARE, -1, -1, 0), KEY_ACTIVATE, 2);
    go(w, nav_target(SCREEN_QUIZ, -1, -1, 0), KEY_ACTIVATE, QUIZ_MAX_QUESTIONS + 2);
    go(w, nav_target(SCREEN_ATTRACT, -1, -1, 0), KEY_NONE, 0);
    app_home(w->app);
    frames(w, 3);
    app_key(w->app, KEY_CAREER_1 + (n > 1 ? 1 : 0));
    frames(w, 3);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ContentReport report = {0};
    Content *c = content_parse((const char *)data, size, "fuzz.json", NULL, NULL, &report);
    content_report_free(&report);
    if (!c)
        return 0;
    TextMeasurer m = {NULL, fake_width, fake_line_height};
    Walk w = {calloc(1, sizeof *w.app), {0}, {0}};
    drawlist_init(&w.dl, &m);
    damage_init(&w.damage);
    if (w.app) {
        app_init(w.app, c, &m, 1280, 800, 1000);
        walk(&w, c);
        app_resize(w.app, 1080, 1920);
        walk(&w, c);
        /* Reduced motion: every change crossfades from the held frame. */
        app_set_access(w.app, (AccessOptions){false, false, true});
        walk(&w, c);
    }
    damage_free(&w.damage);
    drawlist_free(&w.dl);
    free(w.app);
    content_free(c);
    return 0;
}
