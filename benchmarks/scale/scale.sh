#!/usr/bin/env bash
# Banli on PostgreSQL with a year of 100,000 items and with 1,000,000: how the list page, a step and the
# assessment grow. Each figure at the large size is compared with the same figure at the small size,
# both measured in the same run on the same server, printed as ratios.
#
#   benchmarks/scale/scale.sh                                           100,000, then 1,000,000 items
#   BANLI_SCALE_SMALL=10000 BANLI_SCALE_LARGE=100000 benchmarks/scale/scale.sh   a quicker look
#
# It starts a throwaway PostgreSQL (Debian's postgresql package, installed when missing; the server
# script the integration tests use, with fsync off), unpacks the built distribution on its own ports
# with its store on that server, registers 1,000 items through the REST API and assigns half of them,
# then copies those rows in SQL (only id, number and title differ) up to each size: registering a
# million items through the API would take an hour. Goals: the list page's p99 and the steps per
# second flat (ratio near 1), the assessment linear (ratio near the ratio of the sizes).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SMALL=${BANLI_SCALE_SMALL:-100000}
LARGE=${BANLI_SCALE_LARGE:-1000000}
SEED=1000
SECONDS_EACH=${BANLI_BENCH_SECONDS:-10}
WARMUP=$(( (SECONDS_EACH + 1) / 2 ))
SETTLE=${BANLI_BENCH_SETTLE:-20}
PORT=${BANLI_BENCH_PORT:-18281}
PASSWORD=bench-password-2026
WORK=$(mktemp -d "${TMPDIR:-/tmp}/banli-scale.XXXXXX")
export JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}

# shellcheck source=../common.sh
source "$ROOT/benchmarks/common.sh"
install_missing wrk jq curl hyperfine
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || install_packages postgresql
[ "$LARGE" -gt "$SMALL" ] && [ "$SMALL" -ge "$SEED" ] || die "need $SEED ≤ BANLI_SCALE_SMALL < BANLI_SCALE_LARGE"
tarball=$(distribution_tarball)
curl -s -o /dev/null "http://localhost:$PORT/" && die "port $PORT is in use: stop what listens there or set BANLI_BENCH_PORT"

SERVER=$ROOT/itests/src/test/postgresql/server
"$SERVER" start "$WORK/postgresql.properties" >&2
after_cleanup() { "$SERVER" stop "$WORK/postgresql.properties"; }
pg_port=$(sed -n 's/^port=//p' "$WORK/postgresql.properties")
sql() { PGPASSWORD=banli-itest psql -X -q -t -A -h 127.0.0.1 -p "$pg_port" -U banli -v ON_ERROR_STOP=1 -d "${DB:-banli_scale}" "$@"; }
DB=postgres sql -c "CREATE DATABASE banli_scale ENCODING 'UTF8' TEMPLATE template0"

HOME_DIR=$(unpack "$tarball" banli)
cat > "$HOME_DIR/etc/org.banli.store.cfg" <<EOF
url = jdbc:postgresql://127.0.0.1:$pg_port/banli_scale
user = banli
password = banli-itest
dataSourceFactory.target = (osgi.jdbc.driver.class=org.postgresql.Driver)
EOF
timed_start "$HOME_DIR" "$API/units" 200 >/dev/null
seed_county

say "Registering $SEED items through the API and assigning half of them …"
# One registration or assignment per line of "register <n>" or "assign <id> <unit>", 8 at a time.
# shellcheck disable=SC2016
send='case $0 in
  register) body="{\"kind\":\"$([ $(($1 % 2)) -eq 0 ] && echo SUGGESTION || echo PROPOSAL)\",\"title\":\"关于改善第$1号路段交通状况的建议\",\"body\":\"近年来该路段车流量增长较快，早晚高峰拥堵严重，建议增设信号灯并拓宽路口，方便群众出行。\",\"submitter\":\"$([ $(($1 % 2)) -eq 0 ] && echo bench-deputy || echo bench-member)\",\"category\":\"交通\"}"; path=/items; match= ;;
  assign) body="{\"hostUnit\":\"$2\",\"coUnits\":[],\"reason\":\"按职责交办\"}"; path=/items/$1/assign; match="*" ;;
esac
curl -sf -o /dev/null -H "Authorization: $BASIC" -H "Content-Type: application/json" ${match:+-H "If-Match: $match"} -d "$body" "$API$path" \
  || { echo "$0 $* failed" >&2; exit 255; }'
export API BASIC
seq 1 "$SEED" | sed 's/^/register /' | xargs -P 8 -L 1 bash -c "$send"
sql -c "SELECT 'assign ' || id || ' u' || lpad((1 + id % 20)::text, 2, '0') FROM banli_item WHERE id % 2 = 0" \
  | xargs -P 8 -L 1 bash -c "$send"
