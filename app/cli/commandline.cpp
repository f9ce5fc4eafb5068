#include "app/cli/commandline.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cli {

namespace {

struct CommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(rdsbm::cli::CommandLine)
};

const OptionSpec *findOption(const QList<OptionSpec> &options, const QString &name)
{
    for (const OptionSpec &option : options)
        if (option.name == name)
            return &option;
    return nullptr;
}

// The longest command whose words start `words`.
const CommandSpec *matchCommand(const QStringList &words)
{
    const CommandSpec *best = nullptr;
    for (const CommandSpec &spec : commandSpecs()) {
        if (spec.words.size() <= words.size() && words.mid(0, spec.words.size()) == spec.words
            && (!best || spec.words.size() > best->words.size()))
            best = &spec;
    }
    return best;
}

bool applyGlobal(GlobalSettings &globals, const QString &name, const QString &value, QString &error)
{
    if (name == u"provider"_s) {
        if (value != u"alibaba"_s && value != u"huawei"_s) {
            error = CommandLineText::tr("--provider must be alibaba or huawei.");
            return false;
        }
        globals.provider = value;
    } else if (name == u"region"_s) {
        globals.region = value;
    } else if (name == u"endpoint"_s) {
        globals.endpoint = value;
    } else if (name == u"profile"_s) {
        globals.profile = value;
    } else if (name == u"demo"_s) {
        globals.demo = true;
    } else if (name == u"output"_s) {
        if (value == u"table"_s)
            globals.output = OutputFormat::Table;
        else if (value == u"json"_s)
            globals.output = OutputFormat::Json;
        else {
            error = CommandLineText::tr("--output must be table or json.");
            return false;
        }
    } else if (name == u"lang"_s) {
        static const QStringList languages{u"en"_s, u"zh_CN"_s, u"zh_TW"_s, u"ja"_s};
        if (!languages.contains(value)) {
            error = CommandLineText::tr("--lang must be one of en, zh_CN, zh_TW, ja.");
            return false;
        }
        globals.language = value;
    } else if (name == u"timeout"_s) {
        bool ok = false;
        const int seconds = value.toInt(&ok);
        if (!ok || seconds <= 0 || seconds > 86400) {
            error = CommandLineText::tr("--timeout must be a whole number of seconds between 1 and 86400.");
            return false;
        }
        globals.timeoutSeconds = seconds;
    } else if (name == u"yes"_s) {
        globals.yes = true;
    }
    return true;
}

} // namespace

CommandLine parseCommandLine(const QStringList &argumentsWithoutProgram)
{
    CommandLine result;
    const QStringList &args = argumentsWithoutProgram;

    // Pass 1: the command words are the bare words before the first command option.
    QStringList words;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"--help"_s || arg == u"-h"_s || arg == u"--version"_s)
            continue;
        if (arg.startsWith(u"--"_s)) {
            const QString name = arg.mid(2).section(u'=', 0, 0);
            const OptionSpec *global = findOption(globalOptions(), name);
            if (!global)
                break;
            if (!global->valueName.isEmpty() && !arg.contains(u'='))
                ++i;
            continue;
        }
        words.append(arg);
    }
    result.command = matchCommand(words);

    bool wantsHelp = false;
    bool wantsVersion = false;
    bool inCommandWords = true;
    qsizetype wordIndex = 0;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"--help"_s || arg == u"-h"_s) {
            wantsHelp = true;
            continue;
        }
        if (arg == u"--version"_s) {
            wantsVersion = true;
            continue;
        }
        if (!arg.startsWith(u"--"_s) || arg == u"--"_s) {
            if (inCommandWords && result.command && wordIndex < result.command->words.size()) {
                ++wordIndex;
                continue;
            }
            if (!result.command) {
                result.error = CommandLineText::tr("Unknown command \"%1\". Run rdsbm --help for the list.").arg(words.join(u' '));
                return result;
            }
            result.arguments.append(arg);
            continue;
        }
        if (result.command && wordIndex >= result.command->words.size())
            inCommandWords = false;

        const QString name = arg.mid(2).section(u'=', 0, 0);
        const bool inlineValue = arg.contains(u'=');
        const OptionSpec *option = findOption(globalOptions(), name);
        const bool isGlobal = option != nullptr;
        if (!option && result.command)
            option = findOption(result.command->options, name);
        if (!option) {
            result.error = result.command
                ? CommandLineText::tr("Unknown option --%1 for \"rdsbm %2\".").arg(name, result.command->words.join(u' '))
                : CommandLineText::tr("Unknown option --%1.").arg(name);
            return result;
        }
        QString value;
        if (!option->valueName.isEmpty()) {
            if (inlineValue) {
                value = arg.section(u'=', 1);
            } else if (i + 1 < args.size()) {
                value = args.at(++i);
            } else {
                result.error = CommandLineText::tr("--%1 needs a value (%2).").arg(name, option->valueName);
                return result;
            }
            if (value.isEmpty()) {
                result.error = CommandLineText::tr("--%1 needs a value (%2).").arg(name, option->valueName);
                return result;
            }
        } else if (inlineValue) {
            result.error = CommandLineText::tr("--%1 takes no value.").arg(name);
            return result;
        }

        if (isGlobal) {
            if (!applyGlobal(result.globals, name, value, result.error))
                return result;
        } else if (option->valueName.isEmpty()) {
            result.flags.insert(name);
        } else {
            if (result.values.contains(name)) {
                result.error = CommandLineText::tr("--%1 is given twice.").arg(name);
                return result;
            }
            result.values.insert(name, value);
        }
    }

    if (wantsVersion && !wantsHelp) {
        result.request = CommandLine::Request::Version;
        return result;
    }
    if (wantsHelp) {
        result.request = CommandLine::Request::Help;
        return result;
    }
    if (!result.command) {
        result.error = words.isEmpty() ? CommandLineText::tr("No command given. Run rdsbm --help for the list.")
                                       : CommandLineText::tr("Unknown command \"%1\". Run rdsbm --help for the list.")
                                             .arg(words.join(u' '));
        return result;
    }
    const bool takesArguments = result.command->words == QStringList{u"jobs"_s, u"wait"_s};
    if (!takesArguments && !result.arguments.isEmpty()) {
        result.error = CommandLineText::tr("Unexpected argument \"%1\".").arg(result.arguments.first());
        return result;
    }
    result.request = CommandLine::Request::Run;
    return result;
}

