# The people sync (issue 10). Each helper appends its own lines.

# engine: the bulk file parser, the progress and its meter, the field table (no store, no network).
sia_add_test(NAME testleadexportparser SOURCES sync/testleadexportparser.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME testsyncprogress SOURCES sync/testsyncprogress.cpp LIBS sia_core LABELS unit)

# engine: the export windows and the bulk export pipeline against the in-process sandbox, with each fault.
sia_add_test(NAME testbulkexportpipeline SOURCES sync/testbulkexportpipeline.cpp marketo/marketotestsupport.h
    LIBS sia_sandbox_testkit sia_sandbox sia_core LABELS sandbox)
target_include_directories(testbulkexportpipeline PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/marketo)

# engine: the initial sync and the dry run end to end against the sandbox, on both databases.
sia_add_test(NAME testinitialpeoplesync SOURCES sync/testinitialpeoplesync.cpp sync/syncsandboxcompare.h
    marketo/marketotestsupport.h LIBS sia_sandbox_testkit sia_sandbox sia_core LABELS sandbox
    BACKENDS sqlite postgres)
target_include_directories(testinitialpeoplesync PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/marketo)

# engine: the kill test. sia-test-people-sync runs the initial sync in a process of its own against a
# sia-sandbox process; the test SIGKILLs it at random points at least ten times, resumes, compares.
if(UNIX)
    qt_add_executable(sia-test-people-sync sync/peoplesyncprocess.cpp)
    target_link_libraries(sia-test-people-sync PRIVATE sia_core)
    sia_add_test(NAME testpeoplesynckill SOURCES sync/testpeoplesynckill.cpp sync/syncsandboxcompare.h
        LIBS sia_sandbox sia_core LABELS sandbox)
    target_compile_definitions(testpeoplesynckill PRIVATE SIA_SANDBOX_BINARY="$<TARGET_FILE:sia-sandbox>"
        SIA_PEOPLE_SYNC_BINARY="$<TARGET_FILE:sia-test-people-sync>")
    add_dependencies(testpeoplesynckill sia-sandbox sia-test-people-sync)
endif()
# The people sync: the store's side (runs, checkpoints, errors, the writer, eligibility, the people and
# their browser's model), then the engine's, the incremental sync's and Salesforce's roles.
sia_add_test(NAME testsyncrunrepository SOURCES sync/testsyncrunrepository.cpp LIBS sia_core LABELS unit BACKENDS sqlite postgres)
sia_add_test(NAME testpeoplewriter SOURCES sync/testpeoplewriter.cpp LIBS sia_core LABELS unit BACKENDS sqlite postgres)

# engine: PeopleSyncEngine over the Marketo connection service and the sandbox (start, pause, resume,
# status, history, errors' CSV), on both databases.
sia_add_test(NAME testpeoplesyncengine SOURCES sync/testpeoplesyncengine.cpp sync/syncsandboxcompare.h salesforce/fixtureclientsource.h
    LIBS sia_sandbox_testkit sia_sandbox sia_core LABELS sandbox BACKENDS sqlite postgres)
target_include_directories(testpeoplesyncengine PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/salesforce)
sia_add_test(NAME testeligibility SOURCES sync/testeligibility.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME testpeoplerepository SOURCES sync/testpeoplerepository.cpp LIBS sia_core LABELS unit BACKENDS sqlite postgres)
sia_add_test(NAME testpeopletablemodel SOURCES sync/testpeopletablemodel.cpp LIBS sia_core LABELS unit BACKENDS sqlite postgres)

# incr: the opportunity roles from Salesforce, across threads, against the sandbox's org.
sia_add_test(NAME testsalesforceopportunityroles SOURCES sync/testsalesforceopportunityroles.cpp salesforce/fixtureclientsource.h
    LIBS sia_sandbox_testkit sia_sandbox sia_core LABELS sandbox)
target_include_directories(testsalesforceopportunityroles PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/salesforce)
# incr: the incremental people sync on a long-job thread against the sandbox, on both databases.
sia_add_test(NAME testincrementalpeoplesync SOURCES sync/testincrementalpeoplesync.cpp
    marketo/marketotestsupport.h salesforce/fixtureclientsource.h
    LIBS sia_sandbox_testkit sia_sandbox sia_core LABELS sandbox BACKENDS sqlite postgres)
target_include_directories(testincrementalpeoplesync PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/salesforce
    ${CMAKE_CURRENT_SOURCE_DIR}/marketo)

# cli: the preview's mapping and real samples, against an in-process sandbox (Marketo and the Salesforce org).
sia_add_test(NAME testsyncpreviewreader SOURCES sync/testsyncpreviewreader.cpp
    LIBS sia_sandbox_testkit sia_sandbox sia_core LABELS sandbox)
target_include_directories(testsyncpreviewreader PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/salesforce
    ${CMAKE_CURRENT_SOURCE_DIR}/marketo)

# The task sync (issue 12): SPEC 6's five rules against the sandbox's org and clock, on both databases.
sia_add_test(NAME testtasksync SOURCES sync/testtasksync.cpp salesforce/fixtureclientsource.h
    LIBS sia_sandbox_testkit sia_sandbox sia_core LABELS sandbox BACKENDS sqlite postgres)
target_include_directories(testtasksync PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/salesforce)
# health: the sync health's runs, error groups, records, export and retry, on both databases (issue 12).
sia_add_test(NAME testsynchealth SOURCES sync/testsynchealth.cpp LIBS sia_core LABELS unit BACKENDS sqlite postgres)
# activities: the sales activity logging to Marketo and Salesforce against the sandbox (issue 12).
sia_add_test(NAME testsalesactivitylog SOURCES sync/testsalesactivitylog.cpp salesforce/fixtureclientsource.h
    marketo/marketotestsupport.h LIBS sia_sandbox_testkit sia_sandbox sia_core LABELS sandbox BACKENDS sqlite postgres)
target_include_directories(testsalesactivitylog PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/salesforce
    ${CMAKE_CURRENT_SOURCE_DIR}/marketo)
# unsubscribes: the email opt-outs in Actions and the conflict rule with Salesforce's, on both databases.
sia_add_test(NAME testemailoptouts SOURCES sync/testemailoptouts.cpp LIBS sia_core LABELS unit BACKENDS sqlite postgres)
sia_add_test(NAME testpersonsalesforcerecord SOURCES sync/testpersonsalesforcerecord.cpp LIBS sia_core LABELS unit)
