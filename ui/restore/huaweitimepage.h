#pragma once

#include <QWizardPage>

class QDateTimeEdit;
class QLabel;

namespace rdsbm::ui {

class ProblemLabel;
struct HuaweiRestorePlan;

// The point in time to restore: the instance's restorable ranges (ListRestoreTimes) are shown,
// and a time outside every one of them is refused as it is typed.
class HuaweiTimePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit HuaweiTimePage(HuaweiRestorePlan &plan, QWidget *parent = nullptr);

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
    void showWindows();
    void checkTime();

    HuaweiRestorePlan &m_plan;
    QLabel *m_windowsLabel;
    QLabel *m_timeLabel;
    QDateTimeEdit *m_timeEdit;
    QLabel *m_utcLabel;
    ProblemLabel *m_problemLabel;
    bool m_timeValid = false;
};

} // namespace rdsbm::ui
