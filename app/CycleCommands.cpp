// `attune cycle show|export COUPLE` and `attune worksheet`: the couple's infinity cycle as text, JSON
// or a file (PDF, PNG, SVG), and blank worksheets. Painting needs the QGuiApplication main.cpp starts
// for these commands (see commandNeedsPainting).
#include "CommandSupport.h"

#include "domain/Validation.h"
#include "render/CycleExport.h"
#include "store/CoupleLookup.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

struct CycleOptions
{
    std::optional<int> version;
    std::optional<QString> output;
    std::optional<QString> language;
    std::optional<QString> page;
    std::optional<QString> dpi;
    std::optional<QString> kind;
};

// Takes a value option; false (after printing why) when it is given without a value.
bool takeValue(CommandArgs &args, CommandContext &context, const QString &name, std::optional<QString> *value)
{
    QString error;
    *value = args.takeValue(name, &error);
    if (!error.isEmpty()) {
        context.err << error << Qt::endl;
        return false;
    }
    return true;
}

std::optional<QPageSize> pageSizeFrom(const std::optional<QString> &page, CommandContext &context)
{
    if (!page || page->compare(QStringLiteral("letter"), Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::Letter);
    if (page->compare(QStringLiteral("a4"), Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::A4);
    context.err << Messages::tr("The page size must be letter or a4, not %1.").arg(*page) << Qt::endl;
    return std::nullopt;
}

// The map the user means: --version N (archived ones included), or the latest current version.
Result<CycleMap> chosenMap(const PracticeStore &store, const CoupleSummary &couple,
                           std::optional<int> version)
{
    const auto maps = store.cycleMaps(couple.id, version ? ArchiveFilter::All : ArchiveFilter::Current);
    if (!maps)
        return maps.status();
    const CycleMap *best = nullptr;
    for (const CycleMap &m : *maps) {
        if (version ? m.version == *version : (!best || m.version > best->version))
            best = &m;
    }
    if (best)
        return *best;
    if (version)
        return Result<CycleMap>::failure(
            Messages::tr("%1 has no cycle version %2.").arg(couple.name).arg(*version));
    return Result<CycleMap>::failure(
        Messages::tr("%1 has no cycle mapped yet; map one in the Cycle tab first.").arg(couple.name));
}

QJsonObject cycleToJson(const CoupleSummary &summary, const Couple &couple, const CycleMap &map)
{
    QJsonArray partners;
    for (int p = 0; p < 2; ++p) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), couple.partners[std::size_t(p)].name);
        o.insert(QStringLiteral("position"), toKey(couple.partners[std::size_t(p)].position));
        for (CycleStep step : allValues<CycleStep>())
            o.insert(toKey(step), map.chains[std::size_t(p)][step]);
        partners.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("couple"), summary.name);
    root.insert(QStringLiteral("couple_id"), summary.id);
    root.insert(QStringLiteral("version"), map.version);
    root.insert(QStringLiteral("date"), map.date.toString(Qt::ISODate));
    root.insert(QStringLiteral("kind"), toKey(map.kind));
    root.insert(QStringLiteral("archived"), map.archived);
    root.insert(QStringLiteral("partners"), partners);
    return root;
}

void printCycle(QTextStream &out, const CoupleSummary &summary, const Couple &couple, const CycleMap &map)
{
    out << Messages::tr("%1: cycle version %2 of %3 (%4)")
               .arg(summary.name)
               .arg(map.version)
               .arg(QLocale().toString(map.date, QLocale::ShortFormat), displayName(map.kind))
        << '\n';
    for (int p = 0; p < 2; ++p) {
        const Partner &partner = couple.partners[std::size_t(p)];
        out << '\n' << partner.name << " (" << displayName(partner.position) << ")\n";
        for (CycleStep step : allValues<CycleStep>()) {
            const QString text = map.chains[std::size_t(p)][step];
            out << "  " << displayName(step) << ": "
                << (text.isEmpty() ? Messages::tr("(not yet named)") : text) << '\n';
        }
    }
}

// Shared by show and export: the open practice, the couple, its record and the chosen map, or an exit code.
struct Loaded
{
    std::unique_ptr<PracticeStore> store;
    CoupleSummary summary;
    Couple couple;
    CycleMap map;
};

