#pragma once

#include "result.h"
#include "trfunctions.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace hd {
class Store;
}

namespace hd::cli {

// Every message of hallctl is translated in the context "hallctl".
HD_DECLARE_TR_FUNCTIONS(hallctl)

// The hall name of a store made by `init` or `generate` without one. It is data (printed on
// receipts), so it stays Chinese whatever language the console speaks.
inline const QString kDemoHallName = QStringLiteral("示范供电营业厅");

// Exit statuses shared by every command.
enum Exit : int {
    Ok = 0,
    Rejected = 1, // bad input or a refused operation; the reason is on stderr
    Usage = 2,    // the command line itself is wrong
};

// What a command gets: its own arguments (after the command name), the global options, and
// the streams. Output goes through emit(), which prints JSON with --json and text otherwise.
class Context final
{
    Q_DISABLE_COPY_MOVE(Context)
public:
    Context(QStringList arguments, bool json, QString storePath);
    ~Context();

    const QStringList &arguments() const { return m_arguments; }
    bool json() const { return m_json; }
    QString storePath() const { return m_storePath; }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Parses the command's own options; prints the error and returns false on a usage error.
    // `mostArguments` (when not negative): more arguments than that are such an error, named
    // (`hallctl pending resolve 1234` would otherwise resolve every pending payment).
    bool parse(QCommandLineParser &parser, qsizetype mostArguments = -1);

    // Opens the store chosen by --store / $HALLDESK_STORE; on failure prints the reason.
    Store *openStore(bool create = false);

    // A rejected input: the reason on stderr (and as JSON on stdout with --json); returns 1.
    int reject(const Error &error);
    // A usage error; returns 2.
    int usage(const QString &message);
    // Prints the result: `json` with --json, otherwise `text` (a line or lines).
    void emitResult(const QJsonObject &json, const QString &text);

private:
    QStringList m_arguments;
    bool m_json = false;
    QString m_storePath;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Store> m_store;
};

// A date option (`--name YYYY-MM-DD`): `fallback` when not given; an error that tells a wrong
// format from a day that does not exist (2026-02-30).
Result<QDate> dateOption(const QCommandLineParser &parser, const QString &name, QDate fallback);

// A whole-number option (`--name N`) between `min` and `max`: `fallback` when not given; an
// error naming the range otherwise ("abc", "0", "-5", one too large).
Result<int> countOption(const QCommandLineParser &parser, const QString &name, int fallback,
                        int min, int max);

// "-5", "-1.50": a negative amount, which QCommandLineParser would read as an unknown option.
bool isNegativeAmount(const QString &argument);

using CommandFn = int (*)(Context &);

struct Command
{
    const char *name;
    const char *summary; // zh_CN first, then English
    CommandFn run;
    // Draws with fonts (PDF, PNG): needs a QGuiApplication (offscreen when no display).
    bool needsGui = false;
};

const std::vector<Command> &commands();

} // namespace hd::cli
