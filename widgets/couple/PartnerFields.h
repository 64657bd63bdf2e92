// The fields of one partner in the couple form: name, pronouns, preferred language (stored as a BCP 47
// code), cycle position and the two needs (closeness and alone time). CoupleForm holds two of these and
// keeps the positions consistent with the couple's pattern.
#pragma once

#include "domain/Couple.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QSlider;

namespace attune {

class PartnerFields : public QGroupBox
{
    Q_OBJECT
public:
    PartnerFields(int index, QWidget *parent = nullptr);

    // Shows the partner; the record fields (id, UUID) are kept and returned by partner().
    void setPartner(const Partner &partner);
    Partner partner() const;

    CyclePosition position() const;
    void setPosition(CyclePosition position); // without emitting positionChanged

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *pronounsEdit() const { return m_pronouns; }
    QComboBox *languageCombo() const { return m_language; }
    QComboBox *positionCombo() const { return m_position; }
    QSlider *closenessSlider() const { return m_closeness; }
    QSlider *aloneSlider() const { return m_alone; }

    // The BCP 47 code for what the user chose or typed: a listed language, a code ("pt-BR") or a
    // language name Qt knows ("Portuguese"). Text that is none of these is kept as typed.
    static QString languageCode(const QString &text, const QComboBox *combo);

signals:
    void textEdited();      // name, pronouns or language text: merged into one undo step while typing
    void discreteChanged(); // language chosen from the list, a slider moved
    void positionChanged(); // the user chose another position
    void nameChanged();     // the name changed (the case name may follow it)

private:
    void updateNeedLabels();

    int m_index;
    Partner m_record; // keeps id and UUID
    QLineEdit *m_name;
    QLineEdit *m_pronouns;
    QComboBox *m_language;
    QComboBox *m_position;
    QSlider *m_closeness;
    QSlider *m_alone;
    QLabel *m_closenessValue;
    QLabel *m_aloneValue;
};

} // namespace attune
