/* Fuzzes strict UTF-8 decoding and checks its functions agree. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    size_t bad = 0, count = 0, pos = 0;
    bool valid = utf8_valid(s, size, &bad);
    bool clean = true;
    while (pos < size) {
        size_t at = pos;
        uint32_t cp = 0;
        size_t n = utf8_decode(s + at, size - at, &cp);
        uint32_t next = utf8_next(s, size, &pos);
        char enc[UTF8_MAX_BYTES];
        if (n == 0 ? (pos != at + 1 || next != UTF8_REPLACEMENT) : (pos != at + n || next != cp))
            __builtin_trap();
        if (n && (utf8_encode(cp, enc) != n || memcmp(enc, s + at, n) != 0))
            __builtin_trap(); /* strict: every accepted sequence is the shortest form */
        if (!n && clean) {
            clean = false;
            if (valid || bad != at)
                __builtin_trap();
        }
        count++;
    }
    if (clean != valid || count != utf8_count(s, size))
        __builtin_trap();
    char *z = fuzz_cstring(data, size);
    if (z) {
        size_t before = strlen(z);
        utf8_trim_partial(z);
        if (strlen(z) > before || before - strlen(z) > 3)
            __builtin_trap();
        free(z);
    }
    return 0;
}
