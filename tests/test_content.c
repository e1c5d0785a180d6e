/* test_content: the bundle loader and validator (src/content.c).
 *
 * Fixture bundles live in tests/fixtures/<name>/. Those about JSON content
 * are parsed with content_parse() and no folder, so a test sees only the
 * problem it is about; those about files go through content_load(). Cases
 * a checkout cannot hold (a 4 MiB file, a folder or FIFO named
 * content.json, a symlink out of the bundle) are built in a temp dir. */
#include "test_support.h"

#include "content.h"
#include "pin.h"
#include "utf8.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---------------------------------------------------------------- helpers */

static char *read_whole(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    assert_non_null(buf);
    size_t got;
    while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            cap *= 2;
            buf = realloc(buf, cap);
            assert_non_null(buf);
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

static const char *fixture_dir(char *buf, size_t len, const char *name)
{
    char rel[256];
    snprintf(rel, sizeof rel, "tests/fixtures/%s", name);
    return test_path(buf, len, rel);
}

static Content *load_fixture(const char *name, const ContentHooks *hooks, ContentReport *r)
{
    char dir[1024];
    return content_load(fixture_dir(dir, sizeof dir, name), hooks, r);
}

/* Parses a fixture's content.json from memory, without file checks. */
static Content *parse_fixture(const char *name, const ContentHooks *hooks, ContentReport *r)
{
    char dir[1024], path[1100];
    size_t len;
    snprintf(path, sizeof path, "%s/content.json", fixture_dir(dir, sizeof dir, name));
    char *json = read_whole(path, &len);
    Content *c = content_parse(json, len, "content.json", NULL, hooks, r);
    free(json);
    return c;
}

static Content *parse_str(const char *json, ContentReport *r)
{
    return content_parse(json, strlen(json), "content.json", NULL, NULL, r);
}

static const ReportItem *find_item(const ContentReport *r, ReportLevel level, const char *path,
                                   const char *needle)
{
    for (size_t i = 0; i < r->count; i++) {
        const ReportItem *it = &r->items[i];
        if (it->level == level && strcmp(it->path, path) == 0 && strstr(it->message, needle))
            return it;
    }
    return NULL;
}

/* Fails with the whole report printed, so a broken expectation is easy to
 * read. */
static void expect_item(const ContentReport *r, ReportLevel level, const char *path,
                        const char *needle)
{
    if (find_item(r, level, path, needle))
        return;
    content_report_print(r, stderr);
    fail_msg("no %s at '%s' containing \"%s\"", level == REPORT_ERROR ? "error" : "warning", path,
             needle);
}

static size_t count_level(const ContentReport *r, ReportLevel level)
{
    size_t n = 0;
    for (size_t i = 0; i < r->count; i++)
        n += r->items[i].level == level;
    return n;
}

/* Problems other than "no Spanish translation" warnings: the fixtures that
 * test the English fallback are translated only in part on purpose. */
static size_t count_besides_translations(const ContentReport *r)
{
    size_t n = 0;
    for (size_t i = 0; i < r->count; i++)
        n += !(r->items[i].level == REPORT_WARNING &&
               strstr(r->items[i].message, "no Spanish translation"));
    return n;
}

/* The report as content_report_print() writes it (caller frees). */
static char *printed(const ContentReport *r)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    assert_non_null(f);
    content_report_print(r, f);
    fclose(f);
    return text;
}

/* A fixture that must fail with exactly one whole-file error. */
static void expect_file_error(Content *c, ContentReport *r, const char *needle)
{
    assert_null(c);
    assert_int_equal(r->error_count, 1);
    expect_item(r, REPORT_ERROR, "", needle);
}

/* ------------------------------------------------------------- temp dirs */

typedef struct {
    char dir[64];
} TempDir;

static const char *temp_path(const TempDir *t, const char *rel, char *buf, size_t len)
{
    snprintf(buf, len, "%s/%s", t->dir, rel);
    return buf;
}

