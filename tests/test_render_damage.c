/* Damage on real screens: a renderer that redraws only the damage shows,
 * frame after frame, what a renderer drawing every frame whole shows. Both
 * draw the same draw lists while replay scripts swipe, page, scroll, step
 * through the day, answer the quiz and run the tour; every frame is read
 * back from both and compared. (Unit tests of the damage itself are in
 * test_damage.c.)
 *
 * Both write their pixels directly (compose.h). Some cases draw the whole
 * frames through SDL's blitters instead, which also holds compose.c to
 * SDL's own blending, on every screen the scripts visit. */
#include "render_support.h"

enum { SIZE_W = 960, SIZE_H = 540 }; /* 16:9, as the scripts were written */

/* With shadow and layer textures, the two renderers draw some cards from
 * a texture and some directly (the partial one skips still frames, so it
 * makes its textures at other times), and those differ by up to ~50
 * levels at anti-aliased corners. Without them, both draw every command
 * the same way and must agree to the bit. */
enum { CACHED_LEVELS = 60, EXACT_LEVELS = 0 };
#define CACHED_WRONG_FRACTION 0.0005 /* of a frame's pixels */
/* compose.c rounds each blend to nearest, SDL's blitters mostly down:
 * a pixel under a few blended layers differs by a few levels. The arcs of
 * rounded corners differ more: compose.c draws true circles, SDL's
 * triangles feathered polygons half a pixel inside them. */
enum { SDL_LEVELS = 8 };
#define SDL_ARC_FRACTION 0.006 /* of a frame's pixels (0.41% seen, with focus rings) */

typedef struct {
    Session kept;   /* retained: redraws only the damage */
    Session whole;  /* draws every frame whole */
    const char *script;
    int near_levels;
    double wrong_fraction;
    int frames, partial_frames, still_frames;
    unsigned long long pixels_redrawn;
} Pair;

/* Replay's frame callback: the same list drawn by both, then compared. */
static void both_frames(void *user, App *app)
{
    Pair *p = user;
    app_draw(app, &p->kept.dl);
    RenderStats before = render_stats(p->kept.renderer);
    render_frame(p->kept.renderer, &p->kept.dl);
    render_frame(p->whole.renderer, &p->kept.dl);
    RenderStats after = render_stats(p->kept.renderer);
    unsigned long long redrawn = after.pixels_redrawn - before.pixels_redrawn;
    p->pixels_redrawn += redrawn;
    p->partial_frames += redrawn > 0 && redrawn < (unsigned long long)SIZE_W * SIZE_H;
    p->still_frames += after.frames_unchanged > before.frames_unchanged;
    p->frames++;
    SDL_Surface *a = session_read_frame(&p->kept), *b = session_read_frame(&p->whole);
    assert_non_null(a);
    assert_non_null(b);
    RenderDiff d = render_diff(a, b, p->near_levels);
    if ((double)d.over > p->wrong_fraction * SIZE_W * SIZE_H) {
        char path[256];
        snprintf(path, sizeof path, "/tmp/careerdeck-damage-%s-partial.png", p->script);
        IMG_SavePNG(a, path);
        snprintf(path, sizeof path, "/tmp/careerdeck-damage-%s-whole.png", p->script);
        IMG_SavePNG(b, path);
        fail_msg("%s, frame %d: %zu pixels differ from the whole frame, the first at (%d, %d) "
                 "(largest difference %d; see /tmp/careerdeck-damage-%s-*.png)",
                 p->script, p->frames, d.over, d.first.x, d.first.y, d.worst, p->script);
    }
    SDL_FreeSurface(a);
    SDL_FreeSurface(b);
}

/* Opens a session at the test size; `exact`: without shadow or layer
 * textures (a budget of one pixel holds none); `blitters`: drawing through
 * SDL's blitters, not directly. */
static void open_session(Session *s, bool exact, bool blitters)
{
    memset(s, 0, sizeof *s);
    s->shadow_cache_pixels = s->layer_cache_pixels = exact ? 1 : 0;
    s->sdl_blitters = blitters;
    render_open(s, SIZE_W, SIZE_H);
    session_start_app(s, SIZE_W, SIZE_H, 0);
    render_settle(&s->app);
}

