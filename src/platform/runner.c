#include "platform/runner.h"

#include <errno.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <SDL.h>

#include "analytics.h"
#include "cli.h"
#include "platform/input_sdl.h"
#include "platform/reloader.h"
#include "replay.h"
#include "rotation.h"

enum { FRAME_MS = 16 };

typedef struct {
    Session *s;
    const RunnerOptions *o;
    Rotation rotation;
    int phys_w, phys_h;         /* the panel */
    SDL_Texture *target;        /* logical frame, when the panel is rotated */
    Reloader *reloader;
    uint32_t reload_event;      /* SDL event type the watcher pushes */
    ContentReport last_report;  /* problems from the last load or reload */
    AnalyticsLog log;
    bool logging;
} Runner;

/* ---- analytics --------------------------------------------------------- */

static uint64_t wall_clock_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

static void log_event(void *user, EventKind kind, const char *arg1, const char *arg2)
{
    Runner *r = user;
    if (!analytics_record(&r->log, wall_clock_ms(), kind, arg1, arg2) &&
        r->log.write_errors == 1) /* say it once, not on every event */
        fprintf(stderr, "careerdeck: warning: cannot write the visitor log in %s: %s\n",
                r->log.dir, strerror(errno));
}

/* $XDG_STATE_HOME/careerdeck, else ~/.local/state/careerdeck. */
static const char *default_log_dir(char *buf, size_t len)
{
    const char *state = getenv("XDG_STATE_HOME"), *home = getenv("HOME");
    if (state && *state)
        snprintf(buf, len, "%s/careerdeck", state);
    else if (home && *home)
        snprintf(buf, len, "%s/.local/state/careerdeck", home);
    else
        return NULL;
    return buf;
}

/* mkdir -p for the log folder. */
static bool make_dirs(const char *path)
{
    char tmp[1024];
    snprintf(tmp, sizeof tmp, "%s", path);
    for (char *p = tmp + 1; *p; p++)
        if (*p == '/') {
            *p = '\0';
            mkdir(tmp, 0755);
            *p = '/';
        }
    return mkdir(tmp, 0755) == 0 || errno == EEXIST;
}

static void start_log(Runner *r, char *buf, size_t len)
{
    const char *dir = r->o->log_dir ? r->o->log_dir : r->o->kiosk ? default_log_dir(buf, len) : NULL;
    if (!dir)
        return;
    if (!make_dirs(dir)) {
        fprintf(stderr, "careerdeck: warning: cannot create %s: %s (no visitor log)\n", dir,
                strerror(errno));
        return;
    }
    analytics_open(&r->log, dir);
    r->logging = true;
    r->s->app.on_event = log_event;
    r->s->app.event_user = r;
    r->s->app.log_dir = r->log.dir;
}

/* ---- content and admin --------------------------------------------------- */

/* Swaps a reloaded bundle in between frames; a broken one is reported and
 * the last good content stays on screen. */
static void take_reload(Runner *r)
{
    Content *fresh = NULL;
    ContentReport report;
    if (!reloader_take(r->reloader, &fresh, &report))
        return;
    content_report_print(&report, stderr);
    content_report_free(&r->last_report);
    r->last_report = report;
    r->s->app.last_report = &r->last_report;
    if (!fresh) {
        fprintf(stderr, "careerdeck: the changed bundle has errors; still showing the last "
                        "good content\n");
        r->s->app.dirty = true;
        return;
    }
    Content *old = r->s->content;
    r->s->content = fresh;
    render_forget_images(r->s->renderer);
    app_replace_content(&r->s->app, fresh);
    session_apply_admin_pin(r->s);
    content_free(old);
    fprintf(stderr, "careerdeck: reloaded %s\n", r->o->bundle_dir);
}

static void start_reloader(Runner *r)
{
    r->reload_event = SDL_RegisterEvents(1);
    r->reloader = reloader_open(r->o->bundle_dir);
    if (r->reloader && (r->reload_event == (uint32_t)-1 ||
                        !reloader_start_thread(r->reloader, r->reload_event))) {
        fprintf(stderr, "careerdeck: warning: no hot reload: %s\n", SDL_GetError());
        reloader_close(r->reloader);
        r->reloader = NULL;
    }
}

