#!/usr/bin/env bash
# Builds the Linux packages with cpack and checks them as a user's system would: the desktop file,
# the AppStream metadata, lintian on the .deb, what each package holds, and the packaged programs
# actually running once installed.
#
# Usage: tests/packaging/check-packages.sh [--install] [--no-build] [BUILD_DIR]
#   BUILD_DIR  the build directory to package, relative to the repository (default: build, the
#              README's); configured like scripts/build.sh does if it is not yet, then built.
#   --install  install the .deb with apt-get (root or sudo) and remove it at the end; without it
#              the .deb is unpacked into a throwaway directory and the programs run from there.
#   --no-build packages BUILD_DIR as it is, without configuring or building it first.
# Needs (Debian/Ubuntu): dpkg-dev lintian desktop-file-utils appstream rpm xvfb xauth curl.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 2

install_system_wide=false
build_first=true
build_dir=build
for arg in "$@"; do
    case "$arg" in
        --install) install_system_wide=true ;;
        --no-build) build_first=false ;;
        -h | --help) sed -n '2,12p' "$0"; exit 0 ;;
        -*) echo "unknown option $arg" >&2; exit 2 ;;
        *) build_dir=$arg ;;
    esac
done

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok: $*"; }
fail() { failed=$((failed + 1)); echo "FAILED: $*"; }
check() { # check DESCRIPTION COMMAND...: passes when the command succeeds
    local description=$1
    shift
    if "$@"; then pass "$description"; else fail "$description"; fi
}

for tool in cmake cpack dpkg-deb dpkg-shlibdeps lintian desktop-file-validate appstreamcli rpm rpmbuild curl; do
    command -v "$tool" >/dev/null || { echo "missing $tool: see the package list at the top of $0" >&2; exit 2; }
done

app_id=io.github.rdsbm.RdsBackupManager
version=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' CMakeLists.txt | head -n 1)
[ -n "$version" ] || { echo "cannot read the project version from CMakeLists.txt" >&2; exit 2; }

# 1. The desktop integration files, as they are in the repository.
check "desktop-file-validate $app_id.desktop" desktop-file-validate "resources/linux/$app_id.desktop"
check "appstreamcli validate $app_id.metainfo.xml" appstreamcli validate --no-net "resources/linux/$app_id.metainfo.xml"
newest_release=$(grep -o '<release version="[^"]*"' "resources/linux/$app_id.metainfo.xml" | head -n 1 | cut -d'"' -f2)
check "the metainfo's newest release is the project version ($version)" test "$newest_release" = "$version"
check "the Debian changelog template names the project version" grep -q '(@PROJECT_VERSION@)' packaging/debian/changelog.in

# 2. Build and package.
if $build_first; then
    if [ ! -f "$build_dir/CMakeCache.txt" ]; then
        launcher=()
        command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        # shellcheck disable=SC2086 # CMAKE_ARGS holds several arguments, as in scripts/build.sh
        cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" \
            "${launcher[@]}" ${CMAKE_ARGS:-} || exit 1
    fi
    cmake --build "$build_dir" --parallel || exit 1
fi
rm -rf "$build_dir/_CPack_Packages" "$build_dir"/rds-backup-manager[-_]*.{deb,rpm,tar.gz}
(cd "$build_dir" && cpack) || { fail "cpack"; echo "$passed passed, $failed failed"; exit 1; }

deb=$(ls "$build_dir"/rds-backup-manager_*.deb 2>/dev/null | head -n 1)
rpm_file=$(ls "$build_dir"/rds-backup-manager-*.rpm 2>/dev/null | head -n 1)
tgz=$(ls "$build_dir"/rds-backup-manager-*.tar.gz 2>/dev/null | head -n 1)
check "cpack made a .deb" test -n "$deb"
check "cpack made an .rpm" test -n "$rpm_file"
check "cpack made a .tar.gz" test -n "$tgz"
if [ -z "$deb" ] || [ -z "$rpm_file" ] || [ -z "$tgz" ]; then
    echo "$passed passed, $failed failed"
    exit 1
fi

deb_files=$(dpkg-deb --contents "$deb" | awk '{print $NF}' | sed 's|^\./|/|')
holds() { grep -qx -- "$1" <<<"$deb_files"; }

# Which programs this build has decides what the packages must hold.
programs=()
for program in rds-backup-manager rdsbm rdsbm-cloudsim; do
    holds "/usr/bin/$program" && programs+=("$program")
