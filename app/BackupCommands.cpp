// `attune backup --output FILE [--encrypt]` and `attune restore FILE [--force]`.
#include "CommandSupport.h"
#include "PassphraseInput.h"

#include "security/Envelope.h"
#include "security/Passphrase.h"
#include "store/PracticeRestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

int runBackup(CommandArgs &args, CommandContext &context)
{
    QString error;
    const auto output = args.takeValue(QStringLiteral("--output"), &error);
    const bool encrypt = args.takeFlag(QStringLiteral("--encrypt"));
    if (!error.isEmpty() || !output) {
        context.err << (error.isEmpty() ? Messages::tr("Name the backup file: attune backup --output FILE.")
                                        : error)
                    << Qt::endl;
        return ExitUsage;
    }
    bool ok = true;
    const auto passphraseFile = takePassphraseFile(args, context, &ok);
    if (!ok || rejectExtraArguments(args, context, 0))
        return ExitUsage;
    std::optional<QByteArray> passphrase;
    if (encrypt && !(passphrase = readPassphrase(passphraseFile, context, true)))
        return ExitUsage;
    auto store = openPracticeFor(context, PracticeStore::OpenMode::OpenExisting);
    if (!store)
        return ExitFailure;
    Status done = Status::ok();
    if (!encrypt) {
        done = store->backupTo(*output);
    } else {
        // The plain copy lives only in a private temporary folder, removed when this command ends.
        QTemporaryDir scratch;
        const QString plain = scratch.filePath(QStringLiteral("backup.db"));
        done = store->backupTo(plain);
        if (done)
            done = encryptFile(plain, *output, *passphrase);
        wipe(*passphrase);
    }
    if (!done) {
        context.err << done.error() << Qt::endl;
        return ExitFailure;
    }
    QFile::setPermissions(*output, QFile::ReadOwner | QFile::WriteOwner);
    store->recordEvent(QStringLiteral("backup"), QStringLiteral("practice"), QString(), QString(),
                       encrypt ? QStringLiteral("encrypted backup") : QStringLiteral("backup"));
    context.out << Messages::tr("Backed up %1 to %2%3.")
                       .arg(QDir::toNativeSeparators(store->path()), QDir::toNativeSeparators(*output),
                            encrypt ? Messages::tr(" (encrypted)") : QString())
                << Qt::endl;
    return ExitOk;
}

int runRestore(CommandArgs &args, CommandContext &context)
{
    const bool force = args.takeFlag(QStringLiteral("--force"));
    bool ok = true;
    const auto passphraseFile = takePassphraseFile(args, context, &ok);
    if (!ok)
        return ExitUsage;
    QString error;
    const QStringList positionals = args.positionals(&error);
    if (!error.isEmpty() || positionals.size() != 1) {
        context.err << (error.isEmpty() ? Messages::tr("Name one backup file: attune restore FILE [--force].")
                                        : error)
                    << Qt::endl;
        return ExitUsage;
    }
    const QString backup = positionals.first();
    if (!QFileInfo::exists(backup)) {
        context.err << Messages::tr("There is no backup at %1.").arg(QDir::toNativeSeparators(backup))
                    << Qt::endl;
        return ExitFailure;
    }
    QTemporaryDir scratch;
    QString plain = backup;
    if (isEnvelopeFile(backup)) {
        auto passphrase = readPassphrase(passphraseFile, context, false);
        if (!passphrase)
            return ExitUsage;
        plain = scratch.filePath(QStringLiteral("restored.db"));
        const Status decrypted = decryptFile(backup, plain, *passphrase);
        wipe(*passphrase);
        if (!decrypted) {
            context.err << decrypted.error() << Qt::endl;
            return ExitFailure;
        }
    }
    const auto restored = restorePractice(plain, context.practicePath, force);
    if (!restored) {
        context.err << restored.error() << Qt::endl;
        return ExitFailure;
    }
    context.out << Messages::tr("Restored %1 from %2.")
                       .arg(QDir::toNativeSeparators(context.practicePath), QDir::toNativeSeparators(backup));
    if (!restored->keptAside.isEmpty())
        context.out << ' '
                    << Messages::tr("The replaced practice was kept as %1.")
                           .arg(QDir::toNativeSeparators(restored->keptAside));
    context.out << Qt::endl;
    return ExitOk;
}

} // namespace attune