/* ---- drawing --------------------------------------------------------------- */

static void present(Runner *r)
{
    Session *s = r->s;
    if (!r->target) {
        session_draw(s);
        SDL_RenderPresent(s->sdl);
        return;
    }
    /* Draw upright into the logical frame, then turn it onto the panel. */
    SDL_SetRenderTarget(s->sdl, r->target);
    session_draw(s);
    SDL_SetRenderTarget(s->sdl, NULL);
    SDL_SetRenderDrawColor(s->sdl, 0, 0, 0, 255);
    SDL_RenderClear(s->sdl);
    int lw = s->app.layout.w, lh = s->app.layout.h;
    SDL_Rect dst = {(r->phys_w - lw) / 2, (r->phys_h - lh) / 2, lw, lh};
    SDL_RenderCopyEx(s->sdl, r->target, NULL, &dst, (double)r->rotation, NULL, SDL_FLIP_NONE);
    SDL_RenderPresent(s->sdl);
}

static void save_window_shot(Runner *r)
{
    char path[1100], err[256];
    const char *dir = getenv("CAREERDECK_SHOT_DIR"); /* tests collect the shots there */
    snprintf(path, sizeof path, "%s%scareerdeck-%llu.png", dir && *dir ? dir : "",
             dir && *dir ? "/" : "", (unsigned long long)SDL_GetTicks64());
    if (session_save_png(r->s, path, err, sizeof err))
        fprintf(stderr, "careerdeck: wrote %s\n", path);
    else
        fprintf(stderr, "careerdeck: screenshot failed: %s\n", err);
}

/* (Re)builds the logical frame for the current panel size. */
static void fit_panel(Runner *r)
{
    Session *s = r->s;
    SDL_GetRendererOutputSize(s->sdl, &r->phys_w, &r->phys_h);
    int lw, lh;
    rotation_logical_size(r->rotation, r->phys_w, r->phys_h, &lw, &lh);
    if (r->rotation != ROTATE_0) {
        if (r->target)
            SDL_DestroyTexture(r->target);
        r->target = SDL_CreateTexture(s->sdl, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET,
                                      lw, lh);
        if (!r->target)
            fprintf(stderr, "careerdeck: warning: cannot rotate: %s\n", SDL_GetError());
    }
    render_invalidate(s->renderer); /* a new target, or a new window surface */
    app_resize(&s->app, lw, lh);
}

/* ---- input ----------------------------------------------------------------- */

/* Lockdown: a kiosk ignores every key but plain navigation, and closing. */
static bool kiosk_blocks(const Runner *r, const SDL_Event *ev)
{
    if (!r->o->kiosk)
        return false;
    if (ev->type == SDL_QUIT)
        return true;
    return ev->type == SDL_KEYDOWN && !kiosk_key_allowed(ev->key.keysym.sym, ev->key.keysym.mod);
}

/* F: a presenter toggles between a window and the whole screen. Never in a
 * kiosk (the app ignores the key there too). */
static void toggle_fullscreen(Runner *r)
{
    SDL_Window *w = r->s->window;
    if (r->o->kiosk || !w)
        return;
    bool full = (SDL_GetWindowFlags(w) & SDL_WINDOW_FULLSCREEN) != 0;
    if (SDL_SetWindowFullscreen(w, full ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP) != 0) {
        fprintf(stderr, "careerdeck: cannot toggle fullscreen: %s\n", SDL_GetError());
        return;
    }
    fit_panel(r);
    r->s->app.dirty = true;
}

