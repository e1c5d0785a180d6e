/* qr: QR codes for the take-home links, made with libqrencode.
 * The matrix is plain data; the render backend turns it into one cached
 * texture per (text, size), so a code costs nothing per frame. */
#ifndef QR_H
#define QR_H

#include <stdbool.h>

typedef struct {
    int size;                /* modules per side, without the quiet zone */
    unsigned char *dark;     /* size*size, 1 = dark module; owned */
} QrCode;

enum { QR_QUIET_ZONE = 4 };  /* light modules around the code, per the spec */

/* Encodes `text` (a URL) with medium error correction. False on failure
 * (empty text, too long for a QR code, out of memory). */
bool qr_encode(const char *text, QrCode *out);
void qr_free(QrCode *qr);
bool qr_is_dark(const QrCode *qr, int x, int y); /* false outside the code */

#endif
