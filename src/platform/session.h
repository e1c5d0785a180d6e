/* session: what a running CareerDeck holds outside the App: the loaded
 * bundle, the SDL renderer (window or headless surface), the draw list and the
 * render backend. Shared by main and the render tests so both build frames
 * the same way. */
#ifndef SESSION_H
#define SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <SDL.h>

#include "app.h"
#include "content.h"
#include "drawlist.h"
#include "platform/render_sdl.h"

typedef struct {
    Content *content;
    Renderer *renderer;
    SDL_Renderer *sdl;
    SDL_Window *window;
    SDL_Surface *surface; /* headless target */
    DrawList dl;
    App app;
    char assets_dir[1024];
    char shot_error[256];
    ContentReport load_report;  /* problems found when the bundle was loaded */
    size_t text_cache_entries;  /* render cache sizes for session_renderer; 0: default */
    size_t image_cache_entries;
    size_t shadow_cache_pixels;
    size_t layer_cache_pixels;
    bool sdl_blitters;          /* software renderer: draw all through SDL, none directly */
} Session;

/* Loads the bundle, printing its problems to stderr. Returns a cli.h exit code. */
int session_load(Session *s, const char *bundle);
/* Creates the headless target: an ARGB surface with the software renderer. */
int session_open_headless(Session *s, int w, int h);
/* Finds fonts and creates the render backend on s->sdl. */
int session_renderer(Session *s);
void session_start_app(Session *s, int w, int h, uint64_t now_ms);
/* The admin PIN hash the app checks: the bundle's, or
 * $CAREERDECK_ADMIN_PIN_HASH for kiosks whose bundle is shared with others
 * (one that is not a hash from --hash-pin is named and ignored). */
void session_apply_admin_pin(Session *s);
void session_draw(Session *s);
/* Reads back the last drawn frame and writes it as a PNG. */
bool session_save_png(Session *s, const char *path, char *err, size_t err_len);
/* Reads back the last drawn frame into a new ARGB8888 surface (caller frees). */
SDL_Surface *session_read_frame(Session *s);
void session_free(Session *s);

/* ContentHooks.image_ok for SDL_image: true if `path` decodes; else the
 * reason in `why`. Used by --validate and by hot reload. */
bool session_image_ok(void *user, const char *path, char *why, size_t why_len);

#endif
