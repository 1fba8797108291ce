// Adding a value to a URL query so that a server reads it back exactly: QUrlQuery keeps '+' as is, which
// servers read as a space (emails, paging tokens and SOQL carry them), and '&' or '%' would split or
// re-decode the value.
#pragma once

#include <QString>
#include <QUrlQuery>

namespace sia {

inline void addQueryValue(QUrlQuery& query, const QString& key, QString value)
{
    value.replace(u'%', QStringLiteral("%25"))
        .replace(u'+', QStringLiteral("%2B"))
        .replace(u'&', QStringLiteral("%26"));
    query.addQueryItem(key, value);
}

} // namespace sia
