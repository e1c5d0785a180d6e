/* Fuzzes the visitor-log reader behind --report and the table it prints. */
#include <stdio.h>

#include "analytics.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *sink;
    if (!sink)
        sink = fopen("/dev/null", "w");
    static Report r; /* large; reinitialised every run */
    analytics_report_init(&r);
    analytics_report_add_text(&r, (const char *)data, size);
    if (r.skipped > r.lines || r.card_count > REPORT_MAX_KEYS || r.pair_count > REPORT_MAX_KEYS)
        __builtin_trap();
    if (sink)
        analytics_report_print(&r, sink);
    return 0;
}