sql -c "CREATE TABLE scale_seed AS SELECT * FROM banli_item"
YEAR=$(sql -c "SELECT max(session_year) FROM banli_item")

# Copies of the seed up to $1 items: copy k has ids and numbers shifted by k times the seed's largest.
grow_to() {
  local want=$1 have
  have=$(sql -c "SELECT count(*) FROM banli_item")
  [ "$have" -lt "$want" ] || return 0
  say "Copying the seed up to $want items …"
  sql <<EOF
DO \$\$
DECLARE columns text; copied text;
BEGIN
  SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position),
         string_agg(CASE column_name
                      WHEN 'id' THEN 's.id + c.k * m.id'
                      WHEN 'number' THEN 's.number + c.k * m.number'
                      WHEN 'title' THEN 's.title || ''（'' || c.k || ''）'''
                      ELSE 's.' || quote_ident(column_name) END, ', ' ORDER BY ordinal_position)
    INTO columns, copied
    FROM information_schema.columns WHERE table_name = 'banli_item' AND table_schema = current_schema();
  EXECUTE format('INSERT INTO banli_item (%s) SELECT %s FROM scale_seed s'
      || ' CROSS JOIN generate_series(%s, %s) c(k) CROSS JOIN (SELECT max(id) AS id, max(number) AS number FROM scale_seed) m',
      columns, copied, $have / $SEED, $want / $SEED - 1);
END
\$\$;
ANALYZE banli_item;
EOF
  sql -c "SELECT id FROM banli_item ORDER BY random() LIMIT 20000" > "$WORK/ids"
}

# The figures at $1 items, under FIGURE[<what>_$2].
declare -A FIGURE
measure() {
  local size=$1 at=$2 run
  say "At $size items: list pages, steps and the assessment …"
  run_wrk 64 basic get "/api/v1/items?size=50&total=false" "$SETTLE" >/dev/null
  run=$(measured 64 basic get "/api/v1/items?size=50&total=false")
  FIGURE[list_p99_$at]=$(field "$run" p99ms) FIGURE[list_rps_$at]=$(field "$run" rps)
  FIGURE[list_bad_$at]=$(field "$run" non2xx)
  run=$(measured 64 basic get "/api/v1/items?size=50&total=false&unit=u07")
  FIGURE[unit_p99_$at]=$(field "$run" p99ms)
  run=$(ROUND=$((RANDOM % 10)) measured 32 basic assign /api/v1/items)
  FIGURE[step_rps_$at]=$(field "$run" rps) FIGURE[step_p99_$at]=$(field "$run" p99ms)
  FIGURE[step_bad_$at]=$(field "$run" non2xx)
  curl -sf -o /dev/null -H "Authorization: $BASIC" "$API/assessments?year=$YEAR" || die "the assessment failed at $size items"
  hyperfine -N --style none --warmup 1 --runs 5 --export-json "$WORK/assess-$at.json" \
    "curl -sf -o /dev/null -H 'Authorization: $BASIC' $API/assessments?year=$YEAR" >&2
  FIGURE[assess_$at]=$(jq '.results[0].mean' "$WORK/assess-$at.json")
}

grow_to "$SMALL"
measure "$SMALL" small
grow_to "$LARGE"
measure "$LARGE" large

# One row: what, the figure's key, the goal.
compare() {
  local large=${FIGURE[$2_large]} small=${FIGURE[$2_small]}
  row "$1" "$large" "$small" "$(ratio "$large" "$small")" "$3"
}
small=$(printf "%'d" "$SMALL") large=$(printf "%'d" "$LARGE")
row "items in the year" "$large" "$small" "$(ratio "$LARGE" "$SMALL")" "-"
compare "GET /items?size=50&total=false, 64 conn, Basic: p99 ms" list_p99 "≈ 1 (flat)"
compare "… req/s" list_rps "≈ 1 (flat)"
compare "… non-2xx" list_bad "0"
compare "GET /items?unit=…&size=50&total=false (one unit's page), 64 conn: p99 ms" unit_p99 "≈ 1 (flat)"
compare "POST /items/{id}/assign, 32 conn, Basic: steps/s" step_rps "≈ 1 (flat)"
compare "… p99 ms" step_p99 "≈ 1 (flat)"
compare "… non-2xx" step_bad "0"
FIGURE[assess_large]=$(printf %.2f "${FIGURE[assess_large]}") FIGURE[assess_small]=$(printf %.2f "${FIGURE[assess_small]}")
compare "GET /assessments?year=$YEAR: s (mean of 5)" assess "≈ $(ratio "$LARGE" "$SMALL") (linear)"
print_table "Banli on PostgreSQL, $large items against $small"
