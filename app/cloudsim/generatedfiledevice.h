#pragma once

#include "app/cloudsim/generatedcontent.h"

#include <QIODevice>

namespace rdsbm::cloudsim {

// A read-only device over one range of a generated file: what a download streams. It produces
// bytes as they are read, so a multi-gigabyte file never exists in memory.
class GeneratedFileDevice : public QIODevice
{
    Q_OBJECT

public:
    // Opens itself read-only on [begin, begin + length) of `content`.
    GeneratedFileDevice(GeneratedContent content, qint64 begin, qint64 length,
                        QObject *parent = nullptr);

    qint64 size() const override { return m_length; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    GeneratedContent m_content;
    qint64 m_begin;
    qint64 m_length;
};

} // namespace rdsbm::cloudsim
