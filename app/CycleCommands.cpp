// `attune cycle show|export COUPLE` and `attune worksheet`: the couple's infinity cycle as text, JSON
// or a file (PDF, PNG, SVG), and blank worksheets. Painting needs the QGuiApplication main.cpp starts
// for these commands (see commandNeedsPainting).
#include "CommandSupport.h"

#include "domain/AuditSummary.h"
#include "domain/Validation.h"
#include "render/CycleExport.h"
#include "store/CoupleLookup.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

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

// --version N: the version number, when given.
bool readVersion(const CommandOptions &options, std::optional<int> *version, CommandContext &context)
{
    qint64 number = 0;
    if (!options.readNumber(QStringLiteral("version"), 1, std::nullopt, &number, context.err))
        return false;
    // Beyond int no version exists; the lookup then says so.
    if (number > 0)
        *version = int(std::min<qint64>(number, std::numeric_limits<int>::max()));
    return true;
}

const QList<CommandOption> kShowOptions = {flag("json"), valueOption("version")};
const QList<CommandOption> kExportOptions = {
    valueOption("version"), valueOption("output"), flag("handout"),
    flag("initials"),       flag("grayscale"),     valueOption("language"),
    valueOption("page"),    valueOption("dpi"),    valueOption("layout")};

int runCycleShow(const QStringList &args, CommandContext &context)
{
    const auto options = CommandOptions::parse(args, kShowOptions, 2, context.err);
    std::optional<int> version;
    if (!options || !readVersion(*options, &version, context))
        return ExitUsage;
    if (options->positionals().size() < 2) {
        context.err << Messages::tr("Name the couple: attune cycle %1 COUPLE.").arg(QStringLiteral("show"))
                    << Qt::endl;
        return ExitUsage;
    }
    const auto loaded =
        loadCycle(context, options->positionals().at(1), version, PracticeStore::OpenMode::ReadOnly);
    if (!loaded)
        return ExitFailure;
    if (options->isSet(QStringLiteral("json")))
        context.out << QString::fromUtf8(
            QJsonDocument(cycleToJson(loaded->summary, loaded->couple, loaded->map))
                .toJson(QJsonDocument::Indented));
    else
        printCycle(context.out, loaded->summary, loaded->couple, loaded->map);
    return ExitOk;
}

int runCycleExport(const QStringList &args, CommandContext &context)
{
    const auto options = CommandOptions::parse(args, kExportOptions, 2, context.err);
    std::optional<int> version;
    CycleExportOptions exportOptions;
    qint64 dpi = exportOptions.dpi;
    if (!options || !readVersion(*options, &version, context) ||
        !options->readLanguage(&exportOptions.language, context.err) ||
        !options->readPageSize(&exportOptions.pageSize, context.err) ||
        !options->readNumber(QStringLiteral("dpi"), 10, 1200, &dpi, context.err))
        return ExitUsage;
    if (options->positionals().size() < 2) {
        context.err << Messages::tr("Name the couple: attune cycle %1 COUPLE.").arg(QStringLiteral("export"))
                    << Qt::endl;
        return ExitUsage;
    }
    const auto output = options->value(QStringLiteral("output"));
    if (!output || output->isEmpty()) {
        context.err << Messages::tr("Name the file: attune cycle export COUPLE --output FILE.pdf.")
                    << Qt::endl;
        return ExitUsage;
    }
    exportOptions.dpi = int(dpi);
    exportOptions.handout = options->isSet(QStringLiteral("handout"));
    exportOptions.initialsOnly = options->isSet(QStringLiteral("initials"));
    exportOptions.grayscale = options->isSet(QStringLiteral("grayscale"));
    if (const auto layout = options->value(QStringLiteral("layout"))) {
        const auto style = cycleStyleFromKey(*layout);
        if (!style) {
            context.err << Messages::tr("Choose --layout loop or --layout boxes.") << Qt::endl;
            return ExitUsage;
        }
        exportOptions.style = *style;
    }
    if (!cycleFileFormat(*output)) {
        context.err << Messages::tr("Choose an output file ending in .pdf, .png or .svg.") << Qt::endl;
        return ExitFailure;
    }
    const auto loaded =
        loadCycle(context, options->positionals().at(1), version, PracticeStore::OpenMode::OpenExisting);
    if (!loaded)
        return ExitFailure;
    auto intent = announceExport(*loaded->store, {loaded->summary.id},
                                 storedAuditSummary(AuditSummaryKey::Cycle), *output);
    const Status written =
        exportCycle(*output, CycleContent::from(loaded->map, loaded->couple), exportOptions);
    if (!written) {
        context.err << written.error() << Qt::endl;
        return ExitFailure;
    }
    if (!recordExport(context, *loaded->store, intent))
        return ExitFailure;
    context.out << Messages::tr("Wrote %1.").arg(*output) << Qt::endl;
    return ExitOk;
}

} // namespace

int runCycle(const QStringList &args, CommandContext &context)
{
    // The subcommand is the first positional; options may come before it ("cycle --json show John").
    // Each subcommand then parses the arguments with its own options.
    const auto any = CommandOptions::parse(args, kShowOptions + kExportOptions, 2, context.err);
    if (!any)
        return ExitUsage;
    const QString sub = any->positionals().value(0);
    if (sub == QStringLiteral("show"))
        return runCycleShow(args, context);
    if (sub == QStringLiteral("export"))
        return runCycleExport(args, context);
    context.err << Messages::tr("Say what to do: attune cycle show COUPLE or attune cycle export COUPLE "
                                "--output FILE.")
                << Qt::endl;
    return ExitUsage;
}

int runWorksheet(const QStringList &args, CommandContext &context)
{
    const auto options = CommandOptions::parse(
        args, {valueOption("output"), valueOption("kind"), valueOption("language"), valueOption("page")}, 0,
        context.err);
    QString kind = QStringLiteral("cycle");
    CycleExportOptions exportOptions;
    if (!options ||
        !options->readChoice(QStringLiteral("kind"), {QStringLiteral("cycle"), QStringLiteral("five-step")},
                             &kind, context.err) ||
        !options->readLanguage(&exportOptions.language, context.err) ||
        !options->readPageSize(&exportOptions.pageSize, context.err))
        return ExitUsage;
    const auto output = options->value(QStringLiteral("output"));
    if (!output || output->isEmpty()) {
        context.err << Messages::tr("Name the file: attune worksheet --output FILE.pdf.") << Qt::endl;
        return ExitUsage;
    }
    if (!cycleFileFormat(*output)) {
        context.err << Messages::tr("Choose an output file ending in .pdf, .png or .svg.") << Qt::endl;
        return ExitFailure;
    }
    const Status written = exportWorksheet(
        *output, kind == QStringLiteral("five-step") ? WorksheetKind::FiveStep : WorksheetKind::Cycle,
        exportOptions);
    if (!written) {
        context.err << written.error() << Qt::endl;
        return ExitFailure;
    }
    context.out << Messages::tr("Wrote %1.").arg(*output) << Qt::endl;
    return ExitOk;
}

} // namespace attune
