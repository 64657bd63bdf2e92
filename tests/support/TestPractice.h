// Test support: a practice in a temporary folder with a fixed clock, and builders for valid records.
#pragma once

#include "domain/Couple.h"
#include "domain/Session.h"
#include "store/PracticeStore.h"

#include <QTemporaryDir>

#include <memory>

namespace attune::test {

// "Now" in every test: a fixed instant, so dates and validations never depend on the day tests run.
QDateTime fixedNow();

class TestPractice
{
public:
    TestPractice(); // creates an empty practice; QVERIFY-style failures abort through qFatal
    PracticeStore &store() { return *m_store; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    void reopen(); // closes and opens the same file again

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PracticeStore> m_store;
};

// The user_version a practice file says it has (-1 when it cannot be read), for migration tests.
int schemaVersionOf(const QString &path);

// A valid pursue–withdraw couple with the given partner names, intake a year before fixedNow().
Couple makeCouple(const QString &first = QStringLiteral("Ana"),
                  const QString &second = QStringLiteral("Ben"));
// A valid stage-1 session of that couple on the given date.
Session makeSession(qint64 coupleId, QDate date);

} // namespace attune::test
