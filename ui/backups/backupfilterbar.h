#pragma once

#include <QDateTime>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace rdsbm::ui {

// The row above the backup table: a search box, status and method/type choices, and a
// start-time range. It only reports what the user chose; the pane applies it to the proxy.
class BackupFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit BackupFilterBar(QWidget *parent = nullptr);

    QString searchText() const;
    QSet<QString> statuses() const;
    QSet<QString> methods() const;
    QSet<QString> types() const;
    QDateTime from() const; // invalid when the range is off
    QDateTime to() const;

    // The provider's own vocabulary for the current instance (Alibaba and Huawei differ).
    void setChoices(const QStringList &statuses, const QStringList &methods, const QStringList &types);
    void focusSearch();

Q_SIGNALS:
    void filtersChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    static void fillChoice(QComboBox *combo, const QStringList &values);
    static QSet<QString> chosen(const QComboBox *combo);

    QLineEdit *m_searchLineEdit;
    QLabel *m_statusLabel;
    QComboBox *m_statusComboBox;
    QLabel *m_methodLabel;
    QComboBox *m_methodComboBox;
    QLabel *m_typeLabel;
    QComboBox *m_typeComboBox;
    QCheckBox *m_rangeCheckBox;
    QDateTimeEdit *m_fromDateTimeEdit;
    QLabel *m_toLabel;
    QDateTimeEdit *m_toDateTimeEdit;
};

} // namespace rdsbm::ui
