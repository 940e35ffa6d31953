#include "FileCommands.h"

#include "AppSettings.h"
#include "Dialogs.h"
#include "DocumentActions.h"
#include "MainWindow.h"
#include "NewDocumentDialog.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

namespace nb::gui {

FileCommands::FileCommands(MainWindow* window)
    : QObject(window)
    , m_window(window) {}

QString FileCommands::fileFilter() {
    return tr("Nianbao reports (*.nianbao);;All files (*)");
}

QString FileCommands::openFilter() {
    return tr("Nianbao reports (*.nianbao);;Nianbao JSON and published reports (*.json *.pdf *.docx *.odt "
              "*.txt *.html *.htm);;All files (*)");
}

QString FileCommands::documentsDir() {
    const QString last = AppSettings::lastDocument();
    if (!last.isEmpty())
        return QFileInfo(last).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void FileCommands::newDocument() {
    NewDocumentDialog dialog(m_window);
    dialog.setAgency(AppSettings::defaultAgency());
    dialog.setAgencyKind(AppSettings::defaultAgencyKind());
    if (!Dialogs::exec(&dialog))
        return;
    const Report report = dialog.report();
    const QString suggested =
        QDir(documentsDir()).filePath(report.effectiveTitle() + QStringLiteral(".nianbao"));
    QString path = Dialogs::getSaveFileName(m_window, tr("New Report"), suggested, fileFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".nianbao"), Qt::CaseInsensitive))
        path += QStringLiteral(".nianbao");
    if (QFileInfo::exists(path)) {
        Dialogs::warning(
            m_window, tr("New Report"),
            tr("“%1” already exists. Choose another name, or open it.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_window->createDocument(path, report);
}

void FileCommands::openDialog() {
    const QString path = Dialogs::getOpenFileName(m_window, tr("Open Report"), documentsDir(), openFilter());
    if (!path.isEmpty())
        m_window->openDocument(path);
}

bool FileCommands::ensureFile(const QString& why) {
    if (!m_window->document())
        return false;
    if (m_window->document()->hasFile())
        return true;
    const QString suggested =
        QDir(documentsDir())
            .filePath(m_window->document()->report().effectiveTitle() + QStringLiteral(".nianbao"));
    QString path = Dialogs::getSaveFileName(m_window, why, suggested, fileFilter());
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".nianbao"), Qt::CaseInsensitive))
        path += QStringLiteral(".nianbao");
    QString error;
    std::unique_ptr<ReportDocument> doc =
        ReportDocument::create(path, m_window->document()->report(), &error);
    if (!doc) {
        Dialogs::warning(m_window, why,
                         tr("“%1” could not be created.\n\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    const QString section = m_window->currentSection();
    m_window->setDocument(std::move(doc));
    m_window->showSection(section);
    AppSettings::addRecentFile(path);
    AppSettings::setLastDocument(QFileInfo(path).absoluteFilePath());
    return true;
}

void FileCommands::saveVersion() {
    if (!m_window->document())
        return;
    m_window->flushEdits();
    if (!ensureFile(tr("Save Report")))
        return;
    QString name =
        tr("Version of %1").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    if (!Dialogs::getText(m_window, tr("Save a Version"),
                          tr("Every change is already stored. Name this version so you can find it later:"),
                          &name))
        return;
    QString error;
    if (!m_window->document()->saveVersion(name.trimmed(), &error)) {
        Dialogs::warning(m_window, tr("Save a Version"), error);
        return;
    }
    m_window->showStatusMessage(tr("Version “%1” saved.").arg(name.trimmed()), false);
}

QString FileCommands::copyDocumentAs(const QString& title) {
    QString path = Dialogs::getSaveFileName(m_window, title, documentsDir(), fileFilter());
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1String(".nianbao"), Qt::CaseInsensitive))
        path += QStringLiteral(".nianbao");
    QString error;
    if (!m_window->document()->store()->copyTo(path, &error)) {
        Dialogs::warning(m_window, title, error);
        return {};
    }
    return path;
}

void FileCommands::saveAs() {
    if (!m_window->document())
        return;
    m_window->flushEdits();
    if (!m_window->document()->hasFile()) {
        ensureFile(tr("Save As"));
        return;
    }
    const QString path = copyDocumentAs(tr("Save As"));
    if (path.isEmpty())
        return;
    const QString section = m_window->currentSection();
    if (m_window->openDocument(path))
        m_window->showSection(section);
}

void FileCommands::exportCopy() {
    if (!m_window->document() || !m_window->document()->hasFile())
        return;
    m_window->flushEdits();
    const QString path = copyDocumentAs(tr("Save a Copy"));
    if (path.isEmpty())
        return;
    m_window->showStatusMessage(tr("A copy was saved as “%1”.").arg(QDir::toNativeSeparators(path)), false);
}

void FileCommands::importReport() {
    Report report;
    if (!DocumentActions::importReport(m_window, &report))
        return;
    if (m_window->document() && !m_window->closeDocument())
        return;
    m_window->setDocument(std::make_unique<ReportDocument>(report));
    // Create the document file right away; when that is cancelled the report stays open in memory.
    if (!ensureFile(tr("Save Imported Report")))
        m_window->showStatusMessage(tr("Imported. The report is not saved yet: use Save As to keep it."),
                                    false);
}

} // namespace nb::gui
