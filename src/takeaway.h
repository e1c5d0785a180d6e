/* takeaway: the one-line, plain-language conclusion of a compare page.
 *
 * Pure: two careers, the bundle (for all_occupations_growth and ui words)
 * and a dimension in, one sentence out. Everything is computed from the
 * figures, so the sentence stays true when the content changes, and a
 * missing figure is left out of the comparison ("Pay for medical
 * administrative assistants is not reported; medical assistants earn
 * $44,200 at the median") rather than guessed.
 *
 * Names: a career reads as its people, lower-cased sensibly and made
 * plural. English: "Medical Assistant" -> "medical assistants" (words with a
 * capital inside, such as "CMA" or "EKG", keep their case; the last word
 * before any "(...)" takes the plural). Spanish: every word up to the first
 * joiner ("de", "en", "y", ...) takes the plural, and a subject takes the
 * article: "Codificador médico" -> "los codificadores médicos", so
 * templates agree in the plural ("{a} ganan..."). {A} and {B} name the same
 * people with no article, for "trabajan como {A}". A bundle can override
 * the form with the ui key "people.<career id>" ("people.medical-coder":
 * {"en": "medical coders", "es": "los codificadores médicos"}); the bare
 * form drops its article.
 *
 * Rounding: pay differences to the nearest $1,000; below $500 the pay is
 * "about the same". Percentages print as format_percent does (whole numbers,
 * one decimal otherwise) and tie when they print the same. Durations print
 * in months below 24, in years from 24 months on whole years.
 *
 * Wording: every sentence is a template from the ui table, key
 * "takeaway.<case>", with built-in English. Placeholders are {a} and {b}
 * (the two roles, the first one named being the one the sentence is about)
 * and {x} {y} {d} {n} {m} {s} {t} {r} (figures as the template says). The
 * first letter of the result is capitalised. */
#ifndef TAKEAWAY_H
#define TAKEAWAY_H

#include <stdbool.h>
#include <stddef.h>

#include "content.h"

/* The pages of the comparison, in order. */
typedef enum {
    TAKEAWAY_PAY = 0,
    TAKEAWAY_GROWTH,
    TAKEAWAY_EMPLOYMENT,
    TAKEAWAY_TRAINING,
    TAKEAWAY_CERTIFICATION,
    TAKEAWAY_SETTINGS,
    TAKEAWAY_SCHEDULE,
    TAKEAWAY_CONTACT,   /* patient contact vs desk work */
    TAKEAWAY_PHYSICAL,
    TAKEAWAY_SKILLS,
    TAKEAWAY_ADVANCEMENT,
    TAKEAWAY_COUNT
} TakeawayDimension;

/* Writes the takeaway comparing `a` with `b` on `dim` into buf (at most len
 * bytes, NUL included; never empty when len > 1). Returns buf. */
char *takeaway_write(char *buf, size_t len, const Content *content, Lang lang, const Career *a,
                     const Career *b, TakeawayDimension dim);

/* The people who do a career, as a sentence's subject names them
 * ("medical coders", "los codificadores médicos"). */
char *takeaway_people(char *buf, size_t len, const Content *content, Lang lang,
                      const Career *career);
/* The same with no article ("medical coders", "codificadores médicos"). */
char *takeaway_people_bare(char *buf, size_t len, const Content *content, Lang lang,
                           const Career *career);

/* Case-insensitive (ASCII) equality, ignoring leading and trailing spaces:
 * how skills, settings and certification codes are matched. */
bool takeaway_same_text(const char *x, const char *y);
/* Whether `career` lists `skill` (as takeaway_same_text compares). */
bool takeaway_has_skill(const Career *career, const char *skill, Lang lang);

/* Pay difference as sentences round it: the nearest $1,000, or 0 below $500. */
double takeaway_round_pay(double difference);

/* Trait levels as the scale pages name them: 0 low (< 1/3), 1 middle,
 * 2 high (>= 2/3); -1 when the trait is missing (negative). */
int takeaway_trait_level(double value);

/* Whether a schedule mentions evening, night, weekend, holiday or on-call
 * work outside a negated clause ("little weekend work" does not count).
 * Reads the English text, so it works whatever the display language. */
bool takeaway_schedule_irregular(const Career *career);

#endif
