#!/usr/bin/env bash
# Dendrite side by side with the peers of ../shared/peers (PyTorch, TorchSharp, scikit-learn, numpy,
# optionally TensorFlow.js): same workloads, same method, same options, same JSON-lines schema.
#
#   bench/run.sh dendrite [--threads 2] [--reps 7] [--only gemm,train,infer] [--configs tabular,mnist-mlp,wide]
#                         [--sizes 128,...,2048] [--rep-seconds 1.0] [--max-wait 120] [--json out.jsonl]
#                         [--label dendrite] [--train-api fit,onbatch]
#       Dendrite alone; the options are those of `../shared/peers/peers.sh run PEER`.
#   bench/run.sh mem [--quick] [--json FILE]
#       Peak RSS (GNU time -v) of a process running only the mnist-mlp training: Dendrite, then the peers.
#   bench/run.sh all [--quick] [--with-tfjs] [--no-setup] [--rounds N]
#       Dendrite, then every peer with identical arguments (2 threads; GEMM also at 1 thread), peak RSS,
#       the FMA peak; raw JSON lines in bench/results/<date>-<cpu>/ and the tables in bench/RESULTS.md.
#       --quick: 3 repeats of ~0.3 s, --max-wait 2, no 1-thread GEMM pass (a smoke check, minutes).
#       --rounds N: the whole sequence N times, the order of the stacks reversed every other round, and each
#       row's median taken over the repeats of all rounds. The VMs here have fast and slow phases lasting
#       minutes (the 2-thread FMA peak read 130–162 GFLOP/s within one run), which one pass can put in one
#       stack's measurement and not another's; alternating rounds spread the phases over every stack.
#   bench/run.sh report DIR     re-renders bench/RESULTS.md from a results folder (then appends bench/NOTES.md).
#   bench/run.sh aot [--out DIR]
#       Publishes bench/Dendrite.AotInference with Native AOT (fails on any trimming/AOT warning), then
#       prints the executable's size and the median wall time of 5 cold runs (build + save + load + predict).
#
# The peers are installed outside the repository by `../shared/peers/peers.sh setup` ($PEERS_SCRATCH,
# default /tmp/peers); `all` runs that setup first unless --no-setup (it is idempotent and fast once done).
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
PEERS="${PEERS_DIR:-$(cd "$ROOT/../shared/peers" 2>/dev/null && pwd || echo /work/shared/peers)}"
PEERS_SH="$PEERS/peers.sh"
DLL="$HERE/Dendrite.Bench/bin/Release/net10.0/Dendrite.Bench.dll"
PY=/usr/bin/python3; [ -x "$PY" ] || PY=python3

die() { echo "run.sh: $*" >&2; exit 1; }
log() { echo "== $*" >&2; }

build() {
  log "build bench/Dendrite.Bench (Release)"
  dotnet build "$HERE/Dendrite.Bench/Dendrite.Bench.csproj" -c Release -nologo -v q 2>&1 \
    | grep -E 'error|warn|Build succeeded' | sort -u >&2
  [ -f "$DLL" ] || die "build failed: $DLL missing"
}

# Dendrite with the peers' options; DOTNET_ settings as the TorchSharp peer (workstation GC, tiered PGO).
run_dendrite() {
  local wrap=(); [ -n "${DENDRITE_WRAP:-}" ] && read -r -a wrap <<< "$DENDRITE_WRAP"
  "${wrap[@]}" dotnet "$DLL" "$@"
}

# Records and runs one command of the side-by-side run; a failing peer is noted, not fatal.
step() {
  local name="$1"; shift
  echo "$*" >> "$RES/commands.txt"
  log "$name: $*"
  local t0=$SECONDS
  if ! "$@" > "$RES/log-$name.txt" 2>&1; then
    echo "$name: FAILED (exit $?) after $((SECONDS - t0)) s; last lines: $(tail -3 "$RES/log-$name.txt" | tr '\n' ' ')" | tee -a "$RES/notes.txt" >&2
  else
    echo "$name: $((SECONDS - t0)) s" >> "$RES/durations.txt"
  fi
}

