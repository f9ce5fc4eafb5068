#include "ui/jobs/tablecolumns.h"

#include <QHeaderView>
#include <QStyle>
#include <QTableView>

namespace rdsbm::ui {

void fitColumnsToHeaders(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    const QStyle *style = header->style();
    // Room for the margins on both sides and the sort arrow, as QHeaderView draws them.
    const int chrome = 4 * style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header)
        + style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    for (int column = 0; column < header->count(); ++column) {
        const QString text = view->model()->headerData(column, Qt::Horizontal).toString();
        const int needed = header->fontMetrics().horizontalAdvance(text) + chrome;
        if (header->sectionSize(column) < needed)
            header->resizeSection(column, needed);
    }
}

} // namespace rdsbm::ui
