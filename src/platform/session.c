#include "platform/session.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <SDL_image.h>

#include "cli.h"
#include "pin.h"
#include "platform/fonts.h"
#include "platform/imagefile.h"
#include "platform/pngwrite.h"

int session_load(Session *s, const char *bundle)
{
    s->content = content_load(bundle, NULL, &s->load_report);
    content_report_print(&s->load_report, stderr);
    if (!s->content) {
        fprintf(stderr, "careerdeck: cannot use the bundle in %s (see above)\n", bundle);
        return EXIT_CONTENT;
    }
    return EXIT_OK;
}

int session_renderer(Session *s)
{
    FontPaths fonts;
    char err[512], placeholder[1200];
    if (!fonts_find(s->content, &fonts, err, sizeof err)) {
        fprintf(stderr, "careerdeck: %s\n", err);
        return EXIT_PLATFORM;
    }
    snprintf(placeholder, sizeof placeholder, "%s/icons/placeholder.svg", s->assets_dir);
    RenderConfig config = {{fonts.regular, fonts.bold}, placeholder, s->text_cache_entries,
                           s->image_cache_entries, s->shadow_cache_pixels, 0,
                           s->layer_cache_pixels};
    s->renderer = render_create(s->sdl, &config, err, sizeof err);
    if (!s->renderer && fonts.from_bundle) { /* a broken bundle font: say so once, carry on */
        fprintf(stderr, "careerdeck: warning: %s; using a system font\n", err);
        if (fonts_find(NULL, &fonts, err, sizeof err))
            s->renderer = render_create(s->sdl, &config, err, sizeof err);
    }
    if (!s->renderer) {
        fprintf(stderr, "careerdeck: %s\n", err);
        return EXIT_PLATFORM;
    }
    /* Files the loader already named draw the placeholder without a second
     * warning. */
    for (size_t i = 0; i < s->load_report.count; i++)
        render_mark_warned(s->renderer, s->load_report.items[i].file);
    /* SDL's software renderer draws into memory that keeps its pixels (a
     * surface, the window's framebuffer or a target texture), so frames
     * redraw only what changed. A GPU's back buffer is undefined after a
     * present: there every frame is drawn whole, which is cheap. */
    SDL_RendererInfo info;
    bool software = SDL_GetRendererInfo(s->sdl, &info) == 0 &&
                    (info.flags & SDL_RENDERER_SOFTWARE);
    render_set_retained(s->renderer, software);
    /* It draws into memory this process can write: the busiest copies
     * and fills go there directly (compose.h), faster than SDL's blitters. */
    if (software && !s->sdl_blitters)
        render_set_direct(s->renderer, s->surface, s->window);
    drawlist_init(&s->dl, render_measurer(s->renderer));
    return EXIT_OK;
}

void session_apply_admin_pin(Session *s)
{
    const char *env = getenv("CAREERDECK_ADMIN_PIN_HASH");
    const char *pin = s->content->admin_pin;
    if (env && *env) {
        if (pin_stored_valid(env))
            pin = env;
        else
            fprintf(stderr, "careerdeck: warning: CAREERDECK_ADMIN_PIN_HASH is not a hash "
                            "from --hash-pin; ignored\n");
    }
    s->app.admin_pin = pin;
}

void session_start_app(Session *s, int w, int h, uint64_t now_ms)
{
    app_init(&s->app, s->content, render_measurer(s->renderer), w, h, now_ms);
    s->app.assets_dir = s->assets_dir;
}

void session_free(Session *s)
{
    drawlist_free(&s->dl);
    render_destroy(s->renderer);
    if (s->sdl)
        SDL_DestroyRenderer(s->sdl);
    if (s->surface)
        SDL_FreeSurface(s->surface);
    if (s->window)
        SDL_DestroyWindow(s->window);
    content_free(s->content);
    content_report_free(&s->load_report);
}

void session_draw(Session *s)
{
    app_draw(&s->app, &s->dl);
    render_frame(s->renderer, &s->dl);
}

/* Reads back what the renderer drew (window or surface) and writes a PNG. */
SDL_Surface *session_read_frame(Session *s)
{
    int w = s->app.layout.w, h = s->app.layout.h;
    SDL_Surface *out = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    if (out && SDL_RenderReadPixels(s->sdl, NULL, SDL_PIXELFORMAT_ARGB8888, out->pixels,
                                    out->pitch) != 0) {
        SDL_FreeSurface(out);
        return NULL;
    }
    return out;
}

bool session_save_png(Session *s, const char *path, char *err, size_t err_len)
{
    SDL_Surface *frame = session_read_frame(s);
    if (!frame) {
        snprintf(err, err_len, "%s", SDL_GetError());
        return false;
    }
    bool ok = pngwrite_argb(frame, path, err, err_len);
    SDL_FreeSurface(frame);
    return ok;
}

int session_open_headless(Session *s, int w, int h)
{
    s->surface = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    s->sdl = s->surface ? SDL_CreateSoftwareRenderer(s->surface) : NULL;
    if (!s->sdl) {
        fprintf(stderr, "careerdeck: software renderer: %s\n", SDL_GetError());
        return EXIT_PLATFORM;
    }
    return EXIT_OK;
}

bool session_image_ok(void *user, const char *path, char *why, size_t why_len)
{
    (void)user;
    SDL_Surface *s = imagefile_load(path, 128, 128, why, why_len);
    SDL_FreeSurface(s);
    return s != NULL;
}
