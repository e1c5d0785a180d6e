/* Fuzzes what the screens do with any bundle the loader accepts: parses the
 * JSON, then walks an App (fake text measurer, injected clock) through home,
 * every detail section, compare pages, day, quiz and the attract loop, in
 * landscape and portrait, drawing each frame into a draw list. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "content.h"
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

static void frames(App *app, DrawList *dl, int n)
{
    for (int i = 0; i < n; i++) {
        app_tick(app, app->now_ms + 16);
        app_draw(app, dl);
        check_frame(dl);
    }
}

static void go(App *app, DrawList *dl, NavTarget t, KeyAction key, int presses)
{
    app_navigate(app, t);
    frames(app, dl, 2);
    for (int i = 0; i < presses; i++) {
        app_key(app, key);
        frames(app, dl, 1);
    }
    frames(app, dl, 30); /* let transitions and bars run */
}

static void walk(App *app, DrawList *dl, const Content *c)
{
    int n = (int)c->career_count;
    frames(app, dl, 3);
    for (int k = 0; k < n && k < MAX_CAREERS_WALKED; k++)
        go(app, dl, nav_target(SCREEN_DETAIL, k, -1, 0), KEY_NEXT, DETAIL_SECTION_COUNT);
    if (n > 0) {
        go(app, dl, nav_target(SCREEN_COMPARE, 0, n - 1, 0), KEY_NEXT, 12);
        go(app, dl, nav_target(SCREEN_DAY, 0, -1, 0), KEY_NEXT, CONTENT_MAX_DAY_STEPS + 1);
        go(app, dl, nav_target(SCREEN_DAY, 0, n - 1, 0), KEY_NEXT, 4);
    }
    go(app, dl, nav_target(SCREEN_COMPARE, -1, -1, 0), KEY_ACTIVATE, 2);
    go(app, dl, nav_target(SCREEN_QUIZ, -1, -1, 0), KEY_ACTIVATE, QUIZ_MAX_QUESTIONS + 2);
    go(app, dl, nav_target(SCREEN_ATTRACT, -1, -1, 0), KEY_NONE, 0);
    app_home(app);
    frames(app, dl, 3);
    app_key(app, KEY_CAREER_1 + (n > 1 ? 1 : 0));
    frames(app, dl, 3);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ContentReport report = {0};
    Content *c = content_parse((const char *)data, size, "fuzz.json", NULL, NULL, &report);
    content_report_free(&report);
    if (!c)
        return 0;
    TextMeasurer m = {NULL, fake_width, fake_line_height};
    App *app = calloc(1, sizeof *app);
    DrawList dl;
    drawlist_init(&dl, &m);
    if (app) {
        app_init(app, c, &m, 1280, 800, 1000);
        walk(app, &dl, c);
        app_resize(app, 1080, 1920);
        walk(app, &dl, c);
    }
    drawlist_free(&dl);
    free(app);
    content_free(c);
    return 0;
}
