#pragma once

#include "app/domain/dbinstance.h"
#include "ui/restore/requestscope.h"

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace rdsbm::ui {

class ApplicationContext;
class InstancePicker;
class ProblemLabel;
struct HuaweiRestorePlan;

// The instance restored into: the current one (the source itself) or another of the region.
// Every instance is listed; those that break seed 004's constraints are greyed out with the rule.
class HuaweiTargetPage : public QWizardPage
{
    Q_OBJECT

public:
    HuaweiTargetPage(ApplicationContext &context, HuaweiRestorePlan &plan, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    InstancePicker *picker() const { return m_instancePicker; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void loadInstances();
    void showInstances();

    ApplicationContext &m_context;
    HuaweiRestorePlan &m_plan;
    RequestScope m_requests;
    QLabel *m_introLabel;
    InstancePicker *m_instancePicker;
    QLabel *m_noteLabel;
    QPushButton *m_refreshButton;
    QLabel *m_statusLabel;
    ProblemLabel *m_problemLabel;
    QList<DbInstance> m_instances;
    QString m_listedRegion;
    bool m_loading = false;
};

} // namespace rdsbm::ui
