/* The quiz driven by taps and keys with the fake measurer: one question a
 * page, back, start over, the ranked result and its buttons. */
#include "app_fixture.h"

#include <math.h>

#include "app.h"

#define CAREER(id)                                                                   \
    "{\"id\":\"" id "\",\"name\":\"" id " role\",\"tagline\":\"t\",\"summary\":\"s\"," \
    "\"color\":\"#0F766E\",\"icon\":\"i.svg\"}"

/* Three roles; the first answer of each question favours "clinic", the
 * second "coder", the third "desk". */
static const char bundle_json[] =
    "{\"format\":1,\"title\":\"T\",\"sources\":[],\"careers\":["
    CAREER("clinic") "," CAREER("coder") "," CAREER("desk") "],"
    "\"quiz\":{\"title\":\"Which role fits me?\",\"questions\":["
    "{\"text\":\"Patients?\",\"answers\":["
    " {\"text\":\"With patients\",\"reason\":\"You like patients\","
    "  \"weights\":{\"clinic\":3,\"desk\":1}},"
    " {\"text\":\"Behind the scenes\",\"reason\":\"You like quiet\",\"weights\":{\"coder\":3}},"
    " {\"text\":\"At the front desk\",\"reason\":\"You like the desk\","
    "  \"weights\":{\"desk\":3,\"clinic\":1}}]},"
    "{\"text\":\"Hands?\",\"answers\":["
    " {\"text\":\"Hands-on\",\"reason\":\"You like hands-on work\",\"weights\":{\"clinic\":3}},"
    " {\"text\":\"Screens\",\"reason\":\"You like screens\",\"weights\":{\"coder\":3,\"desk\":1}},"
    " {\"text\":\"Phones\",\"reason\":\"You like phones\",\"weights\":{\"desk\":3}},"
    " {\"text\":\"No idea\"}]},"
    "{\"text\":\"Pay?\",\"answers\":["
    " {\"text\":\"Matters a lot\",\"reason\":\"Pay matters\",\"weights\":{\"coder\":2,\"clinic\":1}},"
    " {\"text\":\"Not most\"}]}"
    "]}}";

static const char no_quiz_json[] =
    "{\"format\":1,\"title\":\"T\",\"sources\":[],\"careers\":[" CAREER("clinic") "]}";

static int setup_with(void **state, const char *json)
{
    return fixture_open(state, json, strlen(json), 1920, 1080);
}

static int setup(void **state)
{
    return setup_with(state, bundle_json);
}

static int setup_no_quiz(void **state)
{
    return setup_with(state, no_quiz_json);
}

static int teardown(void **state)
{
    return fixture_close(state);
}

static void open_quiz(Fixture *f)
{
    app_navigate(&f->app, nav_target(SCREEN_QUIZ, -1, -1, 0));
    settle(&f->app);
    assert_int_equal(f->app.screen, SCREEN_QUIZ);
}

static void tap(App *app, float x, float y)
{
    press_release(app, x, y, 48);
}

static const DrawCmd *find_label(Fixture *f, const char *label)
{
    app_draw(&f->app, &f->dl);
    for (size_t i = 0; i < f->dl.count; i++) {
        const DrawCmd *c = &f->dl.cmds[i];
        if (c->kind == DRAW_TEXT && strcmp(drawlist_cmd_text(&f->dl, c), label) == 0)
            return c;
    }
    return NULL;
}

/* Taps the middle of a button by its label, then lets the page settle. */
static void tap_label(Fixture *f, const char *label)
{
    const DrawCmd *c = find_label(f, label);
    if (!c)
        fail_msg("no text '%s' on screen", label);
    tap(&f->app, c->rect.x + c->rect.w * 0.5f, c->rect.y + c->rect.h * 0.5f);
    settle(&f->app);
}

static void answer_by_key(Fixture *f, int answer)
{
    for (int i = 0; i <= answer; i++)
        app_key(&f->app, KEY_NEXT);
    app_key(&f->app, KEY_ACTIVATE);
    settle(&f->app);
}

/* ---- questions ----------------------------------------------------------- */

static void test_answer_back_and_leave(void **state)
{
    Fixture *f = *state;
    open_quiz(f);
    assert_int_equal(f->app.quiz.page, 0);
    assert_int_equal(f->app.quiz.answers[0], QUIZ_SCORE_NONE);
    assert_non_null(find_label(f, "Question 1 of 3"));
    tap_label(f, "Behind the scenes");
    assert_int_equal(f->app.quiz.page, 1);
    assert_int_equal(f->app.quiz.answers[0], 1);
    assert_non_null(find_label(f, "Question 2 of 3"));
    /* Back one question: the earlier choice is still there. */
    tap_label(f, "Back");
    assert_int_equal(f->app.quiz.page, 0);
    assert_int_equal(f->app.quiz.answers[0], 1);
    tap_label(f, "With patients"); /* a change of mind */
    assert_int_equal(f->app.quiz.answers[0], 0);
    app_key(&f->app, KEY_BACK);
    settle(&f->app);
    assert_int_equal(f->app.quiz.page, 0);
    app_key(&f->app, KEY_BACK); /* from the first question, out of the quiz */
    settle(&f->app);
    assert_int_equal(f->app.screen, SCREEN_HOME);
}

