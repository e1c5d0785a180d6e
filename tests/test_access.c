/* Readability options (access.h) from each source and their precedence, the
 * "Aa" sheet by touch and keys, the idle reset, and reduced motion: every
 * transition a crossfade with nothing moved part-way. No renderer: the fake
 * measurer and the draw list. */
#include "app_fixture.h"

#include <math.h>

#include "screens/access_sheet.h"

static const char bundle_json[] =
    "{\"format\":1,\"title\":\"Careers\",\"subtitle\":\"Four roles\","
    "\"settings\":{\"idle_seconds\":60,"
    " \"accessibility\":{\"high_contrast\":false,\"large_text\":true,\"reduced_motion\":false}},"
    "\"sources\":[{\"id\":\"s\",\"publisher\":\"P\",\"title\":\"T\",\"cite\":\"P, 2024\",\"year\":2025}],"
    "\"careers\":["
    "{\"id\":\"a\",\"name\":\"Alpha\",\"tagline\":\"First\",\"summary\":\"Does a.\",\"color\":\"#0F766E\",\"icon\":\"a.svg\","
    " \"pay\":{\"median\":{\"value\":44200,\"source\":\"s\",\"year\":2024}},"
    " \"day\":[{\"time\":\"08:00\",\"title\":\"Open\",\"text\":\"Opens up.\"},"
    "        {\"time\":\"10:00\",\"title\":\"Work\",\"text\":\"Works.\"}]},"
    "{\"id\":\"b\",\"name\":\"Beta\",\"tagline\":\"Second\",\"summary\":\"Does b.\",\"color\":\"#3730A3\",\"icon\":\"b.svg\","
    " \"pay\":{\"median\":{\"value\":50250,\"source\":\"s\",\"year\":2024}}},"
    "{\"id\":\"c\",\"name\":\"Gamma\",\"tagline\":\"Third\",\"summary\":\"Does c.\",\"color\":\"#6D28D9\",\"icon\":\"c.svg\"},"
    "{\"id\":\"d\",\"name\":\"Delta\",\"tagline\":\"Fourth\",\"summary\":\"Does d.\",\"color\":\"#B45309\",\"icon\":\"d.svg\"}"
    "]}";

static const AccessOptions NONE = {false, false, false};
static const AccessOptions CALM = {false, false, true};

static int setup(void **state)
{
    return fixture_open(state, bundle_json, sizeof bundle_json - 1, 1920, 1080);
}

static int teardown(void **state)
{
    return fixture_close(state);
}

static void tap(App *app, float x, float y)
{
    press_release(app, x, y, 40);
    app_tick(app, app->now_ms + 16);
}

static void tap_rect(App *app, Rect r)
{
    tap(app, r.x + r.w * 0.5f, r.y + r.h * 0.5f);
}

/* ---- sources and precedence ----------------------------------------------- */

static void test_command_line_switches_on_over_the_bundle(void **state)
{
    (void)state;
    AccessOptions bundle = {false, true, false}, cli = {true, false, false};
    AccessOptions o = access_merge(bundle, cli);
    assert_true(o.high_contrast);  /* the flag wins over the bundle's false */
    assert_true(o.large_text);     /* the bundle's true stands: no flag turns it off */
    assert_false(o.reduced_motion);
    assert_true(access_merge(NONE, CALM).reduced_motion);
    assert_float_equal(access_text_scale(&o), ACCESS_LARGE_TEXT_SCALE, 1e-6);
    assert_float_equal(access_text_scale(&NONE), 1.0f, 1e-6);
    for (int i = 0; i < ACCESS_OPTION_COUNT; i++) {
        AccessOptions x = NONE;
        access_set(&x, (AccessOption)i, true);
        assert_true(access_get(&x, (AccessOption)i));
        assert_false(access_equal(&x, &NONE));
    }
}

static void test_bundle_sets_the_starting_options(void **state)
{
    Fixture *f = *state;
    assert_false(f->content->access.high_contrast);
    assert_true(f->content->access.large_text);
    assert_false(f->content->access.reduced_motion);
}

