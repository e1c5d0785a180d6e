#!/bin/sh
# Regenerates docs/screenshots/ with the app's own headless renderer.
# Usage: scripts/screenshots.sh build/careerdeck
set -eu
app=${1:-build/careerdeck}
out=docs/screenshots
mkdir -p "$out"
shot() { # name size [script]
    if [ -n "${3:-}" ]; then
        "$app" --screenshot "$out/$1.png" --size "$2" --script "$3" data
    else
        "$app" --screenshot "$out/$1.png" --size "$2" data
    fi
    echo "wrote $out/$1.png"
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
# The walkthrough (home, card, every detail section, compare, every
# dimension, a swap, home again) writes its own shots into docs/screenshots/.
"$app" --screenshot "${TMPDIR:-/tmp}/careerdeck-walkthrough-end.png" \
    --script tests/scripts/walkthrough/walkthrough.txt data
echo "wrote $out/walk-*.png"
