// A secret typed by the admin or piped in: one line of standard input, read with the terminal's echo off
// (and a prompt on standard error) when it is a terminal. Never from an argument, which shells, process
// lists and logs keep.
#pragma once

#include <QString>

#include <optional>

namespace sia {

class SecretInput
{
public:
    // The line without its line end; nothing when standard input is closed.
    static std::optional<QString> readLine(const QString& prompt);
};

} // namespace sia
