/* The career detail screen driven by timed pointer events and keys, with the
 * fake measurer and no renderer: sections, tabs, scrolling, the ways back,
 * missing figures and idleness. */
#include "app_fixture.h"

#include <math.h>

#include "app.h"
#include "screens/detail_page.h"

/* Career 0 has every figure; career 1 has only an estimated pay range and
 * growth, so most figures are missing. */
static const char bundle_json[] =
    "{\"format\":1,\"title\":\"Careers\",\"subtitle\":\"Two roles\","
    "\"all_occupations_growth\":{\"value\":3,\"source\":\"s\",\"year\":2024,\"period\":\"2024-2034\"},"
    "\"sources\":["
    " {\"id\":\"s\",\"publisher\":\"Pub\",\"title\":\"Survey\",\"cite\":\"Pub, 2024\",\"year\":2025,"
    "  \"url\":\"https://example.org/a/very/long/path/that/has/to/wrap/somewhere-on-the-card\"},"
    " {\"id\":\"t\",\"publisher\":\"Guide\",\"title\":\"Guide\",\"cite\":\"Guide, 2026\",\"year\":2026}],"
    "\"careers\":["
    "{\"id\":\"a\",\"name\":\"Alpha\",\"credential\":\"AA\",\"tagline\":\"First\","
    " \"summary\":\"Alphas do many things all day long, with people and with paper, and they like it.\","
    " \"duties\":[\"Greets people\",\"Checks things carefully every single time\",\"Files charts\","
    "  \"Draws blood\",\"Books visits\",\"Cleans tools\",\"Runs tests\",\"Answers calls\"],"
    " \"color\":\"#0F766E\",\"icon\":\"a.svg\","
    " \"employed\":{\"value\":811000,\"source\":\"s\",\"year\":2024},"
    " \"projected\":{\"value\":912200,\"source\":\"s\",\"year\":2024,\"period\":\"2024-2034\"},"
    " \"growth\":{\"value\":12,\"source\":\"s\",\"year\":2024,\"period\":\"2024-2034\"},"
    " \"new_jobs\":{\"value\":101200,\"source\":\"s\",\"year\":2024,\"period\":\"2024-2034\"},"
    " \"pay\":{\"p10\":{\"value\":35020,\"source\":\"s\",\"year\":2024},"
    "  \"p25\":{\"value\":37610,\"source\":\"s\",\"year\":2024},"
    "  \"median\":{\"value\":44200,\"source\":\"s\",\"year\":2024},"
    "  \"p75\":{\"value\":48160,\"source\":\"s\",\"year\":2024},"
    "  \"p90\":{\"value\":57830,\"source\":\"s\",\"year\":2024},"
    "  \"mean\":{\"value\":44720,\"source\":\"s\",\"year\":2024}},"
    " \"pay_note\":\"Pay varies by region.\","
    " \"training\":{\"summary\":\"Most take a course.\","
    "  \"months\":{\"value\":9,\"source\":\"t\",\"year\":2026},"
    "  \"paths\":[{\"name\":\"Fast\",\"months_min\":4,\"months_max\":4},"
    "   {\"name\":\"Certificate\",\"months_min\":9,\"months_max\":12,\"note\":\"Common.\"},"
    "   {\"name\":\"Degree\",\"months_min\":24,\"months_max\":24}]},"
    " \"certifications\":[{\"code\":\"AA\",\"name\":\"Certified Alpha\",\"body\":\"Board\","
    "  \"required\":false,\"renewal\":\"Every 5 years\",\"note\":\"Helps.\"},"
    "  {\"code\":\"BB\",\"name\":\"Basic Alpha\",\"body\":\"Other board\",\"required\":true}],"
    " \"settings\":[{\"name\":\"Offices\",\"share\":57,\"source\":\"s\",\"year\":2024},"
    "  {\"name\":\"Hospitals\",\"share\":17,\"source\":\"s\",\"year\":2024},"
    "  {\"name\":\"Elsewhere\",\"source\":\"s\",\"year\":2024}],"
    " \"schedule\":\"Weekdays.\","
    " \"skills\":[\"Patience\",\"Care with detail\",\"Calm\"],"
    " \"advancement\":[\"Lead\",\"Teach\",\"Study more\"]},"
    "{\"id\":\"b\",\"name\":\"Beta\",\"tagline\":\"Second\",\"summary\":\"Does b.\","
    " \"color\":\"#B45309\",\"icon\":\"b.svg\","
    " \"growth\":{\"value\":9,\"source\":\"t\",\"year\":2021,\"period\":\"2021-2031\"},"
    " \"pay\":{\"range_low\":{\"value\":35000,\"source\":\"t\",\"year\":2026},"
    "  \"range_high\":{\"value\":42000,\"source\":\"t\",\"year\":2026}},"
    " \"settings\":[{\"name\":\"Offices\",\"source\":\"t\",\"year\":2026}]}"
    "]}";





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
}

