/* test_soak: the soak's generator is a pure function of its seed, the
 * invariant check catches broken App states, and a few simulated hours of
 * random input on the real bundle (fake measurer, no SDL) reach every screen
 * and break nothing. */
#include "test_support.h"

#include <math.h>

#include "app.h"
#include "pin.h"
#include "soak.h"

typedef struct {
    Content *content;
    TextMeasurer measurer;
    App app;
    DrawList dl;
    unsigned long draws;
} Rig;

static Rig *rig_open(bool kiosk)
{
    Rig *r = calloc(1, sizeof *r);
    char path[1024];
    ContentReport report = {0};
    r->content = content_load(test_path(path, sizeof path, "data"), NULL, &report);
    content_report_free(&report);
    assert_non_null(r->content);
    r->measurer = fake_measurer();
    app_init(&r->app, r->content, &r->measurer, 1280, 720, 0);
    drawlist_init(&r->dl, &r->measurer);
    if (kiosk) {
        KioskConfig config = kiosk_default_config();
        app_enable_kiosk(&r->app, &config);
    }
    return r;
}

static void rig_close(Rig *r)
{
    drawlist_free(&r->dl);
    content_free(r->content);
    free(r);
}

/* The screens' draw code runs too, every 8th tick and on each new screen. */
static void draw_some(void *user, App *app, bool changed)
{
    Rig *r = user;
    if (changed || app->now_ms % 8 == 0) {
        app_draw(app, &r->dl);
        r->draws++;
    }
}

/* ---- generator ----------------------------------------------------------- */

static void test_same_seed_same_actions(void **state)
{
    (void)state;
    SoakRng a, b, c;
    soak_rng_seed(&a, 42);
    soak_rng_seed(&b, 42);
    soak_rng_seed(&c, 43);
    SoakView v = {1280, 720, SCREEN_HOME, false};
    int differ = 0;
    for (int i = 0; i < 2000; i++) {
        v.screen = (ScreenId)(i % SCREEN_COUNT);
        SoakAction x = soak_next(&a, &v), y = soak_next(&b, &v), z = soak_next(&c, &v);
        assert_memory_equal(&x, &y, sizeof x);
        differ += memcmp(&x, &z, sizeof x) != 0;
    }
    assert_true(differ > 1900); /* another seed is another day */
}

static void test_actions_cover_kinds_and_stay_on_screen(void **state)
{
    (void)state;
    SoakRng rng;
    soak_rng_seed(&rng, 7);
    SoakView v = {1080, 1920, SCREEN_HOME, true};
    unsigned long seen[SOAK_KIND_COUNT] = {0};
    for (int i = 0; i < 5000; i++) {
        v.screen = i % 3 ? SCREEN_HOME : SCREEN_ADMIN;
        SoakAction a = soak_next(&rng, &v);
        assert_true(a.kind < SOAK_KIND_COUNT);
        seen[a.kind]++;
        if (a.kind == SOAK_KEY || a.kind == SOAK_PIN || a.kind == SOAK_IDLE)
            continue;
        assert_true(a.x0 >= 0 && a.x0 < 1080 && a.y0 >= 0 && a.y0 < 1920);
        assert_true(a.duration_ms >= 30 && a.duration_ms <= 4000);
        if (a.kind == SOAK_CORNER_HOLD)
            assert_true(a.duration_ms > APP_ADMIN_HOLD_MS);
    }
    for (int k = 0; k < SOAK_KIND_COUNT; k++)
        assert_true(seen[k] > 20);
}

static void test_rng_range_inclusive(void **state)
{
    (void)state;
    SoakRng rng;
    soak_rng_seed(&rng, 1);
    bool lo = false, hi = false;
    for (int i = 0; i < 1000; i++) {
        int v = soak_rng_range(&rng, 3, 6);
        assert_true(v >= 3 && v <= 6);
        lo |= v == 3;
        hi |= v == 6;
        float u = soak_rng_unit(&rng);
        assert_true(u >= 0.0f && u < 1.0f);
    }
    assert_true(lo && hi);
    assert_int_equal(soak_rng_range(&rng, 5, 5), 5);
}

/* ---- invariant check ------------------------------------------------------- */

/* Breaks one thing in a healthy App and expects the check to name it. */
static void expect_caught(App *app, const char *needle)
{
    char why[200] = "";
    assert_false(soak_check_app(app, why, sizeof why));
    if (!strstr(why, needle))
        fail_msg("expected '%s' in: %s", needle, why);
}

static void test_check_passes_healthy_app(void **state)
{
    (void)state;
    Rig *r = rig_open(false);
    char why[200] = "";
    assert_true(soak_check_app(&r->app, why, sizeof why));
    rig_close(r);
}

