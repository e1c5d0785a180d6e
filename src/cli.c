#include "cli.h"

#include "rotation.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MIN_SIDE = 64, MAX_SIDE = 16384 };

const char *cli_usage(void)
{
    return "usage: careerdeck [options] [BUNDLE]\n"
           "\n"
           "  BUNDLE                 content folder holding content.json (default: data)\n"
           "  --window WxH           run in a window of this size instead of fullscreen\n"
           "  --screenshot OUT.png   render headless (no display needed) and write a PNG\n"
           "  --size WxH             screenshot and export size (default 1920x1080)\n"
           "  --export DIR           render every card, detail section, compare page, day\n"
           "                         step and quiz screen in each language as PNGs into\n"
           "                         DIR, with DIR/index.html and DIR/index.txt\n"
           "  --script FILE          replay a script (taps, swipes, keys, waits, shots);\n"
           "                         with --screenshot headless, otherwise in the window\n"
           "  --kiosk                unattended kiosk: fullscreen, locked down, attract loop,\n"
           "                         idle reset, hidden admin panel, hot reload\n"
           "  --rotate DEGREES       0, 90, 180 or 270: the panel is mounted turned clockwise\n"
           "  --log-dir DIR          write the private visitor log there (default with\n"
           "                         --kiosk: $XDG_STATE_HOME/careerdeck or ~/.local/state)\n"
           "  --lang en|es           start in English (the default) or Spanish\n"
           "  --tour                start the guided tour set in the bundle\n"
           "  --tour-seconds N       advance the tour every N seconds (1-600; default: by\n"
           "                         click or key only)\n"
           "  --high-contrast        high-contrast theme (text at least 7:1)\n"
           "  --large-text           larger type throughout\n"
           "  --reduced-motion       crossfades instead of slides, no parallax\n"
           "  --bench FRAMES         render FRAMES frames of scripted motion headless at\n"
           "                         --size and print frame-time percentiles\n"
           "  --soak HOURS           drive random taps, swipes, keys across every screen for\n"
           "                         HOURS of simulated time, checking invariants\n"
           "  --seed N               random seed for --soak (default 1)\n"
           "  --validate             check the bundle and print one line per problem\n"
           "  --report LOG...        merge visitor logs (from one or more kiosks) and print\n"
           "                         a summary table\n"
           "  --hash-pin             read an admin PIN (4-12 digits) on stdin and print the\n"
           "                         salted hash to put in the bundle's settings.admin_pin\n"
           "  --help, --version\n"
           "\n"
           "exit codes: 0 ok, 1 bundle problems, 2 bad arguments or script,\n"
           "            3 display, renderer or font failure, 4 --soak found a problem\n";
}

static bool parse_side(const char *s, char **end, int *out)
{
    errno = 0;
    long v = strtol(s, end, 10);
    if (errno || *end == s || v < MIN_SIDE || v > MAX_SIDE)
        return false;
    *out = (int)v;
    return true;
}

bool cli_parse_size(const char *text, int *w, int *h)
{
    if (!text || !(*text >= '0' && *text <= '9'))
        return false;
    char *end;
    if (!parse_side(text, &end, w) || (*end != 'x' && *end != 'X'))
        return false;
    const char *rest = end + 1;
    if (!(*rest >= '0' && *rest <= '9'))
        return false;
    return parse_side(rest, &end, h) && *end == '\0';
}

/* Parses a whole decimal integer within lo..hi. */
static bool parse_int_in(const char *s, long lo, long hi, int *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end != '\0' || v < lo || v > hi)
        return false;
    *out = (int)v;
    return true;
}

/* Takes the value of an option that needs one. */
static const char *value_of(int argc, char **argv, int *i, char *err, size_t err_len)
{
    if (*i + 1 >= argc) {
        snprintf(err, err_len, "%s needs a value", argv[*i]);
        return NULL;
    }
    return argv[++*i];
}

static bool parse_size_option(const char *opt, const char *v, int *w, int *h, char *err,
                              size_t err_len)
{
    if (cli_parse_size(v, w, h))
        return true;
    snprintf(err, err_len, "%s: expected WIDTHxHEIGHT (each %d..%d), got '%s'", opt, MIN_SIDE,
             MAX_SIDE, v);
    return false;
}