static void tap_rect(App *app, Rect r)
{
    tap(app, r.x + r.w * 0.5f, r.y + r.h * 0.5f);
}

/* A finger moving from (x0,y0) to (x1,y1) over `ms`, one sample per frame. */
static void swipe(App *app, float x0, float y0, float x1, float y1, uint32_t ms)
{
    fixture_swipe(app, x0, y0, x1, y1, ms);
}

/* From home: taps the centred card and waits for the detail screen. */
static void open_first_card(App *app)
{
    settle(app);
    tap(app, (float)app->layout.w * 0.5f, (float)app->layout.h * 0.55f);
    settle(app);
    assert_int_equal(app->screen, SCREEN_DETAIL);
}

/* Straight to career `career`, section `section` (as the quiz would). */
static void open_detail(App *app, int career, int section)
{
    settle(app);
    app_navigate(app, nav_target(SCREEN_DETAIL, career, -1, section));
    settle(app);
    assert_int_equal(app->screen, SCREEN_DETAIL);
}

/* Every text block drawn fits its box and stays on screen. */
static void assert_text_fits(const App *app, const DrawList *dl)
{
    for (size_t i = 0; i < dl->count; i++) {
        const DrawCmd *c = &dl->cmds[i];
        if (c->kind != DRAW_TEXT)
            continue;
        const char *text = drawlist_cmd_text(dl, c);
        if (c->block.ellipsized || c->block.overflow || c->block.width > c->rect.w + 0.5f)
            fail_msg("text cut at %dx%d: '%s'", app->layout.w, app->layout.h, text);
        if (c->rect.y < -0.5f || c->rect.y + c->block.height > (float)app->layout.h + 0.5f)
            fail_msg("text off screen at %dx%d: '%s'", app->layout.w, app->layout.h, text);
    }
}

static void test_opens_from_home_and_rests(void **state)
{
    Fixture *f = *state;
    open_first_card(&f->app);
    assert_int_equal(f->app.detail.career, 0);
    assert_int_equal(f->app.detail.section, DETAIL_WHAT);
    assert_int_equal(f->app.nav.career, 0);
    /* Idle: nothing moves, no timers, no frames wanted after one draw. */
    assert_false(app_animating(&f->app));
    app_draw(&f->app, &f->dl);
    assert_false(app_needs_frame(&f->app));
    assert_int_equal(app_next_wakeup(&f->app), 0);
    app_tick(&f->app, f->app.now_ms + 5000);
    assert_false(app_animating(&f->app));
}

