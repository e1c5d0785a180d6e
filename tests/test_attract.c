/* The attract loop and the idle warning on an injected clock, with the fake
 * measurer: the figures computed from a bundle, the kiosk cycle (attract ->
 * session -> "Still there?" -> attract), frame pacing, and an hour of
 * attract that must not grow anything. No renderer. */
#include "test_support.h"

#include <math.h>

#include "app.h"
#include "screens/attract_figures.h"

#define SRC(id)                                                                            \
    "{\"id\":\"" id "\",\"publisher\":\"P\",\"title\":\"T\",\"cite\":\"P, 2024\",\"year\":2025}"
#define FIG(v, s) "{\"value\":" v ",\"source\":\"" s "\",\"year\":2024}"
#define FIGP(v, s, p) "{\"value\":" v ",\"source\":\"" s "\",\"year\":2024,\"period\":\"" p "\"}"
#define STEP(t, title)                                                                     \
    "{\"time\":\"" t "\",\"title\":\"" title "\",\"detail\":\"Does a concrete thing.\","     \
    "\"place\":\"Exam room\",\"skill\":\"Care\"}"
#define CAREER(id, name, rest)                                                             \
    "{\"id\":\"" id "\",\"name\":\"" name "\",\"tagline\":\"t\",\"summary\":\"s\","          \
    "\"color\":\"#0F766E\",\"icon\":\"i.svg\"" rest "}"
#define DASH "\xE2\x80\x93"

/* a: every figure; b: three, growth without a period; c: the same
 * statistics as b (counted together), so nothing of its own; d: a pay
 * range and growth. Days: a three steps, b two, c none, d one. */
static const char bundle_json[] =
    "{\"format\":1,\"title\":\"Careers\",\"subtitle\":\"Four roles\","
    "\"settings\":{\"idle_seconds\":60,\"day_autoplay_seconds\":4},"
    "\"sources\":[" SRC("s1") "," SRC("s2") "],"
    "\"careers\":["
    CAREER("a", "Medical Assistant",
           ",\"employed\":" FIG("811000", "s1") ",\"pay\":{\"median\":" FIG("44200", "s2") "},"
           "\"growth\":" FIGP("12", "s1", "2024" DASH "2034") ","
           "\"new_jobs\":" FIGP("101200", "s1", "2024" DASH "2034") ","
           "\"day\":[" STEP("07:30", "Opens up") "," STEP("08:00", "Rooms a patient") ","
           STEP("09:00", "Draws blood") "]") ","
    CAREER("b", "Medical Coder",
           ",\"employed\":" FIG("194800", "s1") ",\"pay\":{\"median\":" FIG("50250", "s2") "},"
           "\"growth\":" FIG("7", "s1") ","
           "\"day\":[" STEP("09:00", "Opens the queue") "," STEP("10:00", "Codes a chart") "]") ","
    CAREER("c", "Billing Specialist",
           ",\"employed\":" FIG("194800", "s1") ",\"pay\":{\"median\":" FIG("50250", "s2") "},"
           "\"growth\":" FIG("7", "s1")) ","
    CAREER("d", "Admin Assistant",
           ",\"pay\":{\"range_low\":" FIG("35000", "s2") ",\"range_high\":" FIG("42000", "s2") "},"
           "\"growth\":" FIGP("9", "s1", "2021" DASH "2031") ","
           "\"day\":[" STEP("08:00", "Answers the phone") "]")
    "]}";

/* Nothing to show but the cards: no figures, no days. */
static const char bare_json[] =
    "{\"format\":1,\"title\":\"Careers\",\"subtitle\":\"Sub\",\"sources\":[],"
    "\"careers\":[" CAREER("x", "Xray Tech", "") "]}";

typedef struct {
    int counts[EVENT_COUNT];
} Events;

typedef struct {
    Content *content;
    TextMeasurer measurer;
    App app;
    DrawList dl;
    Events events;
    KioskConfig config;
} Fixture;

