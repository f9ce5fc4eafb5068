#include "app/jobs/jobjournal.h"

#include "app/jobs/cloudjobjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    QFile file(m_filePath);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        error = QCoreApplication::translate("JobJournal", "Cannot read the job journal %1: %2")
                    .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        error = QCoreApplication::translate("JobJournal", "The job journal %1 is damaged (%2).")
                    .arg(QDir::toNativeSeparators(m_filePath), parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(u"version"_s).toInt() > journalFormatVersion) {
        error = QCoreApplication::translate("JobJournal",
                                            "The job journal %1 was written by a newer version.")
                    .arg(QDir::toNativeSeparators(m_filePath));
        return false;
    }
    QStringList skipped;
    for (const QJsonValue &value : root.value(u"jobs"_s).toArray()) {
        QString entryError;
        if (auto job = cloudJobFromJson(value.toObject(), entryError))
            m_jobs.append(*job);
        else
            skipped.append(entryError);
    }
    if (!skipped.isEmpty()) {
        error = skipped.join(u'\n');
        return false;
    }
    return true;
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
    return save(error);
}

bool JobJournal::remove(const QString &localId, QString &error)
{
    m_jobs.removeIf([&](const CloudJob &j) { return j.localId == localId; });
    return save(error);
}

bool JobJournal::save(QString &error) const
{
    QJsonArray array;
    for (const CloudJob &job : m_jobs)
        array.append(toJson(job));
    const QJsonObject root{{u"version"_s, journalFormatVersion}, {u"jobs"_s, array}};

    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
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
