#pragma once

#include "office/OfficeSession.h"

#include <QDate>
#include <QMainWindow>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace nb::gui {

class MainWindow;
class NarrativesSideBySide;
class OfficeRecentMenu;
class UnitStatusFilter;
class UnitStatusModel;

/// 收报与汇总 (Tools menu): the coordinating office's window over a repository of its units' reports.
/// A status board of the roster for one report year (status with colour and icon, errors, warnings,
/// unexplained warnings, time received, fingerprint) with the deadline countdown, filtered by status and
/// searched by unit name; receiving by 接收… or by dropping files or folders on the board (a result per
/// file); a double-click opens a unit's report read-only in a main window; the units' narratives side by
/// side; consolidation into a total document and CSV export.
class OfficeWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit OfficeWindow(QWidget* parent = nullptr);
    ~OfficeWindow() override;

    /// Adds Tools → 收报与汇总… to menu; the window opens as a top-level window of parent.
    static QAction* addMenuAction(QMenu* menu, QWidget* parent);

    OfficeSession* session() const { return m_session; }
    /// Opens a repository by address (a file path or postgresql://USER@HOST[:PORT]/DATABASE); false with a
    /// message shown when it cannot.
    bool openRepository(const QString& address);
    /// 连接服务器…: the connection dialog (ServerConnectionDialog); true when a server repository was opened.
    bool chooseServer();
    bool createRepository(const QString& path);
    /// The units expected for the year; [] = only the units received.
    void setRoster(const QStringList& units);
    QStringList roster() const { return m_roster; }
    bool loadRoster(const QString& path);
    void setYear(int year);
    int year() const;
    /// Today's date for the countdown (tests fix it); default: the system clock.
    void setClock(std::function<QDate()> clock);
    /// Reads the repository again for the current year and roster.
    void refresh();

    /// Receives files and folders; the per-file results are listed under the board.
    QVector<AddResult> receive(const QStringList& paths);
    /// Opens the unit of a board row (source row) read-only in a new main window (nullptr when it cannot).
    MainWindow* openUnit(int sourceRow);
    /// Asks where to save, consolidates, asks before including units with errors; true when written.
    bool consolidate();
    bool exportCsv();

    // The parts, for tests.
    QTableView* boardView() const { return m_board; }
    UnitStatusModel* model() const { return m_model; }
    UnitStatusFilter* filter() const { return m_filter; }
    QComboBox* statusBox() const { return m_statusBox; }
    QLineEdit* searchEdit() const { return m_search; }
    QListWidget* receivedList() const { return m_received; }
    NarrativesSideBySide* narratives() const { return m_narratives; }
    QTabWidget* tabs() const { return m_tabs; }
    QString deadlineText() const;
    QString summaryText() const;

signals:
    /// A unit's report was opened read-only in a new main window.
    void unitOpened(nb::gui::MainWindow* window);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildActions();
    void buildBoard();
    void retranslate();
    void updateDeadline();
    void updateActions();
    void updateNarratives();
    void chooseOpen();
    void showOpened();
    void openRecent(const QString& address);
    void chooseCreate();
    void chooseReceive();
    void chooseRoster();
    void showReceived(const QVector<AddResult>& results);

    OfficeSession* m_session = nullptr;
    UnitStatusModel* m_model = nullptr;
    UnitStatusFilter* m_filter = nullptr;
    QStringList m_roster;
    std::function<QDate()> m_clock;

    QAction* m_openAction = nullptr;
    QAction* m_createAction = nullptr;
    QAction* m_connectAction = nullptr;
    QMenu* m_recentMenu = nullptr;
    OfficeRecentMenu* m_recent = nullptr;
    QString m_readError; ///< why the board could not be read ("" = it was)
    QAction* m_receiveAction = nullptr;
    QAction* m_rosterAction = nullptr;
    QAction* m_consolidateAction = nullptr;
    QAction* m_exportAction = nullptr;
    QLabel* m_repositoryLabel = nullptr;
    QLabel* m_yearLabel = nullptr;
    QSpinBox* m_year = nullptr;
    QLabel* m_deadline = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_statusLabel = nullptr;
    QComboBox* m_statusBox = nullptr;
    QLabel* m_searchLabel = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_board = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_receivedLabel = nullptr;
    QListWidget* m_received = nullptr;
    NarrativesSideBySide* m_narratives = nullptr;
    bool m_narrativesStale = true;
};

} // namespace nb::gui
