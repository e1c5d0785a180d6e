/* admin_usage: the admin panel's summary of one day's visitor log.
 *
 * The panel reads the newest DIR/careerdeck-YYYY-MM-DD.log (analytics.h)
 * when it opens, never per frame: the App has only a monotonic clock, so
 * "today" is the newest day the kiosk logged, labelled with the date from
 * the file name. The summary keeps counts and content ids only, sized for
 * drawing: the bars of each metric are sorted, largest first, and capped. */
#ifndef ADMIN_USAGE_H
#define ADMIN_USAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "analytics.h"
#include "content.h"

/* What the chart can show, one bar per career (or per pair). */
typedef enum {
    ADMIN_USAGE_CARDS = 0, /* cards opened */
    ADMIN_USAGE_DAYS,      /* days walked to the end */
    ADMIN_USAGE_QUIZ,      /* quiz results (the top role) */
    ADMIN_USAGE_PAIRS,     /* compare pairs */
    ADMIN_USAGE_METRICS
} AdminUsageMetric;

enum { ADMIN_USAGE_MAX_BARS = 12 };

typedef struct {
    char key[96];          /* a career id, or "a vs b" for a pair */
    unsigned long count;
} AdminUsageBar;

typedef struct {
    bool found;            /* a log file was read */
    char date[11];         /* its day (UTC), YYYY-MM-DD, from the file name */
    unsigned long sessions, attracts, sessions_ended, skipped;
    uint64_t avg_session_ms;   /* over the sessions that ended; 0 if none */
    int conversion;        /* percent of attract loops a visitor touched; -1 if no loop */
    unsigned long totals[ADMIN_USAGE_METRICS];
    AdminUsageBar bars[ADMIN_USAGE_METRICS][ADMIN_USAGE_MAX_BARS];
    int bar_count[ADMIN_USAGE_METRICS];
    int more[ADMIN_USAGE_METRICS]; /* entries beyond the kept bars */
} AdminUsage;

/* The newest careerdeck-YYYY-MM-DD.log in `dir` (the name only), or false
 * when the folder is unreadable or holds none. */
bool admin_usage_newest_log(const char *dir, char *name, size_t name_len);
/* Sums a report up for the panel. Per-career metrics list every career of
 * the bundle, zeros included (an unopened role is news too), then ids the
 * bundle no longer has; pairs list only what was compared. */
void admin_usage_summarise(AdminUsage *u, const Report *r, const Content *content);
/* Reads the newest log in `log_dir` (NULL: none) into `u`; u->found says
 * whether there was one. */
void admin_usage_load(AdminUsage *u, const char *log_dir, const Content *content);
/* Splits a pair key "a vs b" into its two ids; false if it is not one. */
bool admin_usage_pair_ids(const char *key, char *a, size_t a_len, char *b, size_t b_len);

#endif
