#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace rdsbm::accounts {

// A settings key with its type and default side by side, so a read can never disagree with a
// write about either.
template <typename T>
struct SettingKey
{
    const char *name;
    T defaultValue{};

    T read(const QSettings &settings) const
    {
        const QVariant value = settings.value(QString::fromLatin1(name));
        return value.isValid() && value.canConvert<T>() ? value.value<T>() : defaultValue;
    }

    void write(QSettings &settings, const T &value) const
    {
        if (value == defaultValue)
            settings.remove(QString::fromLatin1(name));
        else
            settings.setValue(QString::fromLatin1(name), QVariant::fromValue(value));
    }
};

} // namespace rdsbm::accounts
