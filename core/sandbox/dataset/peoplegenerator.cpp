#include "sandbox/dataset/peoplegenerator.h"

#include "sandbox/dataset/seedmix.h"
#include "sandbox/salesforceid.h"

#include <array>

namespace sia::sandbox {
namespace {

// Salts: one per decision, so that decisions are independent of each other.
enum Salt : quint32
{
    SaltKind = 1,
    SaltQueue,
    SaltOwner,
    SaltDuplicate,
    SaltDuplicateSource,
    SaltNoEmail,
    SaltScript,
    SaltFirst,
    SaltLast,
    SaltTitle,
    SaltNoTitle,
    SaltPhone,
    SaltNoPhone,
    SaltLinkedIn,
    SaltNoLinkedIn,
    SaltSource,
    SaltNoSource,
    SaltCompany,
    SaltNoCompany,
    SaltCreated,
    SaltUpdated,
    SaltLeadStatus,
    SaltNoFirstName,
    SaltAccountName,
    SaltAccountIndustry,
    SaltOpportunities,
    SaltRole,
    SaltStage,
    SaltAmount,
    SaltUserInactive,
    SaltUnsubscribed,
    SaltArrival, // new salts go last: a salt's value is part of every seed's data
};

struct Name
{
    QString native;
    QString ascii; // for emails, usernames and URLs
};

QList<Name> names(std::initializer_list<std::pair<const char*, const char*>> entries)
{
    QList<Name> list;
    for (const auto& [native, ascii] : entries) {
        list.append({ QString::fromUtf8(native), QString::fromLatin1(ascii) });
    }
    return list;
}

struct Script
{
    QList<Name> first;
    QList<Name> last;
};

// Latin with diacritics, plain English, Hangul, Han: the product must keep every one of them intact.
const std::array<Script, 4>& scripts()
{
    static const std::array<Script, 4> all { {
        { names({ { "José", "jose" }, { "Zoë", "zoe" }, { "Björn", "bjorn" }, { "François", "francois" },
              { "Łukasz", "lukasz" }, { "Søren", "soren" }, { "Chloé", "chloe" }, { "Jürgen", "jurgen" },
              { "Inês", "ines" }, { "Ólafur", "olafur" }, { "Marta", "marta" }, { "Tomáš", "tomas" },
              { "Ayşe", "ayse" }, { "Renée", "renee" }, { "Núria", "nuria" } }),
            names({ { "García", "garcia" }, { "Müller", "muller" }, { "Dvořák", "dvorak" },
                { "Lefèvre", "lefevre" }, { "Wójcik", "wojcik" }, { "Sørensen", "sorensen" },
                { "Öztürk", "ozturk" }, { "Gonçalves", "goncalves" }, { "Håkansson", "hakansson" },
                { "Nuñez", "nunez" }, { "Šimić", "simic" }, { "D'Angelo", "dangelo" },
                { "Fernández-Ríos", "fernandez-rios" }, { "Kovács", "kovacs" },
                { "Ó Briain", "obriain" } }) },
        { names({ { "James", "james" }, { "Olivia", "olivia" }, { "Michael", "michael" }, { "Emma", "emma" },
              { "David", "david" }, { "Sarah", "sarah" }, { "Daniel", "daniel" }, { "Grace", "grace" },
              { "Robert", "robert" }, { "Emily", "emily" } }),
            names({ { "Smith", "smith" }, { "Johnson", "johnson" }, { "Williams", "williams" },
                { "Brown", "brown" }, { "Taylor", "taylor" }, { "Anderson", "anderson" },
                { "Thomas", "thomas" }, { "Moore", "moore" }, { "O'Brien", "obrien" },
                { "Clark", "clark" } }) },
        { names({ { "민준", "minjun" }, { "서연", "seoyeon" }, { "지호", "jiho" }, { "하은", "haeun" },
              { "도윤", "doyun" }, { "수아", "sua" }, { "예준", "yejun" }, { "지우", "jiwoo" } }),
            names({ { "김", "kim" }, { "이", "lee" }, { "박", "park" }, { "최", "choi" }, { "정", "jung" },
                { "강", "kang" } }) },
        { names({ { "伟", "wei" }, { "芳", "fang" }, { "娜", "na" }, { "敏", "min" }, { "静", "jing" },
              { "磊", "lei" }, { "洋", "yang" }, { "艳", "yan" }, { "翔", "xiang" }, { "悠真", "yuma" } }),
            names({ { "王", "wang" }, { "李", "li" }, { "张", "zhang" }, { "刘", "liu" }, { "陈", "chen" },
                { "佐藤", "sato" }, { "高橋", "takahashi" }, { "林", "lin" } }) },
    } };
    return all;
}

const QList<QString>& titles()
{
    static const QList<QString> list { QStringLiteral("VP of Sales"), QStringLiteral("Account Executive"),
        QStringLiteral("Sales Development Representative"), QStringLiteral("Marketing Manager"),
        QStringLiteral("Chief Executive Officer"), QStringLiteral("Director of Operations"),
        QStringLiteral("IT Manager"), QStringLiteral("Procurement Lead"), QStringLiteral("Head of Growth"),
        QStringLiteral("Software Engineer"), QStringLiteral("Directrice Commerciale"),
        QStringLiteral("Geschäftsführer"), QStringLiteral("영업 이사"), QStringLiteral("市场经理") };
    return list;
}

const QList<QString>& leadSources()
{
    static const QList<QString> list { QStringLiteral("Web"), QStringLiteral("Trade Show"),
        QStringLiteral("Webinar"), QStringLiteral("Partner Referral"), QStringLiteral("Purchased List"),
        QStringLiteral("Sales Generated"), QStringLiteral("Employee Referral"),
        QStringLiteral("Advertisement") };
    return list;
}

const QList<QString>& industries()
{
    static const QList<QString> list { QStringLiteral("Technology"), QStringLiteral("Manufacturing"),
        QStringLiteral("Healthcare"), QStringLiteral("Finance"), QStringLiteral("Retail"),
        QStringLiteral("Education") };
    return list;
}

struct CompanyWords
{
    QList<Name> stems;
    QList<QString> suffixes;
};

const CompanyWords& companyWords()
{
    static const CompanyWords words {
        names({ { "Nordwind", "nordwind" }, { "Acme", "acme" }, { "Blue Harbor", "blueharbor" },
            { "Société Générale de Café", "sgcafe" }, { "Hanbit", "hanbit" },
            { "Zürcher Präzision", "zuercher" }, { "Copperleaf", "copperleaf" }, { "星辰", "xingchen" },
            { "Évora Têxtil", "evora" }, { "Summit Peak", "summitpeak" }, { "한빛소프트", "hanbitsoft" },
            { "Kestrel", "kestrel" }, { "Lumen", "lumen" }, { "Orchard & Vine", "orchardvine" },
            { "Polaris", "polaris" }, { "Tidewater", "tidewater" } }),
        { QStringLiteral("GmbH"), QStringLiteral("Inc."), QStringLiteral("Ltd"), QStringLiteral("S.A."),
            QStringLiteral("Systems"), QStringLiteral("Labs"), QStringLiteral("Group"),
            QStringLiteral("Co., Ltd.") }
    };
    return words;
}

QString toBase36(qint64 n)
{
    return QString::number(n, 36);
}

const Script& scriptFor(int percentDraw)
{
    // 55 % Latin with diacritics, 20 % plain English, 13 % Hangul, 12 % Han (Chinese and Japanese)
    return scripts().at(percentDraw < 55 ? 0 : (percentDraw < 75 ? 1 : (percentDraw < 88 ? 2 : 3)));
}

template<typename T> const T& pick(const QList<T>& list, quint64 value)
{
    return list.at(qsizetype(value % quint64(list.size())));
}

} // namespace

PeopleGenerator::PeopleGenerator(quint64 seed, qint64 people)
    : m_seed(seed)
    , m_people(std::max<qint64>(people, 0))
    , m_userCount(int(std::clamp<qint64>(people / 250, 5, 200)))
{ }

QDateTime PeopleGenerator::anchor()
{
    static const QDateTime at(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    return at;
}

quint64 PeopleGenerator::draw(qint64 index, quint32 salt) const
{
    return seedMix(m_seed * 0x100000001b3ULL ^ seedMix(quint64(index) * 64 + salt));
}

qint64 PeopleGenerator::createdOffsetSeconds(qint64 index, quint32 salt) const
{
    constexpr qint64 threeYears = 3LL * 365 * 24 * 3600;
    return qint64(draw(index, salt) % threeYears) + 3600;
}

qint64 PeopleGenerator::updatedOffsetSeconds(qint64 createdOffset, qint64 index, quint32 salt) const
{
    return qint64(draw(index, salt) % quint64(std::max<qint64>(createdOffset, 1)));
}

QDateTime PeopleGenerator::createdAt(qint64 index, quint32 salt) const
{
    return anchor().addSecs(-createdOffsetSeconds(index, salt));
}

QDateTime PeopleGenerator::updatedAt(const QDateTime& created, qint64 index, quint32 salt) const
{
    const qint64 span = created.secsTo(anchor());
    return created.addSecs(updatedOffsetSeconds(span, index, salt));
}

qint64 PeopleGenerator::createdAtMs(qint64 index) const
{
    static const qint64 anchorMs = anchor().toMSecsSinceEpoch();
    return anchorMs - createdOffsetSeconds(index, SaltCreated) * 1000;
}

qint64 PeopleGenerator::updatedAtMs(qint64 index) const
{
    const qint64 created = createdOffsetSeconds(index, SaltCreated);
    return createdAtMs(index) + updatedOffsetSeconds(created, index, SaltUpdated) * 1000;
}

PeopleGenerator::Facts PeopleGenerator::facts(qint64 index) const
{
    Facts facts;
    const int kind = percent(index, SaltKind);
    facts.kind = kind < 60 ? CrmKind::Lead : (kind < 85 ? CrmKind::Contact : CrmKind::None);
    if (facts.kind == CrmKind::Lead) {
        facts.ownedByQueue = percent(index, SaltQueue) < 20;
    }
    if (facts.kind == CrmKind::Contact) {
        facts.accountNumber = index / peoplePerAccount + 1;
    }
    if (facts.kind != CrmKind::None && !facts.ownedByQueue) {
        // User 0 is the integration user: it owns nothing.
        facts.ownerUser = 1 + int(draw(index, SaltOwner) % quint64(m_userCount - 1));
    }
    facts.hasEmail = percent(index, SaltNoEmail) >= 2;
    if (facts.hasEmail && index > 0 && percent(index, SaltDuplicate) < 3) {
        facts.duplicateEmail = true;
        facts.emailSourceIndex
            = index - 1 - qint64(draw(index, SaltDuplicateSource) % quint64(std::min(index, duplicateReach)));
    }
    return facts;
}

QString PeopleGenerator::baseEmail(qint64 index) const
{
    const Script& script = scriptFor(percent(index, SaltScript));
    const Name& first = pick(script.first, draw(index, SaltFirst));
    const Name& last = pick(script.last, draw(index, SaltLast));
    const Name& stem = pick(companyWords().stems, draw(index, SaltCompany));
    // The index in base 36 keeps every base email unique and leads back to its person.
    return first.ascii + u'.' + last.ascii + u'.' + toBase36(index) + u'@' + stem.ascii
        + QStringLiteral(".example");
}

std::optional<qint64> PeopleGenerator::indexFromBaseEmail(const QString& email, qint64 people) const
{
    const qsizetype at = email.lastIndexOf(u'@');
    const qsizetype dot = at > 0 ? email.lastIndexOf(u'.', at) : -1;
    if (dot < 0) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 index = email.mid(dot + 1, at - dot - 1).toLongLong(&ok, 36);
    if (!ok || index < 0 || index >= people || baseEmail(index).compare(email, Qt::CaseInsensitive) != 0) {
        return std::nullopt;
    }
    return index;
}

PeopleGenerator::Facts PeopleGenerator::newPersonFacts(qint64 index, NewPersonOwnership ownership) const
{
    Facts f = facts(index);
    f.accountNumber = 0;
    switch (ownership) {
    case NewPersonOwnership::Drawn:
        if (f.kind == CrmKind::Contact) {
            f.kind = CrmKind::Lead;
            f.ownedByQueue = percent(index, SaltQueue) < 20;
        }
        break;
    case NewPersonOwnership::Owned:
        f.kind = CrmKind::Lead;
        f.ownedByQueue = false;
        break;
    case NewPersonOwnership::Unowned:
        f.kind = CrmKind::None;
        f.ownedByQueue = false;
        break;
    }
    f.ownerUser = f.kind != CrmKind::None && !f.ownedByQueue
        ? 1 + int(draw(index, SaltOwner) % quint64(m_userCount - 1))
        : -1;
    return f;
}

PersonSource PeopleGenerator::sourceOf(qint64 index) const
{
    const int p = percent(index, SaltArrival);
    return p < 50 ? PersonSource::WebForm : (p < 80 ? PersonSource::ListImport : PersonSource::WebServiceApi);
}

Person PeopleGenerator::person(qint64 index, const QList<SalesforceUser>& users) const
{
    return person(index, users, facts(index));
}

Person PeopleGenerator::person(qint64 index, const QList<SalesforceUser>& users, const Facts& f) const
{
    const Script& script = scriptFor(percent(index, SaltScript));
    const Name& first = pick(script.first, draw(index, SaltFirst));
    const Name& last = pick(script.last, draw(index, SaltLast));

    Person p;
    p.id = firstPersonId + index;
    if (percent(index, SaltNoFirstName) >= 1) {
        p.firstName = first.native;
    }
    p.lastName = last.native;
    if (f.hasEmail) {
        p.email = baseEmail(f.duplicateEmail ? f.emailSourceIndex : index);
    }
    if (f.kind == CrmKind::Contact) {
        p.company = accountName(f.accountNumber);
    } else if (percent(index, SaltNoCompany) >= 3) {
        const CompanyWords& words = companyWords();
        p.company = pick(words.stems, draw(index, SaltCompany)).native + u' '
            + pick(words.suffixes, draw(index, SaltCompany) >> 8);
    }
    if (percent(index, SaltNoTitle) >= 10) {
        p.title = pick(titles(), draw(index, SaltTitle));
    }
    if (percent(index, SaltNoPhone) >= 25) {
        p.phone = phoneNumber(draw(index, SaltPhone));
    }
    if (percent(index, SaltNoLinkedIn) >= 50) {
        p.linkedInProfileUrl = QStringLiteral("https://www.linkedin.com/in/") + first.ascii + u'-'
            + last.ascii + u'-' + QString::number(draw(index, SaltLinkedIn) % 0xfffff, 16);
    }
    if (percent(index, SaltNoSource) >= 15) {
        p.leadSource = pick(leadSources(), draw(index, SaltSource));
    }
    p.crmKind = f.kind;
    if (f.kind == CrmKind::Lead) {
        p.sfdcLeadId = SalesforceId::make(QStringLiteral("00Q"), index + 1);
    } else if (f.kind == CrmKind::Contact) {
        p.sfdcContactId = SalesforceId::make(QStringLiteral("003"), index + 1);
        p.sfdcAccountId = SalesforceId::make(QStringLiteral("001"), f.accountNumber);
        if (contactHasRole(index)) {
            p.primaryOpportunityId = SalesforceId::make(QStringLiteral("006"), 2 * (f.accountNumber - 1) + 1);
        }
    }
    if (f.ownerUser >= 0 && f.ownerUser < users.size()) {
        const SalesforceUser& owner = users.at(f.ownerUser);
        p.sfdcLeadOwnerId = owner.id;
        p.leadOwnerEmailAddress = owner.email;
        p.leadOwnerFirstName = owner.firstName;
        p.leadOwnerLastName = owner.lastName;
    }
    p.unsubscribed = percent(index, SaltUnsubscribed) < 5;
    p.createdAt = QDateTime::fromMSecsSinceEpoch(createdAtMs(index), Qt::UTC);
    p.updatedAt = QDateTime::fromMSecsSinceEpoch(updatedAtMs(index), Qt::UTC);
    return p;
}

QList<SalesforceUser> PeopleGenerator::users() const
{
    QList<SalesforceUser> users;
    const QDateTime created = anchor().addYears(-4);
    users.append({ SalesforceId::make(QStringLiteral("005"), 1),
        QStringLiteral("marketo.sync@sandbox-org.example"),
        QStringLiteral("marketo.sync@sandbox-org.example"), QStringLiteral("Marketo"), QStringLiteral("Sync"),
        QStringLiteral("Integration User"), QStringLiteral("System Administrator"), true, created });
    for (int i = 1; i < m_userCount; ++i) {
        const qint64 key = -1 - i; // users draw from their own sequence, apart from people
        const Script& script = scripts().at(i % 4 == 3 ? 2 : (i % 5 == 4 ? 3 : (i % 2)));
        const Name& first = pick(script.first, draw(key, SaltFirst));
        const Name& last = pick(script.last, draw(key, SaltLast));
        const QString login
            = first.ascii + u'.' + last.ascii + QString::number(i) + QStringLiteral("@sandbox-org.example");
        const bool admin = i == 1;
        users.append(
            { SalesforceId::make(QStringLiteral("005"), i + 1), login, login, first.native, last.native,
                admin ? QStringLiteral("Salesforce Administrator") : pick(titles(), draw(key, SaltTitle)),
                admin ? QStringLiteral("System Administrator") : QStringLiteral("Standard User"),
                admin || percent(key, SaltUserInactive) >= 5, created.addDays(i) });
    }
    return users;
}

QList<SalesforceQueue> PeopleGenerator::queues() const
{
    return { { SalesforceId::make(QStringLiteral("00G"), 1), QStringLiteral("Unassigned Leads") } };
}

QString PeopleGenerator::accountName(qint64 number) const
{
    const CompanyWords& words = companyWords();
    const quint64 d = draw(-1000 - number, SaltAccountName);
    // The number keeps account names apart, as real CRMs do not have 16 companies.
    return pick(words.stems, d).native + u' ' + pick(words.suffixes, d >> 8) + QStringLiteral(" #")
        + QString::number(number);
}

QString PeopleGenerator::phoneNumber(quint64 d)
{
    // "+1 415 555 0123", written without QString::arg (it runs for most people of every page).
    char text[16] = "+1 000 555 0000";
    const unsigned area = unsigned(200 + d % 800);
    const unsigned line = unsigned(d / 1000 % 10000);
    text[3] = char('0' + area / 100);
    text[4] = char('0' + area / 10 % 10);
    text[5] = char('0' + area % 10);
    text[11] = char('0' + line / 1000);
    text[12] = char('0' + line / 100 % 10);
    text[13] = char('0' + line / 10 % 10);
    text[14] = char('0' + line % 10);
    return QString::fromLatin1(text, 15);
}

SalesforceAccount PeopleGenerator::account(qint64 number, const QList<SalesforceUser>& users) const
{
    const qint64 key = -1000 - number;
    const CompanyWords& words = companyWords();
    SalesforceAccount a;
    a.number = number;
    a.id = SalesforceId::make(QStringLiteral("001"), number);
    const Name& stem = pick(words.stems, draw(key, SaltAccountName));
    a.name = accountName(number);
    a.industry = pick(industries(), draw(key, SaltAccountIndustry));
    a.website
        = QStringLiteral("https://www.") + stem.ascii + QString::number(number) + QStringLiteral(".example");
    a.ownerId = users.value(1 + int(draw(key, SaltOwner) % quint64(std::max(1, int(users.size()) - 1)))).id;
    a.createdDate = createdAt(key, SaltCreated);
    a.lastModifiedDate = updatedAt(a.createdDate, key, SaltUpdated);
    return a;
}

int PeopleGenerator::opportunityCountOfAccount(qint64 accountNumber) const
{
    const int p = percent(-1000 - accountNumber, SaltOpportunities);
    return p < 40 ? 1 : (p < 55 ? 2 : 0);
}

SalesforceOpportunity PeopleGenerator::opportunity(qint64 number, const QList<SalesforceUser>& users) const
{
    static const QList<QString> stages { QStringLiteral("Prospecting"), QStringLiteral("Qualification"),
        QStringLiteral("Proposal/Price Quote"), QStringLiteral("Negotiation/Review"),
        QStringLiteral("Closed Won"), QStringLiteral("Closed Lost") };
    const qint64 accountNumber = (number - 1) / 2 + 1;
    const qint64 key = -10'000'000'000LL - number;
    const SalesforceAccount a = account(accountNumber, users);
    SalesforceOpportunity o;
    o.number = number;
    o.id = SalesforceId::make(QStringLiteral("006"), number);
    o.accountId = a.id;
    o.name = a.name + (number % 2 == 1 ? QStringLiteral(" – New Business") : QStringLiteral(" – Renewal"));
    o.stageName = pick(stages, draw(key, SaltStage));
    o.isClosed = o.stageName.startsWith(QStringLiteral("Closed"));
    o.isWon = o.stageName == u"Closed Won";
    o.amount = double(5 + draw(key, SaltAmount) % 200) * 1000.0;
    o.ownerId = a.ownerId;
    o.createdDate = createdAt(key, SaltCreated);
    o.lastModifiedDate = updatedAt(o.createdDate, key, SaltUpdated);
    o.closeDate = o.lastModifiedDate.date().addDays(30);
    return o;
}

bool PeopleGenerator::contactHasRole(qint64 index) const
{
    const Facts f = facts(index);
    return f.kind == CrmKind::Contact && opportunityCountOfAccount(f.accountNumber) > 0
        && percent(index, SaltRole) < 50;
}

SalesforceOrganization PeopleGenerator::organization() const
{
    SalesforceOrganization org;
    org.id = SalesforceId::make(QStringLiteral("00D"), 1);
    org.name = QStringLiteral("SIA Sandbox Org");
    org.instanceName = QStringLiteral("SANDBOX1");
    org.languageLocaleKey = QStringLiteral("en_US");
    org.timeZoneSidKey = QStringLiteral("America/Chicago");
    return org;
}

} // namespace sia::sandbox
