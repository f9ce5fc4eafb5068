#pragma once

#include <QObject>

class QSocketNotifier;

namespace rdsbm::cloudsim {

// Turns SIGINT and SIGTERM into a Qt signal (Unix self-pipe: the handler only writes a byte,
// the event loop reads it), so the simulator can stop cleanly and save its state. Elsewhere it
// does nothing and the platform's default termination applies.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace rdsbm::cloudsim
