/* Render tests for the day walkthrough and the quiz, drawn headless with
 * real fonts (see render_support.h).
 *
 * Goldens at 1920x1080 and 1080x1920: every step of the medical
 * assistant's day (reached from the quiz result's "See a day" button) and
 * its next-steps card, a side-by-side day, a quiz question, and the quiz
 * result for each role. A sweep then draws every step of every role's day,
 * every side-by-side pairing, every question and every result at all four
 * product sizes and checks that no text is cut or leaves the screen. */
#include "render_support.h"

#include "quiz_score.h"

typedef struct {
    const char *name;
    int w, h;
} Size;

static const Size golden_sizes[] = { { "1920x1080", 1920, 1080 }, { "1080x1920", 1080, 1920 } };
static const Size all_sizes[] = {
    { "1920x1080", 1920, 1080 },
    { "1280x800", 1280, 800 },
    { "1024x768", 1024, 768 },
    { "1080x1920", 1080, 1920 },
};

static void settle_and_check(Session *s, const char *name)
{
    render_settle(&s->app);
    session_draw(s);
    render_check_frame(s, name, s->app.layout.screen);
}

/* ---- the quiz --------------------------------------------------------- */

static void test_quiz_question(void **state)
{
    const Size *z = *state;
    Session s;
    char name[128];
    render_start(&s, z->w, z->h);
    render_run_script(&s, "tests/scripts/quiz-question.txt");
    assert_int_equal(s.app.screen, SCREEN_QUIZ);
    assert_int_equal(s.app.quiz.page, 1);
    snprintf(name, sizeof name, "quiz-question-%s", z->name);
    settle_and_check(&s, name);
    session_free(&s);
}

/* Each script answers as one role would; that role must come out on top. */
static void check_result(const Size *z, const char *career_id)
{
    Session s;
    char name[160], script[256];
    render_start(&s, z->w, z->h);
    snprintf(script, sizeof script, "tests/scripts/quiz-result-%s.txt", career_id);
    render_run_script(&s, script);
    assert_int_equal(s.app.screen, SCREEN_QUIZ);
    assert_true(s.app.quiz.page == (int)s.app.content->quiz.question_count);
    assert_int_equal(s.app.quiz.score.ranks[0].career,
                     content_career_index(s.app.content, career_id));
    assert_true(s.app.quiz.score.reason_count >= 2);
    snprintf(name, sizeof name, "quiz-result-%s-%s", career_id, z->name);
    settle_and_check(&s, name);
    session_free(&s);
}

static void test_quiz_results(void **state)
{
    const char *ids[] = { "medical-assistant", "medical-coder", "billing-coding-specialist",
                          "medical-admin-assistant" };
    for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++)
        check_result(*state, ids[i]);
}

/* ---- the day ---------------------------------------------------------- */

/* The quiz result's "See a day" opens the medical assistant's day; every
 * step, then the next-steps card, gets a golden. */
static void test_day_every_step(void **state)
{
    const Size *z = *state;
    Session s;
    char name[128];
    render_start(&s, z->w, z->h);
    render_run_script(&s, "tests/scripts/day-from-quiz.txt");
    assert_int_equal(s.app.screen, SCREEN_DAY);
    int career = content_career_index(s.app.content, "medical-assistant");
    assert_int_equal(s.app.day.plan.lanes[0].career, career);
    int steps = (int)s.app.content->careers[career].day_count;
    for (int i = 0; i < steps; i++) {
        assert_int_equal(s.app.day.stop, i);
        snprintf(name, sizeof name, "day-medical-assistant-%d-%s", i + 1, z->name);
        settle_and_check(&s, name);
        app_key(&s.app, KEY_NEXT);
    }
    snprintf(name, sizeof name, "day-next-steps-%s", z->name);
    settle_and_check(&s, name);
    session_free(&s);
}

/* A medical assistant on the move against a coder at the desk, mid-morning;
 * the script reaches the next-steps card by keys alone. */
static void test_day_side_by_side(void **state)
{
    const Size *z = *state;
    Session s;
    char name[128];
    render_start(&s, z->w, z->h);
    int ma = content_career_index(s.app.content, "medical-assistant");
    int coder = content_career_index(s.app.content, "medical-coder");
    app_navigate(&s.app, nav_target(SCREEN_DAY, ma, coder, 5));
    render_settle(&s.app);
    assert_int_equal(s.app.day.plan.lane_count, 2);
    snprintf(name, sizeof name, "day-side-by-side-%s", z->name);
    settle_and_check(&s, name);
    /* The first stop: the coder's day has not started yet. */
    for (int i = 0; i < 5; i++)
        app_key(&s.app, KEY_PREV);
    assert_int_equal(s.app.day.stop, 0);
    snprintf(name, sizeof name, "day-side-by-side-start-%s", z->name);
    settle_and_check(&s, name);
    session_free(&s);
}

