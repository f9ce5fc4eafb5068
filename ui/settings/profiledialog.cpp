#include "ui/settings/profiledialog.h"

#include "app/accounts/profilestore.h"
#include "app/accounts/secretstore.h"
#include "app/i18n/languagemanager.h"
#include "ui/app/applicationcontext.h"
#include "ui/settings/apiresulttext.h"
#include "ui/settings/connectiontester.h"
#include "ui/settings/profileaccount.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

namespace {

// Suggestions only: the combo box stays editable for every other region.
const QStringList alibabaRegions = {
    u"cn-hangzhou"_s, u"cn-shanghai"_s, u"cn-beijing"_s, u"cn-shenzhen"_s, u"cn-qingdao"_s,
    u"cn-zhangjiakou"_s, u"cn-chengdu"_s, u"cn-hongkong"_s, u"ap-southeast-1"_s, u"ap-northeast-1"_s,
    u"eu-central-1"_s, u"us-west-1"_s, u"us-east-1"_s,
};
const QStringList huaweiRegions = {
    u"cn-north-4"_s, u"cn-east-3"_s, u"cn-south-1"_s, u"cn-north-1"_s, u"cn-east-2"_s,
    u"cn-southwest-2"_s, u"ap-southeast-1"_s, u"ap-southeast-2"_s, u"ap-southeast-3"_s, u"af-south-1"_s,
    u"la-south-2"_s, u"sa-brazil-1"_s, u"tr-west-1"_s,
};

// The form's fields, in order; their labels are set in retranslateUi().
enum Row { NameRow, ProviderRow, RegionRow, OtherRegionsRow, KeyIdRow, SecretRow, TokenRow, EndpointRow, SignatureRow, RowCount };

QString withoutMnemonic(QString label)
{
    label.remove(u'&');
    if (label.endsWith(u':') || label.endsWith(u'：'))
        label.chop(1);
    return label;
}

} // namespace

