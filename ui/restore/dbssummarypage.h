#pragma once

#include "ui/restore/restoresummarypage.h"

class QCheckBox;

namespace rdsbm::ui {

class ApplicationContext;
struct DbsRestorePlan;

// The DBS restore's summary: plan, backup set or time, destination, databases, what is
// overwritten, the CreateRestoreTask parameters (password masked), whether the task starts at
// once (StartRestoreTask), and the typed confirmation.
class DbsSummaryPage : public RestoreSummaryPage
{
    Q_OBJECT

public:
    DbsSummaryPage(ApplicationContext &context, DbsRestorePlan &plan, QWidget *parent = nullptr);

    void initializePage() override;

protected:
    operations::LongOperation *createOperation() override;
    QString targetInstanceId() const override;
    QString acknowledgement() const override;
    QString confirmationPrompt() const override;
    void showRequest(RequestPreview *preview) override;
    void showSummary() override;
    QString providerKey() const override { return QStringLiteral("dbs"); }
    void retranslateUi() override;

private:
    ApplicationContext &m_context;
    DbsRestorePlan &m_plan;
    QLabel *m_planLabel = nullptr;
    QLabel *m_planValue;
    QLabel *m_pointLabel = nullptr;
    QLabel *m_pointValue;
    QLabel *m_destinationLabel = nullptr;
    QLabel *m_destinationValue;
    QLabel *m_objectsLabel = nullptr;
    QLabel *m_objectsValue;
    QLabel *m_overwriteLabel = nullptr;
    QLabel *m_overwriteValue;
    QLabel *m_startLabel = nullptr;
    QCheckBox *m_startCheckBox;
    RequestPreview *m_preview = nullptr;
};

} // namespace rdsbm::ui
