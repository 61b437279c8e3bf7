#pragma once

#include <QList>
#include <QObject>
#include <QSize>
#include <QString>

#include <functional>

namespace hd::capture {

struct CameraInfo
{
    QString id;          // stable device id, remembered per terminal
    QString description; // e.g. "高拍仪 S500" / "USB Camera"
    bool isDefault = false;
    QList<QSize> resolutions; // largest first
};

// The cameras QtMultimedia sees (document cameras are UVC devices), with their resolutions.
// Qt types only: the screens choose a camera without seeing OpenCV.
QList<CameraInfo> listCameras();

// Calls `changed` (on `context`'s thread, while `context` lives) whenever a camera is plugged
// in or out.
void onCamerasChanged(QObject *context, std::function<void()> changed);

} // namespace hd::capture
