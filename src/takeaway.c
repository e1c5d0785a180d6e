#include "takeaway.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "format.h"
#include "utf8.h"

/* Everything one sentence needs: the bundle, the language and the two
 * roles, named as people ("medical coders"). */
typedef struct {
    const Content *content;
    Lang lang;
    const Career *c[2];
    char people[2][192]; /* as a sentence's subject: "los codificadores médicos" */
    char bare[2][192];   /* with no article: "codificadores médicos" */
} Ctx;

/* Values for the {a}..{z} placeholders of a template, and {A}..{Z}. */
typedef struct {
    const char *v[26];
    const char *up[26];
} Vars;

/* ---- small text helpers ----------------------------------------------- */

static bool is_upper(char ch)
{
    return ch >= 'A' && ch <= 'Z';
}

static bool is_lower(char ch)
{
    return ch >= 'a' && ch <= 'z';
}

static bool is_letter(char ch)
{
    return is_upper(ch) || is_lower(ch);
}

static char to_lower(char ch)
{
    return is_upper(ch) ? (char)(ch - 'A' + 'a') : ch;
}

static void copy(char *buf, size_t len, const char *s)
{
    snprintf(buf, len, "%s", s ? s : "");
}

/* Lower-cases words that are merely capitalised ("Medical" -> "medical")
 * and leaves any word with a capital inside ("CMA", "EKG", "McKesson"). */
static void lower_sensibly(char *s)
{
    size_t i = 0;
    while (s[i]) {
        while (s[i] == ' ')
            i++;
        size_t start = i;
        bool inner_capital = false;
        while (s[i] && s[i] != ' ') {
            inner_capital |= i > start && is_upper(s[i]);
            i++;
        }
        if (is_upper(s[start]) && !inner_capital)
            s[start] = to_lower(s[start]);
    }
}

static bool is_vowel(char ch)
{
    ch = to_lower(ch);
    return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u';
}

/* English plural of the last word before any " (...)" part. */
static void pluralise(char *s, size_t cap)
{
    const char *paren = strstr(s, " (");
    size_t end = paren ? (size_t)(paren - s) : strlen(s);
    if (end == 0 || !is_letter(s[end - 1]))
        return;
    char last = to_lower(s[end - 1]), prev = end > 1 ? to_lower(s[end - 2]) : ' ';
    const char *suffix = "s";
    size_t drop = 0;
    /* "-ch" sounds like "k" in "tech", a common word in job titles. */
    bool tech = end >= 4 && to_lower(s[end - 4]) == 't' && to_lower(s[end - 3]) == 'e' &&
                prev == 'c' && last == 'h';
    if (last == 's' || last == 'x' || last == 'z' ||
        (last == 'h' && (prev == 'c' || prev == 's') && !tech))
        suffix = "es";
    else if (last == 'y' && is_letter(prev) && !is_vowel(prev)) {
        suffix = "ies";
        drop = 1;
    }
    if (is_upper(s[end - 1]) && (end < 2 || !is_lower(s[end - 2])))
        suffix = "s", drop = 0; /* an acronym: "EMT" -> "EMTs" */
    char tail[192];
    copy(tail, sizeof tail, s + end);
    s[end - drop] = '\0';
    size_t used = strlen(s);
    snprintf(s + used, cap - used, "%s%s", suffix, tail);
}

static void capitalise(char *s)
{
    if (is_lower(s[0]))
        s[0] = (char)(s[0] - 'a' + 'A');
}

/* Writes `tmpl` with {a}..{z} replaced, then capitalises the sentence. */
static void fill(char *buf, size_t len, const char *tmpl, const Vars *vars)
{
    if (!len)
        return;
    size_t o = 0;
    for (const char *p = tmpl; *p && o + 1 < len;) {
        if (p[0] == '{' && (is_lower(p[1]) || is_upper(p[1])) && p[2] == '}') {
            const char *v = is_lower(p[1]) ? vars->v[p[1] - 'a'] : vars->up[p[1] - 'A'];
            for (; v && *v && o + 1 < len; v++)
                buf[o++] = *v;
            p += 3;
        } else {
            buf[o++] = *p++;
        }
    }
    buf[o] = '\0';
    utf8_trim_partial(buf);
    capitalise(buf);
}

static const char *word(const Ctx *x, const char *key, const char *fallback)
{
    const char *s = x->content ? content_ui(x->content, key, x->lang) : NULL;
    return s && *s ? s : fallback;
}

/* Writes the template at ui key `key` (English `fallback`). */
static void say(const Ctx *x, char *buf, size_t len, const char *key, const char *fallback,
                const Vars *vars)
{
    fill(buf, len, word(x, key, fallback), vars);
}

/* Vars naming role i as {a} and role j as {b}. */
static Vars roles(const Ctx *x, int i, int j)
{
    Vars v = {{0}, {0}};
    v.v['a' - 'a'] = x->people[i];
    v.v['b' - 'a'] = x->people[j];
    v.up['A' - 'A'] = x->bare[i];
    v.up['B' - 'A'] = x->bare[j];
    return v;
}

static void set(Vars *v, char name, const char *value)
{
    v->v[name - 'a'] = value;
}

/* A phrase from the bundle's own text, lower-cased for use mid-sentence
 * ("Physicians' offices" -> "physicians' offices", "Hospitales" ->
 * "hospitales"); words with a capital inside ("CPC") keep it. */
static const char *phrase(const Ctx *x, const LText *text, char *buf, size_t len)
{
    copy(buf, len, ltext_get(text, x->lang));
    lower_sensibly(buf);
    return buf;
}

