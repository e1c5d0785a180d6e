/* render_support: shared machinery for render tests.
 *
 * A render test starts the real app headless (software renderer, real fonts,
 * the bundled content), drives it with the injected clock or a replay
 * script, then checks the frame: not blank, no text cut or off screen, and
 * close to its golden image in tests/golden/. CAREERDECK_UPDATE_GOLDEN=1
 * rewrites the goldens instead (then look at every one of them). */
#ifndef RENDER_SUPPORT_H
#define RENDER_SUPPORT_H

#include "test_support.h"

#include <SDL.h>
#include <SDL_image.h>
#include <SDL_ttf.h>

#include "app.h"
#include "platform/session.h"
#include "replay.h"
#include "script.h"

enum { RENDER_MAX_CHANNEL_DIFF = 40 };
#define RENDER_MAX_DIFF_FRACTION 0.004 /* 0.4% of pixels may differ by more */

static inline int render_global_setup(void **state)
{
    (void)state;
    if (SDL_Init(0) != 0 || TTF_Init() != 0)
        return -1;
    IMG_Init(IMG_INIT_PNG);
    return 0;
}

static inline int render_global_teardown(void **state)
{
    (void)state;
    IMG_Quit();
    TTF_Quit();
    SDL_Quit();
    return 0;
}

/* Ticks frame by frame until nothing moves (at most 10 s of app time),
 * exactly as --screenshot does before writing its final frame. */
static inline void render_settle(App *app)
{
    Replay rp = {app, 16, NULL, NULL, NULL, NULL, false};
    replay_settle(&rp, 10000);
}

/* Loads data/ and opens the headless renderer at w x h, keeping the cache
 * sizes already set in `s` (zero it first); no App is started. */
static inline void render_open(Session *s, int w, int h)
{
    char data[1024];
    test_path(s->assets_dir, sizeof s->assets_dir, "assets");
    assert_int_equal(session_load(s, test_path(data, sizeof data, "data")), 0);
    assert_int_equal(session_open_headless(s, w, h), 0);
    assert_int_equal(session_renderer(s), 0);
}

/* Starts the app on data/ at w x h, clock at 0, entrance settled. */
static inline void render_start(Session *s, int w, int h)
{
    memset(s, 0, sizeof *s);
    render_open(s, w, h);
    session_start_app(s, w, h, 0);
    render_settle(&s->app);
}

static inline KeyAction render_key(void *user, const char *name)
{
    (void)user;
    return keys_action(SDL_GetKeyFromName(name), 0);
}

/* Replays tests/scripts/<rel> on the app (shots in the script are skipped)
 * and draws the frame at the script's last moment, without settling, so a
 * script can stop mid-animation. */
static inline void render_run_script(Session *s, const char *rel)
{
    char path[1024], err[512];
    Script script = {0};
    if (!script_load_file(test_path(path, sizeof path, rel), &script, NULL, NULL, err, sizeof err))
        fail_msg("%s", err);
    Replay rp = {&s->app, 16, s, NULL, NULL, render_key, false};
    assert_true(replay_run(&rp, &script, err, sizeof err));
    script_free(&script);
    session_draw(s);
}

/* Not blank: the frame uses many colours, not one flat fill. */
static inline void render_assert_not_blank(SDL_Surface *frame)
{
    const Uint32 *px = frame->pixels;
    size_t n = (size_t)frame->w * (size_t)frame->h, distinct = 0;
    Uint32 seen[64];
    for (size_t i = 0; i < n && distinct < 64; i += 97) {
        bool found = false;
        for (size_t j = 0; j < distinct; j++)
            found |= seen[j] == px[i];
        if (!found)
            seen[distinct++] = px[i];
    }
    assert_true(distinct >= 32);
}

/* Index of the last full-screen rect: what lies under it is hidden. */
static inline size_t render_first_visible(const Session *s)
{
    size_t first = 0;
    for (size_t i = 0; i < s->dl.count; i++) {
        const DrawCmd *cmd = &s->dl.cmds[i];
        if (cmd->kind == DRAW_RECT && cmd->color.a == 255 && cmd->color2.a == 255 &&
            rect_inside(s->app.layout.screen, cmd->rect, 0.0f))
            first = i;
    }
    return first;
}

/* Every visible text block fits its box without an ellipsis or a cut word,
 * stays on screen vertically, and, when its centre lies in `region`, lies
 * wholly inside `region` (pass the screen to require it fully on screen). */
