#include "analytics.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "fileread.h"

static const char *const event_names[EVENT_COUNT] = {
    "attract", "session_start", "session_end", "card_open", "compare", "day_done", "quiz_result",
};

enum { MAX_LINE = 400, MAX_LOG_BYTES = 64 * 1024 * 1024 };

const char *analytics_event_name(EventKind kind)
{
    return (unsigned)kind < EVENT_COUNT ? event_names[kind] : "?";
}

static int event_from_name(const char *name, size_t len)
{
    for (int i = 0; i < EVENT_COUNT; i++)
        if (strlen(event_names[i]) == len && memcmp(event_names[i], name, len) == 0)
            return i;
    return -1;
}

/* ---- writing ------------------------------------------------------------- */

/* Copies an id, replacing anything that could break the line format. */
static void safe_id(char *out, size_t len, const char *in)
{
    size_t o = 0;
    for (; in && *in && o + 1 < len && o < 90; in++) {
        unsigned char c = (unsigned char)*in;
        out[o++] = (c <= ' ' || c == 0x7F) ? '_' : (char)c;
    }
    out[o] = '\0';
}

size_t analytics_format(char *buf, size_t len, uint64_t epoch_ms, EventKind kind,
                        const char *arg1, const char *arg2)
{
    char a[96], b[96];
    safe_id(a, sizeof a, arg1);
    safe_id(b, sizeof b, arg2);
    int n = snprintf(buf, len, "v1\t%" PRIu64 "\t%s%s%s%s%s\n", epoch_ms,
                     analytics_event_name(kind), *a ? "\t" : "", a, *b ? "\t" : "", b);
    return n < 0 ? 0 : (size_t)n < len ? (size_t)n : len - 1;
}

static void day_of(uint64_t epoch_ms, char out[11])
{
    time_t secs = (time_t)(epoch_ms / 1000);
    struct tm tm;
    if (!gmtime_r(&secs, &tm)) {
        snprintf(out, 11, "0000-00-00");
        return;
    }
    /* strftime keeps the compiler's format-width analysis out of the way. */
    if (strftime(out, 11, "%Y-%m-%d", &tm) != 10)
        snprintf(out, 11, "0000-00-00");
}

void analytics_open(AnalyticsLog *log, const char *dir)
{
    memset(log, 0, sizeof *log);
    snprintf(log->dir, sizeof log->dir, "%s", dir ? dir : ".");
    log->fd = -1;
}

void analytics_close(AnalyticsLog *log)
{
    if (log->fd >= 0)
        close(log->fd);
    log->fd = -1;
}

/* Opens (or rotates to) the file for the event's day. */
static bool ensure_file(AnalyticsLog *log, uint64_t epoch_ms)
{
    char day[11];
    day_of(epoch_ms, day);
    if (log->fd >= 0 && strcmp(day, log->day) == 0)
        return true;
    analytics_close(log);
    char path[1200];
    snprintf(path, sizeof path, "%s/careerdeck-%s.log", log->dir, day);
    log->fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (log->fd < 0)
        return false;
    memcpy(log->day, day, sizeof day);
    return true;
}

bool analytics_record(AnalyticsLog *log, uint64_t epoch_ms, EventKind kind, const char *arg1,
                      const char *arg2)
{
    char line[MAX_LINE];
    size_t n = analytics_format(line, sizeof line, epoch_ms, kind, arg1, arg2);
    /* One write() of a whole line with O_APPEND: a crash can tear only this
     * line, never interleave it with another. */
    bool ok = ensure_file(log, epoch_ms) && write(log->fd, line, n) == (ssize_t)n &&
              fsync(log->fd) == 0;
    if (!ok)
        log->write_errors++;
    return ok;
}

/* ---- reading --------------------------------------------------------------- */

void analytics_report_init(Report *r)
{
    memset(r, 0, sizeof *r);
}

static void count_key(ReportCount *items, size_t *count, const char *key)
{
    for (size_t i = 0; i < *count; i++)
        if (strcmp(items[i].key, key) == 0) {
            items[i].count++;
            return;
        }
    if (*count == REPORT_MAX_KEYS)
        return; /* bounded: a log full of junk ids cannot grow the report */
    snprintf(items[*count].key, sizeof items[*count].key, "%s", key);
    items[(*count)++].count = 1;
}

typedef struct {
    uint64_t ms;
    int event;
    char arg1[96], arg2[96];
} LogLine;

