/* Render tests in Spanish: home, a detail section, a compare page and a quiz
 * result, drawn headless with real fonts at 1920x1080 and 1080x1920 against
 * goldens (tests/golden/es-*.png). Spanish runs about 20% longer than
 * English, so these catch layouts that cut text (render_support.h fails on
 * any ellipsis, overflow or text off screen) and glyphs the font lacks
 * (the bundle's Spanish must draw without missing-glyph boxes). */
#include "render_support.h"

#include "screens/compare_page.h"
#include "screens/detail.h"

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

/* Home's side cards run off the screen's edges by design: there the card
 * in the centre must hold its text (as in test_render.c). */
static Rect check_region(const App *app)
{
    if (app->screen != SCREEN_HOME || app->home.open >= 0)
        return app->layout.screen;
    HomeLayout h = layout_home(&app->layout);
    int n = (int)app->content->career_count;
    return layout_home_card_at(&h, &app->layout,
                               layout_home_offset(app->home.focused, app->home.position, n,
                                                  layout_home_wraps(&h, &app->layout, n)));
}

static void check_text(Session *s, const char *what, int a, int b)
{
    char name[160];
    render_settle(&s->app);
    app_draw(&s->app, &s->dl);
    snprintf(name, sizeof name, "es %s %dx%d (%d, %d)", what, s->app.layout.w, s->app.layout.h, a,
             b);
    render_assert_text(s, name, check_region(&s->app));
}

static void sweep_detail(Session *s, int career)
{
    app_navigate(&s->app, nav_target(SCREEN_DETAIL, career, -1, 0));
    render_settle(&s->app);
    for (int sec = 0; sec < DETAIL_SECTION_COUNT; sec++) {
        assert_int_equal(s->app.screen, SCREEN_DETAIL);
        assert_int_equal(s->app.detail.section, sec);
        check_text(s, "detail", career, sec);
        app_key(&s->app, KEY_NEXT);
        render_settle(&s->app);
    }
    app_home(&s->app);
    render_settle(&s->app);
}

static void sweep_day(Session *s, int career, int other)
{
    app_navigate(&s->app, nav_target(SCREEN_DAY, career, other, 0));
    render_settle(&s->app);
    for (int i = 0; i <= s->app.day.plan.stop_count; i++) {
        check_text(s, "day", career, other);
        app_key(&s->app, KEY_NEXT);
    }
    app_home(&s->app);
    render_settle(&s->app);
}

static void sweep_quiz(Session *s, int answer)
{
    app_navigate(&s->app, nav_target(SCREEN_QUIZ, -1, -1, 0));
    render_settle(&s->app);
    int n = (int)s->app.content->quiz.question_count;
    for (int q = 0; q < n; q++) {
        int max = (int)s->app.content->quiz.questions[q].answer_count - 1;
        int pick = answer > max ? max : answer;
        check_text(s, "quiz question", q, pick);
        for (int k = 0; k <= pick; k++)
            app_key(&s->app, KEY_NEXT);
        app_key(&s->app, KEY_ACTIVATE);
    }
    check_text(s, "quiz result", answer, n);
    app_home(&s->app);
    render_settle(&s->app);
}

static void test_sweep(void **state)
{
    const Size *z = *state;
    Session s;
    start_es(&s, z);
    check_text(&s, "home", 0, 0);
    int n = (int)s.app.content->career_count;
    for (int a = 0; a < n; a++)
        sweep_detail(&s, a);
    for (int a = 0; a < n; a++)
        for (int b = -1; b < n; b++)
            if (b != a)
                sweep_day(&s, a, b);
    for (int a = 0; a < n; a++)
        for (int b = 0; b < n; b++)
            if (b != a)
                for (int p = 0; p < COMPARE_PAGES; p++) {
                    app_navigate(&s.app, nav_target(SCREEN_COMPARE, a, b, p));
                    render_settle(&s.app);
                    assert_int_equal(s.app.compare.page, p);
                    check_text(&s, "compare", a * 10 + b, p);
                }
    app_home(&s.app);
    for (int answer = 0; answer < 4; answer++)
        sweep_quiz(&s, answer);
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
