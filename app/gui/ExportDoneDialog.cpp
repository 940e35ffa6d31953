#include "ExportDoneDialog.h"

#include "Dialogs.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace nb::gui {

namespace {
std::function<bool(const QUrl&)>& opener() {
    static std::function<bool(const QUrl&)> f;
    return f;
}
} // namespace

ExportDoneDialog::ExportDoneDialog(const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_path(path) {
    setObjectName(QStringLiteral("exportDoneDialog"));
    setWindowTitle(tr("Export"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(tr("Written to “%1”.").arg(QDir::toNativeSeparators(path)), this);
    text->setObjectName(QStringLiteral("exportDoneText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(this);
    m_openFile = buttons->addButton(tr("&Open File"), QDialogButtonBox::ActionRole);
    m_openFile->setObjectName(QStringLiteral("openFileButton"));
    m_openFolder = buttons->addButton(tr("Open Containing &Folder"), QDialogButtonBox::ActionRole);
    m_openFolder->setObjectName(QStringLiteral("openFolderButton"));
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setDefault(true);
    layout->addWidget(buttons);
    const QFileInfo info(path);
    // A CSV export is a folder: “open file” opens the folder itself.
    connect(m_openFile, &QPushButton::clicked, this, [this, info] {
        openUrl(QUrl::fromLocalFile(info.absoluteFilePath()));
        accept();
    });
    connect(m_openFolder, &QPushButton::clicked, this, [this, info] {
        openUrl(QUrl::fromLocalFile(info.isDir() && !info.isFile() ? info.absoluteFilePath()
                                                                   : info.absolutePath()));
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ExportDoneDialog::present(QWidget* parent, const QString& path) {
    ExportDoneDialog dialog(path, parent);
    Dialogs::exec(&dialog);
}

void ExportDoneDialog::setUrlOpenerForTesting(const std::function<bool(const QUrl&)>& f) {
    opener() = f;
}

void ExportDoneDialog::openUrl(const QUrl& url) {
    const bool ok = opener() ? opener()(url) : QDesktopServices::openUrl(url);
    if (!ok)
        Dialogs::warning(this, windowTitle(),
                         tr("No program could open “%1”.").arg(QDir::toNativeSeparators(url.toLocalFile())));
}

} // namespace nb::gui
