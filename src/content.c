/* content: loads and validates a bundle's content.json (see content.h).
 *
 * Shape of the loader: the raw text is prechecked (size, empty, NUL bytes,
 * nesting depth) so cJSON never sees input it would describe badly or
 * recurse deeply into; then cJSON parses; then one generic pass checks what
 * cJSON does not (duplicate keys, UTF-8 in every string and key); then a
 * typed walk copies every field into plain structs, checking types, ranges
 * and references. Every allocation is rooted in the Content as soon as it
 * is made, so on any error content_free() releases exactly what was built.
 */
/* realpath() is XSI in glibc's eyes; the build asks only for POSIX 2008. */
#define _XOPEN_SOURCE 700

#include "content.h"

#include "fileread.h"

#include "pin.h"
#include "utf8.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define FORMAT_VERSION 1
/* No list in a real bundle comes near this; it keeps a hostile 4 MiB file
 * of a million-item array from turning into hundreds of MB of structs. */
#define MAX_LIST_ITEMS 1000
/* Past this, further report items only bump the counters. */
#define REPORT_MAX_ITEMS 1000
/* Distinct missing glyphs listed per text before one summary line. */
#define GLYPH_REPORT_MAX 16
#define SNIP_CHARS 40
#define SNIP_BYTES (SNIP_CHARS * 4 + 8)
#define PATH_BYTES 256
#define EDIT_MAX 32

/* ------------------------------------------------------------------ text */

const char *ltext_get(const LText *text, Lang lang)
{
    if (!text)
        return "";
    if ((int)lang > LANG_EN && (int)lang < LANG_COUNT && text->by_lang[lang] && text->by_lang[lang][0])
        return text->by_lang[lang];
    return text->by_lang[LANG_EN] ? text->by_lang[LANG_EN] : "";
}

bool ltext_present(const LText *text)
{
    if (!text)
        return false;
    for (int i = 0; i < LANG_COUNT; i++)
        if (text->by_lang[i] && text->by_lang[i][0])
            return true;
    return false;
}

/* ---------------------------------------------------------------- report */

static void report_push(ContentReport *r, ReportLevel level, const char *file, const char *path,
                        char *message)
{
    if (r->count == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 16;
        ReportItem *items = realloc(r->items, cap * sizeof *items);
        if (!items) {
            free(message);
            return;
        }
        r->items = items;
        r->cap = cap;
    }
    ReportItem *it = &r->items[r->count];
    it->level = level;
    it->file = strdup(file ? file : "content.json");
    it->path = strdup(path ? path : "");
    it->message = message;
    if (!it->file || !it->path) {
        free(it->file);
        free(it->path);
        free(message);
        return;
    }
    r->count++;
}

static char *vformat(const char *fmt, va_list ap)
{
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    if (n < 0)
        return NULL;
    char *s = malloc((size_t)n + 1);
    if (s)
        vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

static void report_addv(ContentReport *r, ReportLevel level, const char *file, const char *path,
                        const char *fmt, va_list ap)
{
    if (!r)
        return;
    if (level == REPORT_ERROR)
        r->error_count++;
    if (r->count > REPORT_MAX_ITEMS)
        return;
    if (r->count == REPORT_MAX_ITEMS) {
        /* One closing note so a reader knows the list is not complete. */
        char *note = strdup("too many problems; the rest are not listed");
        if (note)
            report_push(r, level, file, "", note);
        return;
    }
    char *message = vformat(fmt, ap);
    if (message)
        report_push(r, level, file, path, message);
}

void content_report_add(ContentReport *report, ReportLevel level, const char *file,
                        const char *path, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report_addv(report, level, file, path, fmt, ap);
    va_end(ap);
}

void content_report_free(ContentReport *report)
{
    if (!report)
        return;
    for (size_t i = 0; i < report->count; i++) {
        free(report->items[i].file);
        free(report->items[i].path);
        free(report->items[i].message);
    }
    free(report->items);
    memset(report, 0, sizeof *report);
}

void content_report_print(const ContentReport *report, void *out_FILE)
{
    FILE *out = out_FILE ? (FILE *)out_FILE : stderr;
    if (!report)
        return;
    for (size_t i = 0; i < report->count; i++) {
        const ReportItem *it = &report->items[i];
        const char *level = it->level == REPORT_WARNING ? "warning: " : "";
        /* Whole-file problems have no JSON path: "FILE: message". */
        if (it->path[0])
            fprintf(out, "%s: %s: %s%s\n", it->file, it->path, level, it->message);
        else
            fprintf(out, "%s: %s%s\n", it->file, level, it->message);
    }
}

/* ------------------------------------------------- context and messages */

typedef struct {
    const char *key;
    size_t pos;
} KeyPos;

typedef struct {
    ContentReport *report;
    const char *file;        /* content.json as the user named it */
    const char *bundle_dir;  /* as given; NULL skips file checks */
    char *bundle_real;       /* realpath(bundle_dir), for containment */
    const ContentHooks *hooks;
    size_t fatal;            /* errors that make the bundle unusable */
    Content *c;
    KeyPos *source_ids;      /* sources by id, sorted, for lookups */
    size_t source_id_count;
    bool uses_es;            /* some text field has an "es" entry */
    char **no_es;            /* paths of text fields with words but no "es" */
    size_t no_es_count, no_es_cap;
} Ctx;

typedef struct {
    char s[SNIP_BYTES];
} Snip;

typedef struct {
    char s[PATH_BYTES];
} JPath;

/* A bundle author's bytes made safe to print: at most SNIP_CHARS
 * characters, control characters and malformed bytes as \xNN. */
static Snip snip_n(const char *s, size_t len)
{
    Snip out;
    size_t o = 0, pos = 0, chars = 0;
    while (pos < len && chars < SNIP_CHARS) {
        uint32_t cp;
        size_t n = utf8_decode(s + pos, len - pos, &cp);
        char piece[8];
        size_t plen = n;
        if (n == 0 || cp < 0x20 || cp == 0x7F) {
            plen = (size_t)snprintf(piece, sizeof piece, "\\x%02X", (unsigned char)s[pos]);
            n = 1;
        } else {
            memcpy(piece, s + pos, n);
        }
        memcpy(out.s + o, piece, plen);
        o += plen;
        pos += n;
        chars++;
    }
    if (pos < len) {
        memcpy(out.s + o, "\xE2\x80\xA6", 3); /* "…": there was more */
        o += 3;
    }
    out.s[o] = '\0';
    return out;
}

static Snip snip(const char *s)
{
    return snip_n(s ? s : "", s ? strlen(s) : 0);
}

/* Appends what fits, never splitting a UTF-8 sequence: a path only
 * names a place in messages, so a cut-off tail is harmless. */
static void jp_append(JPath *p, const char *s)
{
    size_t n = strlen(p->s), room = sizeof p->s - 1 - n, k = strlen(s);
    if (k > room) {
        k = room;
        while (k > 0 && ((unsigned char)s[k] & 0xC0u) == 0x80u)
            k--;
    }
    memcpy(p->s + n, s, k);
    p->s[n + k] = '\0';
}

static JPath jp_key(const char *parent, const char *key)
{
    JPath p = { "" };
    jp_append(&p, parent);
    if (parent[0])
        jp_append(&p, ".");
    jp_append(&p, snip(key).s);
    return p;
}

static JPath jp_index(const char *parent, size_t i)
{
    JPath p = { "" };
    char index[32];
    snprintf(index, sizeof index, "[%zu]", i);
    jp_append(&p, parent);
    jp_append(&p, index);
    return p;
}

#define PRINTF_LIKE(a, b) __attribute__((format(printf, a, b)))

static void fail(Ctx *x, const char *path, const char *fmt, ...) PRINTF_LIKE(3, 4);
static void soft(Ctx *x, const char *file, const char *path, const char *fmt, ...) PRINTF_LIKE(4, 5);
static void warn(Ctx *x, const char *path, const char *fmt, ...) PRINTF_LIKE(3, 4);

/* An error that makes the bundle unusable: content_load returns NULL. */
static void fail(Ctx *x, const char *path, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report_addv(x->report, REPORT_ERROR, x->file, path, fmt, ap);
    va_end(ap);
    x->fatal++;
}

/* An error the app survives (missing image, missing glyph): --validate
 * fails on it, but the kiosk still runs and draws a placeholder. */
static void soft(Ctx *x, const char *file, const char *path, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report_addv(x->report, REPORT_ERROR, file, path, fmt, ap);
    va_end(ap);
}

static void warn(Ctx *x, const char *path, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report_addv(x->report, REPORT_WARNING, x->file, path, fmt, ap);
    va_end(ap);
}

static char *dup_str(Ctx *x, const char *s, const char *path)
{
    char *d = strdup(s);
    if (!d)
        fail(x, path, "out of memory");
    return d;
}

static const char *type_name(const cJSON *j)
{
    if (cJSON_IsString(j))
        return "a string";
    if (cJSON_IsNumber(j))
        return "a number";
    if (cJSON_IsBool(j))
        return "true/false";
    if (cJSON_IsNull(j))
        return "null";
    if (cJSON_IsArray(j))
        return "an array";
    if (cJSON_IsObject(j))
        return "an object";
    return "an invalid value";
}

static const cJSON *field(const cJSON *obj, const char *key)
{
    return cJSON_GetObjectItemCaseSensitive(obj, key);
}

static bool expect_kind(Ctx *x, const cJSON *j, const char *path,
                        cJSON_bool (*is)(const cJSON *const), const char *want)
{
    if (is(j))
        return true;
    fail(x, path, "expected %s, found %s", want, type_name(j));
    return false;
}

/* ------------------------------------------------------ unknown keys */

static size_t min3(size_t a, size_t b, size_t c)
{
    size_t m = a < b ? a : b;
    return m < c ? m : c;
}

/* Edit distance counting a swap of neighbours as one slip ("nmae" is one
 * away from "name"), for "did you mean" hints; long keys opt out. */
static size_t edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    size_t before[EDIT_MAX + 1], prev[EDIT_MAX + 1], cur[EDIT_MAX + 1];
    if (la > EDIT_MAX || lb > EDIT_MAX)
        return SIZE_MAX;
    for (size_t j = 0; j <= lb; j++)
        prev[j] = before[j] = j;
    for (size_t i = 1; i <= la; i++) {
        cur[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            cur[j] = min3(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]));
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && before[j - 2] + 1 < cur[j])
                cur[j] = before[j - 2] + 1;
        }
        memcpy(before, prev, (lb + 1) * sizeof *prev);
        memcpy(prev, cur, (lb + 1) * sizeof *prev);
    }
    return prev[lb];
}

