#!/usr/bin/env bash
# Batch-indexing figures on Reuters-21578 (21,578 articles in 22 files), all in one run:
#  1. a first run on 1 thread, then a first run on 2 threads (fresh indexes);
#  2. a rerun on the unchanged folder (nothing added or updated);
#  3. a rerun after touching one file (only that file is looked at);
#  4. a rerun after changing one article of one file (only that file is re-read).
# Usage: benchmarks/reuters-incremental.sh [REUTERS_DIR]   (default ../shared/data/reuters21578)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
src="${1:-$here/../shared/data/reuters21578}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/reuters"
cp "$src"/*.sgm.gz "$work/reuters/"
news="$here/news"

run() { # label, then news arguments; prints the summary lines and the wall time
  local label="$1"; shift
  local t0 t1
  t0=$(date +%s.%N)
  "$news" "$@" > "$work/out.txt" 2> "$work/err.txt" || true
  t1=$(date +%s.%N)
  printf '%-34s %6.2f s  %s\n' "$label" "$(echo "$t1 - $t0" | bc)" "$(head -1 "$work/out.txt" | sed 's/^Indexed into [^:]*: //')"
}

run "first run, 1 thread"       index --index "$work/ix1" --threads 1 "$work/reuters"
run "first run, 2 threads"      index --index "$work/ix2" --threads 2 "$work/reuters"
run "rerun, nothing changed"    index --index "$work/ix2" --threads 2 "$work/reuters"
touch "$work/reuters/reut2-005.sgm.gz"
run "rerun, one file touched"   index --index "$work/ix2" --threads 2 "$work/reuters"
zcat "$work/reuters/reut2-007.sgm.gz" | sed '0,/prices/s//quotations/' | gzip > "$work/reuters/reut2-007.tmp" && mv "$work/reuters/reut2-007.tmp" "$work/reuters/reut2-007.sgm.gz"
run "rerun, one article changed" index --index "$work/ix2" --threads 2 "$work/reuters"
"$news" check --index "$work/ix2" | tail -1
