# Users: step 1's instance and its admins' invitations over a real store (SQLite and PostgreSQL), and the
# address check.
sia_add_test(NAME testadmininvitations SOURCES users/testadmininvitations.cpp LIBS sia_core LABELS unit
    BACKENDS sqlite postgres)
