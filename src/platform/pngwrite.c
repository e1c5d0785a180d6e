#include "platform/pngwrite.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <png.h>

typedef struct {
    png_structp png;
    png_infop info;
    FILE *file;
    SDL_Surface *surface;
} PngJob;

/* libpng reports errors by longjmp; nothing here changes after setjmp. */
static bool write_rows(PngJob *job)
{
    if (setjmp(png_jmpbuf(job->png)))
        return false;
    SDL_Surface *s = job->surface;
    png_init_io(job->png, job->file);
    png_set_IHDR(job->png, job->info, (png_uint_32)s->w, (png_uint_32)s->h, 8,
                 PNG_COLOR_TYPE_RGB_ALPHA, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                 PNG_FILTER_TYPE_DEFAULT);
    png_set_compression_level(job->png, 1);
    png_set_filter(job->png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
    png_write_info(job->png, job->info);
    /* ARGB8888 words: B, G, R, A in memory on little-endian machines. */
#if SDL_BYTEORDER == SDL_LIL_ENDIAN
    png_set_bgr(job->png);
#else
    png_set_swap_alpha(job->png);
#endif
    for (int y = 0; y < s->h; y++)
        png_write_row(job->png, (png_const_bytep)s->pixels + (size_t)y * (size_t)s->pitch);
    png_write_end(job->png, NULL);
    return true;
}

bool pngwrite_argb(SDL_Surface *surface, const char *path, char *err, size_t err_len)
{
    if (!surface || surface->format->format != SDL_PIXELFORMAT_ARGB8888) {
        snprintf(err, err_len, "not an ARGB8888 frame");
        return false;
    }
    PngJob job = {NULL, NULL, fopen(path, "wb"), surface};
    if (!job.file) {
        snprintf(err, err_len, "%s", strerror(errno));
        return false;
    }
    job.png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    job.info = job.png ? png_create_info_struct(job.png) : NULL;
    bool ok = job.info && write_rows(&job);
    png_destroy_write_struct(job.png ? &job.png : NULL, job.info ? &job.info : NULL);
    if (fclose(job.file) != 0)
        ok = false;
    if (!ok)
        snprintf(err, err_len, "cannot write the PNG data");
    return ok;
}
