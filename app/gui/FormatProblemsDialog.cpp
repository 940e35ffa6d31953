#include "FormatProblemsDialog.h"

#include "format/FormatRegistry.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace nb::gui {

namespace {

QString fileLabel(const QString& path) {
    if (path.isEmpty())
        return QString();
    if (path.startsWith(QLatin1String(":/")))
        return FormatProblemsDialog::tr("built in");
    return QDir::toNativeSeparators(path);
}

} // namespace

FormatProblemsDialog::FormatProblemsDialog(const FormatRegistry& registry, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Format Files"));
    setObjectName(QStringLiteral("formatProblemsDialog"));
    auto* layout = new QVBoxLayout(this);

    const QVector<FormatFileProblem> broken = registry.brokenFiles();
    const QStringList conflicts = registry.conflicts();
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    QStringList summary;
    if (!broken.isEmpty())
        summary << tr("%n format file(s) could not be loaded. The program works without them; correct each "
                      "error below (nianbao-cli format check FILE lists them too) and restart the program.",
                      nullptr, int(broken.size()));
    if (!conflicts.isEmpty())
        summary << tr("Two or more formats claim the same years; the program does not choose between them.");
    if (summary.isEmpty())
        summary << tr("Every format file loads and no two formats claim the same years.");
    m_summary->setText(summary.join(QLatin1Char(' ')));
    layout->addWidget(m_summary);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("formatProblemsTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setWordWrap(true);
    for (const FormatFileProblem& p : broken) {
        auto* file = new QTreeWidgetItem(m_tree, {tr("Not loaded: %1").arg(fileLabel(p.path))});
        for (const QString& e : p.errors)
            new QTreeWidgetItem(file, {e});
        file->setExpanded(true);
    }
    for (const QString& c : conflicts) {
        auto* item = new QTreeWidgetItem(m_tree, {tr("Conflict: %1").arg(c)});
        item->setToolTip(0, c);
    }
    auto* installed = new QTreeWidgetItem(m_tree, {tr("Installed formats")});
    for (const QString& id : registry.ids()) {
        const FormatPtr f = registry.format(id);
        new QTreeWidgetItem(installed, {tr("%1 — %2, from %3 — %4")
                                            .arg(id, f->name)
                                            .arg(f->firstYear)
                                            .arg(fileLabel(registry.sourceFile(id)))});
    }
    installed->setExpanded(broken.isEmpty() && conflicts.isEmpty());
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_tree, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    QPushButton* folder = buttons->addButton(tr("Open &Format Folder"), QDialogButtonBox::ActionRole);
    folder->setObjectName(QStringLiteral("folderButton"));
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(problemText()); });
    connect(folder, &QPushButton::clicked, this, [] {
        const QString dir = FormatRegistry::userFormatDirectory();
        QDir().mkpath(dir);
        QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 420);
}

QString FormatProblemsDialog::problemText() const {
    QStringList lines{m_summary->text()};
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* top = m_tree->topLevelItem(i);
        lines << top->text(0);
        for (int c = 0; c < top->childCount(); ++c)
            lines << QStringLiteral("    ") + top->child(c)->text(0);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool FormatProblemsDialog::hasProblems(const FormatRegistry& registry) {
    return !registry.brokenFiles().isEmpty() || !registry.conflicts().isEmpty();
}

FormatProblemsDialog* FormatProblemsDialog::showFor(QWidget* window, const FormatRegistry& registry) {
    auto* dialog = window->findChild<FormatProblemsDialog*>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new FormatProblemsDialog(registry, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show(); // non-modal: the window stays usable
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

FormatProblemsDialog* FormatProblemsDialog::showIfProblems(QWidget* window, const FormatRegistry& registry) {
    return hasProblems(registry) ? showFor(window, registry) : nullptr;
}

QAction* FormatProblemsDialog::addMenuAction(QMenu* menu, QWidget* window) {
    QAction* action = menu->addAction(tr("&Format Files…"));
    action->setObjectName(QStringLiteral("actionFormatFiles"));
    QPointer<QWidget> target(window);
    connect(action, &QAction::triggered, window, [target] {
        if (target)
            showFor(target, FormatRegistry::instance());
    });
    return action;
}

} // namespace nb::gui
