#pragma once

#include <QStyledItemDelegate>

namespace rdsbm::ui {

// Draws a cell as a progress bar filled to its RawValueRole percentage (0-100) with the cell's
// text on it; a negative or missing value draws the plain text (the total is not known yet).
class ProgressBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace rdsbm::ui
