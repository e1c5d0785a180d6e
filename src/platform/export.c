/* export: printable handouts; see export.h. */
#include "platform/export.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <SDL.h>
#include <SDL_image.h>

#include "cli.h"
#include "dayplan.h"
#include "quiz_score.h"
#include "replay.h"
#include "screens/compare.h"
#include "screens/compare_page.h"
#include "screens/detail.h"

enum { EXPORT_FRAME_MS = 16, EXPORT_SETTLE_MS = 10000 };

static const Lang EXPORT_LANGS[] = {LANG_EN, LANG_ES};
static const char *const EXPORT_LANG_CODES[] = {"en", "es"};
enum { EXPORT_LANG_COUNT = 2 };

typedef struct {
    int lang;          /* index into EXPORT_LANGS */
    char kind[16];
    char rel[256];     /* path relative to DIR */
    char caption[256];
} ExportEntry;

typedef struct {
    Session *s;
    const char *dir;
    Replay rp;
    ExportEntry *entries;
    int count, cap;
    int lang;
} Exporter;

/* ---- counting -------------------------------------------------------------- */

static int export_pairs(const Content *c, int pairs[COMPARE_MAX_PAIRS][2])
{
    int n = compare_suggested_pairs(c, pairs);
    if (n > 0)
        return n;
    /* No suggestions: the first three pairs in bundle order. */
    for (int a = 0; a < (int)c->career_count && n < COMPARE_MAX_PAIRS; a++)
        for (int b = a + 1; b < (int)c->career_count && n < COMPARE_MAX_PAIRS; b++) {
            pairs[n][0] = a;
            pairs[n][1] = b;
            n++;
        }
    return n;
}

static int day_steps(const Content *c, int career)
{
    DayPlan p;
    dayplan_make(&p, c, career, -1);
    return p.stop_count;
}

int export_expected_count(const Content *c)
{
    int pairs[COMPARE_MAX_PAIRS][2];
    int per_lang = 0;
    for (int i = 0; i < (int)c->career_count; i++)
        per_lang += 1 + DETAIL_SECTION_COUNT + day_steps(c, i);
    per_lang += export_pairs(c, pairs) * COMPARE_PAGES;
    if (c->quiz.question_count > 0)
        per_lang += (int)c->quiz.question_count + (int)c->career_count;
    return per_lang * EXPORT_LANG_COUNT;
}

/* ---- files ------------------------------------------------------------------ */

/* mkdir -p */
static bool make_dirs(const char *path, char *err, size_t err_len)
{
    char buf[1200];
    if (strlen(path) >= 1024) {
        snprintf(err, err_len, "folder name too long");
        return false;
    }
    snprintf(buf, sizeof buf, "%s", path);
    for (char *p = buf + 1;; p++) {
        if (*p == '/' || *p == '\0') {
            char saved = *p;
            *p = '\0';
            if (mkdir(buf, 0777) != 0 && errno != EEXIST) {
                snprintf(err, err_len, "cannot create folder %.400s: %s", buf, strerror(errno));
                return false;
            }
            struct stat st;
            if (stat(buf, &st) != 0 || !S_ISDIR(st.st_mode)) {
                snprintf(err, err_len, "cannot create folder %.400s: not a folder", buf);
                return false;
            }
            *p = saved;
            if (saved == '\0')
                return true;
        }
    }
}

/* True when the PNG at `path` reads back with more than one colour. */
static bool png_has_content(const char *path, char *err, size_t err_len)
{
    SDL_Surface *raw = IMG_Load(path);
    if (!raw) {
        snprintf(err, err_len, "cannot read it back: %s", IMG_GetError());
        return false;
    }
    SDL_Surface *img = SDL_ConvertSurfaceFormat(raw, SDL_PIXELFORMAT_ARGB8888, 0);
    SDL_FreeSurface(raw);
    if (!img) {
        snprintf(err, err_len, "cannot read it back: %s", SDL_GetError());
        return false;
    }
    bool varied = false;
    const Uint32 first = *(const Uint32 *)img->pixels;
    for (int y = 0; y < img->h && !varied; y++) {
        const Uint32 *row = (const Uint32 *)((const Uint8 *)img->pixels + (size_t)y * img->pitch);
        for (int x = 0; x < img->w; x++)
            if (row[x] != first) {
                varied = true;
                break;
            }
    }
    SDL_FreeSurface(img);
    if (!varied)
        snprintf(err, err_len, "the image is blank (one colour)");
    return varied;
}

