#include "platform/soak_sdl.h"

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "pin.h"
#include "soak.h"

enum {
    RENDER_EVERY = 1024,         /* ticks between rendered frames (plus every new screen) */
    HOUR_MS = 3600000,
    SHORT_ROW_MS = 600000,       /* rows every 10 simulated minutes on short runs */
    RSS_SLACK_KB = 8 * 1024,     /* allocator noise allowed after warm-up */
    SOAK_TEXT_CACHE = 256,       /* render cache sizes (the app's defaults are 768 and 96) */
    SOAK_IMAGE_CACHE = 32,
    SOAK_SHADOW_PIXELS = 2048 * 1024, /* 8 MB of shadow textures (the app allows 32 MB) */
};

/* The PIN the soak's admin pad accepts. It has no 9: soak.c makes wrong PINs
 * by ending a prefix of it with one. */
static const char ADMIN_PIN[] = "2468";

typedef struct {
    double sim_hours;
    unsigned long events, screen_changes, frames;
    int screens;                 /* distinct screens shown in this row */
    long rss_kb;
    size_t text_cache, image_cache, shadow_cache, shadow_pixels;
    unsigned long rasterised, decoded;
} SoakRow;

typedef struct {
    Session *s;
    const SoakOptions *o;
    Soak soak;
    unsigned long frames;
    unsigned since_render;
    unsigned visited;            /* bit per screen shown since the last row */
    unsigned long reload_failures;
    char pin_hash[200];
} Driver;

