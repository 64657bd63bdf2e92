// One partner's fields in the couple form.
#include "PartnerFields.h"

#include "TrackClickSlider.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSlider>

namespace attune {
namespace {

struct Language
{
    const char *code;
    const char *name;
};

// The languages a Houston practice meets most often; anything else can be typed.
constexpr Language kLanguages[] = {
    {"en", QT_TRANSLATE_NOOP("attune::PartnerFields", "English")},
    {"es", QT_TRANSLATE_NOOP("attune::PartnerFields", "Spanish")},
    {"vi", QT_TRANSLATE_NOOP("attune::PartnerFields", "Vietnamese")},
    {"zh", QT_TRANSLATE_NOOP("attune::PartnerFields", "Chinese")},
    {"ar", QT_TRANSLATE_NOOP("attune::PartnerFields", "Arabic")},
    {"fr", QT_TRANSLATE_NOOP("attune::PartnerFields", "French")},
    {"de", QT_TRANSLATE_NOOP("attune::PartnerFields", "German")},
    {"pt", QT_TRANSLATE_NOOP("attune::PartnerFields", "Portuguese")},
    {"tl", QT_TRANSLATE_NOOP("attune::PartnerFields", "Tagalog")},
    {"ko", QT_TRANSLATE_NOOP("attune::PartnerFields", "Korean")},
    {"hi", QT_TRANSLATE_NOOP("attune::PartnerFields", "Hindi")},
    {"ur", QT_TRANSLATE_NOOP("attune::PartnerFields", "Urdu")},
    {"ru", QT_TRANSLATE_NOOP("attune::PartnerFields", "Russian")},
    {"fa", QT_TRANSLATE_NOOP("attune::PartnerFields", "Persian")},
    {"he", QT_TRANSLATE_NOOP("attune::PartnerFields", "Hebrew")},
};

QSlider *makeNeedSlider(QWidget *parent)
{
    auto *slider = new TrackClickSlider(Qt::Horizontal, parent);
    slider->setRange(0, kNeedScaleMax);
    slider->setPageStep(1);
    slider->setTickPosition(QSlider::TicksBelow);
    slider->setTickInterval(1);
    return slider;
}

} // namespace

PartnerFields::PartnerFields(int index, QWidget *parent)
    : QGroupBox(parent)
    , m_index(index)
    , m_name(new QLineEdit(this))
    , m_pronouns(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_position(new QComboBox(this))
    , m_closeness(makeNeedSlider(this))
    , m_alone(makeNeedSlider(this))
    , m_closenessValue(new QLabel(this))
    , m_aloneValue(new QLabel(this))
{
    const QString who = index == 0 ? tr("First partner") : tr("Second partner");
    setTitle(who);
    setAccessibleName(who);

    m_name->setAccessibleName(tr("%1: name").arg(who));
    m_pronouns->setAccessibleName(tr("%1: pronouns").arg(who));
    m_pronouns->setPlaceholderText(tr("e.g. she/her"));
    m_language->setEditable(true);
    m_language->setInsertPolicy(QComboBox::NoInsert);
    m_language->setMinimumContentsLength(14); // room for a typed code or name
    m_language->setAccessibleName(tr("%1: preferred language").arg(who));
    // Where a language not listed is typed: named as the combo box is, for a screen reader.
    m_language->lineEdit()->setAccessibleName(m_language->accessibleName());
    for (const Language &l : kLanguages)
        m_language->addItem(tr(l.name), QString::fromLatin1(l.code));
    m_language->setCurrentIndex(-1);
    m_position->setAccessibleName(tr("%1: position in the cycle").arg(who));
    for (CyclePosition p : allValues<CyclePosition>())
        m_position->addItem(displayName(p), toKey(p));
    m_closeness->setAccessibleName(tr("%1: need for closeness").arg(who));
    m_alone->setAccessibleName(tr("%1: need for alone time").arg(who));
    m_closeness->setToolTip(tr("0 = no need for closeness, %1 = a strong need").arg(kNeedScaleMax));
    m_alone->setToolTip(tr("0 = no need for time alone, %1 = a strong need").arg(kNeedScaleMax));
    for (QLabel *value : {m_closenessValue, m_aloneValue})
        value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("10 / 10")));

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Pronouns:"), m_pronouns);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("P&osition:"), m_position);
    auto needRow = [this](QSlider *slider, QLabel *value) {
        auto *row = new QHBoxLayout;
        row->addWidget(slider, 1);
        row->addWidget(value);
        return row;
    };
    // Rows that hold a layout get no automatic buddy, so the mnemonic needs an explicit label.
    auto buddyLabel = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(buddyLabel(tr("Need for &closeness:"), m_closeness), needRow(m_closeness, m_closenessValue));
    form->addRow(buddyLabel(tr("Need for &alone time:"), m_alone), needRow(m_alone, m_aloneValue));
    updateNeedLabels();

