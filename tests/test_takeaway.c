/* The one-line takeaways of the compare pages, computed from a bundle. */
#include "test_support.h"

#include "content.h"
#include "takeaway.h"

/* Two data-rich roles (a, b), an empty one (c), a range-only one (d), a
 * made-up fifth career (e) and a sixth to pair odd figures with (f). */
static const char bundle_json[] =
    "{\"format\":1,\"title\":\"T\",\"subtitle\":\"S\","
    "\"all_occupations_growth\":{\"value\":3,\"source\":\"s\",\"year\":2024,\"period\":\"2024\xE2\x80\x93" "2034\"},"
    "\"sources\":[{\"id\":\"s\",\"publisher\":\"P\",\"title\":\"T\",\"cite\":\"P, 2024\",\"year\":2025}],"
    "\"careers\":["
    "{\"id\":\"a\",\"name\":\"Medical Assistant\",\"tagline\":\"t\",\"summary\":\"s\",\"color\":\"#0F766E\",\"icon\":\"a.svg\","
    " \"employed\":{\"value\":811000,\"source\":\"s\",\"year\":2024},"
    " \"growth\":{\"value\":12,\"source\":\"s\",\"year\":2024,\"period\":\"2024\xE2\x80\x93" "2034\"},"
    " \"pay\":{\"p10\":{\"value\":35020,\"source\":\"s\",\"year\":2024},\"median\":{\"value\":44200,\"source\":\"s\",\"year\":2024},"
    "        \"p90\":{\"value\":57830,\"source\":\"s\",\"year\":2024}},"
    " \"training\":{\"summary\":\"x\",\"months\":{\"value\":9,\"source\":\"s\",\"year\":2024},"
    "   \"paths\":[{\"name\":\"Cert\",\"months_min\":9,\"months_max\":12}]},"
    " \"certifications\":[{\"code\":\"CMA\",\"name\":\"Certified Medical Assistant\",\"body\":\"AAMA\",\"required\":false},"
    "                     {\"code\":\"RMA\",\"name\":\"Registered Medical Assistant\",\"body\":\"AMT\",\"required\":false}],"
    " \"settings\":[{\"name\":\"Physicians' offices\",\"share\":57,\"source\":\"s\",\"year\":2024},"
    "               {\"name\":\"Hospitals\",\"share\":17,\"source\":\"s\",\"year\":2024}],"
    " \"schedule\":\"Mostly weekdays, and urgent care can add evenings and weekends.\","
    " \"traits\":{\"patient_contact\":0.85,\"physical\":0.7,\"desk\":0.3},"
    " \"skills\":[\"Patience\",\"Care with every detail\",\"Teamwork\"],"
    " \"advancement\":[\"Lead medical assistant\",\"Office manager\"]},"
    "{\"id\":\"b\",\"name\":\"Medical Coder\",\"tagline\":\"t\",\"summary\":\"s\",\"color\":\"#4338CA\",\"icon\":\"b.svg\","
    " \"employed\":{\"value\":194800,\"source\":\"s\",\"year\":2024},"
    " \"growth\":{\"value\":7,\"source\":\"s\",\"year\":2024,\"period\":\"2024\xE2\x80\x93" "2034\"},"
    " \"pay\":{\"p10\":{\"value\":35780,\"source\":\"s\",\"year\":2024},\"median\":{\"value\":50250,\"source\":\"s\",\"year\":2024},"
    "        \"p90\":{\"value\":80950,\"source\":\"s\",\"year\":2024}},"
    " \"training\":{\"summary\":\"x\",\"months\":{\"value\":4,\"source\":\"s\",\"year\":2024},"
    "   \"paths\":[{\"name\":\"Cert\",\"months_min\":4,\"months_max\":15}]},"
    " \"certifications\":[{\"code\":\"CPC\",\"name\":\"Certified Professional Coder\",\"body\":\"AAPC\",\"required\":false}],"
    " \"settings\":[{\"name\":\"Hospitals\",\"share\":28,\"source\":\"s\",\"year\":2024}],"
    " \"schedule\":\"Weekdays, with little weekend or holiday work.\","
    " \"traits\":{\"patient_contact\":0.05,\"physical\":0.1,\"desk\":0.95},"
    " \"skills\":[\"TEAMWORK \",\"Analytical thinking\"],"
    " \"advancement\":[\"Coding manager\"]},"
    "{\"id\":\"c\",\"name\":\"Gamma\",\"tagline\":\"t\",\"summary\":\"s\",\"color\":\"#6D28D9\",\"icon\":\"c.svg\"},"
    "{\"id\":\"d\",\"name\":\"Medical Administrative Assistant\",\"tagline\":\"t\",\"summary\":\"s\",\"color\":\"#B45309\",\"icon\":\"d.svg\","
    " \"pay\":{\"range_low\":{\"value\":35000,\"source\":\"s\",\"year\":2026},\"range_high\":{\"value\":42000,\"source\":\"s\",\"year\":2026}},"
    " \"advancement\":[\"Medical billing & coding specialist\"]},"
    "{\"id\":\"e\",\"name\":\"Dental Secretary\",\"tagline\":\"t\",\"summary\":\"s\",\"color\":\"#0369A1\",\"icon\":\"e.svg\","
    " \"employed\":{\"value\":194800,\"source\":\"s\",\"year\":2024},"
    " \"growth\":{\"value\":-2,\"source\":\"s\",\"year\":2024},"
    " \"pay\":{\"median\":{\"value\":44600,\"source\":\"s\",\"year\":2024}},"
    " \"training\":{\"summary\":\"x\",\"months\":{\"value\":1,\"source\":\"s\",\"year\":2024}},"
    " \"certifications\":[{\"code\":\"CDS\",\"name\":\"Certified Dental Secretary\",\"body\":\"X\",\"required\":true}],"
    " \"settings\":[{\"name\":\"Dental offices\",\"source\":\"s\",\"year\":2024}],"
    " \"schedule\":\"Office hours.\","
    " \"traits\":{\"patient_contact\":0.9,\"physical\":0.2},"
    " \"skills\":[\"Patience\"],"
    " \"advancement\":[\"Office manager\"]},"
    "{\"id\":\"f\",\"name\":\"Surgical Tech (ST)\",\"tagline\":\"t\",\"summary\":\"s\",\"color\":\"#BE123C\",\"icon\":\"f.svg\","
    " \"employed\":{\"value\":200000,\"source\":\"s\",\"year\":2024},"
    " \"growth\":{\"value\":-5,\"source\":\"s\",\"year\":2024},"
    " \"pay\":{\"median\":{\"value\":44200,\"source\":\"s\",\"year\":2024}},"
    " \"training\":{\"summary\":\"x\",\"months\":{\"value\":24,\"source\":\"s\",\"year\":2024}},"
    " \"traits\":{\"patient_contact\":0.8,\"physical\":0.9,\"desk\":0.1},"
    " \"skills\":[\"Patience\"],"
    " \"advancement\":[\"Dental secretary\"]}"
    "],"
    "\"ui\":{\"people.b\":\"medical coders\"}}";

