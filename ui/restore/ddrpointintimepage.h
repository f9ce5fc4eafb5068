#pragma once

#include "ui/restore/requestscope.h"

#include <QWizardPage>

class QDateTimeEdit;
class QLabel;

namespace rdsbm::ui {

class ApplicationContext;
class ProblemLabel;
struct DdrRestorePlan;

// The point in time to restore (RestoreType 1): the restorable window is asked of the cloud
// (DescribeAvailableRecoveryTime) and shown as a range; times outside it are refused as typed.
class DdrPointInTimePage : public QWizardPage
{
    Q_OBJECT

public:
    DdrPointInTimePage(ApplicationContext &context, DdrRestorePlan &plan, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    QDateTimeEdit *timeEdit() const { return m_timeEdit; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void loadWindow();
    void showWindow();
    void checkTime();

    ApplicationContext &m_context;
    DdrRestorePlan &m_plan;
    RequestScope m_requests;
    QLabel *m_windowLabel;
    QLabel *m_timeLabel;
    QDateTimeEdit *m_timeEdit;
    QLabel *m_utcLabel;
    ProblemLabel *m_problemLabel;
    QString m_windowFor;
    bool m_loading = false;
    bool m_timeValid = false;
};

} // namespace rdsbm::ui
