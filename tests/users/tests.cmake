# Users: step 1's instance and its admins' invitations over a real store (SQLite and PostgreSQL), and the
# address check.
sia_add_test(NAME testadmininvitations SOURCES users/testadmininvitations.cpp LIBS sia_core LABELS unit
    BACKENDS sqlite postgres)
# The original user's rule: removing an admin, refused for the original user once a people sync started.
sia_add_test(NAME testuserremoval SOURCES users/testuserremoval.cpp LIBS sia_core LABELS unit
    BACKENDS sqlite postgres)
# Step 5's user directory: invitations, teams, role and team changes, resend, revoke, remove, the delivery's
# bookkeeping and the CSV import (all or nothing, a stale plan refused), every change audited.
sia_add_test(NAME testuserdirectory SOURCES users/testuserdirectory.cpp LIBS sia_core LABELS unit
    BACKENDS sqlite postgres)
# Sending the queued invitations through a transport of the test's own (a refused recipient, a connection
# that fails, nothing marked sent that was not), and users-mail's outbox writing .eml files.
sia_add_test(NAME testinvitationdelivery SOURCES users/testinvitationdelivery.cpp LIBS sia_core LABELS unit
    BACKENDS sqlite postgres)
# The same with nothing faked: InvitationDelivery's own SmtpTransport against a real SMTP server (aiosmtpd,
# tests/support/smtpserver.py: STARTTLS, AUTH, a refused recipient), the password saved into and read from
# a real Secret Service (tests/with-keyring.sh), what the server received read back by Python's parser.
sia_add_test(NAME testinvitationsmtpdelivery SOURCES users/testinvitationsmtpdelivery.cpp LIBS sia_core
    LABELS keychain BACKENDS sqlite postgres)
# UsersService through the StoreWorker: answers later on this thread, changed() after a change, a delivery
# round after one that queued an invitation, the rules' reasons; the CSV preview and import.
sia_add_test(NAME testusersservice SOURCES users/testusersservice.cpp LIBS sia_core LABELS unit
    BACKENDS sqlite postgres)
# Step 5's CSV reader: RFC 4180, delimiters, byte-order marks, encodings, every refusal.
sia_add_test(NAME testcsvreader SOURCES users/testcsvreader.cpp LIBS sia_core LABELS unit)
# The address check and normal form (trimming, the domain's case, IDN domains, every refusal's code).
sia_add_test(NAME testemailaddress SOURCES users/testemailaddress.cpp LIBS sia_core LABELS unit)
# CsvWriter: formulas neutralised, RFC 4180 quoting.
sia_add_test(NAME testcsvwriter SOURCES users/testcsvwriter.cpp LIBS sia_core LABELS unit)
# The column mapping's automatic match (English, Korean, Traditional Chinese, Swedish) and its saved form.
sia_add_test(NAME testcolumnmapping SOURCES users/testcolumnmapping.cpp LIBS sia_core LABELS unit)
# The import preview's verdicts, names, roles and teams, and its report (quoted, formulas neutralised).
sia_add_test(NAME testinviteimportplan SOURCES users/testinviteimportplan.cpp LIBS sia_core LABELS unit)
# The import preview as a table (step 5's wizard): verdicts and their words, "problems only", the counts
# in the English catalogue's plural forms.
sia_add_test(NAME testimportpreviewmodel SOURCES users/testimportpreviewmodel.cpp LIBS sia_core LABELS unit)
sia_add_english_catalogue(testimportpreviewmodel)
