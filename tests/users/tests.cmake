# Users: step 1's instance and its admins' invitations over a real store (SQLite and PostgreSQL), and the
# address check.
sia_add_test(NAME testadmininvitations SOURCES users/testadmininvitations.cpp LIBS sia_core LABELS unit
    BACKENDS sqlite postgres)
# The original user's rule: removing an admin, refused for the original user once a people sync started.
sia_add_test(NAME testuserremoval SOURCES users/testuserremoval.cpp LIBS sia_core LABELS unit
    BACKENDS sqlite postgres)
# Step 5's CSV reader: RFC 4180, delimiters, byte-order marks, encodings, every refusal.
sia_add_test(NAME testcsvreader SOURCES users/testcsvreader.cpp LIBS sia_core LABELS unit)
# The column mapping's automatic match (English, Korean, Traditional Chinese, Swedish) and its saved form.
sia_add_test(NAME testcolumnmapping SOURCES users/testcolumnmapping.cpp LIBS sia_core LABELS unit)
# The import preview's verdicts, names, roles and teams, and its report (quoted, formulas neutralised).
sia_add_test(NAME testinviteimportplan SOURCES users/testinviteimportplan.cpp LIBS sia_core LABELS unit)
