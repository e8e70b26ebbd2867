#!/usr/bin/env bash
# Compares what two builds of the examples program print and store for the SIPA scenario, byte for byte.
#
#   examples/scripts/compare-sipa-output.sh OLD.jar NEW.jar [WORK_DIR]
#   examples/scripts/compare-sipa-output.sh WORK_DIR/old NEW.jar [WORK_DIR]   (the old outputs kept from before)
#
# Use it around a change that must not change the scenario's records (a refactoring of the sipa package):
# build the jar before the change and copy it aside, build it after, and compare. For each jar it runs
# `run sipa-montbeliard --in-memory` at several scales and seeds (the small scales take the fallbacks the
# generator has when no event falls in a window), then stores two runs in an embedded H2 database and
# prints their reports as text, CSV (both separators), JSON and HTML, and dumps the whole database with
# H2's Script tool: every pathway event, fact, personal detail and programme record, its lines sorted.
# Left out of the comparison, as they differ between any two runs: how long the replay took, the moment
# a report was computed, the salt of the database user, and the times in the migrations' history.
#
# QUICK=1 leaves out the runs at scale 1 (about three of the four and a half minutes each jar takes on
# two processors).
#
# Exit code 0 when everything is identical, 1 otherwise (the differences are listed).
set -euo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 OLD.jar NEW.jar [WORK_DIR]" >&2
  exit 2
fi
old=$(realpath "$1")
new_jar=$(realpath "$2")
work=$(realpath -m "${3:-$(mktemp -d -t sipa-compare.XXXXXX)}")
mkdir -p "$work"

# The runs a jar makes, each written to a file in $2.
outputs() {
  local jar=$1 out=$2
  rm -rf "$out"
  mkdir -p "$out"
  local scale seed
  for scale in 0.001 0.01 0.1; do
    for seed in 1 2 3; do
      java -jar "$jar" run sipa-montbeliard --in-memory --scale "$scale" --seed "$seed" \
        | timeless > "$out/run-$scale-$seed.txt"
    done
  done
  java -jar "$jar" run sipa-montbeliard --in-memory --scale 0.1 --seed 1 --threads 3 | timeless > "$out/run-0.1-1-threads3.txt"
  stored "$jar" "$out" 0.1 7
  if [[ "${QUICK:-}" != 1 ]]; then
    java -jar "$jar" run sipa-montbeliard --in-memory --scale 1 --seed 1 | timeless > "$out/run-1-1.txt"
    stored "$jar" "$out" 1 1
  fi
}

# A run kept in an H2 database, its reports and the dump of the database.
stored() {
  local jar=$1 out=$2 scale=$3 seed=$4
  local dir="$work/h2"
  rm -rf "$dir"
  local name="stored-$scale-$seed"
  # The run says where its records are kept: the work directory, which need not be the same for both jars.
  java -jar "$jar" run sipa-montbeliard --data-dir "$dir" --scale "$scale" --seed "$seed" --threads 1 \
    | timeless | sed "s#$dir#(data-dir)#g" > "$out/$name.txt"
  java -jar "$jar" report --data-dir "$dir" | timeless > "$out/$name-report.txt"
  java -jar "$jar" report --data-dir "$dir" --format csv | timeless > "$out/$name-report.csv"
  java -jar "$jar" report --data-dir "$dir" --format csv --csv-separator semicolon | timeless > "$out/$name-report-semicolon.csv"
  java -jar "$jar" report --data-dir "$dir" --format json | timeless > "$out/$name-report.json"
  java -jar "$jar" report --data-dir "$dir" --format json --from 2017-09-01 --to 2018-08-31 | timeless > "$out/$name-report-2017.json"
  java -jar "$jar" report --data-dir "$dir" --format html -o "$dir/report.html" > /dev/null
  timeless < "$dir/report.html" > "$out/$name-report.html"
  java -cp "$jar" org.h2.tools.Script -url "jdbc:h2:file:$(realpath "$dir")/mobilisation;IFEXISTS=TRUE" -user sa \
    -script "$dir/dump.sql"
  # Rows sorted: a table without a numeric key is dumped in the order its rows were inserted, and the
  # replay inserts the programme records (outreach events, site events, ...) several at a time.
  grep -v -e '^CREATE USER ' -e ", 'SA', TIMESTAMP '" "$dir/dump.sql" | sed -E 's/[,;)[:space:]]+$//' \
    | LC_ALL=C sort > "$out/$name-database.sql"
  rm -rf "$dir"
}

# The replay's duration and the moment a report was computed differ between two runs of the same build.
timeless() {
  sed -E -e 's/ in [0-9][0-9.,]* (s|ms|min)\b/ in (time)/' -e 's/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z/(instant)/g' \
    -e 's/[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2} UTC/(instant)/g' \
    -e 's/ on [A-Z][a-z]+ [0-9]{1,2}, [0-9]{4} [0-9]{2}:[0-9]{2} UTC/ on (moment)/g'
}

if [[ -d "$old" ]]; then
  old_outputs=$old
else
  echo "Running $old into $work/old ..."
  outputs "$old" "$work/old"
  old_outputs=$work/old
fi
echo "Running $new_jar into $work/new ..."
outputs "$new_jar" "$work/new"
if [[ "${QUICK:-}" == 1 ]]; then
  only_quick=(-x 'run-1-1.txt' -x 'stored-1-1*')
else
  only_quick=()
fi
if diff -r -q "${only_quick[@]}" "$old_outputs" "$work/new"; then
  echo "Identical: $(ls "$work/new" | wc -l) outputs ($(du -sh "$work/new" | cut -f1)) in $work"
else
  echo "The outputs differ (see above; compare the files under $old_outputs and $work/new)" >&2
  exit 1
fi