static bool in_list(const char *key, const char *const *known)
{
    for (; *known; known++)
        if (strcmp(key, *known) == 0)
            return true;
    return false;
}

static const char *closest(const char *key, const char *const *known)
{
    const char *best = NULL;
    size_t best_d = SIZE_MAX;
    for (; *known; known++) {
        size_t d = edit_distance(key, *known);
        /* One slip per three letters: "nmae" -> "name", but not "a" -> "ui". */
        if (d < best_d && d * 3 <= strlen(*known)) {
            best = *known;
            best_d = d;
        }
    }
    return best;
}

/* Unknown keys are warnings, not errors: a newer bundle may add fields, but
 * the author should still hear about "nmae" before visitors see a blank. */
static void check_keys(Ctx *x, const cJSON *obj, const char *path, const char *const *known)
{
    if (!known)
        return; /* a map with author-chosen keys, like [ui] */
    for (const cJSON *c = obj->child; c; c = c->next) {
        if (x->report->count > REPORT_MAX_ITEMS)
            return; /* the report is full: hints would only be dropped */
        if (in_list(c->string, known))
            continue;
        JPath p = jp_key(path, c->string);
        const char *hint = closest(c->string, known);
        if (hint)
            warn(x, p.s, "unknown key '%s' is ignored; did you mean '%s'?", snip(c->string).s, hint);
        else
            warn(x, p.s, "unknown key '%s' is ignored", snip(c->string).s);
    }
}

/* ------------------------------------------------ raw text prechecks */

/* 1-based line, and column in characters (a tab counts as one), of a
 * byte offset: what editors show, so authors can jump to it. */
static void line_col(const char *buf, size_t offset, size_t *line, size_t *col)
{
    size_t ln = 1, start = 0;
    for (size_t i = 0; i < offset; i++) {
        if (buf[i] == '\n') {
            ln++;
            start = i + 1;
        }
    }
    *line = ln;
    *col = 1 + utf8_count(buf + start, offset - start);
}

static bool is_ws(char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n';
}

static bool only_whitespace(const char *buf, size_t len)
{
    size_t i = 0;
    if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
        i = 3; /* a UTF-8 byte order mark (cJSON skips it too) */
    for (; i < len; i++)
        if (!is_ws(buf[i]))
            return false;
    return true;
}

/* Bracket state of buf[0..upto), skipping strings so brackets inside text
 * do not count. Stops where nesting would pass CONTENT_MAX_DEPTH. */
typedef struct {
    size_t depth;
    bool in_string;
    char inner;          /* innermost open bracket, 0 at top level */
    size_t string_start; /* offset of the last opening quote */
    size_t too_deep_at;  /* offset of the bracket too many, or SIZE_MAX */
} Nest;

static Nest nest_scan(const char *buf, size_t upto)
{
    char stack[CONTENT_MAX_DEPTH];
    Nest n = { 0, false, 0, 0, SIZE_MAX };
    for (size_t i = 0; i < upto; i++) {
        char ch = buf[i];
        if (n.in_string) {
            if (ch == '\\')
                i++;
            else if (ch == '"')
                n.in_string = false;
        } else if (ch == '"') {
            n.in_string = true;
            n.string_start = i;
        } else if (ch == '[' || ch == '{') {
            if (n.depth == CONTENT_MAX_DEPTH) {
                n.too_deep_at = i;
                break;
            }
            stack[n.depth++] = ch;
        } else if ((ch == ']' || ch == '}') && n.depth > 0) {
            n.depth--;
        }
    }
    n.inner = n.depth ? stack[n.depth - 1] : 0;
    return n;
}

/* cJSON recurses once per nesting level; bounding depth on the raw text
 * keeps a file of 100000 '[' from ever reaching it. */
static bool check_depth(Ctx *x, const char *buf, size_t len)
{
    Nest n = nest_scan(buf, len);
    size_t line, col;
    if (n.too_deep_at == SIZE_MAX)
        return true;
    line_col(buf, n.too_deep_at, &line, &col);
    fail(x, "", "JSON nested deeper than %d levels at line %zu, column %zu", CONTENT_MAX_DEPTH,
         line, col);
    return false;
}

static bool precheck(Ctx *x, const char *buf, size_t len)
{
    const unsigned char *u = (const unsigned char *)buf;
    if (len > CONTENT_MAX_FILE_BYTES) {
        fail(x, "", "file is %zu bytes; the limit is %u bytes (4 MiB)", len, CONTENT_MAX_FILE_BYTES);
        return false;
    }
    if (len == 0) {
        fail(x, "", "file is empty; expected a JSON object");
        return false;
    }
    if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        fail(x, "", "file is UTF-16; save it as UTF-8");
        return false;
    }
    /* cJSON would stop at a NUL and silently ignore the rest. */
    const char *nul = memchr(buf, '\0', len);
    if (nul) {
        size_t line, col;
        line_col(buf, (size_t)(nul - buf), &line, &col);
        fail(x, "", "file contains a NUL byte at line %zu, column %zu; is it a binary file?", line, col);
        return false;
    }
    if (only_whitespace(buf, len)) {
        fail(x, "", "file contains only whitespace; expected a JSON object");
        return false;
    }
    return check_depth(x, buf, len);
}

/* Where an object key was due but something else stood, cJSON reports
 * the byte after it ("{\"a\": 1,}" points past the '}'); step back so the
 * column names the culprit. Elsewhere its offset is already right. */
static size_t culprit_offset(const char *buf, size_t off)
{
    if (off == 0 || buf[off - 1] == '"' || is_ws(buf[off - 1]))
        return off;
    size_t i = off - 1;
    while (i > 0 && is_ws(buf[i - 1]))
        i--;
    if (i == 0 || (buf[i - 1] != ',' && buf[i - 1] != '{'))
        return off;
    return nest_scan(buf, off - 1).inner == '{' ? off - 1 : off;
}

/* Syntax errors read "JSON syntax error at line L, column C near '...'",
 * or "...: unexpected end of file" when a string or bracket is still open
 * at the end (a truncated file). */
static void report_syntax(Ctx *x, const char *buf, size_t len, const char *end)
{
    size_t off = len, line, col;
    if (end && end >= buf && end <= buf + len)
        off = (size_t)(end - buf);
    Nest whole = nest_scan(buf, len);
    if (whole.in_string && off > whole.string_start) {
        line_col(buf, whole.string_start, &line, &col);
        fail(x, "", "JSON syntax error at line %zu, column %zu: this string never ends (is the file cut short?)",
             line, col);
        return;
    }
    if (off >= len && whole.depth > 0) {
        line_col(buf, len, &line, &col);
        fail(x, "", "JSON syntax error at line %zu, column %zu: unexpected end of file (is it cut short?)",
             line, col);
        return;
    }
    off = culprit_offset(buf, off);
    line_col(buf, off, &line, &col);
    size_t n = 0;
    while (off + n < len && n < SNIP_CHARS && buf[off + n] != '\n' && buf[off + n] != '\r')
        n++;
    if (n == 0)
        fail(x, "", "JSON syntax error at line %zu, column %zu at the end of the file", line, col);
    else
        fail(x, "", "JSON syntax error at line %zu, column %zu near '%s'", line, col,
             snip_n(buf + off, n).s);
}

/* ------------------------------------------- generic pass over the tree */

static int keypos_cmp(const void *a, const void *b)
{
    const KeyPos *ka = a, *kb = b;
    int d = strcmp(ka->key, kb->key);
    if (d)
        return d;
    return (ka->pos > kb->pos) - (ka->pos < kb->pos);
}

/* cJSON keeps every duplicate and lookups see only the first, so a second
 * "name" would be silently dropped. Sorting keeps huge objects O(n log n). */
static void check_duplicate_keys(Ctx *x, const cJSON *obj, const char *path)
{
    size_t n = 0, i = 0;
    for (const cJSON *c = obj->child; c; c = c->next)
        n++;
    if (n < 2)
        return;
    KeyPos *k = malloc(n * sizeof *k);
    if (!k) {
        fail(x, path, "out of memory");
        return;
    }
    for (const cJSON *c = obj->child; c; c = c->next, i++)
        k[i] = (KeyPos){ c->string, i };
    qsort(k, n, sizeof *k, keypos_cmp);
    for (i = 1; i < n; i++) {
        if (strcmp(k[i].key, k[i - 1].key) != 0)
            continue;
        JPath p = jp_key(path, k[i].key);
        fail(x, p.s, "duplicate key '%s': this object already has one", snip(k[i].key).s);
    }
    free(k);
}

static void check_utf8(Ctx *x, const char *s, const char *path, const char *what)
{
    size_t bad;
    if (utf8_valid(s, strlen(s), &bad))
        return;
    fail(x, path, "%s is not valid UTF-8 (byte 0x%02X at offset %zu): '%s'", what,
         (unsigned char)s[bad], bad, snip(s).s);
}

/* Depth is bounded by check_depth(), so this recursion is too. */
static void scan_tree(Ctx *x, const cJSON *j, const char *path)
{
    if (cJSON_IsString(j) && j->valuestring) {
        check_utf8(x, j->valuestring, path, "text");
        return;
    }
    bool object = cJSON_IsObject(j);
    if (!object && !cJSON_IsArray(j))
        return;
    if (object)
        check_duplicate_keys(x, j, path);
    size_t i = 0;
    for (const cJSON *c = j->child; c; c = c->next, i++) {
        JPath p = object ? jp_key(path, c->string) : jp_index(path, i);
        if (object)
            check_utf8(x, c->string, p.s, "key");
        scan_tree(x, c, p.s);
    }
}

