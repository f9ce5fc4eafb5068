#pragma once

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace rdsbm::ui {

// The last guard before a restore: the user types the target instance's id and ticks that they
// understand what is overwritten. Only both together confirm; any other text keeps it closed.
class RestoreConfirmation : public QGroupBox
{
    Q_OBJECT

public:
    explicit RestoreConfirmation(QWidget *parent = nullptr);

    // Clears what was typed and ticked when the target changes, so a confirmation never carries
    // over to another instance. `prompt` (with %1 for the id) replaces the usual request to type
    // the instance ID, for targets known by an address.
    void setTarget(const QString &instanceId, const QString &overwriteSentence, const QString &prompt = {});
    const QString &targetInstanceId() const { return m_targetInstanceId; }
    bool isConfirmed() const;

    QLineEdit *targetLineEdit() const { return m_targetLineEdit; }
    QCheckBox *acknowledgeCheckBox() const { return m_acknowledgeCheckBox; }

Q_SIGNALS:
    void confirmationChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateHint();

    QString m_targetInstanceId;
    QString m_overwriteSentence;
    QString m_prompt;
    QLabel *m_promptLabel;
    QLineEdit *m_targetLineEdit;
    QLabel *m_hintLabel;
    QCheckBox *m_acknowledgeCheckBox;
};

} // namespace rdsbm::ui
