#include "app/downloads/downloadqueue.h"

#include "app/downloads/downloadlogging.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::downloads {

namespace {

constexpr int stateVersion = 1;

std::optional<QueuedDownload::Status> statusFromKey(const QString &key)
{
    for (auto status : {QueuedDownload::Status::Waiting, QueuedDownload::Status::Running,
                        QueuedDownload::Status::Paused, QueuedDownload::Status::Failed})
        if (queuedDownloadStatusKey(status) == key)
            return status;
    return std::nullopt;
}

QJsonObject toJson(const QueuedDownload &entry)
{
    QJsonObject object{
        {u"id"_s, entry.id},
        {u"targetPath"_s, entry.targetPath},
        {u"expectedSize"_s, double(entry.expectedSize)},
        {u"overwriteExisting"_s, entry.overwriteExisting},
        {u"allowUnverified"_s, entry.allowUnverified},
        {u"source"_s, entry.source},
        {u"addedAt"_s, entry.addedAt.toUTC().toString(Qt::ISODate)},
        {u"status"_s, queuedDownloadStatusKey(entry.status)},
    };
    // A decimal string: a CRC-64 does not fit a JSON number (a double) exactly.
    if (entry.expectedChecksum)
        object.insert(u"expectedChecksum"_s, QString::number(quint64(*entry.expectedChecksum)));
    if (!entry.lastError.isEmpty())
        object.insert(u"lastError"_s, entry.lastError);
    return object;
}

std::optional<QueuedDownload> fromJson(const QJsonObject &object)
{
    QueuedDownload entry;
    entry.id = object.value(u"id"_s).toString();
    entry.targetPath = object.value(u"targetPath"_s).toString();
    if (entry.id.isEmpty() || entry.targetPath.isEmpty())
        return std::nullopt;
    const QJsonValue checksum = object.value(u"expectedChecksum"_s);
    if (checksum.isString()) {
        bool ok = false;
        const quint64 value = checksum.toString().toULongLong(&ok);
        if (!ok)
            return std::nullopt;
        entry.expectedChecksum = value;
    }
    entry.expectedSize = qint64(object.value(u"expectedSize"_s).toDouble(-1));
    entry.overwriteExisting = object.value(u"overwriteExisting"_s).toBool();
    entry.allowUnverified = object.value(u"allowUnverified"_s).toBool();
    entry.source = object.value(u"source"_s).toObject();
    entry.addedAt = QDateTime::fromString(object.value(u"addedAt"_s).toString(), Qt::ISODate);
    entry.status = statusFromKey(object.value(u"status"_s).toString()).value_or(QueuedDownload::Status::Waiting);
    if (entry.status == QueuedDownload::Status::Running)
        entry.status = QueuedDownload::Status::Waiting; // the last run stopped mid-way
    entry.lastError = object.value(u"lastError"_s).toString();
    return entry;
}

bool leavesTheQueue(DownloadOutcome outcome)
{
    switch (outcome) {
    case DownloadOutcome::Verified:
    case DownloadOutcome::Unverified:
    case DownloadOutcome::ChecksumMismatch:
    case DownloadOutcome::Canceled:
        return true;
    default:
        return false;
    }
}

} // namespace

QString queuedDownloadStatusKey(QueuedDownload::Status status)
{
    switch (status) {
    case QueuedDownload::Status::Waiting:
        return u"waiting"_s;
    case QueuedDownload::Status::Running:
        return u"running"_s;
    case QueuedDownload::Status::Paused:
        return u"paused"_s;
    case QueuedDownload::Status::Failed:
        return u"failed"_s;
    }
    return u"waiting"_s;
}

