// One partner's contact details in the couple form (issue 16): phone, e-mail, postal address and an
// emergency contact. What is typed stays as typed; the form's validation (validateContact) says inline,
// under these fields, what does not look right, and nothing invalid is stored.
#pragma once

#include "domain/ContactDetails.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace attune {

class ContactFields : public QGroupBox
{
    Q_OBJECT
public:
    ContactFields(int index, QWidget *parent = nullptr);

    void setContact(const ContactDetails &contact); // without announcing an edit
    ContactDetails contact() const;
    // The message under the fields; empty hides it.
    void showProblem(const QString &message);
    QString problemText() const;

    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *emailEdit() const { return m_email; }
    QPlainTextEdit *addressEdit() const { return m_address; }
    QLineEdit *emergencyNameEdit() const { return m_emergencyName; }
    QLineEdit *emergencyPhoneEdit() const { return m_emergencyPhone; }

signals:
    void textEdited(); // merged into one undo step while typing, like the other text fields

private:
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QPlainTextEdit *m_address;
    QLineEdit *m_emergencyName;
    QLineEdit *m_emergencyPhone;
    QLabel *m_problem;
};

} // namespace attune
