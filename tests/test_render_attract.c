/* Render tests for the kiosk's attract loop and the "Still there?" overlay,
 * drawn headless with real fonts and the bundled content (render_support.h).
 *
 * The loop never settles, so each case advances the injected clock by a
 * fixed time in 16 ms frames and draws that moment. */
#include "render_support.h"

typedef struct {
    const char *name;
    int w, h;
    uint32_t at_ms;   /* time since the loop started */
} Case;

/* 2.6 s: the first figure and the first day step, settled. 13.4 s: the
 * third figure (the longest label in the bundle: an estimated pay range)
 * and the third step. */
static const Case attract_cases[] = {
    {"attract-1920x1080", 1920, 1080, 2600},
    {"attract-later-1920x1080", 1920, 1080, 13400},
    {"attract-1080x1920", 1080, 1920, 2600},
    {"attract-later-1080x1920", 1080, 1920, 13400},
    {"attract-1280x800", 1280, 800, 13400},
    {"attract-1024x768", 1024, 768, 13400},
};

static const Case still_there_cases[] = {
    {"still-there-1920x1080", 1920, 1080, 3500},
    {"still-there-1080x1920", 1080, 1920, 3500},
};

static void advance(App *app, uint32_t ms)
{
    for (uint32_t t = 0; t < ms; t += 16)
        app_tick(app, app->now_ms + 16);
}

static void start_attract(Session *s, int w, int h)
{
    render_start(s, w, h);
    KioskConfig config = kiosk_default_config();
    app_enable_kiosk(&s->app, &config);
    app_tick(&s->app, s->app.now_ms);
    assert_int_equal(s->app.screen, SCREEN_ATTRACT);
}

/* Where a text block sits on screen. */
static Rect text_used(const DrawCmd *cmd)
{
    Rect used = rect_make(cmd->rect.x, cmd->rect.y, cmd->block.width, cmd->block.height);
    if (cmd->align == ALIGN_CENTER)
        used.x += (cmd->rect.w - cmd->block.width) * 0.5f;
    else if (cmd->align == ALIGN_RIGHT)
        used.x += cmd->rect.w - cmd->block.width;
    return used;
}

/* The drifting cards are drawn inside a clip (their window) and cross its
 * edges by design; everything else must be whole and on screen, the
 * figure's text in the figure's box (or in the top margin while a new one
 * drops in), the scene's in the scene card and the prompt in its row. */
static void assert_attract_text(const Session *s, const char *name)
{
    AttractLayout L = attract_layout(&s->app.layout);
    float drop = roundf(24.0f * s->app.layout.s);
    Rect figure = rect_make(L.figure.x, L.figure.y - drop, L.figure.w, L.figure.h + drop);
    int clip = 0;
    for (size_t i = 0; i < s->dl.count; i++) {
        const DrawCmd *cmd = &s->dl.cmds[i];
        clip += cmd->kind == DRAW_CLIP_PUSH ? 1 : cmd->kind == DRAW_CLIP_POP ? -1 : 0;
        if (cmd->kind != DRAW_TEXT)
            continue;
        const char *text = drawlist_cmd_text(&s->dl, cmd);
        Rect used = text_used(cmd);
        float cx = used.x + used.w * 0.5f, cy = used.y + used.h * 0.5f;
        if (clip > 0) { /* a drifting card: only the sides may be cut */
            float bottom = used.y + used.h;
            if (used.y < L.cards.y - 0.5f || bottom > L.cards.y + L.cards.h + 0.5f)
                fail_msg("%s: card text leaves its row: '%s'", name, text);
            continue;
        }
        if (!rect_inside(used, s->app.layout.screen, 0.5f))
            fail_msg("%s: text off screen: '%s'", name, text);
        if (rect_contains(L.figure, cx, cy) && !rect_inside(used, figure, 0.5f))
            fail_msg("%s: text leaves the figure: '%s'", name, text);
        if (rect_contains(L.scene, cx, cy) && !rect_inside(used, L.scene, 0.5f))
            fail_msg("%s: text leaves the scene card: '%s'", name, text);
        if (rect_contains(L.prompt_row, cx, cy) && !rect_inside(used, L.prompt_row, 0.5f))
            fail_msg("%s: text leaves the prompt: '%s'", name, text);
    }
}