static void record_event(void *user, EventKind kind, const char *a, const char *b)
{
    (void)a;
    (void)b;
    ((Events *)user)->counts[kind]++;
}

static Content *parse(const char *json, size_t len)
{
    ContentReport report = {0};
    Content *c = content_parse(json, len, "test.json", NULL, NULL, &report);
    if (!c)
        content_report_print(&report, stderr);
    content_report_free(&report);
    return c;
}

static int setup(void **state)
{
    Fixture *f = calloc(1, sizeof *f);
    f->content = parse(bundle_json, sizeof bundle_json - 1);
    if (!f->content) {
        free(f);
        return -1;
    }
    f->measurer = fake_measurer();
    app_init(&f->app, f->content, &f->measurer, 1920, 1080, 1000);
    f->app.on_event = record_event;
    f->app.event_user = &f->events;
    drawlist_init(&f->dl, &f->measurer);
    f->config = kiosk_default_config();
    f->config.idle_ms = 60000;
    f->config.warn_ms = 10000;
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    Fixture *f = *state;
    drawlist_free(&f->dl);
    content_free(f->content);
    free(f);
    return 0;
}

static void advance(App *app, uint32_t ms)
{
    for (uint32_t t = 0; t < ms; t += 16)
        app_tick(app, app->now_ms + 16);
}

static void pointer(App *app, PointerPhase phase, float x, float y)
{
    PointerEvent ev = {phase, 7, x, y, app->now_ms};
    app_pointer(app, &ev);
}

static void tap(App *app, float x, float y)
{
    pointer(app, POINTER_DOWN, x, y);
    app_tick(app, app->now_ms + 48);
    pointer(app, POINTER_UP, x, y);
}

static bool drawn(const DrawList *dl, const char *text)
{
    for (size_t i = 0; i < dl->count; i++)
        if (dl->cmds[i].kind == DRAW_TEXT && strcmp(drawlist_cmd_text(dl, &dl->cmds[i]), text) == 0)
            return true;
    return false;
}

static void start_kiosk(Fixture *f)
{
    app_enable_kiosk(&f->app, &f->config);
    app_tick(&f->app, f->app.now_ms);
    assert_int_equal(f->app.screen, SCREEN_ATTRACT);
}

/* ---- the figures --------------------------------------------------------- */

static void assert_figure(const Content *c, AttractFigureRef ref, const char *value,
                          const char *label)
{
    AttractFigure fig;
    assert_true(attract_figures_text(c, LANG_EN, ref, &fig));
    assert_string_equal(fig.value, value);
    assert_string_equal(fig.label, label);
    assert_int_equal(fig.career, ref.career);
    assert_true(fig.source >= 0);
}

static void test_figures_from_the_bundle(void **state)
{
    Fixture *f = *state;
    AttractFigureRef refs[ATTRACT_MAX_FIGURES];
    int n = attract_figures_list(f->content, refs, ATTRACT_MAX_FIGURES);
    /* Round-robin by career; c repeats b's statistics, so it has none. */
    static const AttractFigureRef want[] = {
        {0, ATTRACT_FIGURE_EMPLOYED}, {1, ATTRACT_FIGURE_EMPLOYED}, {3, ATTRACT_FIGURE_PAY},
        {0, ATTRACT_FIGURE_PAY},      {1, ATTRACT_FIGURE_PAY},      {3, ATTRACT_FIGURE_GROWTH},
        {0, ATTRACT_FIGURE_GROWTH},   {1, ATTRACT_FIGURE_GROWTH},   {0, ATTRACT_FIGURE_NEW_JOBS},
    };
    assert_int_equal(n, (int)(sizeof want / sizeof want[0]));
    for (int i = 0; i < n; i++) {
        assert_int_equal(refs[i].career, want[i].career);
        assert_int_equal(refs[i].kind, want[i].kind);
    }
    assert_figure(f->content, refs[0], "811,000", "medical assistants work in the US");
    assert_figure(f->content, refs[2], "$35k" DASH "$42k",
                  "estimated median pay a year for admin assistants");
    assert_figure(f->content, refs[4], "$50,250", "median pay a year for medical coders");
    assert_figure(f->content, refs[6], "+12%",
                  "projected job growth for medical assistants, 2024" DASH "2034");
    assert_figure(f->content, refs[7], "+7%", "projected job growth for medical coders");
    assert_figure(f->content, refs[8], "+101,200",
                  "new jobs for medical assistants, 2024" DASH "2034");
    /* A short list takes what fits; an absent figure has no text. */
    assert_int_equal(attract_figures_list(f->content, refs, 2), 2);
    AttractFigure fig;
    assert_false(attract_figures_text(f->content, LANG_EN,
                                      (AttractFigureRef){2, ATTRACT_FIGURE_NEW_JOBS}, &fig));
    assert_false(attract_figures_text(f->content, LANG_EN,
                                      (AttractFigureRef){9, ATTRACT_FIGURE_PAY}, &fig));
    assert_int_equal(fig.source, -1);
}

