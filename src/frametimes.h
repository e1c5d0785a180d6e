/* frametimes: a list of frame durations and its summary (median, p99, max).
 *
 * Pure: the benchmark (platform/bench.c) and the floor program (bench/floor.c)
 * time frames with a monotonic clock and summarise them here, the same way. */
#ifndef FRAMETIMES_H
#define FRAMETIMES_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    double *ms;          /* owned */
    size_t count, cap;
} FrameTimes;

typedef struct {
    size_t count;
    double p50, p99, max, mean;
} FrameSummary;

void frametimes_init(FrameTimes *ft);
void frametimes_free(FrameTimes *ft);
/* Appends one duration; false when out of memory (the sample is dropped). */
bool frametimes_add(FrameTimes *ft, double ms);
/* Nearest-rank percentile, p in 0..100: the smallest sample with at least
 * p% of the samples at or below it (p 0 gives the minimum). 0 when empty. */
double frametimes_percentile(const FrameTimes *ft, double p);
FrameSummary frametimes_summary(const FrameTimes *ft);

#endif
