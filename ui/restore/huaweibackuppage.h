#pragma once

#include <QWizardPage>

class QLabel;
class QTreeWidget;

namespace rdsbm::ui {

struct HuaweiRestorePlan;

// The completed backup to restore. Incremental backups stay listed, greyed out, with the reason.
class HuaweiBackupPage : public QWizardPage
{
    Q_OBJECT

public:
    enum Column { IdColumn, NameColumn, TypeColumn, StartColumn, EndColumn, SizeColumn, NoteColumn, ColumnCount };

    explicit HuaweiBackupPage(HuaweiRestorePlan &plan, QWidget *parent = nullptr);

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

    HuaweiRestorePlan &m_plan;
    QLabel *m_introLabel;
    QTreeWidget *m_backupTree;
    QString m_listedFor;
};

} // namespace rdsbm::ui
