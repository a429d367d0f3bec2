#!/usr/bin/env bash
# Banli under load, against baselines measured in the same run, printed as ratios.
#
#   benchmarks/load/load.sh            3,000 items
#   BANLI_BENCH_LARGE=100000 benchmarks/load/load.sh    then again at 100,000 items
#
# It unpacks the built distribution into a scratch folder on its own ports, starts it with
# bin/start, fills it through the REST API (the registrations are themselves measured), and
# drives it with wrk (Debian's package, installed when missing) from 32 and 64 keep-alive
# connections, with HTTP Basic and with web sessions. Baselines: Banli's own /health on the
# same server; raw JDBC insert+commit into the same kind of embedded Derby on the same disk
# from 32 threads; a bare Apache Karaf 4.4.10 with http and http-whiteboard (its tar.gz from
# Maven Central through the wrapper) for the cold start.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
ITEMS=${BANLI_BENCH_ITEMS:-3000}
LARGE=${BANLI_BENCH_LARGE:-0}
SECONDS_EACH=${BANLI_BENCH_SECONDS:-10}
WARMUP=$(( (SECONDS_EACH + 1) / 2 ))
# Before the first read figures of a size, every read load runs this long unmeasured: the JIT compiles
# Jersey's, Jackson's and EclipseLink's paths for minutes, and a figure taken meanwhile measures that.
SETTLE=${BANLI_BENCH_SETTLE:-30}
PORT=${BANLI_BENCH_PORT:-18181}
STARTS=${BANLI_BENCH_STARTS:-3}
KARAF_VERSION=4.4.10
PASSWORD=bench-password-2026
WORK=$(mktemp -d "${TMPDIR:-/tmp}/banli-load.XXXXXX")
export JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}

# shellcheck source=../common.sh
source "$ROOT/benchmarks/common.sh"
install_missing wrk jq curl
tarball=$(distribution_tarball)
karaf_tarball=$HOME/.m2/repository/org/apache/karaf/apache-karaf/$KARAF_VERSION/apache-karaf-$KARAF_VERSION.tar.gz
[ -f "$karaf_tarball" ] || (cd "$ROOT" && ./mvnw -q -B dependency:get -Dartifact=org.apache.karaf:apache-karaf:$KARAF_VERSION:tar.gz -Dtransitive=false)
derby_jar=$(ls "$HOME"/.m2/repository/org/apache/derby/derby/10.14.2.0/derby-10.14.2.0.jar)
[ -d "$ROOT/benchmarks/target/classes/org/banli/benchmarks" ] || (cd "$ROOT" && ./mvnw -q -B -pl benchmarks compile)

curl -s -o /dev/null "http://localhost:$PORT/" && die "port $PORT is in use: stop what listens there or set BANLI_BENCH_PORT"

