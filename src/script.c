#include "script.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fileread.h"

/* A slice of the source text; lines and tokens are never copied until kept. */
typedef struct {
    const char *p;
    size_t n;
} Span;

/* Where we are, for error messages. */
typedef struct {
    const char *label;
    int line;
    char *err;
    size_t err_len;
} ParseCtx;

typedef struct {
    const char *name;
    ScriptKind kind;
    int nargs;          /* -1: takes the rest of the line */
    const char *usage;
} CmdSpec;

static const CmdSpec SPECS[] = {
    {"wait", SCRIPT_WAIT, 1, "MS"},
    {"tap", SCRIPT_TAP, 2, "X Y"},
    {"swipe", SCRIPT_SWIPE, 5, "X1 Y1 X2 Y2 MS"},
    {"longpress", SCRIPT_LONGPRESS, 3, "X Y MS"},
    {"key", SCRIPT_KEY, -1, "NAME"},
    {"shot", SCRIPT_SHOT, -1, "FILE.png"},
};

#define MAX_ARGS 5
/* Long enough for any sane number; longer tokens are rejected as bad. */
#define NUM_BUF 64
/* Quoted tokens in messages are cut so a runaway line can't swamp them. */
#define QUOTE_MAX 40

static bool fail(ParseCtx *c, const char *fmt, ...)
{
    if (!c->err || c->err_len == 0)
        return false;
    int n = snprintf(c->err, c->err_len, "%s:%d: ", c->label, c->line);
    if (n >= 0 && (size_t)n < c->err_len) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(c->err + n, c->err_len - (size_t)n, fmt, ap);
        va_end(ap);
    }
    return false;
}

/* ---- spans ------------------------------------------------------------- */

static bool is_space(char ch)
{
    /* '\r' included: CRLF endings and stray CRs are just whitespace. */
    return ch == ' ' || ch == '\t' || ch == '\r';
}

static Span trim(Span s)
{
    while (s.n > 0 && is_space(s.p[0])) {
        s.p++;
        s.n--;
    }
    while (s.n > 0 && is_space(s.p[s.n - 1]))
        s.n--;
    return s;
}

/* Cuts at a '#' that starts the line or follows whitespace. */
static Span strip_comment(Span s)
{
    for (size_t i = 0; i < s.n; i++) {
        if (s.p[i] == '#' && (i == 0 || is_space(s.p[i - 1]))) {
            s.n = i;
            break;
        }
    }
    return s;
}

/* The first token of `s` (which starts with a non-space). */
static Span first_token(Span s)
{
    size_t n = 0;
    while (n < s.n && !is_space(s.p[n]))
        n++;
    return (Span){s.p, n};
}

static Span after(Span whole, Span head)
{
    size_t used = (size_t)(head.p - whole.p) + head.n;
    return (Span){whole.p + used, whole.n - used};
}

/* Splits into up to MAX_ARGS tokens; returns the total count, even beyond. */
static int split(Span s, Span tok[MAX_ARGS])
{
    int count = 0;
    for (s = trim(s); s.n > 0; count++) {
        Span t = first_token(s);
        if (count < MAX_ARGS)
            tok[count] = t;
        s = trim(after(s, t));
    }
    return count;
}

static bool span_is(Span s, const char *word)
{
    return strlen(word) == s.n && memcmp(s.p, word, s.n) == 0;
}

static int quote_len(Span s)
{
    return (int)(s.n < QUOTE_MAX ? s.n : QUOTE_MAX);
}

/* ---- numbers ----------------------------------------------------------- */

/* Copies a token into buf for strto*; false if it can't be a number. */
static bool token_cstr(Span tok, const char *allowed, char buf[NUM_BUF])
{
    if (tok.n == 0 || tok.n >= NUM_BUF)
        return false;
    bool digit = false;
    for (size_t i = 0; i < tok.n; i++) {
        if (tok.p[i] == '\0' || !strchr(allowed, tok.p[i]))
            return false;
        digit = digit || (tok.p[i] >= '0' && tok.p[i] <= '9');
    }
    memcpy(buf, tok.p, tok.n);
    buf[tok.n] = '\0';
    return digit;
}

