/* Relayout after a resize: the app starts at 1920x1080 on home, a detail
 * section or a compare page, then the window becomes 1280x720, 1080x1920 or
 * 1024x768 (app_resize, as the runner does on SDL_WINDOWEVENT_SIZE_CHANGED).
 * The next frame must be laid out for the new size, with every text block
 * whole and inside it (render_support.h), and the visitor must still be
 * where they were: the same screen, career, section or page. A resize in the
 * middle of a slide lands on the same section. */
#include "render_sweep.h"

typedef struct {
    int w, h;
} Size;

static const Size sizes[] = {{1280, 720}, {1080, 1920}, {1024, 768}};

/* Draws the frame at the new size and checks its text. */
static void check_frame(Session *s, const char *what, const Size *z)
{
    char name[96];
    render_settle(&s->app);
    assert_false(app_animating(&s->app));
    app_draw(&s->app, &s->dl);
    snprintf(name, sizeof name, "%s resized to %dx%d", what, z->w, z->h);
    assert_int_equal(s->app.layout.w, z->w);
    assert_int_equal(s->app.layout.h, z->h);
    assert_int_equal(s->dl.screen_w, z->w);
    render_assert_text(s, name, sweep_region(&s->app));
}

static void test_home(void **state)
{
    Session s;
    render_start(&s, 1920, 1080);
    app_key(&s.app, KEY_NEXT);
    render_settle(&s.app);
    assert_int_equal(s.app.home.focused, 1);
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        app_resize(&s.app, sizes[i].w, sizes[i].h);
        check_frame(&s, "home", &sizes[i]);
        assert_int_equal(s.app.screen, SCREEN_HOME);
        assert_int_equal(s.app.home.focused, 1);
        /* The focused card is the one centred, wholly on the new screen. */
        Rect card = sweep_region(&s.app);
        assert_true(rect_inside(card, s.app.layout.screen, 0.5f));
        assert_float_equal(card.x + card.w * 0.5f, sizes[i].w * 0.5f, 1.0f);
    }
    (void)state;
    session_free(&s);
}

static void test_detail(void **state)
{
    Session s;
    render_start(&s, 1920, 1080);
    app_navigate(&s.app, nav_target(SCREEN_DETAIL, 2, -1, 3));
    render_settle(&s.app);
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        app_resize(&s.app, sizes[i].w, sizes[i].h);
        check_frame(&s, "detail", &sizes[i]);
        assert_int_equal(s.app.screen, SCREEN_DETAIL);
        assert_int_equal(s.app.detail.career, 2);
        assert_int_equal(s.app.detail.section, 3);
        assert_float_equal(s.app.detail.position, 3.0f, 1e-4);
        /* The sections were measured again for the new width. */
        assert_int_equal(s.app.detail.measured_w, sizes[i].w);
        DetailLayout d = layout_detail(&s.app.layout);
        assert_true(rect_inside(d.card, s.app.layout.screen, 0.5f));
    }
    (void)state;
    session_free(&s);
}

static void test_compare(void **state)
{
    Session s;
    render_start(&s, 1920, 1080);
    app_navigate(&s.app, nav_target(SCREEN_COMPARE, 0, 1, 4));
    render_settle(&s.app);
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        app_resize(&s.app, sizes[i].w, sizes[i].h);
        check_frame(&s, "compare", &sizes[i]);
        assert_int_equal(s.app.screen, SCREEN_COMPARE);
        assert_int_equal(s.app.compare.role[0], 0);
        assert_int_equal(s.app.compare.role[1], 1);
        assert_int_equal(s.app.compare.page, 4);
        CompareLayout c = layout_compare(&s.app.layout);
        assert_true(rect_inside(c.page, s.app.layout.screen, 0.5f));
    }
    (void)state;
    session_free(&s);
}

/* Resized halfway through a section slide: it finishes on the section it
 * was heading for, laid out for the new size. */
static void test_resize_mid_slide(void **state)
{
    Session s;
    render_start(&s, 1920, 1080);
    app_navigate(&s.app, nav_target(SCREEN_DETAIL, 0, -1, 0));
    render_settle(&s.app);
    app_key(&s.app, KEY_NEXT);
    app_tick(&s.app, s.app.now_ms + 64);
    assert_true(app_animating(&s.app));
    app_resize(&s.app, 1080, 1920);
    check_frame(&s, "detail mid-slide", &sizes[1]);
    assert_int_equal(s.app.detail.section, 1);
    assert_float_equal(s.app.detail.position, 1.0f, 1e-4);
    (void)state;
    session_free(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_home),
        cmocka_unit_test(test_detail),
        cmocka_unit_test(test_compare),
        cmocka_unit_test(test_resize_mid_slide),
    };
    return cmocka_run_group_tests(tests, render_global_setup, render_global_teardown);
}