/* The first frame continues home's opened card: same rect, same header. */
static void test_first_frame_continues_the_card(void **state)
{
    Fixture *f = *state;
    settle(&f->app);
    tap(&f->app, 960.0f, 594.0f);
    /* Tick until the router switches screens, then look at that frame. */
    for (int i = 0; i < 100 && f->app.screen != SCREEN_DETAIL; i++)
        app_tick(&f->app, f->app.now_ms + 16);
    assert_int_equal(f->app.screen, SCREEN_DETAIL);
    assert_int_equal(f->app.detail.entrance, DETAIL_ENTER_CARD);
    app_draw(&f->app, &f->dl);
    HomeLayout h = layout_home(&f->app.layout);
    bool card = false;
    for (size_t i = 0; i < f->dl.count; i++) {
        Rect r = f->dl.cmds[i].rect;
        card |= f->dl.cmds[i].kind == DRAW_RECT && fabsf(r.x - h.expanded.x) < 0.5f &&
                fabsf(r.y - h.expanded.y) < 0.5f && fabsf(r.w - h.expanded.w) < 0.5f &&
                fabsf(r.h - h.expanded.h) < 0.5f;
    }
    assert_true(card);
    assert_non_null(text_containing(&f->dl, "Alpha"));
    assert_non_null(text_containing(&f->dl, "First"));
    assert_true(rect_inside(detail_button_rect(&f->app, DETAIL_PRESS_BACK), h.back_button, 0.0f));
}

static void test_keys_move_between_sections_and_clamp(void **state)
{
    Fixture *f = *state;
    open_first_card(&f->app);
    app_key(&f->app, KEY_NEXT);
    settle(&f->app);
    assert_int_equal(f->app.detail.section, DETAIL_PAY);
    assert_float_equal(f->app.detail.position, 1.0f, 0.0f);
    for (int i = 0; i < 12; i++)
        app_key(&f->app, KEY_NEXT);
    settle(&f->app);
    assert_int_equal(f->app.detail.section, DETAIL_SOURCES); /* stops at the last */
    app_key(&f->app, KEY_PREV);
    settle(&f->app);
    assert_int_equal(f->app.detail.section, DETAIL_PATH);
    for (int i = 0; i < 12; i++)
        app_key(&f->app, KEY_PREV);
    settle(&f->app);
    assert_int_equal(f->app.detail.section, DETAIL_WHAT);
    assert_float_equal(f->app.detail.position, 0.0f, 0.0f);
    assert_int_equal(f->app.screen, SCREEN_DETAIL);
}

static void test_swipes_page_and_clamp(void **state)
{
    Fixture *f = *state;
    open_first_card(&f->app);
    DetailLayout d = layout_detail(&f->app.layout);
    float y = d.view.y + d.view.h * 0.5f;
    swipe(&f->app, 1500.0f, y, 900.0f, y, 160);
    settle(&f->app);
    assert_int_equal(f->app.detail.section, DETAIL_PAY);
    swipe(&f->app, 900.0f, y, 1500.0f, y, 160);
    settle(&f->app);
    assert_int_equal(f->app.detail.section, DETAIL_WHAT);
    /* Past the first section the strip resists, then springs back. */
    pointer(&f->app, POINTER_DOWN, 600.0f, y);
    app_tick(&f->app, f->app.now_ms + 16);
    pointer(&f->app, POINTER_MOVE, 1400.0f, y);
    assert_true(f->app.detail.position < 0.0f);
    assert_true(f->app.detail.position > -800.0f / d.view.w); /* less than the finger */
    app_tick(&f->app, f->app.now_ms + 300);
    pointer(&f->app, POINTER_UP, 1400.0f, y);
    settle(&f->app);
    assert_int_equal(f->app.detail.section, DETAIL_WHAT);
    assert_float_equal(f->app.detail.position, 0.0f, 0.0f);
    /* A slow drag of a little over half a page lands on the next one. */
    pointer(&f->app, POINTER_DOWN, 1600.0f, y);
    app_tick(&f->app, f->app.now_ms + 16);
    pointer(&f->app, POINTER_MOVE, 1600.0f - d.view.w * 0.6f, y);
    assert_float_equal(f->app.detail.position, 0.6f, 0.01f); /* follows the finger */
    app_tick(&f->app, f->app.now_ms + 400);
    pointer(&f->app, POINTER_UP, 1600.0f - d.view.w * 0.6f, y);
    settle(&f->app);
    assert_int_equal(f->app.detail.section, DETAIL_PAY);
}

