# The Salesforce client (issue 9): each test class its own executable, all against an in-process sandbox on
# 127.0.0.1, its connected app's callbacks on ports chosen at run time, and an in-memory keychain (the
# keychain itself is not what these tests are about).
set(salesforce_client_tests testsalesforceauthorization testsalesforcesession testsalesforceapi
    testsalesforcebudget testsalesforceproxy)
foreach(name IN LISTS salesforce_client_tests)
    if(EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/salesforce/${name}.cpp")
        sia_add_test(NAME ${name} SOURCES salesforce/${name}.cpp
            LIBS sia_sandbox_testkit sia_sandbox sia_core LABELS sandbox)
    endif()
endforeach()

# The whole login once in a real browser (Debian's headless chromium, opened through QDesktopServices and
# xdg-open as the window opens it, driven by chromedriver), on an X server of its own: see the test's header.
# Under the sanitizers without strict_string_checks: the X connection's keymap (libxkbcommon-x11) copies
# length-counted strings that carry no terminator with strndup, which is correct, but the strict check
# measures them with strlen and reports a heap overflow inside the library. Our code keeps every other check.
sia_add_test(NAME testsalesforcerealbrowser SOURCES salesforce/testsalesforcerealbrowser.cpp LIBS sia_ui sia_sandbox_testkit sia_sandbox sia_core LABELS sandbox browser
    ENVIRONMENT "ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=0")

# Steps 6 and 7 over a SalesforceClientSource of the test's own (what the connection service is in the
# product), and a real database for the confirmations by hand.
foreach(name testsalesforcepackageservice testsalesforcechecklist)
    sia_add_test(NAME ${name} SOURCES salesforce/${name}.cpp
        salesforce/fixtureclientsource.h LIBS sia_sandbox_testkit sia_sandbox sia_core LABELS sandbox
        BACKENDS sqlite postgres)
endforeach()
# Step 2's service (browser login, checks, test, disconnect, hand-over, the client source) on a StoreWorker
# thread, against the sandbox.
sia_add_test(NAME testsalesforceconnectionservice SOURCES salesforce/testsalesforceconnectionservice.cpp LIBS sia_sandbox_testkit sia_sandbox sia_core LABELS sandbox)
