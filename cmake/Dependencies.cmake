# Non-Qt dependencies, all from Debian 12 packages (see scripts/install-deps.sh).
find_package(PkgConfig REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
# libpq: the centre sends its set-based statements to PostgreSQL with bound parameters
# (CentralDb::runRows), beside Qt's QPSQL driver on the same connection.
pkg_check_modules(LIBPQ REQUIRED IMPORTED_TARGET libpq)
# The same system SQLite that Qt's QSQLITE plugin uses on Debian; the bulk demo-data loader
# talks to it directly through the driver handle.
find_package(SQLite3 REQUIRED)
# Only the OpenCV modules capture/ uses: Debian's libopencv_highgui is built on Qt 5, and two Qt
# major versions in one process is asking for symbol clashes (seen under AddressSanitizer).
find_package(OpenCV 4 REQUIRED COMPONENTS core imgproc imgcodecs videoio dnn)
# Optional: the desktop keychain for the receipt-signing key (a 0600 file otherwise).
find_package(Qt6Keychain QUIET)
# The printing backends: ZXing writes and reads QR codes; libcups tells a stopped queue or an
# empty paper tray before a job is sent.
find_package(ZXing REQUIRED)
find_package(Cups REQUIRED) # Cups::Cups
