# Non-Qt dependencies, all from Debian 12 packages (see scripts/install-deps.sh).
find_package(PkgConfig REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
# The same system SQLite that Qt's QSQLITE plugin uses on Debian; the bulk demo-data loader
# talks to it directly through the driver handle.
find_package(SQLite3 REQUIRED)
pkg_check_modules(OPENCV REQUIRED IMPORTED_TARGET opencv4)
