/* main: command line, SDL set-up and the event loop.
 *
 * The only place that reads the real clock (SDL_GetTicks64). Three modes:
 * --validate checks a bundle; --screenshot renders headless with the
 * software renderer on an in-memory surface (no display of any kind); the
 * default opens a window or goes fullscreen and waits on events, drawing a
 * frame only when something changed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <SDL.h>
#include <SDL_image.h>
#include <SDL_ttf.h>

#include "access.h"
#include "analytics.h"
#include "app.h"
#include "cli.h"
#include "content.h"
#include "pin.h"
#include "platform/bench.h"
#include "platform/export.h"
#include "platform/fonts.h"
#include "platform/render_sdl.h"
#include "platform/runner.h"
#include "platform/session.h"
#include "platform/soak_sdl.h"
#include "replay.h"
#include "rotation.h"
#include "script.h"

enum { FRAME_MS = 16, SETTLE_LIMIT_MS = 10000 };



static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* ./data and ./assets when run from the source tree, else the installed copies. */
static const char *default_dir(const char *name, char *buf, size_t len)
{
    if (is_dir(name))
        snprintf(buf, len, "%s", name);
    else
        snprintf(buf, len, "%s/%s", CAREERDECK_DATADIR, name);
    return buf;
}

/* ---- hooks for --validate ---------------------------------------------- */

static bool hook_has_glyph(void *user, unsigned codepoint)
{
    return TTF_GlyphIsProvided32((TTF_Font *)user, codepoint) != 0;
}

static int run_validate(const char *bundle)
{
    ContentReport report = {0};
    Content *probe = content_load(bundle, NULL, &report);
    content_report_free(&report);
    FontPaths fonts;
    char err[512];
    TTF_Font *font = NULL;
    char broken_font[256] = ""; /* why the bundle's own font cannot be used */
    if (fonts_find(probe, &fonts, err, sizeof err)) {
        font = TTF_OpenFont(fonts.regular, 32);
        if (!font && fonts.from_bundle)
            snprintf(broken_font, sizeof broken_font, "%s", TTF_GetError());
    } else
        fprintf(stderr, "warning: %s; skipping the glyph check\n", err);
    content_free(probe);

    ContentHooks hooks = {font, session_image_ok, font ? hook_has_glyph : NULL};
    Content *content = content_load(bundle, &hooks, &report);
    if (broken_font[0])
        content_report_add(&report, REPORT_ERROR, fonts.regular, "settings.font",
                           "not a usable font (%s); the kiosk would use a system font", broken_font);
    content_report_print(&report, stdout);
    int code = content && report.error_count == 0 ? EXIT_OK : EXIT_CONTENT;
    if (code == EXIT_OK)
        printf("%s: ok (%zu careers, %zu sources)\n", bundle, content->career_count,
               content->source_count);
    content_free(content);
    content_report_free(&report);
    if (font)
        TTF_CloseFont(font);
    return code;
}

/* ---- replay callbacks ----------------------------------------------------- */

static bool key_name_ok(const char *name, void *user)
{
    (void)user;
    return SDL_GetKeyFromName(name) != SDLK_UNKNOWN;
}

static KeyAction replay_key(void *user, const char *name)
{
    (void)user;
    SDL_Keymod mod = KMOD_NONE;
    /* "Ctrl+Q" style names let scripts send chords. */
    if (!strncmp(name, "Ctrl+", 5)) {
        mod = KMOD_LCTRL;
        name += 5;
    }
    return keys_action(SDL_GetKeyFromName(name), (uint16_t)mod);
}

static bool replay_shot(void *user, App *app, const char *path, char *err, size_t err_len)
{
    Session *s = user;
    (void)app;
    session_draw(s);
    return session_save_png(s, path, err, err_len);
}

/* Headless, a frame is drawn only for a shot; its draw list is still built
 * whenever the app changes, so the list always holds what the screen shows
 * (a reduced-motion crossfade fades out from it: app_draw). */
static void replay_build(void *user, App *app)
{
    Session *s = user;
    app_draw(app, &s->dl);
}

static bool load_script(const char *path, Script *script)
{
    char err[512];
    if (script_load_file(path, script, key_name_ok, NULL, err, sizeof err))
        return true;
    fprintf(stderr, "careerdeck: %s\n", err);
    return false;
}

/* The readability options a visitor starts with: the bundle's, with the
 * command-line flags switched on over them (access.h). */
static AccessOptions start_access(const CliOptions *o, const Content *content)
{
    AccessOptions cli = {o->high_contrast, o->large_text, o->reduced_motion};
    return access_merge(content->access, cli);
}

/* ---- headless screenshot mode -------------------------------------------- */

static int run_screenshot(Session *s, const CliOptions *o)
{
    Script script = {0};
    if (o->script && !load_script(o->script, &script))
        return EXIT_USAGE;
    int code = session_open_headless(s, o->size_w, o->size_h);
    if (code == EXIT_OK)
        code = session_renderer(s);
    if (code == EXIT_OK) {
        session_start_app(s, o->size_w, o->size_h, 0);
        session_apply_admin_pin(s); /* a shot of the PIN pad shows the pad, as the kiosk does */
        app_set_start(&s->app, o->lang, start_access(o, s->content));
        if (o->tour) /* --tour-seconds, else the bundle's timer */
            tour_view_start(&s->app, o->tour_seconds ? o->tour_seconds : -1);
        Replay rp = {&s->app, FRAME_MS, s, replay_build, replay_shot, replay_key, false};
        char err[512];
        if (!replay_run(&rp, &script, err, sizeof err)) {
            fprintf(stderr, "careerdeck: %s: %s\n", o->script, err);
            code = EXIT_USAGE;
        } else {
            replay_settle(&rp, SETTLE_LIMIT_MS);
            if (!replay_shot(s, &s->app, o->screenshot, err, sizeof err)) {
                fprintf(stderr, "careerdeck: cannot write %s: %s\n", o->screenshot, err);
                code = EXIT_PLATFORM;
            }
        }
    }
    script_free(&script);
    return code;
}

