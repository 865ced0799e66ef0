#!/usr/bin/env bash
# JobGraph against the Node peer and the floor, side by side in one run; prints one table.
# Usage: bash bench/run.sh [--rows LIST] [--duration S] [--rounds R] [--warmup S] [--connections C] [--peer-workers N] [--rss-duration S] [--no-peer]
#   --rows          comma list of monitor500,monitor20,status500,poll,scaling,cold,rss (default: all)
#   --duration      seconds of load per measured run (default 10; --warmup seconds of load come first)
#   --rounds        measured runs per target and row (default 3), the targets taking turns, so a spell of a busy
#                   machine falls on all of them; the table shows the median run, and each ratio is the median of
#                   the rounds' ratios with their range
#   --warmup        seconds of load before a target's first measured run of a row (default 20; the same for every
#                   target), so the runs measure the steady state: on 2 cores under load, .NET's tiered JIT (and V8's) is still
#                   compiling the hot code ten seconds in. --warmup 3 measures the first seconds instead
#   --connections   concurrent connections of the load rows (default 16; the scaling row uses 1)
#   --peer-workers  the peer's processes (node:cluster workers; default 2, as issue 12 measures it)
#   --rss-duration  seconds of load over which the rss row samples RSS (default 60)
#   --no-peer       skip the peer (e.g. without ../shared/tools)
# env: BENCH_SERVER=DIR  measure the JobGraph server of another checkout (e.g. a worktree of an older commit);
#                        the data and the floor still come from this one
#      BENCH_WORK=DIR    where data, logs and raw results go (default /tmp/jobgraph-bench)
#      BENCH_PORT=P      JobGraph listens on P, the floor on P+1, the peer on P+2 (default 5611)
#      BENCH_TOOLS=DIR   the shared tools (peer, loadgen) when they are not beside this clone
# Needs: the .NET 10 SDK, node, wrk (apt-get install -y wrk) and the shared tools beside this clone
# (../shared/tools/peer, ../shared/tools/loadgen): the benchmark is run by hand, never by CI.
# Every target runs on a fresh process per row (one process each, the peer --peer-workers), one under load at a time
# while the others wait idle, against data of the same shape (the peer's seed.mjs shape, written for JobGraph and the
# floor through JobGraph's own model by bench/JobGraph.Bench seed). Output: a markdown table on stdout, the rss row in
# a small one below it; raw numbers and logs in $BENCH_WORK (default /tmp/jobgraph-bench).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
# The shared tools beside this clone (../shared/tools), or beside its parent for a git worktree one level down.
tools="${BENCH_TOOLS:-$root/../shared/tools}"
[ -d "$tools" ] || [ -n "${BENCH_TOOLS:-}" ] || tools="$root/../../shared/tools"
rows="monitor500,monitor20,status500,poll,scaling,cold,rss" duration=10 rounds=3 warmup=20 conns=16 peer=1 peer_workers=2 rss_duration=60
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) rows="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --connections) conns="$2"; shift 2 ;;
    --no-peer) peer=0; shift ;;
    --peer-workers) peer_workers="$2"; shift 2 ;;
    --rss-duration) rss_duration="$2"; shift 2 ;;
    *) sed -n '2,26p' "$0" >&2; exit 2 ;;
  esac
