#pragma once

#include <QWizardPage>

class QLabel;
class QTreeWidget;

namespace rdsbm::ui {

struct DdrRestorePlan;

// The cross-region backup set to restore (RestoreType 0). Copies that cannot be restored by
// database and table stay listed, greyed out, with the reason.
class DdrBackupSetPage : public QWizardPage
{
    Q_OBJECT

public:
    enum Column { IdColumn, RegionColumn, StartColumn, ConsistentColumn, MethodColumn, TypeColumn, SizeColumn,
                  NoteColumn, ColumnCount };

    explicit DdrBackupSetPage(DdrRestorePlan &plan, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillList();
    int selectedIndex() const;

    DdrRestorePlan &m_plan;
    QLabel *m_introLabel;
    QTreeWidget *m_backupTree;
    QString m_listedFor;
};

} // namespace rdsbm::ui
