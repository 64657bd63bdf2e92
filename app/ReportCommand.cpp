// `attune report COUPLE --output FILE.pdf [--from DATE] [--to DATE] [--language CODE] [--page letter|a4]
// [--therapist NAME]`: writes the progress report. Qt Charts draws with QtWidgets classes, so main()
// runs this command under a QApplication on the offscreen platform (no display needed).
#include "CommandSupport.h"

#include "i18n/Translations.h"
#include "progress/ProgressReport.h"
#include "store/CoupleLookup.h"

#include <QCoreApplication>
#include <QDir>

#include <optional>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// Reads an ISO date option; prints why and returns false for a malformed or impossible date.
bool takeDate(CommandArgs &args, CommandContext &context, const QString &name, QDate *date)
{
    QString error;
    const auto text = args.takeValue(name, &error);
    if (!error.isEmpty()) {
        context.err << error << Qt::endl;
        return false;
    }
    if (!text)
        return true;
    const QDate parsed = QDate::fromString(text->trimmed(), Qt::ISODate);
    if (!parsed.isValid() || text->trimmed().size() != 10) {
        context.err << Messages::tr("%1 takes a real date as YYYY-MM-DD, not %2.").arg(name, *text)
                    << Qt::endl;
        return false;
    }
    *date = parsed;
    return true;
}

} // namespace

int runReport(CommandArgs &args, CommandContext &context)
{
    QString error;
    const auto output = args.takeValue(QStringLiteral("--output"), &error);
    const auto language =
        error.isEmpty() ? args.takeValue(QStringLiteral("--language"), &error) : std::nullopt;
    const auto page = error.isEmpty() ? args.takeValue(QStringLiteral("--page"), &error) : std::nullopt;
    const auto therapist =
        error.isEmpty() ? args.takeValue(QStringLiteral("--therapist"), &error) : std::nullopt;
    if (!error.isEmpty()) {
        context.err << error << Qt::endl;
        return ExitUsage;
    }
    ReportOptions options;
    if (!takeDate(args, context, QStringLiteral("--from"), &options.from) ||
        !takeDate(args, context, QStringLiteral("--to"), &options.to))
        return ExitUsage;
    QStringList positionals;
    if (rejectExtraArguments(args, context, 1, &positionals))
        return ExitUsage;
    if (positionals.isEmpty() || !output || output->trimmed().isEmpty()) {
        context.err << Messages::tr("Name the couple and the file: attune report COUPLE --output FILE.pdf.")
                    << Qt::endl;
        return ExitUsage;
    }
    if (options.from.isValid() && options.to.isValid() && options.from > options.to) {
        context.err << Messages::tr("The period starts (%1) after it ends (%2).")
                           .arg(options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate))
                    << Qt::endl;
        return ExitUsage;
    }
    if (page) {
        const QString p = page->trimmed().toLower();
        if (p == QStringLiteral("letter"))
            options.pageSize = QPageSize::Letter;
        else if (p == QStringLiteral("a4"))
            options.pageSize = QPageSize::A4;
        else {
            context.err << Messages::tr("--page takes letter or a4, not %1.").arg(*page) << Qt::endl;
            return ExitUsage;
        }
    }
    options.therapist = therapist.value_or(QString());
    if (language && !isAvailableLanguage(*language)) {
        context.err << Messages::tr("Attune has no %1 translation; try %2.")
                           .arg(*language, availableLanguages().join(QStringLiteral(", ")))
                    << Qt::endl;
        return ExitUsage;
    }
    // The report's words and dates follow --language for as long as it is written.
    std::optional<ScopedLanguage> scope;
    if (language)
        scope.emplace(*QCoreApplication::instance(), *language);
    options.locale = QLocale();
    if (options.locale.language() == QLocale::C)
        options.locale = QLocale(QLocale::English, QLocale::UnitedStates);

    auto store = openPracticeFor(context, PracticeStore::OpenMode::OpenExisting);
    if (!store)
        return ExitFailure;
    const auto couple = findCouple(*store, positionals.first());
    if (!couple) {
        context.err << couple.error() << Qt::endl;
        return ExitFailure;
    }
    const auto content = loadReportContent(*store, couple->id, options);
    if (!content) {
        context.err << content.error() << Qt::endl;
        return ExitFailure;
    }
    if (const Status written = writeReportPdf(*content, *output); !written) {
        context.err << written.error() << Qt::endl;
        return ExitFailure;
    }
    if (!recordExport(context, *store, {couple->id}, QStringLiteral("progress report")))
        return ExitFailure;
    context.out << Messages::tr("Wrote the progress report for %1 (%n session(s)) to %2.", nullptr,
                                content->data.sessionCount)
                       .arg(content->couple.name, QDir::toNativeSeparators(*output))
                << Qt::endl;
    return ExitOk;
}

} // namespace attune