static bool report_says(const ContentReport *r, const char *path, const char *words)
{
    for (size_t i = 0; i < r->count; i++)
        if (!strcmp(r->items[i].path, path) && strstr(r->items[i].message, words))
            return true;
    return false;
}

static void test_wrong_types_name_their_path(void **state)
{
    (void)state;
    static const char json[] =
        "{\"format\":1,\"title\":\"T\",\"settings\":{\"accessibility\":"
        "{\"large_text\":\"yes\",\"reduced_motion\":1,\"contrast\":true}},"
        "\"sources\":[{\"id\":\"s\",\"publisher\":\"P\",\"title\":\"T\",\"cite\":\"P\",\"year\":2025}],"
        "\"careers\":[{\"id\":\"a\",\"name\":\"A\",\"tagline\":\"t\",\"summary\":\"s\","
        "\"color\":\"#0F766E\",\"icon\":\"a.svg\"}]}";
    ContentReport r = {0};
    Content *c = content_parse(json, sizeof json - 1, "t.json", NULL, NULL, &r);
    assert_true(report_says(&r, "settings.accessibility.large_text", "true or false"));
    assert_true(report_says(&r, "settings.accessibility.reduced_motion", "true or false"));
    assert_true(report_says(&r, "settings.accessibility.contrast", "unknown key"));
    content_free(c);
    content_report_free(&r);
    static const char not_object[] =
        "{\"format\":1,\"title\":\"T\",\"settings\":{\"accessibility\":true},"
        "\"sources\":[{\"id\":\"s\",\"publisher\":\"P\",\"title\":\"T\",\"cite\":\"P\",\"year\":2025}],"
        "\"careers\":[{\"id\":\"a\",\"name\":\"A\",\"tagline\":\"t\",\"summary\":\"s\","
        "\"color\":\"#0F766E\",\"icon\":\"a.svg\"}]}";
    memset(&r, 0, sizeof r);
    c = content_parse(not_object, sizeof not_object - 1, "t.json", NULL, NULL, &r);
    assert_true(report_says(&r, "settings.accessibility", "object"));
    content_free(c);
    content_report_free(&r);
}

static void test_start_options_apply_at_once(void **state)
{
    Fixture *f = *state;
    AccessOptions all = {true, true, true};
    app_set_start(&f->app, LANG_ES, all);
    assert_int_equal(f->app.lang, LANG_ES);
    assert_true(theme_is_high_contrast(&f->app.theme));
    assert_true(app_reduced_motion(&f->app));
    /* At 1920x1080 a design unit is a pixel: body text 32 -> 40. */
    TextStyle body = layout_text_style(&f->app.layout, TYPE_BODY, WEIGHT_REGULAR);
    assert_float_equal(body.px, 40.0f, 0.01f);
    TextStyle cap = layout_text_style(&f->app.layout, TYPE_CAPTION, WEIGHT_REGULAR);
    assert_float_equal(cap.px, 30.0f, 0.01f);
    /* A resize keeps the type scale. */
    app_resize(&f->app, 1080, 1920);
    assert_float_equal(f->app.layout.text_scale, ACCESS_LARGE_TEXT_SCALE, 1e-6);
    app_set_access(&f->app, NONE);
    assert_false(theme_is_high_contrast(&f->app.theme));
    assert_float_equal(f->app.layout.text_scale, 1.0f, 1e-6);
}

/* ---- the sheet ------------------------------------------------------------- */

/* The "Aa" pill, found where home drew it. */
static Rect aa_pill(Fixture *f)
{
    app_draw(&f->app, &f->dl);
    for (size_t i = 0; i < f->dl.count; i++) {
        const DrawCmd *cmd = &f->dl.cmds[i];
        if (cmd->kind == DRAW_TEXT && !strcmp(drawlist_cmd_text(&f->dl, cmd), "Aa"))
            return cmd->rect;
    }
    fail_msg("home draws no Aa pill");
    return rect_make(0, 0, 0, 0);
}