bool takeaway_same_text(const char *x, const char *y)
{
    if (!x || !y)
        return false;
    while (*x == ' ')
        x++;
    while (*y == ' ')
        y++;
    size_t nx = strlen(x), ny = strlen(y);
    while (nx && x[nx - 1] == ' ')
        nx--;
    while (ny && y[ny - 1] == ' ')
        ny--;
    if (nx != ny)
        return false;
    for (size_t i = 0; i < nx; i++)
        if (to_lower(x[i]) != to_lower(y[i]))
            return false;
    return true;
}

bool takeaway_has_skill(const Career *career, const char *skill, Lang lang)
{
    for (size_t i = 0; i < career->skill_count; i++)
        if (takeaway_same_text(ltext_get(&career->skills[i], lang), skill))
            return true;
    return false;
}

/* Spanish words that end a job title's head: "especialista | en
 * facturación", "técnico | de farmacia". Only the words before take the
 * plural. */
static bool is_es_joiner(const char *w, size_t n)
{
    static const char *const joiners[] = {"de", "del", "en", "y", "e", "o", "para", "con", "a",
                                          "al", NULL};
    for (size_t i = 0; joiners[i]; i++)
        if (strlen(joiners[i]) == n && !strncmp(joiners[i], w, n))
            return true;
    return w[0] == '(';
}

/* One Spanish word `w` (n bytes) in the plural, appended to out. */
static void plural_word_es(char *out, size_t cap, const char *w, size_t n)
{
    size_t used = strlen(out);
    char last = n ? w[n - 1] : ' ';
    const char *o_acute = "\xC3\xB3"; /* "-ión" -> "-iones": the accent goes */
    if (n >= 4 && last == 'n' && !strncmp(w + n - 3, o_acute, 2) && w[n - 4] == 'i')
        snprintf(out + used, cap - used, "%.*sones", (int)(n - 3), w);
    else if (last == 'z')
        snprintf(out + used, cap - used, "%.*sces", (int)(n - 1), w);
    else if (is_vowel(last) || (n >= 2 && (unsigned char)w[n - 2] == 0xC3))
        snprintf(out + used, cap - used, "%.*ss", (int)n, w); /* -o, -e, -á, -é, -ó */
    else if (last == 's' || last == 'x' || !is_letter(last))
        snprintf(out + used, cap - used, "%.*s", (int)n, w);
    else
        snprintf(out + used, cap - used, "%.*ses", (int)n, w);
}

/* Spanish plural of a job title ("codificador médico" -> "codificadores
 * médicos"): each word up to the first joiner. */
static void pluralise_es(char *s, size_t cap)
{
    char out[192] = "";
    const char *p = s;
    bool head = true;
    while (*p) {
        size_t spaces = strspn(p, " "), n = strcspn(p + spaces, " ");
        const char *w = p + spaces;
        size_t used = strlen(out);
        snprintf(out + used, sizeof out - used, "%.*s", (int)spaces, p);
        head = head && !is_es_joiner(w, n);
        if (head)
            plural_word_es(out, sizeof out, w, n);
        else {
            used = strlen(out);
            snprintf(out + used, sizeof out - used, "%.*s", (int)n, w);
        }
        p = w + n;
    }
    copy(s, cap, out);
}

/* Drops a leading article ("los ", "las ", "the ") from a bundle's own
 * people form. */
static const char *without_article(const char *s)
{
    static const char *const articles[] = {"los ", "las ", "Los ", "Las ", "the ", "The ", NULL};
    for (size_t i = 0; articles[i]; i++)
        if (!strncmp(s, articles[i], strlen(articles[i])))
            return s + strlen(articles[i]);
    return s;
}

/* The bundle's own "people.<career id>" form in `lang`, or NULL. */
static const char *own_people(const Content *content, Lang lang, const Career *career)
{
    char key[160];
    snprintf(key, sizeof key, "people.%s", career->id ? career->id : "");
    const char *own = content ? content_ui(content, key, lang) : NULL;
    return own && *own ? own : NULL;
}

/* The people of a career with no article: the bundle's "people.<id>" less
 * its article, else the name made plural (English, Spanish). */
char *takeaway_people_bare(char *buf, size_t len, const Content *content, Lang lang,
                           const Career *career)
{
    const char *own = own_people(content, lang, career);
    if (own) {
        copy(buf, len, without_article(own));
        return buf;
    }
    /* A name with no translation is English, and takes the English plural. */
    bool own_lang = (unsigned)lang < LANG_COUNT && career->name.by_lang[lang];
    Lang as = own_lang ? lang : LANG_EN;
    copy(buf, len, ltext_get(&career->name, as));
    lower_sensibly(buf);
    if (as == LANG_EN)
        pluralise(buf, len);
    else if (as == LANG_ES)
        pluralise_es(buf, len);
    return buf;
}

char *takeaway_people(char *buf, size_t len, const Content *content, Lang lang,
                      const Career *career)
{
    const char *own = own_people(content, lang, career);
    if (own) {
        copy(buf, len, own);
        return buf;
    }
    char bare[192];
    takeaway_people_bare(bare, sizeof bare, content, lang, career);
    /* Spanish names people with the article: "los codificadores médicos ganan".
     * An untranslated English name stays bare ("los medical assistants" would
     * read worse than the name alone). */
    bool article = lang == LANG_ES && career->name.by_lang[LANG_ES];
    snprintf(buf, len, "%s%s", article ? "los " : "", bare);
    return buf;
}

double takeaway_round_pay(double difference)
{
    double d = fabs(difference);
    return d < 500.0 ? 0.0 : round(d / 1000.0) * 1000.0;
}