# Peak RSS (GNU time -v) of processes running only the mnist-mlp training, as `peers.sh mem`.
mem_all() {
  local out="$1" quick="$2" with_tfjs="$3"
  local a=(--only train --configs mnist-mlp --reps 3 --max-wait 30)
  [ "$quick" = 1 ] && a=(--only train --configs mnist-mlp --reps 3 --rep-seconds 0.3 --max-wait 2)
  local specs=("torch --threads 2" "sklearn --threads 2" "torchsharp --threads 2")
  [ "$with_tfjs" = 1 ] && specs+=("tfjs-wasm --threads 2")
  local tlog; tlog="$(mktemp)"
  echo "DENDRITE_WRAP='/usr/bin/time -v -o FILE' bench/run.sh dendrite --threads 2 ${a[*]} --train-api fit" >> "${RES:-/tmp}/commands.txt"
  DENDRITE_WRAP="/usr/bin/time -v -o $tlog" run_dendrite --threads 2 "${a[@]}" --train-api fit > /dev/null 2>&1 \
    && printf '{"bench":"mem","peer":"dendrite --threads 2","config":"mnist-mlp train","unit":"MiB","median":%s}\n' \
         "$(awk -F': ' '/Maximum resident set size/{printf "%.1f", $2/1024}' "$tlog")" | tee -a "$out" \
    || echo "mem dendrite: FAILED" | tee -a "${RES:-/tmp}/notes.txt" >&2
  for spec in "${specs[@]}"; do
    # shellcheck disable=SC2086
    echo "PEER_WRAP='/usr/bin/time -v -o FILE' ../shared/peers/peers.sh run $spec ${a[*]}" >> "${RES:-/tmp}/commands.txt"
    # shellcheck disable=SC2086
    PEER_WRAP="/usr/bin/time -v -o $tlog" "$PEERS_SH" run $spec "${a[@]}" > /dev/null 2>&1 \
      && printf '{"bench":"mem","peer":"%s","config":"mnist-mlp train","unit":"MiB","median":%s}\n' \
           "$spec" "$(awk -F': ' '/Maximum resident set size/{printf "%.1f", $2/1024}' "$tlog")" | tee -a "$out" \
      || echo "mem $spec: FAILED" | tee -a "${RES:-/tmp}/notes.txt" >&2
  done
  rm -f "$tlog"
}

all() {
  local quick=0 with_tfjs=0 setup=1 rounds=1
  while [ $# -gt 0 ]; do
    case "$1" in
      --quick) quick=1 ;; --with-tfjs) with_tfjs=1 ;; --no-setup) setup=0 ;;
      --rounds) rounds="${2:-}"; shift; [[ "$rounds" =~ ^[1-9][0-9]*$ ]] || die "--rounds needs a positive integer, got '$rounds'" ;;
      *) die "unknown option for all: $1" ;;
    esac; shift
  done
  local cpu; cpu="$(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//; s/[^A-Za-z0-9]\+/-/g; s/-$//')"
  RES="${RESULTS:-$HERE/results/$(date +%Y-%m-%d-%H%M)-$cpu$([ $quick = 1 ] && echo -quick)}"
  mkdir -p "$RES"; : > "$RES/commands.txt"; : > "$RES/notes.txt"; : > "$RES/durations.txt"
  echo "$quick" > "$RES/quick"; echo "$rounds" > "$RES/rounds"; date -u '+%Y-%m-%d %H:%M UTC' > "$RES/date"
  git -C "$ROOT" rev-parse --short HEAD > "$RES/commit" 2>/dev/null
  git -C "$ROOT" rev-parse --abbrev-ref HEAD >> "$RES/commit" 2>/dev/null
  log "results -> $RES"
  if [ $setup = 1 ]; then
    log "peers setup (../shared/peers/peers.sh setup)"
    "$PEERS_SH" setup > "$RES/log-setup.txt" 2>&1 || echo "peers.sh setup: FAILED (exit $?): $(tail -3 "$RES/log-setup.txt" | tr '\n' ' ')" >> "$RES/notes.txt"
  fi
  build
  local a=(--threads 2)
  [ $quick = 1 ] && a+=(--reps 3 --rep-seconds 0.3 --max-wait 2)
  step peak "$PEERS_SH" run peak
  cp "$RES/log-peak.txt" "$RES/peak.txt" 2>/dev/null
  # The same peak from managed code with as many accumulators as the registers hold (bench/Dendrite.Bench/FmaPeak.cs):
  # fma_peak.c keeps 8 of its 24 ymm accumulators in memory on AVX2 machines and reads low there.
  local pw=60; [ $quick = 1 ] && pw=2
  step peak-dendrite-1t run_dendrite --threads 1 --only peak --reps 5 --max-wait $pw
  step peak-dendrite-2t run_dendrite --threads 2 --only peak --reps 5 --max-wait $pw
  cat "$RES/log-peak-dendrite-1t.txt" "$RES/log-peak-dendrite-2t.txt" 2>/dev/null | grep '^threads=' > "$RES/peak-dendrite.txt"
  local r
  for ((r = 1; r <= rounds; r++)); do
    local tag=""; [ "$rounds" -gt 1 ] && tag="-r$r"
    local order=(dendrite torch torchsharp sklearn numpy); [ $with_tfjs = 1 ] && order+=(tfjs-wasm)
    if (( r % 2 == 0 )); then local rev=() i; for ((i = ${#order[@]} - 1; i >= 0; i--)); do rev+=("${order[i]}"); done; order=("${rev[@]}"); fi
    local stack
    for stack in "${order[@]}"; do
      case "$stack" in
        dendrite) step "dendrite$tag" env DENDRITE_NO_BUILD=1 "$HERE/run.sh" dendrite "${a[@]}" --json "$RES/dendrite.jsonl" ;;
        numpy)    step "numpy$tag" "$PEERS_SH" run numpy "${a[@]}" --only gemm --json "$RES/numpy.jsonl" ;;
        tfjs-wasm) step "tfjs-wasm$tag" "$PEERS_SH" run tfjs-wasm "${a[@]}" --json "$RES/tfjs.jsonl" ;;
        *)        step "$stack$tag" "$PEERS_SH" run "$stack" "${a[@]}" --json "$RES/$stack.jsonl" ;;
      esac
    done
    if [ $quick = 0 ]; then
      local g=(--threads 1 --only gemm)
      for stack in "${order[@]}"; do
        case "$stack" in
          dendrite) step "dendrite-1t$tag" env DENDRITE_NO_BUILD=1 "$HERE/run.sh" dendrite "${g[@]}" --json "$RES/dendrite.jsonl" ;;
          torch|torchsharp|numpy) step "$stack-1t$tag" "$PEERS_SH" run "$stack" "${g[@]}" --json "$RES/$stack.jsonl" ;;
        esac
      done
    fi
  done
  log "peak RSS"
  mem_all "$RES/mem.jsonl" $quick $with_tfjs
  report "$RES"
}

