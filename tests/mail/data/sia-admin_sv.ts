<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A test catalogue: a few of the invitation email's texts in Swedish, compiled into testinvitationemail
     under :/i18n as sia-admin_sv.qm, exactly where the product's own translations live, so that the test
     proves an invitation is written in MailSettings::language and not in the window's. -->
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>sia::InvitationEmail</name>
    <message>
        <source>%1 invited you to %2 in Sales Insight Actions</source>
        <translation>%1 har bjudit in dig till %2 i Sales Insight Actions</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hej %1,</translation>
    </message>
    <message numerus="yes">
        <source>Your team(s): %1.</source>
        <translation>
            <numerusform>Ditt team: %1.</numerusform>
            <numerusform>Dina team: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The invitation can be accepted until %1. After that, ask an admin to send it again.</source>
        <translation>Inbjudan kan accepteras till och med %1. Be sedan en administratör att skicka den igen.</translation>
    </message>
</context>
</TS>
