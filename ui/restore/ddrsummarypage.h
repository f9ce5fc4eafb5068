#pragma once

#include "ui/restore/restoresummarypage.h"

namespace rdsbm::ui {

class ApplicationContext;
struct DdrRestorePlan;

// The cross-region restore's summary: source, backup set or time, target, what is restored and
// what is overwritten, the RestoreDdrTable parameters, and the typed confirmation.
class DdrSummaryPage : public RestoreSummaryPage
{
    Q_OBJECT

public:
    DdrSummaryPage(ApplicationContext &context, DdrRestorePlan &plan, QWidget *parent = nullptr);

protected:
    operations::LongOperation *createOperation() override;
    QString targetInstanceId() const override;
    QString acknowledgement() const override;
    void showRequest(RequestPreview *preview) override;
    void showSummary() override;
    QString providerKey() const override { return QStringLiteral("alibaba"); }
    void retranslateUi() override;

private:
    ApplicationContext &m_context;
    DdrRestorePlan &m_plan;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_sourceValue;
    QLabel *m_pointLabel = nullptr;
    QLabel *m_pointValue;
    QLabel *m_targetLabel = nullptr;
    QLabel *m_targetValue;
    QLabel *m_restoredLabel = nullptr;
    QLabel *m_restoredValue;
    QLabel *m_overwriteLabel = nullptr;
    QLabel *m_overwriteValue;
};

} // namespace rdsbm::ui