/* Splits one line (without its '\n') into fields; false if malformed. */
static bool parse_line(const char *s, size_t len, LogLine *out)
{
    const char *fields[5];
    size_t lens[5], n = 0, start = 0;
    for (size_t i = 0; i <= len && n < 5; i++)
        if (i == len || s[i] == '\t') {
            fields[n] = s + start;
            lens[n++] = i - start;
            start = i + 1;
        }
    if (n < 3 || lens[0] != 2 || memcmp(fields[0], "v1", 2) != 0 || lens[1] == 0 || lens[1] > 19)
        return false;
    out->ms = 0;
    for (size_t i = 0; i < lens[1]; i++) {
        if (fields[1][i] < '0' || fields[1][i] > '9')
            return false;
        out->ms = out->ms * 10 + (uint64_t)(fields[1][i] - '0');
    }
    out->event = event_from_name(fields[2], lens[2]);
    if (out->event < 0)
        return false;
    snprintf(out->arg1, sizeof out->arg1, "%.*s", n > 3 ? (int)lens[3] : 0, n > 3 ? fields[3] : "");
    snprintf(out->arg2, sizeof out->arg2, "%.*s", n > 4 ? (int)lens[4] : 0, n > 4 ? fields[4] : "");
    return true;
}

static void apply_line(Report *r, const LogLine *l)
{
    if (!r->first_ms || l->ms < r->first_ms)
        r->first_ms = l->ms;
    if (l->ms > r->last_ms)
        r->last_ms = l->ms;
    char pair[200];
    switch ((EventKind)l->event) {
    case EVENT_ATTRACT: r->attracts++; break;
    case EVENT_SESSION_START: r->sessions++; break;
    case EVENT_SESSION_END:
        r->sessions_ended++;
        r->session_ms_total += strtoull(l->arg1, NULL, 10);
        break;
    case EVENT_CARD_OPEN: count_key(r->cards, &r->card_count, l->arg1); break;
    case EVENT_COMPARE:
        /* Order-free: "a vs b" and "b vs a" are the same comparison. */
        snprintf(pair, sizeof pair, "%s vs %s", strcmp(l->arg1, l->arg2) <= 0 ? l->arg1 : l->arg2,
                 strcmp(l->arg1, l->arg2) <= 0 ? l->arg2 : l->arg1);
        count_key(r->pairs, &r->pair_count, pair);
        break;
    case EVENT_DAY_DONE: count_key(r->days, &r->day_count, l->arg1); break;
    case EVENT_QUIZ_RESULT: count_key(r->quiz, &r->quiz_count, l->arg1); break;
    case EVENT_COUNT: break;
    }
}

void analytics_report_add_text(Report *r, const char *text, size_t len)
{
    size_t start = 0;
    for (size_t i = 0; i < len; i++) {
        if (text[i] != '\n')
            continue;
        LogLine l;
        r->lines++;
        if (i - start < MAX_LINE && parse_line(text + start, i - start, &l))
            apply_line(r, &l);
        else
            r->skipped++;
        start = i + 1;
    }
    if (start < len) { /* a torn last line: the writer died mid-write */
        r->lines++;
        r->skipped++;
    }
}

bool analytics_report_add_file(Report *r, const char *path, char *why, size_t why_len)
{
    char reason[160];
    size_t n = 0;
    char *buf = fileread_all(path, MAX_LOG_BYTES, &n, reason, sizeof reason); /* a FIFO never blocks */
    if (!buf) {
        if (why && why_len)
            snprintf(why, why_len, "%s", reason);
        return false;
    }
    analytics_report_add_text(r, buf, n);
    free(buf);
    return true;
}

static int by_count_desc(const void *a, const void *b)
{
    const ReportCount *x = a, *y = b;
    if (x->count != y->count)
        return x->count < y->count ? 1 : -1;
    return strcmp(x->key, y->key);
}

static void print_counts(FILE *out, const char *title, const ReportCount *items, size_t n)
{
    fprintf(out, "\n%s\n", title);
    if (n == 0) {
        fprintf(out, "  (none)\n");
        return;
    }
    ReportCount sorted[REPORT_MAX_KEYS];
    memcpy(sorted, items, n * sizeof *items);
    qsort(sorted, n, sizeof *sorted, by_count_desc);
    for (size_t i = 0; i < n; i++)
        fprintf(out, "  %-48s %8lu\n", sorted[i].key, sorted[i].count);
}

void analytics_report_print(const Report *r, FILE *out)
{
    double avg_s = r->sessions_ended ? (double)r->session_ms_total / 1000.0 / (double)r->sessions_ended
                                     : 0.0;
    double conversion = r->attracts ? 100.0 * (double)r->sessions / (double)r->attracts : 0.0;
    fprintf(out, "CareerDeck visitor report\n");
    fprintf(out, "  %-48s %8lu\n", "sessions", r->sessions);
    fprintf(out, "  %-48s %8.0f\n", "average session length (s)", avg_s);
    fprintf(out, "  %-48s %8lu\n", "attract loops shown", r->attracts);
    fprintf(out, "  %-48s %7.0f%%\n", "attract-to-session conversion", conversion);
    print_counts(out, "Cards opened", r->cards, r->card_count);
    print_counts(out, "Comparisons", r->pairs, r->pair_count);
    print_counts(out, "Days walked through", r->days, r->day_count);
    print_counts(out, "Quiz results (top role)", r->quiz, r->quiz_count);
    if (r->skipped)
        fprintf(out, "\n%lu of %lu lines skipped (torn or malformed)\n", r->skipped, r->lines);
}