static void test_swipe_right_goes_back(void **state)
{
    Fixture *f = *state;
    open_quiz(f);
    answer_by_key(f, 2);
    assert_int_equal(f->app.quiz.page, 1);
    PointerEvent ev = { POINTER_DOWN, 7, 600.0f, 700.0f, f->app.now_ms };
    app_pointer(&f->app, &ev);
    for (int i = 1; i <= 10; i++) {
        app_tick(&f->app, f->app.now_ms + 16);
        PointerEvent mv = { POINTER_MOVE, 7, 600.0f + 40.0f * (float)i, 700.0f, f->app.now_ms };
        app_pointer(&f->app, &mv);
    }
    PointerEvent up = { POINTER_UP, 7, 1000.0f, 700.0f, f->app.now_ms };
    app_pointer(&f->app, &up);
    settle(&f->app);
    assert_int_equal(f->app.quiz.page, 0);
}

static void test_start_over(void **state)
{
    Fixture *f = *state;
    open_quiz(f);
    assert_null(find_label(f, "Start over")); /* nothing to start over yet */
    answer_by_key(f, 0);
    answer_by_key(f, 1);
    assert_int_equal(f->app.quiz.page, 2);
    tap_label(f, "Start over");
    assert_int_equal(f->app.quiz.page, 0);
    for (int i = 0; i < QUIZ_MAX_QUESTIONS; i++)
        assert_int_equal(f->app.quiz.answers[i], QUIZ_SCORE_NONE);
}

/* A new visit starts clean: nothing a visitor chose survives leaving. */
static void test_fresh_visit_clears(void **state)
{
    Fixture *f = *state;
    open_quiz(f);
    answer_by_key(f, 0);
    answer_by_key(f, 0);
    app_home(&f->app);
    settle(&f->app);
    open_quiz(f);
    assert_int_equal(f->app.quiz.page, 0);
    assert_int_equal(f->app.quiz.answers[0], QUIZ_SCORE_NONE);
    assert_int_equal(f->app.quiz.answers[1], QUIZ_SCORE_NONE);
}

static void test_keys_walk_answers(void **state)
{
    Fixture *f = *state;
    open_quiz(f);
    app_key(&f->app, KEY_ACTIVATE); /* no focus yet: nothing happens */
    assert_int_equal(f->app.quiz.page, 0);
    app_key(&f->app, KEY_NEXT);
    assert_int_equal(f->app.quiz.focus, QUIZ_BUTTON_ANSWER0);
    app_key(&f->app, KEY_PREV); /* wraps to the last answer */
    assert_int_equal(f->app.quiz.focus, QUIZ_BUTTON_ANSWER0 + 2);
    app_key(&f->app, KEY_ACTIVATE);
    assert_int_equal(f->app.quiz.answers[0], 2);
    assert_int_equal(f->app.quiz.focus, QUIZ_BUTTON_NONE); /* a new page: no focus */
}

/* ---- the result ---------------------------------------------------------- */

static void answer_all(Fixture *f, int a0, int a1, int a2)
{
    open_quiz(f);
    answer_by_key(f, a0);
    answer_by_key(f, a1);
    answer_by_key(f, a2);
    assert_int_equal(f->app.quiz.page, 3);
}

static void test_result_ranks_every_role(void **state)
{
    Fixture *f = *state;
    answer_all(f, 1, 1, 0); /* coder all the way */
    const QuizScore *sc = &f->app.quiz.score;
    assert_int_equal(sc->count, 3);
    assert_int_equal(sc->ranks[0].career, 1);
    assert_int_equal(sc->ranks[0].percent, 100);
    assert_int_equal(sc->reason_count, 3);
    assert_int_equal(sc->reasons[0], 0);
    assert_non_null(find_label(f, "100%"));
    assert_non_null(find_label(f, "You like quiet"));
    assert_non_null(find_label(f, "Pay matters"));
    for (size_t i = 0; i < sc->count; i++)
        assert_non_null(
            find_label(f, f->content->careers[sc->ranks[i].career].name.by_lang[LANG_EN]));
    /* The bars grow, then nothing moves. */
    assert_false(app_animating(&f->app));
    app_draw(&f->app, &f->dl);
    assert_false(app_needs_frame(&f->app));
    assert_int_equal(app_next_wakeup(&f->app), 0);
}