done
[[ "$warmup" =~ ^[1-9][0-9]*$ ]] && [ "$warmup" -le 600 ] || { echo "error: --warmup must be 1..600 seconds (loadgen's range)" >&2; exit 2; }
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] && [ "$rounds" -le 20 ] || { echo "error: --rounds must be 1..20" >&2; exit 2; }
[[ "$peer_workers" =~ ^[1-9][0-9]*$ ]] || { echo "error: --peer-workers must be a number >= 1" >&2; exit 2; }
[[ "$rss_duration" =~ ^[1-9][0-9]*$ ]] && [ "$rss_duration" -le 600 ] || { echo "error: --rss-duration must be 1..600 seconds (loadgen's range)" >&2; exit 2; }
for row in ${rows//,/ }; do
  [[ ",monitor500,monitor20,status500,poll,scaling,cold,rss," == *",$row,"* ]] || { echo "error: unknown row $row" >&2; exit 2; }
done
[ "$peer" = 0 ] || [ -d "$tools/peer/node_modules" ] || { echo "error: run $tools/peer/run.sh once first (npm ci)" >&2; exit 2; }
[ -x "$tools/loadgen/load.sh" ] || { echo "error: $tools/loadgen/load.sh not found (set BENCH_TOOLS)" >&2; exit 2; }
command -v wrk >/dev/null || { echo "error: wrk is required (apt-get install -y wrk)" >&2; exit 2; }
work="${BENCH_WORK:-/tmp/jobgraph-bench}"
mkdir -p "$work"
results="$work/results.tsv" rss_results="$work/rss.tsv" round_results="$work/rounds.tsv"
: >"$results"
: >"$rss_results"
: >"$round_results"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

port_base="${BENCH_PORT:-5611}"
jg_port=$port_base floor_port=$((port_base + 1)) peer_port=$((port_base + 2))
signing_key="$(head -c 32 /dev/urandom | base64)"
base_url="http://bench.local"
ops="$here/operations"
vars_monitor='{"workspaceId":"workspace_123456","connectionId":"connection_789","connectionJobId":"job_123456"}'
vars_status='{"workspaceId":"workspace_123456","connectionId":"connection_789","jobWorkFilters":{"ids":["job_work_456"]}}'
vars_poll='{"workspaceId":"workspace_123456","connectionId":"connection_793"}'
# A page of $1 job works after job_work_456 (5 artifacts each). jobWorks takes limit <= 1000, so 10,000 artifacts
# are two aliased pages of 1,000 job works (operations/MonitorPages.graphql).
vars_page() { [ "$1" -gt 1000 ] && { echo "$vars_monitor"; return; }; echo "{\"workspaceId\":\"workspace_123456\",\"connectionId\":\"connection_789\",\"connectionJobId\":\"job_123456\",\"limit\":$1,\"offset\":1}"; }
page_query() { if [ "$1" -gt 1000 ]; then echo "$ops/MonitorPages.graphql"; else echo "$ops/MonitorPage.graphql"; fi; }

echo "== build (Release)" >&2
dotnet build "$here/JobGraph.Bench/JobGraph.Bench.csproj" -c Release -v quiet -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
dotnet build "$here/AllocProbe/AllocProbe.csproj" -c Release -v quiet -nologo >>"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
if [ -n "${BENCH_SERVER:-}" ]; then
  dotnet build "$BENCH_SERVER/src/JobGraph.Server/JobGraph.Server.csproj" -c Release -v quiet -nologo >>"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
fi
bench_dll="$here/JobGraph.Bench/bin/Release/net10.0/JobGraph.Bench.dll"
server_dir="${BENCH_SERVER:-$root}/src/JobGraph.Server"
server_dll="$server_dir/bin/Release/net10.0/JobGraph.Server.dll"
probe_dll="$here/AllocProbe/bin/Release/net10.0/AllocProbe.dll"

# The data, through JobGraph's model; reused while the seed code and the migrations are unchanged.
seed_stamp="$(cat "$here/JobGraph.Bench/PeerShapeSeed.cs" "$server_dir"/Data/Migrations/*.cs | sha256sum | cut -c1-12)"
db_for() { echo "$work/jobgraph-$1x5-$seed_stamp.db"; }
for n in 20 500 2001; do
  if [ ! -f "$(db_for $n)" ]; then
    echo "== seed JobGraph data: $n job works x 5 artifacts" >&2
    dotnet "$bench_dll" seed --db "$(db_for $n)" --jobworks "$n" --artifacts-per-work 5 >&2
  fi
done

# The targets running now, by name: their process, URL and log. A row starts every target it measures, and they take
# turns under load; `use TARGET` makes one of them current ($pid, $url, $log) for the functions below.
declare -A pids=() urls=() logs=()
pid="" url="" log="" loader=""
use() { pid="${pids[$1]}" url="${urls[$1]}" log="${logs[$1]}"; }
stop() { # stops every target started
  local p
  for p in "${pids[@]}" $pid; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  pids=() urls=() logs=() pid=""
}
# The rss row's load runs in the background ($loader, a subshell running load.sh): on an early exit stop it too.
trap 'stop; [ -z "$loader" ] || pkill -P "$loader" || true' EXIT

# start TARGET N: starts one target on the data of N job works and waits until it answers; sets $pid, $url, $log
# and keeps them for `use TARGET`.
start() {
  local target="$1" n="$2" db
  db="$(db_for "$n")"
  log="$work/$target-$n.log"
  rm -f "$work/alloc-$target.txt"
  case "$target" in
    jobgraph)
      url="http://127.0.0.1:$jg_port/graphql"
      (cd "$server_dir" && DOTNET_STARTUP_HOOKS="$probe_dll" ALLOC_PROBE_FILE="$work/alloc-jobgraph.txt" \
        Database__ConnectionString="Data Source=$db" Database__MigrateOnStart=false DemoData__Enabled=false \
        Worker__Enabled=false Signing__Key="$signing_key" PublicBaseUrl="$base_url" Storage__Path="$work/files" \
        exec dotnet "$server_dll" --urls "http://127.0.0.1:$jg_port") >"$log" 2>&1 &
      pid=$! ;;
    floor)
      url="http://127.0.0.1:$floor_port/graphql"
      DOTNET_STARTUP_HOOKS="$probe_dll" ALLOC_PROBE_FILE="$work/alloc-floor.txt" \
        dotnet "$bench_dll" floor --db "$db" --port "$floor_port" --signing-key "$signing_key" --public-base-url "$base_url" >"$log" 2>&1 &
      pid=$! ;;
    peer)
      # What tools/peer/run.sh does (seed, then node with its default flags), with the seeding kept out of the
      # cold start: the data is written once per N, before the clock starts.
      url="http://127.0.0.1:$peer_port/graphql"
      db="$work/peer-${n}x5.db"
      [ -f "$db" ] || node "$tools/peer/seed.mjs" --db "$db" --jobworks "$n" --artifacts-per-work 5 >"$log" 2>&1
      NODE_ENV=production node --max-semi-space-size=64 "$tools/peer/server.mjs" --db "$db" --port "$peer_port" \
        --workers "$peer_workers" >"$log" 2>&1 &
      pid=$! ;;
  esac
  local body
  body="$(python3 -c 'import json,sys; print(json.dumps({"query":open(sys.argv[1]).read(),"variables":json.loads(sys.argv[2])}))' "$ops/GetJobWorkArtifactStatus.graphql" "$vars_status")"
  for _ in $(seq 3000); do
    if curl -sf -o /dev/null -H 'content-type: application/json' -H 'Authorization: Bearer demo-token' --data "$body" "$url"; then
      check_processes "$target"
      pids[$target]="$pid" urls[$target]="$url" logs[$target]="$log"
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; echo "error: $target exited" >&2; exit 1; }
    sleep 0.02
  done
  cat "$log" >&2; echo "error: $target did not answer" >&2; exit 1
}

