#include "utf8.h"

#include <string.h>

/* What a lead byte promises: the sequence length, the payload bits it
 * carries and the smallest code point that length may encode (anything
 * below is an overlong form). Returns false for bytes that can never start
 * a sequence: continuation bytes 80..BF, C0/C1 (always overlong) and
 * F5..FF (always above U+10FFFF). */
static bool lead_byte(unsigned char b, size_t *need, uint32_t *bits, uint32_t *min)
{
    if (b >= 0xC2 && b <= 0xDF) {
        *need = 2; *bits = b & 0x1Fu; *min = 0x80u;
    } else if (b >= 0xE0 && b <= 0xEF) {
        *need = 3; *bits = b & 0x0Fu; *min = 0x800u;
    } else if (b >= 0xF0 && b <= 0xF4) {
        *need = 4; *bits = b & 0x07u; *min = 0x10000u;
    } else {
        return false;
    }
    return true;
}

size_t utf8_decode(const char *s, size_t len, uint32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t need;
    uint32_t c, min;

    *cp = UTF8_REPLACEMENT;
    if (len == 0)
        return 0;
    if (u[0] < 0x80) {
        *cp = u[0];
        return 1;
    }
    if (!lead_byte(u[0], &need, &c, &min) || len < need)
        return 0;
    for (size_t i = 1; i < need; i++) {
        if ((u[i] & 0xC0u) != 0x80u)
            return 0;
        c = (c << 6) | (u[i] & 0x3Fu);
    }
    /* The lead byte alone cannot rule these out: E0 80..9F is overlong,
     * ED A0..BF is a surrogate, F4 90.. is above U+10FFFF. */
    if (c < min || c > UTF8_MAX_CODEPOINT || (c >= 0xD800u && c <= 0xDFFFu))
        return 0;
    *cp = c;
    return need;
}

uint32_t utf8_next(const char *s, size_t len, size_t *pos)
{
    uint32_t cp;
    size_t n = utf8_decode(s + *pos, len - *pos, &cp);
    *pos += n ? n : 1;
    return cp;
}

bool utf8_valid(const char *s, size_t len, size_t *bad_offset)
{
    size_t pos = 0;
    uint32_t cp;
    while (pos < len) {
        /* ASCII fast path: most bundle text is plain English. */
        if ((unsigned char)s[pos] < 0x80) {
            pos++;
            continue;
        }
        size_t n = utf8_decode(s + pos, len - pos, &cp);
        if (n == 0) {
            if (bad_offset)
                *bad_offset = pos;
            return false;
        }
        pos += n;
    }
    return true;
}

size_t utf8_count(const char *s, size_t len)
{
    size_t pos = 0, count = 0;
    while (pos < len) {
        utf8_next(s, len, &pos);
        count++;
    }
    return count;
}

size_t utf8_encode(uint32_t cp, char out[UTF8_MAX_BYTES])
{
    if (cp < 0x80u) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800u) {
        out[0] = (char)(0xC0u | (cp >> 6));
        out[1] = (char)(0x80u | (cp & 0x3Fu));
        return 2;
    }
    if ((cp >= 0xD800u && cp <= 0xDFFFu) || cp > UTF8_MAX_CODEPOINT)
        return 0;
    if (cp < 0x10000u) {
        out[0] = (char)(0xE0u | (cp >> 12));
        out[1] = (char)(0x80u | ((cp >> 6) & 0x3Fu));
        out[2] = (char)(0x80u | (cp & 0x3Fu));
        return 3;
    }
    out[0] = (char)(0xF0u | (cp >> 18));
    out[1] = (char)(0x80u | ((cp >> 12) & 0x3Fu));
    out[2] = (char)(0x80u | ((cp >> 6) & 0x3Fu));
    out[3] = (char)(0x80u | (cp & 0x3Fu));
    return 4;
}

void utf8_trim_partial(char *s)
{
    size_t n = strlen(s), i = n;
    while (i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
        i--;
    if (i == 0 || ((unsigned char)s[i - 1] & 0x80) == 0)
        return;
    unsigned char lead = (unsigned char)s[i - 1];
    size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    if (n - (i - 1) < need)
        s[i - 1] = '\0';
}
