#!/bin/sh
# Regenerates docs/screenshots/ with the app's own headless renderer.
# Usage: scripts/screenshots.sh build/careerdeck
set -eu
app=${1:-build/careerdeck}
out=docs/screenshots
mkdir -p "$out"
shot() { # name size [script|-] [option...]
    name=$1 size=$2 script=${3:--}
    shift 2; [ $# -gt 0 ] && shift
    if [ "$script" != "-" ]; then
        set -- --script "$script" "$@"
    fi
    "$app" --screenshot "$out/$name.png" --size "$size" "$@" data
    echo "wrote $out/$name.png"
}
for size in 1920x1080 1280x800 1024x768 1080x1920; do
    shot "home-$size" "$size"
done
shot card-open-1920x1080 1920x1080 tests/scripts/open-card.txt
shot card-open-1080x1920 1080x1920 tests/scripts/open-card.txt
shot carousel-second-1920x1080 1920x1080 tests/scripts/second-card.txt
shot quiz-question-1920x1080 1920x1080 tests/scripts/quiz-question.txt
shot quiz-question-1080x1920 1080x1920 tests/scripts/quiz-question.txt
shot quiz-result-1920x1080 1920x1080 tests/scripts/quiz-result-medical-assistant.txt
shot quiz-result-1080x1920 1080x1920 tests/scripts/quiz-result-medical-coder.txt
shot day-step-1920x1080 1920x1080 tests/scripts/day-from-quiz.txt
shot day-step-1080x1920 1080x1920 tests/scripts/day-from-quiz.txt
shot day-next-steps-1920x1080 1920x1080 tests/scripts/day-next-steps.txt
# Classroom and accessibility: the tour, the keys overlay, the options.
shot tour-intro-1920x1080 1920x1080 - --tour
shot presenter-keys-1920x1080 1920x1080 tests/scripts/presenter-keys.txt
shot access-sheet-1920x1080 1920x1080 tests/scripts/access-sheet.txt
shot home-large-text-1080x1920 1080x1920 - --large-text
shot home-high-contrast-1920x1080 1920x1080 - --high-contrast
shot home-es-1920x1080 1920x1080 - --lang es
shot compare-es-1920x1080 1920x1080 tests/scripts/compare-pair.txt --lang es
# The walkthrough (home, card, every detail section, compare, every
# dimension, a swap, home again) writes its own shots into docs/screenshots/.
"$app" --screenshot "${TMPDIR:-/tmp}/careerdeck-walkthrough-end.png" \
    --script tests/scripts/walkthrough/walkthrough.txt data
echo "wrote $out/walk-*.png"
