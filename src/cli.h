/* cli: command-line parsing, kept apart from main so it is testable.
 *
 * Exit codes (documented in README and --help):
 *   0 success; 1 the bundle has problems or cannot be loaded;
 *   2 bad command line or replay script; 3 display, renderer or font failure. */
#ifndef CLI_H
#define CLI_H

#include "content.h"

#include <stdbool.h>
#include <stddef.h>

enum { EXIT_OK = 0, EXIT_CONTENT = 1, EXIT_USAGE = 2, EXIT_PLATFORM = 3 };

typedef enum {
    MODE_RUN,
    MODE_SCREENSHOT,
    MODE_EXPORT,
    MODE_VALIDATE,
    MODE_REPORT,
    MODE_HASH_PIN,
    MODE_BENCH,
    MODE_SOAK,
    MODE_HELP,
    MODE_VERSION
} CliMode;

typedef struct {
    CliMode mode;
    const char *bundle;      /* default "data" (or the installed data folder) */
    int window_w, window_h;  /* --window WxH; 0 = fullscreen desktop */
    int size_w, size_h;      /* --size WxH for --screenshot and --export; default 1920x1080 */
    bool size_set;           /* --size was given (--soak has its own default) */
    const char *screenshot;  /* --screenshot OUT.png */
    const char *export_dir;  /* --export DIR: every handout as PNGs plus an index */
    const char *script;      /* --script FILE */
    char **logs;             /* --report LOG...: the log files (point into argv) */
    int log_count;
    bool kiosk;              /* --kiosk: unattended, locked down, attract loop */
    int rotate;              /* --rotate 0|90|180|270: panel mounted on its side */
    const char *log_dir;     /* --log-dir DIR: visitor analytics (kiosk) */
    bool lang_set;           /* --lang given: start in `lang`, not English */
    Lang lang;               /* --lang en|es; LANG_EN when not given */
    bool tour;               /* --tour: start the bundle's guided tour */
    int tour_seconds;        /* --tour-seconds N: advance the tour on its own; 0 = by click */
    bool high_contrast;      /* --high-contrast */
    bool large_text;         /* --large-text */
    bool reduced_motion;     /* --reduced-motion: crossfades instead of slides */
    int bench_frames;        /* --bench FRAMES: render scripted motion, print frame times */
    double soak_hours;       /* --soak HOURS: simulated day of random input */
    unsigned seed;           /* --seed N for --soak; default 1 */
} CliOptions;

/* Parses argv. On failure returns false with a one-line message in err. */
bool cli_parse(int argc, char **argv, CliOptions *out, char *err, size_t err_len);
/* Parses "1920x1080" into w, h within 64..16384. */
bool cli_parse_size(const char *text, int *w, int *h);
const char *cli_usage(void);

#endif
