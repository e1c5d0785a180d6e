/* quiz_score: ranking careers from quiz answers (src/quiz_score.c). */
#include "test_support.h"

#include "content.h"
#include "quiz_score.h"

#define CAREER(id)                                                                   \
    "{\"id\":\"" id "\",\"name\":\"" id "\",\"tagline\":\"t\",\"summary\":\"s\","      \
    "\"color\":\"#0F766E\",\"icon\":\"i.svg\"}"
#define HEAD "{\"format\":1,\"title\":\"T\",\"sources\":[],\"careers\":["

/* Three careers. q0 separates a from b (c gets nothing anywhere on q0);
 * q1 favours c; q2 has a neutral answer and one without a reason. */
static const char bundle_json[] =
    HEAD CAREER("a") "," CAREER("b") "," CAREER("c") "],"
    "\"quiz\":{\"questions\":["
    "{\"text\":\"Q0\",\"answers\":["
    " {\"text\":\"A\",\"reason\":\"R0a\",\"weights\":{\"a\":3,\"b\":1}},"
    " {\"text\":\"B\",\"reason\":\"R0b\",\"weights\":{\"a\":0,\"b\":3}}]},"
    "{\"text\":\"Q1\",\"answers\":["
    " {\"text\":\"A\",\"reason\":\"R1a\",\"weights\":{\"a\":1,\"b\":1,\"c\":3}},"
    " {\"text\":\"B\",\"reason\":\"R1b\",\"weights\":{\"a\":2,\"b\":2,\"c\":0}}]},"
    "{\"text\":\"Q2\",\"answers\":["
    " {\"text\":\"Either\"},"
    " {\"text\":\"Same\",\"reason\":\"Rsame\",\"weights\":{\"a\":2,\"b\":2,\"c\":2}},"
    " {\"text\":\"NoReason\",\"weights\":{\"a\":2}}]}"
    "]}}";

static Content *parse(const char *json)
{
    ContentReport r = { 0 };
    Content *c = content_parse(json, strlen(json), "test.json", NULL, NULL, &r);
    if (!c)
        content_report_print(&r, stderr);
    content_report_free(&r);
    assert_non_null(c);
    return c;
}

static const QuizRank *rank_of(const QuizScore *sc, int career)
{
    for (size_t i = 0; i < sc->count; i++)
        if (sc->ranks[i].career == career)
            return &sc->ranks[i];
    fail_msg("career %d not ranked", career);
    return NULL;
}

static void test_ranks_every_career(void **state)
{
    (void)state;
    Content *c = parse(bundle_json);
    int answers[] = { 0, 1, QUIZ_SCORE_NONE };
    QuizScore sc;
    quiz_score_rank(c, answers, 3, &sc);
    assert_int_equal(sc.count, 3);
    assert_true(sc.informative);
    /* a: (3 + 2) / (3 + 2) = 100%; b: (1 + 2) / (3 + 2) = 60%;
     * c: (0 + 0) / (0 + 3) = 0%. */
    assert_int_equal(sc.ranks[0].career, 0);
    assert_int_equal(sc.ranks[0].percent, 100);
    assert_int_equal(rank_of(&sc, 1)->percent, 60);
    assert_true(rank_of(&sc, 1)->score == 3.0 && rank_of(&sc, 1)->best == 5.0);
    assert_int_equal(rank_of(&sc, 2)->percent, 0);
    assert_true(rank_of(&sc, 2)->best == 3.0);
    assert_int_equal(sc.ranks[1].career, 1);
    assert_int_equal(sc.ranks[2].career, 2);
    content_free(c);
}

/* Equal matches keep bundle order, whichever order the answers suggest. */
static void test_ties_keep_bundle_order(void **state)
{
    (void)state;
    Content *c = parse(bundle_json);
    int answers[] = { QUIZ_SCORE_NONE, 1, QUIZ_SCORE_NONE }; /* a and b both 2/2 */
    QuizScore sc;
    quiz_score_rank(c, answers, 3, &sc);
    assert_int_equal(sc.ranks[0].career, 0);
    assert_int_equal(sc.ranks[1].career, 1);
    assert_int_equal(sc.ranks[0].percent, 100);
    assert_int_equal(sc.ranks[1].percent, 100);
    assert_int_equal(sc.ranks[2].career, 2);
    /* The reasons are the top (first) career's. */
    assert_int_equal(sc.reason_count, 1);
    assert_int_equal(sc.reasons[0], 1);
    content_free(c);
}