static void test_sheet_toggles_by_touch(void **state)
{
    Fixture *f = *state;
    settle(&f->app);
    tap_rect(&f->app, aa_pill(f));
    settle(&f->app);
    assert_true(access_sheet_active(&f->app));
    AccessSheetLayout g = access_sheet_layout(&f->app);
    assert_true(rect_inside(g.card, f->app.layout.screen, 0.5f));
    tap_rect(&f->app, g.rows[ACCESS_LARGE_TEXT]);
    assert_true(f->app.access.large_text);
    assert_float_equal(f->app.layout.text_scale, ACCESS_LARGE_TEXT_SCALE, 1e-6);
    g = access_sheet_layout(&f->app); /* the sheet grew with its text */
    assert_true(rect_inside(g.card, f->app.layout.screen, 0.5f));
    tap_rect(&f->app, g.rows[ACCESS_HIGH_CONTRAST]);
    assert_true(theme_is_high_contrast(&f->app.theme));
    tap_rect(&f->app, g.rows[ACCESS_REDUCED_MOTION]);
    assert_true(app_reduced_motion(&f->app));
    tap_rect(&f->app, g.rows[ACCESS_HIGH_CONTRAST]); /* and off again */
    assert_false(theme_is_high_contrast(&f->app.theme));
    assert_int_equal(f->app.screen, SCREEN_HOME); /* nothing under the sheet acted */
    assert_int_equal(f->app.home.open, -1);
    tap_rect(&f->app, g.done);
    settle(&f->app);
    assert_false(access_sheet_active(&f->app));
    /* A tap on the dimmed screen outside the card closes it too. */
    tap_rect(&f->app, aa_pill(f));
    settle(&f->app);
    assert_true(access_sheet_active(&f->app));
    tap(&f->app, 10.0f, f->app.layout.h - 10.0f);
    settle(&f->app);
    assert_false(access_sheet_active(&f->app));
}

static void test_sheet_by_keys(void **state)
{
    Fixture *f = *state;
    settle(&f->app);
    access_sheet_open(&f->app);
    settle(&f->app);
    app_key(&f->app, KEY_NEXT); /* focus: high contrast */
    app_key(&f->app, KEY_NEXT); /* large text */
    app_key(&f->app, KEY_ACTIVATE);
    assert_true(f->app.access.large_text);
    app_key(&f->app, KEY_BACK);
    settle(&f->app);
    assert_false(access_sheet_active(&f->app));
    assert_int_equal(f->app.screen, SCREEN_HOME);
}

static void test_idle_reset_restores_the_starting_options(void **state)
{
    Fixture *f = *state;
    AccessOptions start = {true, false, false};
    app_set_start(&f->app, LANG_EN, start);
    KioskConfig cfg = {60000u, 10000u};
    app_enable_kiosk(&f->app, &cfg);
    tap(&f->app, 960, 540); /* wakes the kiosk: home */
    fixture_advance(&f->app, 1000);
    assert_int_equal(f->app.screen, SCREEN_HOME);
    AccessOptions visitor = {false, true, true};
    app_set_access(&f->app, visitor); /* as the sheet does */
    f->app.lang = LANG_ES;
    fixture_advance(&f->app, 71000);
    assert_int_equal(f->app.screen, SCREEN_ATTRACT);
    assert_int_equal(f->app.lang, LANG_EN);
    assert_true(theme_is_high_contrast(&f->app.theme));
    assert_false(f->app.access.large_text);
    assert_false(app_reduced_motion(&f->app));
    assert_float_equal(f->app.layout.text_scale, 1.0f, 1e-6);
}

/* The admin's theme is what visitors start with, and what high contrast
 * switches back to. */
