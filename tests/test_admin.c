/* The admin screen on an injected clock, no renderer: the PIN pad (wrong
 * then right PIN, the back-off and its end, no PIN configured) and the
 * panel (reload, language, theme, exit with confirmation, the usage summary
 * from a fixture log folder, the problems list), at every product size. */
#include "test_support.h"

#include <SDL_keycode.h>

#include "app.h"
#include "pin.h"
#include "screens/admin_chart.h"
#include "screens/admin_pad.h"
#include "screens/admin_panel.h"

/* The real career ids, so the fixture logs name careers this bundle has. */
static const char bundle_json[] =
    "{\"format\":1,\"title\":\"Careers\",\"subtitle\":\"Four roles\","
    "\"sources\":[{\"id\":\"s\",\"publisher\":\"P\",\"title\":\"T\",\"cite\":\"P, 2024\","
    "\"year\":2025}],"
    "\"careers\":["
    "{\"id\":\"medical-assistant\",\"name\":\"Alpha\",\"tagline\":\"First\","
    " \"summary\":\"Does a.\","
    " \"color\":\"#0F766E\",\"icon\":\"a.svg\"},"
    "{\"id\":\"medical-coder\",\"name\":\"Beta\",\"tagline\":\"Second\",\"summary\":\"Does b.\","
    " \"color\":\"#3730A3\",\"icon\":\"b.svg\"},"
    "{\"id\":\"billing-coding-specialist\",\"name\":\"Gamma\",\"tagline\":\"Third\","
    " \"summary\":\"Does c.\",\"color\":\"#6D28D9\",\"icon\":\"c.svg\"},"
    "{\"id\":\"medical-admin-assistant\",\"name\":\"Delta\",\"tagline\":\"Fourth\","
    " \"summary\":\"Does d.\",\"color\":\"#B45309\",\"icon\":\"d.svg\"}"
    "]}";

static const char the_pin[] = "2468";

typedef struct {
    Content *content;
    TextMeasurer measurer;
    App app;
    DrawList dl;
    char pin_hash[256];
    char log_dir[1024];
    ContentReport report;
} Fixture;

static int setup(void **state)
{
    Fixture *f = calloc(1, sizeof *f);
    ContentReport report = {0};
    f->content =
        content_parse(bundle_json, sizeof bundle_json - 1, "test.json", NULL, NULL, &report);
    if (!f->content)
        content_report_print(&report, stderr);
    content_report_free(&report);
    if (!f->content) {
        free(f);
        return -1;
    }
    f->measurer = fake_measurer();
    app_init(&f->app, f->content, &f->measurer, 1920, 1080, 1000);
    drawlist_init(&f->dl, &f->measurer);
    static const uint8_t salt[] = {1, 2, 3, 4, 5, 6, 7, 8};
    /* Few iterations: the tests check the flow, not the stretching. */
    if (!pin_hash(the_pin, salt, sizeof salt, 50, f->pin_hash, sizeof f->pin_hash))
        return -1;
    f->app.admin_pin = f->pin_hash;
    test_path(f->log_dir, sizeof f->log_dir, "tests/fixtures/logs/fair");
    f->app.log_dir = f->log_dir;
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    Fixture *f = *state;
    drawlist_free(&f->dl);
    content_report_free(&f->report);
    content_free(f->content);
    free(f);
    return 0;
}

/* ---- driving the app ------------------------------------------------------- */

static void settle(App *app)
{
    int frames = 0;
    do
        app_tick(app, app->now_ms + 16);
    while (app_animating(app) && ++frames < 625);
}

static void tap_at(App *app, float x, float y)
{
    PointerEvent down = {POINTER_DOWN, 3, x, y, app->now_ms};
    app_pointer(app, &down);
    app_tick(app, app->now_ms + 40);
    PointerEvent up = {POINTER_UP, 3, x, y, app->now_ms};
    app_pointer(app, &up);
    app_tick(app, app->now_ms + 16);
}

static void tap_rect(App *app, Rect r)
{
    assert_true(r.w > 0.0f && r.h > 0.0f);
    tap_at(app, r.x + r.w * 0.5f, r.y + r.h * 0.5f);
}

static void tap_key(App *app, AdminKey key)
{
    tap_rect(app, admin_pad_key_rect(app, key));
}

