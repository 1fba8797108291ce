// A message as Python's email parser reads it (tests/support/mimeparse.py, run by /usr/bin/python3): the
// tests check the MIME that MailMessage writes, and what a test SMTP server received, with a parser that is
// not ours, so that a mistake shared by our writer and our reader cannot hide.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace sia::test {

struct ParsedMail
{
    QString problem; // empty when the parser ran
    QList<QPair<QString, QString>> headers; // decoded, in order
    QString fromName;
    QString fromAddress;
    QString toName;
    QString toAddress;
    int toCount = 0;
    QString contentType; // "multipart/alternative"
    QString plainText; // the text/plain part, decoded
    QString html; // the text/html part, decoded
    QStringList transferEncodings; // each leaf part's Content-Transfer-Encoding
    QStringList charsets;
    QStringList defects; // what the parser found wrong ("InvalidHeaderDefect", …); empty for a clean message

    bool isValid() const { return problem.isEmpty(); }
    QString header(const QString& name) const; // the first of that name, case-insensitive; empty when absent
    QStringList headerNames() const;
    QString subject() const { return header(QStringLiteral("Subject")); }

    static ParsedMail parse(const QByteArray& message);
};

} // namespace sia::test
