#include "StatusIcons.h"

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

QIcon StatusIcons::status(Status status) {
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(draw(status, size));
    return icon;
}

} // namespace nb::gui