static void type_pin(App *app, const char *digits)
{
    for (const char *d = digits; *d; d++)
        tap_key(app, (AdminKey)(ADMIN_KEY_0 + (*d - '0')));
    tap_key(app, ADMIN_KEY_OK);
}

static void tap_control(App *app, AdminControl c)
{
    tap_rect(app, admin_panel_control_rect(app, c));
}

static void open_admin(App *app)
{
    app_navigate(app, nav_target(SCREEN_ADMIN, -1, -1, 0));
    app_tick(app, app->now_ms + 16);
    assert_int_equal(app->screen, SCREEN_ADMIN);
    settle(app);
}

static void unlock(App *app)
{
    open_admin(app);
    type_pin(app, the_pin);
    assert_true(app->admin.unlocked);
    settle(app);
}

/* The first text command whose text contains `needle`, or NULL. */
static const DrawCmd *find_text(App *app, DrawList *dl, const char *needle)
{
    app_draw(app, dl);
    return text_containing(dl, needle);
}

/* ---- the PIN pad ------------------------------------------------------------- */

static void test_wrong_then_right_pin(void **state)
{
    Fixture *f = *state;
    open_admin(&f->app);
    assert_false(f->app.admin.unlocked);
    assert_int_equal(f->app.admin.pad.count, 0);
    type_pin(&f->app, "1357");
    assert_false(f->app.admin.unlocked);
    assert_true(f->app.admin.pad.wrong);
    assert_int_equal(f->app.admin.pad.count, 0);          /* wiped after OK */
    assert_string_equal(f->app.admin.pad.digits, "");
    assert_true(app_animating(&f->app));                  /* the shake */
    assert_non_null(find_text(&f->app, &f->dl, "Wrong PIN"));
    settle(&f->app);
    assert_int_equal(f->app.admin.pad.backoff.failures, 1);
    type_pin(&f->app, the_pin);
    assert_true(f->app.admin.unlocked);
    assert_int_equal(f->app.admin.pad.backoff.failures, 0); /* reset by the right PIN */
    assert_int_equal(f->app.admin.pad.count, 0);
    assert_non_null(find_text(&f->app, &f->dl, "Reload content"));
}

/* A presenter with a keyboard types the PIN: digits (0 too, and the
 * keypad's) fill the pad instead of jumping to careers, Backspace clears
 * it, Enter is OK. */
static void press(App *app, int32_t keycode)
{
    app_key(app, keys_action(keycode, 0));
    app_tick(app, app->now_ms + 16);
}

static void test_pin_typed_on_a_keyboard(void **state)
{
    Fixture *f = *state;
    open_admin(&f->app);
    press(&f->app, SDLK_0);
    press(&f->app, SDLK_KP_7);
    assert_int_equal(f->app.screen, SCREEN_ADMIN); /* not career 7's page */
    assert_string_equal(f->app.admin.pad.digits, "07");
    press(&f->app, SDLK_BACKSPACE);
    assert_int_equal(f->app.admin.pad.count, 0);
    for (const char *d = the_pin; *d; d++)
        press(&f->app, SDLK_0 + (*d - '0'));
    assert_false(f->app.admin.unlocked);
    press(&f->app, SDLK_RETURN);
    assert_true(f->app.admin.unlocked);
    settle(&f->app);
    press(&f->app, SDLK_ESCAPE); /* home: a digit is a career jump again */
    settle(&f->app);
    press(&f->app, SDLK_2);
    settle(&f->app);
    assert_int_equal(f->app.screen, SCREEN_DETAIL);
    assert_int_equal(f->app.nav.career, 1);
}

