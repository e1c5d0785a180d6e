/* test_support: small helpers shared by the cmocka test programs. */
#ifndef TEST_SUPPORT_H
#define TEST_SUPPORT_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

/* Repository root: $CAREERDECK_ROOT (set by the Makefile) or ".". */
static inline const char *test_root(void)
{
    const char *root = getenv("CAREERDECK_ROOT");
    return root && *root ? root : ".";
}

/* Joins test_root() and a relative path into `buf`. */
static inline const char *test_path(char *buf, size_t len, const char *rel)
{
    snprintf(buf, len, "%s/%s", test_root(), rel);
    return buf;
}



#include "drawlist.h"
#include "text.h"

/* The first text command in `dl` whose text contains `needle`, or NULL. */
static inline const DrawCmd *text_containing(const DrawList *dl, const char *needle)
{
    for (size_t i = 0; i < dl->count; i++)
        if (dl->cmds[i].kind == DRAW_TEXT && strstr(drawlist_cmd_text(dl, &dl->cmds[i]), needle))
            return &dl->cmds[i];
    return NULL;
}

/* A fake text measurer: every byte is half the font size wide and lines are
 * 1.25 sizes apart, so layout tests know exact widths without any font. */
static inline float fake_width(void *user, const TextStyle *style, const char *text, size_t len)
{
    (void)user;
    (void)text;
    return 0.5f * style->px * (float)len;
}

static inline float fake_line_height(void *user, const TextStyle *style)
{
    (void)user;
    return 1.25f * style->px;
}

static inline TextMeasurer fake_measurer(void)
{
    TextMeasurer m = {NULL, fake_width, fake_line_height};
    return m;
}
#endif
