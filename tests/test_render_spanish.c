/* Render tests in Spanish: home, a detail section, a compare page and a quiz
 * result, drawn headless with real fonts at 1920x1080 and 1080x1920 against
 * goldens (tests/golden/es-*.png). Spanish runs about 20% longer than
 * English, so these catch layouts that cut text (render_support.h fails on
 * any ellipsis, overflow or text off screen) and glyphs the font lacks
 * (the bundle's Spanish must draw without missing-glyph boxes). */
#include "render_sweep.h"

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

static bool frame_says(const Session *s, const char *needle)
{
    for (size_t i = 0; i < s->dl.count; i++) {
        const DrawCmd *cmd = &s->dl.cmds[i];
        if (cmd->kind == DRAW_TEXT && strstr(drawlist_cmd_text(&s->dl, cmd), needle))
            return true;
    }
    return false;
}

static void test_home(void **state)
{
    const Size *z = *state;
    Session s;
    start_es(&s, z);
    session_draw(&s);
    assert_int_equal(s.app.screen, SCREEN_HOME);
    assert_true(frame_says(&s, "Carreras de salud, de cerca"));
    assert_true(frame_says(&s, "English")); /* the toggle offers the way back */
    assert_true(frame_says(&s, "Comparar puestos"));
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
    assert_true(frame_says(&s, "Asistente m\xC3\xA9" "dico"));
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
    assert_true(frame_says(&s, "Sueldo"));
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
    assert_true(frame_says(&s, "Tu mejor opci\xC3\xB3n"));
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
    };
    return cmocka_run_group_tests(tests, render_global_setup, render_global_teardown);
}
