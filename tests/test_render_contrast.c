/* Render tests for the high-contrast theme: the home screen, a detail
 * section and the admin panel's settings drawn headless with real fonts
 * (render_support.h), checked like every other screen and against goldens
 * tests/golden/contrast-*.png. */
#include "render_support.h"

typedef struct {
    const char *name;
    int section; /* -1: home; else the first career's detail section */
} Case;

static const Case cases[] = {
    {"contrast-home-1920x1080", -1},
    {"contrast-detail-1920x1080", 1},
};

static void test_contrast(void **state)
{
    const Case *c = *state;
    Session s;
    render_start(&s, 1920, 1080);
    s.app.theme = theme_high_contrast();
    assert_float_equal(s.app.theme.min_text_contrast, 7.0, 1e-9);
    if (c->section >= 0)
        app_navigate(&s.app, nav_target(SCREEN_DETAIL, 0, -1, c->section));
    render_settle(&s.app);
    session_draw(&s);
    render_check_frame(&s, c->name, s.app.layout.screen);
    session_free(&s);
}

int main(void)
{
    enum { N = sizeof cases / sizeof cases[0] };
    struct CMUnitTest tests[N];
    for (size_t i = 0; i < N; i++)
        tests[i] = (struct CMUnitTest){cases[i].name, test_contrast, NULL, NULL, (void *)&cases[i]};
    return _cmocka_run_group_tests("render-contrast", tests, N, render_global_setup,
                                   render_global_teardown);
}
