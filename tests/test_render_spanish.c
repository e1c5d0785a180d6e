/* Render tests in Spanish: home, a detail section, a compare page and a quiz
 * result, drawn headless with real fonts at 1920x1080 and 1080x1920 against
 * goldens (tests/golden/es-*.png). Spanish runs about 20% longer than
 * English, so these catch layouts that cut text (render_support.h fails on
 * any ellipsis, overflow or text off screen) and glyphs the font lacks
 * (the bundle's Spanish must draw without missing-glyph boxes). */
#include "render_sweep.h"

#include "screens/access_sheet.h"
#include "screens/tour_view.h"

typedef struct {
    const char *name;
    int w, h;
} Size;

static const Size sizes[] = { { "1920x1080", 1920, 1080 }, { "1080x1920", 1080, 1920 } };

/* Starts on data/ in Spanish, as `--lang es` does. */
static void start_es(Session *s, const Size *z)
{
    render_start(s, z->w, z->h);
    s->app.lang = LANG_ES;
    s->app.dirty = true;
    render_settle(&s->app);
}

static void check(Session *s, const char *what, const Size *z)
{
    char name[128];
    render_settle(&s->app);
    assert_false(app_animating(&s->app));
    session_draw(s);
    snprintf(name, sizeof name, "es-%s-%s", what, z->name);
    render_check_frame(s, name, s->app.layout.screen);
}

static void test_home(void **state)
{
    const Size *z = *state;
    Session s;
    start_es(&s, z);
    session_draw(&s);
    assert_int_equal(s.app.screen, SCREEN_HOME);
    assert_non_null(text_containing(&s.dl, "Carreras de salud, de cerca"));
    assert_non_null(text_containing(&s.dl, "English")); /* the toggle offers the way back */
    assert_non_null(text_containing(&s.dl, "Comparar puestos"));
    check(&s, "home", z);
    session_free(&s);
}

static void test_detail(void **state)
{
    const Size *z = *state;
    Session s;
    start_es(&s, z);
    render_run_script(&s, "tests/scripts/detail-what.txt");
    assert_int_equal(s.app.screen, SCREEN_DETAIL);
    render_settle(&s.app);
    session_draw(&s);
    assert_non_null(text_containing(&s.dl, "Asistente m\xC3\xA9" "dico"));
    check(&s, "detail-what", z);
    session_free(&s);
}

static void test_compare(void **state)
{
    const Size *z = *state;
    Session s;
    start_es(&s, z);
    render_run_script(&s, "tests/scripts/compare-pair.txt");
    assert_int_equal(s.app.screen, SCREEN_COMPARE);
    render_settle(&s.app);
    session_draw(&s);
    assert_non_null(text_containing(&s.dl, "Sueldo"));
    check(&s, "compare-pay", z);
    session_free(&s);
}

static void test_quiz_result(void **state)
{
    const Size *z = *state;
    Session s;
    start_es(&s, z);
    render_run_script(&s, "tests/scripts/quiz-result-medical-assistant.txt");
    assert_int_equal(s.app.screen, SCREEN_QUIZ);
    assert_true(s.app.quiz.page == (int)s.app.content->quiz.question_count);
    render_settle(&s.app);
    session_draw(&s);
    assert_non_null(text_containing(&s.dl, "Tu mejor opci\xC3\xB3n"));
    check(&s, "quiz-result", z);
    session_free(&s);
}

/* ---- the sweep: every screen in Spanish at every size, text checks only */

static const Size all_sizes[] = {
    { "1920x1080", 1920, 1080 },
    { "1280x800", 1280, 800 },
    { "1024x768", 1024, 768 },
    { "1080x1920", 1080, 1920 },
};

static void test_sweep(void **state)
{
    const Size *z = *state;
    Session s;
    start_es(&s, z);
    sweep_all(&s);
    session_free(&s);
}

/* ---- every interface string comes from the bundle ---------------------- */

/* Draws the current frame, which asks for every string it shows. */
static void draw_settled(Session *s)
{
    render_settle(&s->app);
    app_draw(&s->app, &s->dl);
}

