# The Marketo client (issue 9): each test class its own executable, all against an in-process sandbox on
# 127.0.0.1 and a port chosen at run time.
set(marketo_tests testmarketotokens testmarketoretries testmarketoratelimiter testmarketoreaders testmarketotls
    testmarketobudget)
foreach(name IN LISTS marketo_tests)
    if(EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/marketo/${name}.cpp")
        sia_add_test(NAME ${name} SOURCES marketo/${name}.cpp marketo/marketotestsupport.h
            LIBS sia_sandbox_testkit sia_sandbox sia_core LABELS sandbox)
    endif()
endforeach()

# Step 3's service (connect, checks, test, disconnect, admins) on both databases, against the sandbox.
sia_add_test(NAME testmarketoconnectionservice SOURCES marketo/testmarketoconnectionservice.cpp
    LIBS sia_sandbox_testkit sia_sandbox sia_core LABELS sandbox BACKENDS sqlite postgres)

# The proxy (HTTP CONNECT and SOCKS5 on 127.0.0.1, tests/support) and the extra CA file, from the settings
# through step 3's service to the sandbox's --tls listener.
sia_add_test(NAME testmarketoproxy SOURCES marketo/testmarketoproxy.cpp
    LIBS sia_sandbox_testkit sia_sandbox sia_test_support sia_core LABELS sandbox)
