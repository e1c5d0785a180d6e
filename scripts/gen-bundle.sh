#!/bin/sh
# Writes a large test bundle for `make bench`: the bundled careers repeated
# to COUNT careers (ids made unique), with the same images and quiz.
# Usage: scripts/gen-bundle.sh COUNT OUT-DIR   (needs jq; OUT-DIR is replaced)
# The result is a benchmark input under build/, never content to ship.
set -eu
count=${1:?usage: gen-bundle.sh COUNT OUT-DIR}
out=${2:?usage: gen-bundle.sh COUNT OUT-DIR}
src=$(dirname "$0")/../data

rm -rf "$out"
mkdir -p "$out"
cp -R "$src/images" "$out/images"
# Each copy takes its original's quiz weights, so every career can be matched.
jq --argjson n "$count" '
  (.careers | length) as $k
  | [range(0; $n) as $i | {orig: .careers[$i % $k].id,
                            id: (if $i < $k then .careers[$i].id
                                 else "\(.careers[$i % $k].id)-\($i)" end)}] as $ids
  | .careers as $c
  | .careers = [range(0; $n) as $i | $c[$i % $k] | .id = $ids[$i].id]
  | if .quiz then .quiz.questions[].answers[].weights |=
      (. as $w | reduce $ids[] as $p ({}; if $w[$p.orig] then . + {($p.id): $w[$p.orig]}
                                          else . end))
    else . end
' "$src/content.json" > "$out/content.json"
