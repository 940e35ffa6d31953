#include "StatusIcons.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace nb::gui {

namespace {
QPixmap draw(StatusIcons::Status status, int size) {
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(1.0, 1.0, size - 2.0, size - 2.0);
    QPen white(Qt::white, size / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (status) {
    case StatusIcons::Status::Empty:
        p.setPen(QPen(QColor(0x9E, 0x9E, 0x9E), size / 10.0));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(r.adjusted(size / 10.0, size / 10.0, -size / 10.0, -size / 10.0));
        break;
    case StatusIcons::Status::Complete: {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2E, 0x7D, 0x32));
        p.drawEllipse(r);
        p.setPen(white);
        QPainterPath tick;
        tick.moveTo(size * 0.28, size * 0.52);
        tick.lineTo(size * 0.44, size * 0.68);
        tick.lineTo(size * 0.72, size * 0.36);
        p.drawPath(tick);
        break;
    }
    case StatusIcons::Status::Warnings: {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xE0, 0x9B, 0x00));
        QPolygonF tri;
        tri << QPointF(size / 2.0, 1) << QPointF(size - 1.0, size - 2.0) << QPointF(1, size - 2.0);
        p.drawPolygon(tri);
        p.setPen(white);
        p.drawLine(QPointF(size / 2.0, size * 0.36), QPointF(size / 2.0, size * 0.62));
        p.drawPoint(QPointF(size / 2.0, size * 0.78));
        break;
    }
    case StatusIcons::Status::Errors:
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xC6, 0x28, 0x28));
        p.drawEllipse(r);
        p.setPen(white);
        p.drawLine(QPointF(size * 0.34, size * 0.34), QPointF(size * 0.66, size * 0.66));
        p.drawLine(QPointF(size * 0.66, size * 0.34), QPointF(size * 0.34, size * 0.66));
        break;
    }
    return pm;
}
} // namespace

QIcon StatusIcons::application() {
    QIcon icon;
    for (int size : {16, 32, 64, 256}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xB7, 0x1C, 0x1C));
        const qreal m = size / 32.0;
        p.drawRoundedRect(QRectF(m, m, size - 2 * m, size - 2 * m), size * 0.16, size * 0.16);
        QFont font;
        font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Microsoft YaHei"),
                          QStringLiteral("SimHei")});
        font.setBold(true);
        font.setPixelSize(qMax(8, int(size * 0.6)));
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, QStringLiteral("年"));
        icon.addPixmap(pm);
    }
    return icon;
}

QIcon StatusIcons::status(Status status) {
    // Drawn once per process (the marks are refreshed on every edit); released before the application goes.
    static QIcon cache[4];
    static bool cleanup = false;
    if (!cleanup) {
        cleanup = true;
        qAddPostRoutine([] {
            for (QIcon& icon : cache)
                icon = QIcon();
        });
    }
    QIcon& icon = cache[int(status)];
    if (icon.isNull()) {
        for (int size : {16, 24, 32, 48})
            icon.addPixmap(draw(status, size));
    }
    return icon;
}

} // namespace nb::gui