done
has() { [[ " ${programs[*]} " == *" $1 "* ]]; }
echo "Packaged programs: ${programs[*]:-none}"
check "the packages hold at least one program" test ${#programs[@]} -gt 0

# 3. The .deb.
check "the .deb's Version is $version" test "$(dpkg-deb --field "$deb" Version)" = "$version"
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
check "the .deb's dependencies were computed (libqt6core6, libc6)" \
    bash -c '[[ $1 == *libqt6core6* && $1 == *libc6* ]]' _ "$depends"
for program in "${programs[@]}"; do
    check ".deb holds the man page of $program" holds "/usr/share/man/man1/$program.1.gz"
done
check ".deb holds copyright and changelog" holds /usr/share/doc/rds-backup-manager/copyright
if has rdsbm; then
    check ".deb holds the bash completion of rdsbm" holds /usr/share/bash-completion/completions/rdsbm
fi
if has rds-backup-manager; then
    check ".deb holds the desktop file" holds "/usr/share/applications/$app_id.desktop"
    check ".deb holds the AppStream metainfo" holds "/usr/share/metainfo/$app_id.metainfo.xml"
    check ".deb holds the scalable icon" holds "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    for size in 16 22 24 32 48 64 128 256 512; do
        check ".deb holds the ${size}px icon" holds "/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    done
fi
lintian_log=$(mktemp)
lintian --fail-on error --display-info "$deb" >"$lintian_log" 2>&1
lintian_status=$?
sed 's/^/    lintian: /' "$lintian_log"
check "lintian finds no error in the .deb" test "$lintian_status" -eq 0
rm -f "$lintian_log"

# 4. The .rpm and the .tar.gz.
rpm_files=$(rpm -qlp "$rpm_file" 2>/dev/null)
rpm_requires=$(rpm -qRp "$rpm_file" 2>/dev/null)
check "the .rpm's dependencies were computed (libQt6Core)" grep -q 'libQt6Core\.so\.6' <<<"$rpm_requires"
tgz_files=$(tar -tzf "$tgz")
for program in "${programs[@]}"; do
    check ".rpm holds /usr/bin/$program" grep -qx "/usr/bin/$program" <<<"$rpm_files"
    check ".tar.gz holds bin/$program" grep -q "/bin/$program\$" <<<"$tgz_files"
done

# 5. Install the .deb and run what it installed.
scratch=$(mktemp -d)
cleanup() {
    if $install_system_wide; then
        "${sudo[@]}" apt-get remove -y -qq rds-backup-manager >/dev/null 2>&1
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT
if $install_system_wide; then
    if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
    check "apt-get installs the .deb with its dependencies" \
        env DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "$(realpath "$deb")"
    bin=/usr/bin
else
    sudo=()
    dpkg-deb -x "$deb" "$scratch/root"
    bin=$scratch/root/usr/bin
fi

if has rdsbm; then
    output=$("$bin/rdsbm" --version 2>&1)
    version_status=$?
    check "rdsbm --version exits 0 and prints $version ($output)" \
        bash -c '[ "$1" -eq 0 ] && [[ $2 == *"$3"* ]]' _ "$version_status" "$output" "$version"
fi

if has rdsbm-cloudsim; then
    check "rdsbm-cloudsim --help exits 0" bash -c '"$1" --help >/dev/null' _ "$bin/rdsbm-cloudsim"
    # It prints one "listening on" line when ready, serves, and exits 0 on SIGTERM.
    mkfifo "$scratch/cloudsim.out"
    "$bin/rdsbm-cloudsim" --port 0 >"$scratch/cloudsim.out" &
    cloudsim_pid=$!
    exec 3<"$scratch/cloudsim.out"
    ready_line=""
    read -r -t 30 ready_line <&3
    check "rdsbm-cloudsim says where it listens ($ready_line)" \
        bash -c '[[ $1 =~ ^listening\ on\ http://127\.0\.0\.1:[0-9]+$ ]]' _ "$ready_line"
    url=${ready_line#listening on }
    http_status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$url/" || true)
    check "rdsbm-cloudsim answers HTTP (status $http_status)" bash -c '[ "$1" -ge 200 ] && [ "$1" -lt 600 ]' _ "$http_status"
    kill -TERM "$cloudsim_pid" 2>/dev/null
    wait "$cloudsim_pid"
    check "rdsbm-cloudsim exits 0 on SIGTERM" test $? -eq 0
    exec 3<&-
fi

if has rds-backup-manager; then
    # Still running after a few seconds (timeout's 124) or a clean exit both mean it started.
    if command -v xvfb-run >/dev/null; then
        xvfb-run -a timeout 8 "$bin/rds-backup-manager" --demo >"$scratch/gui.log" 2>&1
    else
        QT_QPA_PLATFORM=offscreen timeout 8 "$bin/rds-backup-manager" --demo >"$scratch/gui.log" 2>&1
    fi
    gui_status=$?
    sed 's/^/    rds-backup-manager: /' "$scratch/gui.log" | tail -n 20
    check "rds-backup-manager --demo starts and keeps running (status $gui_status)" \
        bash -c '[ "$1" -eq 124 ] || [ "$1" -eq 0 ]' _ "$gui_status"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