static void test_pad_feedback_and_limits(void **state)
{
    Fixture *f = *state;
    open_admin(&f->app);
    /* OK and Clear do nothing until there is something to check or clear. */
    assert_false(admin_pad_key_enabled(&f->app, ADMIN_KEY_OK));
    assert_false(admin_pad_key_enabled(&f->app, ADMIN_KEY_CLEAR));
    Rect five = admin_pad_key_rect(&f->app, ADMIN_KEY_0 + 5);
    PointerEvent down = {POINTER_DOWN, 3, five.x + 10.0f, five.y + 10.0f, f->app.now_ms};
    app_pointer(&f->app, &down);
    assert_int_equal(f->app.admin.pad.pressed, ADMIN_KEY_0 + 5); /* feedback on touch-down */
    PointerEvent up = {POINTER_UP, 3, five.x + 10.0f, five.y + 10.0f, f->app.now_ms + 30};
    app_pointer(&f->app, &up);
    assert_int_equal(f->app.admin.pad.pressed, ADMIN_KEY_NONE);
    assert_string_equal(f->app.admin.pad.digits, "5");
    for (int i = 0; i < PIN_MAX_DIGITS + 3; i++)
        tap_key(&f->app, ADMIN_KEY_0 + 1);
    assert_int_equal(f->app.admin.pad.count, PIN_MAX_DIGITS);
    tap_key(&f->app, ADMIN_KEY_CLEAR);
    assert_int_equal(f->app.admin.pad.count, 0);
    /* The keys are big, and in a 3x4 grid that never overlaps. */
    for (int k = 0; k <= ADMIN_KEY_OK; k++) {
        Rect r = admin_pad_key_rect(&f->app, (AdminKey)k);
        assert_true(r.w >= 96.0f * f->app.layout.s && r.h >= 96.0f * f->app.layout.s);
        for (int j = 0; j < k; j++) {
            Rect o = admin_pad_key_rect(&f->app, (AdminKey)j);
            assert_false(r.x < o.x + o.w && o.x < r.x + r.w && r.y < o.y + o.h && o.y < r.y + r.h);
        }
    }
}

static void test_digits_cleared_on_every_visit(void **state)
{
    Fixture *f = *state;
    open_admin(&f->app);
    tap_key(&f->app, ADMIN_KEY_0 + 2);
    tap_key(&f->app, ADMIN_KEY_0 + 4);
    app_key(&f->app, KEY_BACK); /* Cancel by key */
    app_tick(&f->app, f->app.now_ms + 16);
    assert_int_equal(f->app.screen, SCREEN_HOME);
    assert_string_equal(f->app.admin.pad.digits, "");
    open_admin(&f->app);
    assert_int_equal(f->app.admin.pad.count, 0);
    tap_key(&f->app, ADMIN_KEY_CANCEL); /* and by the button */
    app_tick(&f->app, f->app.now_ms + 16);
    assert_int_equal(f->app.screen, SCREEN_HOME);
    /* The panel asks for the PIN again on the next visit. */
    unlock(&f->app);
    tap_control(&f->app, ADMIN_CTL_CLOSE);
    assert_int_equal(f->app.screen, SCREEN_HOME);
    open_admin(&f->app);
    assert_false(f->app.admin.unlocked);
}

static void test_backoff_locks_then_expires_on_the_clock(void **state)
{
    Fixture *f = *state;
    App *app = &f->app;
    open_admin(app);
    type_pin(app, "1111");
    type_pin(app, "2222");
    assert_int_equal(admin_pad_lock_seconds(app), 0); /* two tries are free */
    type_pin(app, "3333");
    uint64_t until = app->admin.pad.backoff.locked_until_ms;
    assert_true(until > app->now_ms);
    assert_int_equal(admin_pad_lock_seconds(app), 1);
    assert_non_null(find_text(app, &f->dl, "Try again in 1 s"));
    /* Locked: the keypad does nothing, Cancel still works. */
    assert_false(admin_pad_key_enabled(app, ADMIN_KEY_0 + 7));
    tap_key(app, ADMIN_KEY_0 + 7);
    assert_int_equal(app->admin.pad.count, 0);
    assert_true(admin_pad_key_enabled(app, ADMIN_KEY_CANCEL));
    /* The screen asks to be woken when the lock ends, and is drawn then. */
    settle(app);
    app_draw(app, &f->dl);
    assert_int_equal(app_next_wakeup(app), until);
    app_tick(app, until);
    assert_true(app_needs_frame(app));
    assert_int_equal(admin_pad_lock_seconds(app), 0);
    assert_null(find_text(app, &f->dl, "Try again"));
    tap_key(app, ADMIN_KEY_0 + 7);
    assert_int_equal(app->admin.pad.count, 1);
    tap_key(app, ADMIN_KEY_CLEAR);

    /* The fourth wrong PIN locks for two seconds, counted down second by
     * second; leaving and coming back does not lift it. */
    type_pin(app, "4444");
    until = app->admin.pad.backoff.locked_until_ms;
    assert_int_equal(admin_pad_lock_seconds(app), 2);
    app_key(app, KEY_BACK);
    open_admin(app);
    assert_true(admin_pad_lock_seconds(app) > 0);
    app_draw(app, &f->dl);
    assert_int_equal(app_next_wakeup(app), until - 1000);
    app_tick(app, until - 1000);
    assert_true(app_needs_frame(app));
    assert_non_null(find_text(app, &f->dl, "Try again in 1 s"));
    assert_int_equal(app_next_wakeup(app), until);
    app_tick(app, until);
    assert_int_equal(app_next_wakeup(app), 0); /* idle again: sleep until touched */
    type_pin(app, the_pin);
    assert_true(app->admin.unlocked);
}