static Content *content;

static int setup(void **state)
{
    (void)state;
    ContentReport report = {0};
    content = content_parse(bundle_json, sizeof bundle_json - 1, "test.json", NULL, NULL, &report);
    if (!content)
        content_report_print(&report, stderr);
    content_report_free(&report);
    return content ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    content_free(content);
    return 0;
}

static const Career *career(const char *id)
{
    int i = content_career_index(content, id);
    assert_true(i >= 0);
    return &content->careers[i];
}

static const char *say(const char *a, const char *b, TakeawayDimension dim)
{
    static char buf[512];
    return takeaway_write(buf, sizeof buf, content, LANG_EN, career(a), career(b), dim);
}

static void test_pay_difference_rounds_to_thousands(void **state)
{
    (void)state;
    assert_string_equal(say("a", "b", TAKEAWAY_PAY),
                        "Medical coders earn about $6,000 more at the median: $50,250 vs $44,200");
    /* The same sentence whichever side the visitor put each role on. */
    assert_string_equal(say("b", "a", TAKEAWAY_PAY), say("a", "b", TAKEAWAY_PAY));
    assert_true(takeaway_round_pay(6050) == 6000.0);
    assert_true(takeaway_round_pay(-6500) == 7000.0);
    assert_true(takeaway_round_pay(499) == 0.0);
    assert_true(takeaway_round_pay(500) == 1000.0);
}

static void test_pay_ties(void **state)
{
    (void)state;
    /* $44,600 vs $44,200: $400 apart reads as the same. */
    assert_string_equal(say("a", "e", TAKEAWAY_PAY),
                        "Both earn about the same at the median: $44,600 vs $44,200");
    assert_string_equal(say("a", "f", TAKEAWAY_PAY), "Both earn $44,200 at the median");
}

