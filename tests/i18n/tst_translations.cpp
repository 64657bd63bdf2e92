// installTranslators() and ScopedLanguage with the translations really embedded: English plural forms,
// Qt's own Spanish strings, fallbacks, replacing on a language switch, and a handout language that is
// restored when its scope ends.
#include "TsFile.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QTest>
#include <QTranslator>

using namespace attune;

namespace {

const QString kTsDir = QString::fromUtf8(ATTUNE_TS_DIR);

// Qt's Spanish for a string of its own; Debian ships it in qt6-translations-l10n.
QString qtCancel()
{
    return QCoreApplication::translate("QProgressDialog", "Cancel");
}

QString couples(int n)
{
    return QCoreApplication::translate("attune::MainWindow", "%n couple(s) shown", nullptr, n);
}

class LanguageChangeCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { installTranslators(*QCoreApplication::instance(), QStringLiteral("en")); }

    void embedsEveryTsFile()
    {
        QCOMPARE(availableLanguages(), QStringList({QStringLiteral("en"), QStringLiteral("es")}));
        QVERIFY(isAvailableLanguage(QStringLiteral("es")));
        QVERIFY(isAvailableLanguage(QStringLiteral("es_MX")));
        QVERIFY(isAvailableLanguage(QStringLiteral("es-US")));
        QVERIFY(isAvailableLanguage(QString())); // the system's, whatever it is
        QVERIFY(!isAvailableLanguage(QStringLiteral("de")));
        QVERIFY(!isAvailableLanguage(QStringLiteral("nonsense")));
    }

    void englishPluralForms_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("comment");
        QTest::addColumn<QStringList>("forms");
        const auto ts = test::TsFile::read(kTsDir + QStringLiteral("/attune_en.ts"));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        int rows = 0;
        for (const auto &message : ts.messages) {
            if (!message.numerus || !message.isActive())
                continue;
            QTest::addRow("%s: %s", qPrintable(message.context), qPrintable(message.source))
                << message.context << message.source << message.comment << message.translation;
            ++rows;
        }
        QVERIFY2(rows > 0, "attune_en.ts holds no plural messages");
    }

    // Every plural in attune_en.ts is filled, reads without "(s)" and is what the running program says.
    void englishPluralForms()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, comment);
        QFETCH(QStringList, forms);
        QCOMPARE(forms.size(), 2);
        for (const QString &form : forms) {
            QVERIFY2(!form.trimmed().isEmpty(), "an English plural form is empty");
            QVERIFY2(!form.contains(QStringLiteral("(s)")), qPrintable(form));
        }
        QCOMPARE(installTranslators(*QCoreApplication::instance(), QStringLiteral("en")),
                 QStringLiteral("en"));
        const QByteArray ctx = context.toUtf8(), src = source.toUtf8(), cmt = comment.toUtf8();
        const char *disambiguation = comment.isEmpty() ? nullptr : cmt.constData();
        const QString one = QCoreApplication::translate(ctx.constData(), src.constData(), disambiguation, 1);
        const QString two = QCoreApplication::translate(ctx.constData(), src.constData(), disambiguation, 2);
        QCOMPARE(one, QString(forms.at(0)).replace(QStringLiteral("%n"), QStringLiteral("1")));
        QCOMPARE(two, QString(forms.at(1)).replace(QStringLiteral("%n"), QStringLiteral("2")));
    }

    void spanishLoadsQtsOwnTranslation()
    {
        const QString qtbase =
            QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_es.qm");
        QVERIFY2(QFile::exists(qtbase), "qtbase_es.qm is missing: install qt6-translations-l10n");
        QCOMPARE(installTranslators(*QCoreApplication::instance(), QStringLiteral("es_MX")),
                 QStringLiteral("es"));
        QCOMPARE(qtCancel(), QStringLiteral("Cancelar"));
        QCOMPARE(QLocale().language(), QLocale::Spanish);
        QCOMPARE(QLocale().territory(), QLocale::Mexico); // the requested formats, Spanish words
    }

    // Switching replaces the earlier translators rather than stacking on them.
    void switchingReplacesAndAnnounces()
    {
        auto &app = *QCoreApplication::instance();
        LanguageChangeCounter counter;
        app.installEventFilter(&counter);
        installTranslators(app, QStringLiteral("es"));
        QCOMPARE(qtCancel(), QStringLiteral("Cancelar"));
        QVERIFY(counter.count > 0); // what widgets' changeEvent() retranslates on
        counter.count = 0;
        installTranslators(app, QStringLiteral("en"));
        app.removeEventFilter(&counter);
        QVERIFY(counter.count > 0);
        QCOMPARE(qtCancel(), QStringLiteral("Cancel"));
        QCOMPARE(couples(1), QStringLiteral("1 couple shown"));
        QCOMPARE(app.findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly).size(), 1);
    }

    void unknownLanguageFallsBackToUsEnglish()
    {
        QCOMPARE(installTranslators(*QCoreApplication::instance(), QStringLiteral("de")),
                 QStringLiteral("en"));
        QCOMPARE(couples(2), QStringLiteral("2 couples shown"));
        QCOMPARE(QLocale(), QLocale(QLocale::English, QLocale::UnitedStates));
        // The tests run with LC_ALL=C.UTF-8: the "C" system locale also means English.
        QCOMPARE(installTranslators(*QCoreApplication::instance(), QString()), QStringLiteral("en"));
        QCOMPARE(couples(1), QStringLiteral("1 couple shown"));
    }

    // A handout printed in Spanish while the interface is English, then the interface is English again.
    void scopedLanguageRestoresTheInterface()
    {
        auto &app = *QCoreApplication::instance();
        installTranslators(app, QStringLiteral("en"));
        QCOMPARE(couples(1), QStringLiteral("1 couple shown"));
        {
            ScopedLanguage spanish(app, QStringLiteral("es"));
            QCOMPARE(spanish.language(), QStringLiteral("es"));
            QCOMPARE(qtCancel(), QStringLiteral("Cancelar"));
            QVERIFY(couples(1) != QStringLiteral("1 couple shown")); // the English translator stepped aside
            QCOMPARE(QLocale().language(), QLocale::Spanish);
            {
                ScopedLanguage english(app, QStringLiteral("en"));
                QCOMPARE(qtCancel(), QStringLiteral("Cancel"));
                QCOMPARE(couples(3), QStringLiteral("3 couples shown"));
            }
            QCOMPARE(qtCancel(), QStringLiteral("Cancelar")); // nested scopes restore the outer one
        }
        QCOMPARE(qtCancel(), QStringLiteral("Cancel"));
        QCOMPARE(couples(1), QStringLiteral("1 couple shown"));
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(app.findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