static void test_admin_theme_is_the_starting_theme(void **state)
{
    Fixture *f = *state;
    app_set_theme(&f->app, theme_projector());
    AccessOptions hc = {true, false, false};
    app_set_access(&f->app, hc);
    assert_true(theme_is_high_contrast(&f->app.theme));
    app_set_access(&f->app, NONE);
    assert_true(color_luminance(f->app.theme.bg_top) > 0.5); /* the light theme again */
    app_set_theme(&f->app, theme_high_contrast());
    assert_true(f->app.start_access.high_contrast);
    assert_true(f->app.access.high_contrast);
}

/* ---- reduced motion ---------------------------------------------------------- */

typedef struct {
    char text[64];
    Rect r;
} Placed;

enum { MAX_PLACED = 256 };

/* Every text block of the frame just drawn, with where it sits. */
static size_t placed_texts(Fixture *f, Placed *out)
{
    app_draw(&f->app, &f->dl);
    size_t n = 0;
    for (size_t i = 0; i < f->dl.count && n < MAX_PLACED; i++) {
        const DrawCmd *cmd = &f->dl.cmds[i];
        if (cmd->kind != DRAW_TEXT)
            continue;
        snprintf(out[n].text, sizeof out[n].text, "%s", drawlist_cmd_text(&f->dl, cmd));
        out[n++].r = cmd->rect;
    }
    return n;
}

/* True when the frame just drawn has a full-screen veil part-way faded. */
static bool crossfading(const Fixture *f)
{
    for (size_t i = 0; i < f->dl.count; i++) {
        const DrawCmd *cmd = &f->dl.cmds[i];
        if (cmd->kind == DRAW_RECT && cmd->color.a > 0 && cmd->color.a < 255 &&
            rect_inside(f->app.layout.screen, cmd->rect, 0.0f))
            return true;
    }
    return false;
}

/* Mid-transition, every text block already sits where it comes to rest:
 * a crossfade changes alpha, never position. */
static void assert_nothing_moved(Fixture *f, const char *what)
{
    static Placed mid[MAX_PLACED], rest[MAX_PLACED];
    size_t nm = placed_texts(f, mid);
    settle(&f->app);
    size_t nr = placed_texts(f, rest);
    assert_true(nr > 0);
    size_t matched = 0;
    static bool used[MAX_PLACED];
    memset(used, 0, sizeof used);
    for (size_t i = 0; i < nm; i++) /* the k-th "median" mid-way is the k-th at rest */
        for (size_t j = 0; j < nr; j++)
            if (!used[j] && !strcmp(mid[i].text, rest[j].text)) {
                if (fabsf(mid[i].r.x - rest[j].r.x) > 0.5f || fabsf(mid[i].r.y - rest[j].r.y) > 0.5f)
                    fail_msg("%s: '%s' at %.1f,%.1f mid-transition, %.1f,%.1f at rest", what,
                             mid[i].text, mid[i].r.x, mid[i].r.y, rest[j].r.x, rest[j].r.y);
                used[j] = true;
                matched++;
                break;
            }
    assert_true(matched > 0);
}

static void test_reduced_motion_screen_changes_crossfade(void **state)
{
    Fixture *f = *state;
    app_set_start(&f->app, LANG_EN, CALM);
    settle(&f->app);
    /* Home's cards: opening one crossfades to detail, no card-grow. */
    HomeLayout h = layout_home(&f->app.layout);
    Rect card = layout_home_card(&h, &f->app.layout, 0, 0.0f);
    tap_rect(&f->app, card);
    assert_int_equal(f->app.screen, SCREEN_DETAIL);
    app_tick(&f->app, f->app.now_ms + ACCESS_CROSSFADE_MS / 2 - 16);
    app_draw(&f->app, &f->dl);
    assert_true(crossfading(f));
    assert_nothing_moved(f, "home to detail");
    assert_false(app_animating(&f->app));
    /* A section change is a fade in place. */
    app_key(&f->app, KEY_NEXT);
    app_tick(&f->app, f->app.now_ms + 16);
    assert_float_equal(f->app.detail.position, 1.0f, 1e-6);
    assert_nothing_moved(f, "detail section");
    /* Back to home: no shrinking card, the carousel where it was. */
    app_key(&f->app, KEY_BACK);
    app_tick(&f->app, f->app.now_ms + 16);
    assert_int_equal(f->app.screen, SCREEN_HOME);
    assert_int_equal(f->app.home.open, -1);
    assert_nothing_moved(f, "detail to home");
}

