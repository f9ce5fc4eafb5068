#include "app/cli/terminalprompt.h"

#include <QSocketNotifier>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace rdsbm::cli {

TerminalPrompt::TerminalPrompt(QObject *parent)
    : QObject(parent)
{
}

TerminalPrompt::~TerminalPrompt()
{
    if (m_echoHidden)
        setEcho(true);
}

void TerminalPrompt::ask(const QString &question, Echo echo)
{
    const QByteArray text = question.toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
    if (echo == Echo::Hidden)
        setEcho(false);
#ifdef Q_OS_WIN
    // Windows has no notifier for console input: the line is read on the next event-loop turn.
    // Nothing else is in flight while rdsbm waits for an answer.
    QTimer::singleShot(0, this, [this] {
        std::string line;
        if (!std::getline(std::cin, line))
            return (void)Q_EMIT closed();
        deliver(QByteArray::fromStdString(line));
    });
#else
    m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminalPrompt::onReadable);
#endif
}

void TerminalPrompt::onReadable()
{
#ifndef Q_OS_WIN
    char chunk[256];
    const ssize_t count = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (count <= 0) {
        m_notifier->setEnabled(false);
        if (m_echoHidden)
            setEcho(true);
        Q_EMIT closed();
        return;
    }
    m_buffer.append(chunk, qsizetype(count));
    const qsizetype newline = m_buffer.indexOf('\n');
    if (newline < 0)
        return;
    m_notifier->setEnabled(false);
    deliver(m_buffer.left(newline));
#endif
}

void TerminalPrompt::deliver(const QByteArray &line)
{
    if (m_echoHidden) {
        setEcho(true);
        std::fputc('\n', stderr); // the user's Enter was not echoed
        std::fflush(stderr);
    }
    QByteArray text = line;
    if (text.endsWith('\r'))
        text.chop(1);
    Q_EMIT answered(QString::fromUtf8(text));
}

void TerminalPrompt::setEcho(bool on)
{
#ifdef Q_OS_WIN
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (!GetConsoleMode(input, &mode))
        return;
    SetConsoleMode(input, on ? (mode | ENABLE_ECHO_INPUT) : (mode & ~DWORD(ENABLE_ECHO_INPUT)));
#else
    termios settings{};
    if (tcgetattr(STDIN_FILENO, &settings) != 0)
        return;
    if (on)
        settings.c_lflag |= ECHO;
    else
        settings.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &settings);
#endif
    m_echoHidden = !on;
}

} // namespace rdsbm::cli
