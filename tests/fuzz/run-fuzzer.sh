#!/usr/bin/env bash
# Builds a libFuzzer target with clang and runs it for a bounded time:
#
#   tests/fuzz/run-fuzzer.sh csvreader BUILD_DIR SECONDS
#
# The project builds with GCC, which has no libFuzzer; this builds the one target with clang++
# (-fsanitize=fuzzer,address,undefined) from the product's own sources, rebuilding only when one of them is
# newer than the binary. The run starts from the seeds in tests/fuzz/corpus/NAME (never written to) and a
# working corpus in BUILD_DIR that grows across runs. A crash, a leak, a sanitizer report or a broken
# invariant ends the run with a non-zero code and leaves the input that caused it in BUILD_DIR (the
# fuzzer's output names the file; replay it with BUILD_DIR/NAME-fuzzer FILE).
set -euo pipefail

readonly self="run-fuzzer.sh"
[[ $# -eq 3 ]] || {
    echo "usage: $self NAME BUILD_DIR SECONDS" >&2
    exit 2
}
readonly name=$1 build=$2 seconds=$3
readonly here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
readonly root=$(cd "$here/../.." && pwd)

# Each target: its harness and the product's sources it reads.
case $name in
csvreader) sources=("$here/csvreaderfuzzer.cpp" "$root/core/users/csv/csvreader.cpp") ;;
*)
    echo "$self: no fuzz target '$name' (known: csvreader)" >&2
    exit 2
    ;;
esac

compiler=""
for candidate in clang++ clang++-18 clang++-17 clang++-16 clang++-15 clang++-14; do
    if command -v "$candidate" >/dev/null 2>&1; then
        compiler=$candidate
        break
    fi
done
[[ -n $compiler ]] || {
    echo "$self: clang++ not found; install the Debian packages 'clang' and 'libclang-rt-dev' (installer/dev.sh does)." >&2
    exit 1
}
qt_flags=$(pkg-config --cflags --libs Qt6Core) || {
    echo "$self: pkg-config does not know Qt6Core; install the Debian package 'qt6-base-dev'." >&2
    exit 1
}

mkdir -p "$build/$name-corpus"
binary="$build/$name-fuzzer"
rebuild=""
[[ -x $binary ]] || rebuild=yes
for source in "${sources[@]}" "$here/$self" "$root"/core/users/csv/*.h "$root"/core/common/result.h; do
    [[ $source -nt $binary ]] && rebuild=yes
done
if [[ -n $rebuild ]]; then
    echo "$self: building $binary with $compiler"
    # shellcheck disable=SC2086 # pkg-config's flags are words
    "$compiler" -std=c++20 -O1 -g -fPIC -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
        -DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_FROM_BYTEARRAY -DQT_USE_QSTRINGBUILDER -I"$root/core" \
        "${sources[@]}" $qt_flags -o "$binary.new"
    mv "$binary.new" "$binary"
fi

echo "$self: fuzzing $name for $seconds s"
"$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 \
    -artifact_prefix="$build/$name-" "$build/$name-corpus" "$here/corpus/$name"