ProfileDialog::ProfileDialog(ApplicationContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_tester(new ConnectionTester(context.transport(), this))
    , m_form(new QFormLayout)
    , m_introLabel(new QLabel(this))
    , m_nameLineEdit(new QLineEdit(this))
    , m_providerComboBox(new QComboBox(this))
    , m_regionComboBox(new QComboBox(this))
    , m_otherRegionsLineEdit(new QLineEdit(this))
    , m_otherRegionsHintLabel(new QLabel(this))
    , m_accessKeyIdLineEdit(new QLineEdit(this))
    , m_secretLineEdit(new QLineEdit(this))
    , m_tokenLineEdit(new QLineEdit(this))
    , m_endpointLineEdit(new QLineEdit(this))
    , m_signatureComboBox(new QComboBox(this))
    , m_testButton(new QPushButton(this))
    , m_resultLabel(new QLabel(this))
    , m_copyResultButton(new QPushButton(this))
    , m_problemLabel(new QLabel(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"profileDialog"_s);
    m_introLabel->setObjectName(u"profileIntroLabel"_s);
    m_introLabel->setWordWrap(true);
    m_nameLineEdit->setObjectName(u"profileNameLineEdit"_s);
    m_providerComboBox->setObjectName(u"providerComboBox"_s);
    m_providerComboBox->addItem(QString(), providerKey(Provider::Alibaba));
    m_providerComboBox->addItem(QString(), providerKey(Provider::Huawei));
    m_regionComboBox->setObjectName(u"defaultRegionComboBox"_s);
    m_regionComboBox->setEditable(true);
    m_regionComboBox->setInsertPolicy(QComboBox::NoInsert);
    m_otherRegionsLineEdit->setObjectName(u"otherRegionsLineEdit"_s);
    m_otherRegionsHintLabel->setObjectName(u"otherRegionsHintLabel"_s);
    m_otherRegionsHintLabel->setWordWrap(true);
    m_accessKeyIdLineEdit->setObjectName(u"accessKeyIdLineEdit"_s);
    m_secretLineEdit->setObjectName(u"accessKeySecretLineEdit"_s);
    m_secretLineEdit->setEchoMode(QLineEdit::Password);
    m_tokenLineEdit->setObjectName(u"securityTokenLineEdit"_s);
    m_tokenLineEdit->setEchoMode(QLineEdit::Password);
    m_endpointLineEdit->setObjectName(u"endpointLineEdit"_s);
    m_signatureComboBox->setObjectName(u"signatureVersionComboBox"_s);
    m_signatureComboBox->addItem(QString(), accounts::signatureVersionKey(accounts::AlibabaSignatureVersion::V1));
    m_signatureComboBox->addItem(QString(), accounts::signatureVersionKey(accounts::AlibabaSignatureVersion::V3));
    m_testButton->setObjectName(u"testConnectionButton"_s);
    m_testButton->setAutoDefault(false);
    m_resultLabel->setObjectName(u"connectionResultLabel"_s);
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_resultLabel->setTextFormat(Qt::PlainText);
    m_copyResultButton->setObjectName(u"copyConnectionResultButton"_s);
    m_copyResultButton->setAutoDefault(false);
    m_problemLabel->setObjectName(u"profileProblemLabel"_s);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont problemFont = m_problemLabel->font();
    problemFont.setBold(true);
    m_problemLabel->setFont(problemFont);
    m_buttonBox->setObjectName(u"profileButtonBox"_s);

    QWidget *fields[RowCount] = {m_nameLineEdit, m_providerComboBox, m_regionComboBox, m_otherRegionsLineEdit,
                                 m_accessKeyIdLineEdit, m_secretLineEdit, m_tokenLineEdit, m_endpointLineEdit,
                                 m_signatureComboBox};
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (QWidget *field : fields) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels.append(label);
        m_form->addRow(label, field);
        // The hint gets a row of its own under its field: wrapped text inside a row gets squeezed.
        if (field == m_otherRegionsLineEdit)
            m_form->addRow(static_cast<QWidget *>(nullptr), m_otherRegionsHintLabel);
    }

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_copyResultButton);
    testRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(m_form);
    layout->addLayout(testRow);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_problemLabel);
    layout->addStretch();
    layout->addWidget(m_buttonBox);

    setTabOrder(m_nameLineEdit, m_providerComboBox);
    setTabOrder(m_providerComboBox, m_regionComboBox);
    setTabOrder(m_regionComboBox, m_otherRegionsLineEdit);
    setTabOrder(m_otherRegionsLineEdit, m_accessKeyIdLineEdit);
    setTabOrder(m_accessKeyIdLineEdit, m_secretLineEdit);
    setTabOrder(m_secretLineEdit, m_tokenLineEdit);
    setTabOrder(m_tokenLineEdit, m_endpointLineEdit);
    setTabOrder(m_endpointLineEdit, m_signatureComboBox);
    setTabOrder(m_signatureComboBox, m_testButton);
    setTabOrder(m_testButton, m_copyResultButton);
    setTabOrder(m_copyResultButton, m_buttonBox);

    connect(m_providerComboBox, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateProviderFields);
    connect(m_testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_copyResultButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_resultText); });
    connect(m_tester, &ConnectionTester::finished, this, &ProfileDialog::showTestResult);
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    for (QLineEdit *edit : {m_nameLineEdit, m_otherRegionsLineEdit, m_accessKeyIdLineEdit, m_secretLineEdit,
                            m_tokenLineEdit, m_endpointLineEdit})
        connect(edit, &QLineEdit::textEdited, this, &ProfileDialog::clearProblem);

    m_regionComboBox->addItems(alibabaRegions);
    m_regionComboBox->setCurrentText(alibabaRegions.first());
    retranslateUi();
    updateProviderFields();
    m_resultLabel->hide();
    m_copyResultButton->hide();
    m_problemLabel->hide();
    setMinimumWidth(fontMetrics().averageCharWidth() * 76);
    m_nameLineEdit->setFocus();
}