/* The wording is the bundle's: templates and people names from ui. */
static void test_figure_wording_from_ui(void **state)
{
    (void)state;
    static const char json[] =
        "{\"format\":1,\"title\":\"T\",\"sources\":[" SRC("s1") "],"
        "\"careers\":[" CAREER("a", "Medical Assistant", ",\"employed\":" FIG("1500", "s1")) "],"
        "\"ui\":{\"attract.employed\":\"{a} across the country\",\"people.a\":\"MAs\"}}";
    Content *c = parse(json, sizeof json - 1);
    assert_non_null(c);
    AttractFigureRef refs[4];
    assert_int_equal(attract_figures_list(c, refs, 4), 1);
    assert_figure(c, refs[0], "1,500", "MAs across the country");
    content_free(c);
}

/* ---- the kiosk cycle ----------------------------------------------------- */

static void test_kiosk_starts_in_attract(void **state)
{
    Fixture *f = *state;
    start_kiosk(f);
    assert_int_equal(f->events.counts[EVENT_ATTRACT], 1);
    app_draw(&f->app, &f->dl);
    assert_true(drawn(&f->dl, "Touch to explore"));
    assert_true(drawn(&f->dl, "811,000"));
    assert_true(drawn(&f->dl, "medical assistants work in the US"));
    assert_true(drawn(&f->dl, "Source: P, 2024"));
    assert_true(drawn(&f->dl, "Opens up")); /* the day in the life */
    assert_true(drawn(&f->dl, "Medical Assistant")); /* a drifting card */
    advance(&f->app, 1000);
    assert_int_equal(f->events.counts[EVENT_ATTRACT], 1); /* once per visit */
}

static void test_figures_and_scenes_rotate(void **state)
{
    Fixture *f = *state;
    start_kiosk(f);
    const AttractState *a = &f->app.attract;
    assert_int_equal(a->figure, 0);
    advance(&f->app, ATTRACT_FIGURE_MS - 100);
    assert_int_equal(a->figure, 0);
    advance(&f->app, 200);
    assert_int_equal(a->figure, 1);
    advance(&f->app, 2000); /* well after the cross-fade */
    app_draw(&f->app, &f->dl);
    assert_true(drawn(&f->dl, "194,800"));
    assert_false(drawn(&f->dl, "811,000"));
    /* Round the whole list and back to the start. */
    advance(&f->app, (uint32_t)(a->figure_count - 1) * ATTRACT_FIGURE_MS);
    assert_int_equal(a->figure, 0);
    /* Scenes: a's three steps, b's two, skip c, d's one, then a again. */
    static const int careers[] = {0, 0, 0, 1, 1, 3, 0};
    static const int steps[] = {0, 1, 2, 0, 1, 0, 0};
    app_enable_kiosk(&f->app, &f->config);
    app_tick(&f->app, f->app.now_ms);
    advance(&f->app, 2000); /* check each step mid-way through its time */
    for (int i = 0; i < 7; i++) {
        assert_int_equal(a->scene_career, careers[i]);
        assert_int_equal(a->scene_step, steps[i]);
        advance(&f->app, 4000);
    }
}

