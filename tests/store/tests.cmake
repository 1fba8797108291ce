# Store: the Actions database on both backends (its migrations, the dialect, review), what is particular to
# the SQLite file and to the PostgreSQL server, the audit log and the worker thread.
sia_add_test(NAME teststore SOURCES store/teststore.cpp LIBS sia_core LABELS unit BACKENDS sqlite postgres)
sia_add_test(NAME testschema SOURCES store/testschema.cpp LIBS sia_core LABELS unit BACKENDS sqlite postgres)
sia_add_test(NAME teststorefile SOURCES store/teststorefile.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME testpostgresstore SOURCES store/testpostgresstore.cpp LIBS sia_core LABELS unit BACKENDS postgres)
target_compile_definitions(testpostgresstore PRIVATE SIA_ADMIN_BINARY="$<TARGET_FILE:sia-admin>")
add_dependencies(testpostgresstore sia-admin)
sia_add_test(NAME testdatabaselocation SOURCES store/testdatabaselocation.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME testdatabaseoption SOURCES store/testdatabaseoption.cpp LIBS sia_core LABELS unit)
# Which database a run uses (DatabaseChoice::choose) and the machine's saved choice of it (the file database.url).
sia_add_test(NAME testdatabasechoice SOURCES store/testdatabasechoice.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME testsaveddatabasechoice SOURCES store/testsaveddatabasechoice.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME testauditlog SOURCES store/testauditlog.cpp LIBS sia_core LABELS unit BACKENDS sqlite postgres)
sia_add_test(NAME teststoreworker SOURCES store/teststoreworker.cpp LIBS sia_core LABELS unit BACKENDS sqlite postgres)
# The database password through the command line and a real keychain: needs tests/with-keyring.sh too.
sia_add_test(NAME testpostgrespassword SOURCES store/testpostgrespassword.cpp LIBS sia_core LABELS keychain
    BACKENDS postgres)
target_compile_definitions(testpostgrespassword PRIVATE SIA_ADMIN_BINARY="$<TARGET_FILE:sia-admin>")
add_dependencies(testpostgrespassword sia-admin)
sia_add_test(NAME teststoretransactions SOURCES store/teststoretransactions.cpp LIBS sia_core LABELS unit BACKENDS sqlite postgres)
sia_add_test(NAME teststorebatch SOURCES store/teststorebatch.cpp LIBS sia_core LABELS unit BACKENDS sqlite postgres)
sia_add_test(NAME testlongjobrunner SOURCES store/testlongjobrunner.cpp LIBS sia_core LABELS unit BACKENDS sqlite postgres)
# A writer process of its own (not a test): testconcurrentwriters runs two of them on one database (a file,
# or a postgresql:// URL).
qt_add_executable(sia-test-store-writer store/storewriterprocess.cpp)
target_link_libraries(sia-test-store-writer PRIVATE sia_core)
sia_add_test(NAME testconcurrentwriters SOURCES store/testconcurrentwriters.cpp LIBS sia_core LABELS unit BACKENDS sqlite postgres)
add_dependencies(testconcurrentwriters sia-test-store-writer)
target_compile_definitions(testconcurrentwriters PRIVATE SIA_STORE_WRITER="$<TARGET_FILE:sia-test-store-writer>")
