// The form that edits one couple: both partners, the cycle pattern (kept consistent with the partners'
// positions), the safety screen with a warning while EFT may not be safe and the dated history of earlier
// screens (Record a New Screen keeps the one it replaces), presenting concerns, tags,
// status and the intake and closing dates, then each partner's contact details and the referral (issue 16),
// which are checked as they are typed. It has no buttons: NewCoupleDialog and OverviewTab decide
// when what it shows is stored, and it tells them what kind of edit happened.
#pragma once

#include "domain/Couple.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace attune {

class ContactFields;
class PartnerFields;

class CoupleForm : public QWidget
{
    Q_OBJECT
public:
    explicit CoupleForm(QDate today, QWidget *parent = nullptr);

    // Shows the couple without announcing an edit. Record fields (ids, UUIDs) are kept for couple().
    void setCouple(const Couple &couple);
    // What the form shows, on top of the record last set. An empty case name becomes "First & Second".
    Couple couple() const;

    // An inline message under the form (a validation error); an empty message hides it.
    void showError(const QString &message);
    QString errorText() const;

    PartnerFields *partnerFields(int index) const { return m_partners[index]; }
    ContactFields *contactFields(int index) const { return m_contacts[index]; }
    QLineEdit *referralSourceEdit() const { return m_referralSource; }
    QLineEdit *referringClinicianEdit() const { return m_referringClinician; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *patternCombo() const { return m_pattern; }
    QComboBox *safetyOutcomeCombo() const { return m_safetyOutcome; }
    QDateEdit *safetyDateEdit() const { return m_safetyDate; }
    QPlainTextEdit *safetyNotesEdit() const { return m_safetyNotes; }
    QLabel *safetyWarning() const { return m_safetyWarning; }
    QLabel *safetyHistoryLabel() const { return m_safetyHistory; }
    QPushButton *rescreenButton() const { return m_rescreen; }
    // How old a screen may grow before the warning asks for a new one (the practice's setting).
    void setRescreenMonths(int months);
    QPlainTextEdit *concernsEdit() const { return m_concerns; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QComboBox *statusCombo() const { return m_status; }
    QDateEdit *intakeDateEdit() const { return m_intake; }
    QCheckBox *closedCheck() const { return m_closedCheck; }
    QDateEdit *closingDateEdit() const { return m_closing; }

    static QStringList parseTags(const QString &text);

signals:
    void textEdited();      // free text changed: stored after a pause, merged into one undo step
    void discreteChanged(); // a choice, date or slider changed: its own undo step

private:
    QWidget *buildCaseBox();
    QWidget *buildSafetyBox();
    QWidget *buildReferralBox();
    void onPatternChosen();
    void onPositionChosen(int index);
    void onSafetyOutcomeChosen();
    void onStatusChosen();
    void updateSafetyWarning();
    void updateSafetyHistory();
    void recordNewScreen();
    void updateDateLimits();

    QDate m_today;
    Couple m_record; // keeps ids, UUIDs and the archived flag
    QLineEdit *m_name = nullptr;
    QComboBox *m_pattern = nullptr;
    std::array<PartnerFields *, 2> m_partners{};
    std::array<ContactFields *, 2> m_contacts{};
    QLineEdit *m_referralSource = nullptr;
    QLineEdit *m_referringClinician = nullptr;
    QComboBox *m_safetyOutcome = nullptr;
    QDateEdit *m_safetyDate = nullptr;
    QPlainTextEdit *m_safetyNotes = nullptr;
    QLabel *m_safetyWarning = nullptr;
    QLabel *m_safetyHistory = nullptr;
    QPushButton *m_rescreen = nullptr;
    int m_rescreenMonths = kDefaultRescreenMonths;
    QPlainTextEdit *m_concerns = nullptr;
    QLineEdit *m_tags = nullptr;
    QComboBox *m_status = nullptr;
    QDateEdit *m_intake = nullptr;
    QCheckBox *m_closedCheck = nullptr;
    QDateEdit *m_closing = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace attune
