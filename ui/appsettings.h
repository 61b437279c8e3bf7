#pragma once

#include <QSettings>
#include <QSize>
#include <QString>
#include <QVariant>

namespace hd {

// Every per-terminal setting of the counter application in one typed table: a key, its
// default, and an accessor. Secrets never go here (keys live in the keychain or key files).
class AppSettings final
{
public:
    template <typename T> struct Key
    {
        const char *name;
        T defaultValue;
    };

    // "system" follows the system locale; otherwise "zh_CN" or "en".
    static inline const Key<QString> language{"ui/language", QStringLiteral("system")};
    static inline const Key<QString> lastLogin{"ui/lastLogin", QString()};
    static inline const Key<QByteArray> windowGeometry{"ui/windowGeometry", QByteArray()};
    // Milliseconds the search waits after the last key stroke before it runs.
    static inline const Key<int> searchDelayMs{"ui/searchDelayMs", 150};
    // Where receipts and reports print on this terminal: a PrinterConfig line, e.g.
    // "escpos-tcp://192.168.1.50:9100?paper=80" or "cups://HP_LaserJet?paper=a4"; empty: not
    // chosen yet.
    static inline const Key<QString> receiptPrinter{"printing/receiptPrinter", QString()};
    static inline const Key<QString> reportPrinter{"printing/reportPrinter", QString()};
    // Show reports in a print preview before they print.
    static inline const Key<bool> previewReports{"printing/previewReports", true};
    // The document camera (高拍仪) this counter uses, and its resolution: the QtMultimedia
    // device id (empty: the system's default camera) and an invalid size for its default.
    static inline const Key<QString> captureCameraId{"capture/cameraId", QString()};
    static inline const Key<QSize> captureResolution{"capture/resolution", QSize()};

    template <typename T> static T get(const Key<T> &key)
    {
        return QSettings()
            .value(QLatin1String(key.name), QVariant::fromValue(key.defaultValue))
            .template value<T>();
    }
    template <typename T> static void set(const Key<T> &key, const T &value)
    {
        QSettings().setValue(QLatin1String(key.name), QVariant::fromValue(value));
    }
};

} // namespace hd
