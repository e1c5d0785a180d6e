/* Render tests for the career detail screen: every section opened from
 * home by a replay script, drawn headless with real fonts at the product
 * sizes (see render_support.h), plus the missing-pay case and a scrolled
 * section. */
#include "render_support.h"

typedef struct {
    const char *name;
    int w, h;
    const char *script;
    int career;   /* expected career index */
    int section;  /* expected section */
    bool scrolled; /* the section must have been scrolled */
} Case;

enum { MA = 0, MAA = 3 };

static const Case cases[] = {
    {"detail-what-1920x1080", 1920, 1080, "tests/scripts/detail-what.txt", MA, DETAIL_WHAT, false},
    {"detail-what-1080x1920", 1080, 1920, "tests/scripts/detail-what.txt", MA, DETAIL_WHAT, false},
    {"detail-pay-1920x1080", 1920, 1080, "tests/scripts/detail-pay.txt", MA, DETAIL_PAY, false},
    {"detail-pay-1080x1920", 1080, 1920, "tests/scripts/detail-pay.txt", MA, DETAIL_PAY, false},
    {"detail-pay-1024x768", 1024, 768, "tests/scripts/detail-pay.txt", MA, DETAIL_PAY, false},
    {"detail-pay-1280x800", 1280, 800, "tests/scripts/detail-pay.txt", MA, DETAIL_PAY, false},
    {"detail-outlook-1920x1080", 1920, 1080, "tests/scripts/detail-outlook.txt", MA,
     DETAIL_OUTLOOK, false},
    {"detail-outlook-1080x1920", 1080, 1920, "tests/scripts/detail-outlook.txt", MA,
     DETAIL_OUTLOOK, false},
    {"detail-training-1920x1080", 1920, 1080, "tests/scripts/detail-training.txt", MA,
     DETAIL_TRAINING, false},
    {"detail-training-1080x1920", 1080, 1920, "tests/scripts/detail-training.txt", MA,
     DETAIL_TRAINING, false},
    {"detail-work-1920x1080", 1920, 1080, "tests/scripts/detail-work.txt", MA, DETAIL_WORK, false},
    {"detail-work-1080x1920", 1080, 1920, "tests/scripts/detail-work.txt", MA, DETAIL_WORK, false},
    {"detail-skills-1920x1080", 1920, 1080, "tests/scripts/detail-skills.txt", MA, DETAIL_SKILLS,
     false},
    {"detail-skills-1080x1920", 1080, 1920, "tests/scripts/detail-skills.txt", MA, DETAIL_SKILLS,
     false},
    {"detail-path-1920x1080", 1920, 1080, "tests/scripts/detail-path.txt", MA, DETAIL_PATH, false},
    {"detail-path-1080x1920", 1080, 1920, "tests/scripts/detail-path.txt", MA, DETAIL_PATH, false},
    {"detail-sources-1920x1080", 1920, 1080, "tests/scripts/detail-sources.txt", MA,
     DETAIL_SOURCES, false},
    {"detail-sources-1080x1920", 1080, 1920, "tests/scripts/detail-sources.txt", MA,
     DETAIL_SOURCES, false},
    {"detail-pay-maa-1920x1080", 1920, 1080, "tests/scripts/detail-pay-maa.txt", MAA, DETAIL_PAY,
     false},
    {"detail-pay-maa-1080x1920", 1080, 1920, "tests/scripts/detail-pay-maa.txt", MAA, DETAIL_PAY,
     false},
    {"detail-pay-maa-1024x768", 1024, 768, "tests/scripts/detail-pay-maa.txt", MAA, DETAIL_PAY,
     false},
    {"detail-training-scrolled-1920x1080", 1920, 1080, "tests/scripts/detail-training-scrolled.txt",
     MA, DETAIL_TRAINING, true},
    {"detail-training-scrolled-1080x1920", 1080, 1920, "tests/scripts/detail-training-scrolled.txt",
     MA, DETAIL_TRAINING, true},
};

/* Nothing is set smaller than caption type (24 units: 24 px at 1080p). */
static void assert_no_small_text(const Session *s, const char *name)
{
    TextStyle cap = layout_text_style(&s->app.layout, TYPE_CAPTION, WEIGHT_REGULAR);
    for (size_t i = 0; i < s->dl.count; i++) {
        const DrawCmd *cmd = &s->dl.cmds[i];
        if (cmd->kind == DRAW_TEXT && cmd->style.px < cap.px - 0.01f)
            fail_msg("%s: text under caption size: '%s'", name, drawlist_cmd_text(&s->dl, cmd));
    }
}

static void test_case(void **state)
{
    const Case *c = *state;
    Session s;
    render_start(&s, c->w, c->h);
    render_run_script(&s, c->script);
    render_settle(&s.app);
    assert_false(app_animating(&s.app));
    session_draw(&s);
    assert_int_equal(s.app.screen, SCREEN_DETAIL);
    assert_int_equal(s.app.detail.career, c->career);
    assert_int_equal(s.app.detail.section, c->section);
    const Scroll *sc = &s.app.detail.scroll[c->section];
    if (c->scrolled)
        assert_true(sc->offset > 0.0f && sc->offset <= scroll_max(sc));
    if (c->career == MAA && c->section == DETAIL_PAY) {
        assert_non_null(text_containing(&s.dl, "not reported"));
        assert_non_null(text_containing(&s.dl, "$35,000"));
    }
    if (c->career == MA && c->section == DETAIL_PAY)
        assert_non_null(text_containing(&s.dl, "about $21.25 an hour"));
    assert_no_small_text(&s, c->name);
    render_check_frame(&s, c->name, s.app.layout.screen);
    session_free(&s);
}

int main(void)
{
    struct CMUnitTest tests[sizeof cases / sizeof cases[0]];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct CMUnitTest t = {cases[i].name, test_case, NULL, NULL, (void *)&cases[i]};
        tests[i] = t;
    }
    return _cmocka_run_group_tests("render-detail", tests, sizeof tests / sizeof tests[0],
                                   render_global_setup, render_global_teardown);
}