static void test_touch_starts_a_session_pressing_nothing(void **state)
{
    Fixture *f = *state;
    start_kiosk(f);
    advance(&f->app, 3000);
    /* Where home's centre card will be: the touch must not open it. */
    HomeLayout h = layout_home(&f->app.layout);
    Rect card = layout_home_card_at(&h, &f->app.layout, 0.0f);
    pointer(&f->app, POINTER_DOWN, card.x + card.w * 0.5f, card.y + card.h * 0.5f);
    app_tick(&f->app, f->app.now_ms + 16);
    assert_int_equal(f->app.screen, SCREEN_HOME);
    assert_int_equal(f->events.counts[EVENT_SESSION_START], 1);
    assert_int_equal(f->app.home.pressed, -1);
    app_tick(&f->app, f->app.now_ms + 32);
    pointer(&f->app, POINTER_UP, card.x + card.w * 0.5f, card.y + card.h * 0.5f);
    advance(&f->app, 1500);
    assert_int_equal(f->app.screen, SCREEN_HOME);
    assert_int_equal(f->app.home.open, -1);
    /* The next touch is the visitor's own and works. */
    tap(&f->app, card.x + card.w * 0.5f, card.y + card.h * 0.5f);
    advance(&f->app, 1500);
    assert_int_equal(f->app.screen, SCREEN_DETAIL);
}

static void test_idle_warns_then_returns_to_attract(void **state)
{
    Fixture *f = *state;
    start_kiosk(f);
    uint64_t last_touch = f->app.now_ms;
    tap(&f->app, 100.0f, 1000.0f); /* wakes the kiosk */
    advance(&f->app, 500);
    assert_int_equal(f->app.screen, SCREEN_HOME);
    while (f->app.now_ms < last_touch + f->config.idle_ms - 16)
        app_tick(&f->app, f->app.now_ms + 16);
    assert_false(f->app.still_there);
    advance(&f->app, 32);
    assert_true(f->app.still_there);
    app_draw(&f->app, &f->dl);
    assert_true(drawn(&f->dl, "Still there?"));
    assert_true(drawn(&f->dl, "Touch anywhere to keep exploring"));
    assert_true(drawn(&f->dl, "10"));
    advance(&f->app, 3000);
    app_draw(&f->app, &f->dl);
    assert_true(drawn(&f->dl, "7"));
    /* While it counts down it wakes once a second, not every frame. */
    uint64_t wake = app_next_wakeup(&f->app);
    assert_true(wake > f->app.now_ms && wake <= f->app.now_ms + 1000);
    assert_int_equal(wake % 1000, 0);
    /* A touch keeps the visitor where they were, and presses nothing. */
    HomeLayout h = layout_home(&f->app.layout);
    Rect card = layout_home_card_at(&h, &f->app.layout, 0.0f);
    tap(&f->app, card.x + card.w * 0.5f, card.y + card.h * 0.5f);
    advance(&f->app, 1000);
    assert_false(f->app.still_there);
    assert_int_equal(f->app.screen, SCREEN_HOME);
    assert_int_equal(f->app.home.open, -1);
    /* Walk away: warning, countdown, then the attract loop. */
    last_touch = f->app.now_ms;
    while (f->app.now_ms < last_touch + f->config.idle_ms + f->config.warn_ms + 100)
        app_tick(&f->app, f->app.now_ms + 16);
    assert_int_equal(f->app.screen, SCREEN_ATTRACT);
    assert_false(f->app.still_there);
    assert_int_equal(f->events.counts[EVENT_SESSION_END], 1);
    assert_int_equal(f->events.counts[EVENT_ATTRACT], 2);
}

