/* Hot reload on an injected clock: a good swap, a broken bundle written
 * while running (the caller keeps its last good content), a missing image. */
#include "test_support.h"

#include <SDL.h>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include "platform/reloader.h"

static char dir[256];

static void write_file(const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static const char *bundle(const char *title, const char *icon)
{
    static char buf[1024];
    snprintf(buf, sizeof buf,
             "{\"format\":1,\"title\":\"%s\",\"sources\":[{\"id\":\"s\",\"publisher\":\"P\","
             "\"title\":\"T\"}],\"careers\":[{\"id\":\"a\",\"name\":\"A\",\"tagline\":\"t\","
             "\"summary\":\"s\",\"color\":\"#112233\",\"icon\":\"%s\"}]}",
             title, icon);
    return buf;
}

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/careerdeck-reload-XXXXXX");
    if (!mkdtemp(dir))
        return -1;
    char images[300];
    snprintf(images, sizeof images, "%s/images", dir);
    mkdir(images, 0755);
    char src[1024];
    /* A real icon from the bundled content, so the good bundle decodes. */
    FILE *in = fopen(test_path(src, sizeof src, "data/images/clock.svg"), "rb");
    char svg[8192];
    size_t n = in ? fread(svg, 1, sizeof svg - 1, in) : 0;
    if (in)
        fclose(in);
    svg[n] = '\0';
    write_file("images/icon.svg", svg);
    write_file("content.json", bundle("First", "images/icon.svg"));
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static void test_good_swap_after_settling(void **state)
{
    (void)state;
    Reloader *r = reloader_open(dir);
    assert_non_null(r);
    assert_int_equal(reloader_pump(r, 1000), 0); /* nothing changed: no timer */
    write_file("content.json", bundle("Second", "images/icon.svg"));
    assert_int_equal(reloader_pump(r, 2000), 2000 + RELOADER_SETTLE_MS);
    Content *c = NULL;
    ContentReport rep;
    assert_false(reloader_take(r, &c, &rep)); /* still settling */
    /* Another write inside the settle window restarts the wait. */
    write_file("content.json", bundle("Third", "images/icon.svg"));
    assert_int_equal(reloader_pump(r, 2300), 2300 + RELOADER_SETTLE_MS);
    assert_int_equal(reloader_pump(r, 2300 + RELOADER_SETTLE_MS), 0);
    assert_true(reloader_take(r, &c, &rep));
    assert_non_null(c);
    assert_string_equal(ltext_get(&c->title, LANG_EN), "Third");
    assert_int_equal(rep.error_count, 0);
    content_free(c);
    content_report_free(&rep);
    assert_false(reloader_take(r, &c, &rep)); /* taken once */
    /* Loading the bundle reads its files: that must not count as a change. */
    assert_int_equal(reloader_pump(r, 9000), 0);
    assert_int_equal(reloader_pump(r, 9000 + RELOADER_SETTLE_MS), 0);
    assert_false(reloader_take(r, &c, &rep));
    reloader_close(r);
}

static void test_broken_bundle_reports_and_yields_nothing(void **state)
{
    (void)state;
    Reloader *r = reloader_open(dir);
    write_file("content.json", "{\"format\": 1, \"title\": \"Half");
    reloader_pump(r, 100);
    reloader_pump(r, 100 + RELOADER_SETTLE_MS);
    Content *c = (Content *)1;
    ContentReport rep;
    assert_true(reloader_take(r, &c, &rep));
    assert_null(c); /* the caller keeps showing its last good content */
    assert_true(rep.error_count > 0);
    assert_non_null(strstr(rep.items[0].message, "line"));
    content_report_free(&rep);
    reloader_close(r);
}

static void test_missing_image_loads_with_an_error(void **state)
{
    (void)state;
    Reloader *r = reloader_open(dir);
    write_file("content.json", bundle("Pictures", "images/gone.png"));
    reloader_pump(r, 100);
    reloader_pump(r, 100 + RELOADER_SETTLE_MS);
    Content *c = NULL;
    ContentReport rep;
    assert_true(reloader_take(r, &c, &rep));
    assert_non_null(c); /* usable: the app draws a placeholder */
    assert_true(rep.error_count > 0);
    bool named = false;
    for (size_t i = 0; i < rep.count; i++)
        named |= strstr(rep.items[i].path, "careers[0].icon") != NULL;
    assert_true(named);
    content_free(c);
    content_report_free(&rep);
    reloader_close(r);
}

static void test_requested_reload_needs_no_change(void **state)
{
    (void)state;
    Reloader *r = reloader_open(dir);
    assert_int_equal(reloader_pump(r, 5000), 0);
    reloader_request(r);
    reloader_pump(r, 5001);
    Content *c = NULL;
    ContentReport rep;
    assert_true(reloader_take(r, &c, &rep));
    assert_non_null(c);
    assert_string_equal(ltext_get(&c->title, LANG_EN), "First");
    content_free(c);
    content_report_free(&rep);
    reloader_close(r);
}

static void test_missing_folder_fails_softly(void **state)
{
    (void)state;
    Reloader *r = reloader_open("/nonexistent/careerdeck-bundle");
    /* inotify exists, the watch fails: still a valid reloader that never fires. */
    if (r) {
        assert_int_equal(reloader_pump(r, 10), 0);
        reloader_close(r);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_good_swap_after_settling, setup, teardown),
        cmocka_unit_test_setup_teardown(test_broken_bundle_reports_and_yields_nothing, setup, teardown),
        cmocka_unit_test_setup_teardown(test_missing_image_loads_with_an_error, setup, teardown),
        cmocka_unit_test_setup_teardown(test_requested_reload_needs_no_change, setup, teardown),
        cmocka_unit_test(test_missing_folder_fails_softly),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