/* Screens and overlays the sweep does not reach. */
static void visit_overlays(Session *s)
{
    App *app = &s->app;
    app_key(app, KEY_HELP);
    draw_settled(s);
    app_key(app, KEY_HELP);
    access_sheet_open(app);
    draw_settled(s);
    access_sheet_close(app);
    app_navigate(app, nav_target(SCREEN_COMPARE, -1, -1, 0)); /* the picker */
    draw_settled(s);
    app_home(app);
    tour_view_start(app, 0);
    for (int stop = 0; stop < 64 && tour_view_running(app); stop++) {
        draw_settled(s);
        app_key(app, KEY_NEXT);
    }
    assert_false(tour_view_running(app));
    app_navigate(app, nav_target(SCREEN_ADMIN, -1, -1, 0)); /* the PIN pad */
    draw_settled(s);
    app->admin.unlocked = true; /* the panel behind it */
    app->dirty = true;
    draw_settled(s);
    app_home(app);
}

/* Kiosk: the attract loop's rotating figures and the idle warning. */
static void visit_kiosk(Session *s)
{
    App *app = &s->app;
    KioskConfig cfg = {20000u, 5000u};
    app_enable_kiosk(app, &cfg);
    for (int i = 0; i < 120; i++) { /* a minute of attract loop, a frame per half second */
        app_tick(app, app->now_ms + 500);
        app_draw(app, &s->dl);
    }
    assert_int_equal(app->screen, SCREEN_ATTRACT);
    app_key(app, KEY_NEXT); /* wakes it */
    draw_settled(s);
    app_tick(app, app->now_ms + cfg.idle_ms + 1000);
    assert_true(app->still_there);
    app_draw(app, &s->dl);
}

static void test_ui_strings_in_bundle(void **state)
{
    const Size *z = *state;
    for (int lang = 0; lang < LANG_COUNT; lang++) {
        Session s;
        UiMisses misses = {0};
        render_start(&s, z->w, z->h);
        s.app.lang = (Lang)lang;
        s.app.ui_misses = &misses;
        s.app.dirty = true;
        render_settle(&s.app);
        sweep_all(&s);
        visit_overlays(&s);
        visit_kiosk(&s);
        for (int i = 0; i < misses.count && i < UI_MISS_NAMES; i++)
            print_error("%s %s: ui.%s is not in the bundle\n", lang == LANG_ES ? "es" : "en",
                        z->name, misses.names[i]);
        assert_int_equal(misses.count, 0);
        session_free(&s);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_prestate(test_home, (void *)&sizes[0]),
        cmocka_unit_test_prestate(test_home, (void *)&sizes[1]),
        cmocka_unit_test_prestate(test_detail, (void *)&sizes[0]),
        cmocka_unit_test_prestate(test_detail, (void *)&sizes[1]),
        cmocka_unit_test_prestate(test_compare, (void *)&sizes[0]),
        cmocka_unit_test_prestate(test_compare, (void *)&sizes[1]),
        cmocka_unit_test_prestate(test_quiz_result, (void *)&sizes[0]),
        cmocka_unit_test_prestate(test_quiz_result, (void *)&sizes[1]),
        cmocka_unit_test_prestate(test_sweep, (void *)&all_sizes[0]),
        cmocka_unit_test_prestate(test_sweep, (void *)&all_sizes[1]),
        cmocka_unit_test_prestate(test_sweep, (void *)&all_sizes[2]),
        cmocka_unit_test_prestate(test_sweep, (void *)&all_sizes[3]),
        cmocka_unit_test_prestate(test_ui_strings_in_bundle, (void *)&all_sizes[0]),
        cmocka_unit_test_prestate(test_ui_strings_in_bundle, (void *)&all_sizes[2]),
        cmocka_unit_test_prestate(test_ui_strings_in_bundle, (void *)&all_sizes[3]),
    };
    return cmocka_run_group_tests(tests, render_global_setup, render_global_teardown);
}
