// The stable keys of a vocabulary enum: the English words stored in the database, typed on the command
// line and written to JSON. Each enum declares its keys once, in a specialisation of EnumKeys beside the
// enum; toKey, fromKey and allValues all read that one table.
//
// Why the database does not check these lists: a list that grows (a new role, a new sync kind) would need
// a CHECK (x IN (…)) constraint changed, and SQLite can only change a constraint by rebuilding the table.
// So the column is plain text and core is the one writer: it writes only toKey() of a value it knows, and a
// row it cannot read back (fromKey() is empty: written by a newer SIA Admin) is shown, never guessed at.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace sia {

template<typename E> struct EnumKey
{
    E value;
    const char* key;
};

// Specialise with: static constexpr EnumKey<E> table[] = { { E::A, "a" }, … };
template<typename E> struct EnumKeys;

template<typename E> QString toKey(E value)
{
    for (const EnumKey<E>& entry : EnumKeys<E>::table) {
        if (entry.value == value) {
            return QString::fromLatin1(entry.key);
        }
    }
    Q_UNREACHABLE();
    return {};
}

template<typename E> std::optional<E> fromKey(const QString& key)
{
    for (const EnumKey<E>& entry : EnumKeys<E>::table) {
        if (key == QLatin1String(entry.key)) {
            return entry.value;
        }
    }
    return std::nullopt;
}

template<typename E> QList<E> allValues()
{
    QList<E> values;
    for (const EnumKey<E>& entry : EnumKeys<E>::table) {
        values.append(entry.value);
    }
    return values;
}

} // namespace sia
