// Every broken or hostile case file is refused with one clear sentence, without a crash, without
// unbounded memory, and without changing the practice: empty, truncated, flipped bytes, wrong magic,
// checksum mismatch, absurd lengths and counts (also behind a valid checksum), values that break the
// record rules, a failure half-way through applying, and a 2 GB file.
#include "CaseFileTestSupport.h"
#include "TestPractice.h"

#include "casefile/CaseFile.h"
#include "casefile/CaseFileArchive.h"
#include "casefile/CaseFileHeader.h"
#include "demo/DemoGenerator.h"

#include <QDir>
#include <QTest>

#include <sys/resource.h>

using namespace attune;
using namespace attune::test;

namespace {

// The process's peak footprint allowed while absurd lengths are refused. AddressSanitizer's shadow memory
// and quarantine raise every process's peak; under it an absurd allocation stops the test by itself.
#if defined(__SANITIZE_ADDRESS__)
constexpr long kPeakBudgetMiB = 2048;
#else
constexpr long kPeakBudgetMiB = 400;
#endif

long peakMemoryMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

class TestCaseFileHostile : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestPractice> m_practice; // holds the demo couples; must never change
    QString m_before;
    QByteArray m_valid; // the v1 fixture
    QString m_fixture;
    int m_checked = 0;

    // Imports bytes and requires one clear sentence of failure and an unchanged practice.
    void refuse(const QByteArray &bytes, const char *what, const QString &expected = {})
    {
        const QString file = m_practice->dir() + QStringLiteral("/hostile.attune");
        QVERIFY(writeBytes(file, bytes));
        const auto result = importCaseFile(m_practice->store(), file, ConflictPolicy::Replace);
        QVERIFY2(!result, what);
        const QString error = result.error();
        QVERIFY2(!error.isEmpty() && !error.contains(QLatin1Char('\n')) && error.endsWith(QLatin1Char('.')),
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1StringView(what), error)));
        if (!expected.isEmpty())
            QVERIFY2(error.contains(expected),
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1StringView(what), error)));
        ++m_checked;
    }
    void checkUnchanged() { QCOMPARE(dumpPractice(m_practice->store()), m_before); }

    QByteArray payload() const { return m_valid.mid(CaseFileHeader::kSize); }
    // The fixture with one text edit to its payload, behind a correct header and checksum.
    QByteArray edited(const QByteArray &from, const QByteArray &to) const
    {
        QByteArray p = payload();
        const qsizetype at = p.indexOf(from);
        if (at < 0)
            qFatal("pattern not in the fixture: %s", from.constData());
        p.replace(at, from.size(), to);
        return wrapPayload(p);
    }
    casefile::CaseFileEntry entry() const
    {
        casefile::CaseFileEntry e;
        const QByteArray p = payload();
        if (casefile::loadArchive(std::string_view(p.constData(), size_t(p.size())), e) !=
            casefile::ArchiveError::None)
            qFatal("the fixture does not load");
        return e;
    }
    static QByteArray wrap(const casefile::CaseFileEntry &e)
    {
        return wrapPayload(QByteArray::fromStdString(casefile::saveArchive(e)));
    }

