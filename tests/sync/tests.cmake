# The people sync (issue 10).

# incr: the opportunity roles from Salesforce, across threads, against the sandbox's org.
sia_add_test(NAME testsalesforceopportunityroles SOURCES sync/testsalesforceopportunityroles.cpp
    salesforce/salesforcetestsupport.h salesforce/fixtureclientsource.h
    LIBS sia_sandbox_testkit sia_sandbox sia_core LABELS sandbox)
target_include_directories(testsalesforceopportunityroles PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/salesforce)