static void test_day_next_steps_script(void **state)
{
    const Size *z = *state;
    Session s;
    char name[128];
    render_start(&s, z->w, z->h);
    render_run_script(&s, "tests/scripts/day-next-steps.txt");
    assert_int_equal(s.app.screen, SCREEN_DAY);
    assert_int_equal(s.app.day.stop, s.app.day.plan.stop_count);
    assert_int_equal(s.app.day.focus, DAY_BUTTON_BECOME);
    snprintf(name, sizeof name, "day-next-steps-focus-%s", z->name);
    settle_and_check(&s, name);
    session_free(&s);
}

/* ---- the sweep: every page at every size, text checks only -------------- */

static void check_text(Session *s, const char *what, int a, int b)
{
    char name[160];
    render_settle(&s->app);
    app_draw(&s->app, &s->dl);
    snprintf(name, sizeof name, "%s %dx%d (%d, %d)", what, s->app.layout.w, s->app.layout.h, a, b);
    render_assert_text(s, name, s->app.layout.screen);
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

static void sweep_quiz(Session *s, const int *answers, int n)
{
    app_navigate(&s->app, nav_target(SCREEN_QUIZ, -1, -1, 0));
    render_settle(&s->app);
    for (int q = 0; q < n; q++) {
        check_text(s, "quiz question", q, answers[q]);
        for (int k = 0; k <= answers[q]; k++)
            app_key(&s->app, KEY_NEXT);
        app_key(&s->app, KEY_ACTIVATE);
    }
    check_text(s, "quiz result", answers[0], answers[n - 1]);
    app_home(&s->app);
    render_settle(&s->app);
}

static void test_sweep(void **state)
{
    const Size *z = *state;
    /* Each role's answers, then the last answer everywhere (capped below). */
    static const int answer_sets[][7] = {
        { 0, 0, 1, 1, 1, 0, 0 }, { 2, 1, 0, 0, 0, 1, 1 }, { 2, 1, 0, 0, 0, 1, 2 },
        { 1, 2, 1, 1, 0, 2, 3 }, { 3, 3, 2, 1, 2, 2, 3 },
    };
    Session s;
    render_start(&s, z->w, z->h);
    int n = (int)s.app.content->career_count;
    for (int a = 0; a < n; a++)
        for (int b = -1; b < n; b++)
            if (b != a)
                sweep_day(&s, a, b);
    int questions = (int)s.app.content->quiz.question_count;
    for (size_t k = 0; k < sizeof answer_sets / sizeof answer_sets[0]; k++) {
        int answers[QUIZ_MAX_QUESTIONS];
        for (int q = 0; q < questions; q++) {
            int max = (int)s.app.content->quiz.questions[q].answer_count - 1;
            answers[q] = answer_sets[k][q] > max ? max : answer_sets[k][q];
        }
        sweep_quiz(&s, answers, questions);
    }
    session_free(&s);
}

int main(void)
{
    enum {
        PER_GOLDEN = 4,
        GOLDEN_N = sizeof golden_sizes / sizeof golden_sizes[0],
        ALL_N = sizeof all_sizes / sizeof all_sizes[0]
    };
    struct CMUnitTest tests[PER_GOLDEN * GOLDEN_N + 1 + ALL_N];
    size_t n = 0;
    for (size_t i = 0; i < GOLDEN_N; i++) {
        void *z = (void *)&golden_sizes[i];
        struct CMUnitTest t[] = {
            { "quiz-question", test_quiz_question, NULL, NULL, z },
            { "quiz-results", test_quiz_results, NULL, NULL, z },
            { "day-every-step", test_day_every_step, NULL, NULL, z },
            { "day-side-by-side", test_day_side_by_side, NULL, NULL, z },
        };
        for (size_t k = 0; k < PER_GOLDEN; k++)
            tests[n++] = t[k];
    }
    struct CMUnitTest script = { "day-next-steps-script", test_day_next_steps_script, NULL, NULL,
                                 (void *)&golden_sizes[0] };
    tests[n++] = script;
    for (size_t i = 0; i < ALL_N; i++) {
        struct CMUnitTest t = { "sweep", test_sweep, NULL, NULL, (void *)&all_sizes[i] };
        tests[n++] = t;
    }
    return _cmocka_run_group_tests("render-day-quiz", tests, n, render_global_setup,
                                   render_global_teardown);
}