static void test_check_catches_broken_states(void **state)
{
    (void)state;
    Rig *r = rig_open(false);
    App good = r->app;

    r->app.screen = SCREEN_COUNT + 3;
    expect_caught(&r->app, "screen");
    r->app = good;
    r->app.history_len = NAV_HISTORY + 1;
    expect_caught(&r->app, "history_len");
    r->app = good;
    r->app.home.position = NAN;
    expect_caught(&r->app, "home.position");
    r->app = good;
    r->app.home.position = 1e7f;
    expect_caught(&r->app, "run away");
    r->app = good;
    r->app.home.focused = (int)r->content->career_count;
    expect_caught(&r->app, "home.focused");
    r->app = good;
    r->app.nav.career = 99;
    expect_caught(&r->app, "nav.career");
    r->app = good;
    r->app.home.snap.vel = INFINITY;
    expect_caught(&r->app, "home.snap");
    r->app = good;
    r->app.screen = SCREEN_DETAIL;
    r->app.detail.career = -1;
    expect_caught(&r->app, "detail.career");
    r->app = good;
    r->app.screen = SCREEN_QUIZ;
    r->app.quiz.page = (int)r->content->quiz.question_count + 1;
    expect_caught(&r->app, "quiz.page");
    r->app = good;
    r->app.screen = SCREEN_ATTRACT;
    expect_caught(&r->app, "outside kiosk mode");
    rig_close(r);
}

static void test_check_catches_kiosk_disagreements(void **state)
{
    (void)state;
    Rig *r = rig_open(true);
    app_tick(&r->app, 100);
    char why[200] = "";
    assert_true(soak_check_app(&r->app, why, sizeof why));
    App good = r->app;

    r->app.kiosk.phase = KIOSK_ACTIVE; /* a visitor, yet the attract loop shows */
    expect_caught(&r->app, "kiosk phase");
    r->app = good;
    r->app.still_there = true;
    expect_caught(&r->app, "Still there");
    r->app = good;
    r->app.cover = COVER_BLACK;
    expect_caught(&r->app, "presenter overlay");
    r->app = good;
    r->app.quit_requested = true;
    expect_caught(&r->app, "quit");
    r->app = good;
    r->app.lang = r->app.start_lang == LANG_EN ? LANG_ES : LANG_EN;
    expect_caught(&r->app, "last visitor's language");
    r->app = good;
    r->app.access.large_text = !r->app.start_access.large_text;
    expect_caught(&r->app, "readability");
    rig_close(r);
}

/* ---- the soak itself --------------------------------------------------------- */

static Soak run_soak(Rig *r, uint64_t seed, double hours, char *stored, size_t len)
{
    static const uint8_t salt[4] = {9, 8, 7, 6};
    assert_true(pin_hash("2468", salt, sizeof salt, 50, stored, len));
    r->app.admin_pin = stored;
    Soak s;
    soak_init(&s, &r->app, seed);
    s.on_frame = draw_some;
    s.user = r;
    s.right_pin = "2468";
    bool ok = soak_run_until(&s, (uint64_t)(hours * 3600000.0));
    if (!ok)
        fail_msg("soak broke: %s", s.violation);
    return s;
}

static void test_soak_deterministic(void **state)
{
    (void)state;
    char hash[200];
    Rig *a = rig_open(false), *b = rig_open(false);
    Soak sa = run_soak(a, 5, 0.25, hash, sizeof hash);
    Soak sb = run_soak(b, 5, 0.25, hash, sizeof hash);
    assert_memory_equal(&sa.counts, &sb.counts, sizeof sa.counts);
    assert_int_equal(a->app.now_ms, b->app.now_ms);
    assert_int_equal(a->app.screen, b->app.screen);
    rig_close(a);
    rig_close(b);
}

static void test_soak_reaches_every_screen(void **state)
{
    (void)state;
    char hash[200];
    Rig *r = rig_open(false);
    Soak s = run_soak(r, 1, 4.0, hash, sizeof hash);
    for (int i = 0; i < SCREEN_COUNT; i++)
        if (i != SCREEN_ATTRACT && s.counts.visits[i] == 0)
            fail_msg("never visited %s", app_screen_name((ScreenId)i));
    assert_true(s.counts.pins_wrong > 0 && s.counts.pins_right > 0);
    assert_true(s.counts.lang_changes > 0);
    assert_true(s.counts.quits > 0); /* Ctrl+Q and admin Exit were asked, and noted */
    assert_true(r->draws > 1000);
    rig_close(r);
}

static void test_kiosk_soak_resets_and_locks_down(void **state)
{
    (void)state;
    char hash[200];
    Rig *r = rig_open(true);
    Soak s = run_soak(r, 2, 2.0, hash, sizeof hash);
    assert_true(s.counts.idle_resets > 5);
    assert_true(s.counts.visits[SCREEN_ATTRACT] > 5);
    assert_true(s.counts.keys_blocked > 0);
    assert_true(s.counts.visits[SCREEN_ADMIN] > 0);
    rig_close(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_seed_same_actions),
        cmocka_unit_test(test_actions_cover_kinds_and_stay_on_screen),
        cmocka_unit_test(test_rng_range_inclusive),
        cmocka_unit_test(test_check_passes_healthy_app),
        cmocka_unit_test(test_check_catches_broken_states),
        cmocka_unit_test(test_check_catches_kiosk_disagreements),
        cmocka_unit_test(test_soak_deterministic),
        cmocka_unit_test(test_soak_reaches_every_screen),
        cmocka_unit_test(test_kiosk_soak_resets_and_locks_down),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