int takeaway_trait_level(double value)
{
    if (!(value >= 0.0))
        return -1;
    return value < 1.0 / 3.0 ? 0 : value < 2.0 / 3.0 ? 1 : 2;
}

/* ---- pay --------------------------------------------------------------- */

typedef enum { PAY_NONE, PAY_RANGE, PAY_MEDIAN } PayKind;

static PayKind pay_kind(const Pay *p)
{
    if (p->median.present)
        return PAY_MEDIAN;
    return p->range_low.present && p->range_high.present ? PAY_RANGE : PAY_NONE;
}

static const char *pay_text(const Pay *p, char *buf, size_t len)
{
    if (pay_kind(p) == PAY_MEDIAN)
        return format_money(buf, len, p->median.value);
    return format_money_range(buf, len, p->range_low.value, p->range_high.value);
}

static void pay_medians(const Ctx *x, char *buf, size_t len)
{
    double m0 = x->c[0]->pay.median.value, m1 = x->c[1]->pay.median.value;
    int hi = m1 > m0 ? 1 : 0, lo = 1 - hi;
    char vx[48], vy[48], vd[48];
    Vars v = roles(x, hi, lo);
    set(&v, 'x', format_money(vx, sizeof vx, x->c[hi]->pay.median.value));
    set(&v, 'y', format_money(vy, sizeof vy, x->c[lo]->pay.median.value));
    double d = takeaway_round_pay(m1 - m0);
    set(&v, 'd', format_money(vd, sizeof vd, d));
    if (m0 == m1)
        say(x, buf, len, "takeaway.pay_equal", "Both earn {x} at the median", &v);
    else if (d == 0.0)
        say(x, buf, len, "takeaway.pay_same", "Both earn about the same at the median: {x} vs {y}", &v);
    else
        say(x, buf, len, "takeaway.pay_more", "{a} earn about {d} more at the median: {x} vs {y}", &v);
}

/* Role i has a median, role j only an estimated range. */
static void pay_median_vs_range(const Ctx *x, char *buf, size_t len, int i, int j)
{
    const Pay *pi = &x->c[i]->pay, *pj = &x->c[j]->pay;
    char vx[48], vy[96];
    Vars v = roles(x, i, j);
    set(&v, 'x', pay_text(pi, vx, sizeof vx));
    set(&v, 'y', pay_text(pj, vy, sizeof vy));
    if (pi->median.value > pj->range_high.value)
        say(x, buf, len, "takeaway.pay_above_range",
            "{a} earn {x} at the median, above the {y} estimated for {b}", &v);
    else if (pi->median.value < pj->range_low.value)
        say(x, buf, len, "takeaway.pay_below_range",
            "{a} earn {x} at the median, below the {y} estimated for {b}", &v);
    else
        say(x, buf, len, "takeaway.pay_within_range",
            "{a} earn {x} at the median, within the {y} estimated for {b}", &v);
}

/* Only role i has any pay figure. */
static void pay_one(const Ctx *x, char *buf, size_t len, int i)
{
    char vx[96];
    Vars v = roles(x, i, 1 - i);
    set(&v, 'x', pay_text(&x->c[i]->pay, vx, sizeof vx));
    if (pay_kind(&x->c[i]->pay) == PAY_MEDIAN)
        say(x, buf, len, "takeaway.pay_one", "Pay for {b} is not reported; {a} earn {x} at the median",
            &v);
    else
        say(x, buf, len, "takeaway.pay_one_range",
            "Pay for {b} is not reported; {a} earn an estimated {x} at the median", &v);
}

static void takeaway_pay(const Ctx *x, char *buf, size_t len)
{
    PayKind k0 = pay_kind(&x->c[0]->pay), k1 = pay_kind(&x->c[1]->pay);
    if (k0 == PAY_MEDIAN && k1 == PAY_MEDIAN) {
        pay_medians(x, buf, len);
    } else if (k0 == PAY_MEDIAN && k1 == PAY_RANGE) {
        pay_median_vs_range(x, buf, len, 0, 1);
    } else if (k1 == PAY_MEDIAN && k0 == PAY_RANGE) {
        pay_median_vs_range(x, buf, len, 1, 0);
    } else if (k0 == PAY_RANGE && k1 == PAY_RANGE) {
        char vx[96], vy[96];
        Vars v = roles(x, 0, 1);
        set(&v, 'x', pay_text(&x->c[0]->pay, vx, sizeof vx));
        set(&v, 'y', pay_text(&x->c[1]->pay, vy, sizeof vy));
        say(x, buf, len, "takeaway.pay_ranges", "Estimated median pay: {x} for {a}, {y} for {b}", &v);
    } else if (k0 != PAY_NONE || k1 != PAY_NONE) {
        pay_one(x, buf, len, k0 != PAY_NONE ? 0 : 1);
    } else {
        Vars v = roles(x, 0, 1);
        say(x, buf, len, "takeaway.pay_none", "Pay is not reported for either role", &v);
    }
}

/* ---- growth ------------------------------------------------------------ */