static void handle_event(Runner *r, const SDL_Event *ev)
{
    Session *s = r->s;
    if (ev->type == r->reload_event) {
        take_reload(r);
        return;
    }
    if (kiosk_blocks(r, ev))
        return;
    int ww, wh;
    SDL_GetWindowSize(s->window, &ww, &wh);
    InputEvent in = input_translate(ev, r->phys_w, r->phys_h, ww, wh, SDL_GetTicks64());
    switch (in.kind) {
    case INPUT_POINTER:
        rotation_to_logical(r->rotation, r->phys_w, r->phys_h, in.pointer.x, in.pointer.y,
                            &in.pointer.x, &in.pointer.y);
        app_pointer(&s->app, &in.pointer);
        break;
    case INPUT_KEY: app_key(&s->app, in.key); break;
    case INPUT_RESIZE: fit_panel(r); break;
    case INPUT_EXPOSE:
        render_invalidate(s->renderer);
        s->app.dirty = true;
        break;
    case INPUT_QUIT: s->app.quit_requested = true; break;
    case INPUT_NONE: break;
    }
    if (s->app.screenshot_requested && !r->o->kiosk) {
        present(r);
        save_window_shot(r);
    }
    s->app.screenshot_requested = false;
    if (s->app.fullscreen_toggle_requested) {
        s->app.fullscreen_toggle_requested = false;
        toggle_fullscreen(r);
    }
}

/* Sleeps in the event wait until input or the next timer; returns at once
 * while something animates (vsync or the frame cap paces the loop). */
static void wait_for_work(Runner *r)
{
    SDL_Event ev;
    int timeout = -1;
    uint64_t now = SDL_GetTicks64(), wake = app_next_wakeup(&r->s->app);
    if (app_needs_frame(&r->s->app))
        timeout = 0;
    else if (wake)
        timeout = wake > now ? (int)(wake - now) : 0;
    int got = timeout < 0 ? SDL_WaitEvent(&ev) : SDL_WaitEventTimeout(&ev, timeout);
    while (got) {
        handle_event(r, &ev);
        got = SDL_PollEvent(&ev);
    }
}

/* ---- start-up ------------------------------------------------------------- */

/* Under KMSDRM there is no display server: touch comes straight from
 * /dev/input, which needs the "input" group. Say so plainly. */
static void check_input_devices(void)
{
    const char *driver = SDL_GetCurrentVideoDriver();
    if (!driver || SDL_strcasecmp(driver, "KMSDRM") != 0)
        return;
    glob_t g;
    bool readable = false;
    if (glob("/dev/input/event*", 0, NULL, &g) == 0) {
        for (size_t i = 0; i < g.gl_pathc && !readable; i++)
            readable = access(g.gl_pathv[i], R_OK) == 0;
        globfree(&g);
    }
    if (!readable)
        fprintf(stderr, "careerdeck: warning: cannot read /dev/input/event*: touch and keys will "
                        "not work. Add this user to the 'input' group (see docs/deploy.md).\n");
}

static int open_window(Runner *r)
{
    Session *s = r->s;
    const RunnerOptions *o = r->o;
    input_configure_hints();
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    if (SDL_InitSubSystem(SDL_INIT_VIDEO) != 0) {
        fprintf(stderr, "careerdeck: no display: %s\n", SDL_GetError());
        return EXIT_PLATFORM;
    }
    bool windowed = o->window_w && !o->kiosk; /* a kiosk is always fullscreen */
    Uint32 flags = SDL_WINDOW_ALLOW_HIGHDPI |
                   (windowed ? SDL_WINDOW_RESIZABLE : SDL_WINDOW_FULLSCREEN_DESKTOP);
    s->window = SDL_CreateWindow("CareerDeck", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                 windowed ? o->window_w : 1280, windowed ? o->window_h : 720, flags);
    if (s->window)
        s->sdl = SDL_CreateRenderer(s->window, -1, SDL_RENDERER_ACCELERATED |
                                                       SDL_RENDERER_PRESENTVSYNC |
                                                       SDL_RENDERER_TARGETTEXTURE);
    if (s->window && !s->sdl)
        s->sdl = SDL_CreateRenderer(s->window, -1, SDL_RENDERER_SOFTWARE);
    if (!s->sdl) {
        fprintf(stderr, "careerdeck: cannot open a window: %s\n", SDL_GetError());
        return EXIT_PLATFORM;
    }
    SDL_DisableScreenSaver();
    if (o->kiosk)
        SDL_ShowCursor(SDL_DISABLE);
    check_input_devices();
    return EXIT_OK;
}

