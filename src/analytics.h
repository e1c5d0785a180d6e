/* analytics: a private, append-only log of what visitors looked at, and the
 * report that merges logs from one or many kiosks.
 *
 * Privacy by design: an event names only content (career ids) and counts;
 * there is nothing about a person to store. Durability: every event is one
 * whole line written with a single write() and fsync()ed, so a power cut
 * leaves at most a torn last line, which the reader skips. Files rotate
 * daily by name: DIR/careerdeck-YYYY-MM-DD.log (UTC).
 *
 * Line format (tab-separated, version first so the format can evolve):
 *   v1 <epoch_ms> <event> [<arg1> [<arg2>]]\n
 */
#ifndef ANALYTICS_H
#define ANALYTICS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef enum {
    EVENT_ATTRACT = 0, /* the attract loop started */
    EVENT_SESSION_START,
    EVENT_SESSION_END, /* arg1: session length in ms */
    EVENT_CARD_OPEN,   /* arg1: career id */
    EVENT_COMPARE,     /* arg1, arg2: career ids */
    EVENT_DAY_DONE,    /* arg1: career id (walked to the end) */
    EVENT_QUIZ_RESULT, /* arg1: top career id */
    EVENT_COUNT
} EventKind;

const char *analytics_event_name(EventKind kind);

/* ---- writing ---- */

typedef struct {
    char dir[1024];
    int fd;               /* -1 when closed */
    char day[11];         /* YYYY-MM-DD of the open file */
    unsigned long write_errors;
} AnalyticsLog;

void analytics_open(AnalyticsLog *log, const char *dir);
void analytics_close(AnalyticsLog *log);
/* Appends one event at wall-clock time `epoch_ms`. Arguments must be plain
 * ids (no tabs or newlines; others are replaced by '_'). Returns false on an
 * I/O error; the kiosk carries on regardless. */
bool analytics_record(AnalyticsLog *log, uint64_t epoch_ms, EventKind kind, const char *arg1,
                      const char *arg2);
/* Formats one line into buf (for tests and the writer); returns its length. */
size_t analytics_format(char *buf, size_t len, uint64_t epoch_ms, EventKind kind,
                        const char *arg1, const char *arg2);

/* ---- reading and reporting ---- */

enum { REPORT_MAX_KEYS = 256 };

typedef struct {
    char key[96];     /* a career id, or "a vs b" for pairs */
    unsigned long count;
} ReportCount;

typedef struct {
    unsigned long lines, skipped;     /* skipped: torn or malformed lines */
    unsigned long attracts, sessions, sessions_ended;
    uint64_t session_ms_total;
    ReportCount cards[REPORT_MAX_KEYS]; size_t card_count;
    ReportCount pairs[REPORT_MAX_KEYS]; size_t pair_count;
    ReportCount days[REPORT_MAX_KEYS]; size_t day_count;
    ReportCount quiz[REPORT_MAX_KEYS]; size_t quiz_count;
    uint64_t first_ms, last_ms;
} Report;

void analytics_report_init(Report *r);
/* Adds every well-formed line of `text`; a last line without '\n' is torn
 * and skipped. */
void analytics_report_add_text(Report *r, const char *text, size_t len);
/* Reads a log file into the report; false if unreadable, with the reason
 * in `why` when it is not NULL ("cannot open: No such file or directory"). */
bool analytics_report_add_file(Report *r, const char *path, char *why, size_t why_len);
/* Prints the summary table. */
void analytics_report_print(const Report *r, FILE *out);

#endif