static void test_no_pin_configured(void **state)
{
    Fixture *f = *state;
    f->app.admin_pin = NULL;
    open_admin(&f->app);
    assert_non_null(find_text(&f->app, &f->dl, "No admin PIN is set"));
    assert_non_null(find_text(&f->app, &f->dl, "CAREERDECK_ADMIN_PIN_HASH"));
    for (int k = 0; k <= ADMIN_KEY_OK; k++) { /* no keypad: no way in */
        Rect r = admin_pad_key_rect(&f->app, (AdminKey)k);
        assert_true(r.w == 0.0f);
        assert_false(admin_pad_key_enabled(&f->app, (AdminKey)k));
    }
    admin_pad_press(&f->app, ADMIN_KEY_OK);
    assert_false(f->app.admin.unlocked);
    Rect close = admin_pad_key_rect(&f->app, ADMIN_KEY_CANCEL);
    assert_true(close.w >= 96.0f);
    assert_non_null(find_text(&f->app, &f->dl, "Close"));
    tap_rect(&f->app, close);
    assert_int_equal(f->app.screen, SCREEN_HOME);
    /* An empty stored string is no PIN either. */
    f->app.admin_pin = "";
    open_admin(&f->app);
    assert_non_null(find_text(&f->app, &f->dl, "No admin PIN is set"));
    /* A malformed one could never match: the pad says how to make one. */
    f->app.admin_pin = "sha256:20000:zz:not-a-hash";
    open_admin(&f->app);
    assert_non_null(find_text(&f->app, &f->dl, "not a valid hash"));
    assert_true(admin_pad_key_rect(&f->app, ADMIN_KEY_OK).w == 0.0f);
}

/* The corner hold reaches the pad, and the hold's lift presses nothing. */
static void test_corner_hold_opens_the_pad(void **state)
{
    Fixture *f = *state;
    settle(&f->app);
    PointerEvent down = {POINTER_DOWN, 3, 20.0f, 20.0f, f->app.now_ms};
    app_pointer(&f->app, &down);
    for (int i = 0; i < 200 && f->app.screen != SCREEN_ADMIN; i++)
        app_tick(&f->app, f->app.now_ms + 16);
    assert_int_equal(f->app.screen, SCREEN_ADMIN);
    PointerEvent up = {POINTER_UP, 3, 20.0f, 20.0f, f->app.now_ms};
    app_pointer(&f->app, &up);
    settle(&f->app);
    assert_int_equal(f->app.screen, SCREEN_ADMIN);
    assert_false(f->app.admin.unlocked);
}

/* ---- the panel ------------------------------------------------------------- */

static void test_reload_button_sets_the_request(void **state)
{
    Fixture *f = *state;
    unlock(&f->app);
    assert_false(f->app.reload_requested);
    tap_control(&f->app, ADMIN_CTL_RELOAD);
    assert_true(f->app.reload_requested);
    assert_non_null(find_text(&f->app, &f->dl, "Reload requested"));
    assert_int_equal(f->app.screen, SCREEN_ADMIN);
}

static void test_language_toggle(void **state)
{
    Fixture *f = *state;
    unlock(&f->app);
    assert_int_equal(f->app.lang, LANG_EN);
    tap_control(&f->app, ADMIN_CTL_LANG_ES);
    assert_int_equal(f->app.lang, LANG_ES);
    assert_non_null(find_text(&f->app, &f->dl, "Espa\xC3\xB1ol"));
    tap_control(&f->app, ADMIN_CTL_LANG_EN);
    assert_int_equal(f->app.lang, LANG_EN);
}

