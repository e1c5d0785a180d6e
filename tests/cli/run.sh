#!/bin/sh
# End-to-end checks of the command line: exit codes and messages a person
# sees. Usage: tests/cli/run.sh build/careerdeck   (run by `make test`)
set -u
app=${1:-build/careerdeck}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

# expect CODE PATTERN -- ARGS...: runs the app, checks its exit code and that
# stdout+stderr contain PATTERN (a fixed string; empty = anything).
expect() {
    code=$1; pattern=$2; shift 3
    "$app" "$@" >"$tmp/out" 2>&1
    got=$?
    if [ "$got" -ne "$code" ]; then
        echo "FAIL: careerdeck $*: exit $got, expected $code"; sed 's/^/  | /' "$tmp/out"
        failures=$((failures + 1))
    elif [ -n "$pattern" ] && ! grep -qF -- "$pattern" "$tmp/out"; then
        echo "FAIL: careerdeck $*: output lacks '$pattern'"; sed 's/^/  | /' "$tmp/out"
        failures=$((failures + 1))
    else
        echo "ok: careerdeck $* -> $got"
    fi
}

expect 0 "usage: careerdeck" -- --help
expect 0 "careerdeck " -- --version
expect 2 "unknown option '--bogus'" -- --bogus
expect 2 "--window: expected WIDTHxHEIGHT" -- --window 12x
expect 2 "more than one bundle" -- a b
expect 0 "data: ok" -- --validate data
expect 1 "tests/fixtures/wrong_type/content.json: careers[0]" -- --validate tests/fixtures/wrong_type
expect 1 "line" -- --validate tests/fixtures/bad_syntax
expect 1 "content.json" -- --validate "$tmp/no-such-bundle"
# A bundle font FreeType cannot open fails --validate, naming the file.
mkdir -p "$tmp/badfont/fonts"
sed 's/"title": "Test bundle",/"title": "Test bundle", "settings": {"font": "fonts\/x.ttf"},/' \
    tests/fixtures/image_broken/content.json >"$tmp/badfont/content.json"
cp tests/fixtures/image_broken/icon.png "$tmp/badfont/"
echo "not a font" >"$tmp/badfont/fonts/x.ttf"
expect 1 "badfont/fonts/x.ttf: settings.font: not a usable font" -- --validate "$tmp/badfont"
expect 1 "cannot use the bundle" -- --screenshot "$tmp/x.png" "$tmp/no-such-bundle"

# A broken replay script names its line and exits 2.
printf 'wait 100\ntapp 0.5 0.5\n' >"$tmp/bad.txt"
expect 2 "bad.txt:2" -- --screenshot "$tmp/x.png" --script "$tmp/bad.txt" data
printf 'key NoSuchKey\n' >"$tmp/badkey.txt"
expect 2 "badkey.txt:1" -- --screenshot "$tmp/x.png" --script "$tmp/badkey.txt" data

# Headless screenshots need no display at all, and the same script gives the
# same pixels on every run.
expect 0 "" -- --screenshot "$tmp/a.png" --size 1280x800 --script tests/scripts/home-walkthrough.txt data
env -u DISPLAY -u WAYLAND_DISPLAY "$app" --screenshot "$tmp/b.png" --size 1280x800 \
    --script tests/scripts/home-walkthrough.txt data >/dev/null 2>&1
if cmp -s "$tmp/a.png" "$tmp/b.png"; then echo "ok: replay is deterministic"; else
    echo "FAIL: the same script gave different pixels"; failures=$((failures + 1)); fi
# --lang picks the language; a bad one is a usage error.
expect 2 "--lang: expected 'en' (English) or 'es' (Spanish), got 'fr'" -- --lang fr data
expect 0 "" -- --screenshot "$tmp/en.png" --size 1280x800 --lang en data
expect 0 "" -- --screenshot "$tmp/es.png" --size 1280x800 --lang es data
if [ -s "$tmp/es.png" ] && ! cmp -s "$tmp/en.png" "$tmp/es.png"; then echo "ok: --lang es renders Spanish"; else
    echo "FAIL: --lang es gave the English screen"; failures=$((failures + 1)); fi
