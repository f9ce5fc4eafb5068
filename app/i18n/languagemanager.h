#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace rdsbm::i18n {

// Installs the product's translation and Qt's own (for dialog and wizard buttons) for one of
// the supported languages, and switches at run time: Qt then sends LanguageChange to every
// widget; models follow languageChanged().
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // "en" (the source language), "zh_CN", "zh_TW", "ja".
    static QStringList supportedLanguages();
    // The supported language closest to `locale`: zh_HK and zh_Hant map to zh_TW, other
    // Chinese to zh_CN; anything unsupported to "en".
    static QString languageForLocale(const QLocale &locale);
    // The language's own name, for a Language menu: "English", "简体中文", "繁體中文", "日本語".
    static QString nativeName(const QString &language);

    // False for an unsupported language; a missing Qt translation is not an error.
    bool setLanguage(const QString &language);
    const QString &language() const { return m_language; }
    // The locale dates, sizes and numbers follow.
    QLocale locale() const;

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    QString m_language = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_product;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace rdsbm::i18n
