# Benchmarks: programs, not tests (no add_test). Run the release build of one, e.g.
#   cmake --preset release && cmake --build --preset release --target sia-store-bench -- -j2
#   build/release/tests/sia-store-bench --rows 1000000 --batch 5000
find_package(SQLite3 REQUIRED)
qt_add_executable(sia-store-bench bench/storebench.cpp)
target_link_libraries(sia-store-bench PRIVATE sia_core SQLite::SQLite3)
# PeopleWriter against the store's ceiling (the raw upsert of the same rows): sia-people-writer-bench --rows 1000000
qt_add_executable(sia-people-writer-bench bench/peoplewriterbench.cpp)
target_link_libraries(sia-people-writer-bench PRIVATE sia_core SQLite::SQLite3)
# The people sync end to end (issue 10): the real initial sync against a sia-sandbox process, with the
# store's ceiling from sia-store-bench for the same rows. Run the release build:
#   cmake --build --preset release --target sia-people-sync-bench -- -j2
#   build/release/tests/sia-people-sync-bench --people 10000,100000,1000000
if(UNIX)
    qt_add_executable(sia-people-sync-bench bench/peoplesyncbench.cpp)
    target_link_libraries(sia-people-sync-bench PRIVATE sia_core sia_ui sia_sandbox) # sia_sandbox: the vendor defaults it runs with
    target_compile_definitions(sia-people-sync-bench PRIVATE SIA_SANDBOX_BINARY="$<TARGET_FILE:sia-sandbox>"
        SIA_STORE_BENCH_BINARY="$<TARGET_FILE:sia-store-bench>")
    add_dependencies(sia-people-sync-bench sia-sandbox sia-store-bench)
endif()
# Step 5's CSV import preview on a messy file of 100,000 rows (issue 11: within a second or two):
#   build/release/tests/sia-import-bench --rows 100000 --existing 20000
qt_add_executable(sia-import-bench bench/importbench.cpp)
target_link_libraries(sia-import-bench PRIVATE sia_core)