DownloadQueue::DownloadQueue(transport::HttpTransport &transport, QString stateDirectory, LinkProvider linkProvider,
                             QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_stateDirectory(std::move(stateDirectory))
    , m_linkProvider(std::move(linkProvider))
{
}

DownloadQueue::~DownloadQueue()
{
    // Running downloads stop with the application; their entries stay "running" in the file
    // and wait again at the next start. No finished() reaches a half-destroyed queue.
    for (auto &slot : m_slots)
        if (slot->running)
            slot->running->disconnect(this);
}

void DownloadQueue::setMaxConcurrent(int count)
{
    m_maxConcurrent = std::max(1, count);
    startWaiting();
}

QString DownloadQueue::stateFilePath() const
{
    return QDir(m_stateDirectory).filePath(u"downloads.json"_s);
}

QString DownloadQueue::load()
{
    QFile file(stateFilePath());
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return tr("Could not read the list of unfinished downloads %1: %2").arg(file.fileName(), file.errorString());
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    const QJsonArray list = document.object().value(u"downloads"_s).toArray();
    if (!document.isObject() || !document.object().value(u"downloads"_s).isArray())
        return tr("The list of unfinished downloads %1 is damaged and was not read.").arg(file.fileName());
    for (const QJsonValue &value : list) {
        auto entry = fromJson(value.toObject());
        if (!entry || find(entry->id))
            continue;
        auto slot = std::make_unique<Slot>();
        slot->entry = std::move(*entry);
        m_slots.push_back(std::move(slot));
    }
    Q_EMIT entriesChanged();
    startWaiting();
    return {};
}

QString DownloadQueue::enqueue(QueuedDownload entry, const QUrl &link)
{
    // One file, one .part, one writer.
    for (const auto &slot : m_slots)
        if (slot->entry.targetPath == entry.targetPath)
            return slot->entry.id;
    if (entry.id.isEmpty())
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!entry.addedAt.isValid())
        entry.addedAt = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    entry.status = QueuedDownload::Status::Waiting;
    entry.lastError.clear();
    auto slot = std::make_unique<Slot>();
    slot->entry = std::move(entry);
    slot->link = link;
    const QString id = slot->entry.id;
    m_slots.push_back(std::move(slot));
    persist();
    Q_EMIT entriesChanged();
    startWaiting();
    return id;
}

void DownloadQueue::pause(const QString &id)
{
    Slot *slot = find(id);
    if (!slot || slot->entry.status != QueuedDownload::Status::Running || !slot->running)
        return;
    slot->running->pause();
    slot->entry.status = QueuedDownload::Status::Paused;
    persist();
    Q_EMIT entriesChanged();
    startWaiting();
}

void DownloadQueue::resume(const QString &id)
{
    Slot *slot = find(id);
    if (!slot)
        return;
    if (slot->entry.status == QueuedDownload::Status::Paused && slot->running) {
        slot->entry.status = QueuedDownload::Status::Running; // a user's resume takes a slot at once
        persist();
        Q_EMIT entriesChanged();
        slot->running->resume();
        return;
    }
    if (slot->entry.status == QueuedDownload::Status::Paused || slot->entry.status == QueuedDownload::Status::Failed) {
        slot->entry.status = QueuedDownload::Status::Waiting;
        slot->entry.lastError.clear();
        persist();
        Q_EMIT entriesChanged();
        startWaiting();
    }
}

void DownloadQueue::cancel(const QString &id)
{
    Slot *slot = find(id);
    if (!slot)
        return;
    if (slot->running) {
        slot->running->cancel(); // finished() removes the entry
        return;
    }
    remove(id);
}

void DownloadQueue::remove(const QString &id)
{
    const auto it = std::find_if(m_slots.begin(), m_slots.end(),
                                 [&id](const auto &slot) { return slot->entry.id == id; });
    if (it == m_slots.end())
        return;
    if (auto &running = (*it)->running) {
        running->disconnect(this);
        running->cancel();
        running.release()->deleteLater();
    }
    m_slots.erase(it);
    persist();
    Q_EMIT entriesChanged();
    startWaiting();
}

QList<QueuedDownload> DownloadQueue::entries() const
{
    QList<QueuedDownload> all;
    for (const auto &slot : m_slots)
        all.append(slot->entry);
    return all;
}