static void test_pay_missing_either_side(void **state)
{
    (void)state;
    const char *want = "Pay for gammas is not reported; medical assistants earn $44,200 at the median";
    assert_string_equal(say("a", "c", TAKEAWAY_PAY), want);
    assert_string_equal(say("c", "a", TAKEAWAY_PAY), want);
    assert_string_equal(say("c", "c", TAKEAWAY_PAY), "Pay is not reported for either role");
    /* An estimated range is compared as a range, not as a median. */
    assert_string_equal(say("a", "d", TAKEAWAY_PAY),
                        "Medical assistants earn $44,200 at the median, above the "
                        "$35,000\xE2\x80\x93$42,000 estimated for medical administrative assistants");
    assert_string_equal(say("d", "c", TAKEAWAY_PAY),
                        "Pay for gammas is not reported; medical administrative assistants earn an "
                        "estimated $35,000\xE2\x80\x93$42,000 at the median");
}

static void test_both_missing_every_dimension(void **state)
{
    (void)state;
    for (int d = 0; d < TAKEAWAY_COUNT; d++) {
        const char *s = say("c", "c", (TakeawayDimension)d);
        assert_true(strlen(s) > 10);
        assert_true(strstr(s, "not reported") || strstr(s, "No certification"));
    }
}

static void test_growth_percent_and_reference(void **state)
{
    (void)state;
    assert_string_equal(say("b", "a", TAKEAWAY_GROWTH),
                        "Jobs for medical assistants are growing faster: 12% vs 7%");
    assert_string_equal(say("a", "a", TAKEAWAY_GROWTH),
                        "Jobs for both roles are growing 12%, against 3% for all jobs");
    assert_string_equal(say("c", "b", TAKEAWAY_GROWTH),
                        "Job growth for gammas is not reported; jobs for medical coders are growing 7%");
    /* Both shrinking: the sentence is about the one shrinking faster. */
    assert_string_equal(say("e", "f", TAKEAWAY_GROWTH),
                        "Jobs for surgical techs (ST) are shrinking faster: -5% vs -2%");
}

static void test_employment(void **state)
{
    (void)state;
    assert_string_equal(say("b", "a", TAKEAWAY_EMPLOYMENT),
                        "811,000 people work as medical assistants, about 4 times as many as medical "
                        "coders (194,800)");
    assert_string_equal(say("b", "e", TAKEAWAY_EMPLOYMENT), "Both report 194,800 people employed");
    assert_string_equal(say("f", "e", TAKEAWAY_EMPLOYMENT),
                        "About as many people work as surgical techs (ST) (200,000) as dental "
                        "secretaries (194,800)");
}

static void test_training_and_singular_month(void **state)
{
    (void)state;
    assert_string_equal(say("a", "b", TAKEAWAY_TRAINING),
                        "Both train in under a year: 4 months for medical coders, 9 months for "
                        "medical assistants");
    assert_string_equal(say("f", "e", TAKEAWAY_TRAINING),
                        "Dental secretaries can start sooner: 1 month of training vs 2 years");
    assert_string_equal(say("e", "e", TAKEAWAY_TRAINING), "Both take under a year of training: about 1 month");
}

static void test_certification(void **state)
{
    (void)state;
    assert_string_equal(say("a", "b", TAKEAWAY_CERTIFICATION),
                        "Certification is optional for both: medical assistants can choose from 2 "
                        "certifications, medical coders from 1");
    assert_string_equal(say("b", "a", TAKEAWAY_CERTIFICATION),
                        "Certification is optional for both: medical coders can choose from 1 "
                        "certification, medical assistants from 2");
    assert_string_equal(say("a", "e", TAKEAWAY_CERTIFICATION),
                        "Dental secretaries need a certification to work; for medical assistants it "
                        "is optional");
    assert_string_equal(say("c", "e", TAKEAWAY_CERTIFICATION),
                        "Dental secretaries need a certification to work; none is listed for gammas");
}

static void test_settings(void **state)
{
    (void)state;
    assert_string_equal(say("a", "b", TAKEAWAY_SETTINGS),
                        "Medical assistants most often work in physicians' offices (57%); medical "
                        "coders in hospitals (28%)");
    assert_string_equal(say("e", "a", TAKEAWAY_SETTINGS),
                        "Medical assistants most often work in physicians' offices (57%); dental "
                        "secretaries work in places like dental offices");
}

