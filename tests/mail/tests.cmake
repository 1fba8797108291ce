# Mail: the MIME message, the mail settings (SQLite and PostgreSQL), the invitation email, and SmtpTransport
# against a real SMTP server (tests/support/smtpserver.py: aiosmtpd, on 127.0.0.1 at a port chosen at run
# time; certificates made by the openssl command line at test time).
sia_add_test(NAME testmailmessage SOURCES mail/testmailmessage.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME testsmtptransport SOURCES mail/testsmtptransport.cpp LIBS sia_core LABELS unit)