# The target's processes: the process started, and the peer's node:cluster workers (with --peer-workers > 1 the
# process started is the cluster's primary, which forks the workers at once and only hands connections to them).
processes() { echo "$pid"; pgrep -P "$pid" || true; }
workers() { [ "$1" = peer ] && [ "$peer_workers" -gt 1 ] && pgrep -P "$pid" || true; }
check_processes() {
  [ "$1" = peer ] && [ "$peer_workers" -gt 1 ] || return 0
  local n
  n="$(workers peer | wc -l)"
  [ "$n" = "$peer_workers" ] || { cat "$log" >&2; echo "error: the peer runs $n workers, not $peer_workers" >&2; exit 1; }
}
# Summed over the target's processes: for the peer, its primary and workers together.
status_kb() { local p; for p in $(processes); do echo "/proc/$p/status"; done | xargs awk -v key="$1:" '$1 == key { s += $2 } END { print s + 0 }' 2>/dev/null || true; }
peak_rss_mb() { awk -v kb="$(status_kb VmHWM)" 'BEGIN { printf "%.0f", kb / 1024 }'; }

allocated() { [ -f "$work/alloc-$1.txt" ] && cut -d' ' -f1 "$work/alloc-$1.txt" || echo ""; }
# The allocated bytes as the probe wrote them after now: it writes every 100 ms from a thread of the server's, which a
# busy machine can hold up, so a fixed sleep could read a figure from before the last request (one run's page of
# 10,000 read 4.4 MB per request where every other read 13.3). Waits up to 5 s for the next write.
allocated_from_now() { # TARGET
  local file="$work/alloc-$1.txt" since
  since="$(date +%s%N)"
  for _ in $(seq 100); do
    [ "$(stat -c %.9Y "$file" 2>/dev/null | tr -d .)" -gt "$since" ] 2>/dev/null && break
    sleep 0.05
  done
  allocated "$1"
}

