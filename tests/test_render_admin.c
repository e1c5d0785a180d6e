/* Render tests for the admin screen, drawn headless with real fonts (see
 * render_support.h).
 *
 * Goldens at 1920x1080 and 1080x1920: the PIN pad reached by the corner
 * hold with digits entered, the pad locked by the back-off, the panel with
 * a fixture log folder and a report with two problems (dark, and in the
 * light projector theme), the exit confirmation, and the pad without a
 * PIN. A sweep draws the same states at all four product sizes and checks
 * that no text is cut or leaves the screen. */
#include "render_support.h"

#include "pin.h"
#include "screens/admin_pad.h"
#include "screens/admin_panel.h"

typedef struct {
    const char *name;
    int w, h;
} Size;

static const Size golden_sizes[] = {{"1920x1080", 1920, 1080}, {"1080x1920", 1080, 1920}};
static const Size all_sizes[] = {
    {"1920x1080", 1920, 1080},
    {"1280x800", 1280, 800},
    {"1024x768", 1024, 768},
    {"1080x1920", 1080, 1920},
};

static const char the_pin[] = "2468";

/* What the admin screen borrows from the edge: a PIN, the log folder and
 * the last report. */
typedef struct {
    char pin_hash[256];
    char log_dir[1024];
    ContentReport report;
} Kiosk;

static void kiosk_setup(Kiosk *k, Session *s, bool with_pin)
{
    static const uint8_t salt[] = {9, 8, 7, 6, 5, 4, 3, 2};
    memset(k, 0, sizeof *k);
    assert_true(pin_hash(the_pin, salt, sizeof salt, 1000, k->pin_hash, sizeof k->pin_hash));
    test_path(k->log_dir, sizeof k->log_dir, "tests/fixtures/logs/fair");
    content_report_add(&k->report, REPORT_ERROR, "data/images/medical-coder.png",
                       "careers[1].image", "image not found");
    content_report_add(&k->report, REPORT_WARNING, "data/content.json", "careers[2].nmae",
                       "warning: unknown key 'nmae' is ignored; did you mean 'name'?");
    s->app.admin_pin = with_pin ? k->pin_hash : NULL;
    s->app.log_dir = k->log_dir;
    s->app.last_report = &k->report;
}

static void tap(Session *s, Rect r)
{
    assert_true(r.w > 0.0f);
    PointerEvent down = {POINTER_DOWN, 1, r.x + r.w * 0.5f, r.y + r.h * 0.5f, s->app.now_ms};
    app_pointer(&s->app, &down);
    app_tick(&s->app, s->app.now_ms + 50);
    PointerEvent up = {POINTER_UP, 1, r.x + r.w * 0.5f, r.y + r.h * 0.5f, s->app.now_ms};
    app_pointer(&s->app, &up);
    app_tick(&s->app, s->app.now_ms + 16);
}

static void type_digits(Session *s, const char *digits)
{
    for (const char *d = digits; *d; d++)
        tap(s, admin_pad_key_rect(&s->app, (AdminKey)(ADMIN_KEY_0 + (*d - '0'))));
}

static void type_pin(Session *s, const char *digits)
{
    type_digits(s, digits);
    tap(s, admin_pad_key_rect(&s->app, ADMIN_KEY_OK));
}

/* The app on data/, the admin pad opened by the corner hold. */
static void start_admin(Session *s, Kiosk *k, const Size *z, bool with_pin)
{
    render_start(s, z->w, z->h);
    kiosk_setup(k, s, with_pin);
    render_run_script(s, "tests/scripts/admin-open.txt");
    assert_int_equal(s->app.screen, SCREEN_ADMIN);
    assert_false(s->app.admin.unlocked);
}

static void finish(Session *s, Kiosk *k)
{
    session_free(s);
    content_report_free(&k->report);
}

static void check(Session *s, const char *what, const Size *z, bool golden)
{
    char name[128];
    render_settle(&s->app);
    session_draw(s);
    snprintf(name, sizeof name, "admin-%s-%s", what, z->name);
    if (golden) {
        render_check_frame(s, name, s->app.layout.screen);
        return;
    }
    SDL_Surface *frame = session_read_frame(s);
    assert_non_null(frame);
    render_assert_not_blank(frame);
    render_assert_text(s, name, s->app.layout.screen);
    SDL_FreeSurface(frame);
}

/* ---- the states ------------------------------------------------------------ */

static void pad_states(const Size *z, bool golden)
{
    Session s;
    Kiosk k;
    start_admin(&s, &k, z, true);
    type_digits(&s, "246");
    assert_int_equal(s.app.admin.pad.count, 3);
    check(&s, "pad", z, golden);
    tap(&s, admin_pad_key_rect(&s.app, ADMIN_KEY_CLEAR));
    /* Three wrong PINs: the keypad locks with a countdown. */
    type_pin(&s, "1111");
    type_pin(&s, "1212");
    type_pin(&s, "1313");
    assert_true(admin_pad_lock_seconds(&s.app) > 0);
    check(&s, "locked", z, golden);
    finish(&s, &k);
}

static void panel_states(const Size *z, bool golden)
{
    Session s;
    Kiosk k;
    start_admin(&s, &k, z, true);
    type_pin(&s, the_pin);
    assert_true(s.app.admin.unlocked);
    assert_true(s.app.admin.panel.usage.found);
    check(&s, "panel", z, golden);
    tap(&s, admin_panel_control_rect(&s.app, ADMIN_CTL_THEME_LIGHT));
    tap(&s, admin_panel_control_rect(&s.app, ADMIN_CTL_METRIC0 + ADMIN_USAGE_QUIZ));
    assert_true(admin_panel_light_theme(&s.app));
    check(&s, "panel-light", z, golden);
    tap(&s, admin_panel_control_rect(&s.app, ADMIN_CTL_THEME_DARK));
    tap(&s, admin_panel_control_rect(&s.app, ADMIN_CTL_METRIC0 + ADMIN_USAGE_PAIRS));
    tap(&s, admin_panel_control_rect(&s.app, ADMIN_CTL_EXIT));
    assert_true(s.app.admin.panel.confirm_exit);
    check(&s, "exit", z, golden);
    finish(&s, &k);
}

static void no_pin_state(const Size *z, bool golden)
{
    Session s;
    Kiosk k;
    start_admin(&s, &k, z, false);
    check(&s, "no-pin", z, golden);
    finish(&s, &k);
}

static void test_goldens(void **state)
{
    const Size *z = *state;
    pad_states(z, true);
    panel_states(z, true);
    no_pin_state(z, true);
}

static void test_every_size(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof all_sizes / sizeof all_sizes[0]; i++) {
        pad_states(&all_sizes[i], false);
        panel_states(&all_sizes[i], false);
        no_pin_state(&all_sizes[i], false);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_prestate(test_goldens, (void *)&golden_sizes[0]),
        cmocka_unit_test_prestate(test_goldens, (void *)&golden_sizes[1]),
        cmocka_unit_test(test_every_size),
    };
    return cmocka_run_group_tests(tests, render_global_setup, render_global_teardown);
}