report() {
  local res="$1"
  "$PY" "$HERE/report.py" "$res" > "$HERE/RESULTS.md" || die "report failed"
  # The hand-written reading of the latest run (profiles, what limits each target) survives re-rendering.
  if [ -f "$HERE/NOTES.md" ]; then printf '\n' >> "$HERE/RESULTS.md"; cat "$HERE/NOTES.md" >> "$HERE/RESULTS.md"; fi
  log "tables -> $HERE/RESULTS.md"
}

# Native AOT: publish, refuse warnings, report size and start-up (median of 5 runs of the whole program).
aot() {
  local out=/tmp/dendrite-aot
  while [ $# -gt 0 ]; do case "$1" in --out) out="$2"; shift ;; *) die "unknown option for aot: $1" ;; esac; shift; done
  log "dotnet publish bench/Dendrite.AotInference -c Release -r linux-x64 (Native AOT) -> $out"
  local publog; publog=$(mktemp)
  dotnet publish "$HERE/Dendrite.AotInference/Dendrite.AotInference.csproj" -c Release -r linux-x64 -o "$out" -nologo > "$publog" 2>&1 \
    || { cat "$publog" >&2; die "publish failed"; }
  if grep -qiE "warning (IL|CS)[0-9]+" "$publog"; then grep -iE "warning" "$publog" | sort -u >&2; die "the AOT publish has warnings"; fi
  local exe="$out/Dendrite.AotInference"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "executable: $(stat -c %s "$exe") bytes ($(( $(stat -c %s "$exe") / 1024 / 1024 )) MiB), no warnings"
  local times=()
  for _ in 1 2 3 4 5; do
    local t0; t0=$(date +%s%N); "$exe" > /dev/null || die "the AOT program failed"; times+=($(( ($(date +%s%N) - t0) / 1000000 )))
  done
  echo "start-to-exit wall times (ms): ${times[*]}; median $(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p) ms"
  "$exe"
}

cmd="${1:-}"; shift || true
case "$cmd" in
  dendrite) [ -n "${DENDRITE_NO_BUILD:-}" ] && [ -f "$DLL" ] || build; run_dendrite "$@" ;;
  build)    build ;;
  mem)
    quick=0; out=/dev/stdout
    while [ $# -gt 0 ]; do case "$1" in --quick) quick=1 ;; --json) out="$2"; shift ;; *) die "unknown option for mem: $1" ;; esac; shift; done
    build; mem_all "$out" $quick 0 ;;
  all)      all "$@" ;;
  report)   report "${1:?results folder}" ;;
  aot)      aot "$@" ;;
  *) sed -n '2,23p' "$0"; exit 2 ;;
esac
