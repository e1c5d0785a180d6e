#!/bin/sh
# make bench: CareerDeck measured side by side with a floor program
# (bench/floor.c) in one run, medians over BENCH_RUNS runs, ratios printed.
# Prints a table and writes docs/performance.md (BENCH_OUT).
# Usage: scripts/bench.sh APP FLOOR
# Knobs: BENCH_RUNS (5), BENCH_RUNS_4K (BENCH_RUNS), BENCH_FRAMES (1080p, 650:
# one whole cycle of the motion), BENCH_FRAMES_4K (650),
#        BENCH_IDLE_SECONDS (10), BENCH_OUT (docs/performance.md).
# Needs GNU time, Xvfb and xdotool (install-deps installs them).
set -eu

app=${1:-./build/careerdeck}
floor=${2:-./build/bench/floor}
runs=${BENCH_RUNS:-5}
frames=${BENCH_FRAMES:-650}
frames_4k=${BENCH_FRAMES_4K:-650}
runs_4k=${BENCH_RUNS_4K:-$runs}
idle=${BENCH_IDLE_SECONDS:-10}
out=${BENCH_OUT:-docs/performance.md}
tmp=build/bench/run
big=build/bench/bundle200

sh scripts/install-deps.sh time
mkdir -p "$tmp"
rm -f "$tmp"/*.txt
sh scripts/gen-bundle.sh 200 "$big"

font=""
for f in /usr/share/fonts/opentype/inter/Inter-Regular.otf \
         /usr/share/fonts/truetype/noto/NotoSans-Regular.ttf \
         /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf; do
    [ -z "$font" ] && [ -r "$f" ] && font=$f
done
[ -n "$font" ] || { echo "bench: no font found" >&2; exit 1; }

export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy

now_ns() { date +%s%N; }
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan";
    else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

# One timed start: wall ms from fork to exit, and peak RSS (KB), appended;
# standard output goes to $stdout.
stdout=/dev/null
timed() { # NAME CMD...
    name=$1; shift
    t0=$(now_ns)
    /usr/bin/time -f %M -o "$tmp/rss.tmp" "$@" >"$stdout" 2>"$tmp/err.tmp" ||
        { cat "$tmp/err.tmp" >&2; echo "bench: $name failed" >&2; exit 1; }
    t1=$(now_ns)
    echo $(( (t1 - t0) / 1000 )) | awk '{ print $1 / 1000 }' >> "$tmp/$name-ms.txt"
    cat "$tmp/rss.tmp" >> "$tmp/$name-rss.txt"
}

# A field of a "key name ... field value" line of --bench output.
field() { # FILE KEY NAME FIELD
    awk -v k="$2" -v n="$3" -v f="$4" '$1 == k && $2 == n { for (i = 3; i < NF; i++)
        if ($i == f) { print $(i + 1); exit } }' "$1"
}
value() { awk -v k="$2" '$1 == k { print $2; exit }' "$1"; }

echo "bench: $runs runs; floor font $font" >&2

# 1, 2: cold start to the home PNG, and its peak RSS.
for i in $(seq "$runs"); do
    timed floor "$floor" "$font" "$tmp/floor.png"
    timed app "$app" --screenshot "$tmp/home.png" --size 1920x1080 data
    timed big "$app" --screenshot "$tmp/home200.png" --size 1920x1080 "$big"
done

# 2, 3: RSS and CPU after idling in a real window under Xvfb.
proc_cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
proc_rss_kb() { awk '$1 == "VmRSS:" { print $2 }' "/proc/$1/status"; }
hz=$(getconf CLK_TCK)
display=:$(( 90 + $$ % 100 ))
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT INT TERM
for _ in $(seq 50); do
    DISPLAY=$display xdotool getdisplaygeometry >/dev/null 2>&1 && break
    sleep 0.1
done
for i in $(seq "$runs"); do
    DISPLAY=$display SDL_VIDEODRIVER=x11 "$floor" "$font" --window 1920x1080 2>/dev/null &
    fpid=$!
    DISPLAY=$display SDL_VIDEODRIVER=x11 "$app" --window 1920x1080 data 2>/dev/null &
    apid=$!
    sleep 3 # start-up and the entrance animation
    f0=$(proc_cpu_ticks $fpid); a0=$(proc_cpu_ticks $apid)
    sleep "$idle"
    f1=$(proc_cpu_ticks $fpid); a1=$(proc_cpu_ticks $apid)
    proc_rss_kb $fpid >> "$tmp/floor-idle-rss.txt"
    proc_rss_kb $apid >> "$tmp/app-idle-rss.txt"
    echo "$f0 $f1 $hz" | awk '{ printf "%.2f\n", ($2 - $1) / $3 }' >> "$tmp/floor-idle-cpu.txt"
    echo "$a0 $a1 $hz" | awk '{ printf "%.2f\n", ($2 - $1) / $3 }' >> "$tmp/app-idle-cpu.txt"
    kill $fpid $apid
    wait $fpid $apid 2>/dev/null || true
done
kill $xvfb 2>/dev/null || true

# 4, 5: frame times of scripted motion on the software renderer.
for i in $(seq "$runs"); do
    for size in 1920x1080 3840x2160; do
        n=$frames; [ "$size" = 3840x2160 ] && n=$frames_4k
        [ "$size" = 3840x2160 ] && [ "$i" -gt "$runs_4k" ] && continue
        "$floor" "$font" --frames "$n" "$size" > "$tmp/floor-$size-$i.out"
        stdout="$tmp/app-$size-$i.out" timed "bench-$size" "$app" --bench "$n" --size "$size" data
        for k in p50 p99; do
            field "$tmp/floor-$size-$i.out" frame all $k >> "$tmp/floor-$size-$k.txt"
            field "$tmp/app-$size-$i.out" frame all $k >> "$tmp/app-$size-$k.txt"
            field "$tmp/app-$size-$i.out" cpu all $k >> "$tmp/app-$size-cpu-$k.txt"
            for seg in home compare day attract; do
                field "$tmp/app-$size-$i.out" frame $seg $k >> "$tmp/app-$size-$seg-$k.txt"
                field "$tmp/app-$size-$i.out" cpu $seg $k >> "$tmp/app-$size-$seg-cpu-$k.txt"
            done
        done
    done
done
# 6: the 200-career bundle and the bundled one under the same motion (load
# time, peak RSS, cache sizes), at a small size to keep it quick.
for i in $(seq "$runs"); do
    stdout="$tmp/big-$i.out" timed bigbench "$app" --bench 10 --size 960x540 "$big"
    stdout="$tmp/small-$i.out" timed smallbench "$app" --bench 10 --size 960x540 data
    value "$tmp/big-$i.out" load_ms >> "$tmp/big-load.txt"
    value "$tmp/small-$i.out" load_ms >> "$tmp/app-load.txt"
    awk '$1 == "load_ms" { print $4 }' "$tmp/big-$i.out" >> "$tmp/big-load-cpu.txt"
    awk '$1 == "load_ms" { print $4 }' "$tmp/small-$i.out" >> "$tmp/app-load-cpu.txt"
done

m() { median "$tmp/$1.txt"; }
kb_mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
diff_mb() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%+.1f", (a - b) / 1024 }'; }
last="$tmp/app-1920x1080-$runs.out"
strings=$(value "$last" strings_rasterised); images=$(value "$last" images_decoded)
strings4k=$(value "$tmp/app-3840x2160-$runs_4k.out" strings_rasterised)
shadows=$(value "$last" shadows_triangulated)
share=$(awk '$1 == "pixels_redrawn" { printf "%.0f", $4 * 100 }' "$last")
share4k=$(awk '$1 == "pixels_redrawn" { printf "%.0f", $4 * 100 }' "$tmp/app-3840x2160-$runs_4k.out")
images4k=$(value "$tmp/app-3840x2160-$runs_4k.out" images_decoded)
caches=$(awk '$1 == "text_cache" { print $2 " text, " $4 " images" }' "$tmp/small-$runs.out")
caches_big=$(awk '$1 == "text_cache" { print $2 " text, " $4 " images" }' "$tmp/big-$runs.out")
layer_mb() { awk '$1 == "layer_cache" { printf "%.0f", $4 * 4 / 1048576 }' "$1"; }
layers=$(layer_mb "$last"); layers4k=$(layer_mb "$tmp/app-3840x2160-$runs_4k.out")

table=$(cat <<TABLE
| measure | floor | CareerDeck | ratio / difference | target |
|---|---|---|---|---|
| cold start to home PNG, 1920x1080 (ms) | $(m floor-ms) | $(m app-ms) | $(ratio "$(m app-ms)" "$(m floor-ms)")x | at most 1.5x |
| peak RSS of that start (MB) | $(kb_mb "$(m floor-rss)") | $(kb_mb "$(m app-rss)") | $(diff_mb "$(m app-rss)" "$(m floor-rss)") MB | at most +40 MB |
| RSS after ${idle} s idle in a window, Xvfb (MB) | $(kb_mb "$(m floor-idle-rss)") | $(kb_mb "$(m app-idle-rss)") | $(diff_mb "$(m app-idle-rss)" "$(m floor-idle-rss)") MB | at most +40 MB |
| CPU over ${idle} s idle in a window (s) | $(m floor-idle-cpu) | $(m app-idle-cpu) | | 0.00 |
| frame p50, 1920x1080 (ms) | $(m floor-1920x1080-p50) | $(m app-1920x1080-p50) | $(ratio "$(m app-1920x1080-p50)" "$(m floor-1920x1080-p50)")x | |
| frame p99, 1920x1080 (ms) | $(m floor-1920x1080-p99) | $(m app-1920x1080-p99) | $(ratio "$(m app-1920x1080-p99)" "$(m floor-1920x1080-p99)")x | at most 8 ms |
| frame p50, 3840x2160 (ms) | $(m floor-3840x2160-p50) | $(m app-3840x2160-p50) | $(ratio "$(m app-3840x2160-p50)" "$(m floor-3840x2160-p50)")x | |
| frame p99, 3840x2160 (ms) | $(m floor-3840x2160-p99) | $(m app-3840x2160-p99) | $(ratio "$(m app-3840x2160-p99)" "$(m floor-3840x2160-p99)")x | at most 16.7 ms |
| frame CPU p50 / p99, 1920x1080 (ms) | | $(m app-1920x1080-cpu-p50) / $(m app-1920x1080-cpu-p99) | | |
| frame CPU p50 / p99, 3840x2160 (ms) | | $(m app-3840x2160-cpu-p50) / $(m app-3840x2160-cpu-p99) | | |
| strings rasterised / images decoded in $frames steady frames, 1080p | | $strings / $images | | none |
| the same in $frames_4k steady frames, 4K | | $strings4k / $images4k | | none |
| shadows drawn as triangles in $frames steady frames, 1080p | | $shadows | | |
| share of the screen redrawn per frame (damage), 1080p / 4K | | $share% / $share4k% | | |
| bundle load, 4 careers (ms, wall / CPU) | | $(m app-load) / $(m app-load-cpu) | | |
| bundle load, 200 careers (ms, wall / CPU) | | $(m big-load) / $(m big-load-cpu) | | at most 100 ms |
| cold start, 200 careers (ms) | $(m floor-ms) | $(m big-ms) | $(ratio "$(m big-ms)" "$(m floor-ms)")x | |
| peak RSS of that start (MB) | $(kb_mb "$(m floor-rss)") | $(kb_mb "$(m big-rss)") | $(diff_mb "$(m big-rss)" "$(m floor-rss)") MB | |
| peak RSS of --bench at 960x540, 4 / 200 careers (MB) | | $(kb_mb "$(m smallbench-rss)") / $(kb_mb "$(m bigbench-rss)") | $(diff_mb "$(m bigbench-rss)" "$(m smallbench-rss)") MB | grows with the screen, not the bundle |
| caches after the motion, 4 / 200 careers | | $caches / $caches_big | | bounded |
| peak RSS of --bench, 1080p / 4K (MB); of it, layer textures kept | | $(kb_mb "$(m bench-1920x1080-rss)") / $(kb_mb "$(m bench-3840x2160-rss)"); $layers / $layers4k | | at most 6 screens of layers |
TABLE
)

segments=$(cat <<SEG
| segment | p50 1080p | p99 1080p | p50 4K | p99 4K | CPU p50 / p99 1080p | CPU p50 / p99 4K |
|---|---|---|---|---|---|---|
SEG
)
for seg in home compare day attract; do
    segments="$segments
| $seg | $(m app-1920x1080-$seg-p50) | $(m app-1920x1080-$seg-p99) | $(m app-3840x2160-$seg-p50) | $(m app-3840x2160-$seg-p99) | $(m app-1920x1080-$seg-cpu-p50) / $(m app-1920x1080-$seg-cpu-p99) | $(m app-3840x2160-$seg-cpu-p50) / $(m app-3840x2160-$seg-cpu-p99) |"
done

machine="$(uname -srm); $(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

printf '%s\n\n%s\n' "$table" "$segments"

mkdir -p "$(dirname "$out")"
{
    sed -n '1,/^<!-- bench:begin -->$/p' "$out" 2>/dev/null || true
    echo "Run of $(date -u '+%Y-%m-%d %H:%M UTC'), $runs runs ($runs_4k at 4K), medians. Machine: $machine."
    echo
    echo "$table"
    echo
    echo "Frame times per segment of the motion (median of the runs' p50 and p99, ms; wall, then thread CPU):"
    echo
    echo "$segments"
    echo
    sed -n '/^<!-- bench:end -->$/,$p' "$out" 2>/dev/null || true
} > "$out.tmp"
grep -q '^<!-- bench:begin -->$' "$out.tmp" || {
    { echo "# Performance"; echo; echo "<!-- bench:begin -->"; cat "$out.tmp";
      echo "<!-- bench:end -->"; } > "$out.tmp2"; mv "$out.tmp2" "$out.tmp"; }
mv "$out.tmp" "$out"
echo "bench: wrote $out" >&2
