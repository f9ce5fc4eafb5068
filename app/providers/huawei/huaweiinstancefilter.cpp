#include "app/providers/huawei/huaweiinstancefilter.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::huawei {

namespace {

struct HuaweiInstanceFilterText
{
    Q_DECLARE_TR_FUNCTIONS(rdsbm::huawei::HuaweiInstanceFilter)
};

const auto parameterError = u"DBS.200001"_s;

void checkPattern(InputProblems &problems, const QString &field, const QString &value)
{
    if (value == u"*")
        problems.append({field, parameterError,
                         HuaweiInstanceFilterText::tr("%1 cannot be '*' alone: a leading '*' makes a fuzzy search for what follows it.")
                             .arg(field)});
}

void checkOneOf(InputProblems &problems, const QString &field, const QString &value, const QStringList &allowed)
{
    if (!value.isEmpty() && !allowed.contains(value))
        problems.append({field, parameterError,
                         HuaweiInstanceFilterText::tr("%1 must be one of %2 (case-sensitive).").arg(field, allowed.join(u", "_s))});
}

} // namespace

InputProblems HuaweiInstanceFilter::validate() const
{
    InputProblems problems;
    checkPattern(problems, u"id"_s, id);
    checkPattern(problems, u"name"_s, name);
    checkOneOf(problems, u"type"_s, type, {u"Single"_s, u"Ha"_s, u"Replica"_s});
    checkOneOf(problems, u"datastore_type"_s, datastoreType,
               {u"MySQL"_s, u"PostgreSQL"_s, u"SQLServer"_s, u"MariaDB"_s});
    if (tags.size() > 10)
        problems.append({u"tags"_s, parameterError, HuaweiInstanceFilterText::tr("tags can filter on at most 10 key=value pairs.")});
    for (const auto &[key, value] : tags) {
        if (key.isEmpty() || key.contains(u',') || key.contains(u'=') || value.contains(u',')) {
            problems.append({u"tags"_s, parameterError,
                             HuaweiInstanceFilterText::tr("Each tag filter needs a key without ',' or '=' and a value without ','.")});
            break;
        }
    }
    if (maxItems == 0 || maxItems < -1)
        problems.append({u"limit"_s, parameterError, HuaweiInstanceFilterText::tr("The number of instances to list must be at least 1.")});
    return problems;
}

signing::QueryParameters HuaweiInstanceFilter::queryParameters() const
{
    signing::QueryParameters query;
    const auto put = [&query](const QString &name, const QString &value) {
        if (!value.isEmpty())
            query.append({name, value});
    };
    put(u"id"_s, id);
    put(u"name"_s, name);
    put(u"type"_s, type);
    put(u"datastore_type"_s, datastoreType);
    put(u"eps_id"_s, enterpriseProjectId);
    put(u"vpc_id"_s, vpcId);
    put(u"subnet_id"_s, subnetId);
    QStringList pairs;
    for (const auto &[key, value] : tags)
        pairs.append(key + u'=' + value);
    put(u"tags"_s, pairs.join(u','));
    return query;
}

} // namespace rdsbm::huawei
