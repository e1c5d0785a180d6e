/* bench: see bench.h. */
#include "platform/bench.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include <SDL.h>

#include "frametimes.h"
#include "replay.h"
#include "script.h"

enum { BENCH_FRAME_MS = 16, BENCH_LOADS = 5, BENCH_MAX_CYCLES = 100000 };

/* One part of the motion: where it starts and what the finger does there.
 * `other` is a second career (compare), -1 for none. */
typedef struct {
    const char *name;
    ScreenId screen;
    int other;
    const char *script;
} BenchSegment;

static const BenchSegment SEGMENTS[] = {
    {"home", SCREEN_HOME, -1,
     "wait 300\nswipe 0.70 0.50 0.30 0.50 180\nwait 900\n"
     "swipe 0.30 0.50 0.70 0.50 180\nwait 900\nkey Right\nwait 700\nkey Left\nwait 700\n"},
    {"compare", SCREEN_COMPARE, 1,
     "wait 900\nkey Right\nwait 900\nswipe 0.75 0.60 0.30 0.60 200\nwait 900\n"
     "key Left\nwait 900\nkey Left\nwait 900\n"},
    {"day", SCREEN_DAY, -1,
     "wait 700\nkey Right\nwait 700\nkey Right\nwait 700\nkey Right\nwait 700\n"},
    {"attract", SCREEN_ATTRACT, -1, "wait 3000\n"},
};
enum { SEGMENT_COUNT = sizeof SEGMENTS / sizeof SEGMENTS[0] };

typedef struct {
    Session *s;
    Replay rp;
    Script scripts[SEGMENT_COUNT];
    FrameTimes all, per[SEGMENT_COUNT], per_cpu[SEGMENT_COUNT];
    FrameTimes cpu;          /* the same frames in this thread's CPU time */
    FrameTimes build;        /* of which building the draw list (layout, wrapping) */
    int segment;
    bool measuring;
    long wanted, measured;
    double ticks_per_ms;
} Bench;

/* CPU time of this thread: unlike the wall clock, it leaves out the time
 * other processes on a shared machine took the core away. */
static double thread_cpu_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static double elapsed_ms(const Bench *b, uint64_t since)
{
    return (double)(SDL_GetPerformanceCounter() - since) / b->ticks_per_ms;
}

/* Replay's frame callback: one frame as the real loop draws it. */
static void bench_frame(void *user, App *app)
{
    Bench *b = user;
    (void)app;
    if (b->measuring && b->measured >= b->wanted)
        return;
    double cpu0 = thread_cpu_ms();
    uint64_t t0 = SDL_GetPerformanceCounter();
    app_draw(&b->s->app, &b->s->dl); /* session_draw, in two timed halves */
    double build_ms = elapsed_ms(b, t0);
    render_frame(b->s->renderer, &b->s->dl);
    SDL_RenderPresent(b->s->sdl); /* flushes queued drawing; no window to show */
    double ms = elapsed_ms(b, t0);
    if (!b->measuring)
        return;
    double cpu_ms = thread_cpu_ms() - cpu0;
    frametimes_add(&b->cpu, cpu_ms);
    frametimes_add(&b->per_cpu[b->segment], cpu_ms);
    frametimes_add(&b->build, build_ms);
    frametimes_add(&b->all, ms);
    frametimes_add(&b->per[b->segment], ms);
    if (++b->measured >= b->wanted)
        b->rp.stop = true;
}

static KeyAction bench_key(void *user, const char *name)
{
    (void)user;
    return keys_action(SDL_GetKeyFromName(name), 0);
}

/* Goes to a segment's screen the way a visitor would see it arrive. */
static void enter_segment(Bench *b, const BenchSegment *seg)
{
    App *app = &b->s->app;
    int careers = (int)app->content->career_count;
    int other = seg->other >= 0 && careers > 1 ? seg->other : -1;
    if (seg->screen == SCREEN_COMPARE && other < 0)
        return; /* a one-career bundle has nothing to compare */
    app_navigate(app, nav_target(seg->screen, 0, other, 0));
    replay_advance(&b->rp, BENCH_FRAME_MS);
}

static bool run_cycle(Bench *b)
{
    char err[256];
    for (int i = 0; i < SEGMENT_COUNT && !b->rp.stop; i++) {
        b->segment = i;
        enter_segment(b, &SEGMENTS[i]);
        if (!replay_run(&b->rp, &b->scripts[i], err, sizeof err)) {
            fprintf(stderr, "careerdeck: --bench: %s\n", err);
            return false;
        }
    }
    return true;
}

static bool parse_scripts(Bench *b)
{
    char err[256];
    for (int i = 0; i < SEGMENT_COUNT; i++)
        if (!script_parse(SEGMENTS[i].name, SEGMENTS[i].script, strlen(SEGMENTS[i].script),
                          &b->scripts[i], NULL, NULL, err, sizeof err)) {
            fprintf(stderr, "careerdeck: --bench: %s\n", err);
            return false;
        }
    return true;
}

/* The bundle's load time, the median of a few loads (the file is in the
 * page cache, as it is for a kiosk that restarts): wall and thread CPU. */