static void test_schedule(void **state)
{
    (void)state;
    assert_true(takeaway_schedule_irregular(career("a")));
    assert_false(takeaway_schedule_irregular(career("b"))); /* "little weekend work" */
    assert_string_equal(say("b", "a", TAKEAWAY_SCHEDULE),
                        "Evening or weekend work comes up only for medical assistants");
    assert_string_equal(say("b", "e", TAKEAWAY_SCHEDULE),
                        "Neither schedule mentions evening or weekend work");
    assert_string_equal(say("c", "a", TAKEAWAY_SCHEDULE),
                        "The schedule for gammas is not reported; medical assistants may work "
                        "evenings or weekends");
}

static void test_traits(void **state)
{
    (void)state;
    assert_string_equal(say("b", "a", TAKEAWAY_CONTACT),
                        "Medical assistants spend more of the day with patients; medical coders more "
                        "at a desk");
    /* 0.9 vs 0.8: too close to call. */
    assert_string_equal(say("e", "f", TAKEAWAY_CONTACT),
                        "Both spend a similar share of the day with patients");
    assert_string_equal(say("a", "b", TAKEAWAY_PHYSICAL),
                        "Medical assistants have the more physically demanding day");
    assert_string_equal(say("c", "b", TAKEAWAY_PHYSICAL),
                        "Physical demands for gammas are not reported; for medical coders they are "
                        "light");
    assert_int_equal(takeaway_trait_level(-1.0), -1);
    assert_int_equal(takeaway_trait_level(0.2), 0);
    assert_int_equal(takeaway_trait_level(0.5), 1);
    assert_int_equal(takeaway_trait_level(0.9), 2);
}

static void test_skills_case_insensitive_and_plural(void **state)
{
    (void)state;
    /* "Teamwork" and "TEAMWORK " are the same skill. */
    assert_true(takeaway_has_skill(career("b"), "teamwork", LANG_EN));
    assert_true(takeaway_same_text("  Teamwork", "TEAMWORK "));
    assert_false(takeaway_same_text("Team work", "Teamwork"));
    assert_string_equal(say("a", "b", TAKEAWAY_SKILLS),
                        "Medical assistants and medical coders share 1 skill; each also brings its own");
    assert_string_equal(say("c", "e", TAKEAWAY_SKILLS),
                        "Skills for gammas are not reported; dental secretaries list 1 skill");
    assert_string_equal(say("a", "c", TAKEAWAY_SKILLS),
                        "Skills for gammas are not reported; medical assistants list 3 skills");
    assert_string_equal(say("e", "f", TAKEAWAY_SKILLS), "Both list the same skills");
}

static void test_advancement(void **state)
{
    (void)state;
    assert_string_equal(say("a", "b", TAKEAWAY_ADVANCEMENT),
                        "Both have room to grow: 2 next steps for medical assistants, 1 for medical "
                        "coders");
    assert_string_equal(say("b", "c", TAKEAWAY_ADVANCEMENT),
                        "Career paths for gammas are not reported; medical coders have 1 next step");
    /* "&" in a name matches "and" in a step. */
    assert_string_equal(say("e", "f", TAKEAWAY_ADVANCEMENT),
                        "Surgical techs (ST) can move on to become dental secretaries");
}

/* The data-rich pair says something real on every page. */
static void test_every_dimension_for_the_rich_pair(void **state)
{
    (void)state;
    for (int d = 0; d < TAKEAWAY_COUNT; d++) {
        const char *s = say("a", "b", (TakeawayDimension)d);
        assert_true(strlen(s) > 20);
        assert_null(strstr(s, "not reported"));
        assert_false(s[0] >= 'a' && s[0] <= 'z'); /* a sentence, capitalised */
    }
}

static void test_people_names(void **state)
{
    (void)state;
    char buf[128];
    assert_string_equal(takeaway_people(buf, sizeof buf, content, LANG_EN, career("a")),
                        "medical assistants");
    assert_string_equal(takeaway_people(buf, sizeof buf, content, LANG_EN, career("e")),
                        "dental secretaries");
    assert_string_equal(takeaway_people(buf, sizeof buf, content, LANG_EN, career("f")),
                        "surgical techs (ST)");
    /* The bundle's own form wins. */
    assert_string_equal(takeaway_people(buf, sizeof buf, content, LANG_EN, career("b")),
                        "medical coders");
    /* A name with no Spanish keeps its English plural, with no article. */
    assert_string_equal(takeaway_people(buf, sizeof buf, content, LANG_ES, career("a")),
                        "medical assistants");
}

