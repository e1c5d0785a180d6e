/* floor: the least an SDL2 + SDL2_ttf program can do for one frame, the
 * baseline `make bench` measures CareerDeck against (issue 7).
 *
 * Same set-up as `careerdeck --screenshot`: an ARGB surface with the software
 * renderer, a font loaded with SDL_ttf, the frame written with IMG_SavePNG.
 * It draws one rectangle and one line of text and exits.
 *
 *   floor FONT OUT.png [WxH]           one frame, written as a PNG
 *   floor FONT --frames N [WxH]        N frames timed; prints p50/p99/max
 *   floor FONT --window [WxH]          one frame in a real window, then waits
 *                                      in SDL_WaitEvent until closed
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <SDL.h>
#include <SDL_image.h>
#include <SDL_ttf.h>

#include "frametimes.h"

typedef struct {
    SDL_Renderer *sdl;
    SDL_Texture *text;
    int text_w, text_h;
} Floor;

/* The text is rasterised once and copied each frame, as a sensible app does. */
static int floor_setup(Floor *f, const char *font_path, int h)
{
    TTF_Font *font = TTF_OpenFont(font_path, h / 24);
    if (!font) {
        fprintf(stderr, "floor: %s: %s\n", font_path, TTF_GetError());
        return 1;
    }
    SDL_Color white = {255, 255, 255, 255};
    SDL_Surface *s = TTF_RenderUTF8_Blended(font, "Healthcare careers, up close", white);
    TTF_CloseFont(font);
    f->text = s ? SDL_CreateTextureFromSurface(f->sdl, s) : NULL;
    if (!f->text) {
        fprintf(stderr, "floor: text: %s\n", SDL_GetError());
        SDL_FreeSurface(s);
        return 1;
    }
    f->text_w = s->w;
    f->text_h = s->h;
    SDL_FreeSurface(s);
    return 0;
}

static void floor_draw(Floor *f, int w, int h)
{
    SDL_SetRenderDrawColor(f->sdl, 14, 26, 46, 255);
    SDL_RenderClear(f->sdl);
    SDL_Rect box = {w / 8, h / 4, w / 3, h / 2};
    SDL_SetRenderDrawColor(f->sdl, 255, 255, 255, 255);
    SDL_RenderFillRect(f->sdl, &box);
    SDL_Rect dst = {w / 16, h / 16, f->text_w, f->text_h};
    SDL_RenderCopy(f->sdl, f->text, NULL, &dst);
    SDL_RenderPresent(f->sdl);
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static int write_png(SDL_Surface *target, const char *path)
{
    if (IMG_SavePNG(target, path) != 0) {
        fprintf(stderr, "floor: %s: %s\n", path, IMG_GetError());
        return 1;
    }
    return 0;
}

static int time_frames(Floor *f, int frames, int w, int h)
{
    FrameTimes ft;
    frametimes_init(&ft);
    for (int i = 0; i < frames; i++) {
        double t0 = now_ms();
        floor_draw(f, w, h);
        frametimes_add(&ft, now_ms() - t0);
    }
    FrameSummary s = frametimes_summary(&ft);
    printf("frame all frames %zu p50 %.3f p99 %.3f max %.3f mean %.3f\n", s.count, s.p50, s.p99,
           s.max, s.mean);
    frametimes_free(&ft);
    return 0;
}

static int run_window(const char *font, int w, int h)
{
    if (SDL_InitSubSystem(SDL_INIT_VIDEO) != 0) {
        fprintf(stderr, "floor: no display: %s\n", SDL_GetError());
        return 1;
    }
    /* The flags CareerDeck's window uses. */
    SDL_Window *win = SDL_CreateWindow("floor", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w,
                                       h, SDL_WINDOW_ALLOW_HIGHDPI | SDL_WINDOW_RESIZABLE);
    Floor f = {0};
    f.sdl = win ? SDL_CreateRenderer(win, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC |
                                                  SDL_RENDERER_TARGETTEXTURE)
                : NULL;
    if (win && !f.sdl)
        f.sdl = SDL_CreateRenderer(win, -1, SDL_RENDERER_SOFTWARE);
    if (!f.sdl || floor_setup(&f, font, h)) {
        fprintf(stderr, "floor: cannot open a window: %s\n", SDL_GetError());
        return 1;
    }
    floor_draw(&f, w, h);
    SDL_Event ev;
    while (SDL_WaitEvent(&ev))
        if (ev.type == SDL_QUIT)
            break;
        else if (ev.type == SDL_WINDOWEVENT && ev.window.event == SDL_WINDOWEVENT_EXPOSED)
            floor_draw(&f, w, h);
    SDL_DestroyTexture(f.text);
    SDL_DestroyRenderer(f.sdl);
    SDL_DestroyWindow(win);
    return 0;
}

static int run(int argc, char **argv)
{
    int w = 1920, h = 1080, frames = 0;
    bool timed = !strcmp(argv[2], "--frames");
    if (timed && (argc < 4 || (frames = atoi(argv[3])) < 1)) {
        fprintf(stderr, "floor: --frames: expected a frame count\n");
        return 2;
    }
    const char *size = argc > (timed ? 4 : 3) ? argv[timed ? 4 : 3] : NULL;
    if (size && sscanf(size, "%dx%d", &w, &h) != 2) {
        fprintf(stderr, "floor: bad size '%s'\n", size);
        return 2;
    }
    if (!strcmp(argv[2], "--window"))
        return run_window(argv[1], w, h);
    SDL_Surface *target = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    Floor f = {0};
    f.sdl = target ? SDL_CreateSoftwareRenderer(target) : NULL;
    if (!f.sdl || floor_setup(&f, argv[1], h)) {
        fprintf(stderr, "floor: software renderer: %s\n", SDL_GetError());
        return 3;
    }
    int code = 0;
    if (timed) {
        code = time_frames(&f, frames, w, h);
    } else {
        floor_draw(&f, w, h);
        code = write_png(target, argv[2]);
    }
    SDL_DestroyTexture(f.text);
    SDL_DestroyRenderer(f.sdl);
    SDL_FreeSurface(target);
    return code;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: floor FONT OUT.png [WxH] | FONT --frames N [WxH] | "
                        "FONT --window [WxH]\n");
        return 2;
    }
    if (SDL_Init(0) != 0 || TTF_Init() != 0) {
        fprintf(stderr, "floor: SDL start-up failed: %s\n", SDL_GetError());
        return 3;
    }
    IMG_Init(IMG_INIT_PNG);
    int code = run(argc, argv);
    IMG_Quit();
    TTF_Quit();
    SDL_Quit();
    return code;
}
