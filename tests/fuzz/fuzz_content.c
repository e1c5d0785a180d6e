/* Fuzzes the bundle loader and validator on JSON text in memory (no files:
 * bundle_dir is NULL), then the lookups screens make on what it returns. */
#include <stdio.h>
#include <string.h>

#include "content.h"
#include "fuzz.h"

static bool no_glyph_for_tilde(void *user, unsigned cp)
{
    (void)user;
    return cp != 0x7Eu; /* exercises the missing-glyph reports */
}

static void touch_content(const Content *c)
{
    size_t total = 0;
    for (int lang = 0; lang < LANG_COUNT; lang++) {
        total += strlen(ltext_get(&c->title, (Lang)lang));
        for (size_t i = 0; i < c->career_count; i++) {
            const Career *k = &c->careers[i];
            total += strlen(ltext_get(&k->name, (Lang)lang));
            if (content_career_index(c, k->id) != (int)i)
                __builtin_trap(); /* ids are unique after validation */
            for (size_t d = 0; d < k->day_count; d++)
                total += strlen(k->day[d].time);
        }
        for (size_t i = 0; i < c->ui_count; i++)
            total += strlen(content_ui(c, c->ui_keys[i], (Lang)lang));
        for (size_t q = 0; q < c->quiz.question_count; q++)
            total += c->quiz.questions[q].answer_count;
    }
    (void)content_source(c, -1);
    (void)content_source(c, (int)c->source_count);
    (void)total;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ContentHooks hooks = {NULL, NULL, no_glyph_for_tilde};
    ContentReport report = {0};
    Content *c = content_parse((const char *)data, size, "fuzz.json", NULL, &hooks, &report);
    if (c)
        touch_content(c);
    for (size_t i = 0; i < report.count; i++)
        if (!report.items[i].file || !report.items[i].path || !report.items[i].message)
            __builtin_trap(); /* every item prints as FILE: PATH: message */
    content_free(c);
    content_report_free(&report);
    return 0;
}