static void growth_both(const Ctx *x, char *buf, size_t len)
{
    const Figure *g0 = &x->c[0]->growth, *g1 = &x->c[1]->growth;
    char p0[24], p1[24], all[24];
    format_percent(p0, sizeof p0, g0->value, 0);
    format_percent(p1, sizeof p1, g1->value, 0);
    if (strcmp(p0, p1) == 0) {
        Vars v = roles(x, 0, 1);
        set(&v, 'x', p0);
        const Figure *a = &x->content->all_growth;
        set(&v, 'r', a->present ? format_percent(all, sizeof all, a->value, 0) : "");
        if (a->present)
            say(x, buf, len, "takeaway.growth_same_all",
                "Jobs for both roles are growing {x}, against {r} for all jobs", &v);
        else
            say(x, buf, len, "takeaway.growth_same", "Jobs for both roles are growing {x}", &v);
        return;
    }
    int hi = g1->value > g0->value ? 1 : 0, lo = 1 - hi;
    const char *per_hi = ltext_get(&x->c[hi]->growth.period, x->lang);
    const char *per_lo = ltext_get(&x->c[lo]->growth.period, x->lang);
    bool shrinking = x->c[hi]->growth.value <= 0.0;
    /* Shrinking jobs read better from the side that shrinks faster. */
    int a = shrinking ? lo : hi, b = shrinking ? hi : lo;
    Vars v = roles(x, a, b);
    set(&v, 'x', a == 0 ? p0 : p1);
    set(&v, 'y', a == 0 ? p1 : p0);
    set(&v, 'p', a == hi ? per_hi : per_lo);
    set(&v, 'q', a == hi ? per_lo : per_hi);
    bool periods_differ = *per_hi && *per_lo && strcmp(per_hi, per_lo) != 0;
    if (shrinking)
        say(x, buf, len, "takeaway.growth_shrinking", "Jobs for {a} are shrinking faster: {x} vs {y}",
            &v);
    else if (periods_differ)
        say(x, buf, len, "takeaway.growth_faster_periods",
            "Jobs for {a} are growing faster: {x} ({p}) vs {y} ({q})", &v);
    else
        say(x, buf, len, "takeaway.growth_faster", "Jobs for {a} are growing faster: {x} vs {y}", &v);
}

static void takeaway_growth(const Ctx *x, char *buf, size_t len)
{
    bool h0 = x->c[0]->growth.present, h1 = x->c[1]->growth.present;
    if (h0 && h1) {
        growth_both(x, buf, len);
        return;
    }
    Vars v = roles(x, h0 ? 0 : 1, h0 ? 1 : 0);
    if (!h0 && !h1) {
        say(x, buf, len, "takeaway.growth_none", "Job growth is not reported for either role", &v);
        return;
    }
    char px[24];
    const Figure *g = &x->c[h0 ? 0 : 1]->growth;
    set(&v, 'x', format_percent(px, sizeof px, g->value, 0));
    if (g->value < 0.0)
        say(x, buf, len, "takeaway.growth_one_shrinking",
            "Job growth for {b} is not reported; jobs for {a} are shrinking: {x}", &v);
    else
        say(x, buf, len, "takeaway.growth_one",
            "Job growth for {b} is not reported; jobs for {a} are growing {x}", &v);
}

/* ---- employment -------------------------------------------------------- */

static void employment_both(const Ctx *x, char *buf, size_t len)
{
    double e0 = x->c[0]->employed.value, e1 = x->c[1]->employed.value;
    int hi = e1 > e0 ? 1 : 0, lo = 1 - hi;
    double big = fmax(e0, e1), small = fmin(e0, e1);
    char vx[48], vy[48], vr[24];
    Vars v = roles(x, hi, lo);
    set(&v, 'x', format_count(vx, sizeof vx, big));
    set(&v, 'y', format_count(vy, sizeof vy, small));
    if (strcmp(vx, vy) == 0) {
        say(x, buf, len, "takeaway.employ_equal", "Both report {x} people employed", &v);
        return;
    }
    double ratio = small > 0.0 ? big / small : INFINITY;
    if (ratio < 1.05) {
        say(x, buf, len, "takeaway.employ_same",
            "About as many people work as {a} ({x}) as {b} ({y})", &v);
    } else if (ratio >= 1.75 && ratio < 1000.0) {
        /* Halves up to ten times ("2.5 times"), whole numbers above. */
        double r = ratio < 10.0 ? round(ratio * 2.0) / 2.0 : round(ratio);
        snprintf(vr, sizeof vr, r == floor(r) ? "%.0f" : "%.1f", r);
        set(&v, 'r', vr);
        say(x, buf, len, "takeaway.employ_times",
            "{x} people work as {a}, about {r} times as many as {b} ({y})", &v);
    } else {
        say(x, buf, len, "takeaway.employ_more",
            "{x} people work as {a}, more than the {y} who work as {b}", &v);
    }
}

static void takeaway_employment(const Ctx *x, char *buf, size_t len)
{
    bool h0 = x->c[0]->employed.present, h1 = x->c[1]->employed.present;
    if (h0 && h1) {
        employment_both(x, buf, len);
        return;
    }
    Vars v = roles(x, h0 ? 0 : 1, h0 ? 1 : 0);
    if (!h0 && !h1) {
        say(x, buf, len, "takeaway.employ_none", "Employment is not reported for either role", &v);
        return;
    }
    char vx[48];
    set(&v, 'x', format_count(vx, sizeof vx, x->c[h0 ? 0 : 1]->employed.value));
    say(x, buf, len, "takeaway.employ_one",
        "Employment for {b} is not reported; {x} people work as {a}", &v);
}

/* ---- training ---------------------------------------------------------- */

static const char *duration(const Ctx *x, double months, char *buf, size_t len)
{
    return format_duration(buf, len, months, word(x, "month", "month"), word(x, "months", "months"),
                           word(x, "year", "year"), word(x, "years", "years"));
}