static void replay_both(const char *script, bool exact, bool against_sdl)
{
    static Pair p; /* two sessions are too big for cmocka's stack checks */
    memset(&p, 0, sizeof p);
    p.script = script;
    p.near_levels = exact ? EXACT_LEVELS : CACHED_LEVELS;
    p.wrong_fraction = exact ? 0.0 : CACHED_WRONG_FRACTION;
    if (against_sdl && exact) {
        p.near_levels = SDL_LEVELS;
        p.wrong_fraction = SDL_ARC_FRACTION;
    } else if (against_sdl) {
        p.wrong_fraction = CACHED_WRONG_FRACTION + SDL_ARC_FRACTION;
    }
    open_session(&p.kept, exact, false);
    open_session(&p.whole, exact, against_sdl); /* its app only sizes the read-back */
    render_set_retained(p.whole.renderer, false);
    char path[1024], rel[256], err[512];
    snprintf(rel, sizeof rel, "tests/scripts/%s", script);
    Script sc = {0};
    if (!script_load_file(test_path(path, sizeof path, rel), &sc, NULL, NULL, err, sizeof err))
        fail_msg("%s", err);
    both_frames(&p, &p.kept.app); /* the settled start: drawn whole by both */
    Replay rp = {&p.kept.app, 16, &p, both_frames, NULL, render_key, false};
    assert_true(replay_run(&rp, &sc, err, sizeof err));
    script_free(&sc);
    /* The damage was really partial most of the time, so the comparison
     * tested something. */
    print_message("%s%s: %d frames, %d partial, %d still, %.1f%% of the pixels redrawn\n", script,
                  exact ? " (exact)" : "",
                  p.frames, p.partial_frames, p.still_frames,
                  100.0 * (double)p.pixels_redrawn / ((double)p.frames * SIZE_W * SIZE_H));
    assert_true(p.partial_frames * 2 > p.frames);
    /* The kept renderer wrote its pixels itself; the SDL one never did. */
    assert_true(render_stats(p.kept.renderer).direct_draws > 0);
    if (against_sdl)
        assert_int_equal(render_stats(p.whole.renderer).direct_draws, 0);
    session_free(&p.whole);
    session_free(&p.kept);
}

/* A script, whether it runs without shadow and layer textures (bit for
 * bit) or with them (how a kiosk runs), and whether the whole frames are
 * drawn through SDL's blitters (within a few levels). */
typedef struct {
    const char *script;
    bool exact;
    bool against_sdl;
} ReplayCase;

static const ReplayCase CASES[] = {
    {"home-walkthrough.txt", true, false},
    {"compare-walkthrough.txt", true, false},
    {"detail-training-scrolled.txt", true, false},
    {"day-next-steps.txt", true, false},
    {"quiz-result-medical-coder.txt", true, false},
    {"home-walkthrough.txt", false, false},
    {"day-next-steps.txt", false, false},
    {"home-walkthrough.txt", true, true},
    {"compare-walkthrough.txt", true, true},
    {"day-next-steps.txt", false, true},
};

static void test_replay(void **state)
{
    const ReplayCase *c = *state;
    replay_both(c->script, c->exact, c->against_sdl);
}

int main(void)
{
    struct CMUnitTest tests[sizeof CASES / sizeof CASES[0]];
    char names[sizeof CASES / sizeof CASES[0]][80];
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        snprintf(names[i], sizeof names[i], "%s%s%s", CASES[i].script,
                 CASES[i].exact ? " (exact)" : " (with textures)",
                 CASES[i].against_sdl ? " against SDL's blitters" : "");
        tests[i] = (struct CMUnitTest)cmocka_unit_test_prestate(test_replay, (void *)&CASES[i]);
        tests[i].name = names[i];
    }
    return cmocka_run_group_tests(tests, render_global_setup, render_global_teardown);
}
