/* Fuzzes the replay script parser and the swipe expansion the player runs
 * on every parsed swipe. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "script.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Script s;
    char err[256];
    if (!script_parse("fuzz.txt", (const char *)data, size, &s, NULL, NULL, err, sizeof err)) {
        if (!memchr(err, '\0', sizeof err) || strncmp(err, "fuzz.txt:", 9) != 0)
            __builtin_trap(); /* errors are one terminated "LABEL:LINE: ..." line */
        return 0;
    }
    ScriptPoint pts[64];
    for (size_t i = 0; i < s.count; i++) {
        const ScriptCmd *c = &s.cmds[i];
        if ((c->kind == SCRIPT_KEY || c->kind == SCRIPT_SHOT) && (!c->text || !*c->text))
            __builtin_trap();
        size_t n = script_swipe_points(c, 16, pts, 64);
        if (c->kind == SCRIPT_SWIPE && (n < 2 || pts[n < 64 ? n - 1 : 63].t_ms > c->ms))
            __builtin_trap();
    }
    script_free(&s);
    return 0;
}