static void median_load_ms(Bench *b, const char *bundle, double *wall, double *cpu)
{
    FrameTimes walls, cpus;
    frametimes_init(&walls);
    frametimes_init(&cpus);
    for (int i = 0; i < BENCH_LOADS; i++) {
        ContentReport report = {0};
        double cpu0 = thread_cpu_ms();
        uint64_t t0 = SDL_GetPerformanceCounter();
        Content *c = content_load(bundle, NULL, &report);
        frametimes_add(&walls, elapsed_ms(b, t0));
        frametimes_add(&cpus, thread_cpu_ms() - cpu0);
        content_free(c);
        content_report_free(&report);
    }
    *wall = frametimes_percentile(&walls, 50.0);
    *cpu = frametimes_percentile(&cpus, 50.0);
    frametimes_free(&walls);
    frametimes_free(&cpus);
}

static void print_summary(const char *key, const char *name, const FrameTimes *ft)
{
    FrameSummary s = frametimes_summary(ft);
    printf("%s %s frames %zu p50 %.3f p99 %.3f max %.3f mean %.3f\n", key, name, s.count, s.p50,
           s.p99, s.max, s.mean);
}

static void report(const Bench *b, const CliOptions *o, RenderStats before, double load_ms,
                   double load_cpu_ms)
{
    RenderStats after = render_stats(b->s->renderer);
    unsigned long strings = after.strings_rasterised - before.strings_rasterised;
    unsigned long images = after.images_decoded - before.images_decoded;
    double frames = b->measured ? (double)b->measured : 1.0;
    printf("size %dx%d\n", o->size_w, o->size_h);
    printf("careers %zu\n", b->s->content->career_count);
    printf("load_ms %.3f cpu_ms %.3f\n", load_ms, load_cpu_ms);
    print_summary("frame", "all", &b->all);
    print_summary("cpu", "all", &b->cpu);
    print_summary("build", "all", &b->build);
    for (int i = 0; i < SEGMENT_COUNT; i++)
        print_summary("frame", SEGMENTS[i].name, &b->per[i]);
    for (int i = 0; i < SEGMENT_COUNT; i++)
        print_summary("cpu", SEGMENTS[i].name, &b->per_cpu[i]);
    printf("strings_rasterised %lu per_frame %.4f\n", strings, (double)strings / frames);
    printf("images_decoded %lu per_frame %.4f\n", images, (double)images / frames);
    unsigned long widths = after.widths_measured - before.widths_measured;
    printf("widths_measured %lu per_frame %.4f\n", widths, (double)widths / frames);
    unsigned long shadows = after.shadows_triangulated - before.shadows_triangulated;
    printf("shadows_triangulated %lu per_frame %.4f\n", shadows, (double)shadows / frames);
    /* The damage: how much of the screen a frame redrew, on average. */
    double screen = (double)o->size_w * (double)o->size_h;
    printf("pixels_redrawn %llu screen_share %.4f\n", after.pixels_redrawn - before.pixels_redrawn,
           (double)(after.pixels_redrawn - before.pixels_redrawn) / (frames * screen));
    printf("frames_unchanged %lu\n", after.frames_unchanged - before.frames_unchanged);
    printf("text_cache %zu image_cache %zu\n", after.text_cache_size, after.image_cache_size);
    printf("layer_cache %zu pixels %zu layers_rasterised %lu\n", after.layer_cache_size,
           after.layer_cache_pixels, after.layers_rasterised - before.layers_rasterised);
}

static int bench_loop(Bench *b, const CliOptions *o, const char *bundle)
{
    Session *s = b->s;
    session_start_app(s, o->size_w, o->size_h, 0);
    s->app.lang = o->lang;
    b->rp = (Replay){&s->app, BENCH_FRAME_MS, b, bench_frame, NULL, bench_key, false};
    if (!run_cycle(b)) /* warm-up: fills the text, image and layer caches */
        return EXIT_USAGE;
    RenderStats before = render_stats(s->renderer);
    b->measuring = true;
    for (int n = 0; !b->rp.stop && n < BENCH_MAX_CYCLES; n++) {
        long start = b->measured;
        if (!run_cycle(b))
            return EXIT_USAGE;
        if (b->measured == start) {
            fprintf(stderr, "careerdeck: --bench: nothing moved in a whole cycle\n");
            return EXIT_PLATFORM;
        }
    }
    double load_ms, load_cpu_ms;
    median_load_ms(b, bundle, &load_ms, &load_cpu_ms);
    report(b, o, before, load_ms, load_cpu_ms);
    return EXIT_OK;
}

int bench_run(Session *s, const CliOptions *o, const char *bundle)
{
    int code = session_load(s, bundle);
    if (code == EXIT_OK)
        code = session_open_headless(s, o->size_w, o->size_h);
    if (code == EXIT_OK)
        code = session_renderer(s);
    if (code != EXIT_OK)
        return code;
    Bench b;
    memset(&b, 0, sizeof b);
    b.s = s;
    b.wanted = o->bench_frames;
    b.ticks_per_ms = (double)SDL_GetPerformanceFrequency() / 1000.0;
    frametimes_init(&b.all);
    frametimes_init(&b.cpu);
    frametimes_init(&b.build);
    for (int i = 0; i < SEGMENT_COUNT; i++) {
        frametimes_init(&b.per[i]);
        frametimes_init(&b.per_cpu[i]);
    }
    code = parse_scripts(&b) ? bench_loop(&b, o, bundle) : EXIT_USAGE;
    for (int i = 0; i < SEGMENT_COUNT; i++) {
        script_free(&b.scripts[i]);
        frametimes_free(&b.per[i]);
        frametimes_free(&b.per_cpu[i]);
    }
    frametimes_free(&b.all);
    frametimes_free(&b.cpu);
    frametimes_free(&b.build);
    return code;
}
