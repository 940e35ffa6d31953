#include "office/OfficeWindow.h"

#include "Dialogs.h"
#include "MainWindow.h"
#include "StatusIcons.h"
#include "office/NarrativesSideBySide.h"
#include "office/OfficeDeadline.h"
#include "office/OfficeRecentMenu.h"
#include "office/RepositoryDialect.h"
#include "office/Roster.h"
#include "office/ServerConnectionDialog.h"
#include "office/ServerLocation.h"
#include "office/UnitStatusFilter.h"
#include "office/UnitStatusModel.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace nb::gui {

namespace {

/// Local files and folders of a drag, or [] when it carries none.
QStringList droppedPaths(const QMimeData* mime) {
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    return paths;
}

/// Keeps the temporary copy of a unit's document as long as the window showing it.
class TemporaryCopy : public QObject {
public:
    explicit TemporaryCopy(QObject* parent)
        : QObject(parent) {}
    QTemporaryDir dir;
};

} // namespace

OfficeWindow::OfficeWindow(QWidget* parent)
    : QMainWindow(parent) {
    setObjectName(QStringLiteral("officeWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowIcon(StatusIcons::application());
    m_session = new OfficeSession(this);
    m_clock = [] { return QDate::currentDate(); };
    buildActions();
    buildBoard();
    connect(m_session, &OfficeSession::changed, this, &OfficeWindow::refresh);
    connect(m_session, &OfficeSession::reconnected, this, [this] {
        statusBar()->showMessage(tr("The connection to the server was lost and has been made again."), 10000);
    });
    retranslate();
    setYear(m_clock().year() - 1);
    updateActions();
    resize(1040, 640);
}

OfficeWindow::~OfficeWindow() = default;

QAction* OfficeWindow::addMenuAction(QMenu* menu, QWidget* parent) {
    auto* action = menu->addAction(tr("&Receive and Consolidate…"));
    action->setObjectName(QStringLiteral("actionOffice"));
    connect(action, &QAction::triggered, parent, [parent] {
        auto* window = new OfficeWindow(parent);
        window->setWindowFlag(Qt::Window);
        window->show();
    });
    // The menu is translated by the main window; this action follows the language change by itself.
    connect(menu, &QMenu::aboutToShow, action,
            [action] { action->setText(tr("&Receive and Consolidate…")); });
    return action;
}

void OfficeWindow::buildActions() {
    auto* bar = addToolBar(QString());
    bar->setObjectName(QStringLiteral("officeToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_openAction = bar->addAction(QString(), this, &OfficeWindow::chooseOpen);
    m_connectAction = bar->addAction(QString(), this, [this] { chooseServer(); });
    m_connectAction->setObjectName(QStringLiteral("actionConnectServer"));
    m_recentMenu = new QMenu(this);
    m_recentMenu->setObjectName(QStringLiteral("officeRecentMenu"));
    bar->addAction(m_recentMenu->menuAction());
    if (auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(m_recentMenu->menuAction())))
        button->setPopupMode(QToolButton::InstantPopup);
    m_recent = new OfficeRecentMenu(m_recentMenu, this);
    connect(m_recent, &OfficeRecentMenu::openRequested, this, &OfficeWindow::openRecent);
    m_createAction = bar->addAction(QString(), this, &OfficeWindow::chooseCreate);
    bar->addSeparator();
    m_receiveAction = bar->addAction(QString(), this, &OfficeWindow::chooseReceive);
    m_rosterAction = bar->addAction(QString(), this, &OfficeWindow::chooseRoster);
    bar->addSeparator();
    m_consolidateAction = bar->addAction(QString(), this, [this] { consolidate(); });
    m_exportAction = bar->addAction(QString(), this, [this] { exportCsv(); });
    m_openAction->setShortcut(QKeySequence::Open);
    m_receiveAction->setObjectName(QStringLiteral("actionReceive"));
    m_consolidateAction->setObjectName(QStringLiteral("actionConsolidate"));
    m_exportAction->setObjectName(QStringLiteral("actionExportCsv"));
}

void OfficeWindow::buildBoard() {
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);

    auto* top = new QHBoxLayout;
    m_yearLabel = new QLabel(central);
    m_year = new QSpinBox(central);
    m_year->setObjectName(QStringLiteral("officeYear"));
    m_year->setRange(2008, 2100);
    m_yearLabel->setBuddy(m_year);
    m_deadline = new QLabel(central);
    m_deadline->setObjectName(QStringLiteral("officeDeadline"));
    m_repositoryLabel = new QLabel(central);
    m_repositoryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_yearLabel);
    top->addWidget(m_year);
    top->addSpacing(16);
    top->addWidget(m_deadline, 1);
    top->addWidget(m_repositoryLabel);
    layout->addLayout(top);

    m_tabs = new QTabWidget(central);
    auto* boardPage = new QWidget(m_tabs);
    auto* board = new QVBoxLayout(boardPage);
    auto* filters = new QHBoxLayout;
    m_statusLabel = new QLabel(boardPage);
    m_statusBox = new QComboBox(boardPage);
    m_statusBox->setObjectName(QStringLiteral("statusFilter"));
    m_statusLabel->setBuddy(m_statusBox);
    m_searchLabel = new QLabel(boardPage);
    m_search = new QLineEdit(boardPage);
    m_search->setObjectName(QStringLiteral("unitSearch"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_statusBox);
    filters->addSpacing(16);
    filters->addWidget(m_searchLabel);
    filters->addWidget(m_search, 1);
    board->addLayout(filters);

    m_model = new UnitStatusModel(this);
    m_filter = new UnitStatusFilter(this);
    m_filter->setSourceModel(m_model);
    m_board = new QTableView(boardPage);
    m_board->setObjectName(QStringLiteral("officeBoard"));
    m_board->setModel(m_filter);
    m_board->setSortingEnabled(true);
    m_board->sortByColumn(UnitStatusModel::UnitColumn, Qt::AscendingOrder);
    m_board->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_board->setSelectionMode(QAbstractItemView::SingleSelection);
    m_board->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_board->verticalHeader()->hide();
    m_board->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_board->horizontalHeader()->setSectionResizeMode(UnitStatusModel::UnitColumn, QHeaderView::Stretch);
    m_board->viewport()->setAcceptDrops(true);
    m_board->viewport()->installEventFilter(this);
    board->addWidget(m_board, 1);
    m_summary = new QLabel(boardPage);
    m_summary->setObjectName(QStringLiteral("officeSummary"));
    board->addWidget(m_summary);
    m_receivedLabel = new QLabel(boardPage);
    m_received = new QListWidget(boardPage);
    m_received->setObjectName(QStringLiteral("receivedList"));
    m_received->setMaximumHeight(110);
    m_receivedLabel->setVisible(false);
    m_received->setVisible(false);
    board->addWidget(m_receivedLabel);
    board->addWidget(m_received);
    m_tabs->addTab(boardPage, QString());

    m_narratives = new NarrativesSideBySide(m_tabs);
    m_tabs->addTab(m_narratives, QString());
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    setAcceptDrops(true);

    connect(m_year, qOverload<int>(&QSpinBox::valueChanged), this, [this] { refresh(); });
    connect(m_statusBox, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        const int state = m_statusBox->currentData().toInt();
        m_filter->setStateFilter(state < 0 ? std::nullopt : std::optional<UnitStatus>(UnitStatus(state)));
    });
    connect(m_search, &QLineEdit::textChanged, m_filter, &UnitStatusFilter::setSearchText);
    connect(m_board, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { openUnit(m_filter->mapToSource(index).row()); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { updateNarratives(); });
}

void OfficeWindow::retranslate() {
    const QString shown =
        m_session->isServer() ? m_session->displayAddress() : QFileInfo(m_session->address()).fileName();
    setWindowTitle(m_session->isOpen() ? tr("Receive and Consolidate — %1").arg(shown)
                                       : tr("Receive and Consolidate"));
    m_openAction->setText(tr("&Open Repository…"));
    m_connectAction->setText(tr("Connect to Ser&ver…"));
    m_connectAction->setToolTip(tr("Open an office repository on a PostgreSQL server"));
    m_recentMenu->setTitle(tr("Recent&ly Opened"));
    m_createAction->setText(tr("&New Repository…"));
    m_receiveAction->setText(tr("&Receive…"));
    m_receiveAction->setToolTip(tr("Receive units' reports (or drop files and folders on the board)"));
    m_rosterAction->setText(tr("Ro&ster…"));
    m_rosterAction->setToolTip(tr("A text file of the units expected, one a line"));
    m_consolidateAction->setText(tr("&Consolidate…"));
    m_exportAction->setText(tr("&Export CSV…"));
    m_yearLabel->setText(tr("Report &year:"));
    m_statusLabel->setText(tr("S&tatus:"));
    m_searchLabel->setText(tr("&Find unit:"));
    m_search->setPlaceholderText(tr("part of a unit's name"));
    m_receivedLabel->setText(tr("Files received:"));
    m_tabs->setTabText(0, tr("Status Board"));
    m_tabs->setTabText(1, tr("Narratives Side by Side"));
    {
        const QSignalBlocker block(m_statusBox);
        const int current = qMax(0, m_statusBox->currentIndex());
        m_statusBox->clear();
        m_statusBox->addItem(tr("All"), -1);
        for (UnitStatus s : {UnitStatus::Missing, UnitStatus::Draft, UnitStatus::Final, UnitStatus::Altered})
            m_statusBox->addItem(StatusIcons::status(s == UnitStatus::Final ? StatusIcons::Status::Complete
                                                     : s == UnitStatus::Altered ? StatusIcons::Status::Errors
                                                     : s == UnitStatus::Draft ? StatusIcons::Status::Warnings
                                                                              : StatusIcons::Status::Empty),
                                 UnitStatusModel::stateText(s), int(s));
        m_statusBox->setCurrentIndex(current);
    }
    m_repositoryLabel->setText(m_session->isOpen() ? m_session->displayAddress() : tr("No repository open"));
    updateDeadline();
    m_summary->setText(summaryText());
}

void OfficeWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

bool OfficeWindow::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_board->viewport()) {
        switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove: {
            auto* drag = static_cast<QDragMoveEvent*>(event);
            if (m_receiveAction->isEnabled() && !droppedPaths(drag->mimeData()).isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
            drag->ignore();
            return true;
        }
        case QEvent::Drop: {
            auto* drop = static_cast<QDropEvent*>(event);
            const QStringList paths = droppedPaths(drop->mimeData());
            if (m_receiveAction->isEnabled() && !paths.isEmpty()) {
                drop->acceptProposedAction();
                receive(paths);
            }
            return true;
        }
        default:
            break;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void OfficeWindow::setClock(std::function<QDate()> clock) {
    m_clock = std::move(clock);
    updateDeadline();
}

void OfficeWindow::setYear(int year) {
    m_year->setValue(year); // refresh() through valueChanged when it differs
}

int OfficeWindow::year() const {
    return m_year->value();
}

QString OfficeWindow::deadlineText() const {
    return m_deadline->text();
}

QString OfficeWindow::summaryText() const {
    if (!m_session->isOpen())
        return tr("Open or create a repository of the units' reports, then receive their documents.");
    if (!m_readError.isEmpty()) // not an empty board that would look like "nothing received"
        return tr("The repository could not be read: %1").arg(m_readError);
    return tr("%n unit(s): ", nullptr, m_model->rowCount()) + tr("%1 missing, %2 draft, %3 final, %4 altered")
                                                                  .arg(m_model->count(UnitStatus::Missing))
                                                                  .arg(m_model->count(UnitStatus::Draft))
                                                                  .arg(m_model->count(UnitStatus::Final))
                                                                  .arg(m_model->count(UnitStatus::Altered));
}

void OfficeWindow::updateDeadline() {
    const QDate today = m_clock();
    const QDate units = OfficeDeadline::date(year(), AgencyKind::Department);
    const QDate government = OfficeDeadline::date(year(), AgencyKind::Government);
    const QLocale locale;
    m_deadline->setText(tr("Departments report by %1: %2 · the government's report is published by %3: %4")
                            .arg(locale.toString(units, tr("MMMM d")),
                                 OfficeDeadline::countdownText(units, today),
                                 locale.toString(government, tr("MMMM d")),
                                 OfficeDeadline::countdownText(government, today)));
    const bool late = OfficeDeadline::daysLeft(units, today) < 0;
    m_deadline->setStyleSheet(late ? QStringLiteral("color: #b01c12;") : QString());
}

void OfficeWindow::updateActions() {
    const bool open = m_session->isOpen();
    // A repository of a newer program (or opened read-only) can be read, not received into.
    const bool writable = open && !m_session->repository()->isReadOnly();
    m_receiveAction->setEnabled(writable);
    m_consolidateAction->setEnabled(open);
    m_exportAction->setEnabled(open);
    m_year->setEnabled(open);
}

void OfficeWindow::refresh() {
    updateDeadline();
    QVector<UnitStatusRow> rows;
    m_readError.clear();
    if (m_session->isOpen()) {
        rows = m_session->status(year(), m_roster, &m_readError);
        if (!m_readError.isEmpty())
            Dialogs::warning(this, tr("Receive and Consolidate"), m_readError);
    }
    m_model->setRows(rows);
    m_summary->setText(summaryText());
    m_summary->setStyleSheet(m_readError.isEmpty() ? QString() : QStringLiteral("color: #b01c12;"));
    m_narrativesStale = true;
    updateNarratives();
    updateActions();
}

void OfficeWindow::updateNarratives() {
    if (!m_narrativesStale || m_tabs->currentWidget() != m_narratives)
        return;
    m_narrativesStale = false;
    QVector<NarrativesSideBySide::Unit> units;
    for (const UnitStatusRow& row : m_model->rows()) {
        if (row.status == UnitStatus::Missing)
            continue;
        QString error;
        if (std::optional<Report> report = m_session->unitReport(row.agency, year(), &error))
            units.append({row.agency, std::move(*report)});
    }
    m_narratives->setUnits(units);
}

bool OfficeWindow::openRepository(const QString& address) {
    QString error;
    if (!m_session->open(address, &error)) {
        Dialogs::warning(this, tr("Open Repository"), error);
        return false;
    }
    showOpened();
    return true;
}

void OfficeWindow::showOpened() {
    OfficeRecentMenu::add(m_session->isServer() ? m_session->displayAddress()
                                                : QFileInfo(m_session->address()).absoluteFilePath());
    const QList<int> years = m_session->years();
    const int newest = years.isEmpty() ? m_clock().year() - 1 : years.first();
    {
        const QSignalBlocker block(m_year);
        m_year->setValue(newest);
    }
    retranslate();
    refresh();
}

bool OfficeWindow::chooseServer() {
    QString driverError;
    if (!ServerLocation::driverAvailable(&driverError)) {
        Dialogs::warning(this, tr("Connect to Server"), driverError);
        return false;
    }
    ServerConnectionDialog dialog(
        [this](const QString& address, QString* error) { return m_session->open(address, error); }, this);
    if (!Dialogs::exec(&dialog))
        return false;
    showOpened();
    return true;
}

void OfficeWindow::openRecent(const QString& address) {
    if (RepositoryDialect::isMissingFile(address)) {
        OfficeRecentMenu::remove(address);
        Dialogs::information(this, tr("Open Repository"),
                             tr("%1 no longer exists; it was removed from the list of recent repositories.")
                                 .arg(QDir::toNativeSeparators(address)));
        return;
    }
    openRepository(address);
}

bool OfficeWindow::createRepository(const QString& path) {
    QString error;
    if (!m_session->create(path, &error)) {
        Dialogs::warning(this, tr("New Repository"), error);
        return false;
    }
    OfficeRecentMenu::add(QFileInfo(path).absoluteFilePath());
    retranslate();
    refresh();
    return true;
}

void OfficeWindow::chooseOpen() {
    const QString path = Dialogs::getOpenFileName(this, tr("Open Repository"), QString(),
                                                  tr("Office repositories (*.db);;All files (*)"));
    if (!path.isEmpty())
        openRepository(path);
}

void OfficeWindow::chooseCreate() {
    QString path =
        Dialogs::getSaveFileName(this, tr("New Repository"), QString(), tr("Office repositories (*.db)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".db");
    createRepository(path);
}

void OfficeWindow::chooseReceive() {
    const QStringList files = Dialogs::getOpenFileNames(this, tr("Receive Reports"), QString(),
                                                        tr("Nianbao documents (*.nianbao)"));
    if (!files.isEmpty())
        receive(files);
}

void OfficeWindow::chooseRoster() {
    const QString path = Dialogs::getOpenFileName(this, tr("Roster of Units"), QString(),
                                                  tr("Text files (*.txt);;All files (*)"));
    if (!path.isEmpty())
        loadRoster(path);
}

bool OfficeWindow::loadRoster(const QString& path) {
    QString error;
    QStringList units;
    if (!Roster::read(path, &units, &error)) {
        Dialogs::warning(this, tr("Roster of Units"), error);
        return false;
    }
    setRoster(units);
    return true;
}

void OfficeWindow::setRoster(const QStringList& units) {
    m_roster = units;
    refresh();
}

QVector<AddResult> OfficeWindow::receive(const QStringList& paths) {
    if (!m_session->isOpen())
        return {};
    QVector<AddResult> results = m_session->receive(paths);
    // Nothing received for the year shown yet: show the newest year just received.
    if (m_model->count(UnitStatus::Draft) + m_model->count(UnitStatus::Final) +
            m_model->count(UnitStatus::Altered) ==
        0) {
        int newest = 0;
        for (const AddResult& r : results)
            newest = r.ok() ? qMax(newest, r.year) : newest;
        if (newest > 0)
            setYear(newest);
    }
    showReceived(results);
    return results;
}

void OfficeWindow::showReceived(const QVector<AddResult>& results) {
    m_received->clear();
    for (const AddResult& r : results) {
        auto* item = new QListWidgetItem(
            StatusIcons::status(r.ok() ? StatusIcons::Status::Complete : StatusIcons::Status::Errors),
            QStringLiteral("%1 — %2").arg(QFileInfo(r.file).fileName(), r.message), m_received);
        item->setToolTip(QDir::toNativeSeparators(r.file));
    }
    m_receivedLabel->setVisible(true);
    m_received->setVisible(true);
}

MainWindow* OfficeWindow::openUnit(int sourceRow) {
    if (sourceRow < 0 || sourceRow >= m_model->rowCount())
        return nullptr;
    const UnitStatusRow& row = m_model->row(sourceRow);
    if (row.status == UnitStatus::Missing) {
        Dialogs::information(this, tr("Open Unit's Report"),
                             tr("Nothing was received from %1.").arg(row.agency));
        return nullptr;
    }
    auto* window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    auto* copy = new TemporaryCopy(window); // removed with the window, after its document is closed
    QString error;
    const QString path = m_session->writeUnitDocument(row.agency, year(), copy->dir.path(), &error);
    if (path.isEmpty() || !window->openDocument(path, true)) {
        delete window;
        Dialogs::warning(this, tr("Open Unit's Report"),
                         error.isEmpty() ? tr("The report of %1 could not be opened.").arg(row.agency)
                                         : error);
        return nullptr;
    }
    window->setWindowTitle(tr("%1 (received, read-only)").arg(row.agency));
    window->show();
    emit unitOpened(window);
    return window;
}

bool OfficeWindow::consolidate() {
    if (!m_session->isOpen())
        return false;
    const QString output =
        Dialogs::getSaveFileName(this, tr("Save the Consolidated Report"), tr("total-%1.nianbao").arg(year()),
                                 tr("Nianbao documents (*.nianbao)"));
    if (output.isEmpty())
        return false;
    OfficeSession::Consolidated result = m_session->consolidate(year(), output, false);
    if (!result.ok && result.refusedErrors) {
        // --force, after saying which units have errors.
        const QString question = tr("These units have errors:\n%1\n\nAdd them up all the same?")
                                     .arg(result.withErrors.join(QLatin1Char('\n')));
        if (Dialogs::question(this, tr("Consolidate"), question, QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No) != QMessageBox::Yes) {
            Dialogs::warning(this, tr("Consolidate"), result.error);
            return false;
        }
        result = m_session->consolidate(year(), output, true);
    }
    if (!result.ok) {
        Dialogs::warning(this, tr("Consolidate"), result.error);
        return false;
    }
    QString text =
        tr("%n unit(s) added up into %1.", nullptr, result.units).arg(QDir::toNativeSeparators(output));
    if (!result.withErrors.isEmpty())
        text += QStringLiteral("\n\n") + tr("Added up although they have errors:") + QLatin1Char('\n') +
                result.withErrors.join(QLatin1Char('\n'));
    Dialogs::information(this, tr("Consolidate"), text);
    return true;
}

bool OfficeWindow::exportCsv() {
    if (!m_session->isOpen())
        return false;
    const QString output = Dialogs::getSaveFileName(this, tr("Export CSV"), tr("status-%1.csv").arg(year()),
                                                    tr("CSV files (*.csv)"));
    if (output.isEmpty())
        return false;
    QString error;
    if (!m_session->exportCsv(year(), m_roster, output, &error)) {
        Dialogs::warning(this, tr("Export CSV"), error);
        return false;
    }
    return true;
}

} // namespace nb::gui
