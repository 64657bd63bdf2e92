// Tests for CoupleFilterProxy: accent-, case- and punctuation-safe search (accents, emoji, quotes), the
// status filter, and the caseload order, also as it changes when the store records a session.
#include "ItemsTestSupport.h"
#include "TestPractice.h"

#include "domain/TextSearch.h"
#include "items/CoupleFilterProxy.h"
#include "items/CouplesModel.h"
#include "items/Roles.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace attune;
using namespace attune::test;

namespace {

QStringList shownNames(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, 0).data().toString();
    return result;
}

Couple named(const QString &name, const QString &first, const QString &second, QStringList tags = {})
{
    Couple c = makeCouple(first, second);
    c.name = name;
    c.tags = std::move(tags);
    return c;
}

} // namespace

class TestCoupleFilterProxy : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void foldsAccentsCaseAndCompatibilityForms_data();
    void foldsAccentsCaseAndCompatibilityForms();
    void searchFindsCouples_data();
    void searchFindsCouples();
    void statusFilter_data();
    void statusFilter();
    void sortsByLatestSessionThenName();
    void aNewSessionMovesTheCoupleToTheTop();
    void aRenamedCoupleIsFoundAndLostAsItsNameChanges();

private:
    std::unique_ptr<TestPractice> m_practice;
    std::unique_ptr<CouplesModel> m_source;
    std::unique_ptr<CoupleFilterProxy> m_proxy;
    QHash<QString, qint64> m_ids;
};

void TestCoupleFilterProxy::init()
{
    m_practice = std::make_unique<TestPractice>();
    PracticeStore &store = m_practice->store();
    const QList<Couple> couples = {
        named(QStringLiteral("Núñez & Ortiz"), QStringLiteral("José"), QStringLiteral("Marta")),
        named(QStringLiteral("Zoë \"Z\" O'Neil & Kai"), QStringLiteral("Zoë"), QStringLiteral("Kai")),
        named(QStringLiteral("Sam & Alex 🌈"), QStringLiteral("Sam 🌈"), QStringLiteral("Alex"),
              {QStringLiteral("vétéran")}),
        named(QStringLiteral("Ana & Ben"), QStringLiteral("Ana"), QStringLiteral("Ben"),
              {QStringLiteral("blended")}),
    };
    m_ids.clear();
    for (const Couple &c : couples) {
        const qint64 id = storeCouple(store, c);
        QVERIFY(id > 0);
        m_ids.insert(c.name, id);
    }
    m_source = std::make_unique<CouplesModel>(store);
    m_proxy = std::make_unique<CoupleFilterProxy>();
    m_proxy->setSourceModel(m_source.get());
    new QAbstractItemModelTester(m_source.get(), QAbstractItemModelTester::FailureReportingMode::Fatal,
                                 m_source.get());
    new QAbstractItemModelTester(m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal,
                                 m_proxy.get());
}

void TestCoupleFilterProxy::cleanup()
{
    m_proxy.reset();
    m_source.reset();
    m_practice.reset();
}

void TestCoupleFilterProxy::foldsAccentsCaseAndCompatibilityForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("acute") << QStringLiteral("José") << QStringLiteral("jose");
    QTest::newRow("precomposed tilde") << QStringLiteral("NÚÑEZ") << QStringLiteral("nunez");
    QTest::newRow("combining diaeresis") << QStringLiteral("Zoe\u0308") << QStringLiteral("zoe");
    QTest::newRow("ligature") << QStringLiteral("ﬁona") << QStringLiteral("fiona");
    QTest::newRow("sharp s") << QStringLiteral("Strauß") << QStringLiteral("strauss");
    QTest::newRow("quotes kept") << QStringLiteral("O'Neil \"Z\"") << QStringLiteral("o'neil \"z\"");
    QTest::newRow("emoji kept") << QStringLiteral("🌈 Sam") << QStringLiteral("🌈 sam");
}

void TestCoupleFilterProxy::foldsAccentsCaseAndCompatibilityForms()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(foldForSearch(text), folded);
}

void TestCoupleFilterProxy::searchFindsCouples_data()
{
    QTest::addColumn<QString>("search");
    // None has sessions, so the expected rows are in name order. The names sort alike in every
    // collation, so the test does not depend on the locale it runs in.
    QTest::addColumn<QStringList>("expected");

    const QString nunez = QStringLiteral("Núñez & Ortiz");
    const QString zoe = QStringLiteral("Zoë \"Z\" O'Neil & Kai");
    const QString rainbow = QStringLiteral("Sam & Alex 🌈");
    const QString ana = QStringLiteral("Ana & Ben");

    QTest::newRow("empty shows all") << QString() << QStringList{ana, nunez, rainbow, zoe};
    QTest::newRow("partner without accent") << QStringLiteral("jose") << QStringList{nunez};
    QTest::newRow("partner upper case with accent") << QStringLiteral("JOSÉ") << QStringList{nunez};
    QTest::newRow("couple name without tilde") << QStringLiteral("nunez") << QStringList{nunez};
    QTest::newRow("diaeresis typed plain") << QStringLiteral("zoe") << QStringList{zoe};
    QTest::newRow("double quotes") << QStringLiteral("\"z\"") << QStringList{zoe};
    QTest::newRow("apostrophe") << QStringLiteral("o'neil") << QStringList{zoe};
    QTest::newRow("emoji") << QStringLiteral("🌈") << QStringList{rainbow};
    QTest::newRow("tag with accents typed plain") << QStringLiteral("veteran") << QStringList{rainbow};
    QTest::newRow("tag") << QStringLiteral("blended") << QStringList{ana};
    QTest::newRow("two words in different fields") << QStringLiteral("marta  ortiz") << QStringList{nunez};
    QTest::newRow("words must all match") << QStringLiteral("marta kai") << QStringList{};
    QTest::newRow("no match") << QStringLiteral("xyz") << QStringList{};
    QTest::newRow("substring across partners")
        << QStringLiteral("a") << QStringList{ana, nunez, rainbow, zoe};
}

