// The lock screen; see LockScreen.h.
#include "LockScreen.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace attune {

LockScreen::LockScreen(bool compact, QWidget *parent)
    : QWidget(parent)
    , m_passphrase(new QLineEdit(this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
    , m_message(new QLabel(this))
{
    setAccessibleName(tr("Attune is locked"));
    setAutoFillBackground(true);

    auto *title = new QLabel(tr("Attune is locked"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * (compact ? 1.2 : 1.8));
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto *hint = new QLabel(tr("Enter the practice passphrase to continue."), this);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);

    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setPlaceholderText(tr("Passphrase"));
    m_passphrase->setMinimumWidth(compact ? 160 : 280);
    m_unlock->setAccessibleName(tr("Unlock"));
    m_unlock->setDefault(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Unlock message"));
    m_message->setStyleSheet(QStringLiteral("color: #a12a1f;"));
    m_message->hide();

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_passphrase);
    row->addWidget(m_unlock);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addSpacing(compact ? 4 : 12);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_passphrase, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::submit);
}

QString LockScreen::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void LockScreen::clear()
{
    m_passphrase->clear();
    m_message->clear();
    m_message->hide();
    setWaiting(false);
}

void LockScreen::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void LockScreen::setWaiting(bool waiting)
{
    m_passphrase->setEnabled(!waiting);
    m_unlock->setEnabled(!waiting);
    if (!waiting && isVisible())
        m_passphrase->setFocus(Qt::OtherFocusReason);
}

void LockScreen::submit()
{
    if (!m_unlock->isEnabled())
        return;
    QByteArray passphrase = m_passphrase->text().toUtf8();
    m_passphrase->clear();
    emit unlockRequested(passphrase);
    passphrase.fill('\0');
}

} // namespace attune
