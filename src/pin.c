#include "pin.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sha256.h"

enum { MAX_SALT = 32, MAX_ITERATIONS = 1000000 };

static void to_hex(const uint8_t *bytes, size_t n, char *out)
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = digits[bytes[i] >> 4];
        out[2 * i + 1] = digits[bytes[i] & 15];
    }
    out[2 * n] = '\0';
}

static int hex_value(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Parses exactly `n` bytes of lowercase hex ending at a ':' or NUL. */
static bool from_hex(const char *s, size_t chars, uint8_t *out)
{
    for (size_t i = 0; i < chars / 2; i++) {
        int hi = hex_value(s[2 * i]), lo = hex_value(s[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        out[i] = (uint8_t)(hi << 4 | lo);
    }
    return chars % 2 == 0;
}

static bool pin_well_formed(const char *pin)
{
    size_t n = pin ? strlen(pin) : 0;
    if (n < 4 || n > PIN_MAX_DIGITS)
        return false;
    for (size_t i = 0; i < n; i++)
        if (pin[i] < '0' || pin[i] > '9')
            return false;
    return true;
}

static void stretch(const char *pin, const uint8_t *salt, size_t salt_len, unsigned iterations,
                    uint8_t digest[32])
{
    Sha256 h;
    sha256_init(&h);
    sha256_update(&h, salt, salt_len);
    sha256_update(&h, pin, strlen(pin));
    sha256_final(&h, digest);
    for (unsigned i = 1; i < iterations; i++) {
        sha256_init(&h);
        sha256_update(&h, salt, salt_len);
        sha256_update(&h, digest, 32);
        sha256_final(&h, digest);
    }
}

bool pin_hash(const char *pin, const uint8_t *salt, size_t salt_len, unsigned iterations,
              char *out, size_t out_len)
{
    if (!pin_well_formed(pin) || salt_len == 0 || salt_len > MAX_SALT || iterations == 0 ||
        iterations > MAX_ITERATIONS)
        return false;
    uint8_t digest[32];
    stretch(pin, salt, salt_len, iterations, digest);
    char salt_hex[2 * MAX_SALT + 1], hash_hex[65];
    to_hex(salt, salt_len, salt_hex);
    to_hex(digest, 32, hash_hex);
    int n = snprintf(out, out_len, "sha256:%u:%s:%s", iterations, salt_hex, hash_hex);
    return n > 0 && (size_t)n < out_len;
}

typedef struct {
    unsigned iterations;
    uint8_t salt[MAX_SALT];
    size_t salt_len;
    uint8_t hash[32];
} StoredPin;

static bool parse_stored(const char *stored, StoredPin *p)
{
    if (!stored || strncmp(stored, "sha256:", 7) != 0)
        return false;
    char *end;
    unsigned long it = strtoul(stored + 7, &end, 10);
    if (end == stored + 7 || *end != ':' || it == 0 || it > MAX_ITERATIONS)
        return false;
    const char *salt = end + 1, *colon = strchr(salt, ':');
    if (!colon)
        return false;
    size_t salt_chars = (size_t)(colon - salt), hash_chars = strlen(colon + 1);
    if (salt_chars == 0 || salt_chars > 2 * MAX_SALT || hash_chars != 64)
        return false;
    p->iterations = (unsigned)it;
    p->salt_len = salt_chars / 2;
    return from_hex(salt, salt_chars, p->salt) && from_hex(colon + 1, 64, p->hash);
}

bool pin_stored_valid(const char *stored)
{
    StoredPin p;
    return parse_stored(stored, &p);
}

bool pin_verify(const char *pin, const char *stored)
{
    StoredPin p;
    if (!pin_well_formed(pin) || !parse_stored(stored, &p))
        return false;
    uint8_t digest[32];
    stretch(pin, p.salt, p.salt_len, p.iterations, digest);
    uint8_t diff = 0; /* compare every byte: no early exit to time */
    for (int i = 0; i < 32; i++)
        diff |= (uint8_t)(digest[i] ^ p.hash[i]);
    return diff == 0;
}

bool pin_backoff_locked(const PinBackoff *b, uint64_t now_ms)
{
    return now_ms < b->locked_until_ms;
}

void pin_backoff_fail(PinBackoff *b, uint64_t now_ms)
{
    b->failures++;
    if (b->failures < 3)
        return;
    unsigned shift = b->failures - 3 < 9 ? b->failures - 3 : 9;
    uint64_t delay = 1000ull << shift;
    if (delay > 300000)
        delay = 300000;
    b->locked_until_ms = now_ms + delay;
}

void pin_backoff_reset(PinBackoff *b)
{
    b->failures = 0;
    b->locked_until_ms = 0;
}