static void test_tabs_jump(void **state)
{
    Fixture *f = *state;
    open_first_card(&f->app);
    tap_rect(&f->app, detail_tab_rect(&f->app, DETAIL_SOURCES));
    settle(&f->app);
    assert_int_equal(f->app.detail.section, DETAIL_SOURCES);
    assert_float_equal(f->app.detail.position, (float)DETAIL_SOURCES, 0.0f);
    tap_rect(&f->app, detail_tab_rect(&f->app, DETAIL_PAY));
    settle(&f->app);
    assert_int_equal(f->app.detail.section, DETAIL_PAY);
    /* Press feedback on the tab under the finger, at once. */
    Rect r = detail_tab_rect(&f->app, DETAIL_SKILLS);
    pointer(&f->app, POINTER_DOWN, r.x + r.w * 0.5f, r.y + r.h * 0.5f);
    assert_int_equal(f->app.detail.pressed, DETAIL_PRESS_TAB);
    assert_int_equal(f->app.detail.pressed_tab, DETAIL_SKILLS);
    pointer(&f->app, POINTER_UP, r.x + r.w * 0.5f, r.y + r.h * 0.5f);
    assert_int_equal(f->app.detail.pressed, DETAIL_PRESS_NONE);
}

static void test_back_key_returns_home(void **state)
{
    Fixture *f = *state;
    open_first_card(&f->app);
    app_key(&f->app, KEY_BACK);
    app_tick(&f->app, f->app.now_ms + 16);
    assert_int_equal(f->app.screen, SCREEN_HOME);
    assert_int_equal(f->app.home.open, 0); /* the card shrinks back... */
    settle(&f->app);
    assert_int_equal(f->app.home.open, -1); /* ...into the carousel */
}

static void test_back_button_returns_home(void **state)
{
    Fixture *f = *state;
    open_first_card(&f->app);
    Rect back = detail_button_rect(&f->app, DETAIL_PRESS_BACK);
    pointer(&f->app, POINTER_DOWN, back.x + back.w * 0.5f, back.y + back.h * 0.5f);
    assert_int_equal(f->app.detail.pressed, DETAIL_PRESS_BACK);
    app_tick(&f->app, f->app.now_ms + 40);
    pointer(&f->app, POINTER_UP, back.x + back.w * 0.5f, back.y + back.h * 0.5f);
    app_tick(&f->app, f->app.now_ms + 16);
    assert_int_equal(f->app.screen, SCREEN_HOME);
}

static void test_edge_swipe_returns_home(void **state)
{
    Fixture *f = *state;
    open_first_card(&f->app);
    swipe(&f->app, 5.0f, 600.0f, 600.0f, 600.0f, 150);
    app_tick(&f->app, f->app.now_ms + 16);
    assert_int_equal(f->app.screen, SCREEN_HOME);
}

/* The same swipe starting inside the card pages instead. */
static void test_swipe_right_inside_does_not_go_back(void **state)
{
    Fixture *f = *state;
    open_detail(&f->app, 0, DETAIL_PAY);
    swipe(&f->app, 300.0f, 700.0f, 900.0f, 700.0f, 150);
    settle(&f->app);
    assert_int_equal(f->app.screen, SCREEN_DETAIL);
    assert_int_equal(f->app.detail.section, DETAIL_WHAT);
}

static void test_home_button_goes_home(void **state)
{
    Fixture *f = *state;
    open_first_card(&f->app);
    tap_rect(&f->app, detail_button_rect(&f->app, DETAIL_PRESS_HOME));
    app_tick(&f->app, f->app.now_ms + 16);
    assert_int_equal(f->app.screen, SCREEN_HOME);
    assert_int_equal(f->app.history_len, 0);
}

