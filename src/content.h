/* content: the bundle model (plain structs) and its loader/validator.
 *
 * A bundle is a folder holding content.json and the images it names. This is
 * the only module that sees cJSON: it parses, checks every field, reports each
 * problem with its JSON path, and hands back plain structs owned by Content.
 *
 * Ownership: content_load() returns a Content the caller frees with
 * content_free(). Every string inside belongs to the Content. Problems go to a
 * ContentReport the caller owns (content_report_free()).
 *
 * JSON format (docs/content.md is the author-facing reference,
 * data/content.schema.json the editor schema): see the field comments below;
 * a JSON key is named in [brackets] where it differs from the C name.
 * Unknown keys are warnings; "$schema" is allowed at the top level so
 * editors can find the schema.
 */
#ifndef CONTENT_H
#define CONTENT_H

#include <stdbool.h>
#include <stddef.h>

#include "access.h"

/* Languages a text field may carry. A text field in JSON is either a plain
 * string (English) or an object {"en": "...", "es": "..."}. */
typedef enum { LANG_EN = 0, LANG_ES, LANG_COUNT } Lang;

typedef struct {
    char *by_lang[LANG_COUNT]; /* NULL where the bundle has no translation */
} LText;

/* The text in `lang`, else English, else "" (never NULL). */
const char *ltext_get(const LText *text, Lang lang);
bool ltext_present(const LText *text);

/* A figure a visitor sees. `present` is false when the bundle omits it:
 * screens show "not reported". Every present figure names a source. */
typedef struct {
    bool present;
    double value;
    int source;        /* index into Content.sources, -1 if absent */
    int year;          /* data year, e.g. 2024 for "May 2024"; 0 if none */
    LText period;      /* e.g. "2024–2034" for projections; may be empty */
} Figure;

typedef struct {
    char *id;          /* unique, referenced by figures as "source": id */
    LText publisher;   /* "U.S. Bureau of Labor Statistics" */
    LText title;       /* "Occupational Outlook Handbook: Medical Assistants" */
    LText cite;        /* short caption form: "BLS, May 2024 data" */
    int year;          /* publication year */
    char *url;         /* optional; may be NULL */
} Source;

/* [pay]: yearly US dollars. A figure object per field, e.g.
 * "median": {"value": 44200, "year": 2024, "source": "bls-ma"}.
 * range_low/high hold an article's estimated median range where no
 * percentiles exist ("about $35,000 to $42,000"). */
typedef struct {
    Figure p10, p25, median, p75, p90, mean;
    Figure range_low, range_high;
} Pay;

typedef struct {
    LText name;        /* "Certificate or diploma" */
    double months_min; /* >= 0 */
    double months_max; /* >= months_min */
    LText note;        /* optional */
} TrainingPath;

typedef struct {
    char *code;        /* "CMA" — short code, unique within a career */
    LText name;        /* "Certified Medical Assistant" */
    LText body;        /* awarding body: "American Association of Medical Assistants (AAMA)" */
    bool required;     /* required to work in the role? */
    LText renewal;     /* optional: "Every 60 months, 60 CE points" */
    LText note;        /* optional */
} Certification;

typedef struct {
    LText name;        /* "Physicians' offices" */
    double share;      /* percent of the workforce, 0..100; <0 when unknown */
    int source;        /* index into Content.sources, -1 if absent */
    int year;
} WorkSetting;

/* One step of a typical day. */
typedef struct {
    char *time;        /* "07:30", 24-hour HH:MM, in order within a day */
    LText title;       /* what happens, short */
    LText detail;      /* one or two sentences */
    LText place;       /* where it happens */
    LText skill;       /* the skill it uses */
    char *icon;        /* optional image path inside the bundle; NULL if absent
                          or rejected as unsafe (see content_load) */
} DayStep;

/* Traits on a 0..1 scale, used by compare pages and the quiz. Absent = -1. */
typedef struct {
    double patient_contact; /* 0 = all behind the scenes, 1 = all with patients */
    double physical;        /* physical demands */
    double desk;            /* computer/desk share of the day */
} Traits;

