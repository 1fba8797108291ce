# The people sync: the store's side (runs, checkpoints, errors, the writer, eligibility, the people and
# their browser's model), then the engine's, the incremental sync's and Salesforce's roles.
sia_add_test(NAME testsyncrunrepository SOURCES sync/testsyncrunrepository.cpp LIBS sia_core LABELS unit BACKENDS sqlite postgres)
sia_add_test(NAME testpeoplewriter SOURCES sync/testpeoplewriter.cpp LIBS sia_core LABELS unit BACKENDS sqlite postgres)

# incr: the opportunity roles from Salesforce, across threads, against the sandbox's org.
sia_add_test(NAME testsalesforceopportunityroles SOURCES sync/testsalesforceopportunityroles.cpp
    salesforce/salesforcetestsupport.h salesforce/fixtureclientsource.h
    LIBS sia_sandbox_testkit sia_sandbox sia_core LABELS sandbox)
target_include_directories(testsalesforceopportunityroles PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/salesforce)
# incr: the incremental people sync on a long-job thread against the sandbox, on both databases.
sia_add_test(NAME testincrementalpeoplesync SOURCES sync/testincrementalpeoplesync.cpp
    marketo/marketotestsupport.h salesforce/salesforcetestsupport.h salesforce/fixtureclientsource.h
    LIBS sia_sandbox_testkit sia_sandbox sia_core LABELS sandbox BACKENDS sqlite postgres)
target_include_directories(testincrementalpeoplesync PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/salesforce
    ${CMAKE_CURRENT_SOURCE_DIR}/marketo)