static void test_compare_button_navigates(void **state)
{
    Fixture *f = *state;
    open_detail(&f->app, 1, DETAIL_OUTLOOK);
    tap_rect(&f->app, detail_button_rect(&f->app, DETAIL_PRESS_COMPARE));
    app_tick(&f->app, f->app.now_ms + 16);
    assert_int_equal(f->app.screen, SCREEN_COMPARE);
    assert_int_equal(f->app.nav.career, 1);
    /* Back finds the detail screen where it was left. */
    app_back(&f->app);
    app_tick(&f->app, f->app.now_ms + 16);
    assert_int_equal(f->app.screen, SCREEN_DETAIL);
    assert_int_equal(f->app.detail.career, 1);
    assert_int_equal(f->app.detail.section, DETAIL_OUTLOOK);
    assert_int_equal(f->app.detail.entrance, DETAIL_ENTER_NONE);
}

static void test_day_button_opens_the_day(void **state)
{
    Fixture *f = *state;
    open_detail(&f->app, 1, DETAIL_PAY);
    tap_rect(&f->app, detail_button_rect(&f->app, DETAIL_PRESS_DAY));
    app_tick(&f->app, f->app.now_ms + 16);
    assert_int_equal(f->app.screen, SCREEN_DAY);
    assert_int_equal(f->app.nav.career, 1);
    assert_int_equal(f->app.nav.other, -1);
}

static void test_starts_at_requested_section(void **state)
{
    Fixture *f = *state;
    open_detail(&f->app, 0, DETAIL_TRAINING);
    assert_int_equal(f->app.detail.section, DETAIL_TRAINING);
    assert_float_equal(f->app.detail.position, (float)DETAIL_TRAINING, 0.0f);
    assert_int_equal(f->app.detail.entrance, DETAIL_ENTER_FADE);
}

static void test_missing_figures_say_not_reported(void **state)
{
    Fixture *f = *state;
    open_detail(&f->app, 1, DETAIL_PAY);
    app_draw(&f->app, &f->dl);
    assert_non_null(text_containing(&f->dl, "$35,000"));
    assert_non_null(text_containing(&f->dl, "Percentiles: not reported"));
    assert_non_null(text_containing(&f->dl, "Average (mean): not reported"));
    assert_non_null(text_containing(&f->dl, "about $16.83"));
    app_key(&f->app, KEY_NEXT);
    settle(&f->app);
    app_draw(&f->app, &f->dl);
    assert_non_null(text_containing(&f->dl, "not reported")); /* employment, new jobs */
    assert_non_null(text_containing(&f->dl, "2021-2031"));    /* growth keeps its own period */
    /* Career 0 reports everything on the pay page. */
    open_detail(&f->app, 0, DETAIL_PAY);
    app_draw(&f->app, &f->dl);
    assert_null(text_containing(&f->dl, "not reported"));
    assert_non_null(text_containing(&f->dl, "about $21.25 an hour"));
    assert_non_null(text_containing(&f->dl, "Median $44,200"));
    assert_non_null(text_containing(&f->dl, "Source: Pub, 2024"));
}

static void test_sources_list_every_source_used(void **state)
{
    Fixture *f = *state;
    int ids[8];
    assert_int_equal(detail_page_sources(&f->app, 0, ids, 8), 2);
    assert_int_equal(ids[0], 0);
    assert_int_equal(ids[1], 1);
    open_detail(&f->app, 0, DETAIL_SOURCES);
    app_draw(&f->app, &f->dl);
    assert_non_null(text_containing(&f->dl, "Pub"));
    assert_non_null(text_containing(&f->dl, "Guide"));
    assert_non_null(text_containing(&f->dl, "example.org"));
}

/* A vertical drag scrolls the section (when it is taller than the window),
 * a flick coasts, and it all comes to rest inside the content. */