load() { # load QUERY VARS DURATION CONNECTIONS -> loadgen output in $work/load.txt
  LOADGEN_HEADER='Authorization: Bearer demo-token' "$tools/loadgen/load.sh" "$url" "$1" "$2" "$3" "$4" >"$work/load.txt" 2>&1 ||
    { cat "$work/load.txt" >&2; echo "error: load run failed against $url" >&2; exit 1; }
}
summary() { sed -n 's/^summary: //p' "$work/load.txt" | tr ' ' '\n' | sed -n "s/^$1=//p"; }

sql_per_request() { # JobGraph logs each request's SQL commands; the peer's debug mode counts them (below); the floor sends 3.
  case "$1" in
    # The most frequent count: requests wrk abandons when it stops are logged with the commands they got to.
    jobgraph) grep -o 'with [0-9]* SQL commands' "$log" | awk '{ print $2 }' | sort | uniq -c | sort -rn | awk 'NR == 1 { print $2 }' ;;
    floor) echo 3 ;;
    peer) echo "${peer_sql[$2]:-?}" ;;
  esac
}

# Every running target's processes: a target's leftovers must not run into another's measured run.
all_processes() { local p; for p in "${pids[@]}" $pid; do echo "$p"; pgrep -P "$p" || true; done | sort -u; }
cpu_ticks() { for p in $(all_processes); do echo "/proc/$p/stat"; done | xargs awk '{ s += $14 + $15 } END { print s + 0 }' 2>/dev/null || true; }
# How the peer's workers shared a load run (stderr): one worker doing all the work would mean one process measured.
worker_ticks() { local p; for p in $(workers "$1"); do echo "$p $(awk '{ print $14 + $15 }' "/proc/$p/stat")"; done; }
worker_share() { # TARGET TICKS_BEFORE
  [ "$1" = peer ] && [ "$peer_workers" -gt 1 ] || return 0
  worker_ticks peer | awk -v before="$2" -v hz="$(getconf CLK_TCK)" '
    BEGIN { n = split(before, b, "\n"); for (i = 1; i <= n; i++) { split(b[i], f, " "); t0[f[1]] = f[2] } }
    { cpu[$1] = ($2 - t0[$1]) / hz; total += cpu[$1]; line = line sprintf(" %s %.1f s", $1, cpu[$1]) }
    END {
      printf "   peer workers, CPU in the measured run:%s\n", line
      for (p in cpu) if (total > 0 && cpu[p] < 0.5 * total / NR) print "   warning: peer worker " p " did little of the work" }' >&2
}
# wrk leaves its last requests unanswered when it stops; the server still works them off. Wait for that (the CPU time
# of every running target standing still for 0.3 s), so one run's leftovers never count towards the next.
idle() {
  local a b
  for _ in $(seq 200); do
    a="$(cpu_ticks)"; sleep 0.3; b="$(cpu_ticks)"
    [ "$a" = "$b" ] && return 0
  done
}

