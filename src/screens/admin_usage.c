#include "screens/admin_usage.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LOG_PREFIX "careerdeck-"
#define LOG_SUFFIX ".log"

/* careerdeck-YYYY-MM-DD.log exactly: anything else in the folder (a
 * partial sync, an editor's backup) is not a day's log. */
static bool is_log_name(const char *name)
{
    size_t pre = strlen(LOG_PREFIX);
    if (strlen(name) != pre + 10 + strlen(LOG_SUFFIX) || strncmp(name, LOG_PREFIX, pre) != 0 ||
        strcmp(name + pre + 10, LOG_SUFFIX) != 0)
        return false;
    for (size_t i = 0; i < 10; i++) {
        char c = name[pre + i];
        if (i == 4 || i == 7 ? c != '-' : (c < '0' || c > '9'))
            return false;
    }
    return true;
}

bool admin_usage_newest_log(const char *dir, char *name, size_t name_len)
{
    DIR *d = dir && *dir ? opendir(dir) : NULL;
    if (!d)
        return false;
    char best[256] = ""; /* as long as any d_name, so the copy never truncates */
    struct dirent *e;
    /* ISO dates sort as strings, so the greatest name is the newest day. */
    while ((e = readdir(d)) != NULL)
        if (is_log_name(e->d_name) && strcmp(e->d_name, best) > 0)
            snprintf(best, sizeof best, "%s", e->d_name);
    closedir(d);
    if (!*best)
        return false;
    snprintf(name, name_len, "%s", best);
    return true;
}

bool admin_usage_pair_ids(const char *key, char *a, size_t a_len, char *b, size_t b_len)
{
    const char *vs = key ? strstr(key, " vs ") : NULL;
    if (!vs || vs == key || !vs[4])
        return false;
    snprintf(a, a_len, "%.*s", (int)(vs - key), key);
    snprintf(b, b_len, "%s", vs + 4);
    return true;
}

/* Largest first; ties keep their order (the bundle's), so bars never
 * swap places between two visits with the same counts. */
static void sort_bars(AdminUsageBar *bars, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        AdminUsageBar b = bars[i];
        size_t j = i;
        for (; j > 0 && bars[j - 1].count < b.count; j--)
            bars[j] = bars[j - 1];
        bars[j] = b;
    }
}

static unsigned long count_of(const ReportCount *items, size_t n, const char *key)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(items[i].key, key) == 0)
            return items[i].count;
    return 0;
}

/* Every bundle career, then logged ids the bundle does not have. */
static size_t gather(AdminUsageBar *all, size_t cap, const ReportCount *items, size_t n,
                     const Content *content, bool per_career)
{
    size_t k = 0;
    size_t careers = per_career && content ? content->career_count : 0;
    for (size_t i = 0; i < careers && k < cap; i++, k++) {
        snprintf(all[k].key, sizeof all[k].key, "%s", content->careers[i].id);
        all[k].count = count_of(items, n, content->careers[i].id);
    }
    for (size_t i = 0; i < n && k < cap; i++) {
        if (per_career && content && content_career_index(content, items[i].key) >= 0)
            continue;
        snprintf(all[k].key, sizeof all[k].key, "%s", items[i].key);
        all[k++].count = items[i].count;
    }
    return k;
}

static void summarise_metric(AdminUsage *u, AdminUsageMetric m, const ReportCount *items,
                             size_t n, const Content *content)
{
    enum { CAP = REPORT_MAX_KEYS + CONTENT_MAX_CAREERS };
    AdminUsageBar *all = malloc(sizeof *all * CAP);
    u->totals[m] = 0;
    for (size_t i = 0; i < n; i++)
        u->totals[m] += items[i].count;
    if (!all) { /* out of memory: the totals still show */
        u->bar_count[m] = u->more[m] = 0;
        return;
    }
    size_t k = gather(all, CAP, items, n, content, m != ADMIN_USAGE_PAIRS);
    sort_bars(all, k);
    size_t keep = k < ADMIN_USAGE_MAX_BARS ? k : ADMIN_USAGE_MAX_BARS;
    memcpy(u->bars[m], all, keep * sizeof *all);
    u->bar_count[m] = (int)keep;
    u->more[m] = (int)(k - keep);
    free(all);
}

void admin_usage_summarise(AdminUsage *u, const Report *r, const Content *content)
{
    u->sessions = r->sessions;
    u->attracts = r->attracts;
    u->sessions_ended = r->sessions_ended;
    u->skipped = r->skipped;
    u->avg_session_ms = r->sessions_ended ? r->session_ms_total / r->sessions_ended : 0;
    /* A kiosk started straight at home logs a session without a loop
     * before it, so the ratio can pass 100%: it is capped. */
    u->conversion = -1;
    if (r->attracts) {
        unsigned long pct = (r->sessions * 100ul + r->attracts / 2) / r->attracts;
        u->conversion = pct > 100 ? 100 : (int)pct;
    }
    summarise_metric(u, ADMIN_USAGE_CARDS, r->cards, r->card_count, content);
    summarise_metric(u, ADMIN_USAGE_DAYS, r->days, r->day_count, content);
    summarise_metric(u, ADMIN_USAGE_QUIZ, r->quiz, r->quiz_count, content);
    summarise_metric(u, ADMIN_USAGE_PAIRS, r->pairs, r->pair_count, content);
}

void admin_usage_load(AdminUsage *u, const char *log_dir, const Content *content)
{
    char name[64], path[2048];
    memset(u, 0, sizeof *u);
    u->conversion = -1;
    if (!admin_usage_newest_log(log_dir, name, sizeof name))
        return;
    Report *r = malloc(sizeof *r); /* ~100 KB: kept off the stack */
    if (!r)
        return;
    analytics_report_init(r);
    snprintf(path, sizeof path, "%s/%s", log_dir, name);
    if (analytics_report_add_file(r, path, NULL, 0)) {
        u->found = true;
        snprintf(u->date, sizeof u->date, "%.10s", name + strlen(LOG_PREFIX));
        admin_usage_summarise(u, r, content);
    }
    free(r);
}