static char home_line[64]; /* placed_texts keeps 63 characters of each */

/* The alpha of the text command saying `text` in the frame just drawn
 * (the last such), or -1 when none says it. */
static int text_alpha(const Fixture *f, const char *text)
{
    int alpha = -1;
    for (size_t i = 0; i < f->dl.count; i++)
        if (f->dl.cmds[i].kind == DRAW_TEXT &&
            !strncmp(drawlist_cmd_text(&f->dl, &f->dl.cmds[i]), text, sizeof home_line - 1))
            alpha = f->dl.cmds[i].color.a;
    return alpha;
}

/* A true crossfade, not a dip to the background: half-way from home to a
 * career's page, a line of home's that the page lacks is still drawn (over
 * the page) at about half its alpha, and is gone once the fade is over. */
static void test_reduced_motion_old_screen_fades_out(void **state)
{
    Fixture *f = *state;
    app_set_start(&f->app, LANG_EN, CALM);
    settle(&f->app);
    static Placed home[MAX_PLACED], detail[MAX_PLACED];
    size_t nh = placed_texts(f, home);
    int rest = -1;
    for (size_t i = 0; i < nh && rest < 0; i++) /* home's title */
        if (strlen(home[i].text) > 8) {
            snprintf(home_line, sizeof home_line, "%s", home[i].text);
            rest = text_alpha(f, home_line);
        }
    HomeLayout h = layout_home(&f->app.layout);
    tap_rect(&f->app, layout_home_card(&h, &f->app.layout, 0, 0.0f));
    assert_int_equal(f->app.screen, SCREEN_DETAIL);
    app_tick(&f->app, f->app.now_ms + ACCESS_CROSSFADE_MS / 2);
    app_draw(&f->app, &f->dl);
    int mid = text_alpha(f, home_line);
    settle(&f->app);
    size_t nd = placed_texts(f, detail);
    for (size_t j = 0; j < nd; j++)
        assert_true(strncmp(detail[j].text, home_line, sizeof home_line - 1) != 0);
    assert_true(rest > 200);
    assert_true(mid >= rest / 2 - 3 && mid <= rest / 2 + 3);
    assert_int_equal(text_alpha(f, home_line), -1);
}

/* A content reload fades the new home in from the background: the old
 * screen is not held, as its images may have gone with its bundle. */
static void test_reduced_motion_reload_fades_from_the_background(void **state)
{
    Fixture *f = *state;
    app_set_start(&f->app, LANG_EN, CALM);
    settle(&f->app);
    app_draw(&f->app, &f->dl);
    app_replace_content(&f->app, f->app.content);
    app_tick(&f->app, f->app.now_ms + ACCESS_CROSSFADE_MS / 2);
    app_draw(&f->app, &f->dl);
    assert_int_equal(f->dl.held_count, 0);
    assert_true(crossfading(f));
    app_navigate(&f->app, nav_target(SCREEN_DETAIL, 0, -1, 0)); /* a visitor's change holds it */
    app_tick(&f->app, f->app.now_ms + ACCESS_CROSSFADE_MS / 2);
    app_draw(&f->app, &f->dl);
    assert_true(f->dl.held_count > 0);
}

