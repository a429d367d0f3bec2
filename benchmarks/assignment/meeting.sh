#!/usr/bin/env bash
# The assignment meeting at a county's size, against baselines measured in the same run, printed as ratios.
#
#   benchmarks/assignment/meeting.sh                  3,000 items of last year, a batch of 300
#   BANLI_BENCH_PAST=10000 BANLI_BENCH_BATCH=500 benchmarks/assignment/meeting.sh
#
# It unpacks the built distribution on its own ports, imports last year's items from a sheet (the labelled
# set's texts again and again, each numbered) and assigns them by matter, then imports this year's batch twice
# (two kinds) and measures: the meeting's page (GET /assignments, every item with its suggestion) against
# listing the same items (GET /items, pages of 200); the batch assigned in one request (POST /assignments)
# against assigning as many items one request each (the assign step).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PAST=${BANLI_BENCH_PAST:-3000}
BATCH=${BANLI_BENCH_BATCH:-300}
PORT=${BANLI_BENCH_PORT:-18181}
PASSWORD=bench-password-2026
SECONDS_EACH=0
WARMUP=0
WORK=$(mktemp -d "${TMPDIR:-/tmp}/banli-meeting.XXXXXX")
export JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}

# shellcheck source=../common.sh
source "$ROOT/benchmarks/common.sh"
install_missing jq curl
tarball=$(distribution_tarball)
curl -s -o /dev/null "http://localhost:$PORT/" && die "port $PORT is in use: stop what listens there or set BANLI_BENCH_PORT"

HOME_DIR=$(unpack "$tarball" banli)
timed_start "$HOME_DIR" "http://localhost:$PORT/api/v1/units" 200 >/dev/null
seed_county
office() { curl -sf -u "bench-office:$PASSWORD" "$@"; }

# A sheet of $2 rows of kind $1's texts from the labelled set, numbered from 1: 编号,标题,领衔代表,类别,内容.
sheet() {
  awk -F'\t' -v rows="$1" 'NR > 1 { matter[++n] = $4; title[n] = $6; body[n] = $7 }
    END {
      print "编号,标题,领衔代表,类别,内容"
      for (i = 1; i <= rows; i++) {
        k = (i - 1) % n + 1
        printf "%d,%s（%d）,陈代表,城乡建设,%s\r\n", i, title[k], i, body[k]
      }
    }' "$ROOT/benchmarks/similarity/labelled-set.tsv"
}
import() {
  local year=$1 rows=$2
  sheet "$rows" > "$WORK/$year.csv"
  office -H 'Content-Type: application/octet-stream' --data-binary "@$WORK/$year.csv" \
    "$API/imports?name=$year.csv&kind=SUGGESTION&year=$year" | jq -e '.confirmed' >/dev/null || die "import of $year failed"
}
# Every item of a year not assigned yet, as id, version and title (the labelled set's matter decides the unit).
unassigned() {
  local year=$1 page=0
  : > "$WORK/unassigned"
  while office "$API/items?year=$year&status=REGISTERED&size=200&page=$page&total=false" > "$WORK/page" \
      && [ "$(jq '.items | length' "$WORK/page")" -gt 0 ]; do
    jq -r '.items[] | "\(.id) \(.version) \(.number)"' "$WORK/page" >> "$WORK/unassigned"
    page=$((page + 1))
  done
}
# The batch body assigning each listed item: the unit of its text's matter in the labelled set.
batch_body() {
  awk -F'\t' 'NR == FNR { if (FNR > 1) { matter[++n] = $4 } next }
    { k = ($3 - 1) % n + 1; split("", seen); h = 0
      for (c = 1; c <= length(matter[k]); c++) h = (h * 31 + index("abcdefghijklmnopqrstuvwxyz0123456789-", substr(matter[k], c, 1))) % 20
      printf "%s{\"id\":%s,\"version\":%s,\"hostUnit\":\"u%02d\"}", (FNR > 1 ? "," : ""), $1, $2, h + 1 }
    BEGIN { printf "{\"reason\":\"交办会\",\"items\":[" } END { print "]}" }' \
    "$ROOT/benchmarks/similarity/labelled-set.tsv" FS=' ' "$WORK/unassigned"
}
elapsed() { local t0; t0=$(now); "$@" > /dev/null; echo "$(now) - $t0" | bc; }

say "Last year: $PAST items imported and assigned …"
import 2025 "$PAST"
unassigned 2025
split -l 1000 "$WORK/unassigned" "$WORK/part."
for part in "$WORK"/part.*; do
  cp "$part" "$WORK/unassigned"
  batch_body > "$WORK/body.json"
  office -H 'Content-Type: application/json' -d "@$WORK/body.json" "$API/assignments" > /dev/null || die "assigning 2025 failed"
done
cp /dev/null "$WORK/unassigned"
say "This year: two batches of $BATCH …"
import 2026 "$BATCH"
import 2027 "$BATCH"
# Warm up the paths measured, on the other batch.
office "$API/assignments?year=2027" > /dev/null
office "$API/items?year=2027&status=REGISTERED&size=200&total=false" > /dev/null

pages() { local p; for p in $(seq 0 $(((BATCH - 1) / 200))); do office "$API/items?year=2026&status=REGISTERED&size=200&page=$p&total=false"; done; }
meeting=() listing=()
for _ in 1 2 3; do
  meeting+=("$(elapsed office "$API/assignments?year=2026")")
  listing+=("$(elapsed pages)")
done
m=$(printf '%s\n' "${meeting[@]}" | median)
l=$(printf '%s\n' "${listing[@]}" | median)
found=$(office "$API/assignments?year=2026" | jq '[.suggestions[] | select(.host != null)] | length')
row "GET /assignments: $BATCH new items with suggestions, $PAST of last year (s, median of 3)" "$(printf %.2f "$m")" \
  "$(printf %.2f "$l") (GET /items, the same items)" "$(ratio "$m" "$l")" "-"
row "… items with a suggested host" "$found of $BATCH" "-" "-" "-"

unassigned 2026
batch_body > "$WORK/body.json"
one=$(elapsed office -H 'Content-Type: application/json' -d "@$WORK/body.json" "$API/assignments")
left=$(office "$API/assignments?year=2026" | jq '.suggestions | length')
unassigned 2027
t0=$(now)
while read -r id version _; do
  office -H 'Content-Type: application/json' -H "If-Match: \"$version\"" -d '{"hostUnit":"u01","reason":"交办"}' \
    "$API/items/$id/assign" > /dev/null \
    || die "assigning item $id failed"
done < "$WORK/unassigned"
each=$(echo "$(now) - $t0" | bc)
row "POST /assignments: $BATCH items in one transaction (s)" "$(printf %.2f "$one") ($left left)" \
  "$(printf %.2f "$each") (one assign step each)" "$(ratio "$one" "$each")" "-"

print_table "The assignment meeting, $PAST items of last year"