    connect(m_name, &QLineEdit::textEdited, this, [this] {
        emit nameChanged();
        emit textEdited();
    });
    connect(m_pronouns, &QLineEdit::textEdited, this, &PartnerFields::textEdited);
    connect(m_language->lineEdit(), &QLineEdit::textEdited, this, &PartnerFields::textEdited);
    connect(m_language, &QComboBox::activated, this, &PartnerFields::discreteChanged);
    connect(m_position, &QComboBox::activated, this, &PartnerFields::positionChanged);
    for (QSlider *slider : {m_closeness, m_alone}) {
        connect(slider, &QSlider::valueChanged, this, &PartnerFields::updateNeedLabels);
        // Dragging stores once on release; keys and clicks store each step.
        connect(slider, &QSlider::valueChanged, this, [this, slider] {
            if (!slider->isSliderDown() && !signalsBlocked())
                emit discreteChanged();
        });
        connect(slider, &QSlider::sliderReleased, this, &PartnerFields::discreteChanged);
    }
}

void PartnerFields::updateNeedLabels()
{
    m_closenessValue->setText(tr("%1 / %2").arg(m_closeness->value()).arg(kNeedScaleMax));
    m_aloneValue->setText(tr("%1 / %2").arg(m_alone->value()).arg(kNeedScaleMax));
}

void PartnerFields::setPartner(const Partner &partner)
{
    const QSignalBlocker blockThis(this);
    m_record = partner;
    m_name->setText(partner.name);
    m_pronouns->setText(partner.pronouns);
    {
        const QSignalBlocker block(m_language);
        const int row = m_language->findData(partner.language);
        m_language->setCurrentIndex(row);
        if (row < 0)
            m_language->setEditText(partner.language);
    }
    setPosition(partner.position);
    {
        const QSignalBlocker blockCloseness(m_closeness);
        const QSignalBlocker blockAlone(m_alone);
        m_closeness->setValue(partner.closenessNeed);
        m_alone->setValue(partner.aloneNeed);
    }
    updateNeedLabels();
}

Partner PartnerFields::partner() const
{
    Partner p = m_record;
    p.name = m_name->text();
    p.pronouns = m_pronouns->text();
    p.language = languageCode(m_language->currentText(), m_language);
    p.position = position();
    p.closenessNeed = m_closeness->value();
    p.aloneNeed = m_alone->value();
    return p;
}

CyclePosition PartnerFields::position() const
{
    return fromKey<CyclePosition>(m_position->currentData().toString()).value_or(CyclePosition::Pursuer);
}

void PartnerFields::setPosition(CyclePosition position)
{
    const QSignalBlocker block(m_position);
    m_position->setCurrentIndex(m_position->findData(toKey(position)));
}

QString PartnerFields::languageCode(const QString &text, const QComboBox *combo)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return {};
    for (int i = 0; combo && i < combo->count(); ++i)
        if (combo->itemText(i).compare(typed, Qt::CaseInsensitive) == 0)
            return combo->itemData(i).toString();
    static const QRegularExpression bcp47(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    if (bcp47.match(typed).hasMatch()) {
        // Normalise the case of the parts BCP 47 defines ("pt-br" -> "pt-BR"), keep the rest as typed.
        QStringList parts = typed.split(u'-');
        parts[0] = parts[0].toLower();
        for (int i = 1; i < parts.size(); ++i) {
            if (parts[i].size() == 2)
                parts[i] = parts[i].toUpper();
            else if (parts[i].size() == 4)
                parts[i] = parts[i].left(1).toUpper() + parts[i].mid(1).toLower();
        }
        return parts.join(u'-');
    }
    for (int l = QLocale::AnyLanguage + 1; l <= QLocale::LastLanguage; ++l) {
        const auto language = static_cast<QLocale::Language>(l);
        if (QLocale::languageToString(language).compare(typed, Qt::CaseInsensitive) == 0) {
            const QString code = QLocale::languageToCode(language);
            if (!code.isEmpty())
                return code;
        }
    }
    return typed;
}

} // namespace attune
