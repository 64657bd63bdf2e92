// `attune backup --output FILE [--encrypt]` and `attune restore FILE [--force]`.
#include "CommandSupport.h"
#include "PassphraseInput.h"

#include "domain/AuditSummary.h"
#include "security/Envelope.h"
#include "security/Passphrase.h"
#include "store/PracticeRestore.h"
#include "store/SealedStorage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

int runBackup(const QStringList &args, CommandContext &context)
{
    const auto options =
        CommandOptions::parse(args, {valueOption("output"), flag("encrypt")}, 0, context.err);
    if (!options)
        return ExitUsage;
    const auto output = options->value(QStringLiteral("output"));
    const bool encrypt = options->isSet(QStringLiteral("encrypt"));
    if (!output || output->isEmpty()) {
        context.err << Messages::tr("Name the backup file: attune backup --output FILE.") << Qt::endl;
        return ExitUsage;
    }
    // A protected practice's backup is always encrypted, with the practice's own key.
    const bool sealed = PracticeStore::isProtectedFile(context.practicePath);
    std::optional<QByteArray> passphrase;
    if (encrypt && !sealed && !(passphrase = readPassphrase(context.passphraseFile, context, true)))
        return ExitUsage;
    auto store = openPracticeFor(context, PracticeStore::OpenMode::OpenExisting);
    if (!store)
        return ExitFailure;
    // The backup's audit row is noted before the file is written, so it is recorded even when this run is
    // killed right after writing it, or when the practice cannot be written now (a read-only practice).
    const QString summary =
        storedAuditSummary(encrypt || sealed ? AuditSummaryKey::EncryptedBackup : AuditSummaryKey::Backup);
    AuditIntent intent = AuditIntent::begin(store->path(), QStringLiteral("backup"), {}, summary, *output);
    Status done = Status::ok();
    if (!encrypt || sealed) {
        done = store->backupTo(*output);
    } else {
        // Encrypted from the practice's image in memory: no plain copy is written anywhere.
        done = store->encryptedBackupTo(*output, *passphrase);
        wipe(*passphrase);
    }
    if (!done) {
        context.err << done.error() << Qt::endl;
        return ExitFailure;
    }
    QFile::setPermissions(*output, QFile::ReadOwner | QFile::WriteOwner);
    if (const Status recorded = intent.record(*store); !recorded)
        context.err << Messages::tr("The backup was written, but it is not in the audit trail yet: %1 It is "
                                    "recorded the next time the practice can be written.")
                           .arg(recorded.error())
                    << Qt::endl;
    context.out << Messages::tr("Backed up %1 to %2%3.")
                       .arg(QDir::toNativeSeparators(store->path()), QDir::toNativeSeparators(*output),
                            encrypt || sealed ? Messages::tr(" (encrypted)") : QString())
                << Qt::endl;
    return ExitOk;
}

int runRestore(const QStringList &args, CommandContext &context)
{
    const auto options = CommandOptions::parse(args, {flag("force")}, 1, context.err);
    if (!options)
        return ExitUsage;
    const bool force = options->isSet(QStringLiteral("force"));
    const auto passphraseFile = context.passphraseFile;
    const QStringList &positionals = options->positionals();
    if (positionals.size() != 1) {
        context.err << Messages::tr("Name one backup file: attune restore FILE [--force].") << Qt::endl;
        return ExitUsage;
    }
    const QString backup = positionals.first();
    if (!QFileInfo::exists(backup)) {
        context.err << Messages::tr("There is no backup at %1.").arg(QDir::toNativeSeparators(backup))
                    << Qt::endl;
        return ExitFailure;
    }
    // Copies made on the way (decrypted, or sealed with the practice's key) live beside the practice,
    // never in $TMPDIR, and are gone when the restore ends (or at the next start, after a kill).
    QString plain = backup;
    auto dropPlain = qScopeGuard([&] {
        if (plain != backup)
            removeSecurely(plain);
    });
    if (PracticeStore::isProtectedFile(backup)) {
        // Restored as it is, still encrypted: first proved whole with its passphrase.
        auto passphrase = readPassphrase(passphraseFile, context, false);
        if (!passphrase)
            return ExitUsage;
        const Status proved = verifyProtectedBackup(backup, *passphrase, context.clock);
        wipe(*passphrase);
        if (!proved) {
            context.err << proved.error() << Qt::endl;
            return ExitFailure;
        }
    } else if (isEnvelopeFile(backup)) {
        auto passphrase = readPassphrase(passphraseFile, context, false);
        if (!passphrase)
            return ExitUsage;
        plain = restoreScratchPath(context.practicePath);
        const Status decrypted = decryptFile(backup, plain, *passphrase);
        wipe(*passphrase);
        if (!decrypted) {
            context.err << decrypted.error() << Qt::endl;
            return ExitFailure;
        }
    }
    // Over a protected practice a plain (or decrypted) backup must not become a plain practice: the copy
    // takes the practice's own key first, as in the window, so its passphrase still opens it.
    if (!PracticeStore::isProtectedFile(backup) && PracticeStore::isProtectedFile(context.practicePath)) {
        auto passphrase = readPassphrase(passphraseFile, context, false);
        if (!passphrase)
            return ExitUsage;
        auto practice = PracticeStore::openProtected(context.practicePath, PracticeStore::OpenMode::ReadOnly,
                                                     *passphrase, SaveTiming::Immediate, context.clock);
        wipe(*passphrase);
        if (!practice) {
            context.err << practice.error() << Qt::endl;
            return ExitFailure;
        }
        const QString copy = restoreScratchPath(context.practicePath);
        const Status sealed =
            QFile::copy(plain, copy)
                ? protectCopyLike(copy, **practice)
                : Status::failure(Messages::tr("Could not copy %1.").arg(QDir::toNativeSeparators(backup)));
        practice->reset(); // its lock file goes before the file is replaced
        if (plain != backup)
            removeSecurely(plain);
        plain = copy;
        if (!sealed) {
            context.err << sealed.error() << Qt::endl;
            return ExitFailure;
        }
    }
    const auto restored =
        restorePractice(plain, context.practicePath, force,
                        plain == backup ? RestoreSource::CopyBackup : RestoreSource::MoveScratch);
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