# Bytes allocated per request: K requests one after another on an idle server, so no request is half counted.
alloc_per_request() { # TARGET QUERY VARS K
  local body before after
  [ "$1" = peer ] && { echo "-"; return; }
  body="$(python3 -c 'import json,sys; print(json.dumps({"query":open(sys.argv[1]).read(),"variables":json.loads(sys.argv[2])}))' "$2" "$3")"
  idle
  before="$(allocated_from_now "$1")"
  for _ in $(seq "$4"); do
    curl -sf -o /dev/null -H 'content-type: application/json' -H 'Authorization: Bearer demo-token' --data "$body" "$url"
  done
  after="$(allocated_from_now "$1")"
  echo $(( (after - before) / $4 ))
}

# median_run ROW TARGET rps|p50: the target's median run of the row in rounds.tsv ("req/s TAB p50 TAB p99"), ranked
# by req/s or by p50; of an even number of runs, the slower of the two in the middle.
median_run() {
  local column=4 slowest_first="sort -g -k1,1"
  [ "$3" = p50 ] && column=5 slowest_first="sort -gr -k1,1"
  awk -F'\t' -v row="$1" -v t="$2" -v by="$column" '$1 == row && $2 == t { print $by "\t" $4 "\t" $5 "\t" $6 }' "$round_results" |
    $slowest_first | awk '{ line[NR] = $0 } END { print line[int((NR + 1) / 2)] }' | cut -f2-
}