static void test_attract(void **state)
{
    const Case *c = *state;
    Session s;
    start_attract(&s, c->w, c->h);
    advance(&s.app, c->at_ms);
    session_draw(&s);
    assert_attract_text(&s, c->name);
    /* Cut cards sit in their clip; assert_attract_text checks the rest. */
    render_check_frame(&s, c->name, attract_layout(&s.app.layout).prompt_row);
    session_free(&s);
}

/* A visitor walked away from home: the warning, 3.5 s into its count. */
static void test_still_there(void **state)
{
    const Case *c = *state;
    Session s;
    start_attract(&s, c->w, c->h);
    uint64_t touched = s.app.now_ms;
    PointerEvent down = {POINTER_DOWN, 1, 10.0f, (float)c->h - 10.0f, s.app.now_ms};
    app_pointer(&s.app, &down);
    advance(&s.app, 48);
    PointerEvent up = {POINTER_UP, 1, 10.0f, (float)c->h - 10.0f, s.app.now_ms};
    app_pointer(&s.app, &up);
    render_settle(&s.app);
    assert_int_equal(s.app.screen, SCREEN_HOME);
    while (s.app.now_ms < touched + s.app.kiosk.config.idle_ms + c->at_ms)
        app_tick(&s.app, s.app.now_ms + 16);
    assert_true(s.app.still_there);
    session_draw(&s);
    Rect card = attract_still_there_card(&s.app);
    assert_true(rect_inside(card, s.app.layout.safe, 0.5f));
    render_check_frame(&s, c->name, s.app.layout.screen);
    session_free(&s);
}

/* Every figure and every day step of the bundle, at every product size:
 * no text cut or off screen (draw lists only, checked once a second). */
static void test_sweep(void **state)
{
    const Case *c = *state;
    Session s;
    start_attract(&s, c->w, c->h);
    const AttractState *a = &s.app.attract;
    int steps = 0;
    for (size_t i = 0; i < s.app.content->career_count; i++)
        steps += (int)s.app.content->careers[i].day_count;
    uint32_t scene_ms = (uint32_t)s.app.content->day_autoplay_seconds * 1000u;
    uint32_t total = (uint32_t)steps * scene_ms;
    uint32_t figures = (uint32_t)a->figure_count * ATTRACT_FIGURE_MS;
    total = total > figures ? total : figures;
    for (uint32_t t = 0; t < total + 2000u; t += 1000u) {
        advance(&s.app, 1000);
        app_draw(&s.app, &s.dl);
        char name[64];
        snprintf(name, sizeof name, "%dx%d at %us", c->w, c->h, (unsigned)(t / 1000u));
        assert_attract_text(&s, name);
        render_assert_text(&s, name, attract_layout(&s.app.layout).prompt_row);
    }
    session_free(&s);
}

static const Case sweep_cases[] = {
    {"sweep-1920x1080", 1920, 1080, 0},
    {"sweep-1280x800", 1280, 800, 0},
    {"sweep-1024x768", 1024, 768, 0},
    {"sweep-1080x1920", 1080, 1920, 0},
};

int main(void)
{
    enum {
        A = sizeof attract_cases / sizeof attract_cases[0],
        S = sizeof still_there_cases / sizeof still_there_cases[0],
        W = sizeof sweep_cases / sizeof sweep_cases[0],
    };
    struct CMUnitTest tests[A + S + W];
    size_t n = 0;
    for (size_t i = 0; i < A; i++)
        tests[n++] = (struct CMUnitTest){attract_cases[i].name, test_attract, NULL, NULL,
                                         (void *)&attract_cases[i]};
    for (size_t i = 0; i < S; i++)
        tests[n++] = (struct CMUnitTest){still_there_cases[i].name, test_still_there, NULL, NULL,
                                         (void *)&still_there_cases[i]};
    for (size_t i = 0; i < W; i++)
        tests[n++] = (struct CMUnitTest){sweep_cases[i].name, test_sweep, NULL, NULL,
                                         (void *)&sweep_cases[i]};
    return _cmocka_run_group_tests("render-attract", tests, n, render_global_setup,
                                   render_global_teardown);
}
