#include "app/i18n/languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::i18n {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    if (m_product)
        QCoreApplication::removeTranslator(m_product.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList LanguageManager::supportedLanguages()
{
    return {u"en"_s, u"zh_CN"_s, u"zh_TW"_s, u"ja"_s};
}

QString LanguageManager::languageForLocale(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Chinese:
        if (locale.script() == QLocale::TraditionalChineseScript || locale.territory() == QLocale::Taiwan
            || locale.territory() == QLocale::HongKong || locale.territory() == QLocale::Macao)
            return u"zh_TW"_s;
        return u"zh_CN"_s;
    case QLocale::Japanese:
        return u"ja"_s;
    default:
        return u"en"_s;
    }
}

QString LanguageManager::nativeName(const QString &language)
{
    if (language == u"zh_CN"_s)
        return u"简体中文"_s;
    if (language == u"zh_TW"_s)
        return u"繁體中文"_s;
    if (language == u"ja"_s)
        return u"日本語"_s;
    return u"English"_s;
}

QLocale LanguageManager::locale() const
{
    return QLocale(m_language == u"en"_s ? u"en_US"_s : m_language);
}

bool LanguageManager::setLanguage(const QString &language)
{
    if (!supportedLanguages().contains(language))
        return false;

    // English, the source language, has a translation too: its plural forms.
    auto product = std::make_unique<QTranslator>();
    if (!product->load(u":/i18n/rdsbm_"_s + language))
        return false;
    // Qt's own catalogue may be absent (a minimal install); our texts still switch.
    auto qt = std::make_unique<QTranslator>();
    const bool haveQtTranslation = language != u"en"_s
        && qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    if (m_product)
        QCoreApplication::removeTranslator(m_product.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_qt.reset();
    QCoreApplication::installTranslator(product.get());
    m_product = std::move(product);
    if (haveQtTranslation) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    m_language = language;
    QLocale::setDefault(locale());
    Q_EMIT languageChanged(language);
    return true;
}

} // namespace rdsbm::i18n