// mode: show only reads; export opens the practice writable, to record the export in its audit trail.
std::optional<Loaded> loadCycle(CommandContext &context, const QString &coupleArg, std::optional<int> version,
                                PracticeStore::OpenMode mode)
{
    auto store = openPracticeFor(context, mode);
    if (!store)
        return std::nullopt;
    const auto summary = findCouple(*store, coupleArg);
    if (!summary) {
        context.err << summary.error() << Qt::endl;
        return std::nullopt;
    }
    const auto couple = store->couple(summary->id);
    if (!couple) {
        context.err << couple.error() << Qt::endl;
        return std::nullopt;
    }
    const auto map = chosenMap(*store, *summary, version);
    if (!map) {
        context.err << map.error() << Qt::endl;
        return std::nullopt;
    }
    return Loaded{std::move(store), *summary, *couple, *map};
}

std::optional<int> parseVersion(CommandArgs &args, CommandContext &context, bool *ok)
{
    std::optional<QString> text;
    *ok = takeValue(args, context, QStringLiteral("--version"), &text);
    if (!*ok || !text)
        return std::nullopt;
    bool number = false;
    const int v = text->toInt(&number);
    if (!number || v < 1) {
        context.err << Messages::tr("The version must be a number from 1 up, not %1.").arg(*text) << Qt::endl;
        *ok = false;
        return std::nullopt;
    }
    return v;
}

// Every option of cycle show and cycle export, taken before the positionals (subcommand, couple).
struct CycleArgs
{
    bool json = false;
    bool handout = false;
    bool initials = false;
    bool grayscale = false;
    std::optional<int> version;
    CycleOptions values;
    QStringList given; // the options present, to refuse those the subcommand does not take
};

std::optional<CycleArgs> takeCycleArgs(CommandArgs &args, CommandContext &context)
{
    CycleArgs a;
    auto flag = [&](const char *name, bool *value) {
        *value = args.takeFlag(QLatin1StringView(name));
        if (*value)
            a.given << QLatin1StringView(name);
    };
    flag("--json", &a.json);
    flag("--handout", &a.handout);
    flag("--initials", &a.initials);
    flag("--grayscale", &a.grayscale);
    bool ok = true;
    a.version = parseVersion(args, context, &ok);
    auto value = [&](const char *name, std::optional<QString> *v) {
        ok = ok && takeValue(args, context, QLatin1StringView(name), v);
        if (ok && *v)
            a.given << QLatin1StringView(name);
    };
    value("--output", &a.values.output);
    value("--language", &a.values.language);
    value("--page", &a.values.page);
    value("--dpi", &a.values.dpi);
    if (!ok)
        return std::nullopt;
    return a;
}

bool rejectOptions(const CycleArgs &a, const QStringList &allowed, CommandContext &context)
{
    for (const QString &option : a.given) {
        if (!allowed.contains(option)) {
            context.err << Messages::tr("Unknown option %1 for this command.").arg(option) << Qt::endl;
            return true;
        }
    }
    return false;
}

int runCycleShow(const CycleArgs &a, const QString &coupleArg, CommandContext &context)
{
    if (rejectOptions(a, {QStringLiteral("--json")}, context))
        return ExitUsage;
    const auto loaded = loadCycle(context, coupleArg, a.version, PracticeStore::OpenMode::ReadOnly);
    if (!loaded)
        return ExitFailure;
    if (a.json)
        context.out << QString::fromUtf8(
            QJsonDocument(cycleToJson(loaded->summary, loaded->couple, loaded->map))
                .toJson(QJsonDocument::Indented));
    else
        printCycle(context.out, loaded->summary, loaded->couple, loaded->map);
    return ExitOk;
}

