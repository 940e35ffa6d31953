#pragma once

#include <QDialog>
#include <QUrl>

#include <functional>

class QPushButton;

namespace nb::gui {

/// After an export: where the file was written, with 「打开文件」 (the file in its usual program) and
/// 「打开所在文件夹」 (the folder in the file manager). Both go through QDesktopServices with a local file
/// URL: nothing leaves the computer.
class ExportDoneDialog : public QDialog {
    Q_OBJECT
public:
    ExportDoneDialog(const QString& path, QWidget* parent = nullptr);

    /// Shows the dialog (through Dialogs::exec, so tests can answer it).
    static void present(QWidget* parent, const QString& path);
    /// Tests: opening a URL calls opener instead of QDesktopServices; nullptr restores the default.
    static void setUrlOpenerForTesting(const std::function<bool(const QUrl&)>& opener);

    QPushButton* openFileButton() const { return m_openFile; }
    QPushButton* openFolderButton() const { return m_openFolder; }
    QString path() const { return m_path; }

private:
    void openUrl(const QUrl& url);

    QString m_path;
    QPushButton* m_openFile = nullptr;
    QPushButton* m_openFolder = nullptr;
};

} // namespace nb::gui