private slots:
    void initTestCase()
    {
        m_fixture = QStringLiteral(ATTUNE_CASEFILE_FIXTURES "/v1-demo.attune");
        m_valid = readBytes(m_fixture);
        QVERIFY(m_valid.startsWith("ATTUNECF"));
        m_practice = std::make_unique<TestPractice>();
        // Seed 2: UUIDs unlike the fixture's (written with seed 1), so only the edits below can clash.
        QVERIFY(generateDemoPractice(m_practice->store(), {0, 0, 2}));
        m_before = dumpPractice(m_practice->store());
        // The unedited fixture is accepted by the very checks that refuse the broken ones below.
        QVERIFY(parseCaseFile(m_valid, QStringLiteral("v1"), fixedNow().date()));
        QVERIFY(parseCaseFile(wrapPayload(payload()), QStringLiteral("v1"), fixedNow().date()));
    }

    void cleanup() { checkUnchanged(); }

    void emptyAndForeignFiles()
    {
        refuse({}, "empty", QStringLiteral("is empty"));
        refuse(QByteArrayLiteral("ATTUNECF"), "magic only", QStringLiteral("not an Attune case file"));
        refuse(QByteArray(500, 'x'), "junk", QStringLiteral("not an Attune case file"));
        QByteArray wrongMagic = m_valid;
        wrongMagic[3] = 'X';
        refuse(wrongMagic, "wrong magic", QStringLiteral("not an Attune case file"));
        refuse(readBytes(QStringLiteral(ATTUNE_CASEFILE_FIXTURES "/../CMakeLists.txt")), "a text file");
        const QString folder = m_practice->dir();
        const auto result = importCaseFile(m_practice->store(), folder, ConflictPolicy::Skip);
        QVERIFY(!result && result.error().contains(QStringLiteral("folder")));
        QVERIFY(!importCaseFile(m_practice->store(), folder + QStringLiteral("/none.attune"),
                                ConflictPolicy::Skip));
    }

    void newerOrEncryptedFormat()
    {
        QByteArray newer = m_valid;
        newer[11] = 2; // format version 2
        refuse(newer, "format 2", QStringLiteral("newer Attune"));
        QByteArray flagged = m_valid;
        flagged[15] = 1; // an encryption flag
        refuse(flagged, "flags", QStringLiteral("cannot read"));
        refuse(edited("22 serialization::archive 18 0 1", "22 serialization::archive 18 0 7"),
               "class version 7", QStringLiteral("newer Attune"));
        refuse(edited("22 serialization::archive 18", "22 serialization::archive 99"), "library 99",
               QStringLiteral("newer Attune"));
    }

    void truncatedAtManyPoints()
    {
        for (qsizetype cut = 0; cut < m_valid.size(); cut += (cut < 100 ? 1 : 61))
            refuse(m_valid.left(cut), "truncated");
        refuse(m_valid + 'x', "one byte too many", QStringLiteral("length"));
        QVERIFY(m_checked > 300);
    }

    void singleBytesFlipped()
    {
        for (qsizetype at = 0; at < m_valid.size(); at += (at < 100 ? 1 : 37)) {
            for (char mask : {char(0x01), char(0x80), char(0xff)}) {
                QByteArray bytes = m_valid;
                bytes[at] = char(bytes[at] ^ mask);
                refuse(bytes, "flipped byte");
            }
        }
    }

    void checksumMismatch()
    {
        QByteArray bytes = m_valid;
        bytes[50] = char(bytes[50] ^ 0x10); // inside the stored SHA-256
        refuse(bytes, "checksum", QStringLiteral("checksum"));
    }

    // Payloads that lie about lengths and counts, behind a correct checksum: Boost would allocate what
    // they declare; the loader must not.
    void absurdLengthsBehindAValidChecksum()
    {
        const QString limit = QStringLiteral("declares more data");
        refuse(edited("5 0.1.0", "999999999999999 0.1.0"), "huge string", limit);
        refuse(edited("5 0.1.0", "4000000000 0.1.0"), "4 GB string", limit);
        refuse(edited("5 0.1.0", "-1 0.1.0"), "negative string length", limit);
        refuse(edited(".000Z 2 0 1 0 1 36", ".000Z 18446744073709551615 0 1 0 1 36"), "huge count", limit);
        refuse(edited(".000Z 2 0 1 0 1 36", ".000Z 4194304 0 1 0 1 36"), "count above the rest", limit);
        refuse(edited(".000Z 2 0 1 0 1 36", ".000Z 3 0 1 0 1 36"), "one couple too many");
        refuse(edited(" 36 c5a0c2c4", " 99999999999999999999999 c5a0c2c4"), "overflowing number");
        refuse(edited("22 serialization::archive", "999999999999 serialization::archive"), "huge signature");
        refuse(wrapPayload("22 serialization::archive 18 0 1"), "payload cut short");
        refuse(wrapPayload({}), "empty payload");
        QVERIFY2(peakMemoryMiB() < kPeakBudgetMiB, "a declared length was allocated");
    }

    void recordsThatBreakTheRules_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<QString>("expected");
        const char *const names[] = {
            "three partners", "one partner",         "duplicate uuid",   "bad uuid",
            "unknown key",    "future date",         "bad date",         "session before intake",
            "bad flag",       "missing session",     "one chain",        "duplicate version",
            "invalid UTF-8",  "rating out of range", "two ratings each", "stage mismatch",
            "bad e-mail",     "bad phone",           "unknown goal",     "goal stage mismatch"};
        const char *const expected[] = {"partners",
                                        "partners",
                                        "same id",
                                        "UUID",
                                        "not one Attune knows",
                                        "future",
                                        "YYYY-MM-DD",
                                        "before the couple",
                                        "yes-or-no",
                                        "not in the case file",
                                        "instead of 2",
                                        "version",
                                        "UTF-8",
                                        "between 0",
                                        "two sets",
                                        "belongs to stage",
                                        "e-mail address",
                                        "phone number",
                                        "goal that is not in the case file",
                                        "belongs to stage"};
        static_assert(std::size(names) == std::size(expected));
        for (int i = 0; i < int(std::size(names)); ++i)
            QTest::newRow(names[i]) << i << QString::fromUtf8(expected[i]);
    }

    void recordsThatBreakTheRules()
    {
        QFETCH(int, rule);
        QFETCH(QString, expected);
        casefile::CaseFileEntry e = entry();
        casefile::CoupleEntry &c = e.couples.back();
        QVERIFY(!c.sessions.empty() && !c.cycleMaps.empty());
        // The first session with secure-bond ratings (the demo rates every few sessions).
        const auto rated =
            std::find_if(c.sessions.begin(), c.sessions.end(),
                         [](const casefile::SessionEntry &x) { return !x.bondRatings.empty(); });
        casefile::SessionEntry &s = rated != c.sessions.end() ? *rated : c.sessions.front();
        switch (rule) {
        case 0:
            c.partners.push_back(c.partners.front());
            c.partners.back().record.uuid = "8c7e6b0a-0000-4000-8000-000000000001";
            break;
        case 1:
            c.partners.pop_back();
            break;
        case 2:
            s.record.uuid = c.record.uuid;
            break;
        case 3:
            s.record.uuid = "not-a-uuid";
            break;
        case 4:
            c.status = "zombie";
            break;
        case 5:
            s.date = "2030-01-01";
            break;
        case 6:
            c.intakeDate = "2026-02-30";
            break;
        case 7:
            s.date = "2000-01-01";
            break;
        case 8:
            c.record.archived = 2;
            break;
        case 9:
            QVERIFY(!c.exercises.empty());
            c.exercises.front().sessionUuid = "8c7e6b0a-0000-4000-8000-000000000002";
            break;
        case 10:
            c.cycleMaps.front().chains.pop_back();
            break;
        case 11:
            c.cycleMaps.push_back(c.cycleMaps.front());
            c.cycleMaps.back().record.uuid = "8c7e6b0a-0000-4000-8000-000000000003";
            c.cycleMaps.back().chains[0].uuid = "8c7e6b0a-0000-4000-8000-000000000004";
            c.cycleMaps.back().chains[1].uuid = "8c7e6b0a-0000-4000-8000-000000000005";
            break;
        case 12:
            c.name = "Ana \xff\xfe Ben";
            break;
        case 13:
            QVERIFY(!s.bondRatings.empty());
            s.bondRatings.front().signs[2] = 11;
            break;
        case 14:
            QVERIFY(!s.bondRatings.empty());
            s.bondRatings.push_back(s.bondRatings.front());
            s.bondRatings.back().uuid = "8c7e6b0a-0000-4000-8000-000000000006";
            break;
        case 15:
            s.stage = 3;
            s.step = 2;
            break;
        case 16: // issue 16: contact details follow the store's rules
            c.partners.front().email = "ana at example";
            break;
        case 17:
            c.partners.back().emergencyPhone = "call Ben's sister";
            break;
        case 18:
            s.goalUuids = {"8c7e6b0a-0000-4000-8000-000000000007"};
            break;
        case 19: {
            casefile::TreatmentPlanEntry plan;
            plan.record.uuid = "8c7e6b0a-0000-4000-8000-000000000008";
            plan.version = 1;
            plan.date = c.intakeDate;
            casefile::GoalEntry goal;
            goal.record.uuid = "8c7e6b0a-0000-4000-8000-000000000009";
            goal.stage = 3;
            goal.step = 1;
            goal.status = "open";
            plan.goals.push_back(goal);
            c.plans.push_back(plan);
            break;
        }
        }
        refuse(wrap(e), "rule", expected);
    }

    // A file that passes every check but fails while being applied (its second couple's session has the
    // UUID of a session of another couple already in the practice): the first couple's records, already
    // written inside the transaction, are rolled back.
    void failureHalfWayLeavesNothing()
    {
        casefile::CaseFileEntry e = entry();
        const auto couples = m_practice->store().coupleSummaries(ArchiveFilter::All);
        QVERIFY(couples && !couples->isEmpty());
        const auto sessions = m_practice->store().sessions(couples->first().id, ArchiveFilter::All);
        QVERIFY(sessions && !sessions->isEmpty());
        e.couples.back().sessions.back().record.uuid = sessions->first().uuid.toStdString();
        for (auto &x : e.couples.back().exercises)
            x.sessionUuid.clear();
        refuse(wrap(e), "clash on apply", QStringLiteral("another couple"));
    }

    void twoGigabyteFile()
    {
        const QString file = m_practice->dir() + QStringLiteral("/huge.attune");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write(m_valid.left(CaseFileHeader::kSize)) == CaseFileHeader::kSize);
        QVERIFY(f.resize(qint64(2) * 1024 * 1024 * 1024 + 5)); // sparse: no disk is used
        f.close();
        const long before = peakMemoryMiB();
        const auto result = importCaseFile(m_practice->store(), file, ConflictPolicy::Skip);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QStringLiteral("256 MiB")), qPrintable(result.error()));
        QVERIFY(peakMemoryMiB() - before < 64);
        QFile::remove(file);
    }

    // Inputs the fuzzer once found troublesome, replayed as the fuzzer ran them: an input without the
    // magic is a payload given a correct header. Each must load or be refused in one sentence.
    void fuzzRegressions()
    {
        const QDir dir(QStringLiteral(ATTUNE_FUZZ_REGRESSIONS));
        const QFileInfoList inputs = dir.entryInfoList(QDir::Files);
        QVERIFY(!inputs.isEmpty());
        for (const QFileInfo &info : inputs) {
            QByteArray bytes = readBytes(info.filePath());
            if (!bytes.startsWith(CaseFileHeader::kMagic))
                bytes = wrapPayload(bytes);
            const auto r = parseCaseFile(bytes, info.fileName(), QDate(2100, 1, 1));
            QVERIFY2(r || (!r.error().isEmpty() && !r.error().contains(QLatin1Char('\n'))),
                     qPrintable(info.fileName() + QStringLiteral(": ") + r.error()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCaseFileHostile)
#include "tst_casefile_hostile.moc"
