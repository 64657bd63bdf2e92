// `attune protect`, `attune unprotect` and `attune passphrase change`: a practice encrypted at rest
// (models/store/PracticeProtection.h).
#include "CommandSupport.h"
#include "PassphraseInput.h"

#include "security/Passphrase.h"
#include "store/PracticeProtection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

bool practiceExists(CommandContext &context)
{
    if (QFileInfo::exists(context.practicePath))
        return true;
    context.err << Messages::tr("There is no practice at %1.").arg(shown(context.practicePath)) << Qt::endl;
    return false;
}

} // namespace

int runProtect(const QStringList &args, CommandContext &context)
{
    const auto options = CommandOptions::parse(
        args, {valueOption("key-cost"), valueOption("backups"), flag("remove-plain-backups")}, 0,
        context.err);
    if (!options)
        return ExitUsage;
    QString costText = QStringLiteral("moderate");
    if (!options->readChoice(QStringLiteral("key-cost"),
                             {QStringLiteral("moderate"), QStringLiteral("interactive")}, &costText,
                             context.err))
        return ExitUsage;
    if (!practiceExists(context))
        return ExitFailure;
    if (PracticeStore::isProtectedFile(context.practicePath)) {
        context.err << Messages::tr("%1 is already protected.").arg(shown(context.practicePath)) << Qt::endl;
        return ExitFailure;
    }
    auto passphrase = readPassphrase(context.passphraseFile, context, true);
    if (!passphrase)
        return ExitUsage;
    const auto summary =
        protectPractice(context.practicePath, *passphrase,
                        costText == u"interactive" ? PracticeKeyCost::Interactive : PracticeKeyCost::Moderate,
                        options->value(QStringLiteral("backups")).value_or(QString()), context.clock,
                        options->isSet(QStringLiteral("remove-plain-backups")));
    wipe(*passphrase);
    if (!summary) {
        context.err << summary.error() << Qt::endl;
        return ExitFailure;
    }
    context.out << Messages::tr("Protected %1: it is encrypted and opens only with its passphrase.")
                       .arg(shown(context.practicePath))
                << Qt::endl;
    if (options->isSet(QStringLiteral("remove-plain-backups")))
        context.out << Messages::tr("%n plain backup(s) were overwritten and removed.", nullptr,
                                    summary->backupsRemoved)
                    << Qt::endl;
    else
        context.out
            << Messages::tr(
                   "%n plain backup(s) were encrypted and their plain copies overwritten and removed.",
                   nullptr, summary->backupsEncrypted)
            << Qt::endl;
    if (summary->backupsFailed > 0) {
        context.err << Messages::tr("%n backup(s) could not be converted and are still plain; remove them.",
                                    nullptr, summary->backupsFailed)
                    << Qt::endl;
        return ExitFailure;
    }
    return ExitOk;
}

int runUnprotect(const QStringList &args, CommandContext &context)
{
    if (!CommandOptions::parse(args, {}, 0, context.err))
        return ExitUsage;
    if (!practiceExists(context))
        return ExitFailure;
    if (!PracticeStore::isProtectedFile(context.practicePath)) {
        context.err << Messages::tr("%1 is not protected.").arg(shown(context.practicePath)) << Qt::endl;
        return ExitFailure;
    }
    auto passphrase = readPassphrase(context.passphraseFile, context, false);
    if (!passphrase)
        return ExitUsage;
    const Status done = unprotectPractice(context.practicePath, *passphrase, context.clock);
    wipe(*passphrase);
    if (!done) {
        context.err << done.error() << Qt::endl;
        return ExitFailure;
    }
    context.out << Messages::tr("%1 is no longer protected: it is a plain file that anyone with the disk can "
                                "read. Its encrypted backups still need the old passphrase.")
                       .arg(shown(context.practicePath))
                << Qt::endl;
    return ExitOk;
}

int runPassphrase(const QStringList &args, CommandContext &context)
{
    const auto options = CommandOptions::parse(args, {valueOption("new-passphrase-file")}, 1, context.err);
    if (!options)
        return ExitUsage;
    if (options->positionals() != QStringList{QStringLiteral("change")}) {
        context.err << Messages::tr("Say what to do: attune passphrase change [--passphrase-file FILE] "
                                    "[--new-passphrase-file FILE].")
                    << Qt::endl;
        return ExitUsage;
    }
    if (!practiceExists(context))
        return ExitFailure;
    if (!PracticeStore::isProtectedFile(context.practicePath)) {
        context.err << Messages::tr("%1 is not protected: protect it with attune protect.")
                           .arg(shown(context.practicePath))
                    << Qt::endl;
        return ExitFailure;
    }
    auto current = readPassphrase(context.passphraseFile, context, false);
    if (!current)
        return ExitUsage;
    auto next = readPassphrase(options->value(QStringLiteral("new-passphrase-file")), context, true);
    if (!next) {
        wipe(*current);
        return ExitUsage;
    }
    const Status done = changePracticePassphrase(context.practicePath, *current, *next, context.clock);
    wipe(*current);
    wipe(*next);
    if (!done) {
        context.err << done.error() << Qt::endl;
        return ExitFailure;
    }
    context.out << Messages::tr("The passphrase of %1 was changed.").arg(shown(context.practicePath))
                << Qt::endl;
    return ExitOk;
}

} // namespace attune