/* Keys in the loop start a session too; a locked-out key does not reach it. */
static void test_keys_are_harmless(void **state)
{
    Fixture *f = *state;
    start_kiosk(f);
    app_key(&f->app, KEY_NEXT);
    app_tick(&f->app, f->app.now_ms + 16);
    assert_int_equal(f->app.screen, SCREEN_HOME);
    assert_false(f->app.quit_requested);
    /* Outside kiosk mode the screen can never trap anyone: a tap goes home. */
    f->app.kiosk_mode = false;
    app_navigate(&f->app, nav_target(SCREEN_ATTRACT, -1, -1, 0));
    app_tick(&f->app, f->app.now_ms + 16);
    assert_int_equal(f->app.screen, SCREEN_ATTRACT);
    tap(&f->app, 500.0f, 500.0f);
    app_tick(&f->app, f->app.now_ms + 16);
    assert_int_equal(f->app.screen, SCREEN_HOME);
}

/* ---- pacing and bounds --------------------------------------------------- */

/* The first text command that says `text`, or NULL. */
static const DrawCmd *find_text(const DrawList *dl, const char *text)
{
    for (size_t i = 0; i < dl->count; i++)
        if (dl->cmds[i].kind == DRAW_TEXT && strcmp(drawlist_cmd_text(dl, &dl->cmds[i]), text) == 0)
            return &dl->cmds[i];
    return NULL;
}

static void test_frames_are_paced(void **state)
{
    Fixture *f = *state;
    start_kiosk(f);
    app_draw(&f->app, &f->dl);
    /* Nothing needs every vsync: the loop sleeps until the next frame. */
    assert_false(app_animating(&f->app));
    assert_false(app_needs_frame(&f->app));
    uint64_t wake = app_next_wakeup(&f->app);
    assert_true(wake > f->app.now_ms && wake <= f->app.now_ms + ATTRACT_FRAME_MS);
    app_tick(&f->app, wake - 1);
    assert_false(app_needs_frame(&f->app));
    app_tick(&f->app, wake);
    assert_true(app_needs_frame(&f->app));
    /* One second of 16 ms ticks draws about 30 frames, not 60. */
    int frames = 0;
    for (int i = 0; i < 63; i++) {
        app_tick(&f->app, f->app.now_ms + 16);
        if (app_needs_frame(&f->app)) {
            app_draw(&f->app, &f->dl);
            frames++;
        }
    }
    assert_in_range(frames, 28, 32);
    /* Never static: over a few seconds the cards move, by whole pixels. */
    const DrawCmd *cmd = find_text(&f->dl, "Medical Coder");
    assert_non_null(cmd);
    float x0 = cmd->rect.x;
    assert_float_equal(x0, roundf(x0), 0.001f);
    advance(&f->app, 3000);
    app_draw(&f->app, &f->dl);
    cmd = find_text(&f->dl, "Medical Coder");
    assert_non_null(cmd);
    assert_true(cmd->rect.x < x0 - 40.0f && cmd->rect.x > x0 - 80.0f); /* ~20 px a second */
    /* The same moment drawn twice is the same frame. */
    size_t count = f->dl.count;
    float x1 = cmd->rect.x;
    app_draw(&f->app, &f->dl);
    assert_int_equal(f->dl.count, count);
    assert_float_equal(find_text(&f->dl, "Medical Coder")->rect.x, x1, 0.0f);
}

static void test_an_hour_stays_bounded(void **state)
{
    Fixture *f = *state;
    start_kiosk(f);
    size_t max_count = 0, max_chars = 0, cap = 0, chars_cap = 0;
    for (uint32_t t = 0; t < 3600u * 1000u; t += 16) {
        app_tick(&f->app, f->app.now_ms + 16);
        if (!app_needs_frame(&f->app))
            continue;
        app_draw(&f->app, &f->dl);
        max_count = f->dl.count > max_count ? f->dl.count : max_count;
        max_chars = f->dl.chars_len > max_chars ? f->dl.chars_len : max_chars;
        if (t == 600u * 1000u) { /* every figure and scene has been round */
            cap = f->dl.cap;
            chars_cap = f->dl.chars_cap;
        }
    }
    const AttractState *a = &f->app.attract;
    assert_int_equal(f->app.screen, SCREEN_ATTRACT);
    assert_in_range(a->figure, 0, a->figure_count - 1);
    assert_in_range(a->scene_career, 0, 3);
    assert_in_range(a->scene_step, 0, 2);
    assert_int_equal(f->dl.cap, cap);
    assert_int_equal(f->dl.chars_cap, chars_cap);
    assert_true(max_count < 400);
    assert_true(max_chars < 4096);
    assert_int_equal(f->events.counts[EVENT_ATTRACT], 1);
    /* Frames stayed on the ~30 a second grid all hour. */
    assert_int_equal(a->frame, (f->app.now_ms - a->entered_ms) / ATTRACT_FRAME_MS);
}

