<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A test catalogue: a few of the audit catalogue's texts in German, compiled into testtranslations
     under :/i18n as sia-admin_de.qm, exactly where the product's own translations live. -->
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>sia::AuditCatalogue</name>
    <message>
        <source>Step blocked</source>
        <translation>Schritt blockiert</translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation>Schritt %1 · %2</translation>
    </message>
    <message>
        <source>From %1 to %2. Reason: %3</source>
        <translation>Von %1 nach %2. Grund: %3</translation>
    </message>
</context>
</TS>
