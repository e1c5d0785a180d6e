/* format: figures as visitors read them ("$44,200", "811,000", "12%").
 * Pure string formatting, US conventions; every function writes at most
 * `len` bytes (NUL included) and returns `buf`. */
#ifndef FORMAT_H
#define FORMAT_H

#include <stddef.h>

/* 811000 -> "811,000". Rounds to the nearest whole number. */
char *format_count(char *buf, size_t len, double value);
/* 44200 -> "$44,200". */
char *format_money(char *buf, size_t len, double dollars);
/* 35000 -> "$35k", 1250000 -> "$1.3M": for tight ranges. */
char *format_money_short(char *buf, size_t len, double dollars);
/* 12 -> "12%", 5.5 -> "5.5%"; `signed_plus` adds "+" to positives. */
char *format_percent(char *buf, size_t len, double percent, int signed_plus);
/* Months as a friendly duration: 4 -> "4 months", 24 -> "2 years",
 * 9..12 -> "9–12 months", 18 -> "18 months". */
char *format_months(char *buf, size_t len, double min_months, double max_months,
                    const char *months_word, const char *years_word);

/* One duration with singular and plural words: 1 -> "1 month", 9 -> "9 months",
 * 24 -> "2 years", 18 -> "18 months" (years only from 24 months, whole years). */
char *format_duration(char *buf, size_t len, double months, const char *month_word,
                      const char *months_word, const char *year_word, const char *years_word);
/* 35000, 42000 -> "$35,000–$42,000". */
char *format_money_range(char *buf, size_t len, double low, double high);
/* A count and its noun: 1 -> "1 skill", 3 -> "3 skills". */
char *format_count_noun(char *buf, size_t len, double count, const char *one, const char *other);

/* Full-time hours in a working year: 52 weeks of 40 hours, the convention
 * BLS uses to turn hourly wages into annual ones. */
#define FORMAT_HOURS_PER_YEAR 2080.0
/* 21.25 -> "$21.25": dollars and cents, rounded to the cent. */
char *format_money_cents(char *buf, size_t len, double dollars);
/* A yearly amount as its hourly equivalent: 44200 -> "$21.25". */
char *format_hourly(char *buf, size_t len, double annual_dollars);

#endif
