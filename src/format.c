#include "format.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define EN_DASH "\xE2\x80\x93"

char *format_count(char *buf, size_t len, double value)
{
    if (!len)
        return buf;
    if (!isfinite(value)) {
        snprintf(buf, len, "?");
        return buf;
    }
    double rounded = round(fabs(value));
    if (rounded > 1e15)
        rounded = 1e15;
    unsigned long long n = (unsigned long long)rounded;
    char digits[32];
    int nd = snprintf(digits, sizeof digits, "%llu", n);
    char tmp[48];
    size_t o = 0;
    if (value < 0 && n)
        tmp[o++] = '-';
    for (int i = 0; i < nd; i++) {
        if (i > 0 && (nd - i) % 3 == 0)
            tmp[o++] = ',';
        tmp[o++] = digits[i];
    }
    tmp[o] = '\0';
    snprintf(buf, len, "%s", tmp);
    return buf;
}

char *format_money(char *buf, size_t len, double dollars)
{
    char count[48];
    format_count(count, sizeof count, fabs(dollars));
    snprintf(buf, len, "%s$%s", dollars < 0 ? "-" : "", count);
    return buf;
}

char *format_money_short(char *buf, size_t len, double dollars)
{
    double a = fabs(dollars);
    const char *sign = dollars < 0 ? "-" : "";
    if (a >= 999500.0)
        snprintf(buf, len, "%s$%.1fM", sign, a / 1e6);
    else if (a >= 1000.0)
        snprintf(buf, len, "%s$%.0fk", sign, a / 1e3);
    else
        snprintf(buf, len, "%s$%.0f", sign, a);
    return buf;
}

/* Whole numbers print without decimals; others with one. */
static void number_trimmed(char *buf, size_t len, double v)
{
    if (fabs(v - round(v)) < 0.05)
        snprintf(buf, len, "%.0f", round(v));
    else
        snprintf(buf, len, "%.1f", v);
}

char *format_percent(char *buf, size_t len, double percent, int signed_plus)
{
    char num[32];
    number_trimmed(num, sizeof num, percent);
    snprintf(buf, len, "%s%s%%", signed_plus && percent > 0 ? "+" : "", num);
    return buf;
}

char *format_months(char *buf, size_t len, double min_months, double max_months,
                    const char *months_word, const char *years_word)
{
    char a[32], b[32];
    if (max_months < min_months)
        max_months = min_months;
    /* Whole years read better from 24 months up. */
    int in_years = min_months >= 24.0 && fmod(min_months, 12.0) == 0.0 &&
                   fmod(max_months, 12.0) == 0.0;
    double div = in_years ? 12.0 : 1.0;
    const char *unit = in_years ? years_word : months_word;
    number_trimmed(a, sizeof a, min_months / div);
    number_trimmed(b, sizeof b, max_months / div);
    if (strcmp(a, b) == 0)
        snprintf(buf, len, "%s %s", a, unit);
    else
        snprintf(buf, len, "%s" EN_DASH "%s %s", a, b, unit);
    return buf;
}

char *format_duration(char *buf, size_t len, double months, const char *month_word,
                      const char *months_word, const char *year_word, const char *years_word)
{
    char n[32];
    int years = months >= 24.0 && fmod(months, 12.0) == 0.0;
    double v = years ? months / 12.0 : months;
    number_trimmed(n, sizeof n, v);
    int one = strcmp(n, "1") == 0;
    const char *word = years ? (one ? year_word : years_word) : (one ? month_word : months_word);
    snprintf(buf, len, "%s %s", n, word);
    return buf;
}

char *format_money_range(char *buf, size_t len, double low, double high)
{
    char a[64], b[64];
    snprintf(buf, len, "%s" EN_DASH "%s", format_money(a, sizeof a, low),
             format_money(b, sizeof b, high));
    return buf;
}

char *format_count_noun(char *buf, size_t len, double count, const char *one, const char *other)
{
    char n[64];
    format_count(n, sizeof n, count);
    snprintf(buf, len, "%s %s", n, strcmp(n, "1") == 0 ? one : other);
    return buf;
}

char *format_money_cents(char *buf, size_t len, double dollars)
{
    if (!isfinite(dollars)) {
        snprintf(buf, len, "?");
        return buf;
    }
    double cents = round(fabs(dollars) * 100.0);
    char whole[48];
    format_count(whole, sizeof whole, floor(cents / 100.0));
    snprintf(buf, len, "%s$%s.%02d", dollars < 0 && cents > 0 ? "-" : "", whole,
             (int)fmod(cents, 100.0));
    return buf;
}

char *format_hourly(char *buf, size_t len, double annual_dollars)
{
    return format_money_cents(buf, len, annual_dollars / FORMAT_HOURS_PER_YEAR);
}