static void test_theme_toggle(void **state)
{
    Fixture *f = *state;
    unlock(&f->app);
    assert_false(admin_panel_light_theme(&f->app));
    tap_control(&f->app, ADMIN_CTL_THEME_LIGHT);
    Theme light = theme_projector();
    assert_memory_equal(&f->app.theme.bg_top, &light.bg_top, sizeof light.bg_top);
    assert_true(admin_panel_light_theme(&f->app));
    assert_false(admin_panel_high_contrast_theme(&f->app));
    tap_control(&f->app, ADMIN_CTL_THEME_CONTRAST);
    Theme hc = theme_high_contrast();
    assert_memory_equal(&f->app.theme.bg_top, &hc.bg_top, sizeof hc.bg_top);
    assert_true(admin_panel_high_contrast_theme(&f->app));
    assert_false(admin_panel_light_theme(&f->app));
    assert_float_equal(f->app.theme.min_text_contrast, 7.0, 1e-9);
    assert_non_null(find_text(&f->app, &f->dl, "High contrast"));
    tap_control(&f->app, ADMIN_CTL_THEME_DARK);
    Theme dark = theme_kiosk();
    assert_memory_equal(&f->app.theme.text_on_bg, &dark.text_on_bg, sizeof dark.text_on_bg);
    assert_false(admin_panel_high_contrast_theme(&f->app));
}

static void test_exit_needs_confirmation(void **state)
{
    Fixture *f = *state;
    unlock(&f->app);
    admin_panel_press(&f->app, ADMIN_CTL_CONFIRM_EXIT); /* no dialog, no exit */
    assert_false(f->app.quit_requested);
    tap_control(&f->app, ADMIN_CTL_EXIT);
    assert_false(f->app.quit_requested);
    assert_true(f->app.admin.panel.confirm_exit);
    assert_non_null(find_text(&f->app, &f->dl, "Exit CareerDeck?"));
    /* The dialog is modal: nothing behind it answers. */
    assert_true(admin_panel_control_rect(&f->app, ADMIN_CTL_CLOSE).w == 0.0f);
    tap_control(&f->app, ADMIN_CTL_CONFIRM_CANCEL);
    assert_false(f->app.admin.panel.confirm_exit);
    assert_false(f->app.quit_requested);
    tap_control(&f->app, ADMIN_CTL_EXIT);
    app_key(&f->app, KEY_BACK); /* Back dismisses the dialog, not the panel */
    assert_false(f->app.admin.panel.confirm_exit);
    assert_int_equal(f->app.screen, SCREEN_ADMIN);
    tap_control(&f->app, ADMIN_CTL_EXIT);
    settle(&f->app);
    tap_control(&f->app, ADMIN_CTL_CONFIRM_EXIT);
    assert_true(f->app.quit_requested);
}

static void test_usage_summary_from_fixture_logs(void **state)
{
    Fixture *f = *state;
    char name[64];
    assert_true(admin_usage_newest_log(f->log_dir, name, sizeof name));
    assert_string_equal(name, "careerdeck-2025-05-14.log"); /* not .tmp, not notes */
    unlock(&f->app);
    const AdminUsage *u = &f->app.admin.panel.usage;
    assert_true(u->found);
    assert_string_equal(u->date, "2025-05-14");
    assert_int_equal(u->sessions, 24);
    assert_int_equal(u->attracts, 40);
    assert_int_equal(u->conversion, 60);
    assert_int_equal(u->skipped, 1); /* the torn last line */
    assert_true(u->avg_session_ms > 100000 && u->avg_session_ms < 250000);
    assert_int_equal(u->totals[ADMIN_USAGE_CARDS], 64);
    assert_int_equal(u->bar_count[ADMIN_USAGE_CARDS], 5);
    assert_string_equal(u->bars[ADMIN_USAGE_CARDS][0].key, "medical-assistant");
    assert_int_equal(u->bars[ADMIN_USAGE_CARDS][0].count, 29);
    assert_string_equal(u->bars[ADMIN_USAGE_CARDS][3].key, "medical-admin-assistant");
    assert_string_equal(u->bars[ADMIN_USAGE_CARDS][4].key, "phlebotomist"); /* not in the bundle */
    assert_int_equal(u->totals[ADMIN_USAGE_DAYS], 8);
    assert_int_equal(u->totals[ADMIN_USAGE_QUIZ], 8);
    assert_int_equal(u->bars[ADMIN_USAGE_QUIZ][0].count, 5);
    assert_string_equal(u->bars[ADMIN_USAGE_QUIZ][0].key, "medical-coder");
    assert_int_equal(u->totals[ADMIN_USAGE_PAIRS], 9);
    /* Names come from the bundle; an unknown id shows as itself. */
    assert_non_null(find_text(&f->app, &f->dl, "Alpha"));
    assert_non_null(find_text(&f->app, &f->dl, "phlebotomist"));
    assert_non_null(find_text(&f->app, &f->dl, "2025-05-14"));
    assert_non_null(find_text(&f->app, &f->dl, "60%"));
    /* A tab switches the bars to pairs, named by both roles. */
    tap_control(&f->app, ADMIN_CTL_METRIC0 + ADMIN_USAGE_PAIRS);
    assert_int_equal(f->app.admin.panel.metric, ADMIN_USAGE_PAIRS);
    assert_non_null(find_text(&f->app, &f->dl, " vs "));
}

