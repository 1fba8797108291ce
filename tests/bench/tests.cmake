# Benchmarks: programs, not tests (no add_test). Run the release build of one, e.g.
#   cmake --preset release && cmake --build --preset release --target sia-store-bench -- -j2
#   build/release/tests/sia-store-bench --rows 1000000 --batch 5000
find_package(SQLite3 REQUIRED)
qt_add_executable(sia-store-bench bench/storebench.cpp)
target_link_libraries(sia-store-bench PRIVATE sia_core SQLite::SQLite3)
# PeopleWriter against the store's ceiling (the raw upsert of the same rows): sia-people-writer-bench --rows 1000000
qt_add_executable(sia-people-writer-bench bench/peoplewriterbench.cpp)
target_link_libraries(sia-people-writer-bench PRIVATE sia_core SQLite::SQLite3)
