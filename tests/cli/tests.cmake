# The command line, driven through QProcess exactly as an admin or a script would run it.
foreach(name testclicommands testcliusage testclienvironment testclireview testclisandbox testcliasync
        testclidatabasechoice testcliaccount testclipackage testclipeople)
    sia_add_test(NAME ${name} SOURCES cli/${name}.cpp cli/sialauncher.cpp cli/sialauncher.h LIBS sia_core LABELS cli)
    target_compile_definitions(${name} PRIVATE SIA_ADMIN_BINARY="$<TARGET_FILE:sia-admin>")
    add_dependencies(${name} sia-admin)
endforeach()

# testclisandbox compares sia-admin --sandbox-option's errors with sia-sandbox's own.
target_compile_definitions(testclisandbox PRIVATE SIA_SANDBOX_BINARY="$<TARGET_FILE:sia-sandbox>")
add_dependencies(testclisandbox sia-sandbox)

# In process: the signal handling under every command.
sia_add_test(NAME testinterruptwatcher SOURCES cli/testinterruptwatcher.cpp LIBS sia_core LABELS unit)

# sia-admin keychain against a real Secret Service (tests/with-keyring.sh) and against none.
sia_add_test(NAME testclikeychain SOURCES cli/testclikeychain.cpp cli/sialauncher.cpp cli/sialauncher.h LIBS sia_core LABELS cli keychain)
target_compile_definitions(testclikeychain PRIVATE SIA_ADMIN_BINARY="$<TARGET_FILE:sia-admin>")
add_dependencies(testclikeychain sia-admin)

# The window (through --tour, its start-up without a screen) on a PostgreSQL database: tests/with-postgres.sh.
sia_add_test(NAME testclipostgres SOURCES cli/testclipostgres.cpp cli/sialauncher.cpp cli/sialauncher.h LIBS sia_core
    LABELS cli BACKENDS postgres)
target_compile_definitions(testclipostgres PRIVATE SIA_ADMIN_BINARY="$<TARGET_FILE:sia-admin>")
add_dependencies(testclipostgres sia-admin)

# connect / check / admins / disconnect on the sandbox of each run, with the real keychain: tests/with-keyring.sh.
sia_add_test(NAME testcliconnections SOURCES cli/testcliconnections.cpp cli/sialauncher.cpp cli/sialauncher.h
    LIBS sia_core LABELS cli keychain)
target_compile_definitions(testcliconnections PRIVATE SIA_ADMIN_BINARY="$<TARGET_FILE:sia-admin>")
add_dependencies(testcliconnections sia-admin)

# check-prerequisites on the sandbox of each run, with the real keychain: tests/with-keyring.sh.
sia_add_test(NAME testcliprerequisitecheck SOURCES cli/testcliprerequisitecheck.cpp cli/sialauncher.cpp cli/sialauncher.h
    LIBS sia_core LABELS cli keychain)
target_compile_definitions(testcliprerequisitecheck PRIVATE SIA_ADMIN_BINARY="$<TARGET_FILE:sia-admin>")
add_dependencies(testcliprerequisitecheck sia-admin)
# connect salesforce / check / disconnect salesforce: the printed login link driven as a browser would.
sia_add_test(NAME testclisalesforce SOURCES cli/testclisalesforce.cpp cli/clisalesforcelogin.h cli/sialauncher.cpp cli/sialauncher.h LIBS sia_sandbox_testkit sia_sandbox sia_core LABELS cli keychain sandbox)
target_include_directories(testclisalesforce PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/salesforce)
target_compile_definitions(testclisalesforce PRIVATE SIA_ADMIN_BINARY="$<TARGET_FILE:sia-admin>")
add_dependencies(testclisalesforce sia-admin)
# network (the proxy, its keychain password, the extra CA file) and budget (the caps), with the real
# keychain: tests/with-keyring.sh.
sia_add_test(NAME testclinetworkbudget SOURCES cli/testclinetworkbudget.cpp cli/sialauncher.cpp cli/sialauncher.h
    LIBS sia_sandbox sia_core LABELS cli keychain)
target_compile_definitions(testclinetworkbudget PRIVATE SIA_ADMIN_BINARY="$<TARGET_FILE:sia-admin>")
add_dependencies(testclinetworkbudget sia-admin)
# sync (the people sync's commands) on the sandbox of each run, with the real keychain: tests/with-keyring.sh.
sia_add_test(NAME testclisync SOURCES cli/testclisync.cpp cli/clisalesforcelogin.h cli/sialauncher.cpp cli/sialauncher.h LIBS sia_sandbox_testkit sia_sandbox sia_core LABELS cli keychain sandbox)
target_include_directories(testclisync PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/salesforce)
target_compile_definitions(testclisync PRIVATE SIA_ADMIN_BINARY="$<TARGET_FILE:sia-admin>")
add_dependencies(testclisync sia-admin)
# sync dry-run / start / resume with the real engine against the sandbox of each run, with the real
# keychain: tests/with-keyring.sh. Two executables, so that each stays well under a minute.
foreach(name testclisyncrun testclisyncdryrun testcliactivities)
    sia_add_test(NAME ${name} SOURCES cli/${name}.cpp cli/clisyncrunsupport.h cli/sialauncher.cpp cli/sialauncher.h
        LIBS sia_core LABELS cli keychain sandbox)
    target_compile_definitions(${name} PRIVATE SIA_ADMIN_BINARY="$<TARGET_FILE:sia-admin>")
    add_dependencies(${name} sia-admin)
