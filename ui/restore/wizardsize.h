#pragma once

#include <QFontMetrics>
#include <QScreen>
#include <QSize>
#include <QWidget>

namespace rdsbm::ui {

// Room for an instance list with its reasons and a summary with its request, in the user's font
// (so it grows with the text at any scale), but never larger than the screen.
inline QSize preferredWizardSize(const QWidget *wizard)
{
    const QFontMetrics metrics = wizard->fontMetrics();
    QSize size(metrics.averageCharWidth() * 160, metrics.lineSpacing() * 44);
    if (const QScreen *screen = wizard->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 9 / 10);
    return size;
}

} // namespace rdsbm::ui