static void training_both(const Ctx *x, char *buf, size_t len)
{
    double t0 = x->c[0]->train_months.value, t1 = x->c[1]->train_months.value;
    int fast = t1 < t0 ? 1 : 0, slow = 1 - fast;
    char vx[48], vy[48];
    Vars v = roles(x, fast, slow);
    set(&v, 'x', duration(x, fmin(t0, t1), vx, sizeof vx));
    set(&v, 'y', duration(x, fmax(t0, t1), vy, sizeof vy));
    bool short_both = t0 < 12.0 && t1 < 12.0;
    if (strcmp(vx, vy) == 0 && short_both)
        say(x, buf, len, "takeaway.train_same_short", "Both take under a year of training: about {x}",
            &v);
    else if (strcmp(vx, vy) == 0)
        say(x, buf, len, "takeaway.train_same", "Both take about {x} of training", &v);
    else if (short_both)
        say(x, buf, len, "takeaway.train_short",
            "Both train in under a year: {x} for {a}, {y} for {b}", &v);
    else
        say(x, buf, len, "takeaway.train_faster", "{a} can start sooner: {x} of training vs {y}", &v);
}

static void takeaway_training(const Ctx *x, char *buf, size_t len)
{
    bool h0 = x->c[0]->train_months.present, h1 = x->c[1]->train_months.present;
    if (h0 && h1) {
        training_both(x, buf, len);
        return;
    }
    Vars v = roles(x, h0 ? 0 : 1, h0 ? 1 : 0);
    if (!h0 && !h1) {
        say(x, buf, len, "takeaway.train_none", "Time to train is not reported for either role", &v);
        return;
    }
    char vx[48];
    set(&v, 'x', duration(x, x->c[h0 ? 0 : 1]->train_months.value, vx, sizeof vx));
    say(x, buf, len, "takeaway.train_one",
        "Time to train for {b} is not reported; {a} can start after about {x}", &v);
}

/* ---- certification ----------------------------------------------------- */

/* 0: none listed, 1: optional, 2: required (any one required). */
static int cert_status(const Career *c)
{
    int status = c->cert_count ? 1 : 0;
    for (size_t i = 0; i < c->cert_count; i++)
        if (c->certs[i].required)
            status = 2;
    return status;
}

/* The first certification code both roles list, or NULL. */
static const char *shared_cert(const Career *a, const Career *b)
{
    for (size_t i = 0; i < a->cert_count; i++)
        for (size_t j = 0; j < b->cert_count; j++)
            if (takeaway_same_text(a->certs[i].code, b->certs[j].code))
                return a->certs[i].code;
    return NULL;
}

static void cert_both_optional(const Ctx *x, char *buf, size_t len)
{
    const char *shared = shared_cert(x->c[0], x->c[1]);
    Vars v = roles(x, 0, 1);
    char vn[64], vm[64];
    const char *one = word(x, "takeaway.cert_one", "certification");
    const char *other = word(x, "takeaway.cert_other", "certifications");
    set(&v, 'n', format_count_noun(vn, sizeof vn, (double)x->c[0]->cert_count, one, other));
    set(&v, 'm', format_count(vm, sizeof vm, (double)x->c[1]->cert_count));
    set(&v, 's', shared);
    if (shared)
        say(x, buf, len, "takeaway.cert_optional_shared",
            "Certification is optional for both roles, and the {s} is open to either", &v);
    else
        say(x, buf, len, "takeaway.cert_optional",
            "Certification is optional for both: {a} can choose from {n}, {b} from {m}", &v);
}

static void takeaway_certification(const Ctx *x, char *buf, size_t len)
{
    int s0 = cert_status(x->c[0]), s1 = cert_status(x->c[1]);
    int i = s1 > s0 ? 1 : 0, j = 1 - i; /* i: the stricter side */
    int si = i ? s1 : s0, sj = i ? s0 : s1;
    Vars v = roles(x, i, j);
    if (si == 2 && sj == 2)
        say(x, buf, len, "takeaway.cert_both_required", "Both require a certification to work", &v);
    else if (si == 2 && sj == 1)
        say(x, buf, len, "takeaway.cert_required_optional",
            "{a} need a certification to work; for {b} it is optional", &v);
    else if (si == 2)
        say(x, buf, len, "takeaway.cert_required_none",
            "{a} need a certification to work; none is listed for {b}", &v);
    else if (si == 1 && sj == 1)
        cert_both_optional(x, buf, len);
    else if (si == 1)
        say(x, buf, len, "takeaway.cert_optional_none",
            "Certification is optional for {a}; none is listed for {b}", &v);
    else
        say(x, buf, len, "takeaway.cert_none", "No certification is listed for either role", &v);
}

/* ---- work settings ----------------------------------------------------- */

/* The setting with the largest known share, or the first listed (and
 * *has_share false) when no share is known. */
static const WorkSetting *top_setting(const Career *c, bool *has_share)
{
    const WorkSetting *top = NULL;
    for (size_t i = 0; i < c->setting_count; i++)
        if (c->settings[i].share >= 0.0 && (!top || c->settings[i].share > top->share))
            top = &c->settings[i];
    *has_share = top != NULL;
    return top ? top : c->setting_count ? &c->settings[0] : NULL;
}

typedef struct {
    const WorkSetting *top;
    bool share;
    char name[128];
    char pct[24];
} SettingInfo;

static bool setting_info(const Ctx *x, const Career *c, SettingInfo *out)
{
    out->top = top_setting(c, &out->share);
    if (!out->top)
        return false;
    phrase(x, &out->top->name, out->name, sizeof out->name);
    format_percent(out->pct, sizeof out->pct, out->share ? out->top->share : 0.0, 0);
    return true;
}

