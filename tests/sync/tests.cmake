# The people sync (issue 10). Each helper appends its own lines.

# engine: the bulk file parser, the progress and its meter, the field table (no store, no network).
sia_add_test(NAME testleadexportparser SOURCES sync/testleadexportparser.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME testsyncprogress SOURCES sync/testsyncprogress.cpp LIBS sia_core LABELS unit)

# engine: the export windows and the bulk export pipeline against the in-process sandbox, with each fault.
sia_add_test(NAME testbulkexportpipeline SOURCES sync/testbulkexportpipeline.cpp marketo/marketotestsupport.h
    LIBS sia_sandbox_testkit sia_sandbox sia_core LABELS sandbox)
target_include_directories(testbulkexportpipeline PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/marketo)
