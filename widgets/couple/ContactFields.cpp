// One partner's contact fields in the couple form.
#include "ContactFields.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace attune {

ContactFields::ContactFields(int index, QWidget *parent)
    : QGroupBox(parent)
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_emergencyName(new QLineEdit(this))
    , m_emergencyPhone(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    const QString who = index == 0 ? tr("First partner") : tr("Second partner");
    setTitle(tr("%1: contact").arg(who));
    setAccessibleName(title());
    setObjectName(index == 0 ? QStringLiteral("contact0") : QStringLiteral("contact1"));

    m_phone->setAccessibleName(tr("%1: phone").arg(who));
    m_phone->setPlaceholderText(tr("e.g. (555) 010-0199"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_email->setAccessibleName(tr("%1: e-mail address").arg(who));
    m_email->setPlaceholderText(tr("e.g. name@example.org"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_address->setAccessibleName(tr("%1: postal address").arg(who));
    m_address->setTabChangesFocus(true);
    m_address->setMinimumHeight(m_address->fontMetrics().lineSpacing() * 2 + 12);
    m_address->setMaximumHeight(m_address->fontMetrics().lineSpacing() * 4 + 12);
    m_emergencyName->setAccessibleName(tr("%1: emergency contact's name").arg(who));
    m_emergencyName->setPlaceholderText(tr("Name"));
    m_emergencyPhone->setAccessibleName(tr("%1: emergency contact's phone").arg(who));
    m_emergencyPhone->setPlaceholderText(tr("Phone"));
    m_emergencyPhone->setInputMethodHints(Qt::ImhDialableCharactersOnly);

    m_problem->setObjectName(QStringLiteral("contactProblem"));
    m_problem->setAccessibleName(tr("Problem with %1's contact details").arg(who.toLower()));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #8a1c1c; font-weight: bold; }"));
    m_problem->hide();

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_problem);
    form->addRow(label(tr("Phone:"), m_phone), m_phone);
    form->addRow(label(tr("E-mail:"), m_email), m_email);
    form->addRow(label(tr("Postal address:"), m_address), m_address);
    auto *emergency = new QHBoxLayout;
    emergency->addWidget(m_emergencyName, 3);
    emergency->addWidget(m_emergencyPhone, 2);
    form->addRow(label(tr("Emergency contact:"), m_emergencyName), emergency);

    for (QLineEdit *edit : {m_phone, m_email, m_emergencyName, m_emergencyPhone})
        connect(edit, &QLineEdit::textEdited, this, &ContactFields::textEdited);
    connect(m_address, &QPlainTextEdit::textChanged, this, [this] {
        if (!signalsBlocked() && m_address->document()->isModified())
            emit textEdited();
    });
}

void ContactFields::setContact(const ContactDetails &contact)
{
    const QSignalBlocker block(this);
    m_phone->setText(contact.phone);
    m_email->setText(contact.email);
    m_address->setPlainText(contact.address);
    m_emergencyName->setText(contact.emergencyName);
    m_emergencyPhone->setText(contact.emergencyPhone);
}

ContactDetails ContactFields::contact() const
{
    return {m_phone->text(), m_email->text(), m_address->toPlainText(), m_emergencyName->text(),
            m_emergencyPhone->text()};
}

void ContactFields::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

QString ContactFields::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

} // namespace attune
