/* bench: --bench FRAMES, the frame-time benchmark (issue 7).
 *
 * Renders headless on the software renderer (the --screenshot target) while
 * a fixed motion plays on the injected clock: carousel swipes on home, a
 * comparison paged so its bars animate, day timeline steps and the attract
 * loop. One cycle of it warms the caches; then FRAMES frames are timed with a
 * monotonic clock (draw list, rendering and present of each frame that the
 * real loop would draw) and summarised per segment, with the part spent
 * building the draw list (layout and wrapping). Also reports how many
 * strings were rasterised and images decoded in those steady-state frames,
 * and the bundle's load time (median of five loads). Output is one
 * "key value..." line per figure, read by scripts/bench.sh. */
#ifndef BENCH_H
#define BENCH_H

#include "cli.h"
#include "platform/session.h"

/* Loads `bundle` into `s` and runs the benchmark at o->size_w x o->size_h
 * for o->bench_frames frames. Returns a cli.h exit code. */
int bench_run(Session *s, const CliOptions *o, const char *bundle);

#endif
