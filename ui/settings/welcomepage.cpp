#include "ui/settings/welcomepage.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_demoButton(new QPushButton(this))
    , m_demoLabel(new QLabel(this))
    , m_addAccountButton(new QPushButton(this))
    , m_addAccountLabel(new QLabel(this))
    , m_importButton(new QPushButton(this))
    , m_importLabel(new QLabel(this))
    , m_environmentLabel(new QLabel(this))
{
    setObjectName(u"welcomePage"_s);
    m_titleLabel->setObjectName(u"welcomeTitleLabel"_s);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_demoButton->setObjectName(u"tryDemoButton"_s);
    m_addAccountButton->setObjectName(u"addAccountButton"_s);
    m_importButton->setObjectName(u"importAccountsButton"_s);
    for (QLabel *label : {m_textLabel, m_demoLabel, m_addAccountLabel, m_importLabel, m_environmentLabel}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_demoLabel->setBuddy(m_demoButton);
    m_addAccountLabel->setBuddy(m_addAccountButton);
    m_importLabel->setBuddy(m_importButton);

    auto *choices = new QGridLayout;
    choices->setHorizontalSpacing(fontMetrics().averageCharWidth() * 3);
    choices->setVerticalSpacing(fontMetrics().height());
    choices->addWidget(m_demoButton, 0, 0);
    choices->addWidget(m_demoLabel, 0, 1);
    choices->addWidget(m_addAccountButton, 1, 0);
    choices->addWidget(m_addAccountLabel, 1, 1);
    choices->addWidget(m_importButton, 2, 0);
    choices->addWidget(m_importLabel, 2, 1);
    choices->setColumnStretch(1, 1);

    // A column of readable width in the middle of the window, however wide the window is.
    auto *column = new QWidget(this);
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 100);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(m_titleLabel);
    columnLayout->addSpacing(fontMetrics().height());
    columnLayout->addWidget(m_textLabel);
    columnLayout->addSpacing(fontMetrics().height());
    columnLayout->addLayout(choices);
    columnLayout->addSpacing(fontMetrics().height());
    columnLayout->addWidget(m_environmentLabel);

    auto *layout = new QGridLayout(this);
    layout->addWidget(column, 1, 1);
    layout->setRowStretch(0, 1);
    layout->setRowStretch(2, 2);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 4);
    layout->setColumnStretch(2, 1);

    connect(m_demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_addAccountButton, &QPushButton::clicked, this, &WelcomePage::addAccountRequested);
    connect(m_importButton, &QPushButton::clicked, this, &WelcomePage::importRequested);
    setTabOrder(m_demoButton, m_addAccountButton);
    setTabOrder(m_addAccountButton, m_importButton);
    setFocusProxy(m_addAccountButton);
    retranslateUi();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslateUi()
{
    m_titleLabel->setText(tr("Welcome to RDS Backup Manager"));
    m_textLabel->setText(tr("Find the backup sets of your Alibaba Cloud RDS and Huawei Cloud RDS instances, "
                            "download them with their checksums verified, and restore them knowing exactly "
                            "what will be overwritten. There is no account yet."));
    m_demoButton->setText(tr("Try the &Demo"));
    m_demoLabel->setText(tr("Restarts the application with simulated clouds on this computer: sample instances "
                            "and backups, no account and no network needed."));
    m_addAccountButton->setText(tr("&Add an Account…"));
    m_addAccountLabel->setText(tr("Enter an AccessKey of Alibaba Cloud or an AK/SK of Huawei Cloud. The secret is "
                                  "kept in the system keychain."));
    m_importButton->setText(tr("&Import from the CLI…"));
    m_importLabel->setText(tr("Reads the profiles of the aliyun CLI or of Huawei Cloud's KooCLI (hcloud) and lets "
                              "you pick the ones to add."));
    m_environmentLabel->setText(tr("The environment variables the providers' SDKs read "
                                   "(ALIBABA_CLOUD_ACCESS_KEY_ID, HUAWEICLOUD_SDK_AK, ...) are used too when "
                                   "they are set at start-up."));
}

} // namespace rdsbm::ui
