#include "framesource.h"

#include "imageloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace hd::capture {

ImageFileSource::ImageFileSource(QString path)
    : m_path(std::move(path))
{}

Status ImageFileSource::open()
{
    if (!QFileInfo(m_path).isFile())
        return Error{QStringLiteral("capture.open"),
                     QCoreApplication::translate("hd::capture::FrameSource", "找不到图像文件：%1")
                         .arg(m_path)};
    m_done = false;
    return {};
}

std::optional<Frame> ImageFileSource::next()
{
    if (m_done)
        return std::nullopt;
    m_done = true;
    Result<cv::Mat> img = ImageLoader::load(m_path);
    if (!img)
        return std::nullopt;
    return Frame{std::move(img).value(), 0, QFileInfo(m_path).fileName()};
}

FolderSource::FolderSource(QString path)
    : m_path(std::move(path))
{}

Status FolderSource::open()
{
    const QDir dir(m_path);
    if (!dir.exists())
        return Error{QStringLiteral("capture.open"),
                     QCoreApplication::translate("hd::capture::FrameSource", "找不到文件夹：%1")
                         .arg(m_path)};
    m_files = dir.entryList(ImageLoader::nameFilters(), QDir::Files, QDir::Name);
    m_index = 0;
    m_skipped.clear();
    return {};
}

std::optional<Frame> FolderSource::next()
{
    while (m_index < m_files.size()) {
        const QString name = m_files.at(m_index++);
        Result<cv::Mat> img = ImageLoader::load(QDir(m_path).filePath(name));
        if (img)
            return Frame{std::move(img).value(), 0, name};
        m_skipped << name + QStringLiteral(": ") + img.error().message;
    }
    return std::nullopt;
}

VideoFileSource::VideoFileSource(QString path)
    : m_path(std::move(path))
{}

Status VideoFileSource::open()
{
    if (!QFileInfo(m_path).isFile() || !m_capture.open(m_path.toStdString(), cv::CAP_ANY))
        return Error{QStringLiteral("capture.open"),
                     QCoreApplication::translate("hd::capture::FrameSource", "无法打开视频文件：%1")
                         .arg(m_path)};
    const double fps = m_capture.get(cv::CAP_PROP_FPS);
    m_fps = fps > 0 && fps < 1000 ? fps : 25;
    m_index = 0;
    return {};
}

std::optional<Frame> VideoFileSource::next()
{
    cv::Mat img;
    if (!m_capture.isOpened() || !m_capture.read(img) || img.empty())
        return std::nullopt;
    const qint64 t = qint64(double(m_index++) * 1000.0 / m_fps);
    return Frame{img, t, QString()};
}

} // namespace hd::capture