static void settings_both(const Ctx *x, char *buf, size_t len, SettingInfo s[2])
{
    int i = s[1].share && !s[0].share ? 1 : 0, j = 1 - i; /* i: the side with shares */
    Vars v = roles(x, i, j);
    set(&v, 's', s[i].name);
    set(&v, 't', s[j].name);
    set(&v, 'x', s[i].pct);
    set(&v, 'y', s[j].pct);
    bool same = takeaway_same_text(s[0].name, s[1].name);
    if (s[i].share && s[j].share && same && strcmp(s[i].pct, s[j].pct) == 0)
        say(x, buf, len, "takeaway.settings_same_share", "Both most often work in {s}: {x} of each",
            &v);
    else if (s[i].share && s[j].share && same)
        say(x, buf, len, "takeaway.settings_same",
            "Both most often work in {s}: {x} of {a}, {y} of {b}", &v);
    else if (s[i].share && s[j].share)
        say(x, buf, len, "takeaway.settings_top", "{a} most often work in {s} ({x}); {b} in {t} ({y})",
            &v);
    else if (s[i].share && same)
        say(x, buf, len, "takeaway.settings_top_like_same",
            "{a} most often work in {s} ({x}), a common setting for {b} too", &v);
    else if (s[i].share)
        say(x, buf, len, "takeaway.settings_top_like",
            "{a} most often work in {s} ({x}); {b} work in places like {t}", &v);
    else if (same)
        say(x, buf, len, "takeaway.settings_like_same", "Both work in places like {s}", &v);
    else
        say(x, buf, len, "takeaway.settings_like", "{a} work in places like {s}; {b} in places like {t}",
            &v);
}

static void takeaway_settings(const Ctx *x, char *buf, size_t len)
{
    SettingInfo s[2];
    bool h0 = setting_info(x, x->c[0], &s[0]), h1 = setting_info(x, x->c[1], &s[1]);
    if (h0 && h1) {
        settings_both(x, buf, len, s);
        return;
    }
    int i = h0 ? 0 : 1;
    Vars v = roles(x, i, 1 - i);
    if (!h0 && !h1) {
        say(x, buf, len, "takeaway.settings_none", "Work settings are not reported for either role", &v);
        return;
    }
    set(&v, 's', s[i].name);
    set(&v, 'x', s[i].pct);
    if (s[i].share)
        say(x, buf, len, "takeaway.settings_one",
            "Work settings for {b} are not reported; {a} most often work in {s} ({x})", &v);
    else
        say(x, buf, len, "takeaway.settings_one_like",
            "Work settings for {b} are not reported; {a} work in places like {s}", &v);
}

/* ---- schedule ---------------------------------------------------------- */

/* Whether clause[0..n) holds `w` starting at a word boundary; `whole` also
 * requires a boundary after it. Both already lower case. */
static bool clause_has(const char *clause, size_t n, const char *w, bool whole)
{
    size_t wl = strlen(w);
    for (size_t i = 0; i + wl <= n; i++) {
        if (i > 0 && is_letter(clause[i - 1]))
            continue;
        if (memcmp(clause + i, w, wl) != 0)
            continue;
        if (!whole || i + wl == n || !is_letter(clause[i + wl]))
            return true;
    }
    return false;
}

static bool clause_irregular(const char *clause, size_t n)
{
    static const char *const flags[] = {"evening", "night", "weekend", "holiday", "overnight",
                                        "on call", "on-call", "around the clock", "24/7"};
    static const char *const negators[] = {"no", "not", "little", "rarely", "seldom",
                                           "without", "few", "never", "hardly"};
    for (size_t k = 0; k < sizeof negators / sizeof negators[0]; k++)
        if (clause_has(clause, n, negators[k], true))
            return false;
    for (size_t k = 0; k < sizeof flags / sizeof flags[0]; k++)
        if (clause_has(clause, n, flags[k], false))
            return true;
    return false;
}

bool takeaway_schedule_irregular(const Career *career)
{
    char text[1024];
    copy(text, sizeof text, ltext_get(&career->schedule, LANG_EN));
    for (char *p = text; *p; p++)
        *p = to_lower(*p);
    size_t start = 0, n = strlen(text);
    for (size_t i = 0; i <= n; i++) {
        if (i < n && !strchr(",;.:()", text[i]))
            continue;
        if (clause_irregular(text + start, i - start))
            return true;
        start = i + 1;
    }
    return false;
}

static void takeaway_schedule(const Ctx *x, char *buf, size_t len)
{
    bool h0 = ltext_present(&x->c[0]->schedule), h1 = ltext_present(&x->c[1]->schedule);
    bool r0 = h0 && takeaway_schedule_irregular(x->c[0]);
    bool r1 = h1 && takeaway_schedule_irregular(x->c[1]);
    int i = (h1 && !h0) || (r1 && !r0) ? 1 : 0;
    Vars v = roles(x, i, 1 - i);
    if (h0 && h1 && r0 && r1)
        say(x, buf, len, "takeaway.schedule_both", "Both may include evening or weekend work", &v);
    else if (h0 && h1 && (r0 || r1))
        say(x, buf, len, "takeaway.schedule_only", "Evening or weekend work comes up only for {a}", &v);
    else if (h0 && h1)
        say(x, buf, len, "takeaway.schedule_neither",
            "Neither schedule mentions evening or weekend work", &v);
    else if ((h0 || h1) && (r0 || r1))
        say(x, buf, len, "takeaway.schedule_one_irregular",
            "The schedule for {b} is not reported; {a} may work evenings or weekends", &v);
    else if (h0 || h1)
        say(x, buf, len, "takeaway.schedule_one",
            "The schedule for {b} is not reported; the one for {a} mentions no evening or weekend work",
            &v);
    else
        say(x, buf, len, "takeaway.schedule_none", "Schedules are not reported for either role", &v);
}

