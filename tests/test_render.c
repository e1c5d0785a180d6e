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

/* A bundle whose icon is missing or corrupt still renders: one warning, a
 * placeholder, and no retry on the next frame. */
static void test_bad_images_show_a_placeholder(void **state)
{
    (void)state;
    static const char *bundles[] = {"tests/fixtures/image_missing", "tests/fixtures/image_broken"};
    for (size_t i = 0; i < 2; i++) {
        Session s;
        char dir[1024];
        memset(&s, 0, sizeof s);
        test_path(s.assets_dir, sizeof s.assets_dir, "assets");
        assert_int_equal(session_load(&s, test_path(dir, sizeof dir, bundles[i])), 0);
        assert_int_equal(session_open_headless(&s, 1280, 800), 0);
        assert_int_equal(session_renderer(&s), 0);
        session_start_app(&s, 1280, 800, 0);
        render_settle(&s.app);
        session_draw(&s);
        RenderStats first = render_stats(s.renderer);
        assert_int_equal(first.image_failures, 1);
        session_draw(&s);
        RenderStats second = render_stats(s.renderer);
        assert_int_equal(second.image_failures, 1);
        assert_int_equal(second.images_decoded, first.images_decoded);
        SDL_Surface *frame = session_read_frame(&s);
        render_assert_not_blank(frame);
        SDL_FreeSurface(frame);
        session_free(&s);
    }
}

int main(void)
{
    enum { CASES = sizeof cases / sizeof cases[0] };
    struct CMUnitTest tests[CASES + 1];
    for (size_t i = 0; i < CASES; i++) {
        struct CMUnitTest t = {cases[i].name, test_case, NULL, NULL, (void *)&cases[i]};
        tests[i] = t;
    }
    struct CMUnitTest bad = cmocka_unit_test(test_bad_images_show_a_placeholder);
    tests[CASES] = bad;
    return _cmocka_run_group_tests("render-home", tests, sizeof tests / sizeof tests[0],
                                   render_global_setup, render_global_teardown);
}
