/* Fuzzes the stored-PIN parser: "PIN\nSTORED" checks PIN against STORED.
 * Stretching is skipped above 64 iterations so each run stays fast; the
 * parser is the same either way. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "pin.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_cstring(data, size);
    if (!text)
        return 0;
    char *nl = strchr(text, '\n');
    const char *pin = "1234", *stored = text;
    if (nl) {
        *nl = '\0';
        pin = text;
        stored = nl + 1;
    }
    bool valid = pin_stored_valid(stored);
    unsigned long it = strncmp(stored, "sha256:", 7) == 0 ? strtoul(stored + 7, NULL, 10) : 0;
    if (valid && it <= 64)
        (void)pin_verify(pin, stored);
    else if (!valid && pin_verify(pin, stored))
        __builtin_trap(); /* a malformed hash never accepts a PIN */
    free(text);
    return 0;
}