# A shot of the admin pad takes the PIN as the kiosk does ($CAREERDECK_ADMIN_PIN_HASH
# here): with one set the pad shows, not "Admin is locked"; a bad one is named.
printf 'wait 900\nlongpress 0.02 0.02 3200\nwait 400\n' >"$tmp/pad.txt"
expect 0 "" -- --screenshot "$tmp/locked.png" --size 640x400 --script "$tmp/pad.txt" data
CAREERDECK_ADMIN_PIN_HASH=$(printf '2468\n' | "$app" --hash-pin); export CAREERDECK_ADMIN_PIN_HASH
expect 0 "" -- --screenshot "$tmp/pad.png" --size 640x400 --script "$tmp/pad.txt" data
CAREERDECK_ADMIN_PIN_HASH=nope
expect 0 "CAREERDECK_ADMIN_PIN_HASH is not a hash" -- --screenshot "$tmp/nope.png" --size 640x400 data
unset CAREERDECK_ADMIN_PIN_HASH
if [ -s "$tmp/pad.png" ] && ! cmp -s "$tmp/locked.png" "$tmp/pad.png"; then echo "ok: a shot shows the PIN pad"; else
    echo "FAIL: with a PIN set the shot still showed the locked screen"; failures=$((failures + 1)); fi
# --tour starts on the tour's intro slide, headless too; a bad tour step is
# reported with its path by --validate but the bundle still runs.
expect 0 "" -- --screenshot "$tmp/tour.png" --size 1280x800 --tour data
expect 0 "" -- --screenshot "$tmp/tour5.png" --size 1280x800 --tour-seconds 5 data
if [ -s "$tmp/tour.png" ] && ! cmp -s "$tmp/en.png" "$tmp/tour.png"; then echo "ok: --tour shows the tour"; else
    echo "FAIL: --tour gave the home screen"; failures=$((failures + 1)); fi
expect 1 "tour_bad/content.json: tour.steps[1].career: unknown career" -- --validate tests/fixtures/tour_bad
expect 0 "" -- --screenshot "$tmp/tourbad.png" --size 1280x800 --tour tests/fixtures/tour_bad
# A shot inside a script is written too.
printf 'wait 500\nshot %s/mid.png\nwait 500\n' "$tmp" >"$tmp/shot.txt"
expect 0 "" -- --screenshot "$tmp/end.png" --script "$tmp/shot.txt" data
if [ -s "$tmp/mid.png" ]; then echo "ok: script shot written"; else
    echo "FAIL: script shot missing"; failures=$((failures + 1)); fi
# Visitor logs merge into one report; a torn last line is skipped, an
# unreadable file is named.
printf 'v1\t1\tattract\nv1\t2\tsession_start\nv1\t3\tcard_open\tmedical-coder\nv1\t4\tcard_o' >"$tmp/a.log"
printf 'v1\t9\tsession_start\nv1\t9\tcard_open\tmedical-coder\n' >"$tmp/b.log"
expect 0 "1 of 6 lines skipped" -- --report "$tmp/a.log" "$tmp/b.log"
expect 0 "sessions                                                2" -- --report "$tmp/a.log" "$tmp/b.log"
expect 0 "cannot read this log" -- --report "$tmp/a.log" "$tmp/missing.log"
expect 1 "cannot read this log (cannot open: No such file or directory)" -- --report "$tmp/missing.log"
# A FIFO named as a script or a log is refused at once, never waited on.
mkfifo "$tmp/fifo"
expect 2 "fifo: is not a regular file" -- --screenshot "$tmp/x.png" --script "$tmp/fifo" data
expect 1 "fifo: cannot read this log" -- --report "$tmp/fifo"

