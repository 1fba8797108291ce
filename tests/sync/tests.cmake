# The people sync (issue 10). Each helper appends its own lines.

# The preview's mapping and real samples, against an in-process sandbox (Marketo and the Salesforce org).
sia_add_test(NAME testsyncpreviewreader SOURCES sync/testsyncpreviewreader.cpp salesforce/salesforcetestsupport.h
    LIBS sia_sandbox_testkit sia_sandbox sia_core LABELS sandbox)
target_include_directories(testsyncpreviewreader PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/salesforce
    ${CMAKE_CURRENT_SOURCE_DIR}/marketo)
