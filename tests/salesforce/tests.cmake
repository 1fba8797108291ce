# The Salesforce client (issue 9): each test class its own executable, all against an in-process sandbox on
# 127.0.0.1, its connected app's callbacks on ports chosen at run time, and an in-memory keychain (the
# keychain itself is not what these tests are about).
set(salesforce_client_tests testsalesforceauthorization testsalesforcesession testsalesforceapi
    testsalesforcebudget testsalesforceproxy)
foreach(name IN LISTS salesforce_client_tests)
    if(EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/salesforce/${name}.cpp")
        sia_add_test(NAME ${name} SOURCES salesforce/${name}.cpp salesforce/salesforcetestsupport.h
            LIBS sia_sandbox_testkit sia_sandbox sia_core LABELS sandbox)
    endif()
endforeach()
