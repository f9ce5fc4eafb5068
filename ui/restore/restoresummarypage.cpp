#include "ui/restore/restoresummarypage.h"

#include "app/operations/longoperation.h"
#include "ui/restore/problemlabel.h"
#include "ui/restore/requestpreview.h"
#include "ui/restore/restoreconfirmation.h"

#include <QAbstractButton>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

using operations::LongOperation;
using operations::OperationOutcome;

RestoreSummaryPage::RestoreSummaryPage(QWidget *parent)
    : QWizardPage(parent)
    , m_form(new QFormLayout)
    , m_requestLabel(new QLabel(this))
    , m_requestPreview(new RequestPreview(this))
    , m_confirmation(new RestoreConfirmation(this))
    , m_statusLabel(new QLabel(this))
    , m_problemLabel(new ProblemLabel(this))
{
    m_statusLabel->setObjectName(u"summaryStatusLabel"_s);
    m_problemLabel->setObjectName(u"summaryProblemLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_requestLabel->setBuddy(m_requestPreview);
    m_requestPreview->setMinimumHeight(m_requestPreview->fontMetrics().lineSpacing() * 7);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_requestLabel);
    layout->addWidget(m_requestPreview, 1);
    layout->addWidget(m_confirmation);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_problemLabel);

    connect(m_confirmation, &RestoreConfirmation::confirmationChanged, this, &QWizardPage::completeChanged);
}

QLabel *RestoreSummaryPage::addSummaryRow(QLabel *&label, const QString &objectName)
{
    label = new QLabel(this);
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, value);
    return value;
}

void RestoreSummaryPage::addSummaryRow(QLabel *&label, QWidget *field)
{
    label = new QLabel(this);
    label->setBuddy(field);
    m_form->addRow(label, field);
}

void RestoreSummaryPage::initializePage()
{
    m_submitted = false;
    m_lastFailure.clear();
    m_confirmation->setTarget(targetInstanceId(), acknowledgement(), confirmationPrompt());
    showRequest(m_requestPreview);
    showSummary();
    prepare();
}

void RestoreSummaryPage::cleanupPage()
{
    if (m_operation && m_operation->stage() != LongOperation::Stage::Submitting) {
        m_operation->cancel();
        m_operation->deleteLater();
        m_operation = nullptr;
    }
    m_problemLabel->clearProblems();
}

// A fresh operation each time: an operation runs once. The plan keeps what must stay the same
// across attempts (the ClientToken).
void RestoreSummaryPage::prepare()
{
    if (m_operation)
        m_operation->deleteLater();
    m_operation = createOperation();
    connect(m_operation, &LongOperation::prepared, this, &RestoreSummaryPage::onPrepared);
    connect(m_operation, &LongOperation::finished, this, &RestoreSummaryPage::onFinished);
    connect(m_operation, &LongOperation::progressNoted, m_statusLabel, &QLabel::setText);
    setBusy(tr("Checking the source and the target once more…"));
    m_operation->prepare();
}

void RestoreSummaryPage::onPrepared()
{
    setBusy(QString());
    const operations::OperationResult &result = m_operation->result();
    showSummary();
    QStringList lines;
    if (!m_lastFailure.isEmpty())
        lines.append(m_lastFailure);
    if (result.outcome == OperationOutcome::Rejected) {
        for (const InputProblem &problem : result.problems)
            lines.append(u"• "_s + problem.message);
    } else if (result.outcome == OperationOutcome::Failed) {
        lines.append(tr("The check before sending could not be made."));
        lines.append(ProblemLabel::failureText(result.failure, providerKey(), result.failedAction));
    }
    m_problemLabel->showMessage(lines.join(u'\n'));
}

bool RestoreSummaryPage::isPrepared() const
{
    return m_operation && m_operation->stage() == LongOperation::Stage::Prepared
        && m_operation->result().outcome == OperationOutcome::Ready;
}

bool RestoreSummaryPage::isComplete() const
{
    return !m_busy && isPrepared() && m_confirmation->isConfirmed();
}

bool RestoreSummaryPage::validatePage()
{
    if (m_submitted)
        return true;
    if (!isComplete())
        return false;
    m_problemLabel->clearProblems();
    setBusy(tr("Sending…"));
    m_operation->submit();
    return false;
}

void RestoreSummaryPage::onFinished()
{
    setBusy(QString());
    const operations::OperationResult &result = m_operation->result();
    if (result.outcome == OperationOutcome::Submitted) {
        m_submitted = true;
        m_submittedJobId = result.localJobId;
        m_statusLabel->setText(tr("Accepted by the service; follow it in the job monitor."));
        Q_EMIT jobSubmitted(m_submittedJobId);
        QMetaObject::invokeMethod(wizard(), &QWizard::accept, Qt::QueuedConnection);
        return;
    }
    QString failure;
    if (result.outcome == OperationOutcome::Rejected) {
        QStringList lines;
        for (const InputProblem &problem : result.problems)
            lines.append(u"• "_s + problem.message);
        failure = lines.join(u'\n');
    } else if (result.outcome == OperationOutcome::NotRecorded) {
        failure = tr("The job could not be recorded, so nothing was sent: %1").arg(result.message);
    } else if (result.outcome == OperationOutcome::Ambiguous) {
        failure = result.message + u'\n' + ProblemLabel::failureText(result.failure, providerKey(), result.failedAction);
    } else if (result.outcome == OperationOutcome::Failed) {
        failure = tr("The service refused the request.") + u'\n'
            + ProblemLabel::failureText(result.failure, providerKey(), result.failedAction);
    }
    // A new attempt starts from a new check; the confirmation and every choice stay as they are.
    m_lastFailure = failure;
    prepare();
    m_problemLabel->showMessage(failure);
}

void RestoreSummaryPage::setBusy(const QString &status)
{
    m_busy = !status.isEmpty();
    m_statusLabel->setText(status);
    // Closing the wizard while the request is on its way would hide its answer.
    if (QWizard *owner = wizard())
        if (QAbstractButton *cancel = owner->button(QWizard::CancelButton))
            cancel->setEnabled(!(m_operation && m_operation->stage() == LongOperation::Stage::Submitting));
    Q_EMIT completeChanged();
}

void RestoreSummaryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void RestoreSummaryPage::retranslateUi()
{
    setTitle(tr("Summary"));
    setSubTitle(tr("Check what will happen. Finish sends the request once you have typed the target's ID."));
    m_requestLabel->setText(tr("&Request that will be sent:"));
    if (!targetInstanceId().isEmpty())
        m_confirmation->setTarget(targetInstanceId(), acknowledgement(), confirmationPrompt());
}

} // namespace rdsbm::ui
