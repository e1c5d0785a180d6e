#include "fileread.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void say_limit(char *why, size_t why_len, size_t max_bytes)
{
    if (max_bytes % (1024u * 1024u) == 0)
        snprintf(why, why_len, "larger than the %zu MB limit", max_bytes / (1024u * 1024u));
    else
        snprintf(why, why_len, "larger than the %zu-byte limit", max_bytes);
}

/* Reads until EOF, at most max + 1 bytes so a file that grew is noticed. */
static char *read_fd(int fd, size_t size, size_t max_bytes, size_t *len, char *why,
                     size_t why_len)
{
    char *buf = malloc(size + 2);
    if (!buf) {
        snprintf(why, why_len, "out of memory");
        return NULL;
    }
    size_t got = 0;
    while (got < size + 1) {
        ssize_t n = read(fd, buf + got, size + 1 - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            snprintf(why, why_len, "cannot read: %s", strerror(errno));
            free(buf);
            return NULL;
        }
        if (n == 0)
            break;
        got += (size_t)n;
    }
    if (got > size) {
        if (got > max_bytes)
            say_limit(why, why_len, max_bytes);
        else
            snprintf(why, why_len, "file changed while being read");
        free(buf);
        return NULL;
    }
    buf[got] = '\0';
    *len = got;
    return buf;
}

char *fileread_all_errno(const char *path, size_t max_bytes, size_t *len, char *why,
                         size_t why_len, int *open_errno)
{
    *len = 0;
    *open_errno = 0;
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *open_errno = errno;
        snprintf(why, why_len, "cannot open: %s", strerror(*open_errno));
        return NULL;
    }
    struct stat st;
    char *buf = NULL;
    if (fstat(fd, &st) != 0)
        snprintf(why, why_len, "cannot read: %s", strerror(errno));
    else if (S_ISDIR(st.st_mode))
        snprintf(why, why_len, "is a folder; expected a file");
    else if (!S_ISREG(st.st_mode))
        snprintf(why, why_len, "is not a regular file");
    else if ((unsigned long long)st.st_size > max_bytes)
        say_limit(why, why_len, max_bytes);
    else
        buf = read_fd(fd, (size_t)st.st_size, max_bytes, len, why, why_len);
    close(fd);
    return buf;
}

char *fileread_all(const char *path, size_t max_bytes, size_t *len, char *why, size_t why_len)
{
    int open_errno;
    return fileread_all_errno(path, max_bytes, len, why, why_len, &open_errno);
}
