#pragma once

#include <QList>
#include <QSize>
#include <QString>

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

} // namespace hd::capture
