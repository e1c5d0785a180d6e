/* pin: the admin PIN, stored only as a salted, stretched hash, and the
 * back-off that makes guessing at the kiosk hopeless.
 *
 * Stored form (bundle settings.admin_pin or $CAREERDECK_ADMIN_PIN_HASH):
 *   sha256:<iterations>:<salt hex>:<hash hex>
 * where hash = SHA-256 applied `iterations` times to salt || pin, then to
 * salt || previous digest. `careerdeck --hash-pin` prints one. */
#ifndef PIN_H
#define PIN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { PIN_DEFAULT_ITERATIONS = 20000, PIN_MAX_DIGITS = 12 };

/* Writes the stored form of `pin` with the given salt bytes into out. */
bool pin_hash(const char *pin, const uint8_t *salt, size_t salt_len, unsigned iterations,
              char *out, size_t out_len);
/* True if `pin` matches the stored form; false for a malformed one too. */
bool pin_verify(const char *pin, const char *stored);
/* True if `stored` is well formed. */
bool pin_stored_valid(const char *stored);

/* Wrong guesses lock the pad for a doubling delay: 1 s after the third
 * wrong PIN, then 2, 4 ... up to 5 minutes. */
typedef struct {
    unsigned failures;
    uint64_t locked_until_ms;
} PinBackoff;

bool pin_backoff_locked(const PinBackoff *b, uint64_t now_ms);
void pin_backoff_fail(PinBackoff *b, uint64_t now_ms);
void pin_backoff_reset(PinBackoff *b);

#endif
