#pragma once

#include "app/domain/cloudjob.h"

#include <QList>
#include <QString>

#include <optional>

namespace rdsbm::jobs {

// Every job, written to one JSON file after each change (atomically, through QSaveFile), so that
// a restart, or a crash at any point, finds the jobs again. A job is recorded as Submitting
// before its request is sent: finding it in that state means "maybe submitted", to reconcile
// with the provider before anything is resent.
class JobJournal
{
public:
    explicit JobJournal(QString filePath);

    // Reads the file. A missing file is an empty journal; an unreadable or corrupt one is an
    // error, and the file is left untouched (renamed aside only by the caller's choice).
    bool load(QString &error);

    const QList<CloudJob> &jobs() const { return m_jobs; }
    std::optional<CloudJob> job(const QString &localId) const;
    QList<CloudJob> unfinished() const;

    // Insert or replace by localId, then save. On a write error the journal in memory keeps
    // the change and the error says why the disk copy could not follow.
    bool record(const CloudJob &job, QString &error);
    bool remove(const QString &localId, QString &error);

    const QString &filePath() const { return m_filePath; }

private:
    bool save(QString &error) const;

    QString m_filePath;
    QList<CloudJob> m_jobs;
};

} // namespace rdsbm::jobs