endforeach()
# Step 5 on the command line: users, the CSV import and removal (the outbox beside each test's data
# directory), on both backends (PostgreSQL: tests/with-postgres.sh; SIA_DATABASE_URL points the runs at it).
foreach(name testcliusers testcliusersimport testcliusersremove)
    sia_add_test(NAME ${name} SOURCES cli/${name}.cpp cli/cliuserssupport.h cli/sialauncher.cpp cli/sialauncher.h
        LIBS sia_core LABELS cli BACKENDS sqlite postgres)
    target_compile_definitions(${name} PRIVATE SIA_ADMIN_BINARY="$<TARGET_FILE:sia-admin>")
    add_dependencies(${name} sia-admin)
endforeach()
# The teams, on both backends (PostgreSQL: tests/with-postgres.sh; SIA_DATABASE_URL points the runs at it).
sia_add_test(NAME testcliteams SOURCES cli/testcliteams.cpp cli/cliuserssupport.h cli/sialauncher.cpp cli/sialauncher.h
    LIBS sia_core LABELS cli BACKENDS sqlite postgres)
target_compile_definitions(testcliteams PRIVATE SIA_ADMIN_BINARY="$<TARGET_FILE:sia-admin>")
add_dependencies(testcliteams sia-admin)
# mail: the outbox, the SMTP settings and the password in the real keychain: tests/with-keyring.sh.
sia_add_test(NAME testclimail SOURCES cli/testclimail.cpp cli/cliuserssupport.h cli/sialauncher.cpp cli/sialauncher.h
    LIBS sia_core LABELS cli keychain)
target_compile_definitions(testclimail PRIVATE SIA_ADMIN_BINARY="$<TARGET_FILE:sia-admin>")
add_dependencies(testclimail sia-admin)

# The text line of `sia-admin sync start` against the product's English catalogue (its plural forms).
sia_add_test(NAME testsyncprogresstext SOURCES cli/testsyncprogresstext.cpp LIBS sia_core LABELS unit)
sia_add_english_catalogue(testsyncprogresstext)
# health: sia-admin health, its errors and retry over seeded runs, on both backends (issue 12).
sia_add_test(NAME testclihealth SOURCES cli/testclihealth.cpp cli/sialauncher.cpp cli/sialauncher.h
    LIBS sia_core LABELS cli BACKENDS sqlite postgres)
target_compile_definitions(testclihealth PRIVATE SIA_ADMIN_BINARY="$<TARGET_FILE:sia-admin>")
add_dependencies(testclihealth sia-admin)
sia_add_test(NAME testclisettings SOURCES cli/testclisettings.cpp cli/sialauncher.cpp cli/sialauncher.h
    LIBS sia_core LABELS cli BACKENDS sqlite postgres)
target_compile_definitions(testclisettings PRIVATE SIA_ADMIN_BINARY="$<TARGET_FILE:sia-admin>")
add_dependencies(testclisettings sia-admin)
# The task sync run from the command line (rule 2: settings set runs it), Salesforce connected through the
# printed login link, on both backends.
sia_add_test(NAME testclitasksync SOURCES cli/testclitasksync.cpp cli/clisalesforcelogin.h cli/sialauncher.cpp cli/sialauncher.h
    LIBS sia_sandbox_testkit sia_sandbox sia_core LABELS cli keychain sandbox BACKENDS sqlite postgres)
target_include_directories(testclitasksync PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/salesforce)
target_compile_definitions(testclitasksync PRIVATE SIA_ADMIN_BINARY="$<TARGET_FILE:sia-admin>")
add_dependencies(testclitasksync sia-admin)
# The Actions tasks on the command line (issue 12), on both backends.
sia_add_test(NAME testclitasks SOURCES cli/testclitasks.cpp cli/cliuserssupport.h cli/sialauncher.cpp cli/sialauncher.h
    LIBS sia_core LABELS cli BACKENDS sqlite postgres)
target_compile_definitions(testclitasks PRIVATE SIA_ADMIN_BINARY="$<TARGET_FILE:sia-admin>")
add_dependencies(testclitasks sia-admin)
