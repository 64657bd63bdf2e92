#include "PassphraseInput.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

std::optional<QByteArray> promptHidden(const QString &prompt, CommandContext &context)
{
    if (!::isatty(STDIN_FILENO)) {
        context.err << Messages::tr("No terminal to ask for the passphrase: give --passphrase-file FILE.")
                    << Qt::endl;
        return std::nullopt;
    }
    context.err << prompt << Qt::flush;
    termios saved{};
    ::tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    QByteArray line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.append(static_cast<char>(c));
    ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    context.err << Qt::endl;
    return line;
}

} // namespace

std::optional<QByteArray> readPassphrase(const std::optional<QString> &file, CommandContext &context,
                                         bool confirm)
{
    if (file) {
        QFile f(*file);
        if (!f.open(QIODevice::ReadOnly)) {
            context.err
                << Messages::tr("Could not read the passphrase file %1: %2.").arg(*file, f.errorString())
                << Qt::endl;
            return std::nullopt;
        }
        QByteArray passphrase = f.readLine();
        while (passphrase.endsWith('\n') || passphrase.endsWith('\r'))
            passphrase.chop(1);
        if (passphrase.isEmpty()) {
            context.err << Messages::tr("The passphrase file %1 is empty.").arg(*file) << Qt::endl;
            return std::nullopt;
        }
        return passphrase;
    }
    auto first = promptHidden(Messages::tr("Passphrase: "), context);
    if (!first || !confirm)
        return first;
    auto second = promptHidden(Messages::tr("Passphrase again: "), context);
    if (!second)
        return std::nullopt;
    if (*first != *second) {
        context.err << Messages::tr("The two passphrases differ.") << Qt::endl;
        return std::nullopt;
    }
    return first;
}

} // namespace attune
