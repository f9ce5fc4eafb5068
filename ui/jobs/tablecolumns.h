#pragma once

class QTableView;

namespace rdsbm::ui {

// Widens every column whose header text (in the current language) does not fit, so that a
// translation never clips a header; columns wider than that keep their width.
void fitColumnsToHeaders(QTableView *view);

} // namespace rdsbm::ui
