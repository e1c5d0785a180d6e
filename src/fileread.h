/* fileread: a whole file from outside (a script, a visitor log, an image)
 * read into memory without ever blocking or reading without bound.
 *
 * The file is opened with O_NONBLOCK, so a FIFO or device named by mistake
 * is refused instead of hanging the app; only a regular file of at most
 * `max_bytes` is read. The bundle loader (content.c) reads content.json
 * through it too. */
#ifndef FILEREAD_H
#define FILEREAD_H

#include <stddef.h>

/* Returns the bytes with a NUL after them (caller frees) and their count
 * in *len, or NULL with a short reason in `why` that does not name the
 * file: "cannot open: No such file or directory", "is a folder; expected
 * a file", "is not a regular file", "larger than the 1 MB limit", ... */
char *fileread_all(const char *path, size_t max_bytes, size_t *len, char *why, size_t why_len);
/* The same, and when the file could not be opened at all, open()'s errno in
 * *open_errno (0 otherwise), so a caller can say "not found" its own way. */
char *fileread_all_errno(const char *path, size_t max_bytes, size_t *len, char *why,
                         size_t why_len, int *open_errno);

#endif