static bool parse_fraction(ParseCtx *c, Span tok, const char *what, float *out)
{
    char buf[NUM_BUF];
    /* The character whitelist is what rules out nan, inf and hex floats,
     * all of which strtod would otherwise accept. */
    if (!token_cstr(tok, "0123456789.+-eE", buf))
        return fail(c, "bad number '%.*s' for %s", quote_len(tok), tok.p, what);
    char *end;
    errno = 0;
    double v = strtod(buf, &end);
    if (*end != '\0' || errno == ERANGE)
        return fail(c, "bad number '%.*s' for %s", quote_len(tok), tok.p, what);
    if (!(v >= 0.0 && v <= 1.0))
        return fail(c, "%s out of range (0..1): '%s'", what, buf);
    *out = (float)v;
    return true;
}

static bool parse_ms(ParseCtx *c, Span tok, uint32_t lo, uint32_t hi, uint32_t *out)
{
    char buf[NUM_BUF];
    if (!token_cstr(tok, "0123456789", buf))
        return fail(c, "bad number '%.*s' for MS", quote_len(tok), tok.p);
    errno = 0;
    unsigned long long v = strtoull(buf, NULL, 10);
    if (errno == ERANGE || v < lo || v > hi)
        return fail(c, "MS out of range (%lu..%lu): '%s'", (unsigned long)lo,
                    (unsigned long)hi, buf);
    *out = (uint32_t)v;
    return true;
}

/* ---- commands ---------------------------------------------------------- */

static const CmdSpec *find_spec(Span name)
{
    for (size_t i = 0; i < sizeof SPECS / sizeof SPECS[0]; i++)
        if (span_is(name, SPECS[i].name))
            return &SPECS[i];
    return NULL;
}

static bool arg_count_error(ParseCtx *c, const CmdSpec *spec, int got)
{
    int want = spec->nargs < 0 ? 1 : spec->nargs;
    return fail(c, "'%s' takes %d argument%s (%s), got %d", spec->name, want,
                want == 1 ? "" : "s", spec->usage, got);
}

static bool parse_numeric(ParseCtx *c, const CmdSpec *spec, Span rest, ScriptCmd *cmd)
{
    Span t[MAX_ARGS];
    int got = split(rest, t);
    if (got != spec->nargs)
        return arg_count_error(c, spec, got);
    const uint32_t gmax = SCRIPT_MAX_GESTURE_MS;
    switch (spec->kind) {
    case SCRIPT_WAIT: return parse_ms(c, t[0], 0, SCRIPT_MAX_WAIT_MS, &cmd->ms);
    case SCRIPT_TAP:
        return parse_fraction(c, t[0], "X", &cmd->x1) && parse_fraction(c, t[1], "Y", &cmd->y1);
    case SCRIPT_SWIPE:
        return parse_fraction(c, t[0], "X1", &cmd->x1) &&
               parse_fraction(c, t[1], "Y1", &cmd->y1) &&
               parse_fraction(c, t[2], "X2", &cmd->x2) &&
               parse_fraction(c, t[3], "Y2", &cmd->y2) && parse_ms(c, t[4], 1, gmax, &cmd->ms);
    case SCRIPT_LONGPRESS:
        return parse_fraction(c, t[0], "X", &cmd->x1) &&
               parse_fraction(c, t[1], "Y", &cmd->y1) && parse_ms(c, t[2], 1, gmax, &cmd->ms);
    case SCRIPT_KEY:
    case SCRIPT_SHOT: break;
    }
    return false;
}

static bool ends_with_png(Span s)
{
    /* Something before the extension, too: ".png" alone names no file. */
    return s.n > 4 && memcmp(s.p + s.n - 4, ".png", 4) == 0;
}

static char *span_dup(Span s)
{
    char *copy = malloc(s.n + 1);
    if (copy) {
        memcpy(copy, s.p, s.n);
        copy[s.n] = '\0';
    }
    return copy;
}

/* key and shot take the rest of the line, so names may contain spaces. */
static bool parse_text(ParseCtx *c, const CmdSpec *spec, Span rest, ScriptKeyOk key_ok,
                       void *user, ScriptCmd *cmd)
{
    if (rest.n == 0)
        return arg_count_error(c, spec, 0);
    if (spec->kind == SCRIPT_SHOT && !ends_with_png(rest))
        return fail(c, "shot file must end in .png: '%.*s'", quote_len(rest), rest.p);
    cmd->text = span_dup(rest);
    if (!cmd->text)
        return fail(c, "out of memory");
    if (spec->kind == SCRIPT_KEY && key_ok && !key_ok(cmd->text, user)) {
        fail(c, "unknown key '%.*s'", quote_len(rest), rest.p);
        free(cmd->text);
        cmd->text = NULL;
        return false;
    }
    return true;
}

