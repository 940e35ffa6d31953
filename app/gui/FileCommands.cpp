#include "FileCommands.h"

#include "AppSettings.h"
#include "Dialogs.h"
#include "DocumentActions.h"
#include "NewDocumentDialog.h"
#include "SaveIndicator.h"

#include "document/DocumentSession.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

namespace nb::gui {

namespace {
/// The settings key under which last year's report of a document is remembered.
QString previousYearKey(const QString& documentPath) {
    return QStringLiteral("previousYear/") +
           QString::fromLatin1(
               QFileInfo(documentPath).absoluteFilePath().toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

void remember(const QString& path) {
    AppSettings::addRecentFile(path);
    AppSettings::setLastDocument(QFileInfo(path).absoluteFilePath());
}
} // namespace

FileCommands::FileCommands(DocumentSession* session, SaveIndicator* indicator, QWidget* parent)
    : QObject(parent)
    , m_session(session)
    , m_indicator(indicator)
    , m_parent(parent) {
    // Last year's report is remembered per document file.
    connect(m_session, &DocumentSession::documentChanged, this, [this](bool sameReport) {
        if (!sameReport) {
            restorePreviousYear();
        } else if (m_session->document()->hasFile()) { // saved under another name: it goes along
            AppSettings::setValue(previousYearKey(m_session->document()->filePath()),
                                  m_session->previousYearPath().toUtf8());
        }
    });
}

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

QString FileCommands::askDocumentPath(const QString& title, const QString& suggested) {
    QString path = Dialogs::getSaveFileName(m_parent, title, suggested, fileFilter());
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".nianbao"), Qt::CaseInsensitive))
        path += QStringLiteral(".nianbao");
    return path;
}

