#include "users/csv/columnmapping.h"

#include <QJsonValue>
#include <QSet>

namespace sia {

namespace {

// A header cell as compared: lower case, letters and digits only ("E-Mail Address" → "emailaddress").
QString comparable(const QString& header)
{
    QString key;
    for (const QChar c : header.toLower()) {
        if (c.isLetterOrNumber()) {
            key.append(c);
        }
    }
    return key;
}

// What a header says for each field, in English and in the languages the product speaks (Korean,
// Traditional Chinese, Swedish), in comparable form.
const QHash<InviteeField, QStringList>& synonyms()
{
    static const QHash<InviteeField, QStringList> table = {
        { InviteeField::Email,
            { QStringLiteral("email"), QStringLiteral("emailaddress"), QStringLiteral("mail"),
                QStringLiteral("emailadress"), QStringLiteral("epost"), QStringLiteral("epostadress"),
                QStringLiteral("mejl"), QStringLiteral("workemail"), QStringLiteral("businessemail"),
                QStringLiteral("이메일"), QStringLiteral("이메일주소"), QStringLiteral("전자메일"),
                QStringLiteral("電子郵件"), QStringLiteral("電子郵件地址"), QStringLiteral("郵件"),
                QStringLiteral("電郵"), QStringLiteral("信箱") } },
        { InviteeField::FirstName,
            { QStringLiteral("firstname"), QStringLiteral("givenname"), QStringLiteral("first"),
                QStringLiteral("forename"), QStringLiteral("förnamn"), QStringLiteral("tilltalsnamn"),
                QStringLiteral("이름"), QStringLiteral("名"), QStringLiteral("名字") } },
        { InviteeField::LastName,
            { QStringLiteral("lastname"), QStringLiteral("surname"), QStringLiteral("familyname"),
                QStringLiteral("last"), QStringLiteral("efternamn"), QStringLiteral("성"),
                QStringLiteral("姓"), QStringLiteral("姓氏") } },
        { InviteeField::FullName,
            { QStringLiteral("name"), QStringLiteral("fullname"), QStringLiteral("displayname"),
                QStringLiteral("namn"), QStringLiteral("fulltnamn"), QStringLiteral("성명"),
                QStringLiteral("전체이름"), QStringLiteral("姓名"), QStringLiteral("全名") } },
        { InviteeField::Role,
            { QStringLiteral("role"), QStringLiteral("userrole"), QStringLiteral("roll"),
                QStringLiteral("역할"), QStringLiteral("권한"), QStringLiteral("角色"),
                QStringLiteral("權限") } },
        { InviteeField::Teams,
            { QStringLiteral("teams"), QStringLiteral("team"), QStringLiteral("group"),
                QStringLiteral("groups"), QStringLiteral("grupp"), QStringLiteral("grupper"),
                QStringLiteral("팀"), QStringLiteral("그룹"), QStringLiteral("團隊"), QStringLiteral("群組"),
                QStringLiteral("小組") } },
    };
    return table;
}

} // namespace

QList<InviteeField> ColumnMapping::fields()
{
    return { InviteeField::Email, InviteeField::FirstName, InviteeField::LastName, InviteeField::FullName,
        InviteeField::Role, InviteeField::Teams };
}

QString ColumnMapping::fieldName(InviteeField field)
{
    switch (field) {
    case InviteeField::Email:
        return tr("Email address");
    case InviteeField::FirstName:
        return tr("First name");
    case InviteeField::LastName:
        return tr("Last name");
    case InviteeField::FullName:
        return tr("Full name");
    case InviteeField::Role:
        return tr("Role");
    case InviteeField::Teams:
        return tr("Teams");
    }
    return {};
}

QString ColumnMapping::fieldKey(InviteeField field)
{
    switch (field) {
    case InviteeField::Email:
        return QStringLiteral("email");
    case InviteeField::FirstName:
        return QStringLiteral("first-name");
    case InviteeField::LastName:
        return QStringLiteral("last-name");
    case InviteeField::FullName:
        return QStringLiteral("name");
    case InviteeField::Role:
        return QStringLiteral("role");
    case InviteeField::Teams:
        return QStringLiteral("teams");
    }
    return {};
}

ColumnMapping ColumnMapping::autoMatched(const QStringList& header)
{
    ColumnMapping mapping;
    QSet<int> taken;
    // Exact synonyms first, for every field; then a header that starts with one ("Email (work)").
    for (const bool prefix : { false, true }) {
        for (InviteeField field : fields()) {
            if (mapping.column(field) != notInFile) {
                continue;
            }
            for (int column = 0; column < header.size(); ++column) {
                if (taken.contains(column)) {
                    continue;
                }
                const QString key = comparable(header.at(column));
                bool matches = false;
                for (const QString& synonym : synonyms().value(field)) {
                    // A one-letter synonym (名, 성) matches only exactly: as a prefix it would take 名稱.
                    matches = matches || key == synonym
                        || (prefix && synonym.size() > 2 && key.startsWith(synonym));
                }
                if (matches) {
                    mapping.setColumn(field, column);
                    taken.insert(column);
                    break;
                }
            }
        }
    }
    return mapping;
}

int ColumnMapping::column(InviteeField field) const
{
    return m_columns.value(field, notInFile);
}

void ColumnMapping::setColumn(InviteeField field, int column)
{
    if (column < 0) {
        m_columns.remove(field);
    } else {
        m_columns.insert(field, column);
    }
}

Result<void> ColumnMapping::check(const QStringList& header) const
{
    if (column(InviteeField::Email) == notInFile) {
        return Error::input(QStringLiteral("csv.mapping-no-email"),
            tr("No column is mapped to the email address, and nobody can be invited without one: choose the "
               "column that holds the addresses."));
    }
    QHash<int, InviteeField> owner;
    for (InviteeField field : fields()) {
        const int col = column(field);
        if (col == notInFile) {
            continue;
        }
        if (col >= header.size()) {
            return Error::input(QStringLiteral("csv.mapping-out-of-range"),
                tr("%1 is mapped to column %2, but the file has %n column(s).", nullptr, int(header.size()))
                    .arg(fieldName(field))
                    .arg(col + 1));
        }
        if (owner.contains(col)) {
            //: %1 and %2 two fields, %3 the column's header.
            return Error::input(QStringLiteral("csv.mapping-twice"),
                tr("%1 and %2 are both mapped to the column “%3”: map each column to one field only.")
                    .arg(fieldName(owner.value(col)), fieldName(field), header.at(col)));
        }
        owner.insert(col, field);
    }
    return {};
}

QJsonObject ColumnMapping::toJson(const QStringList& header) const
{
    QJsonObject json;
    for (InviteeField field : fields()) {
        const int col = column(field);
        if (col != notInFile && col < header.size()) {
            json.insert(fieldKey(field), header.at(col));
        }
    }
    return json;
}

Result<ColumnMapping> ColumnMapping::fromJson(const QJsonObject& json, const QStringList& header)
{
    ColumnMapping mapping;
    for (auto it = json.begin(); it != json.end(); ++it) {
        std::optional<InviteeField> field;
        for (InviteeField candidate : fields()) {
            if (fieldKey(candidate) == it.key()) {
                field = candidate;
            }
        }
        if (!field) {
            return Error::input(QStringLiteral("csv.mapping-unknown-field"),
                tr("The saved mapping names “%1”, which is not a field (they are: email, first-name, "
                   "last-name, name, role, teams).")
                    .arg(it.key()));
        }
        if (!it.value().isString()) {
            return Error::input(QStringLiteral("csv.mapping-malformed"),
                tr("The saved mapping's “%1” is not a column's header text.").arg(it.key()));
        }
        const QString wanted = it.value().toString().trimmed();
        for (int col = 0; col < header.size(); ++col) {
            if (header.at(col).compare(wanted, Qt::CaseInsensitive) == 0) {
                mapping.setColumn(*field, col);
                break;
            }
        }
    }
    return mapping;
}

} // namespace sia