static void test_vertical_drag_scrolls(void **state)
{
    Fixture *f = *state;
    app_resize(&f->app, 1024, 768);
    open_detail(&f->app, 0, DETAIL_TRAINING);
    const Scroll *sc = &f->app.detail.scroll[DETAIL_TRAINING];
    assert_true(scroll_scrollable(sc));
    DetailLayout d = layout_detail(&f->app.layout);
    float x = d.view.x + d.view.w * 0.5f, y0 = d.view.y + d.view.h - 20.0f;
    pointer(&f->app, POINTER_DOWN, x, y0);
    app_tick(&f->app, f->app.now_ms + 16);
    pointer(&f->app, POINTER_MOVE, x, y0 - 100.0f);
    assert_float_equal(sc->offset, 100.0f, 0.01f); /* follows the finger */
    assert_int_equal(f->app.detail.section, DETAIL_TRAINING);
    assert_float_equal(f->app.detail.position, (float)DETAIL_TRAINING, 0.0f);
    app_tick(&f->app, f->app.now_ms + 16);
    pointer(&f->app, POINTER_MOVE, x, y0 - 160.0f);
    pointer(&f->app, POINTER_UP, x, y0 - 160.0f); /* a flick: it coasts on */
    app_tick(&f->app, f->app.now_ms + 16);
    assert_true(app_animating(&f->app));
    settle(&f->app);
    assert_false(app_animating(&f->app));
    assert_true(sc->offset > 160.0f);
    assert_true(sc->offset <= scroll_max(sc));
    app_draw(&f->app, &f->dl);
    assert_text_fits(&f->app, &f->dl);
}

/* A touch lost mid-drag (POINTER_CANCEL) leaves nothing half-way. */
static void test_cancelled_drags_settle(void **state)
{
    Fixture *f = *state;
    open_first_card(&f->app);
    DetailLayout d = layout_detail(&f->app.layout);
    float y = d.view.y + d.view.h * 0.5f;
    pointer(&f->app, POINTER_DOWN, 1500.0f, y);
    app_tick(&f->app, f->app.now_ms + 16);
    pointer(&f->app, POINTER_MOVE, 1300.0f, y);
    assert_true(f->app.detail.position > 0.0f);
    pointer(&f->app, POINTER_CANCEL, 1300.0f, y);
    settle(&f->app);
    assert_float_equal(f->app.detail.position, 0.0f, 0.0f);
    assert_int_equal(f->app.detail.drag, DETAIL_DRAG_NONE);
    /* An edge pull that is cancelled does not go Back. */
    pointer(&f->app, POINTER_DOWN, 5.0f, y);
    app_tick(&f->app, f->app.now_ms + 16);
    pointer(&f->app, POINTER_MOVE, 400.0f, y);
    assert_int_equal(f->app.detail.drag, DETAIL_DRAG_EDGE);
    pointer(&f->app, POINTER_CANCEL, 400.0f, y);
    settle(&f->app);
    assert_int_equal(f->app.screen, SCREEN_DETAIL);
    assert_false(app_animating(&f->app));
}

static void test_settles_to_idle(void **state)
{
    Fixture *f = *state;
    open_first_card(&f->app);
    DetailLayout d = layout_detail(&f->app.layout);
    float y = d.view.y + d.view.h * 0.5f;
    swipe(&f->app, 1500.0f, y, 700.0f, y, 120);
    app_key(&f->app, KEY_NEXT);
    tap_rect(&f->app, detail_tab_rect(&f->app, DETAIL_WHAT));
    settle(&f->app);
    assert_false(app_animating(&f->app));
    assert_false(f->app.detail.paging);
    app_draw(&f->app, &f->dl);
    assert_false(app_needs_frame(&f->app));
}

/* Every section of both careers at the product sizes: no text cut or off
 * screen, tabs and buttons are real touch targets inside the screen. */
