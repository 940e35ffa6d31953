#pragma once

#include <QObject>
#include <QString>

class QAction;
class QFrame;
class QLabel;
class QMenu;

namespace nb::gui {

class MainWindow;

/// Final copies (定稿) in the desktop program: File → Finalize (定稿)… and File → Return to Draft…, and
/// the banner above the editors of a final copy (who finalized it, when, and its fingerprint). The
/// document refuses every change of a final copy and says it is read-only (ReportDocument), so the
/// editors are read-only; this class only asks, calls the document and shows the state.
class FinalCopyActions : public QObject {
    Q_OBJECT
public:
    /// Adds the two actions to the File menu and the banner to the window's document page.
    static FinalCopyActions* install(QMenu* fileMenu, MainWindow* window);

    QAction* finalizeAction() const { return m_finalize; }
    QAction* draftAction() const { return m_draft; }
    QFrame* banner() const { return m_banner; }
    QString bannerText() const;

    /// Asks for confirmation, then makes the document a final copy. False when refused or cancelled.
    bool finalize();
    /// Asks for the reason, then returns the final copy to draft. False when refused or cancelled.
    bool returnToDraft();

    /// The fingerprint to print on the last page: the document's when it is an intact final copy, else "".
    static QString printableFingerprint(MainWindow* window);

private:
    FinalCopyActions(QMenu* fileMenu, MainWindow* window);
    void documentShown();
    void update();
    /// The editors follow the document: read-only exactly when the document is.
    void applyReadOnly();

    MainWindow* m_window;
    QAction* m_finalize = nullptr;
    QAction* m_draft = nullptr;
    QFrame* m_banner = nullptr;
    QLabel* m_label = nullptr;
};

} // namespace nb::gui
