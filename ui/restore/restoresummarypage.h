#pragma once

#include "app/operations/longoperation.h"

#include <QPointer>
#include <QWizardPage>

class QFormLayout;
class QLabel;

namespace rdsbm::ui {

class ProblemLabel;
class RequestPreview;
class RestoreConfirmation;

// The last page of every restore wizard: what will happen, the exact request, and the typed
// confirmation. Its operation checks everything once more (prepare) while Finish stays
// disabled; Finish then records the job and sends it (submit), and the wizard closes once the
// service has accepted it. A failure is shown here and nothing typed is lost.
class RestoreSummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RestoreSummaryPage(QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    const QString &submittedJobId() const { return m_submittedJobId; }
    RestoreConfirmation *confirmation() const { return m_confirmation; }
    operations::LongOperation *operation() const { return m_operation; }

Q_SIGNALS:
    void jobSubmitted(const QString &localJobId);

protected:
    // A new operation for what the plan holds now, owned by this page.
    virtual operations::LongOperation *createOperation() = 0;
    virtual QString targetInstanceId() const = 0;
    // The box the user ticks: one short sentence naming what is overwritten.
    virtual QString acknowledgement() const = 0;
    virtual void showRequest(RequestPreview *preview) = 0;
    // Fills the summary rows from the plan and, once prepared, from the operation's preview.
    virtual void showSummary() = 0;
    // "alibaba", "dbs", "huawei": whose wording a service error is shown in.
    virtual QString providerKey() const = 0;
    // What the user is asked to type, with %1 for the target; empty: the target instance's ID.
    virtual QString confirmationPrompt() const { return {}; }
    virtual void retranslateUi();

    // A label/value row in the summary form; the value is selectable plain text.
    QLabel *addSummaryRow(QLabel *&label, const QString &objectName);
    void addSummaryRow(QLabel *&label, QWidget *field);
    bool isPrepared() const;
    // Checks again with a new operation, e.g. after a choice on this page changed what is sent.
    void prepare();
    void changeEvent(QEvent *event) override;

private:
    void onPrepared();
    void onFinished();
    void setBusy(const QString &status);

    QPointer<operations::LongOperation> m_operation;
    QFormLayout *m_form;
    QLabel *m_requestLabel;
    RequestPreview *m_requestPreview;
    RestoreConfirmation *m_confirmation;
    QLabel *m_statusLabel;
    ProblemLabel *m_problemLabel;
    QString m_submittedJobId;
    QString m_lastFailure; // why the last submission did not go through, kept above new problems
    bool m_busy = false;
    bool m_submitted = false;
};

} // namespace rdsbm::ui
