# Shared by the benchmarks (load/load.sh, scale/scale.sh), which source it after setting ROOT, WORK, PORT,
# PASSWORD and SECONDS_EACH/WARMUP: unpacking and starting Banli on its own ports, filling it through the REST
# API as an administrator does, and driving it with wrk through load/banli.lua.

say() { printf '%s\n' "$*" >&2; }
die() { say "$(basename "$0"): $*"; exit 1; }

# Installs Debian packages: install_packages postgresql …
install_packages() {
  local sudo
  sudo=$([ "$(id -u)" -eq 0 ] || echo sudo)
  say "Installing from Debian's packages: $*"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq "$@"
}

# Installs the Debian packages of the same names where these commands are missing: install_missing wrk jq …
install_missing() {
  local missing=() tool
  for tool in "$@"; do command -v "$tool" >/dev/null || missing+=("$tool"); done
  [ ${#missing[@]} -eq 0 ] || install_packages "${missing[@]}"
}

# The built distribution archive, building it first if there is none.
distribution_tarball() {
  local found
  found=$(ls -t "$ROOT"/distribution/target/banli-distribution-*.tar.gz 2>/dev/null | head -n 1 || true)
  if [ -z "$found" ]; then
    (cd "$ROOT" && ./mvnw -q -B install -DskipTests)
    found=$(ls -t "$ROOT"/distribution/target/banli-distribution-*.tar.gz | head -n 1)
  fi
  echo "$found"
}

HOME_DIR=
# Stops whatever Karaf the benchmark started, then runs the script's own after_cleanup if it has one.
cleanup() {
  [ -n "$HOME_DIR" ] && [ -x "$HOME_DIR/bin/stop" ] && "$HOME_DIR/bin/stop" >/dev/null 2>&1 || true
  for pidfile in "$WORK"/*/karaf.pid; do
    [ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null || true
  done
  if declare -F after_cleanup >/dev/null; then after_cleanup; fi
}
trap cleanup EXIT

# Unpacks an archive into $WORK/<name> with Banli's ports moved out of the way.
unpack() {
  local archive=$1 dir=$WORK/$2
  rm -rf "$dir" && mkdir -p "$dir"
  tar xzf "$archive" -C "$dir" --strip-components=1
  set_property "$dir/etc/org.ops4j.pax.web.cfg" org.osgi.service.http.port "$PORT"
  set_property "$dir/etc/org.apache.karaf.shell.cfg" sshPort $((PORT + 1))
  set_property "$dir/etc/org.apache.karaf.management.cfg" rmiRegistryPort $((PORT + 2))
  set_property "$dir/etc/org.apache.karaf.management.cfg" rmiServerPort $((PORT + 3))
  echo "$dir"
}

set_property() {
  local file=$1 key=$2 value=$3
  touch "$file"
  if grep -qE "^\s*$key\s*=" "$file"; then
    sed -i -E "s|^\s*$key\s*=.*|$key = $value|" "$file"
  else
    printf '\n%s = %s\n' "$key" "$value" >> "$file"
  fi
}

stop_karaf() {
  local dir=$1 pid
  pid=$(cat "$dir/karaf.pid" 2>/dev/null || true)
  "$dir/bin/stop" >/dev/null 2>&1 || true
  for _ in $(seq 1 600); do
    { [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; } && return 0
    sleep 0.1
  done
  kill -9 "$pid" 2>/dev/null || true
}

now() { date +%s.%N; }

# Seconds from bin/start until `curl $2` answers the status $3.
timed_start() {
  local dir=$1 url=$2 status=$3 t0 code
  t0=$(now)
  BANLI_ADMIN_PASSWORD=$PASSWORD "$dir/bin/start"
  for _ in $(seq 1 6000); do
    code=$(curl -s -o /dev/null -w '%{http_code}' -u "admin:$PASSWORD" "$url" 2>/dev/null || true)
    if [ "$code" = "$status" ]; then
      echo "$(now) - $t0" | bc
      return 0
    fi
    sleep 0.02
  done
  die "no answer $status from $url"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "-"; else printf "%.2f", a / b }'; }

ROWS=()
row() {
  ROWS+=("$(printf '| %s | %s | %s | %s | %s |' "$1" "$2" "$3" "$4" "$5")")
  say "${ROWS[-1]}"
}



print_table() {
  printf '\n%s (%s, %s cores, %s s per figure)\n\n' "$1" "$(date -u +%Y-%m-%d)" "$(nproc)" "$SECONDS_EACH"
  printf '| what | Banli | baseline | ratio | goal |\n|---|---|---|---|---|\n'
  printf '%s\n' "${ROWS[@]}"
}

API=http://localhost:$PORT/api/v1
BASIC="Basic $(printf 'bench-office:%s' "$PASSWORD" | base64 -w0)"
UNITS=()

post() {
  local answer
  answer=$(curl -s -w ' %{http_code}' -u "admin:$PASSWORD" -H 'Content-Type: application/json' -d "$2" "$API$1")
  [[ "$answer" == *" 201" ]] || die "POST $1 $2 answered $answer"
}

# An account as the admin makes it; its owner then sets their own password, as Banli asks first.
account() {
  post /users "{\"username\":\"$1\",\"displayName\":\"$2\",\"password\":\"initial-$PASSWORD\",\"roles\":[\"$3\"]}"
  local answer
  answer=$(curl -s -w ' %{http_code}' -u "$1:initial-$PASSWORD" -H 'Content-Type: application/json' \
    -d "{\"currentPassword\":\"initial-$PASSWORD\",\"newPassword\":\"$PASSWORD\"}" "$API/users/me/password")
  [[ "$answer" == *" 204" ]] || die "password change of $1 answered $answer"
}

# Twenty units, an office clerk and two submitters, and a web desk login of the clerk (COOKIE, CSRF).
seed_county() {
  local i login
  for i in $(seq -w 1 20); do
    post /units "{\"code\":\"u$i\",\"name\":\"县第${i}局\"}"
    UNITS+=("u$i")
  done
  account bench-office 政府办测试员 OFFICE
  account bench-deputy 陈代表 SUBMITTER
  account bench-member 林委员 SUBMITTER
  login=$(curl -sf -c "$WORK/cookies" -H 'Content-Type: application/json' \
    -d "{\"username\":\"bench-office\",\"password\":\"$PASSWORD\"}" "$API/session") || die "session login failed"
  CSRF=$(jq -r .csrfToken <<<"$login")
  COOKIE="banli_session=$(awk '$6 == "banli_session" { print $7 }' "$WORK/cookies")"
}

# wrk <connections> <auth: basic|session> <mode> [path] [seconds] → one JSON line
run_wrk() {
  local connections=$1 auth=$2 mode=$3 path=${4:-/api/v1/health} duration=${5:-$SECONDS_EACH} threads=2
  env BANLI_MODE="$mode" BANLI_ROUND="${ROUND:-0}" BANLI_PATH="$path" BANLI_THREADS=$threads \
    BANLI_IDS="$WORK/ids" BANLI_UNITS="$(IFS=,; echo "${UNITS[*]}")" \
    BANLI_AUTH="$([ "$auth" = basic ] && echo "$BASIC" || true)" \
    BANLI_COOKIE="$([ "$auth" = session ] && echo "$COOKIE" || true)" BANLI_CSRF="$CSRF" \
    wrk -t$threads -c"$connections" -d"${duration}s" --timeout 30s -s "$ROOT/benchmarks/load/banli.lua" "http://localhost:$PORT$path" \
    | tail -n 1
}
field() { jq -r ".$2" <<<"$1"; }
# The same run twice: a warm-up (for the JIT and the caches) that is thrown away, then the measured one.
# (Assignments: the measured run starts five units further on than its warm-up, so that it reassigns.)
measured() { run_wrk "$@" "$WARMUP" >/dev/null; ROUND=$((${ROUND:-0} + 5)) run_wrk "$@"; }
