# The people sync: the store's side (runs, checkpoints, errors, the writer, eligibility, the people and
# their browser's model), then the engine's, the incremental sync's and Salesforce's roles.
sia_add_test(NAME testsyncrunrepository SOURCES sync/testsyncrunrepository.cpp LIBS sia_core LABELS unit BACKENDS sqlite postgres)
sia_add_test(NAME testpeoplewriter SOURCES sync/testpeoplewriter.cpp LIBS sia_core LABELS unit BACKENDS sqlite postgres)
sia_add_test(NAME testeligibility SOURCES sync/testeligibility.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME testpeoplerepository SOURCES sync/testpeoplerepository.cpp LIBS sia_core LABELS unit BACKENDS sqlite postgres)
sia_add_test(NAME testpeopletablemodel SOURCES sync/testpeopletablemodel.cpp LIBS sia_core LABELS unit BACKENDS sqlite postgres)

# The preview's mapping and real samples, against an in-process sandbox (Marketo and the Salesforce org).
sia_add_test(NAME testsyncpreviewreader SOURCES sync/testsyncpreviewreader.cpp salesforce/salesforcetestsupport.h
    LIBS sia_sandbox_testkit sia_sandbox sia_core LABELS sandbox)
target_include_directories(testsyncpreviewreader PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/salesforce
    ${CMAKE_CURRENT_SOURCE_DIR}/marketo)
