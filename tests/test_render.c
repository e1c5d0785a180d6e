/* Render tests: the real app on the bundled content, drawn headless with the
 * software renderer and real fonts, at the four product sizes.
 *
 * Each frame must be non-blank, keep the centred card on screen, clip or cut
 * no text, and match its golden image in tests/golden/ within a tolerance.
 * CAREERDECK_UPDATE_GOLDEN=1 rewrites the goldens (then look at them). */
#include "test_support.h"

#include <SDL.h>
#include <SDL_image.h>
#include <SDL_ttf.h>

#include "app.h"
#include "platform/session.h"

enum { MAX_CHANNEL_DIFF = 40 };
#define MAX_DIFF_FRACTION 0.004 /* 0.4% of pixels may differ by more than that */

typedef struct {
    const char *name;
    int w, h;
    bool open_card;
} Case;

static const Case cases[] = {
    {"home-1920x1080", 1920, 1080, false}, {"home-1280x800", 1280, 800, false},
    {"home-1024x768", 1024, 768, false},   {"home-1080x1920", 1080, 1920, false},
    {"card-open-1920x1080", 1920, 1080, true}, {"card-open-1080x1920", 1080, 1920, true},
    {"card-open-1024x768", 1024, 768, true},
};

static void settle(App *app)
{
    int frames = 0;
    do
        app_tick(app, app->now_ms + 16);
    while (app_animating(app) && ++frames < 625);
}

static void render_case(Session *s, const Case *c)
{
    char data[1024], assets[1024];
    test_path(data, sizeof data, "data");
    test_path(assets, sizeof assets, "assets");
    memset(s, 0, sizeof *s);
    snprintf(s->assets_dir, sizeof s->assets_dir, "%s", assets);
    assert_int_equal(session_load(s, data), 0);
    assert_int_equal(session_open_headless(s, c->w, c->h), 0);
    assert_int_equal(session_renderer(s), 0);
    session_start_app(s, c->w, c->h, 0);
    settle(&s->app);
    if (c->open_card) {
        app_key(&s->app, KEY_ACTIVATE);
        settle(&s->app);
    }
    session_draw(s);
}

/* Not blank: the frame uses many colours and is not one flat fill. */
static void assert_not_blank(SDL_Surface *frame)
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

static Rect centred_card(const App *app)
{
    HomeLayout h = layout_home(&app->layout);
    return app->home.open >= 0 ? h.expanded
                               : layout_home_card(&h, &app->layout, app->home.focused,
                                                  app->home.position);
}

/* Every text block fits its box; the centred card's texts lie inside it. */
static void assert_text_not_clipped(const Session *s, const char *name)
{
    Rect card = centred_card(&s->app);
    assert_true(rect_inside(card, s->app.layout.screen, 0.5f));
    /* With a card open, what lies under its full-screen scrim is hidden. */
    size_t first = 0;
    for (size_t i = 0; s->app.home.open >= 0 && i < s->dl.count; i++) {
        const DrawCmd *cmd = &s->dl.cmds[i];
        if (cmd->kind == DRAW_RECT && rect_inside(s->app.layout.screen, cmd->rect, 0.0f))
            first = i;
    }
    for (size_t i = first; i < s->dl.count; i++) {
        const DrawCmd *cmd = &s->dl.cmds[i];
        if (cmd->kind != DRAW_TEXT)
            continue;
        const char *text = drawlist_cmd_text(&s->dl, cmd);
        if (cmd->block.ellipsized || cmd->block.overflow)
            fail_msg("%s: text cut: '%s'", name, text);
        Rect used = rect_make(cmd->rect.x, cmd->rect.y, cmd->block.width, cmd->block.height);
        if (cmd->align == ALIGN_CENTER)
            used.x += (cmd->rect.w - cmd->block.width) * 0.5f;
        if (cmd->block.width > cmd->rect.w + 0.5f)
            fail_msg("%s: text wider than its box: '%s'", name, text);
        float cx = used.x + used.w * 0.5f, cy = used.y + used.h * 0.5f;
        if (rect_contains(card, cx, cy) && !rect_inside(used, card, 0.5f))
            fail_msg("%s: text leaves the card: '%s'", name, text);
        if (used.y < -0.5f || used.y + used.h > (float)s->app.layout.h + 0.5f)
            fail_msg("%s: text off screen: '%s'", name, text);
    }
}

static double diff_fraction(SDL_Surface *a, SDL_Surface *b)
{
    size_t n = (size_t)a->w * (size_t)a->h, bad = 0;
    for (int y = 0; y < a->h; y++) {
        const Uint32 *ra = (const Uint32 *)((const Uint8 *)a->pixels + y * a->pitch);
        const Uint32 *rb = (const Uint32 *)((const Uint8 *)b->pixels + y * b->pitch);
        for (int x = 0; x < a->w; x++)
            for (int shift = 0; shift < 24; shift += 8) {
                int d = (int)((ra[x] >> shift) & 0xFF) - (int)((rb[x] >> shift) & 0xFF);
                if (d > MAX_CHANNEL_DIFF || d < -MAX_CHANNEL_DIFF) {
                    bad++;
                    break;
                }
            }
    }
    return (double)bad / (double)n;
}

static void compare_golden(SDL_Surface *frame, const char *name)
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
    double frac = diff_fraction(frame, golden);
    SDL_FreeSurface(golden);
    if (frac > MAX_DIFF_FRACTION) {
        char out[1024];
        snprintf(out, sizeof out, "/tmp/careerdeck-%s-actual.png", name);
        IMG_SavePNG(frame, out);
        fail_msg("%s differs from its golden in %.2f%% of pixels (actual: %s)", name,
                 frac * 100.0, out);
    }
}

static void test_case(void **state)
{
    const Case *c = *state;
    Session s;
    render_case(&s, c);
    SDL_Surface *frame = session_read_frame(&s);
    assert_non_null(frame);
    assert_not_blank(frame);
    assert_text_not_clipped(&s, c->name);
    /* Steady state: drawing the same frame again rasterises nothing new. */
    RenderStats before = render_stats(s.renderer);
    session_draw(&s);
    RenderStats after = render_stats(s.renderer);
    assert_int_equal(after.strings_rasterised, before.strings_rasterised);
    assert_int_equal(after.images_decoded, before.images_decoded);
    assert_int_equal(after.image_failures, 0);
    compare_golden(frame, c->name);
    SDL_FreeSurface(frame);
    session_free(&s);
}

static int global_setup(void **state)
{
    (void)state;
    if (SDL_Init(0) != 0 || TTF_Init() != 0)
        return -1;
    IMG_Init(IMG_INIT_PNG);
    return 0;
}

static int global_teardown(void **state)
{
    (void)state;
    IMG_Quit();
    TTF_Quit();
    SDL_Quit();
    return 0;
}

int main(void)
{
    struct CMUnitTest tests[sizeof cases / sizeof cases[0]];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct CMUnitTest t = {cases[i].name, test_case, NULL, NULL, (void *)&cases[i]};
        tests[i] = t;
    }
    return _cmocka_run_group_tests("render", tests, sizeof tests / sizeof tests[0],
                                   global_setup, global_teardown);
}
