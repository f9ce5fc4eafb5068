// Every language is complete: no unfinished or empty entry in any .ts file, and every
// translation keeps the placeholders and the keyboard accelerator of its source text.
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    bool plural = false;
    bool finished = true;
    QStringList forms; // the translation, or each plural form
};

QList<TsMessage> readTs(const QString &path, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != u"TS"_s) {
        error = u"not a Qt Linguist file"_s;
        return {};
    }
    while (xml.readNextStartElement()) {
        if (xml.name() != u"context"_s) {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"name"_s) {
                context = xml.readElementText();
                continue;
            }
            if (xml.name() != u"message"_s) {
                xml.skipCurrentElement();
                continue;
            }
            TsMessage message;
            message.context = context;
            message.plural = xml.attributes().value(u"numerus"_s) == u"yes"_s;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source"_s) {
                    message.source = xml.readElementText();
                } else if (xml.name() == u"translation"_s) {
                    message.finished = xml.attributes().value(u"type"_s).isEmpty();
                    if (message.plural) {
                        while (xml.readNextStartElement())
                            message.forms.append(xml.readElementText());
                    } else {
                        message.forms.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(uR"(%(L?\d{1,2}|n))"_s);
    QStringList found;
    for (const auto &match : marker.globalMatch(text))
        found.append(match.captured(1) == u"Ln"_s ? u"n"_s : match.captured(1));
    found.sort();
    found.removeDuplicates();
    return found;
}

// A plural form may say "once" instead of "%n times" (English singular); Chinese and Japanese
// have one form, which must keep %n.
bool samePlaceholders(const QString &form, const TsMessage &message, bool singleForm)
{
    QStringList expected = placeholders(message.source);
    QStringList actual = placeholders(form);
    if (message.plural && !singleForm) {
        expected.removeAll(u"n"_s);
        actual.removeAll(u"n"_s);
    }
    return expected == actual;
}

bool hasAccelerator(const QString &text)
{
    static const QRegularExpression accelerator(uR"((^|[^&])&[^&\s])"_s);
    return accelerator.match(text).hasMatch();
}

QString where(const TsMessage &message)
{
    return message.context + u" | "_s + message.source;
}

} // namespace

class TestTranslationFiles : public QObject
{
    Q_OBJECT

private slots:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << u"zh_CN"_s;
        QTest::newRow("zh_TW") << u"zh_TW"_s;
        QTest::newRow("ja") << u"ja"_s;
        // English is the source language: its file holds only the plural forms.
        QTest::newRow("en") << u"en"_s;
    }

    void complete()
    {
        QFETCH(QString, language);
        QString error;
        const QList<TsMessage> messages
            = readTs(QStringLiteral(RDSBM_TRANSLATIONS_DIR "/rdsbm_") + language + u".ts"_s, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());

        QStringList problems;
        for (const TsMessage &message : messages) {
            if (language == u"en"_s && !message.plural) {
                problems.append(u"not a plural message: "_s + where(message));
                continue;
            }
            if (!message.finished)
                problems.append(u"unfinished: "_s + where(message));
            const bool chineseOrJapanese = language != u"en"_s;
            if (message.forms.isEmpty() || (message.plural && chineseOrJapanese && message.forms.size() != 1)
                || (message.plural && !chineseOrJapanese && message.forms.size() != 2)) {
                problems.append(u"wrong number of forms: "_s + where(message));
            }
            for (const QString &form : message.forms) {
                if (form.trimmed().isEmpty())
                    problems.append(u"empty: "_s + where(message));
                else if (!samePlaceholders(form, message, chineseOrJapanese))
                    problems.append(u"placeholders differ (%1): "_s.arg(form) + where(message));
                else if (hasAccelerator(message.source) && !hasAccelerator(form))
                    problems.append(u"accelerator lost (%1): "_s.arg(form) + where(message));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void languagesHaveTheSameMessages()
    {
        QString error;
        const auto reference = readTs(QStringLiteral(RDSBM_TRANSLATIONS_DIR "/rdsbm_zh_CN.ts"), error);
        for (const QString &language : {u"zh_TW"_s, u"ja"_s}) {
            const auto other = readTs(QStringLiteral(RDSBM_TRANSLATIONS_DIR "/rdsbm_") + language + u".ts"_s, error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(other.size(), reference.size());
            for (qsizetype i = 0; i < other.size(); ++i)
                QCOMPARE(where(other[i]), where(reference[i]));
        }
    }
};

QTEST_APPLESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