typedef struct {
    char *id;              /* unique, [a-z0-9-]+ */
    LText name;            /* "Medical Assistant" */
    LText credential;      /* optional: "CMA" */
    LText tagline;         /* one line for the card */
    LText summary;         /* "what they do", a short paragraph */
    LText *duties; size_t duty_count;
    unsigned color;        /* 0xRRGGBB from "#RRGGBB" */
    char *icon;            /* image path relative to the bundle folder; NULL only
                              when rejected (empty, absolute, "..", outside the
                              bundle): draw the placeholder */
    char *image;           /* optional larger illustration, may be NULL */

    Figure employed;       /* number employed */
    Figure projected;      /* employment at the end of the projection period */
    Figure growth;         /* percent over `growth.period` */
    Figure new_jobs;       /* jobs added over the period */
    Pay pay;
    LText pay_note;        /* optional, e.g. "BLS counts coders and billers together" */

    LText training_summary;
    Figure train_months;   /* headline "time to train": shortest usual path, months */
    TrainingPath *paths; size_t path_count;
    Certification *certs; size_t cert_count;
    WorkSetting *settings; size_t setting_count;
    LText schedule;
    Traits traits;
    LText *skills; size_t skill_count;
    LText *advancement; size_t advancement_count;
    DayStep *day; size_t day_count; /* at most CONTENT_MAX_DAY_STEPS */
} Career;

/* Limits the screens size their arrays by; the validator enforces them. */
#define CONTENT_MAX_CAREERS 256
#define CONTENT_MAX_DAY_STEPS 20
#define QUIZ_MIN_QUESTIONS 2
#define QUIZ_MAX_QUESTIONS 10
#define QUIZ_MIN_ANSWERS 2
#define QUIZ_MAX_ANSWERS 4
#define QUIZ_MAX_WEIGHT 10

/* One answer to a quiz question. [weights] maps career ids to how well the
 * answer fits each career, 0..QUIZ_MAX_WEIGHT:
 *   "weights": {"medical-assistant": 3, "medical-coder": 0}
 * Every id must name a career; a career left out weighs 0. An answer whose
 * weights are the same for every career (or that has none) is neutral: it
 * moves no career up or down (see quiz_score.h). */
typedef struct {
    LText text;        /* the answer on its button */
    LText reason;      /* optional: "You want to work with patients", shown on
                          the result when this answer favoured the top role */
    double *weights;   /* one per career, in bundle order (career_count long);
                          NULL only when the bundle has no careers */
} QuizAnswer;

typedef struct {
    LText text;        /* the question */
    QuizAnswer *answers; size_t answer_count; /* QUIZ_MIN_ANSWERS..QUIZ_MAX_ANSWERS */
} QuizQuestion;

/* [quiz]: "Which role fits me?". Optional; question_count is 0 without it. */
typedef struct {
    LText title;       /* optional heading; screens fall back to ui "which_fits" */
    LText intro;       /* optional line under the heading */
    QuizQuestion *questions; size_t question_count; /* QUIZ_MIN..MAX_QUESTIONS */
} Quiz;

/* [tour]: the guided tour a presenter steps through (--tour, or the home
 * screen's entry). Each step shows one thing; [show] names what:
 *   {"show": "intro", "title": text, "line": text}  a title slide
 *   {"show": "card", "career": "id"}                a career's card (detail)
 *   {"show": "compare", "careers": ["id", "id"], "dimension": "pay"}
 *   {"show": "day", "career": "id"}                 a day in the life
 * A bad step is reported and left out (the tour and the kiosk carry on);
 * tour.h plays the steps. */
typedef enum { TOUR_SHOW_INTRO = 0, TOUR_SHOW_CARD, TOUR_SHOW_COMPARE, TOUR_SHOW_DAY } TourShow;

#define CONTENT_MAX_TOUR_STEPS 40
/* Compare dimensions a tour step may name, in the compare screen's page
 * order ("pay", "growth", ... "advancement"; see takeaway.h). */
#define CONTENT_COMPARE_DIMENSIONS 11

typedef struct {
    TourShow show;
    LText title;       /* intro: the big title */
    LText line;        /* intro: one line under it (optional) */
    int career;        /* card, day, compare: career index */
    int other;         /* compare: the second career; -1 otherwise */
    int dimension;     /* compare: page index, 0..CONTENT_COMPARE_DIMENSIONS-1 */
} TourStep;

typedef struct {
    bool present;      /* the bundle has a "tour" object */
    int seconds;       /* [seconds] default timer; 0 = advance by click only */
    TourStep *steps; size_t step_count; /* only the good steps, in bundle order */
} TourPlan;

typedef struct {
    char *bundle_dir;      /* folder the bundle was loaded from (NULL from
                              content_parse() without one) */
    int format;            /* [format] must be 1 */
    LText title;           /* home screen title */
    LText subtitle;
    Figure all_growth;     /* [all_occupations_growth] growth for all jobs */
    int idle_seconds;      /* [settings.idle_seconds] default 60, 10..3600 */
    int day_autoplay_seconds; /* [settings.day_autoplay_seconds] seconds per day
                                 step when the walkthrough plays; default 6, 2..60 */
    char *font_regular;    /* [settings.font] optional font file inside the bundle */
    char *font_bold;       /* [settings.font_bold] */
    char *admin_pin;       /* [settings.admin_pin] stored PIN hash (pin.h), or NULL */
    AccessOptions access;  /* [settings.accessibility] the starting readability
                              options; each false when absent */
    Source *sources; size_t source_count;
    Career *careers; size_t career_count;
    /* [ui]: interface strings by key ("compare_roles": "Compare roles"). */
    char **ui_keys; LText *ui_values; size_t ui_count;
    Quiz quiz;
    TourPlan tour;
} Content;