static bool append(Script *s, size_t *cap, ScriptCmd cmd)
{
    if (s->count == *cap) {
        size_t grown = *cap ? *cap * 2 : 16;
        ScriptCmd *cmds = realloc(s->cmds, grown * sizeof *cmds);
        if (!cmds)
            return false;
        s->cmds = cmds;
        *cap = grown;
    }
    s->cmds[s->count++] = cmd;
    return true;
}

typedef struct {
    ScriptKeyOk key_ok;
    void *user;
    Script script;
    size_t cap;
} ParseOut;

static bool parse_line(ParseCtx *c, Span line, ParseOut *po)
{
    if (memchr(line.p, '\0', line.n))
        return fail(c, "embedded NUL byte");
    line = trim(strip_comment(line));
    if (line.n == 0)
        return true;
    Span name = first_token(line);
    const CmdSpec *spec = find_spec(name);
    if (!spec)
        return fail(c, "unknown command '%.*s'", quote_len(name), name.p);
    Span rest = trim(after(line, name));
    ScriptCmd cmd = {.kind = spec->kind, .line = c->line};
    bool ok = spec->nargs < 0 ? parse_text(c, spec, rest, po->key_ok, po->user, &cmd)
                              : parse_numeric(c, spec, rest, &cmd);
    if (!ok)
        return false;
    if (!append(&po->script, &po->cap, cmd)) {
        free(cmd.text);
        return fail(c, "out of memory");
    }
    return true;
}

bool script_parse(const char *label, const char *text, size_t len, Script *out,
                  ScriptKeyOk key_ok, void *user, char *err, size_t err_len)
{
    *out = (Script){NULL, 0};
    if (err && err_len)
        err[0] = '\0';
    ParseCtx c = {label ? label : "<script>", 0, err, err_len};
    ParseOut po = {key_ok, user, {NULL, 0}, 0};
    const char *p = text, *end = text ? text + len : text;
    while (p < end) {
        c.line++;
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        Span line = {p, (size_t)((nl ? nl : end) - p)};
        if (!parse_line(&c, line, &po)) {
            script_free(&po.script);
            return false;
        }
        p = nl ? nl + 1 : end;
    }
    *out = po.script;
    return true;
}

void script_free(Script *script)
{
    if (!script)
        return;
    for (size_t i = 0; i < script->count; i++)
        free(script->cmds[i].text);
    free(script->cmds);
    script->cmds = NULL;
    script->count = 0;
}

/* ---- files ------------------------------------------------------------- */

static bool file_error(const char *path, char *err, size_t err_len, const char *what)
{
    if (err && err_len)
        snprintf(err, err_len, "%s: %s", path, what);
    return false;
}


bool script_load_file(const char *path, Script *out, ScriptKeyOk key_ok, void *user,
                      char *err, size_t err_len)
{
    *out = (Script){NULL, 0};
    char why[160];
    size_t len = 0;
    char *buf = fileread_all(path, SCRIPT_MAX_FILE_BYTES, &len, why, sizeof why);
    if (!buf)
        return file_error(path, err, err_len, why); /* a FIFO or folder too: never blocks */
    bool ok = script_parse(path, buf, len, out, key_ok, user, err, err_len);
    free(buf);
    return ok;
}

/* ---- swipe expansion --------------------------------------------------- */

size_t script_swipe_points(const ScriptCmd *cmd, uint32_t step_ms, ScriptPoint *out,
                           size_t max_out)
{
    if (cmd->kind != SCRIPT_SWIPE)
        return 0;
    uint64_t step = step_ms ? step_ms : 1;
    uint64_t ms = cmd->ms;
    /* ceil(ms / step) intervals; a zero-length swipe still has two ends. */
    uint64_t intervals = ms == 0 ? 1 : (ms + step - 1) / step;
    size_t total = (size_t)intervals + 1;
    for (size_t i = 0; out && i < total && i < max_out; i++) {
        if (i == total - 1) {
            out[i] = (ScriptPoint){cmd->x2, cmd->y2, cmd->ms};
            continue;
        }
        uint64_t t = (uint64_t)i * step;
        float f = ms ? (float)((double)t / (double)ms) : 0.0f;
        out[i] = (ScriptPoint){cmd->x1 + (cmd->x2 - cmd->x1) * f,
                               cmd->y1 + (cmd->y2 - cmd->y1) * f, (uint32_t)t};
    }
    return total;
}