static bool parse_option(int argc, char **argv, int *i, CliOptions *o, char *err, size_t err_len)
{
    const char *a = argv[*i], *v;
    if (!strcmp(a, "--help") || !strcmp(a, "-h"))
        o->mode = MODE_HELP;
    else if (!strcmp(a, "--version"))
        o->mode = MODE_VERSION;
    else if (!strcmp(a, "--validate"))
        o->mode = MODE_VALIDATE;
    else if (!strcmp(a, "--report"))
        o->mode = MODE_REPORT;
    else if (!strcmp(a, "--hash-pin"))
        o->mode = MODE_HASH_PIN;
    else if (!strcmp(a, "--kiosk"))
        o->kiosk = true;
    else if (!strcmp(a, "--tour"))
        o->tour = true;
    else if (!strcmp(a, "--high-contrast"))
        o->high_contrast = true;
    else if (!strcmp(a, "--large-text"))
        o->large_text = true;
    else if (!strcmp(a, "--reduced-motion"))
        o->reduced_motion = true;
    else if (!strcmp(a, "--tour-seconds")) {
        if (!(v = value_of(argc, argv, i, err, err_len)))
            return false;
        if (!parse_int_in(v, 1, 600, &o->tour_seconds)) {
            snprintf(err, err_len, "--tour-seconds: expected 1 to 600, got '%s'", v);
            return false;
        }
        o->tour = true;
    } else if (!strcmp(a, "--bench")) {
        if (!(v = value_of(argc, argv, i, err, err_len)))
            return false;
        if (!parse_int_in(v, 10, 1000000, &o->bench_frames)) {
            snprintf(err, err_len, "--bench: expected a frame count of 10 to 1000000, got '%s'", v);
            return false;
        }
        o->mode = MODE_BENCH;
    } else if (!strcmp(a, "--soak")) {
        if (!(v = value_of(argc, argv, i, err, err_len)))
            return false;
        char *end;
        errno = 0;
        double h = strtod(v, &end);
        if (errno || end == v || *end != '\0' || !(h > 0.0 && h <= 24.0 * 30)) {
            snprintf(err, err_len, "--soak: expected hours above 0 and at most 720, got '%s'", v);
            return false;
        }
        o->soak_hours = h;
        o->mode = MODE_SOAK;
    } else if (!strcmp(a, "--seed")) {
        if (!(v = value_of(argc, argv, i, err, err_len)))
            return false;
        int seed;
        if (!parse_int_in(v, 0, 2147483647, &seed)) {
            snprintf(err, err_len, "--seed: expected a whole number, got '%s'", v);
            return false;
        }
        o->seed = (unsigned)seed;
    }
    else if (!strcmp(a, "--rotate")) {
        if (!(v = value_of(argc, argv, i, err, err_len)))
            return false;
        Rotation r;
        if (!rotation_parse(v, &r)) {
            snprintf(err, err_len, "--rotate: expected 0, 90, 180 or 270, got '%s'", v);
            return false;
        }
        o->rotate = (int)r;
    } else if (!strcmp(a, "--lang")) {
        if (!(v = value_of(argc, argv, i, err, err_len)))
            return false;
        if (!strcmp(v, "en")) {
            o->lang = LANG_EN;
        } else if (!strcmp(v, "es")) {
            o->lang = LANG_ES;
        } else {
            snprintf(err, err_len, "--lang: expected 'en' (English) or 'es' (Spanish), got '%s'", v);
            return false;
        }
        o->lang_set = true;
    } else if (!strcmp(a, "--log-dir")) {
        if (!(o->log_dir = value_of(argc, argv, i, err, err_len)))
            return false;
    }
    else if (!strcmp(a, "--window"))
        return (v = value_of(argc, argv, i, err, err_len)) &&
               parse_size_option(a, v, &o->window_w, &o->window_h, err, err_len);
    else if (!strcmp(a, "--size"))
        return (v = value_of(argc, argv, i, err, err_len)) &&
               (o->size_set = parse_size_option(a, v, &o->size_w, &o->size_h, err, err_len));
    else if (!strcmp(a, "--screenshot")) {
        if (!(v = value_of(argc, argv, i, err, err_len)))
            return false;
        o->screenshot = v;
        if (o->mode == MODE_RUN)
            o->mode = MODE_SCREENSHOT;
    } else if (!strcmp(a, "--export")) {
        if (!(v = value_of(argc, argv, i, err, err_len)))
            return false;
        o->export_dir = v;
        if (o->mode == MODE_RUN)
            o->mode = MODE_EXPORT;
    } else if (!strcmp(a, "--script")) {
        if (!(o->script = value_of(argc, argv, i, err, err_len)))
            return false;
    } else {
        snprintf(err, err_len, "unknown option '%s' (try --help)", a);
        return false;
    }
    return true;
}

bool cli_parse(int argc, char **argv, CliOptions *out, char *err, size_t err_len)
{
    CliOptions o = {0};
    o.mode = MODE_RUN;
    o.size_w = 1920;
    o.size_h = 1080;
    o.seed = 1;
    for (int i = 1; i < argc; i++) {
        if (argv[i][0] == '-' && argv[i][1] != '\0') {
            if (!parse_option(argc, argv, &i, &o, err, err_len))
                return false;
        } else if (o.mode == MODE_REPORT) {
            if (!o.logs)
                o.logs = &argv[i];
            o.log_count++;
            if (&o.logs[o.log_count - 1] != &argv[i]) {
                snprintf(err, err_len, "--report: give the log files together, after --report");
                return false;
            }
        } else if (o.bundle) {
            snprintf(err, err_len, "more than one bundle given: '%s' and '%s'", o.bundle, argv[i]);
            return false;
        } else {
            o.bundle = argv[i];
        }
    }
    if (o.mode == MODE_REPORT && o.log_count == 0) {
        snprintf(err, err_len, "--report needs at least one log file");
        return false;
    }
    if (o.mode == MODE_SCREENSHOT && o.screenshot[0] == '\0') {
        snprintf(err, err_len, "--screenshot needs a file name");
        return false;
    }
    if (o.mode == MODE_EXPORT && o.export_dir[0] == '\0') {
        snprintf(err, err_len, "--export needs a folder name");
        return false;
    }
    if (o.export_dir && o.screenshot) {
        snprintf(err, err_len, "--export and --screenshot cannot be used together");
        return false;
    }
    *out = o;
    return true;
}
