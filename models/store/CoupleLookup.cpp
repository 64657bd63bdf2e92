#include "CoupleLookup.h"

#include "domain/TextSearch.h"

#include <QCoreApplication>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(CoupleLookup)
};

} // namespace

Result<CoupleSummary> findCouple(const PracticeStore &store, const QString &idOrNameFragment)
{
    const QString wanted = idOrNameFragment.trimmed();
    if (wanted.isEmpty())
        return Result<CoupleSummary>::failure(Messages::tr("Name a couple by its id or part of its name."));
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    const auto all = store.coupleSummaries(ArchiveFilter::All);
    if (!all)
        return all.status();
    if (isNumber) {
        for (const CoupleSummary &c : *all)
            if (c.id == id)
                return c;
        return Result<CoupleSummary>::failure(Messages::tr("No couple has the id %1.").arg(id));
    }
    const QString needle = foldForSearch(wanted);
    QList<CoupleSummary> matches;
    for (const CoupleSummary &c : *all) {
        const QString haystack = foldForSearch(c.name + QLatin1Char(' ') + c.partnerNames[0] +
                                               QLatin1Char(' ') + c.partnerNames[1]);
        if (haystack.contains(needle))
            matches.append(c);
    }
    // A fragment that is a couple's whole name picks it even when it is also part of a longer name.
    for (const CoupleSummary &c : std::as_const(matches))
        if (foldForSearch(c.name) == needle)
            return c;
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        return Result<CoupleSummary>::failure(Messages::tr("No couple matches \"%1\".").arg(wanted));
    QStringList candidates;
    for (const CoupleSummary &c : std::as_const(matches))
        candidates << QStringLiteral("%1 (%2)").arg(c.name).arg(c.id);
    return Result<CoupleSummary>::failure(Messages::tr("\"%1\" matches more than one couple: %2.")
                                              .arg(wanted, candidates.join(QStringLiteral(", "))));
}

} // namespace attune
