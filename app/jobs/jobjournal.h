#pragma once

#include "app/domain/cloudjob.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace rdsbm::jobs {

// Every job, written to one JSON file after each change (atomically, through QSaveFile), so that
// a restart, or a crash at any point, finds the jobs again. A job is recorded as Submitting
// before its request is sent: finding it in that state means "maybe submitted", to reconcile
// with the provider before anything is resent.
// The desktop application and `rdsbm` may share the file: each change is made under a lock file
// on the journal as it is on disk at that moment, so neither loses the other's jobs.
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

    // Insert or replace by localId, then save, merged with what other processes wrote meanwhile
    // (which the journal in memory takes in). On a write error the journal in memory keeps the
    // change, the next save carries it, and the error says why the disk copy could not follow.
    bool record(const CloudJob &job, QString &error);
    bool remove(const QString &localId, QString &error);

    const QString &filePath() const { return m_filePath; }

private:
    // Re-reads the file under the lock, lays this process's unsaved changes over it, writes it.
    bool saveMerged(QString &error);
    std::optional<QList<CloudJob>> readFile(QString &error) const;
    bool write(const QList<CloudJob> &jobs, QString &error) const;
    void keepDamagedCopy() const;

    QString m_filePath;
    QList<CloudJob> m_jobs;
    QSet<QString> m_unsaved;  // local ids changed here and not yet on disk
    QSet<QString> m_removed;  // local ids removed here and not yet from disk
};

} // namespace rdsbm::jobs
