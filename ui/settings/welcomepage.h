#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace rdsbm::ui {

// What the centre of the window shows when there is no account yet (and no demo): what the
// application does, and the three ways to begin.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void demoRequested();
    void addAccountRequested();
    void importRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_titleLabel;
    QLabel *m_textLabel;
    QPushButton *m_demoButton;
    QLabel *m_demoLabel;
    QPushButton *m_addAccountButton;
    QLabel *m_addAccountLabel;
    QPushButton *m_importButton;
    QLabel *m_importLabel;
    QLabel *m_environmentLabel;
};

} // namespace rdsbm::ui
