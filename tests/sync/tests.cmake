# The people sync (issue 10). Each helper appends its own lines.

# engine: the bulk file parser, the progress and its meter, the field table (no store, no network).
sia_add_test(NAME testleadexportparser SOURCES sync/testleadexportparser.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME testsyncprogress SOURCES sync/testsyncprogress.cpp LIBS sia_core LABELS unit)
