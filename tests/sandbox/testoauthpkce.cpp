// PKCE with S256: the challenge of RFC 7636's own example, which verifiers are well formed, and that
// only the verifier behind a challenge verifies it.
#include "sandbox/salesforce/pkce.h"

#include <QTest>

using namespace sia::sandbox::salesforce;

namespace {
const QString rfcVerifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
const QString rfcChallenge = QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
} // namespace

class TestOAuthPkce : public QObject
{
    Q_OBJECT

private slots:
    void computesTheRfcExampleChallenge()
    {
        QCOMPARE(Pkce::challengeFor(rfcVerifier), rfcChallenge);
        QVERIFY(Pkce::isWellFormedChallenge(rfcChallenge));
    }

    void checksVerifierShape_data()
    {
        QTest::addColumn<QString>("verifier");
        QTest::addColumn<bool>("wellFormed");
        QTest::newRow("rfc example") << rfcVerifier << true;
        QTest::newRow("43 characters") << QString(43, QLatin1Char('a')) << true;
        QTest::newRow("128 characters") << QString(128, QLatin1Char('~')) << true;
        QTest::newRow("42 characters") << QString(42, QLatin1Char('a')) << false;
        QTest::newRow("129 characters") << QString(129, QLatin1Char('a')) << false;
        QTest::newRow("reserved character") << QString(42, QLatin1Char('a')) + QLatin1Char('+') << false;
        QTest::newRow("space") << QString(42, QLatin1Char('a')) + QLatin1Char(' ') << false;
    }
    void checksVerifierShape()
    {
        QFETCH(QString, verifier);
        QFETCH(bool, wellFormed);
        QCOMPARE(Pkce::isWellFormedVerifier(verifier), wellFormed);
    }

    void verifiesOnlyTheMatchingVerifier_data()
    {
        QTest::addColumn<QString>("verifier");
        QTest::addColumn<bool>("verifies");
        QTest::newRow("the verifier") << rfcVerifier << true;
        QTest::newRow("one character off") << QString(rfcVerifier).replace(0, 1, QLatin1Char('e')) << false;
        QTest::newRow("the challenge itself (plain method)") << rfcChallenge << false;
        QTest::newRow("empty") << QString() << false;
    }
    void verifiesOnlyTheMatchingVerifier()
    {
        QFETCH(QString, verifier);
        QFETCH(bool, verifies);
        QCOMPARE(Pkce::verifies(verifier, rfcChallenge), verifies);
    }
};

QTEST_GUILESS_MAIN(TestOAuthPkce)
#include "testoauthpkce.moc"
