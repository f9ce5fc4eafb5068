#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;

namespace rdsbm::ui {

class ProblemLabel;
class RestoreObjectsEditor;
struct DbsRestorePlan;

// What the DBS restore brings back (RestoreObjects) and what happens to objects of the same name
// at the destination (DuplicateConflict).
class DbsObjectsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DbsObjectsPage(DbsRestorePlan &plan, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    RestoreObjectsEditor *editor() const { return m_editor; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showProblems();

    DbsRestorePlan &m_plan;
    QLabel *m_databasesLabel;
    RestoreObjectsEditor *m_editor;
    QLabel *m_conflictLabel;
    QComboBox *m_conflictComboBox;
    QLabel *m_conflictHelpLabel;
    ProblemLabel *m_problemLabel;
};

} // namespace rdsbm::ui
