// Reading a passphrase for a command: from --passphrase-file, or typed at the terminal with echo off.
// Never from the command line itself, where any user could see it in a process listing.
#pragma once

#include "Commands.h"

#include <QByteArray>

#include <optional>

namespace attune {

// Reads the passphrase from file if given, otherwise prompts on the terminal (twice when confirm).
// Prints why and returns nullopt when no passphrase can be had.
std::optional<QByteArray> readPassphrase(const std::optional<QString> &file, CommandContext &context,
                                         bool confirm);

} // namespace attune
