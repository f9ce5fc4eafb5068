#include "ui/restore/restoreconfirmation.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

RestoreConfirmation::RestoreConfirmation(QWidget *parent)
    : QGroupBox(parent)
    , m_promptLabel(new QLabel(this))
    , m_targetLineEdit(new QLineEdit(this))
    , m_hintLabel(new QLabel(this))
    , m_acknowledgeCheckBox(new QCheckBox(this))
{
    setObjectName(u"restoreConfirmationGroupBox"_s);
    m_promptLabel->setObjectName(u"targetConfirmationPromptLabel"_s);
    m_promptLabel->setWordWrap(true);
    m_promptLabel->setBuddy(m_targetLineEdit);
    m_promptLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_targetLineEdit->setObjectName(u"targetConfirmationLineEdit"_s);
    m_hintLabel->setObjectName(u"targetConfirmationHintLabel"_s);
    m_hintLabel->setWordWrap(true);
    m_acknowledgeCheckBox->setObjectName(u"acknowledgeOverwriteCheckBox"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_promptLabel);
    layout->addWidget(m_targetLineEdit);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_acknowledgeCheckBox);

    connect(m_targetLineEdit, &QLineEdit::textChanged, this, [this] {
        updateHint();
        Q_EMIT confirmationChanged();
    });
    connect(m_acknowledgeCheckBox, &QCheckBox::toggled, this, &RestoreConfirmation::confirmationChanged);
    retranslateUi();
}

void RestoreConfirmation::setTarget(const QString &instanceId, const QString &overwriteSentence, const QString &prompt)
{
    const bool changed = instanceId != m_targetInstanceId;
    m_targetInstanceId = instanceId;
    m_overwriteSentence = overwriteSentence;
    m_prompt = prompt;
    if (changed) {
        m_targetLineEdit->clear();
        m_acknowledgeCheckBox->setChecked(false);
    }
    retranslateUi();
    Q_EMIT confirmationChanged();
}

// Exact match: no trimming, no case folding. Instance ids differ by one character.
bool RestoreConfirmation::isConfirmed() const
{
    return !m_targetInstanceId.isEmpty() && m_targetLineEdit->text() == m_targetInstanceId
        && m_acknowledgeCheckBox->isChecked();
}

void RestoreConfirmation::updateHint()
{
    const QString typed = m_targetLineEdit->text();
    if (typed.isEmpty())
        m_hintLabel->setText(tr("Finish stays disabled until the ID matches exactly."));
    else if (typed == m_targetInstanceId)
        m_hintLabel->setText(tr("The ID matches."));
    else
        m_hintLabel->setText(tr("This is not the target instance's ID."));
}

void RestoreConfirmation::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void RestoreConfirmation::retranslateUi()
{
    setTitle(tr("Confirm the target"));
    const QString prompt = m_prompt.isEmpty() ? tr("To confirm, type the ID of the target instance, <b>%1</b>:")
                                              : m_prompt;
    m_promptLabel->setText(prompt.arg(m_targetInstanceId.toHtmlEscaped()));
    m_targetLineEdit->setAccessibleName(tr("Target instance ID confirmation"));
    m_acknowledgeCheckBox->setText(m_overwriteSentence);
    m_acknowledgeCheckBox->setAccessibleName(tr("I understand what the restore overwrites"));
    updateHint();
}

} // namespace rdsbm::ui
