#!/bin/sh
# Runs the app under valgrind memcheck: no invalid reads or writes, no use of
# uninitialised memory, and no definite or indirect leaks, or it fails.
# Usage: scripts/memcheck.sh APP quick|full
#   quick: --validate and one 1920x1080 screenshot (part of make test)
#   full:  also 1080x1920, every tests/scripts/*.txt, the walkthrough,
#          --report and a bundle of bad assets written on the spot
# Logs go to $MEMCHECK_DIR (default build/memcheck). Suppressions (tests/valgrind.supp) cover only
# system libraries, each with its reason.
set -u
root=$(pwd)
app=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") mode=${2:-full}
out=${MEMCHECK_DIR:-build/memcheck}
case $out in /*) ;; *) out="$root/$out" ;; esac
rm -rf "$out" && mkdir -p "$out"
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy
failures=0 runs=0

# check NAME ARGS...: runs the app under memcheck.
check() {
    name=$1; shift
    runs=$((runs + 1))
    valgrind --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect \
        --errors-for-leak-kinds=definite,indirect --num-callers=40 \
        --suppressions="$root/tests/valgrind.supp" --log-file="$out/$name.log" \
        "$app" "$@" >"$out/$name.out" 2>&1
    rc=$?
    if [ "$rc" -eq 0 ]; then
        echo "  memcheck ok: $name"
    else
        failures=$((failures + 1))
        echo "  memcheck FAILED: $name (exit $rc; 99 = memcheck errors); see $out/$name.log"
        grep -E '^==[0-9]+== (Invalid|Conditional|Use of|Mismatched|.*definitely|.*indirectly)' \
            "$out/$name.log" | head -5
    fi
}

check validate --validate data
check shot-1920x1080 --screenshot "$out/home-1920x1080.png" --size 1920x1080 data
if [ "$mode" = full ]; then
    check shot-1080x1920 --screenshot "$out/home-1080x1920.png" --size 1080x1920 data
    for s in tests/scripts/*.txt; do
        n=$(basename "$s" .txt)
        check "script-$n" --screenshot "$out/$n.png" --script "$s" data
    done
    mkdir -p "$out/walk/docs/screenshots"
    export CAREERDECK_ASSETS="$root/assets" # the walkthrough writes docs/screenshots/ here
    cd "$out/walk" && check walkthrough --screenshot end.png \
        --script "$root/tests/scripts/walkthrough/walkthrough.txt" "$root/data"
    cd "$root" && unset CAREERDECK_ASSETS
    check report --report tests/fixtures/logs/fair/*.log
    # A bundle whose icons are broken in every way the renderer must survive.
    bad="$out/bad-bundle"
    mkdir -p "$bad/images"
    sed -e 's#"icon": "[^"]*"#"icon": "images/broken.png"#' data/content.json >"$bad/content.json"
    printf '\211PNG\r\n\032\n\0\0\0\rIHDR\0\0\0@\0\0\0@\10\6\0\0\0junkjunkjunk' >"$bad/images/broken.png"
    cp "$bad/content.json" "$bad/content.tmp"
    sed -e '0,/"images\/broken.png"/s##"images/huge.png"#' "$bad/content.tmp" >"$bad/content.json"
    printf '\211PNG\r\n\032\n\0\0\0\rIHDR\0\0\352\140\0\0\352\140\10\6\0\0\0' >"$bad/images/huge.png"
    cp "$bad/content.json" "$bad/content.tmp"
    sed -e '0,/"images\/broken.png"/s##"images/broken.svg"#' "$bad/content.tmp" >"$bad/content.json"
    printf '<svg xmlns="http://www.w3.org/2000/svg" width="0" height="0"><path d="M 1' \
        >"$bad/images/broken.svg"
    rm -f "$bad/content.tmp"
    check bad-assets --screenshot "$out/bad.png" --script tests/scripts/compare-walkthrough.txt "$bad"
fi
echo "memcheck: $runs runs, $failures failed (logs in $out)"
[ "$failures" -eq 0 ]
