#pragma once

#include "operators.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace hd {

class Store;

// Schema step 3: captured documents attached to accounts.
Status schemaV5Documents(QSqlDatabase &db);

struct DocumentRecord
{
    qint64 id = 0;
    QString uuid;
    qint64 accountId = 0;
    QString type;    // id-card | a4 | licence
    int version = 1; // a retake of the same type for the same account is the next version
    int pages = 0;   // an ID card is one document of two pages: front and back
    QString sha256;  // of the images as stored (before encryption), hex
    qint64 sizeBytes = 0;
    QJsonObject quality;  // the gate figures at capture (sharpness, glare, ...)
    QString capturedBy;   // operator login
    QDateTime capturedAt; // UTC
};

// Captured document images in the store: encrypted at rest with the store's FieldCipher
// (XChaCha20-Poly1305), with their SHA-256, size, quality figures, who captured them and when.
// Every capture, view and export is written to the audit log in the same transaction.
//
// Who may do what (decided for the hall, see capture/README.md): any signed-in operator may
// capture and view an account's documents at the counter (the clerk checks what was just
// taken); exporting a PDF takes personal data out of the system, so only a supervisor
// (值班长) or an admin may do it.
class DocumentStore final
{
public:
    explicit DocumentStore(Store &store)
        : m_store(store)
    {}

    Result<DocumentRecord> add(qint64 accountId, const QString &type,
                               const QList<QByteArray> &pageImages, const QJsonObject &quality,
                               const Operator &capturedBy);
    Result<std::vector<DocumentRecord>> forAccount(qint64 accountId) const;
    Result<DocumentRecord> byUuid(const QString &uuid) const;
    // Decrypts and checks the SHA-256; audited as a view.
    Result<QList<QByteArray>> pages(const QString &uuid, const Operator &viewer);
    // The export permission check plus the audit entry; the caller writes the PDF
    // (capture::exportDocumentPdf) only when this succeeds.
    Status authoriseExport(const QString &uuid, const Operator &by, const QString &target);

    static bool mayExport(Role role) { return role == Role::Supervisor || role == Role::Admin; }

private:
    Store &m_store;
};

} // namespace hd