# ---- cold start: Banli and bare Karaf with http, each from a fresh unpack -----------------------
if [ "$STARTS" -gt 0 ]; then
say "Cold starts ($STARTS of each) …"
banli_starts=() karaf_starts=()
for i in $(seq 1 "$STARTS"); do
  dir=$(unpack "$tarball" banli-cold)
  banli_starts+=("$(timed_start "$dir" "http://localhost:$PORT/api/v1/units" 200)")
  stop_karaf "$dir"
  dir=$(unpack "$karaf_tarball" karaf-cold)
  sed -i -E 's/^(featuresBoot *= *\\)$/\1\n    http, \\\n    http-whiteboard, \\/' "$dir/etc/org.apache.karaf.features.cfg"
  karaf_starts+=("$(timed_start "$dir" "http://localhost:$PORT/" 404)")
  stop_karaf "$dir"
done
banli_start=$(printf '%s\n' "${banli_starts[@]}" | median)
karaf_start=$(printf '%s\n' "${karaf_starts[@]}" | median)
row "cold start to the first authenticated 200 (s, median of $STARTS)" "$(printf %.2f "$banli_start")" \
  "$(printf %.2f "$karaf_start") (bare Karaf + http)" "$(ratio "$banli_start" "$karaf_start")" "≤ 1.25"
fi

# ---- the server under test ------------------------------------------------------------------------
HOME_DIR=$(unpack "$tarball" banli)
timed_start "$HOME_DIR" "http://localhost:$PORT/api/v1/units" 200 >/dev/null
seed_county

total_items() { curl -sf -H "Authorization: $BASIC" "$API/items?size=1" | jq .total; }

# Registers items from 32 clients, in turns of HTTP Basic and sessions, until the server holds $1;
# REG_BASIC and REG_SESSION sum up each kind's turns.
register_up_to() {
  local want=$1 turn=0 auth run have rate=50 burst
  declare -A requests=([basic]=0 [session]=0) seconds=([basic]=0 [session]=0) non2xx=([basic]=0 [session]=0)
  say "Registering up to $want items with 32 clients …"
  while have=$(total_items) && [ "$have" -lt "$want" ]; do
    auth=$([ $((turn % 2)) -eq 0 ] && echo basic || echo session)
    # Bursts of at most $SECONDS_EACH s, shorter near the end so as not to overshoot much.
    burst=$(awk -v left=$((want - have)) -v rate="$rate" -v most="$SECONDS_EACH" \
      'BEGIN { s = int(left / rate) + 1; print (s < most ? s : most) }')
    run=$(run_wrk 32 "$auth" register /api/v1/items "$burst")
    rate=$(awk -v r="$(field "$run" rps)" 'BEGIN { print (r > 1 ? r : 1) }')
    requests[$auth]=$((requests[$auth] + $(field "$run" requests)))
    non2xx[$auth]=$((non2xx[$auth] + $(field "$run" non2xx) + $(field "$run" socketErrors)))
    seconds[$auth]=$(echo "${seconds[$auth]} + $(field "$run" seconds)" | bc)
    turn=$((turn + 1))
  done
  REG_BASIC=$(printf '%s (%s)' "$(ratio "${requests[basic]}" "${seconds[basic]}")" "${non2xx[basic]}")
  REG_SESSION=$(printf '%s (%s)' "$(ratio "${requests[session]}" "${seconds[session]}")" "${non2xx[session]}")
}

collect_ids() {
  local total pages
  total=$(total_items)
  pages=$(((total + 199) / 200))
  : > "$WORK/ids"
  : > "$WORK/numbers"
  for p in $(seq 0 $((pages - 1))); do
    curl -sf -H "Authorization: $BASIC" "$API/items?size=200&page=$p" \
      | jq -r '.items[] | "\(.id) \(.kind) \(.year) \(.number)"' > "$WORK/page"
    cut -d' ' -f1 "$WORK/page" >> "$WORK/ids"
    cut -d' ' -f2- "$WORK/page" >> "$WORK/numbers"
  done
  # Every kind and year numbered 1..n without a gap or a twin.
  NUMBERING=$(sort -k1,1 -k2,2n -k3,3n "$WORK/numbers" | awk '
      { key = $1 " " $2; if (key != last) { n = 0; last = key } n++; if ($3 != n) bad++ }
      END { print (bad ? bad " numbers out of sequence" : "gap-free") }')
}

measure_reads() {
  local size=$1 health after list_s list_b list_t one load auth path
  say "Reads at $size items (after ${SETTLE} s of each read load to settle) …"
  for load in "basic /api/v1/health" "session /api/v1/items?size=50&total=false" \
    "basic /api/v1/items?size=50&total=false" "basic /api/v1/items/{id}"; do
    read -r auth path <<<"$load"
    run_wrk 64 "$auth" get "$path" "$SETTLE" >/dev/null
  done
  health=$(measured 64 basic get /api/v1/health)
  list_s=$(measured 64 session get "/api/v1/items?size=50&total=false")
  list_b=$(measured 64 basic get "/api/v1/items?size=50&total=false")
  list_t=$(measured 64 basic get "/api/v1/items?size=50")
  one=$(measured 64 basic get "/api/v1/items/{id}")
  # The baseline before and after the figures: the server warms up while it is measured (one run saw
  # /health go from 4,500 to 11,600 req/s), so the ratios take the better of the two, against Banli.
  after=$(measured 64 basic get /api/v1/health)
  local hr hp
  hr=$(awk -v a="$(field "$health" rps)" -v b="$(field "$after" rps)" 'BEGIN { print (a > b ? a : b) }')
  hp=$(awk -v a="$(field "$health" p99ms)" -v b="$(field "$after" p99ms)" 'BEGIN { print (a < b ? a : b) }')
  say "  /health before and after the figures: $(field "$health" rps) and $(field "$after" rps) req/s"
  row "GET /items?size=50&total=false, 64 conn, session, $size items: req/s (non-2xx)" "$(field "$list_s" rps) ($(field "$list_s" non2xx))" "$hr (/health)" "$(ratio "$(field "$list_s" rps)" "$hr")" "≥ 0.25"
  row "… p99 ms" "$(field "$list_s" p99ms)" "$hp" "$(ratio "$(field "$list_s" p99ms)" "$hp")" "≤ 10"
  row "GET /items?size=50&total=false, 64 conn, Basic, $size items: req/s (non-2xx)" "$(field "$list_b" rps) ($(field "$list_b" non2xx))" "$hr" "$(ratio "$(field "$list_b" rps)" "$hr")" "≥ 0.25"
  row "… p99 ms" "$(field "$list_b" p99ms)" "$hp" "$(ratio "$(field "$list_b" p99ms)" "$hp")" "≤ 10"
  row "GET /items?size=50 (with the total), 64 conn, Basic, $size items: req/s (non-2xx)" "$(field "$list_t" rps) ($(field "$list_t" non2xx))" "$hr" "$(ratio "$(field "$list_t" rps)" "$hr")" "-"
  row "GET /items/{id}, 64 conn, $size items: req/s (non-2xx)" "$(field "$one" rps) ($(field "$one" non2xx))" "$hr" "$(ratio "$(field "$one" rps)" "$hr")" "≥ 0.5"
}

register_up_to "$ITEMS"
collect_ids
row "POST /items, 32 conn, Basic: items/s (non-2xx)" "$REG_BASIC" "-" "-" "0 non-2xx"
row "POST /items, 32 conn, session: items/s (non-2xx)" "$REG_SESSION" "-" "-" "0 non-2xx"
row "numbers after $(wc -l < "$WORK/ids") concurrent registrations" "$NUMBERING" "-" "-" "gap-free"
measure_reads "$ITEMS"

# Steps at $1 items; $2 is the first unit round, so that each measurement reassigns.
measure_steps() {
  local size=$1 round=$2 jdbc steps_b steps_s
  say "Steps at $size items …"
  rm -rf "$WORK/jdbc"
  jdbc=$(java -cp "$derby_jar:$ROOT/benchmarks/target/classes" org.banli.benchmarks.JdbcInsertBaseline "$WORK/jdbc" 32 "$SECONDS_EACH")
  steps_b=$(ROUND=$round measured 32 basic assign /api/v1/items)
  steps_s=$(ROUND=$((round + 10)) measured 32 session assign /api/v1/items)
  row "POST /items/{id}/assign, 32 conn, Basic, $size items: steps/s (non-2xx)" "$(field "$steps_b" rps) ($(field "$steps_b" non2xx))" "$jdbc (raw JDBC insert+commit, 32 threads)" "$(ratio "$(field "$steps_b" rps)" "$jdbc")" "≥ 0.25, 0 non-2xx"
  row "POST /items/{id}/assign, 32 conn, session, $size items: steps/s (non-2xx)" "$(field "$steps_s" rps) ($(field "$steps_s" non2xx))" "$jdbc" "$(ratio "$(field "$steps_s" rps)" "$jdbc")" "≥ 0.25, 0 non-2xx"
}
measure_steps "$ITEMS" 0

if [ "$LARGE" -gt "$ITEMS" ]; then
  register_up_to "$LARGE"
  row "POST /items up to $LARGE, 32 conn, Basic: items/s (non-2xx)" "$REG_BASIC" "-" "-" "0 non-2xx"
  row "POST /items up to $LARGE, 32 conn, session: items/s (non-2xx)" "$REG_SESSION" "-" "-" "0 non-2xx"
  collect_ids
  row "numbers after $(wc -l < "$WORK/ids") registrations" "$NUMBERING" "-" "-" "gap-free"
  measure_reads "$LARGE"
  measure_steps "$LARGE" 20
fi

print_table "Banli under load"