/* --------------------------------------------------------- scalars */

typedef struct {
    double min, max;
    bool min_open; /* min itself is not allowed */
} Range;

static const Range R_ANY = { -INFINITY, INFINITY, false };
static const Range R_COUNT = { 0, INFINITY, false };
static const Range R_MONEY = { 0, INFINITY, true };
static const Range R_GROWTH = { -100, INFINITY, false };
static const Range R_PERCENT = { 0, 100, false };
static const Range R_UNIT = { 0, 1, false };
static const Range R_YEAR = { 1900, 2100, false };
static const Range R_IDLE = { 10, 3600, false };
static const Range R_AUTOPLAY = { 2, 60, false };
static const Range R_WEIGHT = { 0, QUIZ_MAX_WEIGHT, false };

static bool check_range(Ctx *x, const char *path, double v, Range r)
{
    bool low = r.min_open ? v <= r.min : v < r.min;
    if (!low && v <= r.max)
        return true;
    if (isinf(r.max) && r.min_open)
        fail(x, path, "must be greater than %.15g, found %.15g", r.min, v);
    else if (isinf(r.max))
        fail(x, path, "must be at least %.15g, found %.15g", r.min, v);
    else
        fail(x, path, "must be between %.15g and %.15g, found %.15g", r.min, r.max, v);
    return false;
}

/* obj[key] as a number in `r`. False when absent, null or invalid (the
 * invalid cases and a missing required one are reported). */
static bool number_at(Ctx *x, const cJSON *obj, const char *path, const char *key, Range r,
                      bool required, double *out)
{
    const cJSON *j = field(obj, key);
    JPath p = jp_key(path, key);
    if (!j || (!required && cJSON_IsNull(j))) {
        if (required)
            fail(x, p.s, "missing required field");
        return false;
    }
    if (!expect_kind(x, j, p.s, cJSON_IsNumber, "a number"))
        return false;
    if (!isfinite(j->valuedouble)) {
        fail(x, p.s, "number is too large");
        return false;
    }
    if (!check_range(x, p.s, j->valuedouble, r))
        return false;
    *out = j->valuedouble;
    return true;
}

static bool int_at(Ctx *x, const cJSON *obj, const char *path, const char *key, Range r,
                   bool required, int *out)
{
    double v;
    if (!number_at(x, obj, path, key, R_ANY, required, &v))
        return false;
    JPath p = jp_key(path, key);
    if (v != floor(v)) {
        fail(x, p.s, "expected a whole number, found %.15g", v);
        return false;
    }
    if (v < INT_MIN || v > INT_MAX) {
        fail(x, p.s, "number %.15g is out of range", v);
        return false;
    }
    if (!check_range(x, p.s, v, r))
        return false;
    *out = (int)v;
    return true;
}

static void bool_at(Ctx *x, const cJSON *obj, const char *path, const char *key, bool *out)
{
    const cJSON *j = field(obj, key);
    JPath p = jp_key(path, key);
    if (!j || cJSON_IsNull(j))
        return;
    if (expect_kind(x, j, p.s, cJSON_IsBool, "true or false"))
        *out = cJSON_IsTrue(j);
}

/* obj[key] as a string; NULL when absent (reported if required). */
static const char *string_at(Ctx *x, const cJSON *obj, const char *path, const char *key,
                             bool required)
{
    const cJSON *j = field(obj, key);
    JPath p = jp_key(path, key);
    if (!j || (!required && cJSON_IsNull(j))) {
        if (required)
            fail(x, p.s, "missing required field");
        return NULL;
    }
    if (!expect_kind(x, j, p.s, cJSON_IsString, "a string"))
        return NULL;
    return j->valuestring;
}

static bool is_id(const char *s)
{
    if (!*s)
        return false;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-'))
            return false;
    return true;
}

static void id_at(Ctx *x, const cJSON *obj, const char *path, char **out)
{
    const char *s = string_at(x, obj, path, "id", true);
    JPath p = jp_key(path, "id");
    if (!s)
        return;
    if (!is_id(s))
        fail(x, p.s, "id '%s' may use only a-z, 0-9 and '-'", snip(s).s);
    *out = dup_str(x, s, p.s);
}

static int hex_digit(char ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F')
        return ch - 'A' + 10;
    return -1;
}

/* "#RRGGBB" -> 0xRRGGBB; false for anything else. */
static bool parse_color(const char *s, unsigned *out)
{
    unsigned v = 0;
    if (strlen(s) != 7 || s[0] != '#')
        return false;
    for (int i = 1; i < 7; i++) {
        int d = hex_digit(s[i]);
        if (d < 0)
            return false;
        v = (v << 4) | (unsigned)d;
    }
    *out = v;
    return true;
}

static void color_at(Ctx *x, const cJSON *obj, const char *path, unsigned *out)
{
    const char *s = string_at(x, obj, path, "color", true);
    JPath p = jp_key(path, "color");
    if (s && !parse_color(s, out))
        fail(x, p.s, "expected a color like \"#1A6FB0\", found '%s'", snip(s).s);
}

/* "HH:MM" (24-hour, two digits each) -> minutes after midnight, or -1. */
static int parse_hhmm(const char *s)
{
    if (strlen(s) != 5 || s[2] != ':')
        return -1;
    for (int i = 0; i < 5; i++)
        if (i != 2 && (s[i] < '0' || s[i] > '9'))
            return -1;
    int h = (s[0] - '0') * 10 + (s[1] - '0');
    int m = (s[3] - '0') * 10 + (s[4] - '0');
    return h < 24 && m < 60 ? h * 60 + m : -1;
}

/* --------------------------------------------------------- visible text */

static bool is_blank(const char *s)
{
    for (; *s; s++)
        if (!is_ws(*s))
            return false;
    return true;
}

static void report_glyph(Ctx *x, const char *path, uint32_t cp)
{
    char ch[UTF8_MAX_BYTES + 1] = "";
    /* C1 controls would print as nothing useful; show the number only. */
    if (cp < 0x80 || cp > 0x9F)
        ch[utf8_encode(cp, ch)] = '\0';
    if (ch[0])
        soft(x, x->file, path, "the font has no glyph for U+%04X '%s'", (unsigned)cp, ch);
    else
        soft(x, x->file, path, "the font has no glyph for U+%04X", (unsigned)cp);
}

/* Each missing code point once per text; after GLYPH_REPORT_MAX distinct
 * ones (text in a script the font lacks) one line sums up the rest. */
static void check_glyphs(Ctx *x, const char *s, const char *path)
{
    const ContentHooks *h = x->hooks;
    uint32_t missing[GLYPH_REPORT_MAX];
    size_t len = strlen(s), pos = 0, n = 0;
    if (!h || !h->has_glyph || !utf8_valid(s, len, NULL))
        return;
    while (pos < len) {
        uint32_t cp = utf8_next(s, len, &pos);
        bool seen = false;
        for (size_t i = 0; i < n && !seen; i++)
            seen = missing[i] == cp;
        if (cp < 0x20 || cp == 0x7F || seen || h->has_glyph(h->user, (unsigned)cp))
            continue;
        if (n == GLYPH_REPORT_MAX) {
            soft(x, x->file, path, "more characters have no glyph; only the first %d are listed",
                 GLYPH_REPORT_MAX);
            return;
        }
        missing[n++] = cp;
        report_glyph(x, path, cp);
    }
}

static char *copy_visible(Ctx *x, const char *s, const char *path)
{
    check_glyphs(x, s, path);
    return dup_str(x, s, path);
}

static int lang_of(const char *key)
{
    static const char *const codes[LANG_COUNT] = { "en", "es" };
    for (int i = 0; i < LANG_COUNT; i++)
        if (strcmp(key, codes[i]) == 0)
            return i;
    return -1;
}

static void text_object(Ctx *x, const cJSON *j, const char *path, LText *out)
{
    for (const cJSON *c = j->child; c; c = c->next) {
        JPath p = jp_key(path, c->string);
        int lang = lang_of(c->string);
        if (lang < 0) {
            warn(x, p.s, "unknown language '%s' is ignored (known: en, es)", snip(c->string).s);
            continue;
        }
        if (!expect_kind(x, c, p.s, cJSON_IsString, "a string"))
            continue;
        if (!out->by_lang[lang]) /* a duplicate key is reported by scan_tree */
            out->by_lang[lang] = copy_visible(x, c->valuestring, p.s);
    }
    if (!field(j, "en"))
        fail(x, path, "a text object needs an \"en\" entry (English is the fallback)");
}

/* True when `s` has a letter to translate ("2024–2034" has none). */
static bool has_words(const char *s)
{
    for (; s && *s; s++)
        if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z'))
            return true;
    return false;
}

/* Notes a text field's translation state for report_translations(). */
static void note_translation(Ctx *x, const LText *t, const char *path)
{
    if (t->by_lang[LANG_ES]) {
        x->uses_es = true;
        return;
    }
    if (!has_words(t->by_lang[LANG_EN]) || x->no_es_count >= MAX_LIST_ITEMS)
        return;
    if (x->no_es_count == x->no_es_cap) {
        size_t cap = x->no_es_cap ? x->no_es_cap * 2 : 32;
        char **grown = realloc(x->no_es, cap * sizeof *grown);
        if (!grown)
            return;
        x->no_es = grown;
        x->no_es_cap = cap;
    }
    char *copy = strdup(path);
    if (copy)
        x->no_es[x->no_es_count++] = copy;
}

/* A bundle that uses Spanish anywhere should carry it everywhere: each
 * visible text without an "es" entry gets a warning naming its path. */
static void report_translations(Ctx *x)
{
    for (size_t i = 0; i < x->no_es_count; i++) {
        if (x->uses_es)
            warn(x, x->no_es[i], "no Spanish translation (add an \"es\" entry)");
        free(x->no_es[i]);
    }
    free(x->no_es);
    x->no_es = NULL;
    x->no_es_count = x->no_es_cap = 0;
}

/* A text field: a plain string (English) or {"en": "...", "es": "..."}.
 * An optional text may be absent or null. */