/* Problems found while loading. Each line reads
 *   FILE: JSON.PATH: message        e.g.
 *   data/content.json: careers[2].pay.median.value: expected a number, found a string
 *   data/content.json: careers[0].nmae: warning: unknown key 'nmae' is ignored; did you mean 'name'?
 * A whole-file problem has an empty path and prints as "FILE: message":
 *   data/content.json: JSON syntax error at line 12, column 5 near '}'
 *   data/content.json: JSON syntax error at line 40, column 1: unexpected end of file (is it cut short?)
 * (line and column are 1-based; the column counts characters, a tab as one.)
 * FILE is "<bundle_dir>/content.json", or for a problem with a file the
 * bundle names (missing, broken or escaping image/font) that file:
 *   data/images/ma.png: careers[0].icon: image not found
 *
 * Errors make the bundle unusable, with two exceptions the kiosk survives:
 * image/font problems (it draws a placeholder) and missing glyphs (it draws
 * a box). Those are still errors, so `--validate` fails, but content_load()
 * returns the Content. Warnings never block. */
typedef enum { REPORT_ERROR, REPORT_WARNING } ReportLevel;

typedef struct {
    ReportLevel level;
    char *file;    /* e.g. "data/content.json" or "data/images/x.png" */
    char *path;    /* JSON path, "" for whole-file problems */
    char *message;
} ReportItem;

typedef struct {
    ReportItem *items; size_t count, cap;
    size_t error_count;
} ContentReport;

/* Appends one item (file NULL = "content.json", path NULL = ""). After 1000
 * items one closing note is added and later items only bump error_count. */
void content_report_add(ContentReport *report, ReportLevel level, const char *file,
                        const char *path, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
void content_report_free(ContentReport *report);
/* Writes one line per item to `out` (a FILE *, NULL = stderr) in the format
 * above. */
void content_report_print(const ContentReport *report, void *out_FILE);

/* Hooks for checks that need the SDL edge (image decode, font coverage).
 * Any hook may be NULL: that check is skipped. */
typedef struct {
    void *user;
    /* Returns true if the file at `abs_path` decodes as an image; on failure
     * writes a short reason into `why`. */
    bool (*image_ok)(void *user, const char *abs_path, char *why, size_t why_len);
    /* Returns true if the UI font can draw this code point. */
    bool (*has_glyph)(void *user, unsigned codepoint);
} ContentHooks;

#define CONTENT_MAX_FILE_BYTES (4u * 1024u * 1024u)
#define CONTENT_MAX_DEPTH 64

/* Loads `bundle_dir`/content.json. Returns NULL when the bundle cannot be
 * used (every reason is in `report`). A non-NULL result may still carry
 * warnings, and image/font/glyph errors (see above): an image path that is
 * merely missing or undecodable is kept so the renderer can try it and fall
 * back; one that is absolute, has "..", or resolves outside the bundle
 * (symlink) is dropped to NULL so nothing outside the bundle is opened.
 * Files over CONTENT_MAX_FILE_BYTES and JSON nested deeper than
 * CONTENT_MAX_DEPTH are refused before parsing; lists hold at most 1000
 * items (careers CONTENT_MAX_CAREERS, day steps CONTENT_MAX_DAY_STEPS, quiz
 * questions and answers the QUIZ_ limits). Never crashes or hangs on any
 * input. */
Content *content_load(const char *bundle_dir, const ContentHooks *hooks, ContentReport *report);

/* Parses JSON text already in memory (for tests and fuzzing); `file_label`
 * names it in messages, `bundle_dir` resolves image paths (may be NULL to
 * skip file checks). */
Content *content_parse(const char *json, size_t len, const char *file_label,
                       const char *bundle_dir, const ContentHooks *hooks,
                       ContentReport *report);

void content_free(Content *content);

/* Lookups. */
int content_career_index(const Content *content, const char *id); /* -1 if none */
const char *content_ui(const Content *content, const char *key, Lang lang); /* NULL if none */
const Source *content_source(const Content *content, int index); /* NULL if out of range */
/* A compare dimension's id ("pay") from its page index, "" when out of range. */
const char *content_dimension_id(int dimension);

#endif
