#include "cli/secretinput.h"

#include <cstdio>
#include <iostream>
#include <string>

#if defined(Q_OS_WIN)
#include <windows.h>
#elif defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#endif

namespace sia {

namespace {

// Turns the terminal's echo off while the password is typed, and back on in any case.
class EchoOff
{
public:
    EchoOff()
    {
#if defined(Q_OS_WIN)
        m_input = GetStdHandle(STD_INPUT_HANDLE);
        m_active = GetConsoleMode(m_input, &m_saved) && SetConsoleMode(m_input, m_saved & ~ENABLE_ECHO_INPUT);
#elif defined(Q_OS_UNIX)
        if (isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
#if defined(Q_OS_WIN)
        if (m_active) {
            SetConsoleMode(m_input, m_saved);
        }
#elif defined(Q_OS_UNIX)
        if (m_active) {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
        }
#endif
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

    bool isTerminal() const
    {
        return m_active;
    }

private:
    bool m_active = false;
#if defined(Q_OS_WIN)
    HANDLE m_input = nullptr;
    DWORD m_saved = 0;
#elif defined(Q_OS_UNIX)
    termios m_saved {};
#endif
};

// One line of standard input, without its line end; nothing when the input is closed.
std::optional<QString> readRawLine()
{
    std::string line;
    if (!std::getline(std::cin, line) && line.empty()) {
        return std::nullopt;
    }
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    return QString::fromStdString(line);
}

} // namespace

std::optional<QString> SecretInput::readLine(const QString& prompt)
{
    EchoOff echoOff;
    if (echoOff.isTerminal()) {
        std::fprintf(stderr, "%s", qPrintable(prompt));
        std::fflush(stderr);
    }
    std::optional<QString> line = readRawLine();
    if (echoOff.isTerminal()) {
        std::fprintf(stderr, "\n");
    }
    return line;
}

} // namespace sia