static bool add_entry(Exporter *ex, const ExportEntry *e)
{
    if (ex->count == ex->cap) {
        int cap = ex->cap ? ex->cap * 2 : 64;
        ExportEntry *grown = realloc(ex->entries, (size_t)cap * sizeof *grown);
        if (!grown)
            return false;
        ex->entries = grown;
        ex->cap = cap;
    }
    ex->entries[ex->count++] = *e;
    return true;
}

/* Settles the current screen, draws it and writes DIR/<lang>/<kind>-<id>-<n>.png. */
static int shoot(Exporter *ex, const char *kind, const char *id, int n, const char *caption)
{
    replay_settle(&ex->rp, EXPORT_SETTLE_MS);
    ExportEntry e;
    memset(&e, 0, sizeof e);
    e.lang = ex->lang;
    snprintf(e.kind, sizeof e.kind, "%s", kind);
    snprintf(e.rel, sizeof e.rel, "%s/%s-%s-%d.png", EXPORT_LANG_CODES[ex->lang], kind, id, n);
    snprintf(e.caption, sizeof e.caption, "%s", caption);
    char path[1400], err[512];
    snprintf(path, sizeof path, "%s/%s", ex->dir, e.rel);
    session_draw(ex->s);
    if (!session_save_png(ex->s, path, err, sizeof err) ||
        !png_has_content(path, err, sizeof err)) {
        fprintf(stderr, "careerdeck: --export: cannot write %s: %s\n", path, err);
        return EXIT_PLATFORM;
    }
    if (!add_entry(ex, &e)) {
        fprintf(stderr, "careerdeck: --export: out of memory\n");
        return EXIT_PLATFORM;
    }
    return EXIT_OK;
}

/* Home first, so each target starts from the same place and the history
 * stays short. */
static void go(Exporter *ex, NavTarget t)
{
    App *app = &ex->s->app;
    app_home(app);
    replay_settle(&ex->rp, EXPORT_SETTLE_MS);
    if (t.screen != SCREEN_HOME) {
        app_navigate(app, t);
        replay_settle(&ex->rp, EXPORT_SETTLE_MS);
    }
}

static const char *name_of(Exporter *ex, int career)
{
    return ltext_get(&ex->s->app.content->careers[career].name, EXPORT_LANGS[ex->lang]);
}

/* ---- the handouts -------------------------------------------------------------- */

static int export_cards(Exporter *ex)
{
    App *app = &ex->s->app;
    const Content *c = app->content;
    for (int i = 0; i < (int)c->career_count; i++) {
        go(ex, nav_target(SCREEN_HOME, -1, -1, 0));
        app->home.position = (float)i;
        app->home.focused = i;
        app->home.settling = false;
        app->dirty = true;
        char caption[256];
        snprintf(caption, sizeof caption, "%s: card", name_of(ex, i));
        int code = shoot(ex, "card", c->careers[i].id, 1, caption);
        if (code != EXIT_OK)
            return code;
    }
    return EXIT_OK;
}

static int export_details(Exporter *ex)
{
    const Content *c = ex->s->app.content;
    for (int i = 0; i < (int)c->career_count; i++)
        for (int sec = 0; sec < DETAIL_SECTION_COUNT; sec++) {
            go(ex, nav_target(SCREEN_DETAIL, i, -1, sec));
            char caption[256];
            snprintf(caption, sizeof caption, "%s: section %d of %d", name_of(ex, i), sec + 1,
                     DETAIL_SECTION_COUNT);
            int code = shoot(ex, "detail", c->careers[i].id, sec + 1, caption);
            if (code != EXIT_OK)
                return code;
        }
    return EXIT_OK;
}