static void test_no_visitors_without_logs(void **state)
{
    Fixture *f = *state;
    char none[1024];
    f->app.log_dir = test_path(none, sizeof none, "tests/fixtures/logs/none");
    unlock(&f->app);
    assert_false(f->app.admin.panel.usage.found);
    assert_non_null(find_text(&f->app, &f->dl, "No visitors recorded yet"));
    assert_true(admin_panel_control_rect(&f->app, ADMIN_CTL_METRIC0).w == 0.0f);
    tap_control(&f->app, ADMIN_CTL_CLOSE);
    f->app.log_dir = NULL;
    unlock(&f->app);
    assert_non_null(find_text(&f->app, &f->dl, "No visitors recorded yet"));
}

static void add_problems(ContentReport *r, int n)
{
    for (int i = 0; i < n; i++)
        content_report_add(r, i % 3 ? REPORT_ERROR : REPORT_WARNING, "data/content.json",
                           "careers[2].pay.median.value",
                           "expected a number, found a string (problem %d of a long report)", i);
}

static void test_problems_list(void **state)
{
    Fixture *f = *state;
    unlock(&f->app);
    assert_non_null(find_text(&f->app, &f->dl, "No problems"));
    add_problems(&f->report, 12);
    f->app.last_report = &f->report;
    app_tick(&f->app, f->app.now_ms + 16);
    assert_non_null(find_text(&f->app, &f->dl, "careers[2].pay.median.value"));
    assert_null(find_text(&f->app, &f->dl, "No problems"));
    /* Twelve do not fit: a drag scrolls the list. */
    Rect view = admin_panel_problems_view(&f->app);
    assert_true(f->app.admin.panel.problems.content > view.h);
    float x = view.x + view.w * 0.5f, y = view.y + view.h * 0.8f;
    PointerEvent down = {POINTER_DOWN, 3, x, y, f->app.now_ms};
    app_pointer(&f->app, &down);
    for (int i = 1; i <= 20; i++) {
        app_tick(&f->app, f->app.now_ms + 16);
        PointerEvent move = {POINTER_MOVE, 3, x, y - (float)i * 15.0f, f->app.now_ms};
        app_pointer(&f->app, &move);
    }
    app_tick(&f->app, f->app.now_ms + 300);
    PointerEvent up = {POINTER_UP, 3, x, y - 300.0f, f->app.now_ms};
    app_pointer(&f->app, &up);
    settle(&f->app);
    assert_true(f->app.admin.panel.problems.offset > 200.0f);
    /* An empty report reads as no problems too. */
    ContentReport empty = {0};
    f->app.last_report = &empty;
    assert_non_null(find_text(&f->app, &f->dl, "No problems"));
}

/* Every text fits its box and the screen, and every control is a full
 * touch target inside the safe area, at the four product sizes. */
