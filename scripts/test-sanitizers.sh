#!/usr/bin/env bash
# The whole test suite once more, built with AddressSanitizer (+ LeakSanitizer) and
# UndefinedBehaviorSanitizer (-DRDSBM_SANITIZE=ON, cmake/Sanitizers.cmake) in its own build
# directory, build-asan/. Any memory error, leak or undefined behaviour fails the test it
# happens in. CI runs it after scripts/test.sh.
#
# SANITIZE_BUILD_DIR changes the build directory; CMAKE_ARGS adds configure options.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${SANITIZE_BUILD_DIR:-build-asan}"

scripts/install-dependencies.sh
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# Debug: the quickest to compile, and the clearest reports.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DRDSBM_SANITIZE=ON "${launcher[@]}" ${CMAKE_ARGS:-}
cmake --build "$build" --parallel

# Each test gets ASAN_OPTIONS, LSAN_OPTIONS (tests/lsan.supp) and UBSAN_OPTIONS from CMake; the
# programs the tests start (rdsbm, rdsbm-cloudsim) inherit them.
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" --timeout 1800
