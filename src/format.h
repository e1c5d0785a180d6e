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

#endif