static void check_frame(Fixture *f, const char *what)
{
    app_draw(&f->app, &f->dl);
    size_t texts = 0;
    for (size_t i = 0; i < f->dl.count; i++) {
        const DrawCmd *cmd = &f->dl.cmds[i];
        if (cmd->kind != DRAW_TEXT)
            continue;
        texts++;
        const char *text = drawlist_cmd_text(&f->dl, cmd);
        if (cmd->block.ellipsized || cmd->block.overflow)
            fail_msg("%s at %dx%d: text cut: '%s'", what, f->app.layout.w, f->app.layout.h, text);
        Rect used = rect_make(cmd->rect.x, cmd->rect.y, cmd->block.width, cmd->block.height);
        if (cmd->align == ALIGN_CENTER)
            used.x += (cmd->rect.w - cmd->block.width) * 0.5f;
        else if (cmd->align == ALIGN_RIGHT)
            used.x += cmd->rect.w - cmd->block.width;
        if (!rect_inside(used, f->app.layout.screen, 0.5f))
            fail_msg("%s at %dx%d: text off screen: '%s'", what, f->app.layout.w, f->app.layout.h,
                     text);
    }
    assert_true(texts >= 3);
}

static void check_targets(Fixture *f)
{
    float min = 96.0f * f->app.layout.s - 0.5f;
    for (int c = 0; c < ADMIN_CTL_COUNT; c++) {
        Rect r = admin_panel_control_rect(&f->app, (AdminControl)c);
        if (r.w == 0.0f)
            continue;
        assert_true(r.h >= min);
        assert_true(rect_inside(r, f->app.layout.safe, 0.5f));
    }
}

static void test_every_size_fits(void **state)
{
    Fixture *f = *state;
    static const int sizes[][2] = {{1920, 1080}, {1280, 800}, {1024, 768}, {1080, 1920}};
    add_problems(&f->report, 3);
    f->app.last_report = &f->report;
    for (size_t i = 0; i < 4; i++) {
        app_resize(&f->app, sizes[i][0], sizes[i][1]);
        f->app.admin_pin = f->pin_hash;
        open_admin(&f->app);
        check_frame(f, "pad");
        for (int k = 0; k < ADMIN_KEY_COUNT; k++)
            assert_true(rect_inside(admin_pad_key_rect(&f->app, (AdminKey)k), f->app.layout.safe,
                                    0.5f));
        type_pin(&f->app, "9999");
        check_frame(f, "pad, wrong");
        type_pin(&f->app, the_pin);
        settle(&f->app);
        check_frame(f, "panel");
        check_targets(f);
        assert_true(admin_chart_rows(&f->app, layout_admin_panel(&f->app.layout).usage) >= 4);
        tap_control(&f->app, ADMIN_CTL_LANG_ES);
        tap_control(&f->app, ADMIN_CTL_METRIC0 + ADMIN_USAGE_PAIRS);
        check_frame(f, "panel, pairs");
        tap_control(&f->app, ADMIN_CTL_EXIT);
        settle(&f->app);
        check_frame(f, "exit dialog");
        check_targets(f);
        tap_control(&f->app, ADMIN_CTL_CONFIRM_CANCEL);
        tap_control(&f->app, ADMIN_CTL_LANG_EN);
        tap_control(&f->app, ADMIN_CTL_CLOSE);
        f->app.admin_pin = NULL;
        open_admin(&f->app);
        check_frame(f, "no PIN");
        tap_key(&f->app, ADMIN_KEY_CANCEL);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_wrong_then_right_pin, setup, teardown),
        cmocka_unit_test_setup_teardown(test_pin_typed_on_a_keyboard, setup, teardown),
        cmocka_unit_test_setup_teardown(test_pad_feedback_and_limits, setup, teardown),
        cmocka_unit_test_setup_teardown(test_digits_cleared_on_every_visit, setup, teardown),
        cmocka_unit_test_setup_teardown(test_backoff_locks_then_expires_on_the_clock, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_no_pin_configured, setup, teardown),
        cmocka_unit_test_setup_teardown(test_corner_hold_opens_the_pad, setup, teardown),
        cmocka_unit_test_setup_teardown(test_reload_button_sets_the_request, setup, teardown),
        cmocka_unit_test_setup_teardown(test_language_toggle, setup, teardown),
        cmocka_unit_test_setup_teardown(test_theme_toggle, setup, teardown),
        cmocka_unit_test_setup_teardown(test_exit_needs_confirmation, setup, teardown),
        cmocka_unit_test_setup_teardown(test_usage_summary_from_fixture_logs, setup, teardown),
        cmocka_unit_test_setup_teardown(test_no_visitors_without_logs, setup, teardown),
        cmocka_unit_test_setup_teardown(test_problems_list, setup, teardown),
        cmocka_unit_test_setup_teardown(test_every_size_fits, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