void TestCoupleFilterProxy::searchFindsCouples()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    m_proxy->setSearchText(search);
    QCOMPARE(m_proxy->searchText(), search);
    QCOMPARE(shownNames(*m_proxy), expected);
    // Clearing the search brings everyone back.
    m_proxy->setSearchText(QString());
    QCOMPARE(m_proxy->rowCount(), 4);
}

void TestCoupleFilterProxy::statusFilter_data()
{
    QTest::addColumn<std::optional<CoupleStatus>>("status");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("all") << std::optional<CoupleStatus>()
                         << QStringList{QStringLiteral("Ana & Ben"), QStringLiteral("Núñez & Ortiz"),
                                        QStringLiteral("Sam & Alex 🌈"),
                                        QStringLiteral("Zoë \"Z\" O'Neil & Kai")};
    QTest::newRow("active") << std::optional<CoupleStatus>(CoupleStatus::Active)
                            << QStringList{QStringLiteral("Sam & Alex 🌈"),
                                           QStringLiteral("Zoë \"Z\" O'Neil & Kai")};
    QTest::newRow("paused") << std::optional<CoupleStatus>(CoupleStatus::Paused)
                            << QStringList{QStringLiteral("Núñez & Ortiz")};
    QTest::newRow("closed") << std::optional<CoupleStatus>(CoupleStatus::Closed)
                            << QStringList{QStringLiteral("Ana & Ben")};
}

void TestCoupleFilterProxy::statusFilter()
{
    QFETCH(std::optional<CoupleStatus>, status);
    QFETCH(QStringList, expected);
    PracticeStore &store = m_practice->store();
    const QList<QPair<QString, CoupleStatus>> changes = {
        {QStringLiteral("Núñez & Ortiz"), CoupleStatus::Paused},
        {QStringLiteral("Ana & Ben"), CoupleStatus::Closed}};
    for (const auto &[name, newStatus] : changes) {
        Result<Couple> c = store.couple(m_ids.value(name));
        QVERIFY(c);
        c->status = newStatus;
        QVERIFY(store.updateCouple(*c));
    }

    m_proxy->setStatusFilter(status);
    QCOMPARE(m_proxy->statusFilter(), status);
    QCOMPARE(shownNames(*m_proxy), expected);

    // Search and status narrow together.
    m_proxy->setSearchText(QStringLiteral("kai"));
    const bool zoeShown = !status || *status == CoupleStatus::Active;
    QCOMPARE(m_proxy->rowCount(), zoeShown ? 1 : 0);
}

void TestCoupleFilterProxy::sortsByLatestSessionThenName()
{
    PracticeStore &store = m_practice->store();
    const QDate today = fixedNow().date();
    QVERIFY(storeSession(store, makeSession(m_ids.value(QStringLiteral("Ana & Ben")), today.addDays(-30))) >
            0);
    QVERIFY(storeSession(store, makeSession(m_ids.value(QStringLiteral("Zoë \"Z\" O'Neil & Kai")),
                                            today.addDays(-2))) > 0);
    QVERIFY(storeSession(store, makeSession(m_ids.value(QStringLiteral("Ana & Ben")), today.addDays(-60))) >
            0);

    // Zoë's latest session is newer than Ana's; the two without sessions follow by name.
    QCOMPARE(shownNames(*m_proxy),
             (QStringList{QStringLiteral("Zoë \"Z\" O'Neil & Kai"), QStringLiteral("Ana & Ben"),
                          QStringLiteral("Núñez & Ortiz"), QStringLiteral("Sam & Alex 🌈")}));
}

void TestCoupleFilterProxy::aNewSessionMovesTheCoupleToTheTop()
{
    PracticeStore &store = m_practice->store();
    const QDate today = fixedNow().date();
    QVERIFY(storeSession(store, makeSession(m_ids.value(QStringLiteral("Ana & Ben")), today.addDays(-10))) >
            0);
    QCOMPARE(shownNames(*m_proxy).first(), QStringLiteral("Ana & Ben"));

    const QString zoe = QStringLiteral("Zoë \"Z\" O'Neil & Kai");
    QVERIFY(storeSession(store, makeSession(m_ids.value(zoe), today.addDays(-1))) > 0);
    QCOMPARE(shownNames(*m_proxy).first(), zoe);
    QCOMPARE(m_proxy->index(0, 0).data(LastSessionDateRole).toDate(), today.addDays(-1));
    QCOMPARE(shownNames(*m_proxy).at(1), QStringLiteral("Ana & Ben"));
}

void TestCoupleFilterProxy::aRenamedCoupleIsFoundAndLostAsItsNameChanges()
{
    m_proxy->setSearchText(QStringLiteral("okafor"));
    QCOMPARE(m_proxy->rowCount(), 0);
    Result<Couple> c = m_practice->store().couple(m_ids.value(QStringLiteral("Ana & Ben")));
    QVERIFY(c);
    c->name = QStringLiteral("Ana & Ben Okafor");
    QVERIFY(m_practice->store().updateCouple(*c));
    QCOMPARE(shownNames(*m_proxy), QStringList{QStringLiteral("Ana & Ben Okafor")});

    c->name = QStringLiteral("Ana & Ben");
    QVERIFY(m_practice->store().updateCouple(*c));
    QCOMPARE(m_proxy->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestCoupleFilterProxy)
#include "tst_couplefilterproxy.moc"