static int export_compares(Exporter *ex)
{
    const Content *c = ex->s->app.content;
    int pairs[COMPARE_MAX_PAIRS][2];
    int n = export_pairs(c, pairs);
    for (int p = 0; p < n; p++) {
        int a = pairs[p][0], b = pairs[p][1];
        char id[200];
        snprintf(id, sizeof id, "%s-vs-%s", c->careers[a].id, c->careers[b].id);
        for (int page = 0; page < COMPARE_PAGES; page++) {
            go(ex, nav_target(SCREEN_COMPARE, a, b, page));
            char caption[256];
            snprintf(caption, sizeof caption, "%s / %s: %s", name_of(ex, a), name_of(ex, b),
                     compare_page_title(&ex->s->app, (TakeawayDimension)page));
            int code = shoot(ex, "compare", id, page + 1, caption);
            if (code != EXIT_OK)
                return code;
        }
    }
    return EXIT_OK;
}

static int export_days(Exporter *ex)
{
    const Content *c = ex->s->app.content;
    for (int i = 0; i < (int)c->career_count; i++) {
        int steps = day_steps(c, i);
        for (int st = 0; st < steps; st++) {
            go(ex, nav_target(SCREEN_DAY, i, -1, st));
            char caption[256];
            snprintf(caption, sizeof caption, "%s: day step %d of %d", name_of(ex, i), st + 1,
                     steps);
            int code = shoot(ex, "day", c->careers[i].id, st + 1, caption);
            if (code != EXIT_OK)
                return code;
        }
    }
    return EXIT_OK;
}

/* The question pages (no answers chosen), then one result per role: for
 * each question the answer weighing that role highest (the first on a tie),
 * shown as the quiz shows a result it has just reached. */
static int export_quiz(Exporter *ex)
{
    App *app = &ex->s->app;
    const Content *c = app->content;
    const Quiz *quiz = &c->quiz;
    int qn = (int)quiz->question_count;
    if (qn == 0)
        return EXIT_OK;
    QuizState *q = &app->quiz;
    for (int page = 0; page < qn; page++) {
        go(ex, nav_target(SCREEN_QUIZ, -1, -1, 0));
        q->page = page;
        q->leaving = -1;
        q->change = tween_still(1.0f);
        app->dirty = true;
        char caption[256];
        snprintf(caption, sizeof caption, "Quiz: question %d of %d", page + 1, qn);
        int code = shoot(ex, "quiz", "question", page + 1, caption);
        if (code != EXIT_OK)
            return code;
    }
    for (int i = 0; i < (int)c->career_count; i++) {
        go(ex, nav_target(SCREEN_QUIZ, -1, -1, 0));
        for (int k = 0; k < QUIZ_MAX_QUESTIONS; k++)
            q->answers[k] = QUIZ_SCORE_NONE;
        for (int k = 0; k < qn; k++) {
            const QuizQuestion *qq = &quiz->questions[k];
            int best = 0;
            for (int a = 1; a < (int)qq->answer_count; a++)
                if (qq->answers[a].weights && qq->answers[best].weights &&
                    qq->answers[a].weights[i] > qq->answers[best].weights[i])
                    best = a;
            q->answers[k] = best;
        }
        q->page = qn;
        q->leaving = -1;
        q->change = tween_still(1.0f);
        quiz_score_rank(c, q->answers, QUIZ_MAX_QUESTIONS, &q->score);
        q->result_ms = app->now_ms;
        app->dirty = true;
        char caption[256];
        snprintf(caption, sizeof caption, "%s: quiz result", name_of(ex, i));
        int code = shoot(ex, "result", c->careers[i].id, 1, caption);
        if (code != EXIT_OK)
            return code;
    }
    return EXIT_OK;
}

/* ---- index ---------------------------------------------------------------------- */

static void html_text(FILE *f, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '&': fputs("&amp;", f); break;
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '"': fputs("&quot;", f); break;
        default: fputc(*s, f);
        }
    }
}

static const char *const KIND_TITLES[][2] = {
    {"card", "Career cards"},   {"detail", "Detail sections"}, {"compare", "Comparisons"},
    {"day", "A day in the life"}, {"quiz", "Quiz questions"},  {"result", "Quiz results"},
};