/* A bundle with no figures and no days still greets people. */
static void test_bare_bundle(void **state)
{
    (void)state;
    Content *c = parse(bare_json, sizeof bare_json - 1);
    assert_non_null(c);
    TextMeasurer m = fake_measurer();
    App *app = calloc(1, sizeof *app);
    DrawList dl;
    drawlist_init(&dl, &m);
    app_init(app, c, &m, 1080, 1920, 0);
    KioskConfig config = kiosk_default_config();
    app_enable_kiosk(app, &config);
    for (int i = 0; i < 2000; i++) {
        app_tick(app, app->now_ms + 16);
        if (app_needs_frame(app))
            app_draw(app, &dl);
    }
    assert_int_equal(app->screen, SCREEN_ATTRACT);
    assert_int_equal(app->attract.figure_count, 0);
    assert_int_equal(app->attract.scene_career, -1);
    assert_true(drawn(&dl, "Careers"));
    assert_true(drawn(&dl, "Touch to explore"));
    drawlist_free(&dl);
    free(app);
    content_free(c);
}

/* Every text stays whole and on screen at each product size, all through a
 * cycle of figures and scenes (the fake measurer's widths are generous). */
static void test_text_fits_everywhere(void **state)
{
    Fixture *f = *state;
    static const int sizes[][2] = {{1920, 1080}, {1280, 800}, {1024, 768}, {1080, 1920}};
    for (size_t z = 0; z < 4; z++) {
        app_resize(&f->app, sizes[z][0], sizes[z][1]);
        start_kiosk(f);
        for (int i = 0; i < 45 * 2; i++) {
            advance(&f->app, 500);
            app_draw(&f->app, &f->dl);
            for (size_t k = 0; k < f->dl.count; k++) {
                const DrawCmd *cmd = &f->dl.cmds[k];
                if (cmd->kind != DRAW_TEXT)
                    continue;
                const char *text = drawlist_cmd_text(&f->dl, cmd);
                if (cmd->block.ellipsized || cmd->block.overflow)
                    fail_msg("%dx%d: cut: '%s'", sizes[z][0], sizes[z][1], text);
                float bottom = cmd->rect.y + cmd->block.height;
                if (cmd->rect.y < -0.5f || bottom > (float)sizes[z][1] + 0.5f)
                    fail_msg("%dx%d: off screen: '%s'", sizes[z][0], sizes[z][1], text);
            }
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_figures_from_the_bundle, setup, teardown),
        cmocka_unit_test_setup_teardown(test_figure_wording_from_ui, setup, teardown),
        cmocka_unit_test_setup_teardown(test_kiosk_starts_in_attract, setup, teardown),
        cmocka_unit_test_setup_teardown(test_figures_and_scenes_rotate, setup, teardown),
        cmocka_unit_test_setup_teardown(test_touch_starts_a_session_pressing_nothing, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_idle_warns_then_returns_to_attract, setup, teardown),
        cmocka_unit_test_setup_teardown(test_keys_are_harmless, setup, teardown),
        cmocka_unit_test_setup_teardown(test_frames_are_paced, setup, teardown),
        cmocka_unit_test_setup_teardown(test_an_hour_stays_bounded, setup, teardown),
        cmocka_unit_test(test_bare_bundle),
        cmocka_unit_test_setup_teardown(test_text_fits_everywhere, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
