#include "sandbox/salesforceid.h"

namespace sia::sandbox {
namespace {

constexpr char digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr int numberLength = 9; // 62^9: far more records than any sandbox holds
constexpr QStringView podAndReserved = u"5g0"; // characters 4-6: the instance and a reserved digit
                                               // (constexpr: usable during static initialisation)

int digitValue(QChar c)
{
    const char* at = std::char_traits<char>::find(digits, 62, char(c.unicode() < 128 ? c.unicode() : 0));
    return at ? int(at - digits) : -1;
}

} // namespace

QString SalesforceId::caseSafeSuffix(QStringView id15)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    QString suffix;
    for (int chunk = 0; chunk < 3; ++chunk) {
        int bits = 0;
        for (int i = 0; i < 5; ++i) {
            const QChar c = id15.at(chunk * 5 + i);
            if (c >= u'A' && c <= u'Z') {
                bits |= 1 << i;
            }
        }
        suffix += QLatin1Char(alphabet[bits]);
    }
    return suffix;
}

QString SalesforceId::make(const QString& keyPrefix, qint64 number)
{
    // Written in place: every person of every page has one or two of these.
    QString id(18, Qt::Uninitialized);
    QChar* at = id.data();
    for (qsizetype i = 0; i < 3; ++i) {
        at[i] = i < keyPrefix.size() ? keyPrefix.at(i) : u'0';
    }
    for (qsizetype i = 0; i < 3; ++i) {
        at[3 + i] = podAndReserved.at(i);
    }
    for (int i = numberLength - 1; i >= 0; --i) {
        at[6 + i] = QLatin1Char(digits[number % 62]);
        number /= 62;
    }
    const QString suffix = caseSafeSuffix(QStringView(at, 15));
    at[15] = suffix.at(0);
    at[16] = suffix.at(1);
    at[17] = suffix.at(2);
    return id;
}

std::optional<SalesforceId> SalesforceId::parse(const QString& id)
{
    if (id.size() != 15 && id.size() != 18) {
        return std::nullopt;
    }
    const QStringView id15 = QStringView(id).left(15);
    if (id.size() == 18 && QStringView(id).mid(15).compare(caseSafeSuffix(id15), Qt::CaseInsensitive) != 0) {
        return std::nullopt;
    }
    if (id15.mid(3, 3) != podAndReserved) {
        return std::nullopt;
    }
    qint64 number = 0;
    for (const QChar c : id15.mid(6)) {
        const int value = digitValue(c);
        if (value < 0) {
            return std::nullopt;
        }
        number = number * 62 + value;
    }
    return SalesforceId { id15.left(3).toString(), number };
}

} // namespace sia::sandbox