// Shown messages wrap; the dialog grows to keep every row readable instead of squeezing them.
void ProfileDialog::growToFit()
{
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

ProfileDialog::~ProfileDialog() = default;

Provider ProfileDialog::provider() const
{
    return accounts::providerFromKey(m_providerComboBox->currentData().toString()).value_or(Provider::Alibaba);
}

void ProfileDialog::setProfile(const accounts::Profile &profile, const accounts::ProfileSecret &secret)
{
    m_nameLineEdit->setText(profile.name);
    m_providerComboBox->setCurrentIndex(m_providerComboBox->findData(providerKey(profile.provider)));
    updateProviderFields();
    m_regionComboBox->setCurrentText(profile.defaultRegion);
    m_otherRegionsLineEdit->setText(profile.extraRegions.join(u", "_s));
    m_accessKeyIdLineEdit->setText(profile.accessKeyId);
    m_secretLineEdit->setText(secret.accessKeySecret);
    m_tokenLineEdit->setText(secret.securityToken);
    m_endpointLineEdit->setText(profile.endpoint.toString());
    m_signatureComboBox->setCurrentIndex(
        m_signatureComboBox->findData(accounts::signatureVersionKey(profile.signatureVersion)));
}

void ProfileDialog::editProfile(const accounts::Profile &profile, const accounts::ProfileSecret &secret)
{
    m_editedName = profile.name;
    setProfile(profile, secret);
    m_nameLineEdit->setReadOnly(true);
    retranslateUi();
}

accounts::Profile ProfileDialog::profile() const
{
    accounts::Profile profile;
    profile.name = m_nameLineEdit->text().trimmed();
    profile.provider = provider();
    profile.defaultRegion = m_regionComboBox->currentText().trimmed();
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    profile.extraRegions = m_otherRegionsLineEdit->text().split(separators, Qt::SkipEmptyParts);
    profile.extraRegions.removeAll(profile.defaultRegion);
    profile.extraRegions.removeDuplicates();
    const QString endpoint = m_endpointLineEdit->text().trimmed();
    profile.endpoint = endpoint.isEmpty() ? QUrl() : QUrl(endpoint, QUrl::StrictMode);
    if (profile.provider == Provider::Alibaba)
        profile.signatureVersion = accounts::signatureVersionFromKey(m_signatureComboBox->currentData().toString())
                                       .value_or(accounts::AlibabaSignatureVersion::V1);
    profile.accessKeyId = m_accessKeyIdLineEdit->text().trimmed();
    if (profile.provider == Provider::Huawei && !m_projectIdFound.isEmpty() && m_projectIdFoundFor == testedFingerprint())
        profile.huaweiProjectIds.insert(profile.defaultRegion, m_projectIdFound);
    return profile;
}

accounts::ProfileSecret ProfileDialog::secret() const
{
    return accounts::ProfileSecret{m_secretLineEdit->text().trimmed(), m_tokenLineEdit->text().trimmed()};
}

bool ProfileDialog::isTesting() const
{
    return m_tester->isRunning();
}

QString ProfileDialog::testedFingerprint() const
{
    return m_accessKeyIdLineEdit->text().trimmed() + u'|' + m_regionComboBox->currentText().trimmed() + u'|'
        + m_endpointLineEdit->text().trimmed();
}

void ProfileDialog::updateProviderFields()
{
    const Provider chosen = provider();
    if (chosen != m_shownProvider) {
        // A region of the other provider would only be refused: offer this provider's default.
        const QStringList &previous = m_shownProvider == Provider::Alibaba ? alibabaRegions : huaweiRegions;
        const QStringList &next = chosen == Provider::Alibaba ? alibabaRegions : huaweiRegions;
        const QString typed = m_regionComboBox->currentText().trimmed();
        m_regionComboBox->clear();
        m_regionComboBox->addItems(next);
        m_regionComboBox->setCurrentText(typed.isEmpty() || previous.contains(typed) ? next.first() : typed);
        m_shownProvider = chosen;
    }
    m_form->setRowVisible(m_signatureComboBox, chosen == Provider::Alibaba);
    retranslateUi();
}

QString ProfileDialog::inputProblem(QWidget **field, bool forSaving) const
{
    const accounts::Profile entered = profile();
    if (forSaving) {
        if (QString problem = accounts::profileNameProblem(entered.name); !problem.isEmpty()) {
            *field = m_nameLineEdit;
            return problem;
        }
        if (entered.name != m_editedName && m_context.profiles().contains(entered.name)) {
            *field = m_nameLineEdit;
            return tr("A profile named %1 already exists. Choose another name.").arg(entered.name);
        }
    }
    if (QString problem = accounts::regionIdProblem(tr("The default region"), entered.defaultRegion);
        !problem.isEmpty()) {
        *field = m_regionComboBox;
        return problem;
    }
    for (const QString &region : entered.extraRegions)
        if (QString problem = accounts::regionIdProblem(tr("Other regions"), region); !problem.isEmpty()) {
            *field = m_otherRegionsLineEdit;
            return problem;
        }
    if (entered.accessKeyId.isEmpty()) {
        *field = m_accessKeyIdLineEdit;
        return entered.provider == Provider::Alibaba ? tr("The AccessKey ID is required.")
                                                     : tr("The access key (AK) is required.");
    }
    if (secret().accessKeySecret.isEmpty()) {
        *field = m_secretLineEdit;
        return entered.provider == Provider::Alibaba ? tr("The AccessKey secret is required.")
                                                     : tr("The secret key (SK) is required.");
    }
    const QString endpointText = m_endpointLineEdit->text().trimmed();
    if (QString problem = accounts::endpointProblem(entered.endpoint);
        !problem.isEmpty() || (!endpointText.isEmpty() && !entered.endpoint.isValid())) {
        *field = m_endpointLineEdit;
        return problem.isEmpty() ? tr("The endpoint \"%1\" is not a valid address.").arg(endpointText) : problem;
    }
    return {};
}

void ProfileDialog::showProblem(const QString &problem, QWidget *field)
{
    m_problemLabel->setText(problem);
    m_problemLabel->show();
    if (field) {
        field->setFocus();
        m_problemLabel->setBuddy(field);
    }
    growToFit();
}

void ProfileDialog::clearProblem()
{
    m_problemLabel->clear();
    m_problemLabel->hide();
}

void ProfileDialog::testConnection()
{
    QWidget *field = nullptr;
    if (const QString problem = inputProblem(&field, false); !problem.isEmpty()) {
        showProblem(problem, field);
        return;
    }
    clearProblem();
    const accounts::Profile entered = profile();
    const auto &options = m_context.options();
    const QUrl endpointOverride = entered.provider == Provider::Alibaba ? options.alibabaEndpoint : options.huaweiEndpoint;
    m_resultText = tr("Testing the connection…");
    m_resultLabel->setText(m_resultText);
    m_resultLabel->show();
    m_copyResultButton->hide();
    growToFit();
    m_testButton->setEnabled(false);
    m_projectIdFound.clear();
    m_projectIdFoundFor = testedFingerprint();
    m_tester->start(profileAccount(entered, secret(), endpointOverride));
}

void ProfileDialog::showTestResult(const ConnectionTestResult &result)
{
    m_testButton->setEnabled(!m_saving);
    const bool alibaba = provider() == Provider::Alibaba;
    QString text;
    if (!result.refusal.isEmpty()) {
        text = tr("The connection was not tested: %1").arg(result.refusal);
    } else if (result.succeeded) {
        if (alibaba) {
            text = tr("Connected. The account can use %n region(s).", nullptr, int(result.regionIds.size()));
        } else {
            m_projectIdFound = result.projectId;
            text = tr("Connected. The project of %1 is %2.").arg(m_regionComboBox->currentText().trimmed(),
                                                                  result.projectId);
        }
        if (!result.result.requestId.isEmpty())
            text += u'\n' + tr("Request ID: %1").arg(result.result.requestId);
    } else {
        text = tr("The connection failed: %1")
                   .arg(ApiResultText::failureSentence(result.result, providerKey(provider()),
                                                       m_context.languages().language()));
        if (const QString references = ApiResultText::references(result.result); !references.isEmpty())
            text += u'\n' + references;
    }
    m_resultText = text;
    QString shown = text;
    // The provider's own message, verbatim; a signature error's may hold a whole string-to-sign,
    // so the label shows its start and Copy Result gives all of it.
    const bool fromService = result.result.outcome == transport::Outcome::ServiceError
        || result.result.outcome == transport::Outcome::HttpError;
    if (!result.succeeded && fromService && !result.result.errorMessage.isEmpty()) {
        constexpr int shownLength = 160;
        const QString message = result.result.errorMessage;
        m_resultText += u'\n' + tr("Message from the service: %1").arg(message);
        shown += u'\n' + tr("Message from the service: %1")
                             .arg(message.size() > shownLength ? message.left(shownLength) + u'…' : message);
    }
    m_resultLabel->setText(shown);
    m_resultLabel->setToolTip(m_resultText == shown ? QString() : m_resultText);
    m_resultLabel->show();
    m_copyResultButton->show();
    growToFit();
}

void ProfileDialog::accept()
{
    if (m_saving)
        return;
    QWidget *field = nullptr;
    if (const QString problem = inputProblem(&field, true); !problem.isEmpty()) {
        showProblem(problem, field);
        return;
    }
    const accounts::Profile entered = profile();
    if (const QString problem = accounts::profileProblem(entered); !problem.isEmpty()) {
        showProblem(problem, nullptr);
        return;
    }
    clearProblem();
    saveProfile(entered);
}

void ProfileDialog::saveProfile(const accounts::Profile &profile)
{
    setBusy(true);
    // The secret goes first: a profile in the settings without its secret would be a broken account.
    m_context.secrets().writeSecret(
        accounts::SecretStore::keyForProfile(profile.name), secret().toStoredText(), this,
        [this, profile](const accounts::SecretResult &result) {
            setBusy(false);
            if (!result.ok()) {
                showProblem(tr("The secret could not be stored in the system keychain, so the profile was not "
                               "saved: %1")
                                .arg(result.errorMessage),
                            m_secretLineEdit);
                return;
            }
            if (const QString problem = m_context.profiles().save(profile); !problem.isEmpty()) {
                showProblem(problem, nullptr);
                return;
            }
            Q_EMIT profileSaved(profile.name);
            QDialog::accept();
        });
}

void ProfileDialog::reject()
{
    m_tester->cancel();
    QDialog::reject();
}

void ProfileDialog::setBusy(bool busy)
{
    m_saving = busy;
    m_buttonBox->button(QDialogButtonBox::Save)->setEnabled(!busy);
    m_testButton->setEnabled(!busy && !m_tester->isRunning());
}

void ProfileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ProfileDialog::retranslateUi()
{
    const bool alibaba = provider() == Provider::Alibaba;
    setWindowTitle(isEditing() ? tr("Edit Account") : tr("Add Account"));
    m_introLabel->setText(tr("The secret is kept in the system keychain, never in a settings file."));
    const QString labels[RowCount] = {
        tr("&Name:"),
        tr("&Provider:"),
        tr("Default &region:"),
        tr("&Other regions:"),
        alibaba ? tr("Access&Key ID:") : tr("Access &key (AK):"),
        alibaba ? tr("AccessKey s&ecret:") : tr("S&ecret key (SK):"),
        tr("Sec&urity token:"),
        tr("En&dpoint:"),
        tr("Si&gnature:"),
    };
    QWidget *fields[RowCount] = {m_nameLineEdit, m_providerComboBox, m_regionComboBox, m_otherRegionsLineEdit,
                                 m_accessKeyIdLineEdit, m_secretLineEdit, m_tokenLineEdit, m_endpointLineEdit,
                                 m_signatureComboBox};
    for (int row = 0; row < RowCount; ++row) {
        m_labels[row]->setText(labels[row]);
        fields[row]->setAccessibleName(withoutMnemonic(labels[row]));
    }
    m_nameLineEdit->setPlaceholderText(tr("For example: production"));
    m_providerComboBox->setItemText(0, tr("Alibaba Cloud (RDS and DBS)"));
    m_providerComboBox->setItemText(1, tr("Huawei Cloud (RDS)"));
    m_otherRegionsLineEdit->setPlaceholderText(tr("Optional, separated by commas"));
    m_otherRegionsHintLabel->setText(
        alibaba ? tr("Leave empty to show the instances of every region the account can use.")
                : tr("Each region is shown with its own IAM project."));
    m_otherRegionsLineEdit->setAccessibleDescription(m_otherRegionsHintLabel->text());
    m_tokenLineEdit->setPlaceholderText(alibaba ? tr("Only for temporary STS credentials")
                                                : tr("Only for temporary AK/SK"));
    m_endpointLineEdit->setPlaceholderText(tr("Optional: leave empty for the provider's own endpoints"));
    m_endpointLineEdit->setAccessibleDescription(
        tr("An address that replaces the provider's endpoints, such as a simulator or a proxy."));
    m_signatureComboBox->setItemText(0, tr("V1 (HMAC-SHA1)"));
    m_signatureComboBox->setItemText(1, tr("V3 (ACS3-HMAC-SHA256)"));
    m_testButton->setText(tr("&Test Connection"));
    m_testButton->setToolTip(alibaba ? tr("Calls DescribeRegions with these credentials.")
                                     : tr("Looks up the region's project in IAM with these credentials."));
    m_copyResultButton->setText(tr("Cop&y Result"));
    m_resultLabel->setAccessibleName(tr("Connection test result"));
    m_problemLabel->setAccessibleName(tr("Problem"));
    m_buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace rdsbm::ui
