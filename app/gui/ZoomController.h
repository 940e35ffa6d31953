#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace nb::gui {

class EditorPages;

/// Zoom of the narrative editors and tables: Ctrl+= / Ctrl+- / Ctrl+0 and Ctrl+wheel, in steps of 10 %
/// between 50 % and 300 %. The zoom is remembered in the settings and applied to every document opened
/// later (in this window or a new one).
class ZoomController : public QObject {
    Q_OBJECT
public:
    explicit ZoomController(EditorPages* pages, QObject* parent = nullptr);

    static constexpr int kMinimum = 50;
    static constexpr int kMaximum = 300;
    static constexpr int kStep = 10;

    int percent() const { return m_percent; }
    /// Sets the zoom (clamped), remembers it and applies it to the editors shown.
    void setPercent(int percent);
    void zoomIn() { setPercent(m_percent + kStep); }
    void zoomOut() { setPercent(m_percent - kStep); }
    void reset() { setPercent(100); }
    /// Applies the zoom to the editors of the pages (after a document was shown) and watches their
    /// Ctrl+wheel.
    void apply();

    QAction* zoomInAction() const { return m_in; }
    QAction* zoomOutAction() const { return m_out; }
    QAction* resetAction() const { return m_reset; }
    void retranslate();

signals:
    void zoomChanged(int percent);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<EditorPages> m_pages;
    int m_percent = 100;
    QAction* m_in = nullptr;
    QAction* m_out = nullptr;
    QAction* m_reset = nullptr;
};

} // namespace nb::gui