std::optional<QueuedDownload> DownloadQueue::entry(const QString &id) const
{
    const Slot *slot = find(id);
    return slot ? std::optional<QueuedDownload>(slot->entry) : std::nullopt;
}

BackupDownload *DownloadQueue::download(const QString &id) const
{
    const Slot *slot = find(id);
    return slot ? slot->running.get() : nullptr;
}

int DownloadQueue::runningCount() const
{
    return int(std::count_if(m_slots.begin(), m_slots.end(), [](const auto &slot) {
        return slot->entry.status == QueuedDownload::Status::Running;
    }));
}

DownloadQueue::Slot *DownloadQueue::find(const QString &id)
{
    for (auto &slot : m_slots)
        if (slot->entry.id == id)
            return slot.get();
    return nullptr;
}

const DownloadQueue::Slot *DownloadQueue::find(const QString &id) const
{
    for (const auto &slot : m_slots)
        if (slot->entry.id == id)
            return slot.get();
    return nullptr;
}

void DownloadQueue::startWaiting()
{
    for (std::size_t i = 0; i < m_slots.size() && runningCount() < m_maxConcurrent; ++i) {
        Slot &slot = *m_slots[i];
        if (slot.entry.status == QueuedDownload::Status::Waiting)
            startSlot(slot); // may finish at once and remove entries: re-check the bounds
    }
}

void DownloadQueue::startSlot(Slot &slot)
{
    DownloadRequest request;
    request.url = slot.link;
    request.targetPath = slot.entry.targetPath;
    request.expectedChecksum = slot.entry.expectedChecksum;
    request.expectedSize = slot.entry.expectedSize;
    request.overwriteExisting = slot.entry.overwriteExisting;
    request.allowUnverified = slot.entry.allowUnverified;

    const QString id = slot.entry.id;
    slot.running = std::make_unique<BackupDownload>(m_transport, request);
    BackupDownload *download = slot.running.get();
    download->setOptions(m_options);
    if (m_clock)
        download->setClock(m_clock);
    if (m_linkProvider) {
        download->setLinkRefresher([this, id](LinkDelivery deliver) {
            const Slot *current = find(id);
            if (!current) {
                deliver({}, tr("The download was removed from the queue."));
                return;
            }
            m_linkProvider(current->entry, std::move(deliver));
        });
    }
    connect(download, &BackupDownload::finished, this, [this, id] { onFinished(id); });
    slot.entry.status = QueuedDownload::Status::Running;
    slot.entry.lastError.clear();
    persist();
    Q_EMIT entriesChanged();
    Q_EMIT downloadStarted(id, download);
    download->start();
}

void DownloadQueue::onFinished(const QString &id)
{
    Slot *slot = find(id);
    if (!slot || !slot->running)
        return;
    const DownloadResult result = slot->running->result();
    // Not deleted here: finished() may come from inside the download's own start().
    slot->running.release()->deleteLater();
    if (leavesTheQueue(result.outcome)) {
        m_slots.erase(std::find_if(m_slots.begin(), m_slots.end(),
                                   [&id](const auto &candidate) { return candidate->entry.id == id; }));
    } else {
        slot->entry.status = QueuedDownload::Status::Failed;
        slot->entry.lastError = result.message;
    }
    persist();
    Q_EMIT downloadFinished(id, result);
    Q_EMIT entriesChanged();
    startWaiting();
}

void DownloadQueue::persist()
{
    QJsonArray list;
    for (const auto &slot : m_slots)
        list.append(toJson(slot->entry));
    const QJsonObject root{{u"version"_s, stateVersion}, {u"downloads"_s, list}};

    QDir().mkpath(m_stateDirectory);
    QSaveFile file(stateFilePath());
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit())
        qCWarning(lcDownloads).noquote() << "could not save the download list" << file.fileName() << ":"
                                         << file.errorString();
}

} // namespace rdsbm::downloads
