// The clinician profile (name, credentials) that signs notes and addenda, kept in the practice file so a
// signature always names whoever keeps this practice. Saved when the dialog is accepted.
#pragma once

#include "domain/Integrity.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace attune {

class PracticeStore;

// The name and credentials fields, shared by this dialog and the Preferences dialog.
class ClinicianProfileFields : public QWidget
{
    Q_OBJECT
public:
    explicit ClinicianProfileFields(QWidget *parent = nullptr);
    void setProfile(const ClinicianProfile &profile);
    ClinicianProfile profile() const;
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *credentialsField() const { return m_credentials; }

private:
    QLineEdit *m_name;
    QLineEdit *m_credentials;
};

class ClinicianProfileDialog : public QDialog
{
    Q_OBJECT
public:
    ClinicianProfileDialog(PracticeStore &store, QWidget *parent = nullptr);

    ClinicianProfileFields *fields() const { return m_fields; }
    void accept() override; // stores the profile; stays open with the reason when that fails

private:
    PracticeStore &m_store;
    ClinicianProfileFields *m_fields;
    QLabel *m_problem;
};

} // namespace attune
