/* fuzz: the libFuzzer entry point every harness in tests/fuzz/ defines.
 *
 * `make fuzz` links each harness with clang's libFuzzer (-fsanitize=fuzzer);
 * `make test` links the same harness with replay_main.c, which feeds it every
 * file of tests/fuzz/corpus/<target>/ so CI replays old findings without
 * clang. A harness must not print, keep state between calls, or leak. */
#ifndef FUZZ_H
#define FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The input as a NUL-terminated string the caller frees (NULL if out of
 * memory); an embedded NUL simply ends it early. */
static inline char *fuzz_cstring(const uint8_t *data, size_t size)
{
    char *text = malloc(size + 1);
    if (text) {
        memcpy(text, data, size);
        text[size] = '\0';
    }
    return text;
}

#endif
