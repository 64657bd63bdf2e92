// `attune search QUERY [--couple COUPLE] [--all] [--json]`: the window's Find, on the command line, with
// the same results in the same order.
#include "CommandSupport.h"
#include "JsonOutput.h"

#include "store/CoupleLookup.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <climits>
#include <cstdio>

#include <unistd.h>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// The matched words in bold on a terminal; plain text when the output goes to a file or a pipe.
QString markedSnippet(const SearchHit &hit, bool terminal)
{
    if (!terminal)
        return hit.snippet;
    QString marked;
    int from = 0;
    for (const TextSpan &m : hit.matches) {
        marked += hit.snippet.mid(from, m.start - from) + QStringLiteral("\x1b[1m") +
                  hit.snippet.mid(m.start, m.length) + QStringLiteral("\x1b[0m");
        from = m.start + m.length;
    }
    return marked + hit.snippet.mid(from);
}

} // namespace

int runSearch(const QStringList &args, CommandContext &context)
{
    const auto options =
        CommandOptions::parse(args, {flag("json"), flag("all"), valueOption("couple")}, 1, context.err);
    if (!options)
        return ExitUsage;
    const bool json = options->isSet(QStringLiteral("json"));
    const bool all = options->isSet(QStringLiteral("all"));
    const std::optional<QString> coupleArg = options->value(QStringLiteral("couple"));
    const QStringList &positionals = options->positionals();
    if (positionals.isEmpty() || positionals.first().trimmed().isEmpty()) {
        context.err << Messages::tr("Say what to look for: attune search QUERY.") << Qt::endl;
        return ExitUsage;
    }
    // A malformed query is the user's to fix: said before the practice is even opened.
    if (const auto terms = parseSearchText(positionals.first()); !terms) {
        context.err << terms.error() << Qt::endl;
        return ExitUsage;
    }
    auto store = openPracticeFor(context, PracticeStore::OpenMode::OpenExisting, Writes::No);
    if (!store)
        return ExitFailure;
    SearchRequest request{positionals.first(), 0, all, INT_MAX};
    if (coupleArg) {
        const auto couple = findCouple(*store, *coupleArg);
        if (!couple) {
            context.err << couple.error() << Qt::endl;
            return ExitFailure;
        }
        request.coupleId = couple->id;
    }
    const auto results = store->search(request);
    if (!results) {
        context.err << results.error() << Qt::endl;
        return ExitFailure;
    }
    if (json) {
        QJsonArray array;
        for (const SearchHit &hit : results->hits)
            array.append(searchHitToJson(hit));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    const bool terminal = ::isatty(STDOUT_FILENO) == 1;
    for (const SearchHit &hit : results->hits) {
        context.out << QStringLiteral("%1\t%2\t%3\t%4\n")
                           .arg(hit.date.isValid() ? hit.date.toString(Qt::ISODate) : QStringLiteral("-"),
                                hit.coupleName, describeSearchHit(hit), markedSnippet(hit, terminal));
    }
    return ExitOk;
}

} // namespace attune
