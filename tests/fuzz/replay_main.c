/* replay_main: runs a fuzz harness over corpus files without libFuzzer.
 * Usage: replay_<target> FILE...   Exit 0 when every file ran; a crash or a
 * sanitizer report ends the process as it would under the fuzzer. */
#include <stdio.h>
#include <stdlib.h>

#include "fuzz.h"

static int replay_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return 1;
    }
    size_t cap = 4096, len = 0;
    uint8_t *buf = malloc(cap);
    size_t n;
    while (buf && (n = fread(buf + len, 1, cap - len, f)) > 0) {
        len += n;
        if (len == cap) {
            uint8_t *grown = realloc(buf, cap *= 2);
            if (!grown)
                free(buf);
            buf = grown;
        }
    }
    fclose(f);
    if (!buf) {
        fprintf(stderr, "%s: out of memory\n", path);
        return 1;
    }
    LLVMFuzzerTestOneInput(buf, len);
    free(buf);
    return 0;
}

int main(int argc, char **argv)
{
    int failed = 0;
    for (int i = 1; i < argc; i++)
        failed |= replay_file(argv[i]);
    printf("%s: %d inputs replayed\n", argc > 0 ? argv[0] : "replay", argc - 1);
    return failed;
}
