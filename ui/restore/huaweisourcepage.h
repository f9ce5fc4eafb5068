#pragma once

#include "ui/restore/requestscope.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QRadioButton;

namespace rdsbm::ui {

class ApplicationContext;
class InstancePicker;
class ProblemLabel;
struct HuaweiRestorePlan;

// The Huawei instance whose backup or history is restored, and whether from a backup or to a
// point in time. Next lists its completed backups or its restorable time ranges first.
class HuaweiSourcePage : public QWizardPage
{
    Q_OBJECT

public:
    HuaweiSourcePage(ApplicationContext &context, HuaweiRestorePlan &plan, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillRegions();
    void fillInstances();
    void startCheck();
    void setChecking(bool checking);

    ApplicationContext &m_context;
    HuaweiRestorePlan &m_plan;
    RequestScope m_requests;
    QLabel *m_regionLabel;
    QComboBox *m_regionComboBox;
    QLabel *m_instanceLabel;
    InstancePicker *m_instancePicker;
    QLabel *m_noteLabel;
    QLabel *m_methodLabel;
    QRadioButton *m_backupRadioButton;
    QRadioButton *m_timestampRadioButton;
    QLabel *m_statusLabel;
    ProblemLabel *m_problemLabel;
    bool m_checking = false;
    bool m_checked = false;
};

} // namespace rdsbm::ui
