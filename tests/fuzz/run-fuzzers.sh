#!/usr/bin/env bash
# Runs every fuzzer over its committed corpus and its large seeds (built by
# the sanitize preset from make-large-seeds.py), then fuzzes each for SECONDS
# (default 30) with its dictionary, two at a time. New inputs go to a
# scratch folder, never into the committed corpus; a crash, a leak or an
# input slower than the timeout (the large seeds included: reading that is
# not linear is a finding) fails the run and its input is left in
# build/sanitize/fuzz-findings/.
#
#   tests/fuzz/run-fuzzers.sh [SECONDS]     (after: cmake --build --preset sanitize)
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-30}
build=build/sanitize/tests/fuzz
findings=build/sanitize/fuzz-findings
fuzzers=(fuzz_yaml fuzz_session fuzz_template fuzz_page)
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizer/lsan.supp:print_suppressions=0

run() {
    local name=$1
    local scratch=$findings/$name/corpus
    mkdir -p "$scratch" "$findings/$name"
    "$build/$name" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
        -max_len=1048576 -print_final_stats=1 \
        -dict="tests/fuzz/$name.dict" -artifact_prefix="$findings/$name/" \
        "$scratch" "tests/fuzz/corpus/$name" "$build/large-seeds/$name" \
        > "$findings/$name.log" 2>&1
}

status=0
for (( i = 0; i < ${#fuzzers[@]}; i += 2 )); do
    pids=()
    for name in "${fuzzers[@]:i:2}"; do
        run "$name" & pids+=($!)
    done
    for j in "${!pids[@]}"; do
        name=${fuzzers[i + j]}
        if wait "${pids[j]}"; then
            echo "$name: no finding in ${seconds}s ($(grep -o 'stat::number_of_executed_units: [0-9]*' "$findings/$name.log" | grep -o '[0-9]*$') runs)"
        else
            echo "$name: FINDING, see $findings/$name.log" >&2
            tail -40 "$findings/$name.log" >&2
            status=1
        fi
    done
done
exit $status