int runCycleExport(const CycleArgs &a, const QString &coupleArg, CommandContext &context)
{
    if (rejectOptions(a,
                      {QStringLiteral("--handout"), QStringLiteral("--initials"),
                       QStringLiteral("--grayscale"), QStringLiteral("--output"),
                       QStringLiteral("--language"), QStringLiteral("--page"), QStringLiteral("--dpi")},
                      context))
        return ExitUsage;
    const CycleOptions &o = a.values;
    if (!o.output) {
        context.err << Messages::tr("Name the file: attune cycle export COUPLE --output FILE.pdf.")
                    << Qt::endl;
        return ExitUsage;
    }
    CycleExportOptions options;
    options.handout = a.handout;
    options.initialsOnly = a.initials;
    options.grayscale = a.grayscale;
    const auto page = pageSizeFrom(o.page, context);
    if (!page)
        return ExitUsage;
    options.pageSize = *page;
    options.language = o.language.value_or(QString());
    if (o.dpi) {
        bool number = false;
        options.dpi = o.dpi->toInt(&number);
        if (!number) {
            context.err
                << Messages::tr("The resolution must be a number of dots per inch, not %1.").arg(*o.dpi)
                << Qt::endl;
            return ExitUsage;
        }
    }
    if (!cycleFileFormat(*o.output)) {
        context.err << Messages::tr("Choose an output file ending in .pdf, .png or .svg.") << Qt::endl;
        return ExitFailure;
    }
    const auto loaded = loadCycle(context, coupleArg, a.version, PracticeStore::OpenMode::OpenExisting);
    if (!loaded)
        return ExitFailure;
    const Status written = exportCycle(*o.output, CycleContent::from(loaded->map, loaded->couple), options);
    if (!written) {
        context.err << written.error() << Qt::endl;
        return ExitFailure;
    }
    if (!recordExport(context, *loaded->store, {loaded->summary.id}, QStringLiteral("cycle")))
        return ExitFailure;
    context.out << Messages::tr("Wrote %1.").arg(*o.output) << Qt::endl;
    return ExitOk;
}

} // namespace

int runCycle(CommandArgs &args, CommandContext &context)
{
    const auto a = takeCycleArgs(args, context);
    QStringList positionals;
    if (!a || rejectExtraArguments(args, context, 2, &positionals))
        return ExitUsage;
    const QString sub = positionals.value(0);
    if (sub != QStringLiteral("show") && sub != QStringLiteral("export")) {
        context.err << Messages::tr("Say what to do: attune cycle show COUPLE or attune cycle export COUPLE "
                                    "--output FILE.")
                    << Qt::endl;
        return ExitUsage;
    }
    if (positionals.size() < 2) {
        context.err << Messages::tr("Name the couple: attune cycle %1 COUPLE.").arg(sub) << Qt::endl;
        return ExitUsage;
    }
    return sub == QStringLiteral("show") ? runCycleShow(*a, positionals.at(1), context)
                                         : runCycleExport(*a, positionals.at(1), context);
}

int runWorksheet(CommandArgs &args, CommandContext &context)
{
    CycleOptions o;
    if (!takeValue(args, context, QStringLiteral("--output"), &o.output) ||
        !takeValue(args, context, QStringLiteral("--kind"), &o.kind) ||
        !takeValue(args, context, QStringLiteral("--language"), &o.language) ||
        !takeValue(args, context, QStringLiteral("--page"), &o.page) ||
        rejectExtraArguments(args, context, 0))
        return ExitUsage;
    if (!o.output) {
        context.err << Messages::tr("Name the file: attune worksheet --output FILE.pdf.") << Qt::endl;
        return ExitUsage;
    }
    WorksheetKind kind = WorksheetKind::Cycle;
    if (o.kind && *o.kind == QStringLiteral("five-step")) {
        kind = WorksheetKind::FiveStep;
    } else if (o.kind && *o.kind != QStringLiteral("cycle")) {
        context.err << Messages::tr("The worksheet kind must be cycle or five-step, not %1.").arg(*o.kind)
                    << Qt::endl;
        return ExitUsage;
    }
    const auto page = pageSizeFrom(o.page, context);
    if (!page)
        return ExitUsage;
    if (!cycleFileFormat(*o.output)) {
        context.err << Messages::tr("Choose an output file ending in .pdf, .png or .svg.") << Qt::endl;
        return ExitFailure;
    }
    CycleExportOptions options;
    options.pageSize = *page;
    options.language = o.language.value_or(QString());
    const Status written = exportWorksheet(*o.output, kind, options);
    if (!written) {
        context.err << written.error() << Qt::endl;
        return ExitFailure;
    }
    context.out << Messages::tr("Wrote %1.").arg(*o.output) << Qt::endl;
    return ExitOk;
}

} // namespace attune
