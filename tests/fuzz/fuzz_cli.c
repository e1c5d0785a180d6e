/* Fuzzes the command line: the input split at NUL bytes (or newlines) into
 * arguments after "careerdeck". */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "fuzz.h"

enum { MAX_ARGS = 64 };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_cstring(data, size);
    if (!text)
        return 0;
    char *argv[MAX_ARGS + 2] = {"careerdeck"};
    int argc = 1;
    for (size_t i = 0, start = 0; i <= size && argc <= MAX_ARGS; i++)
        if (i == size || text[i] == '\0' || text[i] == '\n') {
            text[i] = '\0';
            argv[argc++] = text + start;
            start = i + 1;
        }
    argv[argc] = NULL;
    CliOptions opts;
    char err[512];
    err[0] = '\0';
    if (!cli_parse(argc, argv, &opts, err, sizeof err) && !memchr(err, '\0', sizeof err))
        __builtin_trap();
    int w, h;
    if (cli_parse_size(argv[argc - 1], &w, &h) && (w <= 0 || h <= 0))
        __builtin_trap();
    free(text);
    return 0;
}
