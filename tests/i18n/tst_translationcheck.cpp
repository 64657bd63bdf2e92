// The translation check: fails while any Spanish string is unfinished, an English plural form is missing,
// or a .ts file is out of date with the sources (lupdate, run on a copy, would add or retire a message).
// Registered only with -DATTUNE_CHECK_TRANSLATIONS=ON, until the Spanish translation is complete.
#include "TsFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <iterator>

using namespace attune::test;

namespace {

const QString kTsDir = QString::fromUtf8(ATTUNE_TS_DIR);

// Names at most ten items, so a failure says what to fix without flooding the log.
QString sample(const QStringList &items)
{
    QStringList shown = items.mid(0, 10);
    if (items.size() > 10)
        shown << QStringLiteral("... and %1 more").arg(items.size() - 10);
    return shown.join(QStringLiteral("\n    "));
}

} // namespace

class TestTranslationCheck : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageFinished_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("pluralsOnly");
        // Every language in translations/; English holds only the plural forms.
        const QStringList files = QDir(kTsDir).entryList({QStringLiteral("attune_*.ts")}, QDir::Files);
        QVERIFY2(files.contains(QStringLiteral("attune_es.ts")), "translations/attune_es.ts is missing");
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file << (file == QLatin1String("attune_en.ts"));
    }

    void everyMessageFinished()
    {
        QFETCH(QString, file);
        QFETCH(bool, pluralsOnly);
        const auto ts = TsFile::read(kTsDir + QLatin1Char('/') + file);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QStringList unfinished;
        int active = 0;
        for (const auto &message : ts.messages) {
            if (!message.isActive())
                continue;
            ++active;
            if (pluralsOnly && !message.numerus)
                unfinished << QStringLiteral("not a plural (this file holds only plurals): ") + message.key();
            else if (!message.isFinished())
                unfinished << message.key();
        }
        QVERIFY2(active > 0, "the file holds no messages");
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 messages in %3 are unfinished:\n    %4")
                                .arg(QString::number(unfinished.size()), QString::number(active), file,
                                     sample(unfinished))));
    }

    void matchesTheSources_data() { everyMessageFinished_data(); }

    // lupdate on a copy, with the same sources and options as `ninja update_translations`, must neither
    // add a message nor retire one.
    void matchesTheSources()
    {
        QFETCH(QString, file);
        QFETCH(bool, pluralsOnly);
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString copy = scratch.filePath(file);
        QVERIFY(QFile::copy(kTsDir + QLatin1Char('/') + file, copy));

        QStringList arguments{QLatin1Char('@') + QString::fromUtf8(ATTUNE_LUPDATE_LIST),
                              QStringLiteral("-ts"),
                              copy,
                              QStringLiteral("-no-obsolete"),
                              QStringLiteral("-locations"),
                              QStringLiteral("none"),
                              QStringLiteral("-silent")};
        if (pluralsOnly)
            arguments << QStringLiteral("-pluralonly");
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QString::fromUtf8(ATTUNE_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(240'000), "lupdate did not finish in four minutes");
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAll().constData());

        const auto before = TsFile::read(kTsDir + QLatin1Char('/') + file);
        const auto after = TsFile::read(copy);
        QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
        QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
        const QStringList committed = before.activeKeys();
        const QStringList current = after.activeKeys();
        QStringList added, retired;
        std::set_difference(current.begin(), current.end(), committed.begin(), committed.end(),
                            std::back_inserter(added));
        std::set_difference(committed.begin(), committed.end(), current.begin(), current.end(),
                            std::back_inserter(retired));
        QVERIFY2(added.isEmpty() && retired.isEmpty(),
                 qPrintable(QStringLiteral("%1 is out of date; run `ninja update_translations`.\n"
                                           "  New in the sources (%2):\n    %3\n"
                                           "  Gone from the sources (%4):\n    %5")
                                .arg(file, QString::number(added.size()), sample(added),
                                     QString::number(retired.size()), sample(retired))));
    }
};

QTEST_GUILESS_MAIN(TestTranslationCheck)
#include "tst_translationcheck.moc"
