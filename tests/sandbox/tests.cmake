# The sandbox (issue 4): one Qt Test executable per class, each talking HTTP to a real sandbox (in process,
# or sia-sandbox through QProcess) on 127.0.0.1 and a port chosen at run time.
# The Salesforce tests' shared helpers (salesforcetestsupport.h) live here too: their QObject's moc output is
# compiled once, here, not into each of the dozen executables that use them.
qt_add_library(sia_sandbox_testkit ${SIA_LIBRARY_TYPE} sandbox/sandboxclient.cpp sandbox/sandboxclient.h
    salesforce/salesforcetestsupport.h)
target_link_libraries(sia_sandbox_testkit PUBLIC sia_sandbox sia_test_support Qt6::Network Qt6::Test)
target_include_directories(sia_sandbox_testkit PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}/sandbox"
    "${CMAKE_CURRENT_SOURCE_DIR}/salesforce")

set(sandbox_tests
    testfaultinjector testsandboxdataset testmarketoidentity testmarketoleads testmarketoactivities
    testmarketobulkexport testmarketolimits testmarketousers testmarketousage testsandboxfaults testsandboxcontrol
    testsandboxtls testsandboxprocess testsandboxmemory testsandboxrequestlimits)
# Issue 8, item 8: paging tokens of the vendor's shape, lead partitions.
list(APPEND sandbox_tests testmarketopagetokens testmarketopartitions)
foreach(name IN LISTS sandbox_tests)
    if(EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/sandbox/${name}.cpp")
        sia_add_test(NAME ${name} SOURCES sandbox/${name}.cpp LIBS sia_sandbox_testkit sia_sandbox sia_core LABELS sandbox)
    endif()
endforeach()
# The separate-process tests start the real binary.
foreach(name testsandboxprocess testsandboxmemory)
    if(TARGET ${name})
        target_compile_definitions(${name} PRIVATE SIA_SANDBOX_BINARY="$<TARGET_FILE:sia-sandbox>")
        add_dependencies(${name} sia-sandbox)
    endif()
endforeach()

# Not a test: measures CPU per 300-lead page and bulk file throughput (run it by hand).
if(EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/sandbox/sandboxbench.cpp")
    qt_add_executable(sia-sandbox-bench sandbox/sandboxbench.cpp)
    target_link_libraries(sia-sandbox-bench PRIVATE sia_sandbox_testkit sia_sandbox)
    target_compile_definitions(sia-sandbox-bench PRIVATE SIA_SANDBOX_BINARY="$<TARGET_FILE:sia-sandbox>")
    add_dependencies(sia-sandbox-bench sia-sandbox)
endif()

# --- Salesforce (Engineer S) ----------------------------------------------------------------------------
# The pure pieces (SOQL, OAuth rules, Task store, API allowance) as unit tests; the Salesforce resources
# over HTTP against an in-process sandbox.
set(salesforce_unit_tests
    testsalesforcerecordids testsoqlparser testsoqlplan testsoqlcursor testsoqlrecordwriter
    testsoqlquerycursors testoauthpkce testoauthprovider testsalesforcetaskstore testsalesforceapiusage)
foreach(name IN LISTS salesforce_unit_tests)
    if(EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/sandbox/${name}.cpp")
        sia_add_test(NAME ${name} SOURCES sandbox/${name}.cpp LIBS sia_sandbox sia_core LABELS unit)
    endif()
endforeach()
set(salesforce_http_tests testoauthhttp testsalesforcequeryhttp testsalesforcetaskhttp testsalesforcecollectionshttp
    testsalesforcereplicationhttp testsalesforcetoolinghttp testsalesforcedescribehttp testsalesforceobjectaccesshttp)
# instance_url on another listener than the login host (issue 8, item 9).
list(APPEND salesforce_http_tests testsalesforceinstancehost)
# Email Opt Out on leads and contacts: generated from Marketo's unsubscribed, written through the API.
list(APPEND salesforce_http_tests testsalesforceemailoptouthttp)
foreach(name IN LISTS salesforce_http_tests)
    if(EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/sandbox/${name}.cpp")
        sia_add_test(NAME ${name} SOURCES sandbox/${name}.cpp LIBS sia_sandbox_testkit sia_sandbox sia_core LABELS sandbox)
    endif()
endforeach()
# --- end of Salesforce (Engineer S) ---------------------------------------------------------------------

# The in-process sandbox of sia-admin --sandbox.
sia_add_test(NAME testsandboxhost SOURCES sandbox/testsandboxhost.cpp LIBS sia_sandbox_testkit sia_sandbox sia_core LABELS sandbox)

# The sandbox's options, parsed once for sia-sandbox and sia-admin --sandbox.
sia_add_test(NAME testsandboxcommandline SOURCES sandbox/testsandboxcommandline.cpp LIBS sia_sandbox sia_core LABELS unit)

# Marketo's activity log pager (the paging of activities, lead changes and deleted leads).
sia_add_test(NAME testactivitylogpager SOURCES sandbox/testactivitylogpager.cpp LIBS sia_sandbox sia_core LABELS unit)

# The control API's newPeople: people created after the start (issue 8, item 4).
sia_add_test(NAME testsandboxnewpeople SOURCES sandbox/testsandboxnewpeople.cpp LIBS sia_sandbox_testkit sia_sandbox sia_core LABELS sandbox)
sia_add_test(NAME testsandboxreownpeople SOURCES sandbox/testsandboxreownpeople.cpp LIBS sia_sandbox_testkit sia_sandbox sia_core LABELS sandbox)
