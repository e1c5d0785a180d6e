#include "frametimes.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void frametimes_init(FrameTimes *ft)
{
    memset(ft, 0, sizeof *ft);
}

void frametimes_free(FrameTimes *ft)
{
    free(ft->ms);
    frametimes_init(ft);
}

bool frametimes_add(FrameTimes *ft, double ms)
{
    if (ft->count == ft->cap) {
        size_t cap = ft->cap ? ft->cap * 2 : 256;
        double *grown = realloc(ft->ms, cap * sizeof *grown);
        if (!grown)
            return false;
        ft->ms = grown;
        ft->cap = cap;
    }
    ft->ms[ft->count++] = ms;
    return true;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Nearest rank on a sorted array of n > 0. */
static double rank_of(const double *sorted, size_t n, double p)
{
    if (p <= 0.0)
        return sorted[0];
    double r = ceil(p / 100.0 * (double)n);
    size_t rank = r < 1.0 ? 1 : r > (double)n ? n : (size_t)r;
    return sorted[rank - 1];
}

/* A sorted copy; NULL when empty or out of memory. */
static double *sorted_copy(const FrameTimes *ft)
{
    double *s = ft->count ? malloc(ft->count * sizeof *s) : NULL;
    if (!s)
        return NULL;
    memcpy(s, ft->ms, ft->count * sizeof *s);
    qsort(s, ft->count, sizeof *s, cmp_double);
    return s;
}

double frametimes_percentile(const FrameTimes *ft, double p)
{
    double *s = sorted_copy(ft);
    double v = s ? rank_of(s, ft->count, p) : 0.0;
    free(s);
    return v;
}

FrameSummary frametimes_summary(const FrameTimes *ft)
{
    FrameSummary sum = {0};
    double *s = sorted_copy(ft);
    if (!s)
        return sum;
    sum.count = ft->count;
    sum.p50 = rank_of(s, ft->count, 50.0);
    sum.p99 = rank_of(s, ft->count, 99.0);
    sum.max = s[ft->count - 1];
    double total = 0.0;
    for (size_t i = 0; i < ft->count; i++)
        total += s[i];
    sum.mean = total / (double)ft->count;
    free(s);
    return sum;
}
