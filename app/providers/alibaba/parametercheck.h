#pragma once

#include "app/providers/alibaba/parametererror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rdsbm::alibaba {

// Collects the refusals of one set of parameters, each with the field, the service's code for
// that mistake and a sentence stating the rule.
class ParameterCheck
{
    Q_DECLARE_TR_FUNCTIONS(ParameterCheck)

public:
    // Empty or only spaces: MissingParameter (or `code`).
    void required(const QString &field, const QString &value, const QString &code = {});
    // Empty passes (the parameter is optional); anything else must be one of `allowed`, exactly.
    void oneOf(const QString &field, const QString &value, const QStringList &allowed, const QString &code = {});
    // A time that must be valid when it is given at all.
    void validTime(const QString &field, const QDateTime &time, const QString &code = {});
    void pageSizeOneOf(const QString &field, int pageSize, const QList<int> &allowed, const QString &code = {});
    void pageSizeBetween(const QString &field, int pageSize, int lowest, int highest, const QString &code = {});
    void pageNumber(const QString &field, int pageNumber, const QString &code = {});

    void add(const QString &field, const QString &code, const QString &message);
    void add(const ParameterErrors &errors) { m_errors += errors; }

    const ParameterErrors &errors() const { return m_errors; }
    bool hasErrorFor(const QString &field) const;

private:
    ParameterErrors m_errors;
};

} // namespace rdsbm::alibaba