static void temp_write(const TempDir *t, const char *rel, const void *data, size_t len)
{
    char path[256];
    FILE *f = fopen(temp_path(t, rel, path, sizeof path), "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, len, f), len);
    fclose(f);
}

static void remove_tree(const char *path)
{
    struct stat st;
    if (lstat(path, &st) != 0)
        return;
    if (S_ISDIR(st.st_mode)) {
        DIR *d = opendir(path);
        struct dirent *e;
        while (d && (e = readdir(d)) != NULL) {
            char child[512];
            if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
                continue;
            snprintf(child, sizeof child, "%s/%s", path, e->d_name);
            remove_tree(child);
        }
        if (d)
            closedir(d);
        rmdir(path);
    } else {
        unlink(path);
    }
}

/* cmocka setup/teardown: the teardown runs even after a failed assertion,
 * so no test leaves a directory behind in /tmp. */
static int temp_setup(void **state)
{
    TempDir *t = malloc(sizeof *t);
    if (!t)
        return -1;
    snprintf(t->dir, sizeof t->dir, "/tmp/careerdeck-test-XXXXXX");
    if (!mkdtemp(t->dir)) {
        free(t);
        return -1;
    }
    *state = t;
    return 0;
}

static int temp_teardown(void **state)
{
    TempDir *t = *state;
    remove_tree(t->dir);
    free(t);
    return 0;
}

/* ------------------------------------------------------------- fake hooks */

typedef struct {
    int calls;
} ImageProbe;

/* Accepts files that start with the PNG signature, like a real decoder
 * would for the 1x1 PNGs in the fixtures. */
static bool fake_image_ok(void *user, const char *abs_path, char *why, size_t why_len)
{
    static const unsigned char magic[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    unsigned char head[8] = { 0 };
    ImageProbe *probe = user;
    if (probe)
        probe->calls++;
    assert_true(abs_path[0] == '/'); /* the loader hands over a resolved path */
    FILE *f = fopen(abs_path, "rb");
    size_t n = f ? fread(head, 1, sizeof head, f) : 0;
    if (f)
        fclose(f);
    if (n == sizeof head && memcmp(head, magic, sizeof magic) == 0)
        return true;
    snprintf(why, why_len, "not a PNG file");
    return false;
}

/* A font without the Miscellaneous Symbols block (U+2600..). */
static bool fake_has_glyph(void *user, unsigned codepoint)
{
    (void)user;
    return codepoint < 0x2600;
}

static bool all_glyphs(void *user, unsigned codepoint)
{
    (void)user;
    (void)codepoint;
    return true;
}

/* ------------------------------------------------------------ good bundle */

static void check_good_top(const Content *c)
{
    assert_int_equal(c->format, 1);
    assert_string_equal(ltext_get(&c->title, LANG_EN), "Explore health careers");
    assert_string_equal(ltext_get(&c->title, LANG_ES), "Explora carreras de salud");
    assert_string_equal(ltext_get(&c->subtitle, LANG_ES), "Tap a card to learn more");
    assert_int_equal(c->idle_seconds, 90);
    assert_null(c->font_regular);
    assert_true(c->all_growth.present);
    assert_int_equal(c->all_growth.source, 1);
    assert_string_equal(ltext_get(&c->all_growth.period, LANG_EN), "2024\xE2\x80\x93" "2034");
    assert_int_equal(c->source_count, 2);
    assert_string_equal(c->sources[0].id, "bls-ma");
    assert_string_equal(ltext_get(&c->sources[0].cite, LANG_ES), "BLS, datos de mayo de 2024");
    assert_int_equal(c->sources[0].year, 2025);
    assert_non_null(c->sources[0].url);
    assert_null(c->sources[1].url);
    assert_false(ltext_present(&c->sources[1].cite));
    assert_int_equal(c->career_count, 2);
    assert_int_equal(c->ui_count, 2);
}

static void check_good_career(const Career *k)
{
    assert_string_equal(k->id, "medical-assistant");
    assert_string_equal(ltext_get(&k->name, LANG_ES), "Asistente m\xC3\xA9" "dico");
    assert_string_equal(ltext_get(&k->credential, LANG_ES), "CMA"); /* falls back to en */
    assert_int_equal(k->duty_count, 2);
    assert_string_equal(ltext_get(&k->duties[1], LANG_ES), "Programar citas");
    assert_int_equal(k->color, 0x1A6FB0);
    assert_string_equal(k->icon, "images/ma.png");
    assert_string_equal(k->image, "images/step.png");
    assert_true(k->employed.present);
    assert_true(k->employed.value == 811000);
    assert_int_equal(k->employed.year, 2024);
    assert_int_equal(k->employed.source, 0);
    assert_int_equal(k->projected.source, 1);
    assert_true(k->growth.value == 12);
    assert_true(k->pay.p90.value == 56000.5);
    assert_true(k->pay.p75.value == k->pay.median.value); /* equal is in order */
    assert_true(k->pay.mean.present);
    assert_false(k->pay.range_low.present);
    assert_int_equal(k->pay.range_low.source, -1);
}

static void check_good_details(const Career *k)
{
    assert_string_equal(ltext_get(&k->training_summary, LANG_EN), "A certificate program, then an exam.");
    assert_true(k->train_months.present && k->train_months.value == 9);
    assert_int_equal(k->path_count, 2);
    assert_true(k->paths[0].months_min == 9 && k->paths[0].months_max == 12);
    assert_string_equal(ltext_get(&k->paths[1].note, LANG_EN), "Community college");
    assert_int_equal(k->cert_count, 2);
    assert_string_equal(k->certs[1].code, "RMA");
    assert_false(k->certs[0].required);
    assert_true(k->certs[1].required);
    assert_false(ltext_present(&k->certs[1].body));
    assert_int_equal(k->setting_count, 2);
    assert_true(k->settings[0].share == 57 && k->settings[0].source == 0);
    assert_true(k->settings[1].share < 0);
    assert_int_equal(k->settings[1].source, -1);
    assert_true(k->traits.patient_contact == 0.9 && k->traits.physical == 0.5);
    assert_true(k->traits.desk == -1);
    assert_int_equal(k->skill_count, 2);
    assert_int_equal(k->advancement_count, 1);
    assert_int_equal(k->day_count, 2);
    assert_string_equal(k->day[0].time, "07:30");
    assert_string_equal(k->day[0].icon, "images/step.png");
    assert_null(k->day[1].icon);
    assert_string_equal(ltext_get(&k->day[0].skill, LANG_EN), "Organization");
}

/* Only the required fields: every figure loads as "not reported". */
static void check_minimal_career(const Career *k)
{
    const Figure *figs[] = { &k->employed, &k->projected, &k->growth, &k->new_jobs, &k->pay.p10,
                             &k->pay.median, &k->pay.p90, &k->pay.mean, &k->train_months };
    for (size_t i = 0; i < sizeof figs / sizeof figs[0]; i++) {
        assert_false(figs[i]->present);
        assert_int_equal(figs[i]->source, -1);
    }
    assert_null(k->image);
    assert_false(ltext_present(&k->credential));
    assert_string_equal(ltext_get(&k->credential, LANG_ES), "");
    assert_int_equal(k->duty_count + k->path_count + k->cert_count + k->day_count, 0);
    assert_true(k->traits.patient_contact == -1 && k->traits.physical == -1);
}

static void test_good_loads_all_fields(void **state)
{
    (void)state;
    ContentReport r = { 0 };
    ImageProbe probe = { 0 };
    ContentHooks hooks = { &probe, fake_image_ok, all_glyphs };
    char dir[1024];
    Content *c = content_load(fixture_dir(dir, sizeof dir, "good"), &hooks, &r);
    if (count_besides_translations(&r))
        content_report_print(&r, stderr);
    assert_non_null(c);
    assert_int_equal(count_besides_translations(&r), 0);
    expect_item(&r, REPORT_WARNING, "careers[0].tagline", "no Spanish translation");
    assert_int_equal(probe.calls, 4); /* icon + image + day icon, and the 2nd career's icon */
    assert_string_equal(c->bundle_dir, dir);
    check_good_top(c);
    check_good_career(&c->careers[0]);
    check_good_details(&c->careers[0]);
    check_minimal_career(&c->careers[1]);
    content_free(c);
    content_report_free(&r);
}

static void test_lookups(void **state)
{
    (void)state;
    ContentReport r = { 0 };
    Content *c = load_fixture("good", NULL, &r);
    assert_non_null(c);
    assert_int_equal(content_career_index(c, "pharmacy-tech"), 1);
    assert_int_equal(content_career_index(c, "nurse"), -1);
    assert_int_equal(content_career_index(NULL, "nurse"), -1);
    assert_string_equal(content_ui(c, "compare_roles", LANG_ES), "Comparar roles");
    assert_string_equal(content_ui(c, "not_reported", LANG_ES), "Not reported");
    assert_null(content_ui(c, "missing_key", LANG_EN));
    assert_non_null(content_source(c, 1));
    assert_string_equal(content_source(c, 1)->id, "bls-proj");
    assert_null(content_source(c, 2));
    assert_null(content_source(c, -1));
    content_free(c);
    content_report_free(&r);
}

static void test_ltext_fallback(void **state)
{
    (void)state;
    char en[] = "Hello", es[] = "Hola", empty[] = "";
    LText both = { { en, es } }, only_en = { { en, NULL } }, blank_es = { { en, empty } };
    LText none = { { NULL, NULL } }, only_es = { { NULL, es } };
    assert_string_equal(ltext_get(&both, LANG_ES), "Hola");
    assert_string_equal(ltext_get(&both, LANG_EN), "Hello");
    assert_string_equal(ltext_get(&only_en, LANG_ES), "Hello");
    assert_string_equal(ltext_get(&blank_es, LANG_ES), "Hello");
    assert_string_equal(ltext_get(&none, LANG_ES), "");
    assert_string_equal(ltext_get(&only_es, LANG_EN), "");
    assert_string_equal(ltext_get(NULL, LANG_EN), "");
    assert_string_equal(ltext_get(&both, (Lang)7), "Hello");
    assert_true(ltext_present(&only_es));
    assert_false(ltext_present(&none));
    assert_false(ltext_present(&(LText){ { empty, NULL } }));
}

static void test_text_string_or_object(void **state)
{
    (void)state;
    ContentReport r = { 0 };
    Content *c = parse_str("{\"format\": 1, \"title\": {\"en\": \"Careers\", \"es\": \"Carreras\"},"
                           " \"subtitle\": \"Plain\", \"sources\": [], \"careers\": [{\"id\": \"a\","
                           " \"name\": {\"en\": \"A\"}, \"tagline\": \"t\", \"summary\": {\"es\": \"s\", \"en\": \"S\"},"
                           " \"color\": \"#abcdef\", \"icon\": \"i.png\"}]}", &r);
    assert_non_null(c);
    assert_int_equal(r.error_count, 0);
    /* Spanish is used, so texts without it are named; nothing else is said. */
    assert_int_equal(count_level(&r, REPORT_WARNING), 3);
    expect_item(&r, REPORT_WARNING, "subtitle", "no Spanish translation");
    expect_item(&r, REPORT_WARNING, "careers[0].name", "no Spanish translation");
    expect_item(&r, REPORT_WARNING, "careers[0].tagline", "no Spanish translation");
    assert_null(c->bundle_dir);
    assert_string_equal(ltext_get(&c->title, LANG_ES), "Carreras");
    assert_string_equal(ltext_get(&c->subtitle, LANG_ES), "Plain");
    assert_null(c->subtitle.by_lang[LANG_ES]);
    assert_string_equal(ltext_get(&c->careers[0].name, LANG_ES), "A");
    assert_string_equal(ltext_get(&c->careers[0].summary, LANG_ES), "s");
    assert_int_equal(c->careers[0].color, 0xABCDEF);
    assert_int_equal(c->idle_seconds, 60); /* the default */
    content_free(c);
    content_report_free(&r);
}

/* --validate names every visible text without Spanish, but only once the
 * bundle uses Spanish somewhere: an English-only bundle is fine as it is. */
static void test_missing_translations(void **state)
{
    (void)state;
    static const char body[] =
        "\"sources\": [{\"id\": \"s\", \"publisher\": \"P\", \"title\": \"T\", \"cite\": \"C\"}],"
        " \"careers\": [{\"id\": \"a\", \"name\": {\"en\": \"A\", \"es\": \"A es\"},"
        " \"tagline\": \"t\", \"summary\": {\"en\": \"S\", \"es\": \"S es\"},"
        " \"duties\": [{\"en\": \"d0\", \"es\": \"d0 es\"}, \"d1\"],"
        " \"growth\": {\"value\": 3, \"source\": \"s\", \"year\": 2024, \"period\": \"2024\u20132034\"},"
        " \"color\": \"#abcdef\", \"icon\": \"i.png\"}],"
        " \"ui\": {\"back\": {\"en\": \"Back\", \"es\": \"Atr\u00e1s\"}, \"home\": \"Home\"}}";
    char json[2048];
    snprintf(json, sizeof json, "{\"format\": 1, \"title\": \"Careers\", %s", body);
    ContentReport r = { 0 };
    Content *c = parse_str(json, &r);
    assert_non_null(c); /* warnings never block */
    assert_int_equal(r.error_count, 0);
    static const char *const paths[] = { "title", "sources[0].publisher", "sources[0].title",
                                         "sources[0].cite", "careers[0].tagline",
                                         "careers[0].duties[1]", "ui.home" };
    for (size_t i = 0; i < sizeof paths / sizeof *paths; i++)
        expect_item(&r, REPORT_WARNING, paths[i], "no Spanish translation");
    /* Translated texts, and a period with no words in it, need nothing. */
    assert_int_equal(count_level(&r, REPORT_WARNING), sizeof paths / sizeof *paths);
    char *text = printed(&r);
    assert_non_null(strstr(text, "content.json: careers[0].duties[1]: warning: no Spanish translation"));
    free(text);
    content_free(c);
    content_report_free(&r);

    /* The same bundle in English only: not a word about translations. */
    static const char *const english =
        "{\"format\": 1, \"title\": \"Careers\", \"sources\": [], \"careers\": [{\"id\": \"a\","
        " \"name\": \"A\", \"tagline\": \"t\", \"summary\": {\"en\": \"S\"},"
        " \"color\": \"#abcdef\", \"icon\": \"i.png\"}], \"ui\": {\"home\": \"Home\"}}";
    ContentReport r2 = { 0 };
    c = parse_str(english, &r2);
    assert_non_null(c);
    assert_int_equal(r2.count, 0);
    content_free(c);
    content_report_free(&r2);
}

/* The shipped bundle is fully translated. */
static void test_data_bundle_translated(void **state)
{
    (void)state;
    char dir[1024];
    ContentReport r = { 0 };
    Content *c = content_load(test_path(dir, sizeof dir, "data"), NULL, &r);
    assert_non_null(c);
    for (size_t i = 0; i < r.count; i++)
        if (strstr(r.items[i].message, "no Spanish translation")) {
            content_report_print(&r, stderr);
            fail_msg("data/ lacks a Spanish translation at %s", r.items[i].path);
        }
    assert_non_null(content_ui(c, "language", LANG_EN));
    assert_string_equal(ltext_get(&c->title, LANG_ES), "Carreras de salud, de cerca");
    content_free(c);
    content_report_free(&r);
}

/* ------------------------------------------------------ whole-file cases */

static void test_syntax_error_line_col(void **state)
{
    (void)state;
    ContentReport r = { 0 };
    char dir[1024], want[1400];
    Content *c = load_fixture("bad_syntax", NULL, &r);
    expect_file_error(c, &r, "line 6, column 29");
    /* The fixture's line 6 is `    {"id": "a", "name": "A",, "tagline": "t"}`. */
    snprintf(want, sizeof want, "%s/content.json: JSON syntax error at line 6, column 29 near ', \"tagline\": \"t\"}'\n",
             fixture_dir(dir, sizeof dir, "bad_syntax"));
    char *text = printed(&r);
    assert_string_equal(text, want);
    free(text);
    content_report_free(&r);

    /* Columns count characters, as editors do: "é" is one column, two bytes. */
    expect_file_error(parse_str("{\"t\": \"caf\xC3\xA9\", x}", &r), &r, "line 1, column 15 near 'x}'");
    content_report_free(&r);
    /* Lines count from 1; a CRLF file counts the same. */
    expect_file_error(parse_str("{\r\n\"a\": 1\r\n\"b\": 2}", &r), &r, "line 3, column 1 near '\"b\": 2}'");
    content_report_free(&r);
}

static void test_truncated(void **state)
{
    (void)state;
    ContentReport r = { 0 };
    expect_file_error(load_fixture("truncated", NULL, &r), &r, "line 6, column 28: unexpected end of file");
    content_report_free(&r);
}

static void test_empty_and_whitespace(void **state)
{
    (void)state;
    ContentReport r = { 0 };
    expect_file_error(load_fixture("empty", NULL, &r), &r, "file is empty");
    content_report_free(&r);
    expect_file_error(load_fixture("whitespace", NULL, &r), &r, "only whitespace");
    content_report_free(&r);
}

static void test_binary_garbage(void **state)
{
    (void)state;
    ContentReport r = { 0 };
    /* A PNG: has NUL bytes, which cJSON would silently stop at. */
    expect_file_error(load_fixture("binary", NULL, &r), &r, "NUL byte at line 3, column 1");
    content_report_free(&r);

    /* High bytes without NULs: a syntax error whose snippet is printable. */
    char junk[256];
    unsigned seed = 12345;
    for (size_t i = 0; i < sizeof junk; i++) {
        seed = seed * 1103515245u + 12345u;
        junk[i] = (char)(0x80 | (seed >> 16));
    }
    assert_null(content_parse(junk, sizeof junk, "content.json", NULL, NULL, &r));
    expect_item(&r, REPORT_ERROR, "", "JSON syntax error at line 1, column 1 near '");
    const char *msg = r.items[0].message;
    assert_true(utf8_valid(msg, strlen(msg), NULL)); /* bad bytes come out as \xNN */
    assert_non_null(strstr(msg, "\\x"));
    content_report_free(&r);

    assert_null(content_parse("\xFF\xFE{\0}\0", 6, "content.json", NULL, NULL, &r));
    expect_item(&r, REPORT_ERROR, "", "UTF-16");
    content_report_free(&r);
}

static void test_deep_nesting(void **state)
{
    (void)state;
    ContentReport r = { 0 };
    size_t n = 100000;
    char *deep = malloc(n);
    assert_non_null(deep);
    memset(deep, '[', n);
    expect_file_error(content_parse(deep, n, "content.json", NULL, NULL, &r), &r,
                      "nested deeper than 64 levels at line 1, column 65");
    content_report_free(&r);

    /* Exactly CONTENT_MAX_DEPTH levels gets past the depth check. */
    char ok[2 * CONTENT_MAX_DEPTH];
    memset(ok, '[', CONTENT_MAX_DEPTH);
    memset(ok + CONTENT_MAX_DEPTH, ']', CONTENT_MAX_DEPTH);
    expect_file_error(content_parse(ok, sizeof ok, "content.json", NULL, NULL, &r), &r,
                      "expected a JSON object at the top level, found an array");
    content_report_free(&r);

    /* Brackets inside strings do not count. */
    memset(deep, '{', n);
    const char *head = "{\"format\": \"";
    memcpy(deep, head, strlen(head));
    deep[n - 2] = '"';
    deep[n - 1] = '}';
    assert_null(content_parse(deep, n, "content.json", NULL, NULL, &r));
    expect_item(&r, REPORT_ERROR, "format", "expected a number, found a string");
    content_report_free(&r);
    free(deep);
}

static void test_huge_file(void **state)
{
    const TempDir *t = *state;
    ContentReport r = { 0 };
    char path[256], want[128];
    int fd = open(temp_path(t, "content.json", path, sizeof path), O_WRONLY | O_CREAT, 0644);
    assert_true(fd >= 0);
    assert_int_equal(ftruncate(fd, (off_t)CONTENT_MAX_FILE_BYTES + 1), 0);
    close(fd);
    snprintf(want, sizeof want, "larger than the %u MB limit", CONTENT_MAX_FILE_BYTES >> 20);
    expect_file_error(content_load(t->dir, NULL, &r), &r, want);
    assert_string_equal(r.items[0].file, path);
    content_report_free(&r);

    /* content_parse() applies the same limit to text in memory. */
    char *big = calloc(CONTENT_MAX_FILE_BYTES + 1, 1);
    assert_non_null(big);
    expect_file_error(content_parse(big, CONTENT_MAX_FILE_BYTES + 1, "x", NULL, NULL, &r), &r,
                      "the limit is");
    free(big);
    content_report_free(&r);
}

static void test_not_a_file(void **state)
{
    const TempDir *t = *state;
    ContentReport r = { 0 };
    char path[256];
    expect_file_error(content_load(t->dir, NULL, &r), &r, "not found");
    content_report_free(&r);

    assert_int_equal(mkdir(temp_path(t, "content.json", path, sizeof path), 0755), 0);
    expect_file_error(content_load(t->dir, NULL, &r), &r, "is a folder");
    content_report_free(&r);
    rmdir(path);

    /* Opening a FIFO for reading would block without O_NONBLOCK. */
    assert_int_equal(mkfifo(path, 0644), 0);
    expect_file_error(content_load(t->dir, NULL, &r), &r, "not a regular file");
    content_report_free(&r);

    expect_file_error(content_load("/nonexistent/careerdeck", NULL, &r), &r, "not found");
    assert_string_equal(r.items[0].file, "/nonexistent/careerdeck/content.json");
    content_report_free(&r);
}

/* --------------------------------------------------------- content checks */

static void test_wrong_type(void **state)
{
    (void)state;
    ContentReport r = { 0 };
    assert_null(parse_fixture("wrong_type", NULL, &r));
    assert_int_equal(r.error_count, 1);
    expect_item(&r, REPORT_ERROR, "careers[0].pay.median.value", "expected a number, found a string");
    content_report_free(&r);
}

static void test_missing_field(void **state)
{
    (void)state;
    ContentReport r = { 0 };
    assert_null(parse_fixture("missing_field", NULL, &r));
    assert_int_equal(r.error_count, 1);
    expect_item(&r, REPORT_ERROR, "careers[0].tagline", "missing required field");
    content_report_free(&r);
}

static void test_out_of_range(void **state)
{
    (void)state;
    ContentReport r = { 0 };
    assert_null(parse_fixture("out_of_range", NULL, &r));
    expect_item(&r, REPORT_ERROR, "settings.idle_seconds", "must be between 10 and 3600, found 5");
    expect_item(&r, REPORT_ERROR, "careers[0].settings[0].share", "between 0 and 100, found 150");
    expect_item(&r, REPORT_ERROR, "careers[0].traits.physical", "between 0 and 1, found 1.5");
    expect_item(&r, REPORT_ERROR, "careers[0].training.paths[0].months_max",
                "months_max (6) is less than months_min (12)");
    expect_item(&r, REPORT_ERROR, "careers[0].employed.value", "at least 0, found -3");
    assert_int_equal(r.error_count, 5);
    content_report_free(&r);
}

static void test_unordered_percentiles(void **state)
{
    (void)state;
    ContentReport r = { 0 };
    assert_null(parse_fixture("unordered_pay", NULL, &r));
    assert_int_equal(r.error_count, 1);
    expect_item(&r, REPORT_ERROR, "careers[0].pay.p75", "p75 (41000) is below median (44000)");
    content_report_free(&r);
}

static void test_duplicate_ids(void **state)
{
    (void)state;
    ContentReport r = { 0 };
    assert_null(parse_fixture("duplicate_id", NULL, &r));
    expect_item(&r, REPORT_ERROR, "sources[1].id", "duplicate source id 'src' (already used by sources[0])");
    expect_item(&r, REPORT_ERROR, "careers[1].id", "duplicate career id 'alpha'");
    expect_item(&r, REPORT_ERROR, "careers[0].certifications[1].code", "duplicate certification code 'CMA'");
    assert_int_equal(r.error_count, 3);
    content_report_free(&r);
}

static void test_duplicate_key(void **state)
{
    (void)state;
    ContentReport r = { 0 };
    assert_null(parse_fixture("duplicate_key", NULL, &r));
    assert_int_equal(r.error_count, 1);
    expect_item(&r, REPORT_ERROR, "careers[0].name", "duplicate key 'name'");
    content_report_free(&r);
}

static void test_unknown_key_is_warning(void **state)
{
    (void)state;
    ContentReport r = { 0 };
    Content *c = parse_fixture("unknown_key", NULL, &r);
    assert_non_null(c); /* warnings never block */
    assert_int_equal(r.error_count, 0);
    assert_int_equal(count_level(&r, REPORT_WARNING), 3);
    expect_item(&r, REPORT_WARNING, "careers[0].nmae", "unknown key 'nmae' is ignored; did you mean 'name'?");
    expect_item(&r, REPORT_WARNING, "colour", "unknown key 'colour'");
    expect_item(&r, REPORT_WARNING, "careers[0].tagline.fr", "unknown language 'fr'");
    char *text = printed(&r);
    assert_non_null(strstr(text, "content.json: careers[0].nmae: warning: unknown key 'nmae'"));
    free(text);
    content_free(c);
    content_report_free(&r);
}

static void test_unknown_source(void **state)
{
    (void)state;
    ContentReport r = { 0 };
    assert_null(parse_fixture("unknown_source", NULL, &r));
    assert_int_equal(r.error_count, 1);
    expect_item(&r, REPORT_ERROR, "careers[0].growth.source", "unknown source 'bls-nope'");
    content_report_free(&r);

    assert_null(parse_fixture("figure_without_source", NULL, &r));
    assert_int_equal(r.error_count, 1);
    expect_item(&r, REPORT_ERROR, "careers[0].employed.source", "every figure needs");
    content_report_free(&r);
}

static void test_day_order(void **state)
{
    (void)state;
    ContentReport r = { 0 };
    assert_null(parse_fixture("day_order", NULL, &r));
    expect_item(&r, REPORT_ERROR, "careers[0].day[1].time", "07:30 is not after 08:00");
    expect_item(&r, REPORT_ERROR, "careers[0].day[2].time", "expected a 24-hour time like");
    assert_int_equal(r.error_count, 2); /* 12:00 is compared with 07:30 and is fine */
    content_report_free(&r);
}

static void test_bad_utf8(void **state)
{
    (void)state;
    ContentReport r = { 0 };
    assert_null(parse_fixture("bad_utf8", NULL, &r));
    expect_item(&r, REPORT_ERROR, "careers[0].name", "not valid UTF-8 (byte 0xC3 at offset 2)");
    expect_item(&r, REPORT_ERROR, "careers[0].summary", "not valid UTF-8 (byte 0xC0 at offset 1)");
    assert_int_equal(r.error_count, 2);
    /* The message quotes the text with the bad bytes escaped, so the
     * report itself stays valid UTF-8. */
    assert_non_null(strstr(find_item(&r, REPORT_ERROR, "careers[0].name", "")->message, "'Al\\xC3(pha'"));
    content_report_free(&r);
}

static void test_missing_glyph(void **state)
{
    (void)state;
    ContentReport r = { 0 };
    ContentHooks hooks = { NULL, NULL, fake_has_glyph };
    Content *c = parse_fixture("glyph", &hooks, &r);
    assert_non_null(c); /* the kiosk still runs; --validate fails */
    expect_item(&r, REPORT_ERROR, "careers[0].name", "the font has no glyph for U+2603 '\xE2\x98\x83'");
    expect_item(&r, REPORT_ERROR, "careers[0].tagline.es", "U+2603");
    expect_item(&r, REPORT_ERROR, "careers[0].tagline.es", "U+2605");
    assert_int_equal(r.error_count, 3); /* the name's second snowman is not repeated */
    content_free(c);
    content_report_free(&r);
}

/* ------------------------------------------------------------------ images */

static Content *load_image_fixture(const char *name, ContentReport *r)
{
    ContentHooks hooks = { NULL, fake_image_ok, NULL };
    Content *c = load_fixture(name, &hooks, r);
    assert_non_null(c); /* image problems never block loading */
    assert_int_equal(r->error_count, 1);
    return c;
}

static void test_image_unsafe_paths(void **state)
{
    (void)state;
    ContentReport r = { 0 };
    Content *c = load_image_fixture("image_dotdot", &r);
    expect_item(&r, REPORT_ERROR, "careers[0].icon", "must not contain '..'");
    assert_null(c->careers[0].icon); /* never handed to the renderer */
    content_free(c);
    content_report_free(&r);

    c = load_image_fixture("image_absolute", &r);
    expect_item(&r, REPORT_ERROR, "careers[0].icon", "'/etc/passwd' must be relative");
    assert_null(c->careers[0].icon);
    content_free(c);
    content_report_free(&r);
}

static void test_image_missing_or_broken(void **state)
{
    (void)state;
    ContentReport r = { 0 };
    char dir[1024], file[1100];
    Content *c = load_image_fixture("image_missing", &r);
    expect_item(&r, REPORT_ERROR, "careers[0].icon", "image not found");
    snprintf(file, sizeof file, "%s/images/nope.png", fixture_dir(dir, sizeof dir, "image_missing"));
    assert_string_equal(r.items[0].file, file); /* the line names the image */
    assert_string_equal(c->careers[0].icon, "images/nope.png"); /* kept: placeholder */
    content_free(c);
    content_report_free(&r);

    c = load_image_fixture("image_broken", &r);
    expect_item(&r, REPORT_ERROR, "careers[0].icon", "cannot decode image: not a PNG file");
    assert_string_equal(c->careers[0].icon, "icon.png");
    content_free(c);
    content_report_free(&r);

    /* Without the hook the same bundle is clean: decoding is the hook's job. */
    c = load_fixture("image_broken", NULL, &r);
    assert_non_null(c);
    assert_int_equal(r.count, 0);
    content_free(c);
    content_report_free(&r);
}

static const char SMALL_BUNDLE[] =
    "{\"format\": 1, \"title\": \"T\", \"sources\": [],"
    " \"careers\": [{\"id\": \"a\", \"name\": \"A\", \"tagline\": \"t\", \"summary\": \"s\","
    " \"color\": \"#000000\", \"icon\": \"icon.png\", \"image\": \"images/alias.png\"}]}";

static void test_image_symlinks(void **state)
{
    const TempDir *t = *state;
    ContentReport r = { 0 };
    char path[256], png[1024];
    temp_write(t, "content.json", SMALL_BUNDLE, strlen(SMALL_BUNDLE));
    temp_path(t, "images", path, sizeof path);
    assert_int_equal(mkdir(path, 0755), 0);
    /* Out of the bundle: an absolute link to a real PNG elsewhere. */
    test_path(png, sizeof png, "tests/fixtures/good/images/ma.png");
    assert_int_equal(symlink(png, temp_path(t, "icon.png", path, sizeof path)), 0);
    /* Inside the bundle: a link to a sibling is fine. */
    temp_write(t, "images/real.png", "x", 1);
    assert_int_equal(symlink("real.png", temp_path(t, "images/alias.png", path, sizeof path)), 0);

    Content *c = content_load(t->dir, NULL, &r);
    assert_non_null(c);
    assert_int_equal(r.error_count, 1);
    expect_item(&r, REPORT_ERROR, "careers[0].icon", "resolves outside the bundle folder");
    assert_null(c->careers[0].icon);
    assert_string_equal(c->careers[0].image, "images/alias.png");
    content_free(c);
    content_report_free(&r);
}

static void test_fonts(void **state)
{
    (void)state;
    ContentReport r = { 0 };
    char dir[1024];
    const char *json = "{\"format\": 1, \"title\": \"T\", \"sources\": [],"
                       " \"settings\": {\"font\": \"images/ma.png\", \"font_bold\": \"fonts/Bold.ttf\"},"
                       " \"careers\": [{\"id\": \"a\", \"name\": \"A\", \"tagline\": \"t\", \"summary\": \"s\","
                       " \"color\": \"#000000\", \"icon\": \"images/ma.png\"}]}";
    Content *c = content_parse(json, strlen(json), "content.json", fixture_dir(dir, sizeof dir, "good"),
                               NULL, &r);
    assert_non_null(c);
    assert_int_equal(r.error_count, 1);
    expect_item(&r, REPORT_ERROR, "settings.font_bold", "font not found");
    assert_string_equal(c->font_regular, "images/ma.png");
    assert_string_equal(c->bundle_dir, dir);
    content_free(c);
    content_report_free(&r);
}

/* ------------------------------------------------------------------ quiz */

static void test_quiz_loads(void **state)
{
    (void)state;
    ContentReport r = { 0 };
    Content *c = parse_fixture("quiz_good", NULL, &r);
    if (count_besides_translations(&r))
        content_report_print(&r, stderr);
    assert_non_null(c);
    assert_int_equal(count_besides_translations(&r), 0);
    assert_int_equal(c->day_autoplay_seconds, 8);
    const Quiz *q = &c->quiz;
    assert_string_equal(ltext_get(&q->title, LANG_ES), "\xC2\xBFQu\xC3\xA9 puesto me va?");
    assert_string_equal(ltext_get(&q->intro, LANG_EN), "Two quick questions.");
    assert_int_equal(q->question_count, 2);
    assert_string_equal(ltext_get(&q->questions[0].text, LANG_ES), "\xC2\xBFPacientes o papeles?");
    assert_int_equal(q->questions[0].answer_count, 2);
    const QuizAnswer *a = &q->questions[0].answers[0];
    assert_string_equal(ltext_get(&a->reason, LANG_ES), "Quieres trabajar con pacientes");
    assert_true(a->weights[0] == 3 && a->weights[1] == 0);
    /* A career the answer leaves out weighs 0. */
    a = &q->questions[0].answers[1];
    assert_true(a->weights[0] == 0 && a->weights[1] == 2.5);
    assert_int_equal(q->questions[1].answer_count, 3);
    assert_false(ltext_present(&q->questions[1].answers[2].reason));
    assert_true(q->questions[1].answers[2].weights[0] == 0);
    content_free(c);
    content_report_free(&r);
}

/* Without a quiz or settings the defaults hold; the bundled data has both. */
static void test_quiz_absent_and_bundled(void **state)
{
    (void)state;
    ContentReport r = { 0 };
    Content *c = parse_fixture("good", NULL, &r);
    assert_non_null(c);
    assert_int_equal(c->quiz.question_count, 0);
    assert_null(c->quiz.questions);
    assert_int_equal(c->day_autoplay_seconds, 6);
    content_free(c);
    content_report_free(&r);
    char dir[1024];
    c = content_load(test_path(dir, sizeof dir, "data"), NULL, &r);
    if (r.count)
        content_report_print(&r, stderr);
    assert_non_null(c);
    assert_int_equal(r.count, 0);
    assert_in_range(c->quiz.question_count, 5, 7);
    for (size_t i = 0; i < c->quiz.question_count; i++)
        assert_in_range(c->quiz.questions[i].answer_count, QUIZ_MIN_ANSWERS, QUIZ_MAX_ANSWERS);
    for (size_t i = 0; i < c->career_count; i++)
        assert_in_range(c->careers[i].day_count, 6, 10);
    content_free(c);
    content_report_free(&r);
}

static void test_quiz_unknown_career(void **state)
{
    (void)state;
    ContentReport r = { 0 };
    assert_null(parse_fixture("quiz_unknown_career", NULL, &r));
    expect_item(&r, REPORT_ERROR, "quiz.questions[0].answers[1].weights.medical-codr",
                "unknown career 'medical-codr' (no career has this id); did you mean 'medical-coder'?");
    expect_item(&r, REPORT_ERROR, "quiz.questions[1].answers[0].weights.pharmacy-tech",
                "unknown career 'pharmacy-tech'");
    assert_int_equal(r.error_count, 2);
    content_report_free(&r);
}

static void test_quiz_answer_counts(void **state)
{
    (void)state;
    ContentReport r = { 0 };
    assert_null(parse_fixture("quiz_no_answers", NULL, &r));
    expect_item(&r, REPORT_ERROR, "quiz.questions[1].answers",
                "a question needs 2 to 4 answers; this one has none");
    expect_item(&r, REPORT_ERROR, "quiz.questions[2].answers", "a question needs 2 to 4 answers; this one has 1");
    assert_int_equal(r.error_count, 2);
    content_report_free(&r);
}

/* ------------------------------------------------------------ tour */

/* Bad tour steps are reported with their JSON path and left out; the
 * bundle still loads, so a kiosk keeps running on the good steps. */
static void test_tour_bad_steps(void **state)
{
    (void)state;
    ContentReport r = { 0 };
    Content *c = parse_fixture("tour_bad", NULL, &r);
    assert_non_null(c);
    expect_item(&r, REPORT_ERROR, "tour.seconds", "expected a number, found a string");
    expect_item(&r, REPORT_ERROR, "tour.steps[1].career",
                "unknown career 'medical-codr' (no career has this id); did you mean 'medical-coder'?");
    expect_item(&r, REPORT_ERROR, "tour.steps[2].dimension", "unknown compare dimension 'wages'");
    expect_item(&r, REPORT_ERROR, "tour.steps[3].show", "unknown step kind 'slide'");
    expect_item(&r, REPORT_ERROR, "tour.steps[4].careers[1]", "compares a career with itself");
    expect_item(&r, REPORT_ERROR, "tour.steps[5]", "expected an object, found a number");
    expect_item(&r, REPORT_ERROR, "tour.steps[6].title", "missing required field");
    expect_item(&r, REPORT_ERROR, "tour.steps[7].careers", "expected two career ids, found 1");
    expect_item(&r, REPORT_WARNING, "tour.steps[8].colour", "unknown key 'colour' is ignored");
    for (int i = 1; i <= 7; i++) {
        char path[32];
        snprintf(path, sizeof path, "tour.steps[%d]", i);
        expect_item(&r, REPORT_WARNING, path, "the tour skips this step");
    }
    assert_null(find_item(&r, REPORT_WARNING, "tour.steps[0]", "skips"));
    assert_int_equal(r.error_count, 8);
    /* The good steps, in bundle order. */
    assert_true(c->tour.present);
    assert_int_equal(c->tour.seconds, 0);
    assert_int_equal(c->tour.step_count, 3);
    assert_int_equal(c->tour.steps[0].show, TOUR_SHOW_INTRO);
    assert_string_equal(ltext_get(&c->tour.steps[0].title, LANG_EN), "Welcome");
    assert_string_equal(ltext_get(&c->tour.steps[0].line, LANG_EN), "Two roles");
    assert_int_equal(c->tour.steps[1].show, TOUR_SHOW_DAY);
    assert_int_equal(c->tour.steps[1].career, 1);
    assert_int_equal(c->tour.steps[2].show, TOUR_SHOW_COMPARE);
    assert_int_equal(c->tour.steps[2].career, 1);
    assert_int_equal(c->tour.steps[2].other, 0);
    assert_string_equal(content_dimension_id(c->tour.steps[2].dimension), "skills");
    content_free(c);
    content_report_free(&r);
}

#define TOUR_BUNDLE(tour)                                                                      \
    "{\"format\":1,\"title\":\"T\",\"sources\":[],\"careers\":["                             \
    "{\"id\":\"a\",\"name\":\"A\",\"tagline\":\"t\",\"summary\":\"s\",\"color\":\"#0F766E\"," \
    "\"icon\":\"i.png\"}]" tour "}"

/* The tour object itself: wrong types and an empty list are reported, never
 * fatal; a missing tour is simply absent. */
static void test_tour_shape(void **state)
{
    (void)state;
    static const struct {
        const char *json, *path, *needle;
    } cases[] = {
        {TOUR_BUNDLE(",\"tour\":5"), "tour", "expected an object, found a number"},
        {TOUR_BUNDLE(",\"tour\":{}"), "tour.steps", "missing required field"},
        {TOUR_BUNDLE(",\"tour\":{\"steps\":{}}"), "tour.steps", "expected an array, found an object"},
        {TOUR_BUNDLE(",\"tour\":{\"steps\":[]}"), "tour.steps", "the tour has no steps"},
        {TOUR_BUNDLE(",\"tour\":{\"seconds\":601,\"steps\":[{\"show\":\"card\",\"career\":\"a\"}]}"),
         "tour.seconds", "601"},
        {TOUR_BUNDLE(",\"tour\":{\"steps\":[{\"show\":\"card\",\"career\":7}]}"),
         "tour.steps[0].career", "expected a career id (a string), found a number"},
        {TOUR_BUNDLE(",\"tour\":{\"steps\":[{\"show\":\"crad\",\"career\":\"a\"}]}"),
         "tour.steps[0].show", "did you mean 'card'?"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ContentReport r = { 0 };
        Content *c = parse_str(cases[i].json, &r);
        if (!c)
            content_report_print(&r, stderr);
        assert_non_null(c);
        expect_item(&r, REPORT_ERROR, cases[i].path, cases[i].needle);
        assert_int_equal(r.error_count, 1);
        content_free(c);
        content_report_free(&r);
    }
    ContentReport r = { 0 };
    Content *c = parse_str(TOUR_BUNDLE(",\"tour\":{\"seconds\":12,\"steps\":[{\"show\":\"card\","
                                       "\"career\":\"a\"}]}"), &r);
    assert_non_null(c);
    assert_int_equal(r.error_count, 0);
    assert_int_equal(c->tour.seconds, 12);
    assert_int_equal(c->tour.step_count, 1);
    content_free(c);
    content_report_free(&r);
    c = parse_str(TOUR_BUNDLE(""), &r);
    assert_non_null(c);
    assert_false(c->tour.present);
    assert_int_equal(c->tour.step_count, 0);
    content_free(c);
    content_report_free(&r);
}

/* The bundled tour: every step plays. */
static void test_tour_bundled(void **state)
{
    (void)state;
    ContentReport r = { 0 };
    char dir[1024];
    Content *c = content_load(test_path(dir, sizeof dir, "data"), NULL, &r);
    assert_non_null(c);
    assert_null(find_item(&r, REPORT_WARNING, "tour.steps", ""));
    assert_true(c->tour.step_count >= 6);
    assert_int_equal(c->tour.steps[0].show, TOUR_SHOW_INTRO);
    assert_true(ltext_present(&c->tour.steps[0].title));
    assert_non_null(c->tour.steps[0].title.by_lang[LANG_ES]);
    content_free(c);
    content_report_free(&r);
}

/* ------------------------------------------------------ in-memory cases */

/* A valid bundle with one career, built at compile time; the *_extra
 * arguments add keys (ending/starting with a comma), the others replace. */
#define BUNDLE3(root_extra, id, color, icon, career_extra)                                 \
    "{\"format\": 1, \"title\": \"T\", " root_extra                                       \
    "\"sources\": [{\"id\": \"src\", \"publisher\": \"P\", \"title\": \"R\"}], "          \
    "\"careers\": [{\"id\": \"" id "\", \"name\": \"A\", \"tagline\": \"t\", \"summary\": \"s\", " \
    "\"color\": \"" color "\", \"icon\": \"" icon "\"" career_extra "}]}"
#define BUNDLE(root_extra, career_extra) BUNDLE3(root_extra, "alpha", "#112233", "icon.png", career_extra)

/* Quiz pieces for the cases: a valid answer (weighing the one career) and
 * a valid question of two answers. */
#define ANSWER "{\"text\": \"A\", \"reason\": \"R\", \"weights\": {\"alpha\": 2}}"
#define QUESTION "{\"text\": \"Q\", \"answers\": [" ANSWER ", " ANSWER "]}"
#define STEP(t) "{\"time\": \"" t "\", \"title\": \"S\"}"
#define DAY_STEPS_21 STEP("07:00") "," STEP("07:10") "," STEP("07:20") "," STEP("07:30") "," \
    STEP("07:40") "," STEP("07:50") "," STEP("08:00") "," STEP("08:10") "," STEP("08:20") "," \
    STEP("08:30") "," STEP("08:40") "," STEP("08:50") "," STEP("09:00") "," STEP("09:10") "," \
    STEP("09:20") "," STEP("09:30") "," STEP("09:40") "," STEP("09:50") "," STEP("10:00") "," \
    STEP("10:10") "," STEP("10:20")

typedef struct {
    const char *json;
    ReportLevel level;
    const char *path;
    const char *needle;
} Case;

static const Case CASES[] = {
    { "[1]", REPORT_ERROR, "", "expected a JSON object at the top level, found an array" },
    { "{\"format\": 2, \"title\": \"T\", \"sources\": [], \"careers\": []}", REPORT_ERROR, "format",
      "unsupported format 2" },
    { "{\"format\": 1, \"title\": \"T\", \"sources\": [], \"careers\": []}", REPORT_ERROR, "careers",
      "needs at least one career" },
    { "{\"format\": 1, \"title\": {\"es\": \"T\"}, \"sources\": [], \"careers\": []}", REPORT_ERROR,
      "title", "needs an \"en\" entry" },
    { "{\"format\": 1, \"title\": \" \", \"sources\": [], \"careers\": []}", REPORT_ERROR, "title",
      "must not be empty" },
    { "{\"format\": 1, \"title\": {\"en\": \"\"}, \"sources\": [], \"careers\": []}", REPORT_ERROR,
      "title.en", "must not be empty" },
    { "{\"format\": 1, \"title\": 7, \"sources\": [], \"careers\": []}", REPORT_ERROR, "title",
      "expected text (a string, or an object" },
    { "{\"format\": 1, \"title\": \"T\", \"careers\": []}", REPORT_ERROR, "sources",
      "missing required field" },
    { "{\"format\": 1.5, \"title\": \"T\", \"sources\": [], \"careers\": []}", REPORT_ERROR, "format",
      "expected a whole number" },
    { BUNDLE3("", "alpha", "#12345", "icon.png", ""), REPORT_ERROR, "careers[0].color", "expected a color like" },
    { BUNDLE3("", "Alpha", "#112233", "icon.png", ""), REPORT_ERROR, "careers[0].id", "may use only a-z, 0-9 and '-'" },
    { BUNDLE("", ", \"duties\": [\"ok\", \"\"]"), REPORT_ERROR, "careers[0].duties[1]", "must not be empty" },
    { BUNDLE("", ", \"duties\": \"one\""), REPORT_ERROR, "careers[0].duties", "expected an array, found a string" },
    { BUNDLE("", ", \"employed\": {\"value\": 1e999, \"source\": \"src\"}"), REPORT_ERROR,
      "careers[0].employed.value", "too large" },
    { BUNDLE("", ", \"employed\": 5"), REPORT_ERROR, "careers[0].employed", "expected a figure like" },
    { BUNDLE("", ", \"employed\": {\"value\": 5, \"source\": \"src\", \"year\": 2024.5}"), REPORT_ERROR,
      "careers[0].employed.year", "expected a whole number" },
    { BUNDLE("", ", \"employed\": {\"value\": 5, \"source\": \"src\", \"year\": 1e300}"), REPORT_ERROR,
      "careers[0].employed.year", "out of range" },
    { BUNDLE("", ", \"pay\": {\"median\": {\"value\": 0, \"source\": \"src\"}}"), REPORT_ERROR,
      "careers[0].pay.median.value", "must be greater than 0, found 0" },
    { BUNDLE("", ", \"pay\": {\"range_low\": {\"value\": 9, \"source\": \"src\"}, \"range_high\": {\"value\": 8, \"source\": \"src\"}}"),
      REPORT_ERROR, "careers[0].pay.range_high", "below range_low" },
    { BUNDLE("", ", \"settings\": [{\"name\": \"Labs\", \"share\": 10}]"), REPORT_ERROR,
      "careers[0].settings[0].source", "every figure needs" },
    { BUNDLE("", ", \"certifications\": [{\"name\": \"X\", \"required\": \"yes\"}]"), REPORT_ERROR,
      "careers[0].certifications[0].required", "expected true or false" },
    { BUNDLE("", ", \"certifications\": [{\"name\": \"X\"}]"), REPORT_ERROR,
      "careers[0].certifications[0].code", "missing required field" },
    { BUNDLE3("", "alpha", "#112233", "", ""), REPORT_ERROR, "careers[0].icon", "image path is empty" },
    { BUNDLE("", ", \"day\": [{\"time\": \"24:00\", \"title\": \"Late\"}]"), REPORT_ERROR,
      "careers[0].day[0].time", "expected a 24-hour time" },
    { BUNDLE("\"settings\": {\"idle_seconds\": \"60\"}, ", ""), REPORT_ERROR, "settings.idle_seconds",
      "expected a number, found a string" },
    { BUNDLE("\"ui\": {\"back\": \"\"}, ", ""), REPORT_ERROR, "ui.back", "must not be empty" },
    { BUNDLE("\"ui\": {\"a\": {\"en\": \"x\", \"en\": \"y\"}}, ", ""), REPORT_ERROR, "ui.a.en",
      "duplicate key 'en'" },
    { BUNDLE("\"b\xFF\": 1, ", ""), REPORT_ERROR, "b\\xFF", "key is not valid UTF-8" },
    { BUNDLE("\"all_occupations_growth\": {\"value\": -101, \"source\": \"src\"}, ", ""), REPORT_ERROR,
      "all_occupations_growth.value", "at least -100" },
    { "{\"format\": 1, \"title\": \"T\", \"sources\": [{\"id\": \"s\", \"publisher\": \"P\", \"title\": \"R\","
      " \"url\": \"www.example.com\"}], \"careers\": [{\"id\": \"a\", \"name\": \"A\", \"tagline\": \"t\","
      " \"summary\": \"s\", \"color\": \"#000000\", \"icon\": \"i.png\"}]}",
      REPORT_WARNING, "sources[0].url", "does not start with https://" },
    { BUNDLE("", ", \"settings\": [{\"name\": \"A\", \"share\": 70, \"source\": \"src\"}, {\"name\": \"B\", \"share\": 40, \"source\": \"src\"}]"),
      REPORT_WARNING, "careers[0].settings", "shares add up to 110%" },
    { BUNDLE("\"$schema\": \"content.schema.json\", \"titel\": \"x\", ", ""), REPORT_WARNING, "titel",
      "did you mean 'title'?" },
    /* The quiz and the day. */
    { BUNDLE("\"settings\": {\"day_autoplay_seconds\": 1}, ", ""), REPORT_ERROR,
      "settings.day_autoplay_seconds", "must be between 2 and 60, found 1" },
    { BUNDLE("\"quiz\": [], ", ""), REPORT_ERROR, "quiz", "expected an object, found an array" },
    { BUNDLE("\"quiz\": {}, ", ""), REPORT_ERROR, "quiz.questions", "missing required field" },
    { BUNDLE("\"quiz\": {\"questions\": []}, ", ""), REPORT_ERROR, "quiz.questions",
      "a quiz needs 2 to 10 questions; this one has none" },
    { BUNDLE("\"quiz\": {\"questions\": [" QUESTION "]}, ", ""), REPORT_ERROR, "quiz.questions",
      "a quiz needs 2 to 10 questions; this one has 1" },
    { BUNDLE("\"quiz\": {\"questions\": [" QUESTION "," QUESTION "," QUESTION "," QUESTION ","
             QUESTION "," QUESTION "," QUESTION "," QUESTION "," QUESTION "," QUESTION "," QUESTION "]}, ", ""),
      REPORT_ERROR, "quiz.questions", "has 11 items; the limit is 10" },
    { BUNDLE("\"quiz\": {\"questions\": [" QUESTION ", {\"text\": \"Q\", \"answers\": ["
             ANSWER "," ANSWER "," ANSWER "," ANSWER "," ANSWER "]}]}, ", ""),
      REPORT_ERROR, "quiz.questions[1].answers", "has 5 items; the limit is 4" },
    { BUNDLE("\"quiz\": {\"questions\": [" QUESTION ", {\"text\": \"Q\"}]}, ", ""), REPORT_ERROR,
      "quiz.questions[1].answers", "missing required field" },
    { BUNDLE("\"quiz\": {\"questions\": [" QUESTION ", {\"answers\": [" ANSWER "," ANSWER "]}]}, ", ""),
      REPORT_ERROR, "quiz.questions[1].text", "missing required field" },
    { BUNDLE("\"quiz\": {\"questions\": [" QUESTION ", {\"text\": {\"es\": \"P\"}, \"answers\": ["
             ANSWER "," ANSWER "]}]}, ", ""),
      REPORT_ERROR, "quiz.questions[1].text", "needs an \"en\" entry" },
    { BUNDLE("\"quiz\": {\"questions\": [" QUESTION ", {\"text\": \"Q\", \"answers\": ["
             ANSWER ", {\"text\": \"B\", \"reason\": 4}]}]}, ", ""),
      REPORT_ERROR, "quiz.questions[1].answers[1].reason", "expected text" },
    { BUNDLE("\"quiz\": {\"questions\": [" QUESTION ", {\"text\": \"Q\", \"answers\": ["
             ANSWER ", {\"text\": \"B\", \"weights\": {\"alpha\": 11}}]}]}, ", ""),
      REPORT_ERROR, "quiz.questions[1].answers[1].weights.alpha", "must be between 0 and 10, found 11" },
    { BUNDLE("\"quiz\": {\"questions\": [" QUESTION ", {\"text\": \"Q\", \"answers\": ["
             ANSWER ", {\"text\": \"B\", \"weights\": {\"alpha\": -1}}]}]}, ", ""),
      REPORT_ERROR, "quiz.questions[1].answers[1].weights.alpha", "must be between 0 and 10, found -1" },
    { BUNDLE("\"quiz\": {\"questions\": [" QUESTION ", {\"text\": \"Q\", \"answers\": ["
             ANSWER ", {\"text\": \"B\", \"weights\": {\"alpha\": \"3\"}}]}]}, ", ""),
      REPORT_ERROR, "quiz.questions[1].answers[1].weights.alpha", "expected a number, found a string" },
    { BUNDLE("\"quiz\": {\"questions\": [" QUESTION ", {\"text\": \"Q\", \"answers\": ["
             ANSWER ", {\"text\": \"B\", \"weights\": [3]}]}]}, ", ""),
      REPORT_ERROR, "quiz.questions[1].answers[1].weights", "expected an object, found an array" },
    { BUNDLE("\"quiz\": {\"questions\": [" QUESTION ", {\"text\": \"Q\", \"answers\": ["
             ANSWER ", {\"text\": \"B\", \"wieghts\": {}}]}]}, ", ""),
      REPORT_WARNING, "quiz.questions[1].answers[1].wieghts", "did you mean 'weights'?" },
    { BUNDLE("\"quiz\": {\"questions\": [{\"text\": \"Q\", \"answers\": [{\"text\": \"A\"}, {\"text\": \"B\"}]},"
             " {\"text\": \"Q\", \"answers\": [{\"text\": \"A\"}, {\"text\": \"B\"}]}]}, ", ""),
      REPORT_WARNING, "quiz", "no answer gives career 'alpha' any weight" },
    { BUNDLE("", ", \"day\": [" DAY_STEPS_21 "]"), REPORT_ERROR, "careers[0].day",
      "has 21 items; the limit is 20" },
};

static void test_cases(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        const Case *k = &CASES[i];
        ContentReport r = { 0 };
        Content *c = parse_str(k->json, &r);
        if (!find_item(&r, k->level, k->path, k->needle)) {
            fprintf(stderr, "case %zu: %s\n", i, k->json);
            expect_item(&r, k->level, k->path, k->needle);
        }
        /* Errors block loading (images aside); warnings never do. */
        bool soft = strstr(k->needle, "image path") != NULL;
        if (k->level == REPORT_ERROR && !soft)
            assert_null(c);
        else
            assert_non_null(c);
        content_free(c);
        content_report_free(&r);
    }
}

static void test_career_limit(void **state)
{
    (void)state;
    ContentReport r = { 0 };
    size_t cap = 257 * 100 + 200, n = 0;
    char *json = malloc(cap);
    assert_non_null(json);
    n += (size_t)snprintf(json, cap, "{\"format\": 1, \"title\": \"T\", \"sources\": [], \"careers\": [");
    for (int i = 0; i < 257; i++)
        n += (size_t)snprintf(json + n, cap - n, "%s{\"id\": \"c%d\"}", i ? "," : "", i);
    snprintf(json + n, cap - n, "]}");
    assert_null(parse_str(json, &r));
    expect_item(&r, REPORT_ERROR, "careers", "has 257 items; the limit is 256");
    free(json);
    content_report_free(&r);
}

/* ----------------------------------------------------------------- report */

static void test_report_format(void **state)
{
    (void)state;
    ContentReport r = { 0 };
    content_report_add(&r, REPORT_ERROR, "data/content.json", "careers[2].pay.median.value",
                       "expected a number, found %s", "a string");
    content_report_add(&r, REPORT_WARNING, "data/content.json", "careers[0].nmae", "unknown key");
    content_report_add(&r, REPORT_ERROR, "data/content.json", "", "JSON syntax error at line %d, column %d", 12, 5);
    content_report_add(&r, REPORT_ERROR, NULL, NULL, "defaults");
    assert_int_equal(r.error_count, 3);
    char *text = printed(&r);
    assert_string_equal(text,
                        "data/content.json: careers[2].pay.median.value: expected a number, found a string\n"
                        "data/content.json: careers[0].nmae: warning: unknown key\n"
                        "data/content.json: JSON syntax error at line 12, column 5\n"
                        "content.json: defaults\n");
    free(text);
    content_report_free(&r);
    assert_int_equal(r.count, 0);
    content_report_free(&r); /* twice is fine */
    content_report_free(NULL);
    content_free(NULL);
}

static void test_report_cap(void **state)
{
    (void)state;
    ContentReport r = { 0 };
    for (int i = 0; i < 1500; i++)
        content_report_add(&r, REPORT_ERROR, "f", "p", "problem %d", i);
    assert_int_equal(r.error_count, 1500);
    assert_int_equal(r.count, 1001);
    assert_string_equal(r.items[999].message, "problem 999");
    assert_non_null(strstr(r.items[1000].message, "too many problems"));
    content_report_free(&r);
}

/* ------------------------------------------------------------------ fuzzing */

static uint32_t next_rand(uint32_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 17;
    *s ^= *s << 5;
    return *s;
}

/* One random edit: overwrite, insert or delete a byte, or truncate. Bytes
 * come from JSON's punctuation half the time, to reach deeper code. */
static size_t mutate(char *buf, size_t len, size_t cap, uint32_t *seed)
{
    static const char punct[] = "{}[]\",:\\ 0e-tfn\x80\xC3\xED\xF4";
    uint32_t r = next_rand(seed);
    size_t pos = len ? next_rand(seed) % len : 0;
    char byte = (r & 8) ? punct[next_rand(seed) % (sizeof punct - 1)] : (char)next_rand(seed);
    switch (r % 4) {
    case 0:
        if (len)
            buf[pos] = byte;
        return len;
    case 1:
        if (len + 1 > cap)
            return len;
        memmove(buf + pos + 1, buf + pos, len - pos);
        buf[pos] = byte;
        return len + 1;
    case 2:
        if (len)
            memmove(buf + pos, buf + pos + 1, len - pos - 1);
        return len ? len - 1 : 0;
    default:
        return pos;
    }
}

static void test_fuzz_mutations(void **state)
{
    (void)state;
    char dir[1024], path[1100];
    size_t len, loaded = 0;
    snprintf(path, sizeof path, "%s/content.json", fixture_dir(dir, sizeof dir, "good"));
    char *good = read_whole(path, &len);
    char *buf = malloc(len + 64);
    assert_non_null(buf);
    uint32_t seed = 0xC0FFEE;
    ContentHooks hooks = { NULL, fake_image_ok, fake_has_glyph };
    for (int iter = 0; iter < 3000; iter++) {
        size_t n = len;
        memcpy(buf, good, len);
        int edits = 1 + (int)(next_rand(&seed) % 4);
        for (int e = 0; e < edits; e++)
            n = mutate(buf, n, len + 64, &seed);
        ContentReport r = { 0 };
        /* Every 16th run also checks image files, through the real folder. */
        Content *c = content_parse(buf, n, "fuzz.json", iter % 16 ? NULL : dir, &hooks, &r);
        /* The one promise every input gets: no Content means a reason. */
        if (!c)
            assert_true(r.error_count > 0);
        else
            assert_true(c->career_count >= 1 && c->career_count <= 64);
        loaded += c != NULL;
        content_free(c);
        content_report_free(&r);
    }
    /* Some mutations land in text and still load; most break something. */
    assert_true(loaded > 0 && loaded < 3000);
    free(buf);
    free(good);
}

/* The admin PIN is accepted only in the hashed form --hash-pin prints. */
static void test_admin_pin_setting(void **state)
{
    (void)state;
    static const char head[] = "{\"format\":1,\"title\":\"T\",\"settings\":{\"admin_pin\":\"";
    static const char tail[] = "\"},\"sources\":[{\"id\":\"s\",\"publisher\":\"P\",\"title\":\"T\"}],"
                               "\"careers\":[{\"id\":\"a\",\"name\":\"A\",\"tagline\":\"t\","
                               "\"summary\":\"s\",\"color\":\"#112233\",\"icon\":\"i.svg\"}]}";
    const uint8_t salt[4] = {1, 2, 3, 4};
    char stored[200], json[1024];
    assert_true(pin_hash("1357", salt, sizeof salt, 10, stored, sizeof stored));
    snprintf(json, sizeof json, "%s%s%s", head, stored, tail);
    ContentReport r = {0};
    Content *c = parse_str(json, &r);
    assert_non_null(c);
    assert_string_equal(c->admin_pin, stored);
    assert_true(pin_verify("1357", c->admin_pin));
    content_free(c);
    content_report_free(&r);

    snprintf(json, sizeof json, "%s%s%s", head, "1357", tail); /* a plain PIN is refused */
    c = parse_str(json, &r);
    assert_non_null(find_item(&r, REPORT_ERROR, "settings.admin_pin", "--hash-pin"));
    content_free(c);
    content_report_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_admin_pin_setting),
        cmocka_unit_test(test_good_loads_all_fields),
        cmocka_unit_test(test_lookups),
        cmocka_unit_test(test_ltext_fallback),
        cmocka_unit_test(test_text_string_or_object),
        cmocka_unit_test(test_missing_translations),
        cmocka_unit_test(test_data_bundle_translated),
        cmocka_unit_test(test_syntax_error_line_col),
        cmocka_unit_test(test_truncated),
        cmocka_unit_test(test_empty_and_whitespace),
        cmocka_unit_test(test_binary_garbage),
        cmocka_unit_test(test_deep_nesting),
        cmocka_unit_test_setup_teardown(test_huge_file, temp_setup, temp_teardown),
        cmocka_unit_test_setup_teardown(test_not_a_file, temp_setup, temp_teardown),
        cmocka_unit_test(test_wrong_type),
        cmocka_unit_test(test_missing_field),
        cmocka_unit_test(test_out_of_range),
        cmocka_unit_test(test_unordered_percentiles),
        cmocka_unit_test(test_duplicate_ids),
        cmocka_unit_test(test_duplicate_key),
        cmocka_unit_test(test_unknown_key_is_warning),
        cmocka_unit_test(test_unknown_source),
        cmocka_unit_test(test_day_order),
        cmocka_unit_test(test_bad_utf8),
        cmocka_unit_test(test_missing_glyph),
        cmocka_unit_test(test_image_unsafe_paths),
        cmocka_unit_test(test_image_missing_or_broken),
        cmocka_unit_test_setup_teardown(test_image_symlinks, temp_setup, temp_teardown),
        cmocka_unit_test(test_fonts),
        cmocka_unit_test(test_quiz_loads),
        cmocka_unit_test(test_quiz_absent_and_bundled),
        cmocka_unit_test(test_quiz_unknown_career),
        cmocka_unit_test(test_quiz_answer_counts),
        cmocka_unit_test(test_tour_bad_steps),
        cmocka_unit_test(test_tour_shape),
        cmocka_unit_test(test_tour_bundled),
        cmocka_unit_test(test_cases),
        cmocka_unit_test(test_career_limit),
        cmocka_unit_test(test_report_format),
        cmocka_unit_test(test_report_cap),
        cmocka_unit_test(test_fuzz_mutations),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
