#pragma once

#include <QByteArray>
#include <QObject>

class QSocketNotifier;

namespace rdsbm::cli {

// Reads one line the user types on the terminal, without blocking the event loop (Unix: a
// socket notifier on standard input). With Echo::Hidden the terminal does not show what is typed
// (passwords); echo comes back as soon as the line is read, or when the prompt is destroyed.
class TerminalPrompt : public QObject
{
    Q_OBJECT

public:
    enum class Echo { Visible, Hidden };

    explicit TerminalPrompt(QObject *parent = nullptr);
    ~TerminalPrompt() override;

    // Writes `question` on stderr, then emits answered() with the line (without its newline), or
    // closed() when the input ends first.
    void ask(const QString &question, Echo echo);

Q_SIGNALS:
    void answered(const QString &answer);
    void closed();

private:
    void onReadable();
    void setEcho(bool on);
    void deliver(const QByteArray &line);

    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_buffer;
    bool m_echoHidden = false;
};

} // namespace rdsbm::cli
