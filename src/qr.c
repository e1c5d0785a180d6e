#include "qr.h"

#include <stdlib.h>
#include <string.h>

#include <qrencode.h>

enum { QR_MAX_TEXT = 1024 };

bool qr_encode(const char *text, QrCode *out)
{
    memset(out, 0, sizeof *out);
    if (!text || !*text || strlen(text) > QR_MAX_TEXT)
        return false;
    QRcode *code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return false;
    size_t n = (size_t)code->width * (size_t)code->width;
    out->dark = malloc(n);
    if (out->dark) {
        out->size = code->width;
        for (size_t i = 0; i < n; i++)
            out->dark[i] = code->data[i] & 1; /* bit 0: the module is dark */
    }
    QRcode_free(code);
    return out->dark != NULL;
}

void qr_free(QrCode *qr)
{
    free(qr->dark);
    memset(qr, 0, sizeof *qr);
}

bool qr_is_dark(const QrCode *qr, int x, int y)
{
    return x >= 0 && y >= 0 && x < qr->size && y < qr->size && qr->dark[y * qr->size + x];
}
