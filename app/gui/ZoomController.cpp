#include "ZoomController.h"

#include "AppSettings.h"
#include "EditorPages.h"
#include "NarrativeEditor.h"
#include "NarrativeTextEdit.h"
#include "TableEditor.h"
#include "TableView.h"

#include <QAction>
#include <QWheelEvent>

namespace nb::gui {

ZoomController::ZoomController(EditorPages* pages, QObject* parent)
    : QObject(parent)
    , m_pages(pages)
    , m_percent(qBound(kMinimum, AppSettings::zoomPercent(), kMaximum)) {
    m_in = new QAction(this);
    m_in->setObjectName(QStringLiteral("actionZoomIn"));
    // Ctrl+= is the key without Shift on most keyboards; Ctrl++ (the platform's zoom-in) works too.
    QList<QKeySequence> inKeys{QKeySequence(Qt::CTRL | Qt::Key_Equal)};
    for (const QKeySequence& k : QKeySequence::keyBindings(QKeySequence::ZoomIn))
        if (!inKeys.contains(k))
            inKeys << k;
    m_in->setShortcuts(inKeys);
    m_out = new QAction(this);
    m_out->setObjectName(QStringLiteral("actionZoomOut"));
    QList<QKeySequence> outKeys{QKeySequence(Qt::CTRL | Qt::Key_Minus)};
    for (const QKeySequence& k : QKeySequence::keyBindings(QKeySequence::ZoomOut))
        if (!outKeys.contains(k))
            outKeys << k;
    m_out->setShortcuts(outKeys);
    m_reset = new QAction(this);
    m_reset->setObjectName(QStringLiteral("actionZoomReset"));
    m_reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_in, &QAction::triggered, this, &ZoomController::zoomIn);
    connect(m_out, &QAction::triggered, this, &ZoomController::zoomOut);
    connect(m_reset, &QAction::triggered, this, &ZoomController::reset);
    retranslate();
}

void ZoomController::retranslate() {
    m_in->setText(tr("Zoom &In"));
    m_out->setText(tr("Zoom &Out"));
    m_reset->setText(tr("Actual Si&ze (%1 %)").arg(m_percent));
}

void ZoomController::setPercent(int percent) {
    const int next = qBound(kMinimum, percent, kMaximum);
    if (next == m_percent)
        return;
    m_percent = next;
    AppSettings::setZoomPercent(next);
    apply();
    retranslate();
    emit zoomChanged(next);
}

void ZoomController::apply() {
    if (!m_pages)
        return;
    const double factor = m_percent / 100.0;
    const QStringList sections = m_pages->sections();
    for (const QString& id : sections) {
        if (TableEditor* t = m_pages->tableEditor(id)) {
            t->view()->setZoom(factor);
            t->view()->viewport()->installEventFilter(this);
        }
        if (NarrativeEditor* n = id.isEmpty() ? nullptr : m_pages->narrativeEditor(id)) {
            n->setZoom(factor);
            n->textEdit()->viewport()->installEventFilter(this);
        }
    }
}

bool ZoomController::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Wheel) {
        auto* wheel = static_cast<QWheelEvent*>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            const int delta = wheel->angleDelta().y();
            if (delta > 0)
                zoomIn();
            else if (delta < 0)
                zoomOut();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace nb::gui
