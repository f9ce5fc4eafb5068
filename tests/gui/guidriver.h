#pragma once
// How the GUI tests and the screenshot tour drive the wizards: the way a user clicks.

#include <QAbstractButton>
#include <QLabel>
#include <QRadioButton>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTest>
#include <QWizard>

namespace rdsbm::guidriver {

// Long enough for a page that asks the embedded simulator first, on a loaded 2-core machine.
constexpr int cloudTimeoutMs = 20000;

inline QAbstractButton *nextButton(QWizard *wizard) { return wizard->button(QWizard::NextButton); }
inline QAbstractButton *finishButton(QWizard *wizard) { return wizard->button(QWizard::FinishButton); }
inline QAbstractButton *backButton(QWizard *wizard) { return wizard->button(QWizard::BackButton); }

// Clicks a radio button or check box on its indicator, where a click always lands.
inline void clickIndicator(QAbstractButton *button)
{
    QStyleOptionButton option;
    option.initFrom(button);
    const bool radio = qobject_cast<QRadioButton *>(button);
    const QRect indicator = button->style()->subElementRect(
        radio ? QStyle::SE_RadioButtonIndicator : QStyle::SE_CheckBoxIndicator, &option, button);
    QTest::mouseClick(button, Qt::LeftButton, {}, indicator.center());
}

// Clicks Next and waits for the page it leads to (some pages ask the cloud first); on failure
// warns with what the page says, which is usually why.
inline bool clickNextTo(QWizard *wizard, int pageId)
{
    QAbstractButton *next = nextButton(wizard);
    if (!QTest::qWaitFor([next] { return next->isEnabled(); }, cloudTimeoutMs))
        return false;
    QTest::mouseClick(next, Qt::LeftButton);
    if (QTest::qWaitFor([wizard, pageId] { return wizard->currentId() == pageId; }, cloudTimeoutMs))
        return true;
    QStringList said;
    for (const QLabel *label : wizard->currentPage()->findChildren<QLabel *>())
        if (label->isVisible() && !label->text().isEmpty())
            said.append(label->text());
    qWarning("still on page %d (wanted %d): %s", wizard->currentId(), pageId,
             qPrintable(said.join(QStringLiteral(" | "))));
    return false;
}

} // namespace rdsbm::guidriver
