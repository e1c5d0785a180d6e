/* Bad assets (issue 7): a corrupt PNG or SVG, an SVG that is not one, a
 * directory or FIFO where an image should be, an image with enormous pixel
 * dimensions, and a font that is missing, corrupt, a FIFO or lacking glyphs.
 * Each bundle is written at test time into a scratch folder. Every one must
 * load, draw the placeholder (or a box for a glyph), name the file in
 * exactly one warning however many frames are drawn, and carry on. */
#include "render_support.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "imagehdr.h"
#include "platform/imagefile.h"

enum { FRAMES = 4 };

typedef enum { MAKE_BYTES, MAKE_DIR, MAKE_FIFO, MAKE_NOTHING } MakeKind;

typedef struct {
    const char *name;
    const char *file;       /* the bad file, relative to the bundle */
    MakeKind make;
    const unsigned char *bytes; size_t len;
    bool is_font;           /* named by settings.font, not the card icon */
    const char *why;        /* expected in the warning ("" = any) */
} BadAsset;

/* ---- bytes written at test time --------------------------------------- */

static const unsigned char png_sig[8] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

/* A PNG header (signature + IHDR) for w x h, followed by `junk` bytes of
 * rubbish instead of image data. */
static size_t png_header(unsigned char *out, uint32_t w, uint32_t h, size_t junk)
{
    unsigned char ihdr[25] = {0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    for (int i = 0; i < 4; i++) {
        ihdr[8 + i] = (unsigned char)(w >> (24 - 8 * i));
        ihdr[12 + i] = (unsigned char)(h >> (24 - 8 * i));
    }
    ihdr[16] = 8; /* depth; colour type 0; CRC left zero: it is corrupt anyway */
    memcpy(out, png_sig, 8);
    memcpy(out + 8, ihdr, sizeof ihdr);
    memset(out + 8 + sizeof ihdr, 0xA5, junk);
    return 8 + sizeof ihdr + junk;
}

static unsigned char corrupt_png[64], huge_png[33];
static size_t corrupt_png_len, huge_png_len;

static const unsigned char huge_jpeg[] = {0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0xEA, 0x60,
                                          0xEA, 0x60, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01,
                                          0x03, 0x11, 0x01, 0xFF, 0xD9};
static const char broken_svg[] = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 0 0\" "
                                 "width=\"0\" height=\"0\"><path d=\"M 10 10 L";
static const char not_svg[] = "<html><body>an icon, honest</body></html>\n";
static const char junk_font[] = "this is not a TrueType or OpenType font, only words\n";

static BadAsset cases[] = {
    {"corrupt PNG", "images/icon.png", MAKE_BYTES, corrupt_png, 0, false, "cannot decode PNG"},
    {"cut-short PNG", "images/icon.png", MAKE_BYTES, png_sig, sizeof png_sig, false,
     "broken PNG header"},
    {"corrupt SVG", "images/icon.svg", MAKE_BYTES, (const unsigned char *)broken_svg,
     sizeof broken_svg - 1, false, "SVG without a size"},
    {"unsupported SVG", "images/icon.svg", MAKE_BYTES, (const unsigned char *)not_svg,
     sizeof not_svg - 1, false, "not a PNG, JPEG, WebP or SVG file"},
    {"directory as image", "images/icon.png", MAKE_DIR, NULL, 0, false, "not a regular file"},
    {"FIFO as image", "images/icon.png", MAKE_FIFO, NULL, 0, false, "not a regular file"},
    {"enormous PNG", "images/icon.png", MAKE_BYTES, huge_png, 0, false, "over the limit"},
    {"enormous JPEG", "images/icon.jpg", MAKE_BYTES, huge_jpeg, sizeof huge_jpeg, false,
     "over the limit"},
    {"missing font", "fonts/gone.ttf", MAKE_NOTHING, NULL, 0, true, "not found"},
    {"corrupt font", "fonts/junk.ttf", MAKE_BYTES, (const unsigned char *)junk_font,
     sizeof junk_font - 1, true, "not a usable font"},
    {"FIFO as font", "fonts/pipe.ttf", MAKE_FIFO, NULL, 0, true, "not a regular file"},
};

/* ---- scratch bundles ----------------------------------------------------- */

static void write_file(const char *path, const void *bytes, size_t len)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(bytes, 1, len, f), len);
    assert_int_equal(fclose(f), 0);
}

/* One career whose icon (or the bundle font) is `bad`, and whose tagline
 * carries `tagline`. Returns the bundle folder in dir. */
