#include "platform/imagefile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <SDL_image.h>

#include "imagehdr.h"

enum { SVG_DEFAULT_SIDE = 1024 };

/* The whole file, or NULL with a reason. O_NONBLOCK: opening a FIFO with
 * no writer must not wait for one. */
static unsigned char *read_regular(const char *path, size_t *len, char *why, size_t why_len)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        snprintf(why, why_len, "%s", strerror(errno));
        return NULL;
    }
    struct stat st;
    unsigned char *buf = NULL;
    if (fstat(fd, &st) != 0)
        snprintf(why, why_len, "%s", strerror(errno));
    else if (!S_ISREG(st.st_mode))
        snprintf(why, why_len, "not a regular file");
    else if ((unsigned long long)st.st_size > IMAGEFILE_MAX_BYTES)
        snprintf(why, why_len, "file of %lld bytes is over the limit of %u",
                 (long long)st.st_size, IMAGEFILE_MAX_BYTES);
    else if (!(buf = malloc((size_t)st.st_size + 1)))
        snprintf(why, why_len, "out of memory");
    size_t got = 0;
    while (buf && got < (size_t)st.st_size) {
        ssize_t n = read(fd, buf + got, (size_t)st.st_size - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            snprintf(why, why_len, "%s", n < 0 ? strerror(errno) : "file shrank while reading");
            free(buf);
            buf = NULL;
            break;
        }
        got += (size_t)n;
    }
    close(fd);
    *len = got;
    return buf;
}

SDL_Surface *imagefile_load(const char *path, int svg_w, int svg_h, char *why, size_t why_len)
{
    size_t len = 0;
    unsigned char *bytes = read_regular(path, &len, why, why_len);
    if (!bytes)
        return NULL;
    ImageHeader hdr;
    SDL_Surface *surf = NULL;
    SDL_RWops *rw = NULL;
    if (!imagehdr_read(bytes, len, &hdr, why, why_len)) {
        /* reason written */
    } else if (!(rw = SDL_RWFromConstMem(bytes, (int)len))) {
        snprintf(why, why_len, "%s", SDL_GetError());
    } else if (hdr.format == IMAGE_SVG) {
        surf = IMG_LoadSizedSVG_RW(rw, svg_w > 0 ? svg_w : SVG_DEFAULT_SIDE,
                                   svg_h > 0 ? svg_h : SVG_DEFAULT_SIDE);
    } else {
        surf = IMG_Load_RW(rw, 0);
    }
    if (rw)
        SDL_RWclose(rw);
    if (rw && !surf)
        snprintf(why, why_len, "cannot decode %s: %s", imagehdr_format_name(hdr.format),
                 IMG_GetError());
    /* The decoder trusts the header we checked; check what it made too. */
    if (surf && (surf->w <= 0 || surf->h <= 0 ||
                 (unsigned long long)surf->w * (unsigned long long)surf->h > IMAGEHDR_MAX_PIXELS)) {
        snprintf(why, why_len, "decoded to %d x %d pixels, over the limit", surf->w, surf->h);
        SDL_FreeSurface(surf);
        surf = NULL;
    }
    free(bytes);
    return surf;
}