static int write_index(Exporter *ex)
{
    char path[1400];
    snprintf(path, sizeof path, "%s/index.txt", ex->dir);
    FILE *txt = fopen(path, "w");
    if (!txt) {
        fprintf(stderr, "careerdeck: --export: cannot write %s: %s\n", path, strerror(errno));
        return EXIT_PLATFORM;
    }
    for (int i = 0; i < ex->count; i++)
        fprintf(txt, "%s\n", ex->entries[i].rel);
    if (fclose(txt) != 0) {
        fprintf(stderr, "careerdeck: --export: cannot write %s\n", path);
        return EXIT_PLATFORM;
    }

    snprintf(path, sizeof path, "%s/index.html", ex->dir);
    FILE *f = fopen(path, "w");
    if (!f) {
        fprintf(stderr, "careerdeck: --export: cannot write %s: %s\n", path, strerror(errno));
        return EXIT_PLATFORM;
    }
    fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<title>CareerDeck handouts</title>\n<style>\n"
          "body{font-family:sans-serif;margin:2em}\n"
          "figure{display:inline-block;margin:0 1em 1.5em 0;width:30em;vertical-align:top}\n"
          "img{width:100%;border:1px solid #888}\n"
          "@media print{figure{page-break-inside:avoid}}\n"
          "</style>\n</head>\n<body>\n<h1>CareerDeck handouts</h1>\n",
          f);
    fprintf(f, "<p>%d images.</p>\n", ex->count);
    for (int l = 0; l < EXPORT_LANG_COUNT; l++) {
        fprintf(f, "<section lang=\"%s\">\n<h2>%s</h2>\n", EXPORT_LANG_CODES[l],
                l == 0 ? "English" : "Espa\xC3\xB1ol");
        for (size_t k = 0; k < sizeof KIND_TITLES / sizeof KIND_TITLES[0]; k++) {
            bool any = false;
            for (int i = 0; i < ex->count; i++) {
                const ExportEntry *e = &ex->entries[i];
                if (e->lang != l || strcmp(e->kind, KIND_TITLES[k][0]))
                    continue;
                if (!any)
                    fprintf(f, "<h3>%s</h3>\n", KIND_TITLES[k][1]);
                any = true;
                fputs("<figure><img src=\"", f);
                html_text(f, e->rel);
                fputs("\" alt=\"", f);
                html_text(f, e->caption);
                fputs("\"><figcaption>", f);
                html_text(f, e->caption);
                fputs("</figcaption></figure>\n", f);
            }
        }
        fputs("</section>\n", f);
    }
    fputs("</body>\n</html>\n", f);
    if (fclose(f) != 0) {
        fprintf(stderr, "careerdeck: --export: cannot write %s\n", path);
        return EXIT_PLATFORM;
    }
    return EXIT_OK;
}

/* ---- entry ------------------------------------------------------------------------ */

int export_run(Session *s, const char *dir, int w, int h)
{
    int code = session_open_headless(s, w, h);
    if (code == EXIT_OK)
        code = session_renderer(s);
    if (code != EXIT_OK)
        return code;
    session_start_app(s, w, h, 0);
    Exporter ex;
    memset(&ex, 0, sizeof ex);
    ex.s = s;
    ex.dir = dir;
    ex.rp = (Replay){&s->app, EXPORT_FRAME_MS, s, NULL, NULL, NULL, false};
    char err[512];
    for (int l = 0; l < EXPORT_LANG_COUNT && code == EXIT_OK; l++) {
        char sub[1100];
        snprintf(sub, sizeof sub, "%s/%s", dir, EXPORT_LANG_CODES[l]);
        if (!make_dirs(sub, err, sizeof err)) {
            fprintf(stderr, "careerdeck: --export: %s\n", err);
            code = EXIT_PLATFORM;
            break;
        }
        ex.lang = l;
        s->app.lang = EXPORT_LANGS[l];
        code = export_cards(&ex);
        if (code == EXIT_OK)
            code = export_details(&ex);
        if (code == EXIT_OK)
            code = export_compares(&ex);
        if (code == EXIT_OK)
            code = export_days(&ex);
        if (code == EXIT_OK)
            code = export_quiz(&ex);
    }
    if (code == EXIT_OK)
        code = write_index(&ex);
    if (code == EXIT_OK)
        printf("%s: %d images (expected %d), index.html, index.txt\n", dir, ex.count,
               export_expected_count(s->app.content));
    free(ex.entries);
    return code;
}
