/* pngdiff: prints the share of pixels that differ between two images of one
 * size (1 when the sizes differ), for the real-window test. A pixel differs
 * when any channel is off by more than 24. Exit 2 when a file cannot be read. */
#include <stdio.h>
#include <stdlib.h>

#include <SDL.h>
#include <SDL_image.h>

static SDL_Surface *load_argb(const char *path)
{
    SDL_Surface *raw = IMG_Load(path);
    SDL_Surface *out = raw ? SDL_ConvertSurfaceFormat(raw, SDL_PIXELFORMAT_ARGB8888, 0) : NULL;
    SDL_FreeSurface(raw);
    if (!out)
        fprintf(stderr, "pngdiff: %s: %s\n", path, SDL_GetError());
    return out;
}

static int channel_gap(Uint32 a, Uint32 b, int shift)
{
    return abs((int)((a >> shift) & 255u) - (int)((b >> shift) & 255u));
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: pngdiff A.png B.png\n");
        return 2;
    }
    SDL_Surface *a = load_argb(argv[1]), *b = load_argb(argv[2]);
    if (!a || !b)
        return 2;
    double share = 1.0;
    if (a->w == b->w && a->h == b->h) {
        long differ = 0;
        for (int y = 0; y < a->h; y++) {
            const Uint32 *ra = (const Uint32 *)((const Uint8 *)a->pixels + y * a->pitch);
            const Uint32 *rb = (const Uint32 *)((const Uint8 *)b->pixels + y * b->pitch);
            for (int x = 0; x < a->w; x++)
                differ += channel_gap(ra[x], rb[x], 16) > 24 || channel_gap(ra[x], rb[x], 8) > 24 ||
                          channel_gap(ra[x], rb[x], 0) > 24;
        }
        share = (double)differ / ((double)a->w * a->h);
    }
    printf("%.5f\n", share);
    SDL_FreeSurface(a);
    SDL_FreeSurface(b);
    return 0;
}