/* ---- Spanish --------------------------------------------------------------- */

static const char es_json[] =
    "{\"format\":1,\"title\":\"T\","
    "\"sources\":[{\"id\":\"s\",\"publisher\":\"P\",\"title\":\"T\",\"cite\":\"P\",\"year\":2025}],"
    "\"careers\":["
    "{\"id\":\"a\",\"name\":{\"en\":\"Pharmacy Technician\",\"es\":\"T\\u00e9cnico en farmacia\"},"
    " \"tagline\":\"t\",\"summary\":\"s\",\"color\":\"#0F766E\",\"icon\":\"a.svg\"},"
    "{\"id\":\"b\",\"name\":{\"en\":\"Judge\",\"es\":\"Juez auxiliar\"},"
    " \"tagline\":\"t\",\"summary\":\"s\",\"color\":\"#0F766E\",\"icon\":\"a.svg\"},"
    "{\"id\":\"c\",\"name\":{\"en\":\"Billing Specialist\",\"es\":\"Especialista de facturaci\\u00f3n\"},"
    " \"tagline\":\"t\",\"summary\":\"s\",\"color\":\"#0F766E\",\"icon\":\"a.svg\"},"
    "{\"id\":\"d\",\"name\":{\"en\":\"Inspector\",\"es\":\"Inspector de calidad y seguridad\"},"
    " \"tagline\":\"t\",\"summary\":\"s\",\"color\":\"#0F766E\",\"icon\":\"a.svg\"},"
    "{\"id\":\"e\",\"name\":{\"en\":\"Nurse\",\"es\":\"Enfermero\"},"
    " \"tagline\":\"t\",\"summary\":\"s\",\"color\":\"#0F766E\",\"icon\":\"a.svg\"}],"
    "\"ui\":{\"people.e\":{\"en\":\"nurses\",\"es\":\"las enfermeras y los enfermeros\"}}}";

static void test_spanish_people_are_plural_with_an_article(void **state)
{
    (void)state;
    ContentReport r = {0};
    Content *es = content_parse(es_json, sizeof es_json - 1, "es.json", NULL, NULL, &r);
    content_report_free(&r);
    assert_non_null(es);
    static const char *const want[][2] = {
        {"los t\xC3\xA9" "cnicos en farmacia", "t\xC3\xA9" "cnicos en farmacia"},
        {"los jueces auxiliares", "jueces auxiliares"},
        {"los especialistas de facturaci\xC3\xB3n", "especialistas de facturaci\xC3\xB3n"},
        {"los inspectores de calidad y seguridad", "inspectores de calidad y seguridad"},
        /* The bundle's own form, and without its article. */
        {"las enfermeras y los enfermeros", "enfermeras y los enfermeros"},
    };
    char buf[192];
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        assert_string_equal(takeaway_people(buf, sizeof buf, es, LANG_ES, &es->careers[i]),
                            want[i][0]);
        assert_string_equal(takeaway_people_bare(buf, sizeof buf, es, LANG_ES, &es->careers[i]),
                            want[i][1]);
    }
    /* English is unchanged by any of it. */
    assert_string_equal(takeaway_people(buf, sizeof buf, es, LANG_EN, &es->careers[1]), "judges");
    content_free(es);
}

/* The bundled content's sentences, in both languages: a plural subject with
 * its article and a verb that agrees, and "como" with the bare plural. */