static void read_text(Ctx *x, const cJSON *j, const char *path, bool required, LText *out)
{
    if (!j || (!required && cJSON_IsNull(j))) {
        if (required)
            fail(x, path, "missing required field");
        return;
    }
    if (cJSON_IsString(j)) {
        out->by_lang[LANG_EN] = copy_visible(x, j->valuestring, path);
    } else if (cJSON_IsObject(j)) {
        text_object(x, j, path, out);
    } else {
        fail(x, path, "expected text (a string, or an object like {\"en\": \"...\", \"es\": \"...\"}), found %s",
             type_name(j));
        return;
    }
    note_translation(x, out, path);
    if (!required || !out->by_lang[LANG_EN] || !is_blank(out->by_lang[LANG_EN]))
        return;
    if (cJSON_IsObject(j)) {
        JPath en = jp_key(path, "en");
        fail(x, en.s, "must not be empty");
    } else {
        fail(x, path, "must not be empty");
    }
}

static void text_at(Ctx *x, const cJSON *obj, const char *path, const char *key, bool required,
                    LText *out)
{
    JPath p = jp_key(path, key);
    read_text(x, field(obj, key), p.s, required, out);
}

/* --------------------------------------------------------------- lists */

typedef void (*ItemReader)(Ctx *x, const cJSON *j, const char *path, void *item);

/* obj[key] as an array of at most `max` items, each read by `fn` into a
 * zeroed struct of `size` bytes. NULL (count 0) when absent or empty. The
 * caller stores the result at once so content_free() can reach it. */
static void *read_list(Ctx *x, const cJSON *obj, const char *path, const char *key, size_t size,
                       size_t max, bool required, ItemReader fn, size_t *count)
{
    const cJSON *arr = field(obj, key);
    JPath p = jp_key(path, key);
    *count = 0;
    if (!arr || (!required && cJSON_IsNull(arr))) {
        if (required)
            fail(x, p.s, "missing required field");
        return NULL;
    }
    if (!expect_kind(x, arr, p.s, cJSON_IsArray, "an array"))
        return NULL;
    size_t n = (size_t)cJSON_GetArraySize(arr), i = 0;
    if (n > max) {
        fail(x, p.s, "has %zu items; the limit is %zu", n, max);
        return NULL;
    }
    char *items = n ? calloc(n, size) : NULL;
    if (n && !items) {
        fail(x, p.s, "out of memory");
        return NULL;
    }
    for (const cJSON *c = arr->child; c; c = c->next, i++) {
        JPath ip = jp_index(p.s, i);
        fn(x, c, ip.s, items + i * size);
    }
    *count = n;
    return items;
}

static void read_text_item(Ctx *x, const cJSON *j, const char *path, void *item)
{
    read_text(x, j, path, true, item);
}

static LText *text_list_at(Ctx *x, const cJSON *obj, const char *path, const char *key,
                           size_t *count)
{
    return read_list(x, obj, path, key, sizeof(LText), MAX_LIST_ITEMS, false, read_text_item, count);
}

/* Reports each later holder of an id that is already taken. `k` is sorted
 * by (key, pos); paths read like list[pos].name. */
static void report_duplicates(Ctx *x, const KeyPos *k, size_t n, const char *list,
                              const char *name, const char *what)
{
    size_t first = 0;
    for (size_t i = 1; i < n; i++) {
        if (strcmp(k[i].key, k[first].key) != 0) {
            first = i;
            continue;
        }
        JPath item = jp_index(list, k[i].pos), owner = jp_index(list, k[first].pos);
        JPath p = jp_key(item.s, name);
        fail(x, p.s, "duplicate %s '%s' (already used by %s)", what, snip(k[i].key).s, owner.s);
    }
}

/* Sorted (id, position) pairs of the non-NULL ids; NULL when none. */
static KeyPos *sorted_ids(Ctx *x, const void *base, size_t count, size_t stride, size_t offset,
                          size_t *n_out)
{
    KeyPos *k = count ? malloc(count * sizeof *k) : NULL;
    size_t n = 0;
    *n_out = 0;
    if (!k) {
        if (count)
            fail(x, "", "out of memory");
        return NULL;
    }
    for (size_t i = 0; i < count; i++) {
        const char *id = *(char *const *)((const char *)base + i * stride + offset);
        if (id)
            k[n++] = (KeyPos){ id, i };
    }
    qsort(k, n, sizeof *k, keypos_cmp);
    *n_out = n;
    return k;
}

static void check_unique(Ctx *x, const void *base, size_t count, size_t stride, size_t offset,
                         const char *list, const char *name, const char *what)
{
    size_t n;
    KeyPos *k = sorted_ids(x, base, count, stride, offset, &n);
    report_duplicates(x, k, n, list, name, what);
    free(k);
}

/* ------------------------------------------------------ bundle files */

static char *join_path(const char *dir, const char *name)
{
    size_t dl = strlen(dir), nl = strlen(name);
    bool slash = dl > 0 && dir[dl - 1] != '/';
    char *s = malloc(dl + slash + nl + 1);
    if (!s)
        return NULL;
    memcpy(s, dir, dl);
    if (slash)
        s[dl] = '/';
    memcpy(s + dl + slash, name, nl + 1);
    return s;
}

static bool has_dotdot(const char *rel)
{
    const char *seg = rel;
    for (;;) {
        size_t n = strcspn(seg, "/");
        if (n == 2 && seg[0] == '.' && seg[1] == '.')
            return true;
        if (!seg[n])
            return false;
        seg += n + 1;
    }
}

/* Rules on the path text itself; failures name content.json. */
static bool safe_rel_path(Ctx *x, const char *rel, const char *path, const char *what)
{
    if (!rel[0])
        soft(x, x->file, path, "%s path is empty", what);
    else if (rel[0] == '/')
        soft(x, x->file, path, "%s path '%s' must be relative to the bundle folder, not absolute",
             what, snip(rel).s);
    else if (has_dotdot(rel))
        soft(x, x->file, path, "%s path '%s' must not contain '..'", what, snip(rel).s);
    else
        return true;
    return false;
}

static bool inside(const char *real, const char *root)
{
    size_t n = strlen(root);
    if (n > 0 && root[n - 1] == '/')
        return strncmp(real, root, n) == 0; /* the bundle is "/" */
    return strncmp(real, root, n) == 0 && (real[n] == '/' || real[n] == '\0');
}

typedef enum { FILE_OK, FILE_BAD, FILE_UNSAFE } FileCheck;

static FileCheck check_real_file(Ctx *x, const char *real, const char *label, const char *path,
                                 bool decode, const char *what)
{
    struct stat st;
    const ContentHooks *h = x->hooks;
    if (!inside(real, x->bundle_real)) {
        soft(x, label, path, "%s resolves outside the bundle folder (a symlink?)", what);
        return FILE_UNSAFE;
    }
    if (stat(real, &st) != 0 || !S_ISREG(st.st_mode)) {
        soft(x, label, path, "%s is not a regular file", what);
        return FILE_BAD;
    }
    if (decode && h && h->image_ok) {
        char why[160] = "";
        if (!h->image_ok(h->user, real, why, sizeof why)) {
            why[sizeof why - 1] = '\0';
            soft(x, label, path, "cannot decode %s: %s", what, why[0] ? snip(why).s : "unknown reason");
            return FILE_BAD;
        }
    }
    return FILE_OK;
}

/* The file behind a safe relative path; failures name the file itself.
 * realpath() resolves symlinks, so one pointing outside is caught here. */
static FileCheck check_bundle_file(Ctx *x, const char *rel, const char *path, bool decode,
                                   const char *what)
{
    if (!x->bundle_dir)
        return FILE_OK;
    char *label = join_path(x->bundle_dir, rel);
    char *full = x->bundle_real ? join_path(x->bundle_real, rel) : NULL;
    char *real = full ? realpath(full, NULL) : NULL;
    int err = errno;
    FileCheck r = FILE_BAD;
    if (!label) {
        fail(x, path, "out of memory");
    } else if (!real && (err == ENOENT || err == ENOTDIR || !x->bundle_real)) {
        soft(x, label, path, "%s not found", what);
    } else if (!real) {
        soft(x, label, path, "cannot open %s: %s", what, strerror(err));
    } else {
        r = check_real_file(x, real, label, path, decode, what);
    }
    free(real);
    free(full);
    free(label);
    return r;
}

/* An image or font named by obj[key]. Problems with it are soft errors:
 * the path is kept when the file is merely missing or broken (the renderer
 * tries it and falls back), dropped (NULL) when it points outside. */
static void file_at(Ctx *x, const cJSON *obj, const char *path, const char *key, bool required,
                    bool decode, char **out)
{
    const char *what = decode ? "image" : "font";
    const char *rel = string_at(x, obj, path, key, required);
    JPath p = jp_key(path, key);
    if (!rel || !safe_rel_path(x, rel, p.s, what))
        return;
    if (check_bundle_file(x, rel, p.s, decode, what) != FILE_UNSAFE)
        *out = dup_str(x, rel, p.s);
}

/* ------------------------------------------------- sources and figures */

static const char *const FIGURE_KEYS[] = { "value", "source", "year", "period", NULL };
static const char *const SOURCE_KEYS[] = { "id", "publisher", "title", "cite", "year", "url", NULL };

