#include "app/downloads/downloadresult.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::downloads {

QString downloadOutcomeName(DownloadOutcome outcome)
{
    switch (outcome) {
    case DownloadOutcome::Pending:
        return u"Pending"_s;
    case DownloadOutcome::Verified:
        return u"Verified"_s;
    case DownloadOutcome::Unverified:
        return u"Unverified"_s;
    case DownloadOutcome::ChecksumUnavailable:
        return u"ChecksumUnavailable"_s;
    case DownloadOutcome::ChecksumMismatch:
        return u"ChecksumMismatch"_s;
    case DownloadOutcome::NetworkError:
        return u"NetworkError"_s;
    case DownloadOutcome::HttpError:
        return u"HttpError"_s;
    case DownloadOutcome::LinkExpired:
        return u"LinkExpired"_s;
    case DownloadOutcome::DiskError:
        return u"DiskError"_s;
    case DownloadOutcome::Canceled:
        return u"Canceled"_s;
    }
    return u"Unknown"_s;
}

} // namespace rdsbm::downloads