static inline void render_assert_text(const Session *s, const char *name, Rect region)
{
    for (size_t i = render_first_visible(s); i < s->dl.count; i++) {
        const DrawCmd *cmd = &s->dl.cmds[i];
        if (cmd->kind != DRAW_TEXT)
            continue;
        const char *text = drawlist_cmd_text(&s->dl, cmd);
        if (cmd->block.ellipsized || cmd->block.overflow)
            fail_msg("%s: text cut: '%s'", name, text);
        if (cmd->block.width > cmd->rect.w + 0.5f)
            fail_msg("%s: text wider than its box: '%s'", name, text);
        Rect used = rect_make(cmd->rect.x, cmd->rect.y, cmd->block.width, cmd->block.height);
        if (cmd->align == ALIGN_CENTER)
            used.x += (cmd->rect.w - cmd->block.width) * 0.5f;
        else if (cmd->align == ALIGN_RIGHT)
            used.x += cmd->rect.w - cmd->block.width;
        float cx = used.x + used.w * 0.5f, cy = used.y + used.h * 0.5f;
        if (rect_contains(region, cx, cy) && !rect_inside(used, region, 0.5f))
            fail_msg("%s: text leaves its region: '%s'", name, text);
        if (used.y < -0.5f || used.y + used.h > (float)s->app.layout.h + 0.5f)
            fail_msg("%s: text off screen: '%s'", name, text);
    }
}

/* Two frames compared channel by channel: how many pixels differ by more
 * than `levels` in some channel, the largest difference, and the first
 * such pixel ({-1, -1} when none). */
typedef struct {
    size_t over;
    int worst;
    SDL_Point first;
} RenderDiff;

static inline RenderDiff render_diff(SDL_Surface *a, SDL_Surface *b, int levels)
{
    RenderDiff d = {0, 0, {-1, -1}};
    for (int y = 0; y < a->h; y++) {
        const Uint32 *ra = (const Uint32 *)((const Uint8 *)a->pixels + y * a->pitch);
        const Uint32 *rb = (const Uint32 *)((const Uint8 *)b->pixels + y * b->pitch);
        if (memcmp(ra, rb, (size_t)a->w * sizeof *ra) == 0)
            continue; /* most rows: the same to the bit */
        for (int x = 0; x < a->w; x++) {
            int most = 0;
            for (int shift = 0; shift < 24; shift += 8) {
                int c = abs((int)((ra[x] >> shift) & 0xFF) - (int)((rb[x] >> shift) & 0xFF));
                most = c > most ? c : most;
            }
            d.worst = most > d.worst ? most : d.worst;
            if (most > levels && !d.over++)
                d.first = (SDL_Point){x, y};
        }
    }
    return d;
}

static inline double render_diff_fraction(SDL_Surface *a, SDL_Surface *b)
{
    return (double)render_diff(a, b, RENDER_MAX_CHANNEL_DIFF).over /
           ((double)a->w * (double)a->h);
}

/* Compares `frame` with tests/golden/<name>.png (or rewrites it). */
static inline void render_compare_golden(SDL_Surface *frame, const char *name)
{
    char path[1024], rel[256];
    snprintf(rel, sizeof rel, "tests/golden/%s.png", name);
    test_path(path, sizeof path, rel);
    const char *update = getenv("CAREERDECK_UPDATE_GOLDEN");
    if (update && *update == '1') {
        assert_int_equal(IMG_SavePNG(frame, path), 0);
        return;
    }
    SDL_Surface *loaded = IMG_Load(path);
    if (!loaded)
        fail_msg("missing golden %s (run with CAREERDECK_UPDATE_GOLDEN=1)", path);
    SDL_Surface *golden = SDL_ConvertSurfaceFormat(loaded, SDL_PIXELFORMAT_ARGB8888, 0);
    SDL_FreeSurface(loaded);
    assert_non_null(golden);
    assert_int_equal(golden->w, frame->w);
    assert_int_equal(golden->h, frame->h);
    double frac = render_diff_fraction(frame, golden);
    SDL_FreeSurface(golden);
    if (frac > RENDER_MAX_DIFF_FRACTION) {
        char out[1024];
        snprintf(out, sizeof out, "/tmp/careerdeck-%s-actual.png", name);
        IMG_SavePNG(frame, out);
        fail_msg("%s differs from its golden in %.2f%% of pixels (actual: %s)", name,
                 frac * 100.0, out);
    }
}

/* The usual checks on the frame just drawn: not blank, text intact in
 * `region`, nothing re-rasterised on an identical redraw, golden match. */
static inline void render_check_frame(Session *s, const char *name, Rect region)
{
    SDL_Surface *frame = session_read_frame(s);
    assert_non_null(frame);
    render_assert_not_blank(frame);
    render_assert_text(s, name, region);
    RenderStats before = render_stats(s->renderer);
    session_draw(s);
    RenderStats after = render_stats(s->renderer);
    assert_int_equal(after.strings_rasterised, before.strings_rasterised);
    assert_int_equal(after.images_decoded, before.images_decoded);
    assert_int_equal(after.image_failures, 0);
    render_compare_golden(frame, name);
    SDL_FreeSurface(frame);
}

#endif
