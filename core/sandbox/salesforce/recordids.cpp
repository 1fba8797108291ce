#include "sandbox/salesforce/recordids.h"

#include "sandbox/salesforceid.h"

namespace sia::sandbox::salesforce::RecordIds {

namespace {

constexpr char16_t suffixAlphabet[] = u"ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

bool isAlphanumeric(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

// Each group of 5 characters gives one suffix character: bit i is set when character i is upper case.
QString suffixFor(QStringView id15)
{
    QString suffix;
    for (int group = 0; group < 3; ++group) {
        int bits = 0;
        for (int i = 0; i < 5; ++i) {
            const QChar c = id15.at(group * 5 + i);
            if (c >= u'A' && c <= u'Z') {
                bits |= 1 << i;
            }
        }
        suffix.append(QChar(suffixAlphabet[bits]));
    }
    return suffix;
}

int suffixValue(QChar c)
{
    const QChar upper = c.toUpper();
    if (upper >= u'A' && upper <= u'Z') {
        return upper.unicode() - u'A';
    }
    if (c >= u'0' && c <= u'5') {
        return 26 + (c.unicode() - u'0');
    }
    return -1;
}

} // namespace

QString make(QStringView keyPrefix, qint64 number)
{
    return sia::sandbox::SalesforceId::make(keyPrefix.toString(), number);
}

QString normalize(QStringView text)
{
    if (text.size() != 15 && text.size() != 18) {
        return {};
    }
    for (QChar c : text) {
        if (!isAlphanumeric(c)) {
            return {};
        }
    }
    if (text.size() == 15) {
        return text.toString() + suffixFor(text);
    }
    QString id15 = text.left(15).toString();
    for (int group = 0; group < 3; ++group) {
        const int bits = suffixValue(text.at(15 + group));
        if (bits < 0) {
            return {};
        }
        for (int i = 0; i < 5; ++i) {
            QChar& c = id15[group * 5 + i];
            c = (bits & (1 << i)) ? c.toUpper() : c.toLower();
        }
    }
    const QString suffix = suffixFor(id15);
    if (suffix.compare(text.mid(15), Qt::CaseInsensitive) != 0) {
        return {};
    }
    return id15 + suffix;
}

bool isValid(QStringView text)
{
    return !normalize(text).isEmpty();
}

QString objectForPrefix(QStringView id)
{
    const QStringView prefix = id.left(3);
    if (prefix == leadPrefix) {
        return QStringLiteral("Lead");
    }
    if (prefix == contactPrefix) {
        return QStringLiteral("Contact");
    }
    if (prefix == accountPrefix) {
        return QStringLiteral("Account");
    }
    if (prefix == opportunityPrefix) {
        return QStringLiteral("Opportunity");
    }
    if (prefix == userPrefix) {
        return QStringLiteral("User");
    }
    if (prefix == taskPrefix) {
        return QStringLiteral("Task");
    }
    if (prefix == organizationPrefix) {
        return QStringLiteral("Organization");
    }
    if (prefix == opportunityContactRolePrefix) {
        return QStringLiteral("OpportunityContactRole");
    }
    if (prefix == groupPrefix) {
        return QStringLiteral("Group");
    }
    if (prefix == profilePrefix) {
        return QStringLiteral("Profile");
    }
    if (prefix == permissionSetPrefix) {
        return QStringLiteral("PermissionSet");
    }
    if (prefix == permissionSetAssignmentPrefix) {
        return QStringLiteral("PermissionSetAssignment");
    }
    return {};
}

} // namespace sia::sandbox::salesforce::RecordIds
