/* script: parser for replay scripts that drive the app in tests and for
 * screenshots (--script FILE).
 *
 * One command per line; tokens separated by spaces or tabs; CRLF tolerated.
 * '#' at the start of a line or after whitespace starts a comment (so
 * "shot shots/a#1.png" keeps its '#'; the key named "#" can't be scripted).
 *
 *   wait MS                  advance the clock by MS ms (0..86400000)
 *   tap X Y                  X, Y: fractions of the screen, 0..1
 *   swipe X1 Y1 X2 Y2 MS     one finger from (X1,Y1) to (X2,Y2) over MS
 *                            (1..60000), at constant speed
 *   longpress X Y MS         hold still for MS (1..60000)
 *   key NAME                 an SDL key name; the rest of the line, trimmed,
 *                            so "key Page Down" works
 *   shot FILE.png            save the frame; rest of line, trimmed
 *
 * Numbers must be plain decimals: no hex, nan, inf, signs on integers, or
 * trailing junk. Fractions are parsed with strtod, so the process must be in
 * the "C" numeric locale (the default unless someone calls setlocale).
 * Command names are case-sensitive.
 *
 * Errors are one line, "LABEL:LINE: message", e.g.
 *   tests/scripts/x.txt:12: unknown command 'tapp'
 * where LABEL is the caller's name for the text (normally its path). */
#ifndef SCRIPT_H
#define SCRIPT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SCRIPT_MAX_WAIT_MS 86400000u
#define SCRIPT_MAX_GESTURE_MS 60000u
#define SCRIPT_MAX_FILE_BYTES (1024u * 1024u)

typedef enum {
    SCRIPT_WAIT,
    SCRIPT_TAP,
    SCRIPT_SWIPE,
    SCRIPT_LONGPRESS,
    SCRIPT_KEY,
    SCRIPT_SHOT
} ScriptKind;

typedef struct {
    ScriptKind kind;
    int line;              /* 1-based, for the player's own messages */
    float x1, y1, x2, y2;  /* tap/longpress: x1,y1; swipe: both */
    uint32_t ms;           /* wait, swipe, longpress */
    char *text;            /* key: the name; shot: the file; else NULL */
} ScriptCmd;

typedef struct {
    ScriptCmd *cmds;       /* owned; free with script_free() */
    size_t count;
} Script;

/* Decides whether a key name is known (the SDL edge passes one built on
 * SDL_GetKeyFromName). */
typedef bool (*ScriptKeyOk)(const char *name, void *user);

/* Parses text[0..len) (need not be NUL-terminated; an embedded NUL is an
 * error). On success fills *out and returns true. On failure writes the
 * first problem to err (if given), leaves *out empty and returns false.
 * key_ok NULL accepts any key name. label NULL reads as "<script>". */
bool script_parse(const char *label, const char *text, size_t len, Script *out,
                  ScriptKeyOk key_ok, void *user, char *err, size_t err_len);

/* Reads and parses a file of at most SCRIPT_MAX_FILE_BYTES, labelling errors
 * with its path. */
bool script_load_file(const char *path, Script *out, ScriptKeyOk key_ok, void *user,
                      char *err, size_t err_len);

void script_free(Script *script);

/* One sample of an expanded swipe, t_ms relative to the swipe's start. */
typedef struct {
    float x, y;
    uint32_t t_ms;
} ScriptPoint;

/* The finger samples of a SCRIPT_SWIPE: one every step_ms (0 counts as 1)
 * from t=0 at (x1,y1), plus a last one at exactly t=ms on exactly (x2,y2).
 * The player sends DOWN at the first, MOVE at the rest and UP at the last.
 * Writes at most max_out samples and returns how many there are in total,
 * like snprintf: call with out NULL to size a buffer. Not a swipe: 0. */
size_t script_swipe_points(const ScriptCmd *cmd, uint32_t step_ms, ScriptPoint *out,
                           size_t max_out);

#endif
