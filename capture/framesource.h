#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

#include <opencv2/core.hpp>
#include <opencv2/videoio.hpp>
#include <optional>

namespace hd::capture {

struct Frame
{
    cv::Mat image;          // BGR
    qint64 timestampMs = 0; // since the source opened
    QString name;           // file name for stills and scans, empty for a stream
};

// Where frames come from: a camera, a video file (how the live path is tested), an image
// file or a folder of scans. Pull-based: next() gives the next frame, or none at the end.
class FrameSource
{
public:
    virtual ~FrameSource() = default;
    virtual Status open() = 0;
    virtual std::optional<Frame> next() = 0;
    virtual QString description() const = 0;
    // True for a live source whose frames keep coming (a camera).
    virtual bool isLive() const { return false; }
    // A live source that has gone silent tries to start again (an error while it cannot);
    // a file has nothing to do.
    virtual Status reconnect() { return {}; }
};

class ImageFileSource final : public FrameSource
{
public:
    explicit ImageFileSource(QString path);
    Status open() override;
    std::optional<Frame> next() override;
    QString description() const override { return m_path; }

private:
    QString m_path;
    bool m_done = false;
};

// The images in a folder, in name order; unreadable files are skipped and listed in skipped().
class FolderSource final : public FrameSource
{
public:
    explicit FolderSource(QString path);
    Status open() override;
    std::optional<Frame> next() override;
    QString description() const override { return m_path; }
    const QStringList &skipped() const { return m_skipped; }

private:
    QString m_path;
    QStringList m_files;
    QStringList m_skipped;
    qsizetype m_index = 0;
};

class VideoFileSource final : public FrameSource
{
public:
    explicit VideoFileSource(QString path);
    Status open() override;
    std::optional<Frame> next() override;
    QString description() const override { return m_path; }
    double framesPerSecond() const { return m_fps; }

private:
    QString m_path;
    cv::VideoCapture m_capture;
    double m_fps = 25;
    qint64 m_index = 0;
};

} // namespace hd::capture