static void test_reduced_motion_compare_and_day(void **state)
{
    Fixture *f = *state;
    app_set_start(&f->app, LANG_EN, CALM);
    app_navigate(&f->app, nav_target(SCREEN_COMPARE, 0, 1, 0));
    app_tick(&f->app, f->app.now_ms + 48);
    assert_nothing_moved(f, "compare entrance");
    app_key(&f->app, KEY_NEXT);
    app_tick(&f->app, f->app.now_ms + 48);
    assert_float_equal(f->app.compare.position, 1.0f, 1e-6);
    assert_nothing_moved(f, "compare page");
    app_navigate(&f->app, nav_target(SCREEN_DAY, 0, -1, 0));
    app_tick(&f->app, f->app.now_ms + 48);
    assert_nothing_moved(f, "day entrance");
    app_key(&f->app, KEY_NEXT);
    app_tick(&f->app, f->app.now_ms + 48);
    assert_nothing_moved(f, "day step");
}

/* The attract loop's cards stand still with reduced motion (they drift
 * otherwise): the same names sit in the same places a second later. */
static void test_reduced_motion_attract_stands_still(void **state)
{
    Fixture *f = *state;
    app_set_start(&f->app, LANG_EN, CALM);
    KioskConfig cfg = {60000u, 10000u};
    app_enable_kiosk(&f->app, &cfg);
    fixture_advance(&f->app, 1000);
    assert_int_equal(f->app.screen, SCREEN_ATTRACT);
    static Placed before[MAX_PLACED], after[MAX_PLACED];
    size_t nb = placed_texts(f, before);
    fixture_advance(&f->app, 1000);
    size_t na = placed_texts(f, after);
    size_t names = 0;
    for (size_t j = 0; j < na; j++) {
        if (strcmp(after[j].text, "Alpha") && strcmp(after[j].text, "Beta"))
            continue; /* card names: the figures and scenes change on their own */
        bool found = false;
        for (size_t i = 0; i < nb && !found; i++)
            found = !strcmp(before[i].text, after[j].text) &&
                    fabsf(before[i].r.x - after[j].r.x) < 0.5f &&
                    fabsf(before[i].r.y - after[j].r.y) < 0.5f;
        if (!found)
            fail_msg("'%s' moved to %.1f,%.1f", after[j].text, after[j].r.x, after[j].r.y);
        names++;
    }
    assert_true(names > 0);
}

/* The carousel snaps without overshoot: it never passes its target. */
static void test_reduced_motion_snap_has_no_overshoot(void **state)
{
    Fixture *f = *state;
    app_set_start(&f->app, LANG_EN, CALM);
    settle(&f->app);
    fixture_swipe(&f->app, 1300.0f, 540.0f, 700.0f, 540.0f, 96); /* a hard fling */
    float last = f->app.home.position;
    for (int i = 0; i < 120; i++) {
        app_tick(&f->app, f->app.now_ms + 16);
        float p = f->app.home.position;
        assert_true(p <= 1.0001f);
        assert_true(p >= last - 0.0001f || p < 0.5f); /* only forward, then folded */
        last = p;
    }
    assert_int_equal(f->app.home.focused, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_command_line_switches_on_over_the_bundle),
        cmocka_unit_test_setup_teardown(test_bundle_sets_the_starting_options, setup, teardown),
        cmocka_unit_test(test_wrong_types_name_their_path),
        cmocka_unit_test_setup_teardown(test_start_options_apply_at_once, setup, teardown),
        cmocka_unit_test_setup_teardown(test_sheet_toggles_by_touch, setup, teardown),
        cmocka_unit_test_setup_teardown(test_sheet_by_keys, setup, teardown),
        cmocka_unit_test_setup_teardown(test_idle_reset_restores_the_starting_options, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_admin_theme_is_the_starting_theme, setup, teardown),
        cmocka_unit_test_setup_teardown(test_reduced_motion_screen_changes_crossfade, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_reduced_motion_old_screen_fades_out, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_reduced_motion_reload_fades_from_the_background,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_reduced_motion_compare_and_day, setup, teardown),
        cmocka_unit_test_setup_teardown(test_reduced_motion_snap_has_no_overshoot, setup, teardown),
        cmocka_unit_test_setup_teardown(test_reduced_motion_attract_stands_still, setup,
                                        teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
