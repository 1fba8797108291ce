# Mail: the MIME message, the mail settings (SQLite and PostgreSQL), the invitation email, and SmtpTransport
# against a real SMTP server (tests/support/smtpserver.py: aiosmtpd, on 127.0.0.1 at a port chosen at run
# time; certificates made by the openssl command line at test time). Python's email parser reads our MIME
# back (tests/support/mimeparse.py).
sia_add_test(NAME testmailmessage SOURCES mail/testmailmessage.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME testsmtptransport SOURCES mail/testsmtptransport.cpp LIBS sia_core LABELS unit)
# The settings and the Mail dialog's core (MailSettingsEditor: the password in the keychain only).
sia_add_test(NAME testmailsettings SOURCES mail/testmailsettings.cpp LIBS sia_core LABELS unit
    BACKENDS sqlite postgres)
# The invitation email in the invitation's language, through the product's own Korean, Traditional Chinese
# and Swedish catalogues (resources/translations), compiled here with lrelease into :/i18n, where the app
# has them.
sia_add_test(NAME testinvitationemail SOURCES mail/testinvitationemail.cpp LIBS sia_core LABELS unit)
qt_add_lrelease(testinvitationemail
    TS_FILES "${PROJECT_SOURCE_DIR}/resources/translations/sia-admin_ko.ts"
        "${PROJECT_SOURCE_DIR}/resources/translations/sia-admin_zh_TW.ts"
        "${PROJECT_SOURCE_DIR}/resources/translations/sia-admin_sv.ts"
    QM_FILES_OUTPUT_VARIABLE mail_test_qm_files NO_GLOBAL_TARGET)
qt_add_resources(testinvitationemail "mail_test_translations" PREFIX "/i18n" BASE "${CMAKE_CURRENT_BINARY_DIR}"
    FILES ${mail_test_qm_files})
