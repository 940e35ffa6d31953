#pragma once

#include <QObject>
#include <QString>

namespace nb::gui {

class MainWindow;

/// The File menu's commands on behalf of the window: New, Open, Save a Version, Save As, Save a Copy,
/// Import. Each asks through Dialogs (so tests can answer) and works through the window's document API.
class FileCommands : public QObject {
    Q_OBJECT
public:
    explicit FileCommands(MainWindow* window);

    void newDocument();
    void openDialog();
    void saveVersion();
    void saveAs();
    void exportCopy();
    void importReport();
    /// Gives an in-memory report a document file (asks for the name); true when it has one afterwards.
    bool ensureFile(const QString& why);

    static QString fileFilter();
    static QString openFilter();
    /// Where file dialogs start: the folder of the last document, else the user's documents.
    static QString documentsDir();

private:
    /// Asks for a path and writes a complete copy of the document there; the path, or empty when cancelled
    /// or failed (the user was told why).
    QString copyDocumentAs(const QString& title);
    MainWindow* m_window;
};

} // namespace nb::gui
