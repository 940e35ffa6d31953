#include "document/DocumentSession.h"

#include <QUndoStack>

namespace nb {

DocumentSession::DocumentSession(QObject* parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this)) {}

DocumentSession::~DocumentSession() {
    release();
}

bool DocumentSession::open(const QString& path, bool readOnly, QString* error) {
    OpenInfo info;
    std::unique_ptr<ReportDocument> doc = ReportDocument::open(path, &info, error, readOnly);
    if (!doc)
        return false;
    m_openInfo = info;
    replace(std::move(doc), false);
    return true;
}

bool DocumentSession::createFrom(const Report& report, const QString& path, QString* error) {
    std::unique_ptr<ReportDocument> doc = ReportDocument::create(path, report, error);
    if (!doc)
        return false;
    m_openInfo = OpenInfo();
    replace(std::move(doc), false);
    return true;
}

void DocumentSession::openInMemory(const Report& report) {
    m_openInfo = OpenInfo();
    replace(std::make_unique<ReportDocument>(report), false);
}

void DocumentSession::setDocument(std::unique_ptr<ReportDocument> document) {
    m_openInfo = OpenInfo();
    if (!document) {
        close();
        return;
    }
    replace(std::move(document), false);
}

bool DocumentSession::saveAs(const QString& path, QString* error) {
    if (!m_document)
        return false;
    std::unique_ptr<ReportDocument> doc;
    OpenInfo info;
    if (!m_document->hasFile()) {
        doc = ReportDocument::create(path, m_document->report(), error);
    } else if (m_document->store()->copyTo(path, error)) {
        doc = ReportDocument::open(path, &info, error);
    }
    if (!doc)
        return false;
    m_openInfo = info;
    replace(std::move(doc), true);
    return true;
}

bool DocumentSession::saveCopy(const QString& path, QString* error) {
    if (!m_document || !m_document->hasFile())
        return false;
    return m_document->store()->copyTo(path, error);
}

bool DocumentSession::saveVersion(const QString& name, QString* error) {
    return m_document && m_document->saveVersion(name, error);
}

void DocumentSession::close() {
    if (!m_document)
        return;
    emit aboutToClose();
    release();
    m_openInfo = OpenInfo();
    emit documentChanged(false);
}

void DocumentSession::release() {
    m_undoStack->clear();
    m_edits.reset();
    m_document.reset(); // before last year's report, which it points to
    m_previous.reset();
    m_previousPath.clear();
}

void DocumentSession::replace(std::unique_ptr<ReportDocument> document, bool sameReport) {
    if (m_document)
        emit aboutToClose();
    // Last year's report stays with the same report (save as); the document points to it, so it is
    // handed over before the old document goes.
    std::unique_ptr<Report> previous = sameReport ? std::move(m_previous) : nullptr;
    const QString previousPath = sameReport ? m_previousPath : QString();
    release();
    m_document = std::move(document);
    m_previous = std::move(previous);
    m_previousPath = previousPath;
    if (m_previous)
        m_document->setPreviousYear(m_previous.get());
    m_edits = std::make_unique<EditCommands>(m_document.get(), m_undoStack);
    ReportDocument* doc = m_document.get();
    connect(doc, &ReportDocument::cellsChanged, this, &DocumentSession::contentChanged);
    connect(doc, &ReportDocument::narrativeChanged, this, &DocumentSession::contentChanged);
    connect(doc, &ReportDocument::metadataChanged, this, [this] {
        emit contentChanged();
        emit metadataChanged();
    });
    connect(doc, &ReportDocument::findingsChanged, this, &DocumentSession::findingsChanged);
    emit documentChanged(sameReport);
}

void DocumentSession::setPreviousYear(const QString& path, const Report& report) {
    if (!m_document)
        return;
    auto previous = std::make_unique<Report>(report);
    // The document keeps a pointer: switch it before the old report goes away.
    m_document->setPreviousYear(previous.get());
    m_previous = std::move(previous);
    m_previousPath = path;
    emit previousYearChanged(path);
}

void DocumentSession::clearPreviousYear() {
    if (!m_document)
        return;
    m_document->setPreviousYear(nullptr);
    m_previous.reset();
    m_previousPath.clear();
    emit previousYearChanged(QString());
}

} // namespace nb