/* ---- traits ------------------------------------------------------------ */

/* Differences below this read as "similar": the traits are judgements. */
#define TRAIT_NOTICEABLE 0.15

static const char *day_share(const Ctx *x, double value)
{
    int level = takeaway_trait_level(value);
    if (level == 2)
        return word(x, "takeaway.level_most", "most of the day");
    return level == 1 ? word(x, "takeaway.level_part", "part of the day")
                      : word(x, "takeaway.level_little", "little of the day");
}

static void takeaway_contact(const Ctx *x, char *buf, size_t len)
{
    double p0 = x->c[0]->traits.patient_contact, p1 = x->c[1]->traits.patient_contact;
    bool h0 = p0 >= 0.0, h1 = p1 >= 0.0;
    int i = (h1 && !h0) || (h0 && h1 && p1 > p0) ? 1 : 0, j = 1 - i; /* i: more contact */
    Vars v = roles(x, i, j);
    if (h0 && h1) {
        double di = x->c[i]->traits.desk, dj = x->c[j]->traits.desk;
        if (fabs(p0 - p1) < TRAIT_NOTICEABLE)
            say(x, buf, len, "takeaway.contact_similar",
                "Both spend a similar share of the day with patients", &v);
        else if (di >= 0.0 && dj > di)
            say(x, buf, len, "takeaway.contact_more_desk",
                "{a} spend more of the day with patients; {b} more at a desk", &v);
        else
            say(x, buf, len, "takeaway.contact_more", "{a} spend more of the day with patients than {b}",
                &v);
    } else if (h0 || h1) {
        set(&v, 's', day_share(x, x->c[i]->traits.patient_contact));
        say(x, buf, len, "takeaway.contact_one",
            "Patient contact for {b} is not reported; {a} spend {s} with patients", &v);
    } else {
        say(x, buf, len, "takeaway.contact_none", "Patient contact is not reported for either role", &v);
    }
}

static void takeaway_physical(const Ctx *x, char *buf, size_t len)
{
    double p0 = x->c[0]->traits.physical, p1 = x->c[1]->traits.physical;
    bool h0 = p0 >= 0.0, h1 = p1 >= 0.0;
    int i = (h1 && !h0) || (h0 && h1 && p1 > p0) ? 1 : 0; /* i: more physical */
    Vars v = roles(x, i, 1 - i);
    int l0 = takeaway_trait_level(p0), l1 = takeaway_trait_level(p1);
    if (h0 && h1 && fabs(p0 - p1) >= TRAIT_NOTICEABLE)
        say(x, buf, len, "takeaway.physical_more", "{a} have the more physically demanding day", &v);
    else if (h0 && h1 && l0 == 0 && l1 == 0)
        say(x, buf, len, "takeaway.physical_both_light", "Both are light on physical demands", &v);
    else if (h0 && h1 && l0 == 2 && l1 == 2)
        say(x, buf, len, "takeaway.physical_both_heavy", "Both are physically demanding", &v);
    else if (h0 && h1)
        say(x, buf, len, "takeaway.physical_similar", "Both are about as physically demanding", &v);
    else if (h0 || h1) {
        int level = takeaway_trait_level(x->c[i]->traits.physical);
        set(&v, 's', level == 2   ? word(x, "takeaway.physical_high", "high")
                     : level == 1 ? word(x, "takeaway.physical_mid", "moderate")
                                  : word(x, "takeaway.physical_low", "light"));
        say(x, buf, len, "takeaway.physical_one",
            "Physical demands for {b} are not reported; for {a} they are {s}", &v);
    } else {
        say(x, buf, len, "takeaway.physical_none", "Physical demands are not reported for either role",
            &v);
    }
}

/* ---- skills ------------------------------------------------------------ */

/* How many of a's skills b also lists. */
static size_t shared_skills(const Career *a, const Career *b, Lang lang)
{
    size_t n = 0;
    for (size_t i = 0; i < a->skill_count; i++)
        n += takeaway_has_skill(b, ltext_get(&a->skills[i], lang), lang);
    return n;
}

static const char *skill_count(const Ctx *x, size_t n, char *buf, size_t len)
{
    return format_count_noun(buf, len, (double)n, word(x, "takeaway.skill_one", "skill"),
                             word(x, "takeaway.skill_other", "skills"));
}

static void skills_both(const Ctx *x, char *buf, size_t len)
{
    size_t n0 = shared_skills(x->c[0], x->c[1], x->lang), n1 = shared_skills(x->c[1], x->c[0], x->lang);
    size_t own0 = x->c[0]->skill_count - n0, own1 = x->c[1]->skill_count - n1;
    int i = own0 == 0 && own1 > 0 ? 0 : own1 == 0 && own0 > 0 ? 1 : 0;
    Vars v = roles(x, i, 1 - i);
    char vn[64], vm[64];
    set(&v, 'n', skill_count(x, n0, vn, sizeof vn));
    if (n0 == 0) {
        v = roles(x, 0, 1);
        set(&v, 'n', skill_count(x, x->c[0]->skill_count, vn, sizeof vn));
        set(&v, 'm', format_count(vm, sizeof vm, (double)x->c[1]->skill_count));
        say(x, buf, len, "takeaway.skills_none_shared",
            "No skill appears on both lists: {n} for {a}, {m} for {b}", &v);
    } else if (own0 == 0 && own1 == 0) {
        say(x, buf, len, "takeaway.skills_same", "Both list the same skills", &v);
    } else if (own0 == 0 || own1 == 0) {
        say(x, buf, len, "takeaway.skills_subset", "Every skill listed for {a} is also listed for {b}",
            &v);
    } else {
        say(x, buf, len, "takeaway.skills_shared", "{a} and {b} share {n}; each also brings its own",
            &v);
    }
}

