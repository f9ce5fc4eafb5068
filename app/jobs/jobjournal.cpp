#include "app/jobs/jobjournal.h"

#include "app/jobs/cloudjobjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::jobs {

namespace {
constexpr int journalFormatVersion = 1;
}

JobJournal::JobJournal(QString filePath)
    : m_filePath(std::move(filePath))
{
}

bool JobJournal::load(QString &error)
{
    m_jobs.clear();
    m_unsaved.clear();
    m_removed.clear();
    auto jobs = readFile(error);
    if (!jobs)
        return false;
    m_jobs = *jobs;
    return error.isEmpty();
}

// The jobs in the file (none when it does not exist). Entries that cannot be read are left out
// and named in `error`; an unreadable or damaged file gives no list at all.
std::optional<QList<CloudJob>> JobJournal::readFile(QString &error) const
{
    QList<CloudJob> jobs;
    QFile file(m_filePath);
    if (!file.exists())
        return jobs;
    if (!file.open(QIODevice::ReadOnly)) {
        error = QCoreApplication::translate("JobJournal", "Cannot read the job journal %1: %2")
                    .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        error = QCoreApplication::translate("JobJournal", "The job journal %1 is damaged (%2).")
                    .arg(QDir::toNativeSeparators(m_filePath), parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(u"version"_s).toInt() > journalFormatVersion) {
        error = QCoreApplication::translate("JobJournal",
                                            "The job journal %1 was written by a newer version.")
                    .arg(QDir::toNativeSeparators(m_filePath));
        return std::nullopt;
    }
    QStringList skipped;
    for (const QJsonValue &value : root.value(u"jobs"_s).toArray()) {
        QString entryError;
        if (auto job = cloudJobFromJson(value.toObject(), entryError))
            jobs.append(*job);
        else
            skipped.append(entryError);
    }
    error = skipped.join(u'\n');
    return jobs;
}

std::optional<CloudJob> JobJournal::job(const QString &localId) const
{
    for (const CloudJob &job : m_jobs)
        if (job.localId == localId)
            return job;
    return std::nullopt;
}

QList<CloudJob> JobJournal::unfinished() const
{
    QList<CloudJob> result;
    for (const CloudJob &job : m_jobs)
        if (!job.isFinished())
            result.append(job);
    return result;
}

bool JobJournal::record(const CloudJob &job, QString &error)
{
    auto existing = std::find_if(m_jobs.begin(), m_jobs.end(),
                                 [&](const CloudJob &j) { return j.localId == job.localId; });
    if (existing != m_jobs.end())
        *existing = job;
    else
        m_jobs.append(job);
    m_unsaved.insert(job.localId);
    m_removed.remove(job.localId);
    return saveMerged(error);
}

bool JobJournal::remove(const QString &localId, QString &error)
{
    m_jobs.removeIf([&](const CloudJob &j) { return j.localId == localId; });
    m_unsaved.remove(localId);
    m_removed.insert(localId);
    return saveMerged(error);
}

bool JobJournal::saveMerged(QString &error)
{
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    // Another process holds the lock only for one read and write; a crashed one leaves a stale
    // lock that QLockFile takes over after the stale time.
    QLockFile lock(m_filePath + u".lock"_s);
    lock.setStaleLockTime(10'000);
    const bool locked = lock.tryLock(5'000);

    // What is on disk is at least as new as this process's copy, except for its unsaved
    // changes. A damaged file is not merged (load() reported it); it is replaced by ours.
    QString readError;
    const auto onDisk = readFile(readError);
    if (!onDisk)
        keepDamagedCopy();
    QList<CloudJob> merged = onDisk.value_or(m_jobs);
    merged.removeIf([this](const CloudJob &j) { return m_removed.contains(j.localId); });
    for (const CloudJob &mine : std::as_const(m_jobs)) {
        if (!m_unsaved.contains(mine.localId))
            continue;
        auto onDisk = std::find_if(merged.begin(), merged.end(),
                                   [&](const CloudJob &j) { return j.localId == mine.localId; });
        if (onDisk != merged.end())
            *onDisk = mine;
        else
            merged.append(mine);
    }
    m_jobs = merged;
    if (!locked) {
        error = QCoreApplication::translate("JobJournal", "The job journal %1 is locked by another program.")
                    .arg(QDir::toNativeSeparators(m_filePath));
        return false;
    }
    if (!write(merged, error))
        return false;
    m_unsaved.clear();
    m_removed.clear();
    return true;
}

// The unreadable journal is copied aside once, before it is replaced, so nothing in it is lost.
void JobJournal::keepDamagedCopy() const
{
    if (!QFileInfo::exists(m_filePath))
        return;
    const QString copy = m_filePath + u".damaged"_s;
    if (!QFileInfo::exists(copy))
        QFile::copy(m_filePath, copy);
}

bool JobJournal::write(const QList<CloudJob> &jobs, QString &error) const
{
    QJsonArray array;
    for (const CloudJob &job : jobs)
        array.append(toJson(job));
    const QJsonObject root{{u"version"_s, journalFormatVersion}, {u"jobs"_s, array}};

    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        error = QCoreApplication::translate("JobJournal", "Cannot write the job journal %1: %2")
                    .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        return false;
    }
    return true;
}

} // namespace rdsbm::jobs
