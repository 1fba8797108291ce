# Users: step 1's instance and its admins' invitations over a real store (SQLite and PostgreSQL), and the
# address check.
sia_add_test(NAME testadmininvitations SOURCES users/testadmininvitations.cpp LIBS sia_core LABELS unit
    BACKENDS sqlite postgres)
# The original user's rule: removing an admin, refused for the original user once a people sync started.
sia_add_test(NAME testuserremoval SOURCES users/testuserremoval.cpp LIBS sia_core LABELS unit
    BACKENDS sqlite postgres)