# turn ROUND TARGET...: the targets in the order they take turns in that round, rotated by one each round, one a line.
turn() { local k=$(( ($1 - 1) % ($# - 1) )); shift; printf '%s\n' "${@:k+1}" "${@:1:k}"; }

# measure ROW N QUERY VARS CONNECTIONS TARGET...: every target on a fresh process, each warmed up, then --rounds
# measured runs of each, the targets taking turns (in a rotated order each round). One line per run in rounds.tsv;
# results.tsv gets each target's median run, its SQL and allocation per request and its peak RSS.
measure() {
  local row="$1" n="$2" query="$3" vars="$4" c="$5" alloc k=20 t r before
  shift 5
  local targets_of_row=("$@")
  for t in "${targets_of_row[@]}"; do start "$t" "$n"; done
  for t in "${targets_of_row[@]}"; do use "$t"; load "$query" "$vars" "$warmup" "$c"; done
  for r in $(seq "$rounds"); do
    for t in $(turn "$r" "${targets_of_row[@]}"); do
      use "$t"
      idle
      before="$(worker_ticks "$t")"
      load "$query" "$vars" "$duration" "$c"
      worker_share "$t" "$before"
      printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$row" "$t" "$r" "$(summary rps)" "$(summary p50_ms)" "$(summary p99_ms)" >>"$round_results"
      echo "   $row $t, round $r: $(summary rps) req/s, p50 $(summary p50_ms) ms, p99 $(summary p99_ms) ms" >&2
    done
  done
  [ "$n" = 500 ] && [[ "$query" == *Monitor* ]] && k=5
  [[ "$query" == *MonitorPages* ]] && k=3
  for t in "${targets_of_row[@]}"; do
    use "$t"
    alloc="$(alloc_per_request "$t" "$query" "$vars" "$k")"
    # By req/s for load rows, by p50 for one connection (the scaling row).
    local median_run
    median_run="$(median_run "$row" "$t" "$([ "$c" = 1 ] && echo p50 || echo rps)")"
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$row" "$t" "$median_run" "$(sql_per_request "$t" "$query")" "$alloc" "$(peak_rss_mb)" >>"$results"
    echo "   $row $t: median run $(echo "$median_run" | tr '\t' ' ') (req/s p50 p99), alloc/req $alloc B" >&2
  done
  stop
}

# cold_start TARGET...: process start to the first answered query, --rounds starts of each target, taking turns in a
# rotated order as the load rows do (a start is one sample, and a busy second of the machine lands on one of them).
cold_start() {
  local row="cold start (ms to first answer)" t r started median
  declare -A rss_of=()
  [[ " $* " == *" peer "* ]] && [ ! -f "$work/peer-500x5.db" ] &&
    node "$tools/peer/seed.mjs" --db "$work/peer-500x5.db" --jobworks 500 --artifacts-per-work 5 >/dev/null
  for r in $(seq "$rounds"); do
    for t in $(turn "$r" "$@"); do
      idle
      started=$(date +%s%N)
      start "$t" 500
      printf '%s\t%s\t%s\t-\t%s\t-\n' "$row" "$t" "$r" "$(( ($(date +%s%N) - started) / 1000000 ))" >>"$round_results"
      rss_of[$t]="$(peak_rss_mb)"
      stop
    done
  done
  for t in "$@"; do
    median="$(median_run "$row" "$t" p50)"
    printf '%s\t%s\t%s\t-\t-\t%s\n' "$row" "$t" "$median" "${rss_of[$t]}" >>"$results"
    echo "   $row $t: median $(echo "$median" | cut -f2) ms" >&2
  done
}

# rss TARGET: after the usual warm-up, --rss-duration seconds of the Monitor N=20 load on a fresh process, its RSS
# (VmRSS; the peer: all its processes summed) sampled once a second while the load runs, so every sample is taken
# under load. table.py reads the samples ($work/rss-TARGET.txt: second, KB).
rss() {
  local target="$1" samples="$work/rss-$1.txt" t t0 before
  start "$target" 20
  load "$ops/MonitorConnectionJobArtifacts.graphql" "$vars_monitor" "$warmup" "$conns"
  idle
  : >"$samples"
  before="$(worker_ticks "$target")"
  load "$ops/MonitorConnectionJobArtifacts.graphql" "$vars_monitor" "$rss_duration" "$conns" &
  loader=$!
  t0="$(date +%s%N)"
  for t in $(seq "$rss_duration"); do
    # On the clock, not sleep 1 after each sample: the last sample still falls inside the load.
    sleep "$(awk -v due=$((t0 + t * 1000000000)) -v now="$(date +%s%N)" 'BEGIN { d = (due - now) / 1e9; printf "%.3f", (d > 0 ? d : 0) }')"
    kill -0 "$loader" 2>/dev/null || break
    echo "$t $(status_kb VmRSS)" >>"$samples"
  done
  wait "$loader"
  loader=""
  worker_share "$target" "$before"
  printf '%s\t%s\t%s\n' "$target" "$(summary rps)" "$samples" >>"$rss_results"
  echo "   rss $target: $(summary rps) req/s, RSS (KB) $(awk '{ printf "%s%s", sep, $2; sep = " " }' "$samples")" >&2
  stop
}

targets="jobgraph floor"
[ "$peer" = 1 ] && targets="jobgraph peer floor"

# The same response bytes from JobGraph and the floor, for every scenario (the signed links' expiry is read per
# request in whole seconds: one retry covers a second boundary).
echo "== check: the floor answers byte for byte what JobGraph answers" >&2
check() { # check N QUERY VARS
  local body a b
  body="$(python3 -c 'import json,sys; print(json.dumps({"query":open(sys.argv[1]).read(),"variables":json.loads(sys.argv[2])}))' "$2" "$3")"
  for _ in 1 2 3; do
    for t in jobgraph floor; do
      [ "$t" = jobgraph ] && a="$work/check-jobgraph.json" || a="$work/check-floor.json"
      local p; [ "$t" = jobgraph ] && p=$jg_port || p=$floor_port
      curl -sf -H 'content-type: application/json' -H 'Authorization: Bearer demo-token' --data "$body" "http://127.0.0.1:$p/graphql" >"$a"
    done
    if cmp -s "$work/check-jobgraph.json" "$work/check-floor.json"; then
      echo "   $(basename "$2" .graphql) N=$1: equal ($(wc -c <"$work/check-floor.json") bytes)" >&2; return 0
    fi
  done
  echo "error: the floor's answer differs from JobGraph's for $2 $3 (see $work/check-*.json)" >&2; exit 1
}
for n in 500 20 2001; do
  start jobgraph "$n"
  start floor "$n"
  if [ "$n" = 2001 ]; then
    for size in 100 1000 10000; do check "$n" "$(page_query $((size / 5)))" "$(vars_page $((size / 5)))"; done
  else
    check "$n" "$ops/MonitorConnectionJobArtifacts.graphql" "$vars_monitor"
    check "$n" "$ops/GetJobWorkArtifactStatus.graphql" "$vars_status"
    [ "$n" = 500 ] && check "$n" "$ops/PollJobs.graphql" "$vars_poll"
  fi
  stop
done

declare -A peer_sql=()
if [ "$peer" = 1 ]; then
  echo "== peer SQL statements per operation (its --debug mode, N=20)" >&2
  "$tools/peer/run.sh" --jobworks 20 --port "$peer_port" --debug >"$work/peer-debug.log" 2>&1 &
  pid=$!
  url="http://127.0.0.1:$peer_port/graphql"
  for _ in $(seq 600); do grep -q listening "$work/peer-debug.log" && break; sleep 0.1; done
  for op in MonitorConnectionJobArtifacts:$vars_monitor GetJobWorkArtifactStatus:$vars_status; do
    name="${op%%:*}" vars="${op#*:}"
    body="$(python3 -c 'import json,sys; print(json.dumps({"query":open(sys.argv[1]).read(),"variables":json.loads(sys.argv[2])}))' "$ops/$name.graphql" "$vars")"
    peer_sql["$ops/$name.graphql"]="$(curl -s -H 'content-type: application/json' -H 'Authorization: Bearer demo-token' --data "$body" "$url" |
      python3 -c 'import json,sys; print(json.load(sys.stdin).get("extensions",{}).get("sqlStatements","?"))')"
  done
  peer_sql["$ops/MonitorPage.graphql"]="${peer_sql["$ops/MonitorConnectionJobArtifacts.graphql"]}"
  peer_sql["$ops/MonitorPages.graphql"]="8 (one more jobWorks variant)"
  stop
fi

IFS=, read -ra wanted <<<"$rows"
for row in "${wanted[@]}"; do
  echo "== $row" >&2
  case "$row" in
    monitor500) measure "MonitorConnectionJobArtifacts N=500" 500 "$ops/MonitorConnectionJobArtifacts.graphql" "$vars_monitor" "$conns" $targets ;;
    monitor20) measure "MonitorConnectionJobArtifacts N=20" 20 "$ops/MonitorConnectionJobArtifacts.graphql" "$vars_monitor" "$conns" $targets ;;
    status500) measure "GetJobWorkArtifactStatus N=500" 500 "$ops/GetJobWorkArtifactStatus.graphql" "$vars_status" "$conns" $targets ;;
    # The peer has no connection jobs' status: the poll is JobGraph's own field.
    poll) measure "job-status poll (20 jobs)" 500 "$ops/PollJobs.graphql" "$vars_poll" "$conns" jobgraph floor ;;
    scaling)
      # One connection: the time one page takes, not throughput. Offset 1 skips job_work_456 (2 artifacts), so
      # every page holds exactly 5 artifacts per job work.
      for size in 100 1000 10000; do
        measure "page of $size artifacts (1 connection)" 2001 "$(page_query $((size / 5)))" "$(vars_page $((size / 5)))" 1 $targets
      done ;;
    cold) cold_start $targets ;;
    rss) for t in $targets; do rss "$t"; done ;;
    *) echo "error: unknown row $row" >&2; exit 2 ;;
  esac
done

echo
peer_processes="1 process"
[ "$peer_workers" -gt 1 ] && peer_processes="$peer_workers processes (node:cluster workers)"
echo "JobGraph $(git -C "${BENCH_SERVER:-$root}" rev-parse --short HEAD 2>/dev/null || echo "${BENCH_SERVER:-?}") vs peer (graphql-yoga, $peer_processes) vs floor (hand-written SQL), $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk via loadgen, $rounds rounds of ${duration}s per target (the targets taking turns) after ${warmup}s warm-up, $conns connections (scaling: 1); every target a fresh process per row"
echo
python3 "$here/table.py" "$results" "$rss_results" "$rss_duration" "$round_results"
