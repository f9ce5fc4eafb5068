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
struct DdrRestorePlan;

// The existing instance restored into, in the region that holds the copies. The region's
// instances are listed afresh; those that cannot take the restore say why. Next reads the
// target's databases so that the new names can be checked against them as they are typed.
class DdrTargetPage : public QWizardPage
{
    Q_OBJECT

public:
    DdrTargetPage(ApplicationContext &context, DdrRestorePlan &plan, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void loadInstances();
    void showInstances();
    void startCheck();

    ApplicationContext &m_context;
    DdrRestorePlan &m_plan;
    RequestScope m_listRequests;
    RequestScope m_checkRequests;
    QLabel *m_introLabel;
    InstancePicker *m_instancePicker;
    QLabel *m_noteLabel;
    QPushButton *m_refreshButton;
    QLabel *m_statusLabel;
    ProblemLabel *m_problemLabel;
    QList<DbInstance> m_instances;
    QString m_listedRegion;
    bool m_loading = false;
    bool m_checking = false;
    bool m_checked = false;
};

} // namespace rdsbm::ui
