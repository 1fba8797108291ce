# The Actions tasks (issue 12): the repository on both databases, with its pushes against the sandbox's org.
sia_add_test(NAME testtaskrepository SOURCES tasks/testtaskrepository.cpp salesforce/fixtureclientsource.h
    LIBS sia_sandbox_testkit sia_sandbox sia_core LABELS sandbox BACKENDS sqlite postgres)
target_include_directories(testtaskrepository PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/salesforce)
# The command center's today and tomorrow in the user's time zone (user.time-zone), on both databases.
sia_add_test(NAME testtaskdays SOURCES tasks/testtaskdays.cpp LIBS sia_core LABELS unit BACKENDS sqlite postgres)
