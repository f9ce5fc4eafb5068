#include "app/providers/alibaba/parametercheck.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::alibaba {

namespace {

QString orDefault(const QString &code, const QString &fallback)
{
    return code.isEmpty() ? fallback : code;
}

} // namespace

void ParameterCheck::add(const QString &field, const QString &code, const QString &message)
{
    m_errors.append({field, code, message});
}

bool ParameterCheck::hasErrorFor(const QString &field) const
{
    return std::any_of(m_errors.cbegin(), m_errors.cend(),
                       [&field](const ParameterError &error) { return error.field == field; });
}

void ParameterCheck::required(const QString &field, const QString &value, const QString &code)
{
    if (value.trimmed().isEmpty())
        add(field, orDefault(code, u"MissingParameter"_s), tr("%1 is required.").arg(field));
}

void ParameterCheck::oneOf(const QString &field, const QString &value, const QStringList &allowed,
                           const QString &code)
{
    if (value.isEmpty() || allowed.contains(value))
        return;
    add(field, orDefault(code, u"InvalidParameter"_s),
        tr("%1 must be one of %2; \"%3\" is not one of them.").arg(field, allowed.join(u", "_s), value));
}

void ParameterCheck::validTime(const QString &field, const QDateTime &time, const QString &code)
{
    if (!time.isNull() && !time.isValid())
        add(field, orDefault(code, u"InvalidParameter"_s), tr("%1 is not a valid time.").arg(field));
}

void ParameterCheck::pageSizeOneOf(const QString &field, int pageSize, const QList<int> &allowed,
                                   const QString &code)
{
    if (allowed.contains(pageSize))
        return;
    QStringList values;
    for (int value : allowed)
        values.append(QString::number(value));
    add(field, orDefault(code, u"InvalidParameter"_s),
        tr("%1 must be one of %2; %3 is not one of them.").arg(field, values.join(u", "_s)).arg(pageSize));
}

void ParameterCheck::pageSizeBetween(const QString &field, int pageSize, int lowest, int highest,
                                     const QString &code)
{
    if (pageSize >= lowest && pageSize <= highest)
        return;
    add(field, orDefault(code, u"InvalidParameter"_s),
        tr("%1 must be between %2 and %3; %4 is not.").arg(field).arg(lowest).arg(highest).arg(pageSize));
}

void ParameterCheck::pageNumber(const QString &field, int pageNumber, const QString &code)
{
    if (pageNumber < 1)
        add(field, orDefault(code, u"InvalidParameter"_s),
            tr("%1 must be a positive whole number (1 or more); %2 is not.").arg(field).arg(pageNumber));
}

} // namespace rdsbm::alibaba