static void test_every_section_fits_every_size(void **state)
{
    Fixture *f = *state;
    static const int sizes[][2] = {{1920, 1080}, {1280, 800}, {1024, 768}, {1080, 1920}};
    for (size_t z = 0; z < sizeof sizes / sizeof sizes[0]; z++) {
        app_resize(&f->app, sizes[z][0], sizes[z][1]);
        float target = 96.0f * f->app.layout.s - 0.5f;
        for (int career = 0; career < 2; career++) {
            open_detail(&f->app, career, 0);
            for (int s = 0; s < DETAIL_SECTION_COUNT; s++) {
                Rect tab = detail_tab_rect(&f->app, s);
                assert_true(tab.h >= target && tab.w >= target);
                assert_true(rect_inside(tab, f->app.layout.screen, 0.5f));
                app_draw(&f->app, &f->dl);
                assert_text_fits(&f->app, &f->dl);
                app_key(&f->app, KEY_NEXT);
                settle(&f->app);
            }
            app_back(&f->app);
            settle(&f->app);
        }
        for (int b = DETAIL_PRESS_BACK; b <= DETAIL_PRESS_DAY; b++) {
            Rect r = detail_button_rect(&f->app, (DetailPress)b);
            assert_true(r.h >= target && r.w >= target);
            assert_true(rect_inside(r, f->app.layout.safe, 0.5f));
        }
        /* The top bar's buttons never overlap. */
        Rect back = detail_button_rect(&f->app, DETAIL_PRESS_BACK);
        Rect cmp = detail_button_rect(&f->app, DETAIL_PRESS_COMPARE);
        Rect day = detail_button_rect(&f->app, DETAIL_PRESS_DAY);
        assert_true(back.x + back.w <= cmp.x);
        if (!f->app.layout.portrait) /* in portrait it floats over the card instead */
            assert_true(back.x + back.w <= day.x && day.x + day.w <= cmp.x);
    }
}

static void test_portrait_has_two_rows_of_tabs(void **state)
{
    Fixture *f = *state;
    app_resize(&f->app, 1080, 1920);
    open_detail(&f->app, 0, 0);
    Rect first = detail_tab_rect(&f->app, 0), last = detail_tab_rect(&f->app, DETAIL_SOURCES);
    assert_true(last.y > first.y);
    DetailLayout d = layout_detail(&f->app.layout);
    assert_int_equal(d.tab_rows, 2);
    assert_true(rect_inside(last, d.card, 0.5f));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_opens_from_home_and_rests, setup, teardown),
        cmocka_unit_test_setup_teardown(test_first_frame_continues_the_card, setup, teardown),
        cmocka_unit_test_setup_teardown(test_keys_move_between_sections_and_clamp, setup, teardown),
        cmocka_unit_test_setup_teardown(test_swipes_page_and_clamp, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tabs_jump, setup, teardown),
        cmocka_unit_test_setup_teardown(test_back_key_returns_home, setup, teardown),
        cmocka_unit_test_setup_teardown(test_back_button_returns_home, setup, teardown),
        cmocka_unit_test_setup_teardown(test_edge_swipe_returns_home, setup, teardown),
        cmocka_unit_test_setup_teardown(test_swipe_right_inside_does_not_go_back, setup, teardown),
        cmocka_unit_test_setup_teardown(test_home_button_goes_home, setup, teardown),
        cmocka_unit_test_setup_teardown(test_compare_button_navigates, setup, teardown),
        cmocka_unit_test_setup_teardown(test_day_button_opens_the_day, setup, teardown),
        cmocka_unit_test_setup_teardown(test_starts_at_requested_section, setup, teardown),
        cmocka_unit_test_setup_teardown(test_missing_figures_say_not_reported, setup, teardown),
        cmocka_unit_test_setup_teardown(test_sources_list_every_source_used, setup, teardown),
        cmocka_unit_test_setup_teardown(test_vertical_drag_scrolls, setup, teardown),
        cmocka_unit_test_setup_teardown(test_cancelled_drags_settle, setup, teardown),
        cmocka_unit_test_setup_teardown(test_settles_to_idle, setup, teardown),
        cmocka_unit_test_setup_teardown(test_every_section_fits_every_size, setup, teardown),
        cmocka_unit_test_setup_teardown(test_portrait_has_two_rows_of_tabs, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
