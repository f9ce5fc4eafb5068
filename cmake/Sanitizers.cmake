# Sanitizer and fuzzing builds. Both are off by default; each needs its own build directory
# (scripts/test-sanitizers.sh uses build-asan/, scripts/fuzz.sh uses build-fuzz/).
#
# RDSBM_SANITIZE=ON      every target, product and tests, with AddressSanitizer (+ LeakSanitizer)
#                        and UndefinedBehaviorSanitizer; undefined behaviour aborts the test.
# RDSBM_BUILD_FUZZERS=ON libFuzzer targets for the parsers (tests/fuzz/); clang only. The whole
#                        core is built with coverage instrumentation for them, and the sanitizers.
option(RDSBM_SANITIZE "Build everything with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(RDSBM_BUILD_FUZZERS "Build the libFuzzer targets of tests/fuzz (needs clang)" OFF)

if(NOT RDSBM_SANITIZE AND NOT RDSBM_BUILD_FUZZERS)
    return()
endif()

if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    message(FATAL_ERROR "RDSBM_SANITIZE and RDSBM_BUILD_FUZZERS need GCC or Clang")
endif()
if(RDSBM_BUILD_FUZZERS AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "RDSBM_BUILD_FUZZERS needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
endif()

set(rdsbm_sanitizers -fsanitize=address,undefined)
add_compile_options(${rdsbm_sanitizers} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
add_link_options(${rdsbm_sanitizers})
if(RDSBM_BUILD_FUZZERS)
    # Coverage for libFuzzer in every library; only the fuzz targets link its main().
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()

# What tests need at run time. Qt and the system libraries are not instrumented: their few
# process-lifetime allocations are suppressed in tests/lsan.supp, which explains each entry.
set(RDSBM_SANITIZER_ENVIRONMENT
    "ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=0:check_initialization_order=1:abort_on_error=0"
    "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp:print_suppressions=0"
    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