static long rss_kb(void)
{
    long size = 0, resident = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (f) {
        if (fscanf(f, "%ld %ld", &size, &resident) != 2)
            resident = 0;
        fclose(f);
    }
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

static double seconds_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Renders every new screen and every RENDER_EVERY-th tick; the other ticks
 * are skipped, as a display would drop them, to keep a day to seconds. */
static void on_frame(void *user, App *app, bool screen_changed)
{
    Driver *d = user;
    d->visited |= 1u << app->screen;
    if (!screen_changed && ++d->since_render < RENDER_EVERY)
        return;
    d->since_render = 0;
    session_draw(d->s);
    d->frames++;
}

/* The admin's Reload: a fresh bundle from disk, swapped in as runner.c does. */
static void on_reload(void *user, App *app)
{
    Driver *d = user;
    ContentReport report = {0};
    Content *fresh = content_load(d->o->bundle, NULL, &report);
    content_report_free(&report);
    if (!fresh) {
        d->reload_failures++;
        return;
    }
    Content *old = d->s->content;
    d->s->content = fresh;
    render_forget_images(d->s->renderer);
    app_replace_content(app, fresh);
    content_free(old);
}

static int count_bits(unsigned v)
{
    int n = 0;
    for (; v; v &= v - 1)
        n++;
    return n;
}

static SoakRow sample(Driver *d)
{
    RenderStats st = render_stats(d->s->renderer);
    const SoakCounts *c = &d->soak.counts;
    SoakRow r = {(double)d->s->app.now_ms / HOUR_MS, c->events, c->screen_changes, d->frames,
                 count_bits(d->visited), rss_kb(), st.text_cache_size, st.image_cache_size,
                 st.shadow_cache_size, st.shadow_cache_pixels, st.strings_rasterised,
                 st.images_decoded};
    d->visited = 0;
    return r;
}

/* Every cache entry holds at most one texture. */
static size_t textures(const SoakRow *r)
{
    return r->text_cache + r->image_cache + r->shadow_cache;
}

static void print_row(const SoakRow *r)
{
    printf("%7.2f h %9lu %7d %8lu %8lu %8.1f %8zu %6zu %6zu %7zu %8.1f %10lu %8lu\n",
           r->sim_hours, r->events, r->screens, r->screen_changes, r->frames,
           (double)r->rss_kb / 1024.0, textures(r), r->text_cache, r->image_cache, r->shadow_cache,
           (double)r->shadow_pixels * 4.0 / (1024.0 * 1024.0), r->rasterised, r->decoded);
}

#if defined(__SANITIZE_ADDRESS__)
enum { RSS_CHECKED = 0 }; /* ASan's quarantine grows RSS by design; LSan checks leaks */
#else
enum { RSS_CHECKED = 1 };
#endif

/* The larger of each memory figure in two rows. */
static SoakRow row_max(const SoakRow *a, const SoakRow *b)
{
    SoakRow m = *b;
    m.rss_kb = a->rss_kb > b->rss_kb ? a->rss_kb : b->rss_kb;
    m.shadow_pixels = a->shadow_pixels > b->shadow_pixels ? a->shadow_pixels : b->shadow_pixels;
    return m;
}

/* After warm-up nothing may keep growing: RSS stays within a small slack
 * of the warm-up's, and the caches (so their textures) within their bounds:
 * strings and images by entries, shadows by pixels. */
static bool flat(const SoakRow *warm, const SoakRow *r, char *why, size_t len)
{
    long slack = warm->rss_kb / 10 > RSS_SLACK_KB ? warm->rss_kb / 10 : RSS_SLACK_KB;
    /* Shadow textures are big and fill their budget slowly (a size is kept
     * only once seen twice): what the budget still allowed may arrive. */
    size_t warm_shadow = warm->shadow_pixels < SOAK_SHADOW_PIXELS ? warm->shadow_pixels
                                                                  : SOAK_SHADOW_PIXELS;
    slack += (long)((SOAK_SHADOW_PIXELS - warm_shadow) * 4 / 1024);
    if (RSS_CHECKED && r->rss_kb > warm->rss_kb + slack)
        snprintf(why, len, "RSS grew after warm-up: %.1f MB > %.1f MB + %.1f MB",
                 r->rss_kb / 1024.0, warm->rss_kb / 1024.0, slack / 1024.0);
    else if (r->text_cache > SOAK_TEXT_CACHE)
        snprintf(why, len, "text cache holds %zu textures, over its bound of %d", r->text_cache,
                 SOAK_TEXT_CACHE);
    else if (r->image_cache > SOAK_IMAGE_CACHE)
        snprintf(why, len, "image cache holds %zu textures, over its bound of %d", r->image_cache,
                 SOAK_IMAGE_CACHE);
    else if (r->shadow_pixels > SOAK_SHADOW_PIXELS)
        snprintf(why, len, "shadow textures hold %zu pixels, over their bound of %d",
                 r->shadow_pixels, SOAK_SHADOW_PIXELS);
    else
        return true;
    return false;
}

static void print_totals(const Driver *d, double real_s, const SoakRow *first,
                         const SoakRow *last)
{
    const SoakCounts *c = &d->soak.counts;
    printf("actions:");
    for (int k = 0; k < SOAK_KIND_COUNT; k++)
        printf(" %s %lu%s", soak_kind_name((SoakKind)k), c->actions[k],
               k + 1 < SOAK_KIND_COUNT ? "," : "\n");
    printf("visits:");
    for (int i = 0; i < SCREEN_COUNT; i++)
        printf(" %s %lu%s", app_screen_name((ScreenId)i), c->visits[i],
               i + 1 < SCREEN_COUNT ? "," : "\n");
    printf("pins: %lu wrong, %lu right; keys blocked by lockdown %lu; language changes %lu; "
           "idle resets %lu; quits asked %lu; reloads %lu\n",
           c->pins_wrong, c->pins_right, c->keys_blocked, c->lang_changes, c->idle_resets,
           c->quits, c->reloads);
    printf("soak: %.2f simulated hours, %lu events, %lu ticks, %lu frames in %.2f s real; "
           "RSS %.1f -> %.1f MB%s; textures %zu -> %zu\n",
           last->sim_hours, c->events, c->ticks, d->frames, real_s, first->rss_kb / 1024.0,
           last->rss_kb / 1024.0, RSS_CHECKED ? "" : " (not checked under ASan)",
           textures(first), textures(last));
}

/* Every screen a visitor can reach must have been shown at least once. */
static bool covered(const Driver *d, char *why, size_t len)
{
    for (int i = 0; i < SCREEN_COUNT; i++) {
        if (i == SCREEN_ATTRACT && !d->o->kiosk)
            continue;
        if (d->soak.counts.visits[i] == 0) {
            snprintf(why, len, "the soak never reached the %s screen", app_screen_name((ScreenId)i));
            return false;
        }
    }
    return true;
}

static int start(Driver *d)
{
    Session *s = d->s;
    /* Small caches: eviction runs all day long, and they fill in the warm-up. */
    s->text_cache_entries = SOAK_TEXT_CACHE;
    s->image_cache_entries = SOAK_IMAGE_CACHE;
    s->shadow_cache_pixels = SOAK_SHADOW_PIXELS;
    int code = session_open_headless(s, d->o->w, d->o->h);
    if (code == EXIT_OK)
        code = session_renderer(s);
    if (code != EXIT_OK)
        return code;
    session_start_app(s, d->o->w, d->o->h, 0);
    static const uint8_t salt[16] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
    if (pin_hash(ADMIN_PIN, salt, sizeof salt, 200, d->pin_hash, sizeof d->pin_hash))
        s->app.admin_pin = d->pin_hash; /* cheap to check: the soak enters many */
    if (d->o->kiosk)
        app_enable_kiosk(&s->app, &(KioskConfig){(uint32_t)s->content->idle_seconds * 1000u,
                                                 10000u});
    soak_init(&d->soak, &s->app, d->o->seed);
    d->soak.on_frame = on_frame;
    d->soak.on_reload = on_reload;
    d->soak.user = d;
    d->soak.right_pin = ADMIN_PIN;
    return EXIT_OK;
}

int soak_sdl_run(Session *s, const SoakOptions *o)
{
    Driver d;
    memset(&d, 0, sizeof d);
    d.s = s;
    d.o = o;
    int code = start(&d);
    if (code != EXIT_OK)
        return code;
    uint64_t total = (uint64_t)(o->hours * HOUR_MS), row_ms = o->hours >= 3 ? HOUR_MS : SHORT_ROW_MS;
    printf("soak: %.2f simulated hours, seed %u, %dx%d%s\n", o->hours, o->seed, o->w, o->h,
           o->kiosk ? ", kiosk" : "");
    printf("%9s %9s %7s %8s %8s %8s %8s %6s %6s %7s %8s %10s %8s\n", "sim", "events", "screens",
           "changes", "frames", "RSS MB", "textures", "text", "images", "shadows", "shadowMB",
           "rasterised", "decoded");
    double t0 = seconds_now();
    /* The warm-up is the first quarter of the run (at least its first row):
     * its highest RSS and shadow use are the baseline. */
    uint64_t warmup_ms = total / 4 > row_ms ? total / 4 : row_ms;
    SoakRow warm = sample(&d), row = warm, first = warm;
    char why[320] = "";
    bool ok = true;
    for (uint64_t end = row_ms; ok; end += row_ms) {
        ok = soak_run_until(&d.soak, end < total ? end : total);
        row = sample(&d);
        print_row(&row);
        if (!ok)
            snprintf(why, sizeof why, "invariant broken %s", d.soak.violation);
        else if (end <= warmup_ms)
            warm = row_max(end <= row_ms ? &row : &warm, &row);
        else
            ok = flat(&warm, &row, why, sizeof why);
        if (end >= total)
            break;
    }
    if (ok && o->hours >= 2.0) /* shorter runs may miss a screen by chance */
        ok = covered(&d, why, sizeof why);
    print_totals(&d, seconds_now() - t0, &first, &row);
    if (!ok) {
        printf("soak: FAILED: %s\n", why);
        return EXIT_SOAK;
    }
    printf("soak: ok\n");
    return EXIT_OK;
}