static void make_bundle(char *dir, size_t len, const BadAsset *bad, const char *tagline)
{
    snprintf(dir, len, "/tmp/careerdeck-bad-XXXXXX");
    assert_non_null(mkdtemp(dir));
    char path[1200], json[2048];
    snprintf(path, sizeof path, "%s/images", dir);
    assert_int_equal(mkdir(path, 0755), 0);
    snprintf(path, sizeof path, "%s/fonts", dir);
    assert_int_equal(mkdir(path, 0755), 0);
    if (bad) {
        snprintf(path, sizeof path, "%s/%s", dir, bad->file);
        if (bad->make == MAKE_BYTES)
            write_file(path, bad->bytes, bad->len);
        else if (bad->make == MAKE_DIR)
            assert_int_equal(mkdir(path, 0755), 0);
        else if (bad->make == MAKE_FIFO)
            assert_int_equal(mkfifo(path, 0644), 0);
    }
    bool font = bad && bad->is_font;
    snprintf(json, sizeof json,
             "{\"format\": 1, \"title\": \"Bad assets\",%s%s%s"
             " \"sources\": [{\"id\": \"src\", \"publisher\": \"Publisher\", \"title\": \"Report\"}],"
             " \"careers\": [{\"id\": \"alpha\", \"name\": \"Alpha\", \"tagline\": \"%s\","
             " \"summary\": \"Sum\", \"color\": \"#2A6F97\", \"icon\": \"%s\"}]}",
             font ? " \"settings\": {\"font\": \"" : "", font ? bad->file : "", font ? "\"}," : "",
             tagline, bad && !font ? bad->file : "images/fine.svg");
    snprintf(path, sizeof path, "%s/content.json", dir);
    write_file(path, json, strlen(json));
    if (!bad || font) { /* a good icon, so only the font is on trial */
        char src[1024];
        test_path(src, sizeof src, "assets/icons/placeholder.svg");
        FILE *in = fopen(src, "rb");
        assert_non_null(in);
        char buf[8192];
        size_t n = fread(buf, 1, sizeof buf, in);
        fclose(in);
        snprintf(path, sizeof path, "%s/images/fine.svg", dir);
        write_file(path, buf, n);
    }
}

static void remove_bundle(const char *dir)
{
    char cmd[1200];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    assert_int_equal(system(cmd), 0);
}

/* ---- stderr capture ------------------------------------------------------- */

typedef struct {
    int saved;
    FILE *file;
} Capture;

static void capture_start(Capture *c)
{
    fflush(stderr);
    c->file = tmpfile();
    assert_non_null(c->file);
    c->saved = dup(STDERR_FILENO);
    assert_true(c->saved >= 0);
    assert_true(dup2(fileno(c->file), STDERR_FILENO) >= 0);
}

/* Restores stderr and returns what was written (caller frees); echoes it
 * so a failing test shows the messages. */
static char *capture_end(Capture *c)
{
    fflush(stderr);
    dup2(c->saved, STDERR_FILENO);
    close(c->saved);
    long n = ftell(c->file);
    char *text = calloc(1, (size_t)(n > 0 ? n : 0) + 1);
    assert_non_null(text);
    rewind(c->file);
    if (n > 0)
        assert_int_equal(fread(text, 1, (size_t)n, c->file), (size_t)n);
    fclose(c->file);
    fprintf(stderr, "%s", text);
    return text;
}

static int lines_naming(const char *text, const char *needle)
{
    int count = 0;
    for (const char *line = text; *line;) {
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line) : strlen(line);
        char buf[2048];
        snprintf(buf, sizeof buf, "%.*s", (int)len, line);
        count += strstr(buf, needle) != NULL;
        line += len + (end != NULL);
    }
    return count;
}

/* ---- the app on a scratch bundle ---------------------------------------- */

/* Starts the app on `dir`, draws FRAMES frames at w x h and returns the
 * stats; *stderr_text gets every message printed on the way. */
static RenderStats run_app(const char *dir, int w, int h, char **stderr_text, SDL_Surface **frame)
{
    Session s;
    memset(&s, 0, sizeof s);
    test_path(s.assets_dir, sizeof s.assets_dir, "assets");
    Capture cap;
    capture_start(&cap);
    int loaded = session_load(&s, dir);
    int rendered = loaded == 0 && session_open_headless(&s, w, h) == 0 ? session_renderer(&s) : -1;
    RenderStats stats = {0};
    if (rendered == 0) {
        session_start_app(&s, w, h, 0);
        render_settle(&s.app);
        for (int i = 0; i < FRAMES; i++)
            session_draw(&s);
        stats = render_stats(s.renderer);
        if (frame)
            *frame = session_read_frame(&s);
    }
    *stderr_text = capture_end(&cap);
    assert_int_equal(loaded, 0);   /* the bundle is usable */
    assert_int_equal(rendered, 0); /* and the app carries on */
    session_free(&s);
    return stats;
}

