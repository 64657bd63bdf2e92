#include "TestPractice.h"

#include "store/PracticeFile.h"

#include <QSqlQuery>
#include <QtGlobal>

namespace attune::test {

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 6, 15), QTime(14, 30), Qt::UTC);
}

TestPractice::TestPractice()
{
    if (!m_dir.isValid())
        qFatal("cannot create a temporary folder");
    m_path = m_dir.filePath(QStringLiteral("practice.db"));
    reopen();
}

void TestPractice::reopen()
{
    m_store.reset();
    auto opened =
        PracticeStore::open(m_path, PracticeStore::OpenMode::CreateIfMissing, fixedClock(fixedNow()));
    if (!opened)
        qFatal("cannot open the test practice: %s", qPrintable(opened.error()));
    m_store = std::move(opened).value();
}

int schemaVersionOf(const QString &path)
{
    auto db = openPracticeConnection(path);
    if (!db)
        return -1;
    int version = -1;
    {
        QSqlQuery q(*db);
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            version = q.value(0).toInt();
    }
    closePracticeConnection(*db);
    return version;
}

Couple makeCouple(const QString &first, const QString &second)
{
    Couple c;
    c.name = first + QStringLiteral(" & ") + second;
    c.pattern = CyclePattern::PursueWithdraw;
    c.intakeDate = fixedNow().date().addYears(-1);
    c.partners[0].name = first;
    c.partners[0].position = CyclePosition::Pursuer;
    c.partners[1].name = second;
    c.partners[1].position = CyclePosition::Withdrawer;
    return c;
}

Session makeSession(qint64 coupleId, QDate date)
{
    Session s;
    s.coupleId = coupleId;
    s.date = date;
    s.stage = 1;
    s.step = 2;
    return s;
}

} // namespace attune::test