static int find_source(const Ctx *x, const char *id)
{
    KeyPos key = { id, 0 };
    const KeyPos *k = x->source_ids;
    size_t lo = 0, hi = x->source_id_count;
    /* Lower bound: with duplicate ids, the first one wins (as cJSON does
     * for keys), and pos 0 sorts before every real position. */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (keypos_cmp(&k[mid], &key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < x->source_id_count && strcmp(k[lo].key, id) == 0)
        return (int)k[lo].pos;
    return -1;
}

/* obj[key] as a source id; the index into Content.sources, or -1. */
static int source_at(Ctx *x, const cJSON *obj, const char *path, const char *key, bool required)
{
    const cJSON *j = field(obj, key);
    JPath p = jp_key(path, key);
    if (!j || (!required && cJSON_IsNull(j))) {
        if (required)
            fail(x, p.s, "missing source: every figure needs \"source\": \"<an id from sources>\"");
        return -1;
    }
    if (!expect_kind(x, j, p.s, cJSON_IsString, "a source id"))
        return -1;
    int index = find_source(x, j->valuestring);
    if (index < 0)
        fail(x, p.s, "unknown source '%s' (no entry in sources has this id)", snip(j->valuestring).s);
    return index;
}

/* A figure is {"value": n, "source": id, "year": y?, "period": text?}.
 * Absent or null means "not reported" (present = false). */
static void figure_at(Ctx *x, const cJSON *obj, const char *path, const char *key, Range r,
                      Figure *out)
{
    const cJSON *j = field(obj, key);
    JPath p = jp_key(path, key);
    out->present = false;
    out->source = -1;
    if (!j || cJSON_IsNull(j))
        return;
    if (!cJSON_IsObject(j)) {
        fail(x, p.s, "expected a figure like {\"value\": 42, \"source\": \"source-id\"}, found %s",
             type_name(j));
        return;
    }
    check_keys(x, j, p.s, FIGURE_KEYS);
    out->present = number_at(x, j, p.s, "value", r, true, &out->value);
    out->source = source_at(x, j, p.s, "source", true);
    int_at(x, j, p.s, "year", R_YEAR, false, &out->year);
    text_at(x, j, p.s, "period", false, &out->period);
}

static void read_source(Ctx *x, const cJSON *j, const char *path, void *item)
{
    Source *s = item;
    if (!expect_kind(x, j, path, cJSON_IsObject, "an object"))
        return;
    check_keys(x, j, path, SOURCE_KEYS);
    id_at(x, j, path, &s->id);
    text_at(x, j, path, "publisher", true, &s->publisher);
    text_at(x, j, path, "title", true, &s->title);
    text_at(x, j, path, "cite", false, &s->cite);
    int_at(x, j, path, "year", R_YEAR, false, &s->year);
    const char *url = string_at(x, j, path, "url", false);
    JPath p = jp_key(path, "url");
    if (url && strncmp(url, "https://", 8) != 0 && strncmp(url, "http://", 7) != 0)
        warn(x, p.s, "url '%s' does not start with https://", snip(url).s);
    if (url)
        s->url = dup_str(x, url, p.s);
}

/* Sources come first: figures everywhere refer to them by id. */
static void read_sources(Ctx *x, const cJSON *root)
{
    Content *c = x->c;
    c->sources = read_list(x, root, "", "sources", sizeof(Source), MAX_LIST_ITEMS, true,
                           read_source, &c->source_count);
    x->source_ids = sorted_ids(x, c->sources, c->source_count, sizeof(Source),
                               offsetof(Source, id), &x->source_id_count);
    report_duplicates(x, x->source_ids, x->source_id_count, "sources", "id", "source id");
}

/* ------------------------------------------------------------ careers */

static const char *const CAREER_KEYS[] = {
    "id", "name", "credential", "tagline", "summary", "duties", "color", "icon", "image",
    "employed", "projected", "growth", "new_jobs", "pay", "pay_note", "training",
    "certifications", "settings", "schedule", "traits", "skills", "advancement", "day", NULL
};
static const char *const PAY_KEYS[] = {
    "p10", "p25", "median", "p75", "p90", "mean", "range_low", "range_high", NULL
};
static const char *const TRAINING_KEYS[] = { "summary", "months", "paths", NULL };
static const char *const PATH_KEYS[] = { "name", "months_min", "months_max", "note", NULL };
static const char *const CERT_KEYS[] = { "code", "name", "body", "required", "renewal", "note", NULL };
static const char *const SETTING_KEYS[] = { "name", "share", "source", "year", NULL };
static const char *const TRAIT_KEYS[] = { "patient_contact", "physical", "desk", NULL };
static const char *const DAY_KEYS[] = { "time", "title", "detail", "place", "skill", "icon", NULL };

/* Defaults that zero is not: "absent" figures, traits and shares. */
static void init_career(Career *c)
{
    Figure *figs[] = { &c->employed, &c->projected, &c->growth, &c->new_jobs, &c->pay.p10,
                       &c->pay.p25, &c->pay.median, &c->pay.p75, &c->pay.p90, &c->pay.mean,
                       &c->pay.range_low, &c->pay.range_high, &c->train_months };
    for (size_t i = 0; i < sizeof figs / sizeof figs[0]; i++)
        figs[i]->source = -1;
    c->traits.patient_contact = c->traits.physical = c->traits.desk = -1;
}

/* An object-valued optional field; NULL when absent, null or mistyped. */
static const cJSON *object_at(Ctx *x, const cJSON *obj, const char *path, const char *key,
                              const char *const *known)
{
    const cJSON *j = field(obj, key);
    JPath p = jp_key(path, key);
    if (!j || cJSON_IsNull(j) || !expect_kind(x, j, p.s, cJSON_IsObject, "an object"))
        return NULL;
    check_keys(x, j, p.s, known);
    return j;
}

/* Percentiles present must not decrease; absent ones are skipped. */
static void check_pay_order(Ctx *x, const char *path, const Pay *pay)
{
    const Figure *f[] = { &pay->p10, &pay->p25, &pay->median, &pay->p75, &pay->p90 };
    int last = -1;
    for (int i = 0; i < 5; i++) {
        if (!f[i]->present)
            continue;
        if (last >= 0 && f[i]->value < f[last]->value) {
            JPath p = jp_key(path, PAY_KEYS[i]);
            fail(x, p.s, "%s (%.15g) is below %s (%.15g); pay must not decrease from p10 to p90",
                 PAY_KEYS[i], f[i]->value, PAY_KEYS[last], f[last]->value);
        }
        last = i;
    }
    if (pay->range_low.present && pay->range_high.present &&
        pay->range_high.value < pay->range_low.value) {
        JPath p = jp_key(path, "range_high");
        fail(x, p.s, "range_high (%.15g) is below range_low (%.15g)", pay->range_high.value,
             pay->range_low.value);
    }
}

static void read_pay(Ctx *x, const cJSON *career, const char *path, Pay *pay)
{
    JPath p = jp_key(path, "pay");
    const cJSON *j = object_at(x, career, path, "pay", PAY_KEYS);
    Figure *f[] = { &pay->p10, &pay->p25, &pay->median, &pay->p75, &pay->p90, &pay->mean,
                    &pay->range_low, &pay->range_high };
    if (!j)
        return;
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
        figure_at(x, j, p.s, PAY_KEYS[i], R_MONEY, f[i]);
    check_pay_order(x, p.s, pay);
}

static void read_training_path(Ctx *x, const cJSON *j, const char *path, void *item)
{
    TrainingPath *t = item;
    if (!expect_kind(x, j, path, cJSON_IsObject, "an object"))
        return;
    check_keys(x, j, path, PATH_KEYS);
    text_at(x, j, path, "name", true, &t->name);
    bool lo = number_at(x, j, path, "months_min", R_COUNT, true, &t->months_min);
    bool hi = number_at(x, j, path, "months_max", R_COUNT, true, &t->months_max);
    if (lo && hi && t->months_max < t->months_min) {
        JPath p = jp_key(path, "months_max");
        fail(x, p.s, "months_max (%.15g) is less than months_min (%.15g)", t->months_max,
             t->months_min);
    }
    text_at(x, j, path, "note", false, &t->note);
}

static void read_training(Ctx *x, const cJSON *career, const char *path, Career *c)
{
    JPath p = jp_key(path, "training");
    const cJSON *j = object_at(x, career, path, "training", TRAINING_KEYS);
    if (!j)
        return;
    text_at(x, j, p.s, "summary", false, &c->training_summary);
    figure_at(x, j, p.s, "months", R_COUNT, &c->train_months);
    c->paths = read_list(x, j, p.s, "paths", sizeof(TrainingPath), MAX_LIST_ITEMS, false,
                         read_training_path, &c->path_count);
}

static void read_cert(Ctx *x, const cJSON *j, const char *path, void *item)
{
    Certification *cert = item;
    if (!expect_kind(x, j, path, cJSON_IsObject, "an object"))
        return;
    check_keys(x, j, path, CERT_KEYS);
    const char *code = string_at(x, j, path, "code", true);
    JPath p = jp_key(path, "code");
    if (code && is_blank(code))
        fail(x, p.s, "must not be empty");
    if (code)
        cert->code = copy_visible(x, code, p.s);
    text_at(x, j, path, "name", true, &cert->name);
    text_at(x, j, path, "body", false, &cert->body);
    bool_at(x, j, path, "required", &cert->required);
    text_at(x, j, path, "renewal", false, &cert->renewal);
    text_at(x, j, path, "note", false, &cert->note);
}

static void read_setting(Ctx *x, const cJSON *j, const char *path, void *item)
{
    WorkSetting *s = item;
    s->share = -1;
    s->source = -1;
    if (!expect_kind(x, j, path, cJSON_IsObject, "an object"))
        return;
    check_keys(x, j, path, SETTING_KEYS);
    text_at(x, j, path, "name", true, &s->name);
    bool has_share = number_at(x, j, path, "share", R_PERCENT, false, &s->share);
    /* A share is a figure a visitor sees, so it needs its source. */
    s->source = source_at(x, j, path, "source", has_share);
    int_at(x, j, path, "year", R_YEAR, false, &s->year);
}

static void check_setting_shares(Ctx *x, const char *path, const Career *c)
{
    double sum = 0;
    for (size_t i = 0; i < c->setting_count; i++)
        if (c->settings[i].share > 0)
            sum += c->settings[i].share;
    if (sum > 100.5) {
        JPath p = jp_key(path, "settings");
        warn(x, p.s, "shares add up to %.15g%%, more than 100%%", sum);
    }
}

static void read_traits(Ctx *x, const cJSON *career, const char *path, Traits *t)
{
    JPath p = jp_key(path, "traits");
    const cJSON *j = object_at(x, career, path, "traits", TRAIT_KEYS);
    if (!j)
        return;
    number_at(x, j, p.s, "patient_contact", R_UNIT, false, &t->patient_contact);
    number_at(x, j, p.s, "physical", R_UNIT, false, &t->physical);
    number_at(x, j, p.s, "desk", R_UNIT, false, &t->desk);
}

static void read_day_step(Ctx *x, const cJSON *j, const char *path, void *item)
{
    DayStep *d = item;
    if (!expect_kind(x, j, path, cJSON_IsObject, "an object"))
        return;
    check_keys(x, j, path, DAY_KEYS);
    const char *t = string_at(x, j, path, "time", true);
    JPath p = jp_key(path, "time");
    if (t && parse_hhmm(t) < 0)
        fail(x, p.s, "expected a 24-hour time like \"07:30\", found '%s'", snip(t).s);
    if (t)
        d->time = dup_str(x, t, p.s);
    text_at(x, j, path, "title", true, &d->title);
    text_at(x, j, path, "detail", false, &d->detail);
    text_at(x, j, path, "place", false, &d->place);
    text_at(x, j, path, "skill", false, &d->skill);
    file_at(x, j, path, "icon", false, true, &d->icon);
}

/* A day reads top to bottom, so each step must come after the one before. */
static void check_day_order(Ctx *x, const char *path, const Career *c)
{
    int prev = -1;
    size_t prev_i = 0;
    for (size_t i = 0; i < c->day_count; i++) {
        int t = c->day[i].time ? parse_hhmm(c->day[i].time) : -1;
        if (t < 0)
            continue;
        if (prev >= 0 && t <= prev) {
            JPath step = jp_index(path, i), p = jp_key(step.s, "time");
            fail(x, p.s, "%s is not after %s (day[%zu]); steps must be in time order",
                 c->day[i].time, c->day[prev_i].time, prev_i);
        }
        prev = t;
        prev_i = i;
    }
}

static void read_career_text(Ctx *x, const cJSON *j, const char *path, Career *c)
{
    JPath p = jp_key(path, "day");
    id_at(x, j, path, &c->id);
    text_at(x, j, path, "name", true, &c->name);
    text_at(x, j, path, "credential", false, &c->credential);
    text_at(x, j, path, "tagline", true, &c->tagline);
    text_at(x, j, path, "summary", true, &c->summary);
    c->duties = text_list_at(x, j, path, "duties", &c->duty_count);
    color_at(x, j, path, &c->color);
    file_at(x, j, path, "icon", true, true, &c->icon);
    file_at(x, j, path, "image", false, true, &c->image);
    text_at(x, j, path, "pay_note", false, &c->pay_note);
    text_at(x, j, path, "schedule", false, &c->schedule);
    c->skills = text_list_at(x, j, path, "skills", &c->skill_count);
    c->advancement = text_list_at(x, j, path, "advancement", &c->advancement_count);
    c->day = read_list(x, j, path, "day", sizeof(DayStep), CONTENT_MAX_DAY_STEPS, false,
                       read_day_step, &c->day_count);
    check_day_order(x, p.s, c);
}

static void read_career_numbers(Ctx *x, const cJSON *j, const char *path, Career *c)
{
    JPath certs = jp_key(path, "certifications");
    figure_at(x, j, path, "employed", R_COUNT, &c->employed);
    figure_at(x, j, path, "projected", R_COUNT, &c->projected);
    figure_at(x, j, path, "growth", R_GROWTH, &c->growth);
    figure_at(x, j, path, "new_jobs", R_ANY, &c->new_jobs);
    read_pay(x, j, path, &c->pay);
    read_training(x, j, path, c);
    c->certs = read_list(x, j, path, "certifications", sizeof(Certification), MAX_LIST_ITEMS, false,
                         read_cert, &c->cert_count);
    check_unique(x, c->certs, c->cert_count, sizeof(Certification), offsetof(Certification, code),
                 certs.s, "code", "certification code");
    c->settings = read_list(x, j, path, "settings", sizeof(WorkSetting), MAX_LIST_ITEMS, false,
                            read_setting, &c->setting_count);
    check_setting_shares(x, path, c);
    read_traits(x, j, path, &c->traits);
}

static void read_career(Ctx *x, const cJSON *j, const char *path, void *item)
{
    Career *c = item;
    init_career(c);
    if (!expect_kind(x, j, path, cJSON_IsObject, "an object"))
        return;
    check_keys(x, j, path, CAREER_KEYS);
    read_career_text(x, j, path, c);
    read_career_numbers(x, j, path, c);
}

static void read_careers(Ctx *x, const cJSON *root)
{
    Content *c = x->c;
    const cJSON *arr = field(root, "careers");
    if (cJSON_IsArray(arr) && !arr->child)
        fail(x, "careers", "needs at least one career");
    c->careers = read_list(x, root, "", "careers", sizeof(Career), CONTENT_MAX_CAREERS, true,
                           read_career, &c->career_count);
    check_unique(x, c->careers, c->career_count, sizeof(Career), offsetof(Career, id), "careers",
                 "id", "career id");
}

/* --------------------------------------------------------------- quiz */

static const char *const QUIZ_KEYS[] = { "title", "intro", "questions", NULL };
static const char *const QUESTION_KEYS[] = { "text", "answers", NULL };
static const char *const ANSWER_KEYS[] = { "text", "reason", "weights", NULL };

/* The careers' ids as a NULL-terminated list, for "did you mean" hints
 * (caller frees; NULL when out of memory or there are no careers). */
static const char **career_ids(const Content *c)
{
    const char **ids = calloc(c->career_count + 1, sizeof *ids);
    size_t n = 0;
    if (!ids)
        return NULL;
    for (size_t i = 0; i < c->career_count; i++)
        if (c->careers[i].id)
            ids[n++] = c->careers[i].id;
    return ids;
}

static void report_unknown_career(Ctx *x, const char *path, const char *id)
{
    const char **ids = career_ids(x->c);
    const char *hint = ids ? closest(id, ids) : NULL;
    if (hint)
        fail(x, path, "unknown career '%s' (no career has this id); did you mean '%s'?",
             snip(id).s, hint);
    else
        fail(x, path, "unknown career '%s' (no career has this id)", snip(id).s);
    free(ids);
}

/* [weights]: {"career-id": 0..QUIZ_MAX_WEIGHT, ...} into one slot per
 * career. Careers are read before the quiz, so every id can be checked. */
static void read_weights(Ctx *x, const cJSON *answer, const char *path, QuizAnswer *a)
{
    Content *c = x->c;
    const cJSON *j = object_at(x, answer, path, "weights", NULL);
    JPath p = jp_key(path, "weights");
    if (c->career_count == 0)
        return;
    a->weights = calloc(c->career_count, sizeof *a->weights);
    if (!a->weights) {
        fail(x, p.s, "out of memory");
        return;
    }
    for (const cJSON *e = j ? j->child : NULL; e; e = e->next) {
        JPath ep = jp_key(p.s, e->string);
        int career = content_career_index(c, e->string);
        double w = 0;
        if (career < 0)
            report_unknown_career(x, ep.s, e->string);
        else if (number_at(x, j, p.s, e->string, R_WEIGHT, true, &w))
            a->weights[career] = w;
    }
}

static void read_answer(Ctx *x, const cJSON *j, const char *path, void *item)
{
    QuizAnswer *a = item;
    if (!expect_kind(x, j, path, cJSON_IsObject, "an object"))
        return;
    check_keys(x, j, path, ANSWER_KEYS);
    text_at(x, j, path, "text", true, &a->text);
    text_at(x, j, path, "reason", false, &a->reason);
    read_weights(x, j, path, a);
}

/* The count bounds read_list does not check: too few (or none). */
static void check_count(Ctx *x, const char *path, size_t n, size_t min, size_t max,
                        const char *what, const char *owner)
{
    if (n >= min)
        return;
    if (n == 0)
        fail(x, path, "%s needs %zu to %zu %s; this one has none", owner, min, max, what);
    else
        fail(x, path, "%s needs %zu to %zu %s; this one has %zu", owner, min, max, what, n);
}

static void read_question(Ctx *x, const cJSON *j, const char *path, void *item)
{
    QuizQuestion *q = item;
    JPath p = jp_key(path, "answers");
    if (!expect_kind(x, j, path, cJSON_IsObject, "an object"))
        return;
    check_keys(x, j, path, QUESTION_KEYS);
    text_at(x, j, path, "text", true, &q->text);
    q->answers = read_list(x, j, path, "answers", sizeof(QuizAnswer), QUIZ_MAX_ANSWERS, true,
                           read_answer, &q->answer_count);
    const cJSON *arr = field(j, "answers");
    /* read_list reported a list that is too long; too short is ours. */
    if (cJSON_IsArray(arr) && cJSON_GetArraySize(arr) <= QUIZ_MAX_ANSWERS)
        check_count(x, p.s, q->answer_count, QUIZ_MIN_ANSWERS, QUIZ_MAX_ANSWERS, "answers",
                    "a question");
}

static bool career_weighed(const Quiz *quiz, size_t career)
{
    for (size_t q = 0; q < quiz->question_count; q++)
        for (size_t a = 0; a < quiz->questions[q].answer_count; a++) {
            const double *w = quiz->questions[q].answers[a].weights;
            if (w && w[career] > 0)
                return true;
        }
    return false;
}

/* A career no answer weighs always scores 0%: most likely a career was
 * added and the quiz forgotten. Worth a warning, not a refusal. */
static void check_quiz_covers(Ctx *x)
{
    const Content *c = x->c;
    if (c->quiz.question_count == 0)
        return;
    for (size_t i = 0; i < c->career_count; i++)
        if (c->careers[i].id && !career_weighed(&c->quiz, i))
            warn(x, "quiz", "no answer gives career '%s' any weight, so it always matches 0%%",
                 snip(c->careers[i].id).s);
}

/* Read after the careers: answers weigh careers by id. */
static void read_quiz(Ctx *x, const cJSON *root)
{
    Quiz *quiz = &x->c->quiz;
    const cJSON *j = object_at(x, root, "", "quiz", QUIZ_KEYS);
    if (!j)
        return;
    text_at(x, j, "quiz", "title", false, &quiz->title);
    text_at(x, j, "quiz", "intro", false, &quiz->intro);
    quiz->questions = read_list(x, j, "quiz", "questions", sizeof(QuizQuestion),
                                QUIZ_MAX_QUESTIONS, true, read_question, &quiz->question_count);
    const cJSON *arr = field(j, "questions");
    if (cJSON_IsArray(arr) && cJSON_GetArraySize(arr) <= QUIZ_MAX_QUESTIONS)
        check_count(x, "quiz.questions", quiz->question_count, QUIZ_MIN_QUESTIONS,
                    QUIZ_MAX_QUESTIONS, "questions", "a quiz");
    check_quiz_covers(x);
}

static void ltext_free(LText *t);

/* --------------------------------------------------------------- tour */

static const char *const TOUR_KEYS[] = { "seconds", "steps", NULL };
static const char *const TOUR_STEP_KEYS[] = {
    "show", "title", "line", "career", "careers", "dimension", NULL
};
static const char *const TOUR_SHOWS[] = { "intro", "card", "compare", "day", NULL };
static const char *const DIMENSION_IDS[CONTENT_COMPARE_DIMENSIONS + 1] = {
    "pay", "growth", "employment", "training", "certification", "settings", "schedule",
    "contact", "physical", "skills", "advancement", NULL
};
static const Range R_TOUR_SECONDS = { 0, 600, false };

const char *content_dimension_id(int dimension)
{
    return dimension >= 0 && dimension < CONTENT_COMPARE_DIMENSIONS ? DIMENSION_IDS[dimension] : "";
}

/* obj[key] as one of `names` ("show": "intro"); its index, or -1 (reported). */
static int name_at(Ctx *x, const cJSON *obj, const char *path, const char *key,
                   const char *const *names, const char *what)
{
    const char *s = string_at(x, obj, path, key, true);
    if (!s)
        return -1;
    for (int i = 0; names[i]; i++)
        if (strcmp(s, names[i]) == 0)
            return i;
    char list[256] = "";
    for (int i = 0; names[i]; i++) {
        size_t n = strlen(list);
        snprintf(list + n, sizeof list - n, "%s'%s'", i ? ", " : "", names[i]);
    }
    JPath p = jp_key(path, key);
    const char *hint = closest(s, names);
    if (hint)
        fail(x, p.s, "unknown %s '%s'; did you mean '%s'? (one of %s)", what, snip(s).s, hint, list);
    else
        fail(x, p.s, "unknown %s '%s' (one of %s)", what, snip(s).s, list);
    return -1;
}

/* A career id string at `path`; its index, or -1 (reported). */
static int career_ref(Ctx *x, const cJSON *j, const char *path)
{
    if (!j) {
        fail(x, path, "missing required field");
        return -1;
    }
    if (!expect_kind(x, j, path, cJSON_IsString, "a career id (a string)"))
        return -1;
    int i = content_career_index(x->c, j->valuestring);
    if (i < 0)
        report_unknown_career(x, path, j->valuestring);
    return i;
}

/* [careers]: exactly two different careers. */
static bool read_tour_pair(Ctx *x, const cJSON *step, const char *path, TourStep *st)
{
    const cJSON *arr = field(step, "careers");
    JPath p = jp_key(path, "careers");
    if (!arr) {
        fail(x, p.s, "missing required field (two career ids)");
        return false;
    }
    if (!expect_kind(x, arr, p.s, cJSON_IsArray, "an array of two career ids"))
        return false;
    if (cJSON_GetArraySize(arr) != 2) {
        fail(x, p.s, "expected two career ids, found %d", cJSON_GetArraySize(arr));
        return false;
    }
    JPath p0 = jp_index(p.s, 0), p1 = jp_index(p.s, 1);
    st->career = career_ref(x, cJSON_GetArrayItem(arr, 0), p0.s);
    st->other = career_ref(x, cJSON_GetArrayItem(arr, 1), p1.s);
    if (st->career >= 0 && st->career == st->other) {
        fail(x, p1.s, "compares a career with itself; name two different careers");
        return false;
    }
    return st->career >= 0 && st->other >= 0;
}

static bool read_tour_step(Ctx *x, const cJSON *j, const char *path, TourStep *st)
{
    st->career = st->other = -1;
    if (!expect_kind(x, j, path, cJSON_IsObject, "an object"))
        return false;
    check_keys(x, j, path, TOUR_STEP_KEYS);
    int show = name_at(x, j, path, "show", TOUR_SHOWS, "step kind");
    if (show < 0)
        return false;
    st->show = (TourShow)show;
    JPath career = jp_key(path, "career");
    switch (st->show) {
    case TOUR_SHOW_INTRO:
        text_at(x, j, path, "title", true, &st->title);
        text_at(x, j, path, "line", false, &st->line);
        return true;
    case TOUR_SHOW_CARD:
    case TOUR_SHOW_DAY:
        st->career = career_ref(x, field(j, "career"), career.s);
        return st->career >= 0;
    case TOUR_SHOW_COMPARE:
        if (!read_tour_pair(x, j, path, st))
            return false;
        if (!field(j, "dimension"))
            return true; /* the first page, pay */
        st->dimension = name_at(x, j, path, "dimension", DIMENSION_IDS, "compare dimension");
        return st->dimension >= 0;
    }
    return false;
}

static void tour_step_free(TourStep *st)
{
    ltext_free(&st->title);
    ltext_free(&st->line);
}

/* Read after the careers: steps name careers by id. Nothing here makes the
 * bundle unusable: a bad step is reported (so --validate fails) and left
 * out, and the kiosk runs the good ones. */
static void read_tour(Ctx *x, const cJSON *root)
{
    TourPlan *t = &x->c->tour;
    size_t fatal = x->fatal;
    const cJSON *j = object_at(x, root, "", "tour", TOUR_KEYS);
    const cJSON *arr = j ? field(j, "steps") : NULL;
    if (j) {
        t->present = true;
        int_at(x, j, "tour", "seconds", R_TOUR_SECONDS, false, &t->seconds);
        if (!arr)
            fail(x, "tour.steps", "missing required field");
        else if (expect_kind(x, arr, "tour.steps", cJSON_IsArray, "an array") &&
                 cJSON_GetArraySize(arr) == 0)
            fail(x, "tour.steps", "the tour has no steps; the built-in tour is used");
    }
    x->fatal = fatal;
    if (!cJSON_IsArray(arr) || cJSON_GetArraySize(arr) == 0)
        return;
    size_t n = (size_t)cJSON_GetArraySize(arr), i = 0;
    if (n > CONTENT_MAX_TOUR_STEPS) {
        warn(x, "tour.steps", "has %zu steps; the tour plays the first %d", n,
             CONTENT_MAX_TOUR_STEPS);
        n = CONTENT_MAX_TOUR_STEPS;
    }
    t->steps = calloc(n, sizeof *t->steps);
    if (!t->steps)
        return;
    for (const cJSON *c = arr->child; c && i < n; c = c->next, i++) {
        JPath ip = jp_index("tour.steps", i);
        TourStep st = { 0 };
        bool ok = read_tour_step(x, c, ip.s, &st) && x->fatal == fatal;
        x->fatal = fatal;
        if (ok) {
            t->steps[t->step_count++] = st;
        } else {
            tour_step_free(&st);
            warn(x, ip.s, "the tour skips this step");
        }
    }
}

/* --------------------------------------------------------------- root */

static const char *const ROOT_KEYS[] = {
    "$schema", /* editors use it to find data/content.schema.json */
    "format", "title", "subtitle", "all_occupations_growth", "settings", "sources", "careers",
    "ui", "quiz", "tour", NULL
};
static const char *const APP_SETTING_KEYS[] = {
    "idle_seconds", "day_autoplay_seconds", "font", "font_bold", "admin_pin", "accessibility",
    NULL
};
static const char *const ACCESS_KEYS[] = {
    "high_contrast", "large_text", "reduced_motion", NULL
};

static void read_format(Ctx *x, const cJSON *root)
{
    if (!int_at(x, root, "", "format", R_ANY, true, &x->c->format))
        return;
    if (x->c->format != FORMAT_VERSION)
        fail(x, "format", "unsupported format %d; this app reads format %d", x->c->format,
             FORMAT_VERSION);
}

/* The admin PIN is stored only as its salted hash (careerdeck --hash-pin). */
static void read_admin_pin(Ctx *x, const cJSON *settings)
{
    if (!cJSON_GetObjectItemCaseSensitive(settings, "admin_pin"))
        return;
    const char *s = string_at(x, settings, "settings", "admin_pin", false);
    if (!s)
        return;
    if (!pin_stored_valid(s)) {
        fail(x, "settings.admin_pin",
             "expected a PIN hash from 'careerdeck --hash-pin' (sha256:ITERATIONS:SALT:HASH)");
        return;
    }
    x->c->admin_pin = dup_str(x, s, "settings.admin_pin");
}

static void read_app_settings(Ctx *x, const cJSON *root)
{
    Content *c = x->c;
    const cJSON *j = object_at(x, root, "", "settings", APP_SETTING_KEYS);
    c->idle_seconds = 60;
    c->day_autoplay_seconds = 6;
    if (!j)
        return;
    int_at(x, j, "settings", "idle_seconds", R_IDLE, false, &c->idle_seconds);
    int_at(x, j, "settings", "day_autoplay_seconds", R_AUTOPLAY, false, &c->day_autoplay_seconds);
    file_at(x, j, "settings", "font", false, false, &c->font_regular);
    file_at(x, j, "settings", "font_bold", false, false, &c->font_bold);
    read_admin_pin(x, j);
    const cJSON *a = object_at(x, j, "settings", "accessibility", ACCESS_KEYS);
    if (!a)
        return;
    bool_at(x, a, "settings.accessibility", "high_contrast", &c->access.high_contrast);
    bool_at(x, a, "settings.accessibility", "large_text", &c->access.large_text);
    bool_at(x, a, "settings.accessibility", "reduced_motion", &c->access.reduced_motion);
}

/* [ui] maps interface keys to text; both arrays are filled in step so
 * content_free() can walk ui_count entries at any point. */
static void read_ui(Ctx *x, const cJSON *root)
{
    Content *c = x->c;
    const cJSON *j = object_at(x, root, "", "ui", NULL);
    size_t n = (size_t)cJSON_GetArraySize(j), i = 0;
    if (n == 0)
        return;
    if (n > MAX_LIST_ITEMS) {
        fail(x, "ui", "has %zu entries; the limit is %d", n, MAX_LIST_ITEMS);
        return;
    }
    c->ui_keys = calloc(n, sizeof *c->ui_keys);
    c->ui_values = calloc(n, sizeof *c->ui_values);
    if (!c->ui_keys || !c->ui_values) {
        fail(x, "ui", "out of memory");
        return;
    }
    c->ui_count = n;
    for (const cJSON *e = j->child; e; e = e->next, i++) {
        JPath p = jp_key("ui", e->string);
        c->ui_keys[i] = dup_str(x, e->string, p.s);
        read_text(x, e, p.s, true, &c->ui_values[i]);
    }
}

static void read_root(Ctx *x, const cJSON *root)
{
    if (!cJSON_IsObject(root)) {
        fail(x, "", "expected a JSON object at the top level, found %s", type_name(root));
        return;
    }
    check_keys(x, root, "", ROOT_KEYS);
    read_format(x, root);
    text_at(x, root, "", "title", true, &x->c->title);
    text_at(x, root, "", "subtitle", false, &x->c->subtitle);
    read_app_settings(x, root);
    read_sources(x, root);
    figure_at(x, root, "", "all_occupations_growth", R_GROWTH, &x->c->all_growth);
    read_careers(x, root);
    read_quiz(x, root);
    read_tour(x, root);
    read_ui(x, root);
}

/* ------------------------------------------------------------ freeing */

static void ltext_free(LText *t)
{
    for (int i = 0; i < LANG_COUNT; i++)
        free(t->by_lang[i]);
}

static void ltext_list_free(LText *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        ltext_free(&list[i]);
    free(list);
}

static void figure_free(Figure *f)
{
    ltext_free(&f->period);
}

static void pay_free(Pay *p)
{
    Figure *f[] = { &p->p10, &p->p25, &p->median, &p->p75, &p->p90, &p->mean, &p->range_low,
                    &p->range_high };
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
        figure_free(f[i]);
}

static void career_lists_free(Career *c)
{
    for (size_t i = 0; i < c->path_count; i++) {
        ltext_free(&c->paths[i].name);
        ltext_free(&c->paths[i].note);
    }
    free(c->paths);
    for (size_t i = 0; i < c->cert_count; i++) {
        Certification *k = &c->certs[i];
        free(k->code);
        ltext_free(&k->name);
        ltext_free(&k->body);
        ltext_free(&k->renewal);
        ltext_free(&k->note);
    }
    free(c->certs);
    for (size_t i = 0; i < c->setting_count; i++)
        ltext_free(&c->settings[i].name);
    free(c->settings);
    for (size_t i = 0; i < c->day_count; i++) {
        DayStep *d = &c->day[i];
        free(d->time);
        free(d->icon);
        ltext_free(&d->title);
        ltext_free(&d->detail);
        ltext_free(&d->place);
        ltext_free(&d->skill);
    }
    free(c->day);
}

static void career_free(Career *c)
{
    LText *texts[] = { &c->name, &c->credential, &c->tagline, &c->summary, &c->pay_note,
                       &c->training_summary, &c->schedule };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
        ltext_free(texts[i]);
    free(c->id);
    free(c->icon);
    free(c->image);
    ltext_list_free(c->duties, c->duty_count);
    ltext_list_free(c->skills, c->skill_count);
    ltext_list_free(c->advancement, c->advancement_count);
    figure_free(&c->employed);
    figure_free(&c->projected);
    figure_free(&c->growth);
    figure_free(&c->new_jobs);
    figure_free(&c->train_months);
    pay_free(&c->pay);
    career_lists_free(c);
}

static void quiz_free(Quiz *quiz)
{
    for (size_t i = 0; i < quiz->question_count; i++) {
        QuizQuestion *q = &quiz->questions[i];
        for (size_t k = 0; k < q->answer_count; k++) {
            ltext_free(&q->answers[k].text);
            ltext_free(&q->answers[k].reason);
            free(q->answers[k].weights);
        }
        free(q->answers);
        ltext_free(&q->text);
    }
    free(quiz->questions);
    ltext_free(&quiz->title);
    ltext_free(&quiz->intro);
}

void content_free(Content *content)
{
    if (!content)
        return;
    quiz_free(&content->quiz);
    for (size_t i = 0; i < content->tour.step_count; i++)
        tour_step_free(&content->tour.steps[i]);
    free(content->tour.steps);
    for (size_t i = 0; i < content->source_count; i++) {
        Source *s = &content->sources[i];
        free(s->id);
        free(s->url);
        ltext_free(&s->publisher);
        ltext_free(&s->title);
        ltext_free(&s->cite);
    }
    free(content->sources);
    for (size_t i = 0; i < content->career_count; i++)
        career_free(&content->careers[i]);
    free(content->careers);
    for (size_t i = 0; i < content->ui_count; i++)
        free(content->ui_keys[i]);
    ltext_list_free(content->ui_values, content->ui_count);
    free(content->ui_keys);
    ltext_free(&content->title);
    ltext_free(&content->subtitle);
    figure_free(&content->all_growth);
    free(content->font_regular);
    free(content->font_bold);
    free(content->admin_pin);
    free(content->bundle_dir);
    free(content);
}

/* ------------------------------------------------------------ loading */

/* `buf` holds len bytes plus a NUL at buf[len], which cJSON is told to
 * expect: with require_null_terminated it then rejects trailing junk. */
static Content *parse_terminated(Ctx *x, const char *buf, size_t len)
{
    const char *end = NULL;
    if (!precheck(x, buf, len))
        return NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(buf, len + 1, &end, 1);
    if (!root) {
        report_syntax(x, buf, len, end);
        return NULL;
    }
    x->c = calloc(1, sizeof *x->c);
    if (!x->c) {
        fail(x, "", "out of memory");
        cJSON_Delete(root);
        return NULL;
    }
    x->c->all_growth.source = -1;
    if (x->bundle_dir)
        x->c->bundle_dir = dup_str(x, x->bundle_dir, "");
    scan_tree(x, root, "");
    read_root(x, root);
    report_translations(x);
    cJSON_Delete(root);
    if (x->fatal) {
        content_free(x->c);
        return NULL;
    }
    return x->c;
}

static Content *parse_with(const char *buf, size_t len, const char *file_label,
                           const char *bundle_dir, const ContentHooks *hooks,
                           ContentReport *report)
{
    Ctx x = { 0 };
    x.report = report;
    x.file = file_label ? file_label : "content.json";
    x.bundle_dir = bundle_dir;
    x.hooks = hooks;
    if (bundle_dir)
        x.bundle_real = realpath(bundle_dir, NULL);
    Content *c = parse_terminated(&x, buf, len);
    free(x.source_ids);
    free(x.bundle_real);
    return c;
}

Content *content_parse(const char *json, size_t len, const char *file_label,
                       const char *bundle_dir, const ContentHooks *hooks,
                       ContentReport *report)
{
    ContentReport scratch = { 0 };
    if (!report)
        report = &scratch; /* callers that only want the result */
    if (!json)
        len = 0;
    /* A private NUL-terminated copy: the caller's text need not end in 0. */
    char *buf = malloc(len + 1);
    Content *c = NULL;
    if (!buf) {
        content_report_add(report, REPORT_ERROR, file_label, "", "out of memory");
    } else {
        if (len)
            memcpy(buf, json, len);
        buf[len] = '\0';
        c = parse_with(buf, len, file_label, bundle_dir, hooks, report);
    }
    free(buf);
    content_report_free(&scratch);
    return c;
}

static void report_open_error(ContentReport *report, const char *label, int err)
{
    if (err == ENOENT || err == ENOTDIR)
        content_report_add(report, REPORT_ERROR, label, "",
                           "not found (a bundle folder must contain content.json)");
    else
        content_report_add(report, REPORT_ERROR, label, "", "cannot open: %s", strerror(err));
}

/* The whole file in a NUL-terminated buffer, or NULL (reported). fileread
 * opens it without blocking (a FIFO named content.json must not hang) and
 * refuses folders, devices and files over the limit before reading. */
static char *read_content_file(const char *label, ContentReport *report, size_t *len)
{
    char why[200];
    int open_errno = 0;
    char *buf = fileread_all_errno(label, CONTENT_MAX_FILE_BYTES, len, why, sizeof why, &open_errno);
    if (!buf && open_errno)
        report_open_error(report, label, open_errno);
    else if (!buf)
        content_report_add(report, REPORT_ERROR, label, "", "%s", why);
    return buf;
}

Content *content_load(const char *bundle_dir, const ContentHooks *hooks, ContentReport *report)
{
    ContentReport scratch = { 0 };
    if (!report)
        report = &scratch;
    if (!bundle_dir || !bundle_dir[0])
        bundle_dir = ".";
    char *label = join_path(bundle_dir, "content.json");
    size_t len = 0;
    char *buf = label ? read_content_file(label, report, &len) : NULL;
    Content *c = NULL;
    if (!label)
        content_report_add(report, REPORT_ERROR, "content.json", "", "out of memory");
    if (buf)
        c = parse_with(buf, len, label, bundle_dir, hooks, report);
    free(buf);
    free(label);
    content_report_free(&scratch);
    return c;
}

/* ------------------------------------------------------------ lookups */

int content_career_index(const Content *content, const char *id)
{
    if (!content || !id)
        return -1;
    for (size_t i = 0; i < content->career_count; i++)
        if (content->careers[i].id && strcmp(content->careers[i].id, id) == 0)
            return (int)i;
    return -1;
}

const char *content_ui(const Content *content, const char *key, Lang lang)
{
    if (!content || !key)
        return NULL;
    for (size_t i = 0; i < content->ui_count; i++)
        if (content->ui_keys[i] && strcmp(content->ui_keys[i], key) == 0)
            return ltext_get(&content->ui_values[i], lang);
    return NULL;
}

const Source *content_source(const Content *content, int index)
{
    if (!content || index < 0 || (size_t)index >= content->source_count)
        return NULL;
    return &content->sources[index];
}
