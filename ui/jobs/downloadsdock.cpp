#include "ui/jobs/downloadsdock.h"

#include "app/downloads/downloadqueue.h"
#include "app/models/downloadtablemodel.h"
#include "ui/jobs/progressbardelegate.h"
#include "ui/jobs/tablecolumns.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using rdsbm::models::DownloadTableModel;
using RowState = rdsbm::models::DownloadTableModel::RowState;

namespace rdsbm::ui {

DownloadsDock::DownloadsDock(downloads::DownloadQueue &queue, QWidget *parent)
    : QDockWidget(parent)
    , m_queue(queue)
    , m_model(new DownloadTableModel(queue, this))
    , m_tableView(new QTableView(this))
    , m_emptyLabel(new QLabel(this))
    , m_problemLabel(new QLabel(this))
    , m_pauseButton(new QPushButton(this))
    , m_resumeButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_openFolderButton(new QPushButton(this))
    , m_clearFinishedButton(new QPushButton(this))
{
    setObjectName(u"downloadsDock"_s);
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);

    m_tableView->setObjectName(u"downloadsTableView"_s);
    m_tableView->setModel(m_model);
    m_tableView->setItemDelegateForColumn(DownloadTableModel::ProgressColumn, new ProgressBarDelegate(m_tableView));
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 8);
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    const int charWidth = m_tableView->fontMetrics().averageCharWidth();
    m_tableView->setColumnWidth(DownloadTableModel::FileColumn, 34 * charWidth);
    m_tableView->setColumnWidth(DownloadTableModel::ProgressColumn, 16 * charWidth);
    m_tableView->setColumnWidth(DownloadTableModel::BytesColumn, 28 * charWidth);
    m_tableView->setColumnWidth(DownloadTableModel::SpeedColumn, 12 * charWidth);
    m_tableView->setColumnWidth(DownloadTableModel::TimeLeftColumn, 14 * charWidth);
    m_tableView->setColumnWidth(DownloadTableModel::StateColumn, 20 * charWidth);

    m_emptyLabel->setObjectName(u"downloadsEmptyLabel"_s);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_problemLabel->setObjectName(u"downloadProblemLabel"_s);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_pauseButton->setObjectName(u"pauseDownloadButton"_s);
    m_resumeButton->setObjectName(u"resumeDownloadButton"_s);
    m_cancelButton->setObjectName(u"cancelDownloadButton"_s);
    m_openFolderButton->setObjectName(u"openDownloadFolderButton"_s);
    m_clearFinishedButton->setObjectName(u"clearFinishedDownloadsButton"_s);
    connect(m_pauseButton, &QPushButton::clicked, this, [this] { m_queue.pause(currentId()); });
    connect(m_resumeButton, &QPushButton::clicked, this, [this] { m_queue.resume(currentId()); });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { m_queue.cancel(currentId()); });
    connect(m_openFolderButton, &QPushButton::clicked, this, &DownloadsDock::openFolder);
    connect(m_clearFinishedButton, &QPushButton::clicked, this, [this] { m_model->clearFinished(); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pauseButton);
    buttons->addWidget(m_resumeButton);
    buttons->addWidget(m_cancelButton);
    buttons->addSpacing(charWidth * 2);
    buttons->addWidget(m_openFolderButton);
    buttons->addStretch();
    buttons->addWidget(m_clearFinishedButton);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(buttons);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_tableView, 1);
    layout->addWidget(m_problemLabel);
    setWidget(content);
    setFocusProxy(m_tableView);

    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DownloadsDock::updateControls);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &DownloadsDock::updateControls);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DownloadsDock::updateControls);
    retranslateUi();
}

void DownloadsDock::showDownload(const QString &id)
{
    const int row = m_model->rowOfDownload(id);
    if (row < 0)
        return;
    show();
    raise();
    m_tableView->setCurrentIndex(m_model->index(row, DownloadTableModel::FileColumn));
    m_tableView->scrollTo(m_tableView->currentIndex());
}

std::optional<int> DownloadsDock::currentRow() const
{
    const QModelIndex current = m_tableView->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return current.row();
}

QString DownloadsDock::currentId() const
{
    const auto row = currentRow();
    return row ? m_model->rowAt(*row).id : QString();
}

void DownloadsDock::openFolder()
{
    const auto row = currentRow();
    if (!row)
        return;
    const QFileInfo file(m_model->rowAt(*row).targetPath);
    QDesktopServices::openUrl(QUrl::fromLocalFile(file.absolutePath()));
}

void DownloadsDock::updateControls()
{
    const auto row = currentRow();
    const auto *current = row ? &m_model->rowAt(*row) : nullptr;
    const RowState state = current ? current->state : RowState::Canceled;
    m_pauseButton->setEnabled(current && state == RowState::Running);
    m_resumeButton->setEnabled(current && (state == RowState::Paused || state == RowState::Failed));
    m_cancelButton->setEnabled(current && !current->isFinished());
    m_openFolderButton->setEnabled(current != nullptr);
    bool anyFinished = false;
    for (int r = 0; r < m_model->rowCount() && !anyFinished; ++r)
        anyFinished = m_model->rowAt(r).isFinished();
    m_clearFinishedButton->setEnabled(anyFinished);
    m_emptyLabel->setVisible(m_model->rowCount() == 0);
    m_problemLabel->setText(current ? current->problem : QString());
    m_problemLabel->setVisible(!m_problemLabel->text().isEmpty());
}

void DownloadsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void DownloadsDock::retranslateUi()
{
    setWindowTitle(tr("Downloads"));
    m_tableView->setAccessibleName(tr("Downloads"));
    m_emptyLabel->setText(tr("No downloads. Select a backup set and choose Download to save its file here; "
                             "unfinished downloads resume at the next start."));
    m_pauseButton->setText(tr("Pause"));
    m_resumeButton->setText(tr("Resume"));
    m_resumeButton->setToolTip(tr("Continue a paused download, or try a failed one again from where it stopped."));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop the download and remove it from the list; the partial file stays on disk."));
    m_openFolderButton->setText(tr("Open Folder"));
    m_clearFinishedButton->setText(tr("Clear Finished"));
    m_model->retranslate();
    fitColumnsToHeaders(m_tableView);
    updateControls();
}

} // namespace rdsbm::ui
