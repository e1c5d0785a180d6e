/* Render tests for the readability options (access.h): large text and high
 * contrast on every screen, in English and Spanish, at 1920x1080 and
 * 1080x1920, drawn headless with real fonts. Large text must leave no text
 * cut, overflowing or off screen anywhere (render_sweep.h); goldens keep
 * the look of home and the detail pay chart in each option and of the
 * accessibility sheet. */
#include "render_sweep.h"

#include "screens/access_sheet.h"
#include "screens/widgets.h"

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
static const AccessOptions CONTRAST = { true, false, false };

static void sweep(const Size *z, Lang lang)
{
    Session s;
    start_with(&s, z, lang, LARGE);
    assert_true(s.app.layout.text_scale > 1.2f);
    sweep_all(&s);
    session_free(&s);
}

/* Home's page dots never sit under a bottom button, whatever the labels'
 * length: at 1024x768 in Spanish large text they once hid under "¿Qué
 * puesto va conmigo?". */
static void test_dots_clear_of_buttons(void **state)
{
    (void)state;
    static const Size screens[] = { { "1920x1080", 1920, 1080 }, { "1280x800", 1280, 800 },
                                    { "1024x768", 1024, 768 } };
    for (size_t i = 0; i < sizeof screens / sizeof screens[0]; i++)
        for (int lang = 0; lang < LANG_COUNT; lang++)
            for (int large = 0; large < 2; large++) {
                Session s;
                start_with(&s, &screens[i], (Lang)lang, large ? LARGE : (AccessOptions){0});
                Rect row, left = home_button_rect(&s.app, HOME_BUTTON_COMPARE),
                          right = home_button_rect(&s.app, HOME_BUTTON_QUIZ);
                if (home_dots_row(&s.app, &row)) {
                    int n = (int)s.app.content->career_count;
                    float first = widget_page_dot_x(&s.app, row, 0, n),
                          last = widget_page_dot_x(&s.app, row, n - 1, n),
                          r = 16.0f * s.app.layout.s; /* the focused dot's half width */
                    if (first - r < left.x + left.w || last + r > right.x)
                        fail_msg("%s %s%s: dots %.0f..%.0f overlap buttons ending %.0f, starting %.0f",
                                 screens[i].name, lang ? "es" : "en", large ? " large" : "",
                                 first - r, last + r, left.x + left.w, right.x);
                }
                session_free(&s);
            }
}

static void test_large_text_sweep_en(void **state) { sweep(*state, LANG_EN); }
static void test_large_text_sweep_es(void **state) { sweep(*state, LANG_ES); }

/* The settled frame against tests/golden/<what>-<size>.png; home's side
 * cards run off the edges by design, so there the centred card must hold
 * its text. */
static void golden(Session *s, const char *what, const Size *z)
{
    char name[128];
    render_settle(&s->app);
    assert_false(app_animating(&s->app));
    session_draw(s);
    snprintf(name, sizeof name, "%s-%s", what, z->name);
    /* Under the sheet's scrim, home's own text is checked for cuts only. */
    Rect region = access_sheet_active(&s->app) ? rect_make(-1, -1, 0, 0) : sweep_region(&s->app);
    render_check_frame(s, name, region);
}

/* Every text block drawn after the sheet's card lies inside the card. */
static void assert_sheet_text_inside(const Session *s, const char *name)
{
    Rect card = access_sheet_layout(&s->app).card;
    bool after = false;
    int texts = 0;
    for (size_t i = 0; i < s->dl.count; i++) {
        const DrawCmd *cmd = &s->dl.cmds[i];
        if (cmd->kind == DRAW_RECT && rect_inside(cmd->rect, card, 0.0f) &&
            rect_inside(card, cmd->rect, 0.0f))
            after = true;
        else if (after && cmd->kind == DRAW_TEXT) {
            Rect used = rect_make(cmd->rect.x, cmd->rect.y, cmd->block.width, cmd->block.height);
            if (!rect_inside(used, card, 0.5f) || cmd->block.ellipsized || cmd->block.overflow)
                fail_msg("%s: '%s' cut or outside the sheet", name, drawlist_cmd_text(&s->dl, cmd));
            texts++;
        }
    }
    assert_true(texts >= 2 * ACCESS_OPTION_COUNT + 2); /* title, labels, notes, Done */
}

static void home_and_detail(const Size *z, AccessOptions o, const char *prefix)
{
    char name[64];
    Session s;
    start_with(&s, z, LANG_EN, o);
    snprintf(name, sizeof name, "%s-home", prefix);
    golden(&s, name, z);
    app_navigate(&s.app, nav_target(SCREEN_DETAIL, 0, -1, 1)); /* the pay chart */
    snprintf(name, sizeof name, "%s-detail-pay", prefix);
    golden(&s, name, z);
    session_free(&s);
}

static void test_large_text_goldens(void **state) { home_and_detail(*state, LARGE, "large"); }
static void test_high_contrast_goldens(void **state) { home_and_detail(*state, CONTRAST, "hc"); }

/* The sheet, opened from its pill, in Spanish with large text on: the
 * roomiest case. Its text must stay inside its card. */
static void test_sheet_golden(void **state)
{
    const Size *z = *state;
    Session s;
    start_with(&s, z, LANG_EN, (AccessOptions){false, false, false});
    access_sheet_open(&s.app);
    golden(&s, "access-sheet", z);
    assert_sheet_text_inside(&s, "access sheet");
    app_set_access(&s.app, LARGE);
    s.app.lang = LANG_ES;
    render_settle(&s.app);
    session_draw(&s);
    char name[64];
    snprintf(name, sizeof name, "es access sheet large %s", z->name);
    render_assert_text(&s, name, rect_make(-1, -1, 0, 0));
    assert_sheet_text_inside(&s, name);
    session_free(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dots_clear_of_buttons),
        cmocka_unit_test_prestate(test_large_text_sweep_en, (void *)&sizes[0]),
        cmocka_unit_test_prestate(test_large_text_sweep_en, (void *)&sizes[1]),
        cmocka_unit_test_prestate(test_large_text_sweep_es, (void *)&sizes[0]),
        cmocka_unit_test_prestate(test_large_text_sweep_es, (void *)&sizes[1]),
        cmocka_unit_test_prestate(test_large_text_goldens, (void *)&sizes[0]),
        cmocka_unit_test_prestate(test_large_text_goldens, (void *)&sizes[1]),
        cmocka_unit_test_prestate(test_high_contrast_goldens, (void *)&sizes[0]),
        cmocka_unit_test_prestate(test_high_contrast_goldens, (void *)&sizes[1]),
        cmocka_unit_test_prestate(test_sheet_golden, (void *)&sizes[0]),
        cmocka_unit_test_prestate(test_sheet_golden, (void *)&sizes[1]),
    };
    return cmocka_run_group_tests(tests, render_global_setup, render_global_teardown);
}