static void test_result_buttons(void **state)
{
    Fixture *f = *state;
    answer_all(f, 2, 2, 1); /* desk */
    assert_int_equal(f->app.quiz.score.ranks[0].career, 2);
    tap_label(f, "Explore this role");
    assert_int_equal(f->app.screen, SCREEN_DETAIL);
    assert_int_equal(f->app.nav.career, 2);
    /* Back from the role's card: the result is still there. */
    app_back(&f->app);
    settle(&f->app);
    assert_int_equal(f->app.screen, SCREEN_QUIZ);
    assert_int_equal(f->app.quiz.page, 3);
    tap_label(f, "See a day");
    assert_int_equal(f->app.screen, SCREEN_DAY);
    assert_int_equal(f->app.nav.career, 2);
    assert_int_equal(f->app.nav.other, -1);
    app_back(&f->app);
    settle(&f->app);
    assert_int_equal(f->app.quiz.page, 3);
    /* Keys reach the same buttons: explore, day, start over. */
    app_key(&f->app, KEY_NEXT);
    app_key(&f->app, KEY_NEXT);
    assert_int_equal(f->app.quiz.focus, QUIZ_BUTTON_DAY);
    app_key(&f->app, KEY_NEXT);
    app_key(&f->app, KEY_ACTIVATE);
    settle(&f->app);
    assert_int_equal(f->app.quiz.page, 0);
}

/* "No idea" and "Not most" are neutral: only the first answer counts, and
 * it alone supplies the reasons. */
static void test_result_with_neutral_answers(void **state)
{
    Fixture *f = *state;
    answer_all(f, 0, 3, 1);
    const QuizScore *sc = &f->app.quiz.score;
    assert_int_equal(sc->ranks[0].career, 0);
    assert_int_equal(sc->ranks[0].percent, 100);
    assert_int_equal(sc->ranks[1].career, 2);
    assert_int_equal(sc->ranks[1].percent, 33);
    assert_int_equal(sc->ranks[2].percent, 0);
    assert_int_equal(sc->reason_count, 1);
    assert_non_null(find_label(f, "You like patients"));
}

/* ---- layout -------------------------------------------------------------- */

/* Every answer button is at least a touch target tall. */
static void check_answers_tall(Fixture *f)
{
    app_draw(&f->app, &f->dl);
    const QuizQuestion *q = &f->content->quiz.questions[f->app.quiz.page];
    float min_h = roundf(96.0f * f->app.layout.s);
    for (size_t a = 0; a < q->answer_count; a++) {
        const DrawCmd *label = find_label(f, q->answers[a].text.by_lang[LANG_EN]);
        assert_non_null(label);
        const DrawCmd *button = NULL;
        for (const DrawCmd *c = f->dl.cmds; c < label; c++)
            if (c->kind == DRAW_RECT && c->radius > 0.0f && rect_inside(label->rect, c->rect, 0.5f))
                button = c;
        assert_non_null(button);
        assert_true(button->rect.h >= min_h);
    }
}

static void check_text(Fixture *f, const char *what)
{
    app_draw(&f->app, &f->dl);
    for (size_t i = 0; i < f->dl.count; i++) {
        const DrawCmd *c = &f->dl.cmds[i];
        if (c->kind != DRAW_TEXT)
            continue;
        if (c->block.ellipsized || c->block.overflow || c->block.width > c->rect.w + 0.5f)
            fail_msg("%s %dx%d: text cut: '%s'", what, f->app.layout.w, f->app.layout.h,
                     drawlist_cmd_text(&f->dl, c));
        assert_true(c->style.px >= roundf(24.0f * f->app.layout.s) - 0.01f);
    }
}

static void test_every_size(void **state)
{
    Fixture *f = *state;
    static const int sizes[][2] = { { 1920, 1080 }, { 1280, 800 }, { 1024, 768 }, { 1080, 1920 } };
    for (size_t k = 0; k < 4; k++) {
        app_resize(&f->app, sizes[k][0], sizes[k][1]);
        open_quiz(f);
        for (int q = 0; q < 3; q++) {
            check_answers_tall(f);
            check_text(f, "question");
            answer_by_key(f, 0);
        }
        check_text(f, "result");
        app_home(&f->app);
        settle(&f->app);
    }
}

static void test_no_quiz_in_bundle(void **state)
{
    Fixture *f = *state;
    open_quiz(f);
    assert_non_null(find_label(f, "This bundle has no quiz yet."));
    app_key(&f->app, KEY_NEXT);
    app_key(&f->app, KEY_ACTIVATE);
    settle(&f->app);
    assert_int_equal(f->app.screen, SCREEN_QUIZ);
    app_key(&f->app, KEY_BACK);
    settle(&f->app);
    assert_int_equal(f->app.screen, SCREEN_HOME);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_answer_back_and_leave, setup, teardown),
        cmocka_unit_test_setup_teardown(test_swipe_right_goes_back, setup, teardown),
        cmocka_unit_test_setup_teardown(test_start_over, setup, teardown),
        cmocka_unit_test_setup_teardown(test_fresh_visit_clears, setup, teardown),
        cmocka_unit_test_setup_teardown(test_keys_walk_answers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_result_ranks_every_role, setup, teardown),
        cmocka_unit_test_setup_teardown(test_result_buttons, setup, teardown),
        cmocka_unit_test_setup_teardown(test_result_with_neutral_answers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_every_size, setup, teardown),
        cmocka_unit_test_setup_teardown(test_no_quiz_in_bundle, setup_no_quiz, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
