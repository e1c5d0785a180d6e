/* sha256: SHA-256 (FIPS 180-4), written for this project, used to check the
 * admin PIN against a salted hash so the PIN itself is never stored. */
#ifndef SHA256_H
#define SHA256_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint32_t state[8];
    uint64_t bytes;
    uint8_t block[64];
    size_t used;
} Sha256;

void sha256_init(Sha256 *h);
void sha256_update(Sha256 *h, const void *data, size_t len);
void sha256_final(Sha256 *h, uint8_t out[32]);
/* One-shot convenience. */
void sha256(const void *data, size_t len, uint8_t out[32]);

#endif