/* ---- windowed / fullscreen mode ------------------------------------------ */

static int run_window(Session *s, const CliOptions *o, const char *bundle)
{
    Script script = {0};
    if (o->script && !load_script(o->script, &script))
        return EXIT_USAGE;
    RunnerOptions ro = {o->window_w, o->window_h, o->kiosk, o->rotate, bundle, o->log_dir,
                        o->script ? &script : NULL, o->lang, start_access(o, s->content),
                        o->tour, o->tour_seconds ? o->tour_seconds : -1};
    const char *env_rotate = getenv("CAREERDECK_ROTATE");
    Rotation r;
    if (!o->rotate && env_rotate && rotation_parse(env_rotate, &r))
        ro.rotate = (int)r; /* lets a systemd unit set it without editing ExecStart */
    int code = runner_run(s, &ro);
    script_free(&script);
    return code;
}

/* ---- entry ------------------------------------------------------------------ */

/* Merges visitor logs; an unreadable file is named and skipped. */
static int run_report(const CliOptions *o)
{
    Report report;
    analytics_report_init(&report);
    int unreadable = 0;
    for (int i = 0; i < o->log_count; i++) {
        char why[200];
        if (!analytics_report_add_file(&report, o->logs[i], why, sizeof why)) {
            fprintf(stderr, "careerdeck: %s: cannot read this log (%s)\n", o->logs[i], why);
            unreadable++;
        }
    }
    analytics_report_print(&report, stdout);
    return unreadable == o->log_count ? EXIT_CONTENT : EXIT_OK;
}

/* Reads a PIN from stdin and prints its salted hash; the PIN itself is
 * never written anywhere. */
static int run_hash_pin(void)
{
    char pin[64] = "";
    if (!fgets(pin, sizeof pin, stdin)) {
        fprintf(stderr, "careerdeck: --hash-pin: give the PIN on standard input\n");
        return EXIT_USAGE;
    }
    pin[strcspn(pin, "\r\n")] = '\0';
    uint8_t salt[16];
    FILE *urandom = fopen("/dev/urandom", "rb");
    bool salted = urandom && fread(salt, 1, sizeof salt, urandom) == sizeof salt;
    if (urandom)
        fclose(urandom);
    char stored[200];
    if (!salted || !pin_hash(pin, salt, sizeof salt, PIN_DEFAULT_ITERATIONS, stored, sizeof stored)) {
        fprintf(stderr, "careerdeck: --hash-pin: a PIN is 4 to 12 digits\n");
        return EXIT_USAGE;
    }
    printf("%s\n", stored);
    return EXIT_OK;
}

static int run(const CliOptions *o)
{
    char bundle_buf[1024];
    const char *bundle = o->bundle ? o->bundle : default_dir("data", bundle_buf, sizeof bundle_buf);
    if (o->mode == MODE_VALIDATE)
        return run_validate(bundle);
    if (o->mode == MODE_REPORT)
        return run_report(o);
    if (o->mode == MODE_HASH_PIN)
        return run_hash_pin();
    Session s;
    memset(&s, 0, sizeof s);
    const char *env_assets = getenv("CAREERDECK_ASSETS");
    if (env_assets && *env_assets)
        snprintf(s.assets_dir, sizeof s.assets_dir, "%s", env_assets);
    else
        default_dir("assets", s.assets_dir, sizeof s.assets_dir);
    if (o->mode == MODE_BENCH) {
        int bench_code = bench_run(&s, o, bundle);
        session_free(&s);
        return bench_code;
    }
    int code = session_load(&s, bundle);
    if (code == EXIT_OK && o->mode == MODE_SOAK) {
        /* Software frames cost by the pixel: a smaller frame keeps a day to seconds. */
        SoakOptions so = {o->soak_hours, o->seed, o->kiosk, o->size_set ? o->size_w : 960,
                          o->size_set ? o->size_h : 540, bundle};
        code = soak_sdl_run(&s, &so);
    } else if (code == EXIT_OK && o->mode == MODE_EXPORT)
        code = export_run(&s, o->export_dir, o->size_w, o->size_h);
    else if (code == EXIT_OK)
        code = o->mode == MODE_SCREENSHOT ? run_screenshot(&s, o) : run_window(&s, o, bundle);
    session_free(&s);
    return code;
}

int main(int argc, char **argv)
{
    CliOptions opts;
    char err[512];
    if (!cli_parse(argc, argv, &opts, err, sizeof err)) {
        fprintf(stderr, "careerdeck: %s\n", err);
        return EXIT_USAGE;
    }
    if (opts.mode == MODE_HELP) {
        fputs(cli_usage(), stdout);
        return EXIT_OK;
    }
    if (opts.mode == MODE_VERSION) {
        printf("careerdeck %s\n", CAREERDECK_VERSION);
        return EXIT_OK;
    }
    if (SDL_Init(0) != 0 || TTF_Init() != 0) {
        fprintf(stderr, "careerdeck: SDL start-up failed: %s\n", SDL_GetError());
        return EXIT_PLATFORM;
    }
    IMG_Init(IMG_INIT_PNG | IMG_INIT_JPG | IMG_INIT_WEBP);
    int code = run(&opts);
    IMG_Quit();
    TTF_Quit();
    SDL_Quit();
    return code;
}