# --hash-pin prints a salted hash (different salt each time) and refuses non-PINs.
h1=$(echo 4321 | "$app" --hash-pin); h2=$(echo 4321 | "$app" --hash-pin)
case "$h1" in sha256:20000:*) if [ "$h1" != "$h2" ]; then echo "ok: --hash-pin salts"; else
    echo "FAIL: --hash-pin repeated its salt"; failures=$((failures + 1)); fi ;;
    *) echo "FAIL: --hash-pin printed '$h1'"; failures=$((failures + 1)) ;; esac
if echo abc | "$app" --hash-pin >/dev/null 2>&1; then echo "FAIL: --hash-pin took 'abc'";
    failures=$((failures + 1)); else echo "ok: --hash-pin refuses a non-PIN"; fi

# An unwritable output is a clear failure, not a crash.
expect 3 "cannot write" -- --screenshot /nonexistent-dir/x.png data

# --export writes every handout in both languages. The expected count comes
# from the bundle: per language, each career's card, its 8 detail sections
# and its day steps, 11 pages for each of the 3 suggested pairs, then each
# quiz question and a quiz result per career.
expect 0 "images" -- --export "$tmp/handouts/new" --size 960x540 data
per_lang=$(jq '(.careers | length) as $c | ($c * (1 + 8)) + ([.careers[].day | length] | add)
    + 3 * 11 + (.quiz.questions | length) + $c' data/content.json)
want=$((per_lang * 2))
got=$(find "$tmp/handouts/new" -name '*.png' | wc -l)
listed=$(wc -l <"$tmp/handouts/new/index.txt")
echo "export: expected $want images, found $got, index.txt lists $listed"
if [ "$got" -eq "$want" ] && [ "$listed" -eq "$want" ]; then echo "ok: --export file count"; else
    echo "FAIL: --export wrote $got images ($listed listed), expected $want"; failures=$((failures + 1)); fi
# Non-blank: --export reads each PNG back and fails on a one-colour image;
# here, each listed file must also exist and be bigger than a blank frame
# (a one-colour 960x540 PNG is a few KB; real screens are tens of KB).
small=0
while read -r rel; do
    size=$(wc -c <"$tmp/handouts/new/$rel" 2>/dev/null || echo 0)
    if [ "$size" -lt 10000 ]; then echo "  blank or missing: $rel ($size bytes)"; small=$((small + 1)); fi
done <"$tmp/handouts/new/index.txt"
if [ "$small" -eq 0 ]; then echo "ok: every exported PNG is non-blank"; else
    echo "FAIL: $small exported PNG(s) blank or missing"; failures=$((failures + 1)); fi
if grep -q '<!DOCTYPE html>' "$tmp/handouts/new/index.html" &&
   [ "$(grep -c '<figure>' "$tmp/handouts/new/index.html")" -eq "$want" ] &&
   grep -q 'lang="es"' "$tmp/handouts/new/index.html"; then echo "ok: --export index.html"; else
    echo "FAIL: --export index.html incomplete"; failures=$((failures + 1)); fi
# A handout that cannot be written is named, exit 3.
mkdir -p "$tmp/blocked/en/card-medical-assistant-1.png"
expect 3 "card-medical-assistant-1.png" -- --export "$tmp/blocked" --size 960x540 data
: >"$tmp/notadir"
expect 3 "notadir" -- --export "$tmp/notadir" --size 960x540 data

# --bench plays a whole cycle of its motion (small frames keep it quick): once
# warm, no frame rasterises a string, decodes an image or asks the font.
expect 0 "strings_rasterised 0 per_frame" -- --bench 700 --size 320x180 data
for key in "images_decoded 0 per_frame" "widths_measured 0 per_frame" "frame attract frames"; do
    grep -qF -- "$key" "$tmp/out" || { echo "FAIL: --bench output lacks '$key'"; failures=$((failures + 1)); }
done
grep -q "^frame attract frames 0 " "$tmp/out" && { echo "FAIL: --bench never reached the attract loop"; failures=$((failures + 1)); }

if [ "$failures" -ne 0 ]; then echo "$failures CLI check(s) failed"; exit 1; fi
echo "all CLI checks passed"
