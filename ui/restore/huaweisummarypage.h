#pragma once

#include "ui/restore/restoresummarypage.h"

namespace rdsbm::ui {

class ApplicationContext;
struct HuaweiRestorePlan;

// The Huawei restore's summary: source, backup or time, target, what is overwritten, the body
// of POST /v3/{project_id}/instances/recovery, and the typed confirmation.
class HuaweiSummaryPage : public RestoreSummaryPage
{
    Q_OBJECT

public:
    HuaweiSummaryPage(ApplicationContext &context, HuaweiRestorePlan &plan, QWidget *parent = nullptr);

protected:
    operations::LongOperation *createOperation() override;
    QString targetInstanceId() const override;
    QString acknowledgement() const override;
    void showRequest(RequestPreview *preview) override;
    void showSummary() override;
    QString providerKey() const override { return QStringLiteral("huawei"); }
    void retranslateUi() override;

private:
    ApplicationContext &m_context;
    HuaweiRestorePlan &m_plan;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_sourceValue;
    QLabel *m_pointLabel = nullptr;
    QLabel *m_pointValue;
    QLabel *m_targetLabel = nullptr;
    QLabel *m_targetValue;
    QLabel *m_overwriteLabel = nullptr;
    QLabel *m_overwriteValue;
};

} // namespace rdsbm::ui
