# Fuzzing (issue 11): step 5's CSV reader under libFuzzer for a bounded time on every run of the suite,
# built by tests/fuzz/run-fuzzer.sh with clang (GCC has no libFuzzer). SIA_FUZZ_SECONDS=N runs it longer
# (cmake -DSIA_FUZZ_SECONDS=600 for a soak); the working corpus in the build tree grows across runs.
set(SIA_FUZZ_SECONDS 20 CACHE STRING "How long each fuzz target runs in the suite, in seconds")
add_test(NAME fuzzcsvreader
    COMMAND bash "${CMAKE_CURRENT_SOURCE_DIR}/fuzz/run-fuzzer.sh" csvreader "${CMAKE_CURRENT_BINARY_DIR}/fuzz"
        ${SIA_FUZZ_SECONDS})
set_tests_properties(fuzzcsvreader PROPERTIES LABELS "fuzz;unit" TIMEOUT 300)