static void takeaway_skills(const Ctx *x, char *buf, size_t len)
{
    bool h0 = x->c[0]->skill_count > 0, h1 = x->c[1]->skill_count > 0;
    if (h0 && h1) {
        skills_both(x, buf, len);
        return;
    }
    int i = h0 ? 0 : 1;
    Vars v = roles(x, i, 1 - i);
    char vn[64];
    if (h0 || h1) {
        set(&v, 'n', skill_count(x, x->c[i]->skill_count, vn, sizeof vn));
        say(x, buf, len, "takeaway.skills_one", "Skills for {b} are not reported; {a} list {n}", &v);
    } else {
        say(x, buf, len, "takeaway.skills_none", "Skills are not reported for either role", &v);
    }
}

/* ---- advancement ------------------------------------------------------- */

/* Lower case, with "&" read as "and", for matching names inside text. */
static void normalise(const char *in, char *out, size_t len)
{
    size_t o = 0;
    for (; *in && o + 4 < len; in++) {
        if (*in == '&') {
            memcpy(out + o, "and", 3);
            o += 3;
        } else {
            out[o++] = to_lower(*in);
        }
    }
    out[o] = '\0';
}

/* Whether one of a's next steps names b's role. */
static bool leads_to(const Ctx *x, const Career *a, const Career *b)
{
    char name[256], step[512];
    normalise(ltext_get(&b->name, x->lang), name, sizeof name);
    for (size_t i = 0; i < a->advancement_count; i++) {
        normalise(ltext_get(&a->advancement[i], x->lang), step, sizeof step);
        if (*name && strstr(step, name))
            return true;
    }
    return false;
}

static const char *step_count(const Ctx *x, size_t n, char *buf, size_t len)
{
    return format_count_noun(buf, len, (double)n, word(x, "takeaway.step_one", "next step"),
                             word(x, "takeaway.step_other", "next steps"));
}

static void advancement_both(const Ctx *x, char *buf, size_t len)
{
    bool ab = leads_to(x, x->c[0], x->c[1]), ba = leads_to(x, x->c[1], x->c[0]);
    int i = ba && !ab ? 1 : 0;
    Vars v = roles(x, i, 1 - i);
    char vn[64], vm[64];
    set(&v, 'n', step_count(x, x->c[i]->advancement_count, vn, sizeof vn));
    set(&v, 'm', format_count(vm, sizeof vm, (double)x->c[1 - i]->advancement_count));
    if (ab && ba)
        say(x, buf, len, "takeaway.advance_each_other", "Each role can lead to the other", &v);
    else if (ab || ba)
        say(x, buf, len, "takeaway.advance_leads", "{a} can move on to become {b}", &v);
    else
        say(x, buf, len, "takeaway.advance_both", "Both have room to grow: {n} for {a}, {m} for {b}",
            &v);
}

static void takeaway_advancement(const Ctx *x, char *buf, size_t len)
{
    bool h0 = x->c[0]->advancement_count > 0, h1 = x->c[1]->advancement_count > 0;
    if (h0 && h1) {
        advancement_both(x, buf, len);
        return;
    }
    int i = h0 ? 0 : 1;
    Vars v = roles(x, i, 1 - i);
    char vn[64];
    if (h0 || h1) {
        set(&v, 'n', step_count(x, x->c[i]->advancement_count, vn, sizeof vn));
        say(x, buf, len, "takeaway.advance_one", "Career paths for {b} are not reported; {a} have {n}",
            &v);
    } else {
        say(x, buf, len, "takeaway.advance_none", "Career paths are not reported for either role", &v);
    }
}

/* ---- entry ------------------------------------------------------------- */

typedef void (*Writer)(const Ctx *x, char *buf, size_t len);

char *takeaway_write(char *buf, size_t len, const Content *content, Lang lang, const Career *a,
                     const Career *b, TakeawayDimension dim)
{
    static const Writer writers[TAKEAWAY_COUNT] = {
        [TAKEAWAY_PAY] = takeaway_pay,
        [TAKEAWAY_GROWTH] = takeaway_growth,
        [TAKEAWAY_EMPLOYMENT] = takeaway_employment,
        [TAKEAWAY_TRAINING] = takeaway_training,
        [TAKEAWAY_CERTIFICATION] = takeaway_certification,
        [TAKEAWAY_SETTINGS] = takeaway_settings,
        [TAKEAWAY_SCHEDULE] = takeaway_schedule,
        [TAKEAWAY_CONTACT] = takeaway_contact,
        [TAKEAWAY_PHYSICAL] = takeaway_physical,
        [TAKEAWAY_SKILLS] = takeaway_skills,
        [TAKEAWAY_ADVANCEMENT] = takeaway_advancement,
    };
    if (!len)
        return buf;
    buf[0] = '\0';
    if (!content || !a || !b || (unsigned)dim >= TAKEAWAY_COUNT)
        return buf;
    Ctx x = {content, lang, {a, b}, {{0}}, {{0}}};
    takeaway_people(x.people[0], sizeof x.people[0], content, lang, a);
    takeaway_people(x.people[1], sizeof x.people[1], content, lang, b);
    takeaway_people_bare(x.bare[0], sizeof x.bare[0], content, lang, a);
    takeaway_people_bare(x.bare[1], sizeof x.bare[1], content, lang, b);
    writers[dim](&x, buf, len);
    return buf;
}