static void test_bad_asset(void **state)
{
    const BadAsset *bad = *state;
    char dir[64], named[1200];
    make_bundle(dir, sizeof dir, bad, "Tag");
    snprintf(named, sizeof named, "%s/%s", dir, bad->file);
    char *text = NULL;
    SDL_Surface *frame = NULL;
    RenderStats st = run_app(dir, 1280, 800, &text, &frame);
    assert_int_equal(lines_naming(text, named), 1); /* one warning, not one per frame */
    assert_true(lines_naming(text, bad->why) >= 1);
    if (!bad->is_font) /* and nothing else: no library's own line without the file's name */
        assert_int_equal(lines_naming(text, ""), 1);
    assert_non_null(frame);
    render_assert_not_blank(frame);
    assert_true(st.strings_rasterised > 0); /* text still drawn, in a system font if need be */
    if (!bad->is_font) {
        /* The placeholder, drawn in the first frame; the still frames after
         * it redraw nothing, so nothing is tried or said again. */
        assert_true(st.placeholders_drawn >= 1);
        assert_int_equal(st.frames_unchanged, FRAMES - 1);
        assert_true(st.image_failures >= 1);
    } else {
        assert_int_equal(st.placeholders_drawn, 0);
    }
    SDL_FreeSurface(frame);
    free(text);
    remove_bundle(dir);
}

/* A character no installed UI font has: drawn as a box, the font named once. */
static void test_font_lacking_a_glyph(void **state)
{
    (void)state;
    char dir[64];
    make_bundle(dir, sizeof dir, NULL, "Tag \xe4\xb8\xad");  /* U+4E2D */
    char *text = NULL;
    RenderStats st = run_app(dir, 1280, 800, &text, NULL);
    assert_true(st.strings_rasterised > 0);
    assert_int_equal(lines_naming(text, "no glyph for U+4E2D"), 1);
    assert_int_equal(lines_naming(text, "/usr/share/fonts/"), 1); /* names the font file */
    assert_int_equal(st.placeholders_drawn, 0);
    free(text);
    remove_bundle(dir);
}

/* A bundle named with a trailing slash: the loader and the screens join
 * paths differently ("dir/images" and "dir//images"), still one warning. */
static void test_trailing_slash_still_one_warning(void **state)
{
    (void)state;
    char dir[64], slashed[80];
    make_bundle(dir, sizeof dir, &cases[4], "Tag"); /* a directory as the icon */
    snprintf(slashed, sizeof slashed, "%s/", dir);
    char *text = NULL;
    RenderStats st = run_app(slashed, 1280, 800, &text, NULL);
    assert_int_equal(lines_naming(text, "images/icon.png"), 1);
    assert_true(st.placeholders_drawn >= 1);
    free(text);
    remove_bundle(dir);
}

/* The loader itself, as --validate uses it: the header is read before the
 * decoder runs, so an enormous image costs nothing. */
static void test_imagefile_refuses_before_decoding(void **state)
{
    (void)state;
    char dir[64], path[1200], why[256] = "";
    make_bundle(dir, sizeof dir, &cases[6], "Tag");
    snprintf(path, sizeof path, "%s/%s", dir, cases[6].file);
    assert_null(imagefile_load(path, 0, 0, why, sizeof why));
    assert_non_null(strstr(why, "60000 x 60000"));
    assert_false(session_image_ok(NULL, path, why, sizeof why));
    snprintf(path, sizeof path, "%s/images/fine.svg", dir);
    assert_null(imagefile_load(path, 0, 0, why, sizeof why)); /* not written: no file */
    char good[1024];
    SDL_Surface *svg = imagefile_load(test_path(good, sizeof good, "assets/icons/placeholder.svg"),
                                      0, 0, why, sizeof why);
    assert_non_null(svg);
    assert_int_equal(svg->w, 1024); /* sized SVGs are capped */
    SDL_FreeSurface(svg);
    remove_bundle(dir);
}

int main(void)
{
    corrupt_png_len = png_header(corrupt_png, 64, 64, sizeof corrupt_png - 33);
    huge_png_len = png_header(huge_png, 60000, 60000, 0);
    cases[0].len = corrupt_png_len;
    cases[6].len = huge_png_len;
    enum { CASES = sizeof cases / sizeof cases[0] };
    struct CMUnitTest tests[CASES + 3];
    for (size_t i = 0; i < CASES; i++) {
        struct CMUnitTest t = {cases[i].name, test_bad_asset, NULL, NULL, &cases[i]};
        tests[i] = t;
    }
    struct CMUnitTest glyph = cmocka_unit_test(test_font_lacking_a_glyph);
    struct CMUnitTest early = cmocka_unit_test(test_imagefile_refuses_before_decoding);
    struct CMUnitTest slash = cmocka_unit_test(test_trailing_slash_still_one_warning);
    tests[CASES] = glyph;
    tests[CASES + 1] = early;
    tests[CASES + 2] = slash;
    return _cmocka_run_group_tests("bad-assets", tests, sizeof tests / sizeof tests[0],
                                   render_global_setup, render_global_teardown);
}
