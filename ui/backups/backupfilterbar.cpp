#include "ui/backups/backupfilterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rdsbm::ui {

BackupFilterBar::BackupFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_searchLineEdit(new QLineEdit(this))
    , m_statusLabel(new QLabel(this))
    , m_statusComboBox(new QComboBox(this))
    , m_methodLabel(new QLabel(this))
    , m_methodComboBox(new QComboBox(this))
    , m_typeLabel(new QLabel(this))
    , m_typeComboBox(new QComboBox(this))
    , m_rangeCheckBox(new QCheckBox(this))
    , m_fromDateTimeEdit(new QDateTimeEdit(this))
    , m_toLabel(new QLabel(this))
    , m_toDateTimeEdit(new QDateTimeEdit(this))
{
    m_searchLineEdit->setObjectName(QStringLiteral("backupSearchLineEdit"));
    m_searchLineEdit->setClearButtonEnabled(true);
    m_statusComboBox->setObjectName(QStringLiteral("backupStatusComboBox"));
    m_methodComboBox->setObjectName(QStringLiteral("backupMethodComboBox"));
    m_typeComboBox->setObjectName(QStringLiteral("backupTypeComboBox"));
    m_rangeCheckBox->setObjectName(QStringLiteral("timeRangeCheckBox"));
    m_fromDateTimeEdit->setObjectName(QStringLiteral("timeRangeFromDateTimeEdit"));
    m_toDateTimeEdit->setObjectName(QStringLiteral("timeRangeToDateTimeEdit"));
    m_statusLabel->setBuddy(m_statusComboBox);
    m_methodLabel->setBuddy(m_methodComboBox);
    m_typeLabel->setBuddy(m_typeComboBox);
    m_toLabel->setBuddy(m_toDateTimeEdit);

    const QDateTime now = QDateTime::currentDateTime();
    for (QDateTimeEdit *edit : {m_fromDateTimeEdit, m_toDateTimeEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setEnabled(false);
    }
    m_fromDateTimeEdit->setDateTime(now.addDays(-7));
    m_toDateTimeEdit->setDateTime(now);

    // Two rows: what to look for, then when it started.
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_searchLineEdit, 1);
    choices->addWidget(m_statusLabel);
    choices->addWidget(m_statusComboBox);
    choices->addWidget(m_methodLabel);
    choices->addWidget(m_methodComboBox);
    choices->addWidget(m_typeLabel);
    choices->addWidget(m_typeComboBox);
    auto *range = new QHBoxLayout;
    range->addWidget(m_rangeCheckBox);
    range->addWidget(m_fromDateTimeEdit);
    range->addWidget(m_toLabel);
    range->addWidget(m_toDateTimeEdit);
    range->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choices);
    layout->addLayout(range);
    m_searchLineEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 18);
    for (QComboBox *combo : {m_statusComboBox, m_methodComboBox, m_typeComboBox})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    connect(m_searchLineEdit, &QLineEdit::textChanged, this, &BackupFilterBar::filtersChanged);
    for (QComboBox *combo : {m_statusComboBox, m_methodComboBox, m_typeComboBox})
        connect(combo, &QComboBox::currentIndexChanged, this, &BackupFilterBar::filtersChanged);
    connect(m_rangeCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_fromDateTimeEdit->setEnabled(on);
        m_toDateTimeEdit->setEnabled(on);
        Q_EMIT filtersChanged();
    });
    for (QDateTimeEdit *edit : {m_fromDateTimeEdit, m_toDateTimeEdit})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
            if (m_rangeCheckBox->isChecked())
                Q_EMIT filtersChanged();
        });

    setTabOrder(m_searchLineEdit, m_statusComboBox);
    setTabOrder(m_statusComboBox, m_methodComboBox);
    setTabOrder(m_methodComboBox, m_typeComboBox);
    setTabOrder(m_typeComboBox, m_rangeCheckBox);
    setTabOrder(m_rangeCheckBox, m_fromDateTimeEdit);
    setTabOrder(m_fromDateTimeEdit, m_toDateTimeEdit);
    retranslateUi();
}

QString BackupFilterBar::searchText() const { return m_searchLineEdit->text(); }
QSet<QString> BackupFilterBar::statuses() const { return chosen(m_statusComboBox); }
QSet<QString> BackupFilterBar::methods() const { return chosen(m_methodComboBox); }
QSet<QString> BackupFilterBar::types() const { return chosen(m_typeComboBox); }

QDateTime BackupFilterBar::from() const
{
    return m_rangeCheckBox->isChecked() ? m_fromDateTimeEdit->dateTime().toUTC() : QDateTime();
}

QDateTime BackupFilterBar::to() const
{
    return m_rangeCheckBox->isChecked() ? m_toDateTimeEdit->dateTime().toUTC() : QDateTime();
}

void BackupFilterBar::setChoices(const QStringList &statuses, const QStringList &methods,
                                 const QStringList &types)
{
    fillChoice(m_statusComboBox, statuses);
    fillChoice(m_methodComboBox, methods);
    fillChoice(m_typeComboBox, types);
}

void BackupFilterBar::focusSearch()
{
    m_searchLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchLineEdit->selectAll();
}

void BackupFilterBar::fillChoice(QComboBox *combo, const QStringList &values)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    while (combo->count() > 1)
        combo->removeItem(1);
    if (combo->count() == 0)
        combo->addItem(QString());
    for (const QString &value : values)
        combo->addItem(value, value);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index > 0 ? index : 0);
}

QSet<QString> BackupFilterBar::chosen(const QComboBox *combo)
{
    const QString value = combo->currentData().toString();
    return value.isEmpty() ? QSet<QString>() : QSet<QString>{value};
}

void BackupFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BackupFilterBar::retranslateUi()
{
    m_searchLineEdit->setPlaceholderText(tr("Search backup sets (ID, status, method, checksum)…"));
    m_searchLineEdit->setAccessibleName(tr("Search backup sets"));
    m_statusLabel->setText(tr("&Status:"));
    m_methodLabel->setText(tr("&Method:"));
    m_typeLabel->setText(tr("T&ype:"));
    m_rangeCheckBox->setText(tr("Started &between"));
    m_toLabel->setText(tr("and"));
    m_fromDateTimeEdit->setAccessibleName(tr("Earliest start time"));
    m_toDateTimeEdit->setAccessibleName(tr("Latest start time"));
    for (QComboBox *combo : {m_statusComboBox, m_methodComboBox, m_typeComboBox}) {
        if (combo->count() == 0)
            combo->addItem(QString());
        combo->setItemText(0, tr("All"));
    }
}

} // namespace rdsbm::ui
