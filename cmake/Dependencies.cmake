# Non-Qt dependencies, all from Debian 12 packages (see scripts/install-deps.sh).
find_package(PkgConfig REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
