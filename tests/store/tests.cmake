# Store: the Actions database file, its migrations, the audit log and the worker thread.
sia_add_test(NAME teststore SOURCES store/teststore.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME testauditlog SOURCES store/testauditlog.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME teststoreworker SOURCES store/teststoreworker.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME teststoretransactions SOURCES store/teststoretransactions.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME teststorebatch SOURCES store/teststorebatch.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME testlongjobrunner SOURCES store/testlongjobrunner.cpp LIBS sia_core LABELS unit)
# A writer process of its own (not a test): testconcurrentwriters runs two of them on one file.
qt_add_executable(sia-test-store-writer store/storewriterprocess.cpp)
target_link_libraries(sia-test-store-writer PRIVATE sia_core)
sia_add_test(NAME testconcurrentwriters SOURCES store/testconcurrentwriters.cpp LIBS sia_core LABELS unit)
add_dependencies(testconcurrentwriters sia-test-store-writer)
target_compile_definitions(testconcurrentwriters PRIVATE SIA_STORE_WRITER="$<TARGET_FILE:sia-test-store-writer>")