/* Unanswered and neutral answers move nothing: no ranking to speak of. */
static void test_all_neutral(void **state)
{
    (void)state;
    Content *c = parse(bundle_json);
    int none[] = { QUIZ_SCORE_NONE, QUIZ_SCORE_NONE, QUIZ_SCORE_NONE };
    int neutral[][3] = { { QUIZ_SCORE_NONE, QUIZ_SCORE_NONE, 0 },
                         { QUIZ_SCORE_NONE, QUIZ_SCORE_NONE, 1 } };
    QuizScore sc;
    quiz_score_rank(c, none, 3, &sc);
    assert_false(sc.informative);
    assert_int_equal(sc.reason_count, 0);
    for (int i = 0; i < 3; i++) {
        assert_int_equal(sc.ranks[i].career, i);
        assert_int_equal(sc.ranks[i].percent, 0);
    }
    for (int k = 0; k < 2; k++) {
        quiz_score_rank(c, neutral[k], 3, &sc);
        assert_false(sc.informative);
        assert_int_equal(sc.ranks[0].career, 0);
        assert_true(sc.ranks[0].best == 0.0);
    }
    quiz_score_rank(c, NULL, 0, &sc); /* no answers at all */
    assert_false(sc.informative);
    assert_int_equal(sc.count, 3);
    content_free(c);
}

/* A neutral answer does not dilute the others: same ranking as skipping. */
static void test_neutral_does_not_dilute(void **state)
{
    (void)state;
    Content *c = parse(bundle_json);
    int with[] = { 0, 1, 1 }, without[] = { 0, 1, QUIZ_SCORE_NONE };
    QuizScore a, b;
    quiz_score_rank(c, with, 3, &a);
    quiz_score_rank(c, without, 3, &b);
    for (size_t i = 0; i < a.count; i++) {
        assert_int_equal(a.ranks[i].career, b.ranks[i].career);
        assert_true(a.ranks[i].match == b.ranks[i].match);
    }
    assert_true(quiz_score_is_neutral(c, &c->quiz.questions[2].answers[0]));
    assert_true(quiz_score_is_neutral(c, &c->quiz.questions[2].answers[1]));
    assert_false(quiz_score_is_neutral(c, &c->quiz.questions[2].answers[2]));
    content_free(c);
}

/* A career an answer leaves out weighs 0 there (c on q0, b and c on q2's
 * last answer), both in its score and in its best. */
static void test_missing_weights_count_as_zero(void **state)
{
    (void)state;
    Content *c = parse(bundle_json);
    int answers[] = { 0, QUIZ_SCORE_NONE, 2 };
    QuizScore sc;
    quiz_score_rank(c, answers, 3, &sc);
    const QuizRank *rc = rank_of(&sc, 2);
    assert_true(rc->score == 0.0);
    assert_true(rc->best == 2.0); /* q2: "Same" gives c 2 */
    assert_int_equal(rc->percent, 0);
    const QuizRank *rb = rank_of(&sc, 1);
    assert_true(rb->score == 1.0 && rb->best == 5.0);
    assert_int_equal(rb->percent, 20);
    assert_int_equal(sc.ranks[0].career, 0); /* a: 5/5 */
    content_free(c);
}

/* A fifth role, added to a bundle that already had a quiz: it is ranked
 * with the rest, can win, and without weights scores 0. */
static void test_fifth_role(void **state)
{
    (void)state;
    static const char json[] =
        HEAD CAREER("a") "," CAREER("b") "," CAREER("c") "," CAREER("d") "," CAREER("e") "],"
        "\"quiz\":{\"questions\":["
        "{\"text\":\"Q0\",\"answers\":["
        " {\"text\":\"A\",\"reason\":\"R0a\",\"weights\":{\"a\":2,\"b\":1,\"c\":1,\"d\":1}},"
        " {\"text\":\"B\",\"reason\":\"R0b\",\"weights\":{\"e\":3,\"d\":1}}]},"
        "{\"text\":\"Q1\",\"answers\":["
        " {\"text\":\"A\",\"reason\":\"R1a\",\"weights\":{\"a\":1,\"b\":2,\"c\":3,\"d\":1}},"
        " {\"text\":\"B\",\"reason\":\"R1b\",\"weights\":{\"a\":1}}]}]}}";
    Content *c = parse(json);
    QuizScore sc;
    int favour_e[] = { 1, 1 };
    quiz_score_rank(c, favour_e, 2, &sc);
    assert_int_equal(sc.count, 5);
    assert_int_equal(sc.ranks[0].career, 4);
    assert_int_equal(sc.ranks[0].percent, 100); /* e: 3/3; q1 says nothing about e */
    assert_int_equal(sc.reason_count, 1);
    assert_int_equal(sc.reasons[0], 0);
    int against_e[] = { 0, 0 };
    quiz_score_rank(c, against_e, 2, &sc);
    assert_int_equal(rank_of(&sc, 4)->percent, 0);
    assert_int_equal(sc.ranks[4].career, 4);
    content_free(c);
}