QString helpText(const CommandSpec *command)
{
    auto translateHelp = [](const char *text) {
        return QCoreApplication::translate("rdsbm::cli::Help", text);
    };
    auto optionLine = [&](const OptionSpec &option) {
        QString left = u"  --"_s + option.name;
        if (!option.valueName.isEmpty())
            left += u' ' + option.valueName;
        return left.leftJustified(34) + u' ' + translateHelp(option.description) + u'\n';
    };

    QString text;
    if (command) {
        text += CommandLineText::tr("Usage: rdsbm %1 [options]").arg(command->words.join(u' ')) + u"\n\n"_s;
        text += translateHelp(command->summary) + u"\n\n"_s;
        if (!command->options.isEmpty()) {
            text += CommandLineText::tr("Options:") + u'\n';
            for (const OptionSpec &option : command->options)
                text += optionLine(option);
            text += u'\n';
        }
    } else {
        text += CommandLineText::tr("Usage: rdsbm <command> [options]") + u"\n\n"_s;
        text += CommandLineText::tr("Backups and restores for Alibaba Cloud RDS, DBS and Huawei Cloud RDS.") + u"\n\n"_s;
        text += CommandLineText::tr("Commands:") + u'\n';
        for (const CommandSpec &spec : commandSpecs())
            text += (u"  "_s + spec.words.join(u' ')).leftJustified(34) + u' ' + translateHelp(spec.summary) + u'\n';
        text += u'\n';
    }
    text += CommandLineText::tr("Global options:") + u'\n';
    for (const OptionSpec &option : globalOptions())
        text += optionLine(option);
    text += u"  --help"_s.leftJustified(34) + u' ' + CommandLineText::tr("Show this help.") + u'\n';
    text += u"  --version"_s.leftJustified(34) + u' ' + CommandLineText::tr("Show the version.") + u'\n';
    if (!command) {
        text += u'\n' + CommandLineText::tr("Exit codes: 0 success; 2 invalid usage or input, nothing sent; 3 the service "
                           "answered with an error; 4 network failure or timeout after retries; 5 a "
                           "downloaded file failed verification; 6 a confirmation was refused or missing; "
                           "1 a local failure (the job journal or a file could not be written).")
            + u'\n';
        text += u'\n' + CommandLineText::tr("Environment:") + u'\n';
        const QList<std::pair<QString, QString>> variables{
            {u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, CommandLineText::tr("Alibaba Cloud access key ID (with ALIBABA_CLOUD_ACCESS_KEY_SECRET, "
                                                   "optionally ALIBABA_CLOUD_SECURITY_TOKEN).")},
            {u"HUAWEICLOUD_SDK_AK"_s, CommandLineText::tr("Huawei Cloud access key (with HUAWEICLOUD_SDK_SK, optionally "
                                          "HUAWEICLOUD_SDK_PROJECT_ID).")},
            {u"RDSBM_DEST_PASSWORD"_s, CommandLineText::tr("The destination database password of rdsbm dbs restore; without it, "
                                           "rdsbm asks on the terminal.")},
            {u"RDSBM_STATE_DIR"_s, CommandLineText::tr("Where the job journal is kept (shared with the desktop application); "
                                       "default: the application's data folder.")},
            {u"RDSBM_POLL_INTERVAL_MS"_s, CommandLineText::tr("How often running jobs are asked about, in milliseconds (default "
                                              "3000).")},
        };
        for (const auto &[name, description] : variables)
            text += (u"  "_s + name).leftJustified(34) + u' ' + description + u'\n';
    }
    return text;
}

} // namespace rdsbm::cli
