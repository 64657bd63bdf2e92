// Generating cycle texts: words from a few scripts, repeated and cut to length.
#include "CycleTestData.h"

namespace attune::test {
namespace {

const QStringList &words(int flavour)
{
    static const QList<QStringList> pools = {
        {QStringLiteral("hurt"), QStringLiteral("lonely"), QStringLiteral("goes"), QStringLiteral("quiet"),
         QStringLiteral("when"), QStringLiteral("she"), QStringLiteral("turns"), QStringLiteral("away"),
         QStringLiteral("afraid"), QStringLiteral("of"), QStringLiteral("losing"), QStringLiteral("him")},
        {QStringLiteral("Überempfindlichkeitsreaktionsverstärkung"),
         QStringLiteral("pneumonoultramicroscopicsilicovolcanoconiosis"), QStringLiteral("and")},
        {QStringLiteral("😢"), QStringLiteral("sad"), QStringLiteral("💔"), QStringLiteral("«quoted»"),
         QStringLiteral("“curly”"), QStringLiteral("José"), QStringLiteral("Zoë"),
         QStringLiteral("👩‍❤️‍👨")},
        {QStringLiteral("שלום"), QStringLiteral("אני"), QStringLiteral("מרגישה"), QStringLiteral("لوحدي"),
         QStringLiteral("خائفة"), QStringLiteral("جداً"), QStringLiteral("and"), QStringLiteral("hurt")},
    };
    return pools.at(flavour % pools.size());
}

} // namespace

QString cycleText(int length, int flavour, int partner, int step)
{
    const QStringList &pool = words(flavour);
    QString text;
    int i = partner * 7 + step * 3;
    while (text.size() < length) {
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        text += pool.at(i++ % pool.size());
    }
    // Cut at a character boundary, never inside a surrogate pair.
    int cut = std::min<int>(length, int(text.size()));
    if (cut > 0 && cut < text.size() && text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut).trimmed();
}

CycleContent cycleContent(int length, int flavour)
{
    CycleContent c;
    c.partnerNames = {QStringLiteral("Ana Lucía Pérez"), QStringLiteral("Benjamin Okafor")};
    c.positions = {CyclePosition::Pursuer, CyclePosition::Withdrawer};
    c.date = QDate(2026, 3, 14);
    for (int p = 0; p < 2; ++p)
        for (int s = 0; s < 6; ++s)
            c.steps[std::size_t(p)][std::size_t(s)] = cycleText(length, flavour, p, s);
    return c;
}

} // namespace attune::test
