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
struct DdrRestorePlan;

// Where the data comes from: the source region and instance, and whether to restore a
// cross-region backup set or a point in time. Next asks the cloud for the instance's copies and
// databases before moving on.
class DdrSourcePage : public QWizardPage
{
    Q_OBJECT

public:
    DdrSourcePage(ApplicationContext &context, DdrRestorePlan &plan, QWidget *parent = nullptr);

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
    void finishCheck();
    void setChecking(bool checking);

    ApplicationContext &m_context;
    DdrRestorePlan &m_plan;
    RequestScope m_requests;
    QLabel *m_regionLabel;
    QComboBox *m_regionComboBox;
    QLabel *m_instanceLabel;
    InstancePicker *m_instancePicker;
    QLabel *m_noteLabel;
    QLabel *m_methodLabel;
    QRadioButton *m_backupSetRadioButton;
    QRadioButton *m_pointInTimeRadioButton;
    QLabel *m_statusLabel;
    ProblemLabel *m_problemLabel;
    bool m_checking = false;
    bool m_checked = false;
    int m_pendingAnswers = 0;
    bool m_checkFailed = false;
};

} // namespace rdsbm::ui
