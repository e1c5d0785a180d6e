/* utf8: strict UTF-8 (RFC 3629) validation and decoding.
 *
 * cJSON copies string bytes through unchecked and the renderer must never
 * feed malformed text to the font library, so everything that reads bundle
 * text goes through here. "Strict" means: no overlong forms (C0 80, E0 80 80,
 * ...), no UTF-16 surrogates (U+D800..U+DFFF), nothing above U+10FFFF, no
 * stray continuation bytes and no sequence cut short by the end of the
 * buffer. Lengths are explicit, so embedded NUL bytes are ordinary U+0000. */
#ifndef UTF8_H
#define UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define UTF8_REPLACEMENT 0xFFFDu  /* what utf8_next() yields for bad bytes */
#define UTF8_MAX_CODEPOINT 0x10FFFFu
#define UTF8_MAX_BYTES 4

/* Decodes the sequence at s[0..len). Returns its length in bytes (1..4) and
 * stores the code point in *cp. Returns 0 and stores U+FFFD when len is 0 or
 * the bytes there are not one complete, shortest-form, non-surrogate
 * sequence. */
size_t utf8_decode(const char *s, size_t len, uint32_t *cp);

/* For loops over text: the code point at s[*pos] (*pos < len), advancing
 * *pos past it. A malformed byte yields U+FFFD and advances by exactly one
 * byte, so a loop always ends and never reads past `len`. */
uint32_t utf8_next(const char *s, size_t len, size_t *pos);

/* True when all of s[0..len) is well-formed. On false, *bad_offset (if not
 * NULL) receives the byte offset of the first malformed sequence. */
bool utf8_valid(const char *s, size_t len, size_t *bad_offset);

/* Code points in s[0..len), counting each malformed byte as one (as
 * utf8_next() steps). */
size_t utf8_count(const char *s, size_t len);

/* Writes the encoding of `cp` to out[0..4) (not NUL-terminated) and returns
 * its length, 1..4; returns 0 and writes nothing for a surrogate or a value
 * above U+10FFFF. */
size_t utf8_encode(uint32_t cp, char out[UTF8_MAX_BYTES]);

/* Drops a UTF-8 sequence cut short at the end of `s` (after a truncating
 * snprintf), so the renderer never gets invalid text. */
void utf8_trim_partial(char *s);

#endif
