#!/usr/bin/env bash
# Re-runs the attacks of the hostile-input issue against a Release build of the real server and prints, for each,
# the status, the first error code, the time to answer and the server's RSS (before, after, and its peak so far).
#   bash tests/attacks/run.sh            builds Release, starts the server on a temp database, runs, stops it
#   bash tests/attacks/run.sh URL PID    runs against a server already listening at URL with process id PID
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

if [ $# -ge 2 ]; then
  url="$1"; pid="$2"
else
  dotnet build src/JobGraph.Server -c Release -v q -nologo >/dev/null
  work="$(mktemp -d)"
  port=$(( 20000 + RANDOM % 20000 ))
  url="http://127.0.0.1:$port/graphql"
  (cd src/JobGraph.Server && Database__ConnectionString="Data Source=$work/jobgraph.db" \
    exec dotnet bin/Release/net10.0/JobGraph.Server.dll --urls "http://127.0.0.1:$port") >"$work/server.log" 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
  for _ in $(seq 1 120); do
    curl -sf -o /dev/null "$url?query=%7B__typename%7D" && break
    sleep 0.5
  done
fi

python3 - "$url" "$pid" <<'PY'
import json, sys, time, urllib.request, urllib.error

url, pid = sys.argv[1], sys.argv[2]
token = "jg_demo_2f6b8c1e9d4a47b3a5c0e7f1d2b9a864"

def rss():
    status = open(f"/proc/{pid}/status").read().split("\n")
    field = lambda name: int(next(l for l in status if l.startswith(name)).split()[1]) // 1024
    return field("VmRSS:"), field("VmHWM:")

def post(query, authorized=False):
    headers = {"Content-Type": "application/json", "Accept": "application/graphql-response+json"}
    if authorized:
        headers["Authorization"] = "Bearer " + token
    request = urllib.request.Request(url, json.dumps({"query": query}).encode(), headers)
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            status, body = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, body = error.code, error.read()
    return status, body, time.monotonic() - started

def fan_out(depth):
    return "query FanOut { ...F1 } " + "".join(f"fragment F{i} on Query {{ ...F{i+1} ...F{i+1} }} " for i in range(1, depth)) \
        + f"fragment F{depth} on Query {{ __typename }}"

attacks = [
    ("26-deep fragment fan-out (no token)", fan_out(26), False),
    ("40-deep fragment fan-out (no token)", fan_out(40), False),
    ("1,000 x: __type(name) aliases (no token)", "query T { " + " ".join(f'x: __type(name: "T{i}") {{ name }}' for i in range(1, 1001)) + " }", False),
    ("3,000 x: __type(name) aliases (no token)", "query T { " + " ".join(f'x: __type(name: "T{i}") {{ name }}' for i in range(1, 3001)) + " }", False),
    ("1,000 unaliased __type(name) (no token)", "query T { " + " ".join(f'__type(name: "T{i}") {{ name }}' for i in range(1, 1001)) + " }", False),
    ("5,000 copies of workspaces{connections{jobWorks{id}}}", "query C { me { " + "workspaces { connections { jobWorks { id } } } " * 5000 + "} }", True),
    ("1,300 copies (under the length limit)", "query C { me { " + "workspaces { connections { jobWorks { id } } } " * 1300 + "} }", True),
    ("2,000 aliased connections(filters)", "query A { me { workspaces { " + " ".join(f'c{i}: connections(filters: {{ ids: ["connection_{i}"] }}) {{ id }}' for i in range(2000)) + " } } }", True),
    ("10 aliased connections(filters) (allowed)", "query A { me { workspaces { " + " ".join(f'c{i}: connections(filters: {{ ids: ["connection_{i}"] }}) {{ id }}' for i in range(10)) + " } } }", True),
    ("document deeper than the parser allows", "query D " + "{ me " * 300 + "}" * 300, False),
]

print(f"{'attack':58} {'status':>6} {'code':26} {'ms':>8} {'bytes':>8} {'RSS MiB before/after/peak':>26}")
for name, query, authorized in attacks:
    before, _ = rss()
    status, body, elapsed = post(query, authorized)
    after, peak = rss()
    try:
        code = (json.loads(body).get("errors") or [{}])[0].get("extensions", {}).get("code", "-")
    except ValueError:
        code = "(not JSON)"
    print(f"{name:58} {status:>6} {code:26} {elapsed*1000:>8.1f} {len(body):>8} {before:>10}/{after}/{peak}")

started = time.monotonic()
status, body, _ = post("query Me { me { id } }", True)
print(f"normal query afterwards: {status} {body.decode()[:80]} in {(time.monotonic()-started)*1000:.1f} ms")
PY
