#pragma once

#include <QWizardPage>

class QLabel;

namespace rdsbm::ui {

class ProblemLabel;
class TableMetaEditor;
struct DdrRestorePlan;

// Which databases and tables to restore and under which names (TableMeta), checked as typed
// against the backup's databases and the target's.
class DdrTablesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DdrTablesPage(DdrRestorePlan &plan, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    TableMetaEditor *editor() const { return m_editor; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showProblems();

    DdrRestorePlan &m_plan;
    QLabel *m_databasesLabel;
    TableMetaEditor *m_editor;
    ProblemLabel *m_problemLabel;
};

} // namespace rdsbm::ui