void FileCommands::newDocument() {
    NewDocumentDialog dialog(m_parent);
    dialog.setAgency(AppSettings::defaultAgency());
    dialog.setAgencyKind(AppSettings::defaultAgencyKind());
    if (!Dialogs::exec(&dialog))
        return;
    const Report report = dialog.report();
    const QString path =
        askDocumentPath(tr("New Report"),
                        QDir(documentsDir()).filePath(report.effectiveTitle() + QStringLiteral(".nianbao")));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        Dialogs::warning(
            m_parent, tr("New Report"),
            tr("“%1” already exists. Choose another name, or open it.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    create(path, report);
}

void FileCommands::openDialog() {
    const QString path = Dialogs::getOpenFileName(m_parent, tr("Open Report"), documentsDir(), openFilter());
    if (!path.isEmpty())
        open(path);
}

bool FileCommands::open(const QString& path, bool readOnly) {
    if (!close())
        return false;
    if (QFileInfo(path).isFile() && !DocumentActions::looksLikeDocument(path)) {
        // Nianbao JSON or a published report: opened in memory, saved to a document with Save As.
        Report report;
        QString error;
        QString note;
        if (!DocumentActions::readForeign(path, &report, &error, &note)) {
            Dialogs::warning(
                m_parent, tr("Open Report"),
                tr("“%1” could not be opened.\n\n%2").arg(QDir::toNativeSeparators(path), error));
            return false;
        }
        m_session->openInMemory(report);
        emit statusMessage(note.isEmpty()
                               ? tr("Opened “%1”. It is not saved as a report document yet: use Save As.")
                                     .arg(QFileInfo(path).fileName())
                               : note,
                           false);
        return true;
    }
    QString error;
    if (!m_session->open(path, readOnly, &error)) {
        Dialogs::warning(m_parent, tr("Open Report"),
                         tr("“%1” could not be opened.\n\n%2").arg(QDir::toNativeSeparators(path), error));
        AppSettings::removeRecentFile(path);
        emit recentFilesChanged();
        return false;
    }
    remember(path);
    emit recentFilesChanged();
    const OpenInfo& info = m_session->openInfo();
    if (info.readOnly && !readOnly)
        tellReadOnly(path);
    if (info.migrated)
        emit statusMessage(tr("The report was upgraded to the current file format."), false);
    else if (info.staleLockTakenOver)
        emit statusMessage(tr("The report was not closed properly last time; all stored edits are there."),
                           false);
    return true;
}

void FileCommands::tellReadOnly(const QString& path) {
    const OpenInfo& info = m_session->openInfo();
    QString text;
    if (info.lockedBy.isValid()) {
        const LockOwner& o = info.lockedBy;
        text =
            tr("“%1” is being edited by %2 on computer %3 (since %4).\n\nIt has been opened read-only: "
               "you can read, print and export it, but not change it.")
                .arg(QFileInfo(path).fileName(), o.user.isEmpty() ? tr("another user") : o.user,
                     o.host.isEmpty() ? tr("unknown") : o.host,
                     o.since.isValid() ? QLocale().toString(o.since, QLocale::ShortFormat) : tr("unknown"));
    } else {
        text =
            tr("“%1” has been opened read-only.\n\n%2").arg(QFileInfo(path).fileName(), info.readOnlyReason);
    }
    Dialogs::information(m_parent, tr("Opened Read-Only"), text);
}

bool FileCommands::create(const QString& path, const Report& report) {
    if (!close())
        return false;
    QString error;
    if (!m_session->createFrom(report, path, &error)) {
        Dialogs::warning(m_parent, tr("New Report"),
                         tr("“%1” could not be created.\n\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    remember(path);
    return true;
}

bool FileCommands::confirmLoseUnsavedText(const QString& title) {
    return !m_indicator->hasUnsavedText() ||
           Dialogs::question(m_parent, title,
                             tr("Some text could not be saved:\n%1\n\nClose anyway and lose that text?")
                                 .arg(m_indicator->lastError()),
                             QMessageBox::Discard | QMessageBox::Cancel,
                             QMessageBox::Cancel) == QMessageBox::Discard;
}

bool FileCommands::close() {
    if (!m_session->hasDocument())
        return true;
    emit flushRequested();
    if (!confirmLoseUnsavedText(tr("Close Report")))
        return false;
    if (!m_session->document()->hasFile()) {
        const auto answer = Dialogs::question(
            m_parent, tr("Close Report"),
            tr("This report has not been saved to a file yet. Save it before closing?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save && !ensureFile(tr("Save Report")))
            return false;
    }
    m_session->close();
    return true;
}

bool FileCommands::ensureFile(const QString& why) {
    if (!m_session->hasDocument())
        return false;
    if (m_session->document()->hasFile())
        return true;
    const QString path = askDocumentPath(
        why, QDir(documentsDir())
                 .filePath(m_session->document()->report().effectiveTitle() + QStringLiteral(".nianbao")));
    if (path.isEmpty())
        return false;
    QString error;
    if (!m_session->saveAs(path, &error)) {
        Dialogs::warning(m_parent, why,
                         tr("“%1” could not be created.\n\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    remember(path);
    return true;
}

void FileCommands::saveVersion() {
    if (!m_session->hasDocument())
        return;
    emit flushRequested();
    if (!ensureFile(tr("Save Report")))
        return;
    QString name =
        tr("Version of %1").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    if (!Dialogs::getText(m_parent, tr("Save a Version"),
                          tr("Every change is already stored. Name this version so you can find it later:"),
                          &name))
        return;
    QString error;
    if (!m_session->saveVersion(name.trimmed(), &error)) {
        Dialogs::warning(m_parent, tr("Save a Version"), error);
        return;
    }
    emit statusMessage(tr("Version “%1” saved.").arg(name.trimmed()), false);
}

void FileCommands::saveAs() {
    if (!m_session->hasDocument())
        return;
    emit flushRequested();
    if (!m_session->document()->hasFile()) {
        ensureFile(tr("Save As"));
        return;
    }
    const QString path = askDocumentPath(tr("Save As"), documentsDir());
    if (path.isEmpty() || !confirmLoseUnsavedText(tr("Close Report")))
        return;
    QString error;
    if (!m_session->saveAs(path, &error)) {
        Dialogs::warning(m_parent, tr("Save As"), error);
        return;
    }
    remember(path);
    emit recentFilesChanged();
}

void FileCommands::exportCopy() {
    if (!m_session->hasDocument() || !m_session->document()->hasFile())
        return;
    emit flushRequested();
    const QString path = askDocumentPath(tr("Save a Copy"), documentsDir());
    if (path.isEmpty())
        return;
    QString error;
    if (!m_session->saveCopy(path, &error)) {
        Dialogs::warning(m_parent, tr("Save a Copy"), error);
        return;
    }
    emit statusMessage(tr("A copy was saved as “%1”.").arg(QDir::toNativeSeparators(path)), false);
}

void FileCommands::importReport() {
    const QString path = DocumentActions::askImportFile(m_parent);
    if (!path.isEmpty())
        importFile(path);
}

bool FileCommands::importFile(const QString& path) {
    Report report;
    if (!DocumentActions::importPreview(m_parent, path, &report) || !close())
        return false;
    m_session->openInMemory(report);
    // Create the document file right away; when that is cancelled the report stays open in memory.
    if (!ensureFile(tr("Save Imported Report")))
        emit statusMessage(tr("Imported. The report is not saved yet: use Save As to keep it."), false);
    return true;
}

void FileCommands::restorePreviousYear() {
    const ReportDocument* doc = m_session->document();
    if (!doc || !doc->hasFile())
        return;
    const QString previous = QString::fromUtf8(AppSettings::value(previousYearKey(doc->filePath())));
    if (!previous.isEmpty() && QFileInfo::exists(previous))
        setPreviousYear(previous);
}

bool FileCommands::setPreviousYear(const QString& path) {
    const ReportDocument* doc = m_session->document();
    if (!doc)
        return false;
    if (path.isEmpty()) {
        m_session->clearPreviousYear();
    } else {
        Report report;
        QString error;
        if (!DocumentActions::readAny(path, &report, &error)) {
            Dialogs::warning(m_parent, tr("Last Year's Report"),
                             tr("“%1” could not be read.\n\n%2").arg(QDir::toNativeSeparators(path), error));
            return false;
        }
        if (report.year != doc->report().year - 1)
            emit statusMessage(
                tr("Note: that report is for %1, not %2.").arg(report.year).arg(doc->report().year - 1),
                false);
        m_session->setPreviousYear(path, report);
    }
    if (doc->hasFile())
        AppSettings::setValue(previousYearKey(doc->filePath()), path.toUtf8());
    return true;
}

void FileCommands::choosePreviousYear() {
    if (!m_session->hasDocument())
        return;
    const QString current = m_session->previousYearPath();
    if (!current.isEmpty()) {
        const auto answer =
            Dialogs::question(m_parent, tr("Last Year's Report"),
                              tr("The cross-year checks use “%1”. Choose another report?\n\n(No: stop "
                                 "comparing with last year.)")
                                  .arg(QFileInfo(current).fileName()),
                              QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::No) {
            setPreviousYear(QString());
            return;
        }
    }
    const QString path =
        Dialogs::getOpenFileName(m_parent, tr("Last Year's Report"), documentsDir(), openFilter());
    if (!path.isEmpty() && setPreviousYear(path))
        emit statusMessage(tr("Cross-year checks now compare with “%1”.").arg(QFileInfo(path).fileName()),
                           false);
}

} // namespace nb::gui