static void test_bundled_sentences_in_both_languages(void **state)
{
    (void)state;
    char dir[1024];
    ContentReport r = {0};
    Content *c = content_load(test_path(dir, sizeof dir, "data"), NULL, &r);
    content_report_free(&r);
    assert_non_null(c);
    const Career *ma = &c->careers[content_career_index(c, "medical-assistant")];
    const Career *mc = &c->careers[content_career_index(c, "medical-coder")];
    char buf[512];
    assert_string_equal(takeaway_write(buf, sizeof buf, c, LANG_EN, mc, ma, TAKEAWAY_PAY),
                        "Medical coders earn about $6,000 more at the median: $50,250 vs $44,200");
    assert_string_equal(takeaway_write(buf, sizeof buf, c, LANG_ES, mc, ma, TAKEAWAY_PAY),
                        "Los codificadores m\xC3\xA9" "dicos ganan unos $6,000 m\xC3\xA1s en la "
                        "mediana: $50,250 frente a $44,200");
    assert_string_equal(takeaway_write(buf, sizeof buf, c, LANG_ES, ma, mc, TAKEAWAY_EMPLOYMENT),
                        "811,000 personas trabajan como asistentes m\xC3\xA9" "dicos, unas 4 veces "
                        "m\xC3\xA1s que como codificadores m\xC3\xA9" "dicos (194,800)");
    assert_string_equal(takeaway_write(buf, sizeof buf, c, LANG_EN, ma, mc, TAKEAWAY_EMPLOYMENT),
                        "811,000 people work as medical assistants, about 4 times as many as "
                        "medical coders (194,800)");
    assert_string_equal(takeaway_write(buf, sizeof buf, c, LANG_ES, ma, mc, TAKEAWAY_SETTINGS),
                        "Los asistentes m\xC3\xA9" "dicos trabajan sobre todo en consultorios "
                        "m\xC3\xA9" "dicos (57%); los codificadores m\xC3\xA9" "dicos, en "
                        "hospitales (28%)");
    assert_string_equal(takeaway_write(buf, sizeof buf, c, LANG_ES, ma, mc, TAKEAWAY_PHYSICAL),
                        "Los asistentes m\xC3\xA9" "dicos tienen el d\xC3\xAD" "a m\xC3\xA1s "
                        "exigente en lo f\xC3\xAD" "sico");
    /* No Spanish sentence on any page of any pair starts with a bare
     * singular role name ("Codificador médico gana..."). */
    for (size_t a = 0; a < c->career_count; a++)
        for (size_t b = 0; b < c->career_count; b++)
            for (int d = 0; a != b && d < TAKEAWAY_COUNT; d++) {
                takeaway_write(buf, sizeof buf, c, LANG_ES, &c->careers[a], &c->careers[b],
                               (TakeawayDimension)d);
                const char *name = ltext_get(&c->careers[a].name, LANG_ES);
                if (!strncmp(buf, name, strlen(name)))
                    fail_msg("starts with the bare name: %s", buf);
            }
    content_free(c);
}

static void test_small_buffers_stay_valid(void **state)
{
    (void)state;
    char buf[48];
    for (int d = 0; d < TAKEAWAY_COUNT; d++) {
        takeaway_write(buf, sizeof buf, content, LANG_EN, career("a"), career("d"), (TakeawayDimension)d);
        assert_true(strlen(buf) < sizeof buf);
        assert_true(strlen(buf) > 0);
    }
    /* A cut inside "–" drops the partial sequence. */
    for (size_t len = 2; len < 80; len++) {
        char small[80];
        takeaway_write(small, len, content, LANG_EN, career("a"), career("d"), TAKEAWAY_PAY);
        size_t n = strlen(small);
        if (n >= 1 && ((unsigned char)small[n - 1] & 0xC0) == 0xC0)
            fail_msg("partial UTF-8 at length %zu", len);
    }
    assert_string_equal(takeaway_write(buf, 1, content, LANG_EN, career("a"), career("b"), TAKEAWAY_PAY),
                        "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pay_difference_rounds_to_thousands),
        cmocka_unit_test(test_spanish_people_are_plural_with_an_article),
        cmocka_unit_test(test_bundled_sentences_in_both_languages),
        cmocka_unit_test(test_pay_ties),
        cmocka_unit_test(test_pay_missing_either_side),
        cmocka_unit_test(test_both_missing_every_dimension),
        cmocka_unit_test(test_growth_percent_and_reference),
        cmocka_unit_test(test_employment),
        cmocka_unit_test(test_training_and_singular_month),
        cmocka_unit_test(test_certification),
        cmocka_unit_test(test_settings),
        cmocka_unit_test(test_schedule),
        cmocka_unit_test(test_traits),
        cmocka_unit_test(test_skills_case_insensitive_and_plural),
        cmocka_unit_test(test_advancement),
        cmocka_unit_test(test_every_dimension_for_the_rich_pair),
        cmocka_unit_test(test_people_names),
        cmocka_unit_test(test_small_buffers_stay_valid),
    };
    return cmocka_run_group_tests_name("takeaway", tests, setup, teardown);
}
