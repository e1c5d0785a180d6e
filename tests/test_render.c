/* Render tests for the home screen: the carousel and a card opening, at the
 * four product sizes, drawn headless with real fonts (see render_support.h). */
#include "render_support.h"

typedef struct {
    const char *name;
    int w, h;
    const char *script; /* NULL: the settled home screen */
} Case;

static const Case cases[] = {
    {"home-1920x1080", 1920, 1080, NULL},
    {"home-1280x800", 1280, 800, NULL},
    {"home-1024x768", 1024, 768, NULL},
    {"home-1080x1920", 1080, 1920, NULL},
    {"card-opening-1920x1080", 1920, 1080, "tests/scripts/card-opening.txt"},
    {"card-opening-1080x1920", 1080, 1920, "tests/scripts/card-opening.txt"},
    {"home-second-card-1920x1080", 1920, 1080, "tests/scripts/second-card.txt"},
};

/* The card at the centre must be wholly on screen with its text inside it. */
static Rect centred_card(const App *app)
{
    HomeLayout h = layout_home(&app->layout);
    if (app->home.open >= 0) /* mid-transition: text must stay on screen */
        return app->layout.screen;
    return layout_home_card_at(&h, &app->layout,
                               layout_home_offset(app->home.focused, app->home.position,
                                                  (int)app->content->career_count,
                                                  layout_home_wraps(&h, &app->layout,
                                                                    (int)app->content->career_count)));
}

static void test_case(void **state)
{
    const Case *c = *state;
    Session s;
    render_start(&s, c->w, c->h);
    if (c->script) {
        render_run_script(&s, c->script);
    } else {
        session_draw(&s);
    }
    Rect card = centred_card(&s.app);
    assert_true(rect_inside(card, s.app.layout.screen, 0.5f));
    render_check_frame(&s, c->name, card);
    session_free(&s);
}

int main(void)
{
    struct CMUnitTest tests[sizeof cases / sizeof cases[0]];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct CMUnitTest t = {cases[i].name, test_case, NULL, NULL, (void *)&cases[i]};
        tests[i] = t;
    }
    return _cmocka_run_group_tests("render-home", tests, sizeof tests / sizeof tests[0],
                                   render_global_setup, render_global_teardown);
}