static void window_frame(void *user, App *app)
{
    Runner *r = user;
    (void)app;
    SDL_Event ev;
    while (SDL_PollEvent(&ev))
        if (ev.type == SDL_QUIT)
            r->s->app.quit_requested = true;
    present(r);
    SDL_Delay(FRAME_MS);
}

/* Kiosk timings from the environment (tests shorten them), else `fallback`. */
static uint32_t env_ms(const char *name, uint32_t fallback)
{
    const char *v = getenv(name);
    char *end = NULL;
    unsigned long ms = v && *v ? strtoul(v, &end, 10) : 0;
    return ms > 0 && ms < 86400000ul && *end == '\0' ? (uint32_t)ms : fallback;
}

static KeyAction script_key(void *user, const char *name)
{
    (void)user;
    return keys_action(SDL_GetKeyFromName(name), 0);
}

static void run_script(Runner *r)
{
    Replay rp = {&r->s->app, FRAME_MS, r, window_frame, NULL, script_key, false};
    char err[512];
    if (!replay_run(&rp, r->o->script, err, sizeof err))
        fprintf(stderr, "careerdeck: script: %s\n", err);
}

/* $CAREERDECK_TRACE_SCREENS: each screen shown is named on stderr, so a
 * real-window test can wait for it rather than sleep. */
static void trace_screen(ScreenId *last, const App *app, bool trace)
{
    if (trace && app->screen != *last)
        fprintf(stderr, "careerdeck: screen %s\n", app_screen_name(app->screen));
    *last = app->screen;
}

/* With the screen trace, which renderer draws and how (a test checks the
 * software one redraws only what changed in a real window too). */
static void trace_renderer(const Session *s, bool trace)
{
    SDL_RendererInfo info;
    if (trace && SDL_GetRendererInfo(s->sdl, &info) == 0)
        fprintf(stderr, "careerdeck: renderer %s, %s%s\n", info.name,
                render_retained(s->renderer) ? "redrawing only what changed"
                                             : "drawing whole frames",
                render_direct(s->renderer) ? ", writing its pixels directly" : "");
}

static void loop(Runner *r)
{
    App *app = &r->s->app;
    const char *env = getenv("CAREERDECK_TRACE_SCREENS");
    bool trace = env && *env;
    ScreenId shown = SCREEN_COUNT;
    trace_renderer(r->s, trace);
    while (!app->quit_requested) {
        app_tick(app, SDL_GetTicks64());
        trace_screen(&shown, app, trace);
        if (app->reload_requested) {
            app->reload_requested = false;
            reloader_request(r->reloader);
        }
        if (app_needs_frame(app))
            present(r);
        wait_for_work(r);
    }
}

int runner_run(Session *s, const RunnerOptions *o)
{
    Runner r;
    memset(&r, 0, sizeof r);
    r.s = s;
    r.o = o;
    r.rotation = (Rotation)o->rotate;
    int code = open_window(&r);
    if (code == EXIT_OK)
        code = session_renderer(s);
    if (code == EXIT_OK) {
        char log_buf[1024];
        session_start_app(s, 640, 480, SDL_GetTicks64());
        app_set_start(&s->app, o->lang, o->access);
        fit_panel(&r);
        session_apply_admin_pin(r.s);
        r.last_report = s->load_report; /* the admin panel shows start-up problems too */
        memset(&s->load_report, 0, sizeof s->load_report);
        s->app.last_report = &r.last_report;
        start_log(&r, log_buf, sizeof log_buf);
        start_reloader(&r);
        if (o->kiosk)
            app_enable_kiosk(&s->app, &(KioskConfig){env_ms("CAREERDECK_IDLE_MS",
                                                            (uint32_t)s->content->idle_seconds * 1000u),
                                                     env_ms("CAREERDECK_WARN_MS", 10000u)});
        if (o->tour)
            tour_view_start(&s->app, o->tour_seconds);
        if (o->script)
            run_script(&r);
        loop(&r);
    }
    reloader_close(r.reloader);
    if (r.logging)
        analytics_close(&r.log);
    content_report_free(&r.last_report);
    if (r.target)
        SDL_DestroyTexture(r.target);
    return code;
}