/* Every combination of answers: percentages stay in 0..100 and the
 * ranking never goes up. */
static void test_percent_range_and_order(void **state)
{
    (void)state;
    Content *c = parse(bundle_json);
    for (int a = -1; a < 2; a++)
        for (int b = -1; b < 2; b++)
            for (int d = -1; d < 3; d++) {
                int answers[] = { a, b, d };
                QuizScore sc;
                quiz_score_rank(c, answers, 3, &sc);
                assert_int_equal(sc.count, 3);
                for (size_t i = 0; i < sc.count; i++) {
                    assert_in_range(sc.ranks[i].percent, 0, 100);
                    assert_true(sc.ranks[i].match >= 0.0 && sc.ranks[i].match <= 1.0);
                    if (i > 0)
                        assert_true(sc.ranks[i].match <= sc.ranks[i - 1].match + 1e-9);
                }
                assert_in_range(sc.reason_count, 0, QUIZ_SCORE_MAX_REASONS);
            }
    content_free(c);
}

/* Reasons: heaviest first, ties in question order, at most three, never a
 * neutral answer, an answer without a reason, or one worth 0 to the top. */
static void test_reasons(void **state)
{
    (void)state;
#define Q(n, first) "{\"text\":\"Q" n "\",\"answers\":[" first ",{\"text\":\"y\",\"weights\":{\"b\":1}}]}"
    static const char json[] =
        HEAD CAREER("a") "," CAREER("b") "],\"quiz\":{\"questions\":["
        Q("0", "{\"text\":\"x\",\"reason\":\"r0\",\"weights\":{\"a\":1}}") ","
        Q("1", "{\"text\":\"x\",\"reason\":\"r1\",\"weights\":{\"a\":3}}") ","
        Q("2", "{\"text\":\"x\",\"weights\":{\"a\":3}}") ","
        Q("3", "{\"text\":\"x\",\"reason\":\"r3\",\"weights\":{\"a\":2}}") ","
        Q("4", "{\"text\":\"x\",\"reason\":\"r4\",\"weights\":{\"a\":3,\"b\":3}}") ","
        Q("5", "{\"text\":\"x\",\"reason\":\"r5\",\"weights\":{\"a\":2}}") ","
        Q("6", "{\"text\":\"x\",\"reason\":\"r6\",\"weights\":{\"a\":0,\"b\":2}}")
        "]}}";
#undef Q
    Content *c = parse(json);
    int answers[] = { 0, 0, 0, 0, 0, 0, 0 };
    QuizScore sc;
    quiz_score_rank(c, answers, 7, &sc);
    assert_int_equal(sc.ranks[0].career, 0);
    assert_int_equal(sc.reason_count, 3);
    assert_int_equal(sc.reasons[0], 1); /* 3 points */
    assert_int_equal(sc.reasons[1], 3); /* 2 points, before Q5 */
    assert_int_equal(sc.reasons[2], 5);
    const QuizAnswer *chosen = quiz_score_chosen(c, answers, 7, 1);
    assert_string_equal(ltext_get(&chosen->reason, LANG_EN), "r1");
    assert_null(quiz_score_chosen(c, answers, 7, 7));
    int bad[] = { 5, -3 };
    assert_null(quiz_score_chosen(c, bad, 2, 0));
    assert_null(quiz_score_chosen(c, bad, 2, 1));
    content_free(c);
}

/* Fewer answers than questions, and answers out of range, are skipped. */
static void test_short_and_bad_answers(void **state)
{
    (void)state;
    Content *c = parse(bundle_json);
    int one[] = { 1 };
    QuizScore sc;
    quiz_score_rank(c, one, 1, &sc);
    assert_int_equal(sc.ranks[0].career, 1); /* b: 3/3 on q0 */
    assert_int_equal(sc.ranks[0].percent, 100);
    int bad[] = { 7, -2, 99 };
    quiz_score_rank(c, bad, 3, &sc);
    assert_false(sc.informative);
    quiz_score_rank(NULL, one, 1, &sc);
    assert_int_equal(sc.count, 0);
    content_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ranks_every_career),
        cmocka_unit_test(test_ties_keep_bundle_order),
        cmocka_unit_test(test_all_neutral),
        cmocka_unit_test(test_neutral_does_not_dilute),
        cmocka_unit_test(test_missing_weights_count_as_zero),
        cmocka_unit_test(test_fifth_role),
        cmocka_unit_test(test_percent_range_and_order),
        cmocka_unit_test(test_reasons),
        cmocka_unit_test(test_short_and_bad_answers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
