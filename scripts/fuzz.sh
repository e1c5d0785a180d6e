#!/bin/sh
# Runs each libFuzzer target for a bounded time and prints its final stats.
# Usage: scripts/fuzz.sh BUILD_DIR SECONDS TARGET...
# Seeds come from tests/fuzz/corpus/<target>/ (never written to); new inputs
# go to BUILD_DIR/corpus/<target>/ and crashes, leaks and hangs to
# BUILD_DIR/findings/<target>/. Exits non-zero if any target found something.
set -u
build=$1 seconds=$2
shift 2
status=0
for t in "$@"; do
    work="$build/corpus/$t" findings="$build/findings/$t"
    mkdir -p "$work" "$findings"
    dict=""
    [ -f "tests/fuzz/$t.dict" ] && dict="-dict=tests/fuzz/$t.dict"
    echo "== fuzz $t for ${seconds}s"
    # shellcheck disable=SC2086
    if ! ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
        "$build/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$findings/" $dict \
        "$work" "tests/fuzz/corpus/$t" >"$build/fuzz-$t.log" 2>&1; then
        status=1
        echo "fuzz $t: FOUND A PROBLEM (see $build/fuzz-$t.log and $findings/)"
    fi
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)' \
        "$build/fuzz-$t.log" | sed "s/^/  $t /"
    echo "  $t corpus: $(ls "$work" | wc -l) new + $(ls "tests/fuzz/corpus/$t" | wc -l) seeds"
done
exit $status
