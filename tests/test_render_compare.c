/* Render tests for the compare screen: the picker, every dimension page of
 * a data-rich pair and the pay page of a pair with missing figures, the
 * role chooser, at 1920x1080 and 1080x1920 against goldens; and every page
 * of every suggested pair at all four product sizes for text that is cut,
 * overflowing or off screen (see render_support.h). */
#include "render_support.h"

#include "screens/compare_page.h"

typedef struct {
    const char *name;
    const char *script;
    int pages; /* KEY_NEXT presses after the script */
} Case;

static const char *const page_names[COMPARE_PAGES] = {
    "pay",   "growth",   "employment", "training", "certification", "settings",
    "schedule", "contact", "physical", "skills",   "advancement",
};

static const int sizes[][2] = {{1920, 1080}, {1080, 1920}};

/* Runs `script`, presses Next `pages` times and lets everything settle. */
static void open_case(Session *s, int w, int h, const char *script, int pages)
{
    render_start(s, w, h);
    render_run_script(s, script);
    for (int i = 0; i < pages; i++)
        app_key(&s->app, KEY_NEXT);
    render_settle(&s->app);
    assert_int_equal(s->app.screen, SCREEN_COMPARE);
    assert_false(app_animating(&s->app));
    session_draw(s);
}

static void check_golden(const char *name, const char *script, int pages)
{
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        Session s;
        char full[128];
        snprintf(full, sizeof full, "compare-%s-%dx%d", name, sizes[k][0], sizes[k][1]);
        open_case(&s, sizes[k][0], sizes[k][1], script, pages);
        render_check_frame(&s, full, s.app.layout.screen);
        session_free(&s);
    }
}

static void test_picker(void **state)
{
    (void)state;
    check_golden("picker", "tests/scripts/compare-picker.txt", 0);
    Session s;
    open_case(&s, 1920, 1080, "tests/scripts/compare-picker.txt", 0);
    assert_int_equal(s.app.compare.phase, COMPARE_PICK);
    session_free(&s);
}

static void test_pages(void **state)
{
    (void)state;
    for (int p = 0; p < COMPARE_PAGES; p++)
        check_golden(page_names[p], "tests/scripts/compare-pair.txt", p);
}

static void test_missing_pay(void **state)
{
    (void)state;
    check_golden("pay-missing", "tests/scripts/compare-missing.txt", 0);
}

static void test_chooser(void **state)
{
    (void)state;
    check_golden("chooser", "tests/scripts/compare-swap.txt", 0);
    Session s;
    open_case(&s, 1920, 1080, "tests/scripts/compare-swap.txt", 0);
    assert_int_equal(s.app.compare.chooser, 1);
    session_free(&s);
}

/* Every page of every suggested pair at every product size: no text cut,
 * overflowing or off screen. Checked on the draw list (no pixels needed). */
static void test_every_page_fits(void **state)
{
    (void)state;
    static const int all[][2] = {{1920, 1080}, {1280, 800}, {1024, 768}, {1080, 1920}};
    for (size_t k = 0; k < sizeof all / sizeof all[0]; k++) {
        Session s;
        char name[96];
        snprintf(name, sizeof name, "%dx%d picker", all[k][0], all[k][1]);
        open_case(&s, all[k][0], all[k][1], "tests/scripts/compare-picker.txt", 0);
        render_assert_text(&s, name, s.app.layout.screen);
        int pairs[COMPARE_MAX_PAIRS][2];
        int n = compare_suggested_pairs(s.app.content, pairs);
        assert_int_equal(n, 3);
        for (int pair = 0; pair < n; pair++) {
            for (int p = 0; p < COMPARE_PAGES; p++) {
                app_navigate(&s.app, nav_target(SCREEN_COMPARE, pairs[pair][0], pairs[pair][1], p));
                render_settle(&s.app);
                assert_int_equal(s.app.compare.page, p);
                app_draw(&s.app, &s.dl);
                snprintf(name, sizeof name, "%dx%d pair %d %s", all[k][0], all[k][1], pair,
                         page_names[p]);
                render_assert_text(&s, name, s.app.layout.screen);
            }
        }
        session_free(&s);
        snprintf(name, sizeof name, "%dx%d chooser", all[k][0], all[k][1]);
        open_case(&s, all[k][0], all[k][1], "tests/scripts/compare-swap.txt", 0);
        render_assert_text(&s, name, s.app.layout.screen);
        session_free(&s);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_picker),
        cmocka_unit_test(test_pages),
        cmocka_unit_test(test_missing_pay),
        cmocka_unit_test(test_chooser),
        cmocka_unit_test(test_every_page_fits),
    };
    return cmocka_run_group_tests_name("render-compare", tests, render_global_setup,
                                       render_global_teardown);
}
