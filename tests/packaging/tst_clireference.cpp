// The hand-written rdsbm man page and bash completion must list exactly the commands, options
// and allowed values of app/cli/commandspec.cpp, so that adding an option without documenting
// it (or leaving a removed one behind) fails here.
#include "app/cli/commandspec.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm::cli;

namespace {

const QString globalSection = u"GLOBAL OPTIONS"_s;

QString readSourceFile(const QString &relativePath)
{
    QFile file(QStringLiteral(RDSBM_SOURCE_DIR) + u'/' + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QSet<QString> optionNames(const QList<OptionSpec> &options)
{
    QSet<QString> names;
    for (const OptionSpec &option : options)
        names.insert(option.name);
    return names;
}

QSet<QString> globalOptionNames()
{
    return optionNames(globalOptions()) + QSet<QString>{u"help"_s, u"version"_s};
}

// Options whose value is one of a fixed list ("table|json"), which both documents must spell out.
QList<OptionSpec> enumeratedOptions(const QList<OptionSpec> &options)
{
    QList<OptionSpec> result;
    for (const OptionSpec &option : options) {
        if (option.valueName.contains(u'|') && !option.valueName.contains(u'@'))
            result.append(option);
    }
    return result;
}

QSet<QString> wordSet(const QString &text, const QRegularExpression &separator = QRegularExpression(u"\\s+"_s))
{
    const QStringList words = text.split(separator, Qt::SkipEmptyParts);
    return QSet<QString>(words.cbegin(), words.cend());
}

// The man page, cut into sections: "GLOBAL OPTIONS" and one per command ("alibaba backups list").
struct ManPage
{
    QMap<QString, QSet<QString>> options; // the options each section documents with .TP
    QMap<QString, QString> text;          // each section's text, roff escapes for '-' removed

    static ManPage parse(const QString &roff)
    {
        static const QRegularExpression optionLine(u"^\\.(?:B|BI|BR)\\s+--([a-z0-9-]+)"_s);
        static const QRegularExpression commandWord(u"^[a-z][a-z-]*$"_s);
        ManPage page;
        QString section;
        bool afterTaggedParagraph = false;
        const QStringList lines = roff.split(u'\n');
        for (QString line : lines) {
            line.replace(u"\\-"_s, u"-"_s);
            if (line.startsWith(u".SH"_s)) {
                const QString title = line.mid(3).trimmed().remove(u'"');
                section = title == globalSection ? title : QString();
            } else if (line.startsWith(u".SS"_s)) {
                QStringList words = line.mid(3).trimmed().remove(u'"').split(u' ');
                section.clear();
                if (!words.isEmpty() && words.takeFirst() == u"rdsbm"_s) {
                    QStringList commandWords;
                    for (const QString &word : std::as_const(words)) {
                        if (!commandWord.match(word).hasMatch())
                            break;
                        commandWords.append(word);
                    }
                    section = commandWords.join(u' ');
                    page.options[section];
                }
            } else if (!section.isEmpty()) {
                if (afterTaggedParagraph) {
                    const auto match = optionLine.match(line);
                    if (match.hasMatch())
                        page.options[section].insert(match.captured(1));
                }
                page.text[section] += line + u'\n';
            }
            afterTaggedParagraph = line.startsWith(u".TP"_s);
        }
        return page;
    }
};

// The bash completion script, read the way tests can: by its functions' case labels.
struct Completion
{
    QSet<QString> globalOptions;
    QMap<QString, QSet<QString>> nextWords;       // partial command -> words that may follow
    QMap<QString, QSet<QString>> commandOptions;  // command -> its options
    QMap<QString, QSet<QString>> allowedValues;   // option -> the values offered after it
    QString flagFunction;                         // body of _rdsbm_takes_value

    static QString functionBody(const QString &script, const QString &name)
    {
        const qsizetype start = script.indexOf(u'\n' + name + u"()\n"_s);
        if (start < 0)
            return {};
        const qsizetype end = script.indexOf(u"\n}\n"_s, start);
        return script.mid(start, end - start);
    }

    // "label" | "other label") echo "a b" ... ;;  ->  {label: {a, b}, other label: {a, b}}
    static QMap<QString, QSet<QString>> caseEchoes(const QString &body)
    {
        static const QRegularExpression labels(u"^\\s*((?:\"[^\"]*\"|[a-z-]+)(?:\\s*\\|\\s*(?:\"[^\"]*\"|[a-z-]+))*)\\)"_s);
        static const QRegularExpression echoed(u"\"([^\"]*)\""_s);
        QMap<QString, QSet<QString>> result;
        const QStringList branches = body.section(u" in\n"_s, 1).split(u";;"_s);
        for (const QString &branch : branches) {
            const auto labelMatch = labels.match(branch);
            if (!labelMatch.hasMatch())
                continue;
            QSet<QString> words;
            auto echoes = echoed.globalMatch(branch.mid(labelMatch.capturedEnd()));
            while (echoes.hasNext())
                words += wordSet(echoes.next().captured(1));
            for (QString label : labelMatch.captured(1).split(u'|'))
                result[label.trimmed().remove(u'"')] = words;
        }
        return result;
    }

    static Completion parse(const QString &script)
    {
        Completion completion;
        static const QRegularExpression globals(u"_rdsbm_global_options=\"([^\"]*)\""_s);
        for (const QString &option : wordSet(globals.match(script).captured(1)))
            completion.globalOptions.insert(option.mid(2));
        completion.nextWords = caseEchoes(functionBody(script, u"_rdsbm_next_words"_s));
        const auto commandOptions = caseEchoes(functionBody(script, u"_rdsbm_command_options"_s));
        for (auto it = commandOptions.cbegin(); it != commandOptions.cend(); ++it) {
            for (const QString &option : it.value())
                completion.commandOptions[it.key()].insert(option.mid(2));
        }
        static const QRegularExpression values(u"--([a-z-]+)\\) _rdsbm_reply -W \"([^\"]*)\""_s);
        auto matches = values.globalMatch(functionBody(script, u"_rdsbm"_s));
        while (matches.hasNext()) {
            const auto match = matches.next();
            completion.allowedValues[match.captured(1)] = wordSet(match.captured(2));
        }
        completion.flagFunction = functionBody(script, u"_rdsbm_takes_value"_s);
        return completion;
    }
};

} // namespace

class TestCliReference : public QObject
{
    Q_OBJECT

private:
    ManPage m_manPage;
    Completion m_completion;

    static void addCommandRows()
    {
        QTest::addColumn<int>("commandIndex");
        for (qsizetype i = 0; i < commandSpecs().size(); ++i)
            QTest::newRow(commandSpecs().at(i).words.join(u' ').toUtf8().constData()) << int(i);
    }

private slots:
    void initTestCase()
    {
        const QString roff = readSourceFile(u"packaging/man/rdsbm.1.in"_s);
        const QString script = readSourceFile(u"packaging/completion/rdsbm.bash"_s);
        QVERIFY2(!roff.isEmpty(), "packaging/man/rdsbm.1.in is missing or empty");
        QVERIFY2(!script.isEmpty(), "packaging/completion/rdsbm.bash is missing or empty");
        m_manPage = ManPage::parse(roff);
        m_completion = Completion::parse(script);
    }

    void manPageHasOneSectionPerCommand()
    {
        QSet<QString> expected{globalSection};
        for (const CommandSpec &spec : commandSpecs())
            expected.insert(spec.words.join(u' '));
        const QList<QString> documented = m_manPage.options.keys();
        QCOMPARE(QSet<QString>(documented.cbegin(), documented.cend()), expected);
    }

    void manPageDocumentsTheGlobalOptions()
    {
        QCOMPARE(m_manPage.options.value(globalSection), globalOptionNames());
        for (const OptionSpec &option : enumeratedOptions(globalOptions()))
            QVERIFY2(m_manPage.text.value(globalSection).contains(option.valueName), qPrintable(option.name));
    }

    void manPageDocumentsEachCommandsOptions_data() { addCommandRows(); }
    void manPageDocumentsEachCommandsOptions()
    {
        QFETCH(int, commandIndex);
        const CommandSpec &spec = commandSpecs().at(commandIndex);
        const QString section = spec.words.join(u' ');
        QCOMPARE(m_manPage.options.value(section), optionNames(spec.options));
        for (const OptionSpec &option : enumeratedOptions(spec.options))
            QVERIFY2(m_manPage.text.value(section).contains(option.valueName), qPrintable(option.name));
    }

    void completionOffersTheGlobalOptions()
    {
        QCOMPARE(m_completion.globalOptions, globalOptionNames());
    }

    void completionWalksToEachCommand_data() { addCommandRows(); }
    void completionWalksToEachCommand()
    {
        QFETCH(int, commandIndex);
        const QStringList words = commandSpecs().at(commandIndex).words;
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QString prefix = words.first(i).join(u' ');
            QVERIFY2(m_completion.nextWords.value(prefix).contains(words.at(i)),
                     qPrintable(u"after \"%1\" the completion does not offer \"%2\""_s.arg(prefix, words.at(i))));
        }
        QVERIFY2(!m_completion.nextWords.contains(words.join(u' ')), "a complete command must offer options, not words");
    }

    void completionOffersEachCommandsOptions_data() { addCommandRows(); }
    void completionOffersEachCommandsOptions()
    {
        QFETCH(int, commandIndex);
        const CommandSpec &spec = commandSpecs().at(commandIndex);
        QCOMPARE(m_completion.commandOptions.value(spec.words.join(u' ')), optionNames(spec.options));
    }

    void completionOffersTheAllowedValues()
    {
        QList<OptionSpec> options = enumeratedOptions(globalOptions());
        for (const CommandSpec &spec : commandSpecs())
            options += enumeratedOptions(spec.options);
        QVERIFY(!options.isEmpty());
        for (const OptionSpec &option : std::as_const(options)) {
            QCOMPARE(m_completion.allowedValues.value(option.name),
                     wordSet(option.valueName, QRegularExpression(u"\\|"_s)));
        }
    }

    void completionKnowsWhichOptionsAreFlags()
    {
        QList<OptionSpec> options = globalOptions();
        for (const CommandSpec &spec : commandSpecs())
            options += spec.options;
        for (const OptionSpec &option : std::as_const(options)) {
            if (option.valueName.isEmpty())
                QVERIFY2(m_completion.flagFunction.contains(u"--"_s + option.name), qPrintable(option.name));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliReference)
#include "tst_clireference.moc"
