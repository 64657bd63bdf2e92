// Signing a note and adding an addendum through the Sessions tab, as a therapist would: with no clinician
// profile the app offers to enter one; the confirmation names the signer; what was typed just before
// signing is part of what is signed; afterwards the editor is read-only and the store refuses changes; an
// addendum appears under the note.
#include "GuiHelpers.h"
#include "TestPractice.h"

#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "session/AddendaSection.h"
#include "session/ClinicianProfileDialog.h"
#include "session/SessionEditor.h"
#include "session/SessionSigning.h"
#include "session/SessionsTab.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace attune;
using namespace attune::test;

class TestSigning : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    int m_run = 0;

    // A window on a fresh practice with one couple and one draft session, shown on the Sessions tab.
    MainWindow *openWindow(qint64 *sessionId)
    {
        const QString path = m_dir.filePath(QStringLiteral("signing%1.db").arg(++m_run));
        auto store =
            PracticeStore::open(path, PracticeStore::OpenMode::CreateIfMissing, fixedClock(fixedNow()));
        if (!store)
            qFatal("%s", qPrintable(store.error()));
        const auto couple =
            (*store)->createCouple(makeCouple(QStringLiteral("Mary"), QStringLiteral("John")));
        const auto session = (*store)->createSession(makeSession(*couple, fixedNow().date().addDays(-1)));
        if (!couple || !session)
            qFatal("could not fill the practice");
        *sessionId = *session;
        auto *window = new MainWindow(std::move(store).value(), *m_settings);
        window->resize(1440, 900);
        window->show();
        window->showWorkspacePage(); // a window opens on the practice page
        window->workspace()->setCurrentWidget(window->sessionsTab());
        window->sessionsTab()->openSession(*session);
        return window;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    }

    void signingAsksForAProfileThenSignsWhatWasTyped()
    {
        qint64 sessionId = 0;
        std::unique_ptr<MainWindow> window(openWindow(&sessionId));
        SessionsTab *tab = window->sessionsTab();
        SessionEditor *editor = tab->editor();
        QCOMPARE(editor->sessionId(), sessionId);
        QVERIFY(tab->signSessionAction()->isEnabled());
        QVERIFY(!tab->addAddendumAction()->isEnabled());

        // Typed just now: still waiting for the autosaver when Sign is chosen.
        QPlainTextEdit *note = nullptr;
        for (QLabel *label : editor->findChildren<QLabel *>())
            if (label->text() == QStringLiteral("&Note:") && label->buddy())
                note = qobject_cast<QPlainTextEdit *>(label->buddy());
        QVERIFY(note);
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("Mary reached for John."));
        QVERIFY(editor->hasPendingEdits());

        QString confirmation;
        whenDialogOpens([&](QWidget *offer) {
            // No profile yet: the app explains and offers to enter one.
            QVERIFY(qobject_cast<QMessageBox *>(offer));
            QAbstractButton *enter = buttonWithText(offer, QStringLiteral("Enter Clinician Profile…"));
            QVERIFY(enter);
            whenDialogOpens([&](QWidget *profile) {
                QVERIFY(qobject_cast<ClinicianProfileDialog *>(profile));
                named<QLineEdit>(profile, QStringLiteral("Clinician name"))
                    ->setText(QStringLiteral("Alex Rivera"));
                named<QLineEdit>(profile, QStringLiteral("Clinician credentials"))
                    ->setText(QStringLiteral("LMFT"));
                whenDialogOpens([&](QWidget *confirm) {
                    auto *box = qobject_cast<QMessageBox *>(confirm);
                    QVERIFY(box);
                    confirmation = box->text() + QLatin1Char(' ') + box->informativeText();
                    QAbstractButton *sign = buttonWithText(confirm, QStringLiteral("Sign Note"));
                    QVERIFY(sign);
                    sign->click();
                });
                static_cast<QDialog *>(profile)->accept();
            });
            enter->click();
        });
        tab->signSessionAction()->trigger();

        QVERIFY2(confirmation.contains(QStringLiteral("Alex Rivera, LMFT")), qPrintable(confirmation));
        QVERIFY2(confirmation.contains(QStringLiteral("cannot be undone")), qPrintable(confirmation));
        const auto stored = window->store().session(sessionId);
        QVERIFY(stored->isSigned());
        QCOMPARE(stored->signedBy, QStringLiteral("Alex Rivera, LMFT"));
        QVERIFY2(stored->note.text.contains(QStringLiteral("Mary reached for John.")),
                 qPrintable(stored->note.text));

        // The editor turned read-only and says who signed; the actions follow.
        QTRY_VERIFY(editor->isReadOnly());
        QVERIFY(note->isReadOnly());
        QVERIFY2(editor->signatureText().contains(QStringLiteral("Signed by Alex Rivera, LMFT on")),
                 qPrintable(editor->signatureText()));
        QVERIFY(!tab->signSessionAction()->isEnabled());
        QVERIFY(tab->addAddendumAction()->isEnabled());
        // Typing into the read-only note changes nothing, and the store refuses a direct edit.
        QTest::keyClicks(note, QStringLiteral(" Edited."));
        QVERIFY(!note->toPlainText().contains(QStringLiteral("Edited.")));
        Session changed = *stored;
        changed.note.text = QStringLiteral("Rewritten after signing.");
        QVERIFY(!window->store().updateSession(changed));
        QCOMPARE(window->store().session(sessionId)->note.text, stored->note.text);

        // An addendum, added from the button under the note, shows there.
        AddendaSection *addenda = editor->addendaSection();
        QVERIFY(addenda->isVisible());
        QCOMPARE(addenda->count(), 0);
        whenDialogOpens([](QWidget *dialog) {
            auto *addendum = qobject_cast<AddendumDialog *>(dialog);
            QVERIFY(addendum);
            QTest::keyClicks(addendum->textField(),
                             QStringLiteral("Correction: the session ran 60 minutes."));
            QAbstractButton *add = buttonWithText(dialog, QStringLiteral("Sign and Add"));
            QVERIFY(add && add->isEnabled());
            add->click();
        });
        addenda->addButton()->click();
        QTRY_COMPARE(addenda->count(), 1);
        // Shown, not only created (the layout shows new rows on the next turn of the event loop).
        auto shownText = [addenda] {
            QStringList shown;
            for (QLabel *label : addenda->findChildren<QLabel *>())
                if (label->isVisible())
                    shown << label->text();
            return shown.join(u'|');
        };
        QTRY_VERIFY2(shownText().contains(QStringLiteral("Correction: the session ran 60 minutes.")),
                     qPrintable(shownText()));
        QVERIFY2(shownText().contains(QStringLiteral("Alex Rivera, LMFT")), qPrintable(shownText()));
        QCOMPARE(window->store().addenda(sessionId)->size(), 1);
        QCOMPARE(window->store().session(sessionId)->note.text, stored->note.text);
    }

    void cancellingTheConfirmationSignsNothing()
    {
        qint64 sessionId = 0;
        std::unique_ptr<MainWindow> window(openWindow(&sessionId));
        QVERIFY(window->store().setClinician({QStringLiteral("Alex Rivera"), QString()}));
        whenDialogOpens([](QWidget *confirm) {
            QVERIFY(buttonWithText(confirm, QStringLiteral("Sign Note")));
            static_cast<QDialog *>(confirm)->reject();
        });
        window->sessionsTab()->signSessionAction()->trigger();
        QVERIFY(!window->store().session(sessionId)->isSigned());
        QVERIFY(!window->sessionsTab()->editor()->isReadOnly());
    }

    void preferencesStoreTheClinicianProfile()
    {
        qint64 sessionId = 0;
        std::unique_ptr<MainWindow> window(openWindow(&sessionId));
        PreferencesDialog dialog(Preferences{}, window->store().path(), window.get(), &window->store());
        QVERIFY(dialog.clinicianFields());
        dialog.clinicianFields()->nameField()->setText(QStringLiteral("Sam Lee"));
        dialog.clinicianFields()->credentialsField()->setText(QStringLiteral("PsyD"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(window->store().clinician()->signature(), QStringLiteral("Sam Lee, PsyD"));

        // Credentials without a name are refused, with the reason shown, and the dialog stays open.
        PreferencesDialog second(Preferences{}, window->store().path(), window.get(), &window->store());
        second.show();
        second.clinicianFields()->nameField()->clear();
        second.clinicianFields()->credentialsField()->setText(QStringLiteral("PsyD"));
        second.accept();
        QVERIFY(second.isVisible());
        QCOMPARE(window->store().clinician()->name, QStringLiteral("Sam Lee"));
        second.reject();

        // Without a store the dialog is as it was.
        PreferencesDialog plain(Preferences{}, window->store().path(), window.get());
        QVERIFY(!plain.clinicianFields());
    }
};

QTEST_MAIN(TestSigning)
#include "tst_signing.moc"
