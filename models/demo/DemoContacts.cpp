#include "DemoContacts.h"

#include <array>

namespace attune {
namespace {

// A stable number from text (not qHash, whose seed may vary between runs).
unsigned stableNumber(const QString &text)
{
    unsigned n = 7;
    for (const QChar c : text)
        n = n * 31 + c.unicode();
    return n;
}

QString emailPart(const QString &name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_D))
        if (c.isLetter() && c.unicode() < 128)
            out += c.toLower();
        else if (c.isSpace() && !out.endsWith(QLatin1Char('.')))
            out += QLatin1Char('.');
    return out;
}

QString phone(unsigned n)
{
    // 555-0100 to 555-0199: the numbers set aside for fiction.
    return QStringLiteral("(713) 555-01%1").arg(n % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

void addDemoContactDetails(Couple &couple)
{
    static const std::array<const char *, 6> streets = {"Example Street",    "Sample Avenue",
                                                        "Demo Lane",         "Fictional Road",
                                                        "Placeholder Drive", "Specimen Court"};
    static const std::array<const char *, 6> emergencyNames = {
        "Sam Example", "Alex Sample", "Jordan Demo", "Casey Example", "Robin Sample", "Morgan Demo"};
    static const std::array<const char *, 5> sources = {"Family physician", "Website", "Former client",
                                                        "Insurance directory", "Pastor"};
    const unsigned seed = stableNumber(couple.partners[0].name + couple.partners[1].name);
    const QString address = QStringLiteral("%1 %2\nHouston, TX 770%3")
                                .arg(100 + seed % 900)
                                .arg(QLatin1StringView(streets[seed % streets.size()]))
                                .arg(seed % 90 + 10, 2, 10, QLatin1Char('0'));
    for (int i = 0; i < 2; ++i) {
        Partner &p = couple.partners[i];
        const unsigned n = stableNumber(p.name);
        p.contact.phone = phone(n);
        p.contact.email = emailPart(p.name) + QStringLiteral("@example.org");
        p.contact.address = address;
        p.contact.emergencyName = QLatin1StringView(emergencyNames[(n / 7) % emergencyNames.size()]);
        p.contact.emergencyPhone = phone(n / 100 + 50);
    }
    couple.referral.source = QLatin1StringView(sources[seed % sources.size()]);
    if (seed % 2 == 0)
        couple.referral.clinician = QStringLiteral("Dr. Pat Example");
}

} // namespace attune
