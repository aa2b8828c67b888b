#!/usr/bin/env bash
# Smoke test of the Linux packages built by `./mvnw -B -Pinstaller -DskipTests package`.
#
# The .deb is installed into this system (apt-get, so as root on Debian or Ubuntu), checked and
# removed again: metadata, the `inclusio` command on the PATH, a store created and read by the
# installed commands, the manual page (man inclusio) and the bash completion, the window under a
# virtual display (Xvfb) with the class-data archive its first start writes into the user's cache (mapped by the next
# start, passed over when damaged or cut short, switched off by INCLUSIO_CDS=off, never in the installation folder),
# the desktop entry and the MIME registration of .inclusio files. Then the .rpm is checked for its metadata, files and scripts,
# installed with rpm (without its dependencies, which carry Fedora's names), its command run, and
# removed. Sizes are reported. Nothing is left behind but what apt itself keeps.
#
# Needs: apt-get install -y xvfb x11-utils desktop-file-utils rpm
# Usage: installer/smoke-test.sh            (from any folder)
set -euo pipefail

cd "$(dirname "$0")/.."
deb=$(ls target/installer/inclusio_*.deb 2>/dev/null | head -n 1 || true)
rpm=$(ls target/installer/inclusio-*.rpm 2>/dev/null | head -n 1 || true)
[ -n "$deb" ] || { echo "No .deb in target/installer: build it first (installer/README.md)." >&2; exit 1; }

work=$(mktemp -d)
xvfb_pid=""
app_pid=""
installed=false
installed_rpm=false
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    if $installed && dpkg -s inclusio >/dev/null 2>&1; then
        dpkg --purge inclusio >/dev/null 2>&1 || true
    fi
    if $installed_rpm; then
        rpm -e --nodeps --noscripts inclusio >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

failures=0
pass() { echo "  ok    $*"; }
fail() { echo "  FAIL  $*"; failures=$((failures + 1)); }
check() { # description, command...
    local what=$1
    shift
    if "$@" >/dev/null 2>&1; then pass "$what"; else fail "$what"; fi
}
field() { # the value of a "Name: value" or "Name    : value" line
    sed -n "s/^ *$1 *: *//p" | head -n 1
}

if dpkg-query -W -f='${Status}' inclusio 2>/dev/null | grep -q "ok installed"; then
    echo "inclusio is installed already; remove it first (apt-get remove inclusio)." >&2
    exit 1
fi

echo "== .deb metadata ($deb)"
control=$(dpkg-deb -f "$deb")
echo "$control" | sed 's/^/        /'
for name in Package Version Maintainer Homepage Description Depends Section; do
    value=$(echo "$control" | field "$name")
    if [ -n "$value" ] && ! echo "$value" | grep -qi unknown; then pass "$name: $value"; else fail "$name missing or unknown"; fi
done
check "licence text in the package" sh -c "dpkg-deb -c '$deb' | grep -q 'usr/share/doc/inclusio/copyright'"
check "depends on a font with Japanese glyphs" sh -c "dpkg-deb -f '$deb' Depends | grep -q 'fonts-ipafont-gothic'"

echo "== install"
installed=true
apt-get install -y -qq "./$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install"; exit 1; }
pass "apt-get install"
check "inclusio on the PATH is /usr/bin/inclusio" test "$(command -v inclusio)" = /usr/bin/inclusio
check "EUPL text in /usr/share/doc/inclusio/copyright" grep -q "EUROPEAN UNION PUBLIC LICENCE v. 1.2" /usr/share/doc/inclusio/copyright
check "a TrueType font with Japanese glyphs is installed" sh -c "fc-list :lang=ja fontformat | grep -q TrueType"

check "the runtime keeps bin/java (re-executed for the class-data archive)" test -x /usr/lib/inclusio/runtime/bin/java
find /usr/lib/inclusio -printf '%p %s %T@\n' | sort >"$work/files-before"

echo "== commands"
# a cache folder of their own (Java takes the home folder from the password database, not from HOME): commands
# are never re-executed and write no class-data archive
mkdir -p "$work/home-commands"
export XDG_CACHE_HOME="$work/home-commands/.cache"
version=$(inclusio --version 2>&1 || true)
if echo "$version" | grep -q "0\.\|[0-9]\.[0-9]"; then pass "inclusio --version: $(echo "$version" | head -n 1)"; else fail "inclusio --version: $version"; fi
export INCLUSIO_PASSPHRASE="smoke test passphrase $$"
if inclusio init --store "$work/store" --recovery-key-file "$work/recovery-key" >"$work/init.log" 2>&1; then
    pass "inclusio init --store <tmp>"
else
    cat "$work/init.log"; fail "inclusio init"
fi
if inclusio info --store "$work/store" >"$work/info.log" 2>&1 && grep -q "Schema version" "$work/info.log"; then
    pass "inclusio info --store <tmp>: $(grep 'Schema version' "$work/info.log" | tr -s ' ')"
else
    cat "$work/info.log"; fail "inclusio info"
fi
set +e
inclusio no-such-command >/dev/null 2>&1
status=$?
set -e
if [ "$status" = 2 ]; then pass "unknown command: exit status 2"; else fail "unknown command: exit status $status"; fi

echo "== manual page and bash completion"
check "man page linked: /usr/share/man/man1/inclusio.1.gz" test -r /usr/share/man/man1/inclusio.1.gz
if command -v man >/dev/null; then
    page=$(MANWIDTH=100 man inclusio 2>/dev/null || true)
    missing=""
    for command in $(inclusio --help 2>/dev/null | sed -n '/^Commands:/,$p' | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p'); do
        grep -q "^   inclusio $command\b" <<<"$page" || missing="$missing $command"
    done
    if echo "$page" | grep -q "^NAME" && [ -z "$missing" ]; then
        pass "man inclusio describes every command of inclusio --help"
    else
        fail "man inclusio: missing$missing"
    fi
else
    echo "  skip  man inclusio (install man-db)"
fi
completion=/usr/share/bash-completion/completions/inclusio
check "bash completion linked: $completion" test -r "$completion"
offered=$(bash --norc -c "source '$completion' 2>/dev/null; compopt() { :; }
    COMP_WORDS=(inclusio ana); COMP_CWORD=1; COMP_LINE='inclusio ana'; COMP_POINT=12
    _complete_inclusio inclusio; echo \"\${COMPREPLY[*]}\"" 2>/dev/null || true)
if [ "$offered" = analyse ]; then pass "bash completes 'inclusio ana' to analyse"; else fail "bash completion offered: $offered"; fi

echo "== desktop entry and MIME type"
desktop=/usr/share/applications/inclusio-inclusio.desktop
check "desktop entry $desktop" test -f "$desktop"
sed 's/^/        /' "$desktop"
check "desktop-file-validate" desktop-file-validate "$desktop"
check "StartupWMClass=org.inclusio.app.InclusioApp" grep -qx "StartupWMClass=org.inclusio.app.InclusioApp" "$desktop"
check "Exec=/usr/bin/inclusio %f" grep -qx "Exec=/usr/bin/inclusio %f" "$desktop"
check "MimeType=application/x-inclusio" grep -q "^MimeType=application/x-inclusio;\?$" "$desktop"
check "*.inclusio in the shared MIME database" grep -q "application/x-inclusio:\*\.inclusio" /usr/share/mime/globs2
check "application/x-inclusio opens with Inclusio" grep -q "^application/x-inclusio=.*inclusio-inclusio.desktop" /usr/share/applications/mimeinfo.cache

echo "== window and class-data archive"
if command -v Xvfb >/dev/null && command -v xwininfo >/dev/null; then
    display=:$((90 + RANDOM % 100))
    Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
    xvfb_pid=$!
    sleep 1
    mkdir -p "$work/home"
    cache="$work/home/.cache/inclusio"
    printf '{"format":"inclusio-exchange","formatVersion":1}\n' >"$work/opened.inclusio"
    # Starts the window as the desktop does, with a file argument (the window offers to import it once unlocked),
    # waits for it, and ends it: the re-executed runtime first, as closing the window ends it, so that the launcher
    # keeps an archive that runtime wrote, else the launcher. Sets shown (milliseconds, empty when no window came)
    # and relaunched (whether the launcher re-executed the runtime).
    start_window() { # log name, environment assignments...
        local log=$work/$1.log started children
        shift
        shown=""
        relaunched=false
        started=$(date +%s%N)
        env "$@" HOME="$work/home" XDG_CACHE_HOME="$work/home/.cache" DISPLAY=$display INCLUSIO_STORE="$work/store" \
            /usr/bin/inclusio \
            "$work/opened.inclusio" >"$log" 2>&1 &
        app_pid=$!
        for _ in $(seq 1 720); do
            # the main window: named Inclusio, of the JavaFX application's class
            if DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep -q '"Inclusio": ("org.inclusio.app.InclusioApp"'; then
                shown=$((($(date +%s%N) - started) / 1000000))
                break
            fi
            kill -0 "$app_pid" 2>/dev/null || break
            sleep 0.25
        done
        [ -n "$shown" ] || cat "$log"
        children=$(pgrep -P "$app_pid" || true)
        if [ -n "$children" ]; then
            relaunched=true
            for child in $children; do kill "$child" 2>/dev/null || true; done
        else
            kill "$app_pid" 2>/dev/null || true
        fi
        wait "$app_pid" 2>/dev/null || true
        app_pid=""
    }
    start_window first INCLUSIO_CDS=verbose
    if [ -n "$shown" ]; then
        pass "window with WM_CLASS org.inclusio.app.InclusioApp after $shown ms (first start)"
    else
        fail "no window appeared"
    fi
    check "first window start re-executed the runtime's bin/java and wrote the archive" \
        sh -c "$relaunched && grep -q 'starting and writing' '$work/first.log' && grep -q 'archive written' '$work/first.log'"
    archive=$(ls "$cache"/classes-*.jsa 2>/dev/null | head -n 1 || true)
    check "one archive in the user's cache folder, no part left" sh -c \
        "test -n '$archive' && test -s '$archive' && test \$(ls '$cache' | wc -l) = 1"
    [ -n "$archive" ] && echo "        $(stat -c %s "$archive") bytes"
    start_window with INCLUSIO_CDS=verbose
    check "next window start maps the archive (window after $shown ms)" \
        sh -c "test -n '$shown' && $relaunched && grep -q 'starting with $archive' '$work/with.log'"
    if [ -n "$archive" ]; then
        # an archive damaged since it was written: its checksums fail, the start goes on without it
        size=$(stat -c %s "$archive")
        dd if=/dev/urandom of="$archive" bs=4096 seek=$((size / 8192)) count=4 conv=notrunc status=none
        start_window damaged
        check "window starts despite a damaged archive (after $shown ms)" test -n "$shown"
        truncate -s $((size / 2)) "$archive"
        start_window halved
        check "window starts despite a half archive (after $shown ms)" test -n "$shown"
    fi
    start_window off INCLUSIO_CDS=off
    check "INCLUSIO_CDS=off: window without re-executing (after $shown ms)" sh -c "test -n '$shown' && ! $relaunched"
    kill "$xvfb_pid" 2>/dev/null || true
    xvfb_pid=""
else
    echo "  skip  window and archive (install xvfb and x11-utils)"
fi
find /usr/lib/inclusio -printf '%p %s %T@\n' | sort >"$work/files-after"
check "nothing written into /usr/lib/inclusio by the commands and starts" cmp -s "$work/files-before" "$work/files-after"
check "no archive in the user's cache from the commands" test ! -e "$work/home-commands/.cache/inclusio"

echo "== sizes"
download=$(stat -c %s "$deb")
installed_kib=$(dpkg-query -W -f='${Installed-Size}' inclusio)
echo "  .deb download size  $(numfmt --to=iec --suffix=B "$download") ($download bytes)"
echo "  installed size      $(numfmt --to=iec --suffix=B $((installed_kib * 1024))) (Installed-Size $installed_kib KiB)"
echo "  of which runtime    $(du -sh /usr/lib/inclusio/runtime | cut -f1)"
echo "  of which libraries  $(du -sh /usr/lib/inclusio/app | cut -f1)"

echo "== remove (purge)"
apt-get purge -y -qq inclusio >"$work/apt-remove.log" 2>&1 && installed=false || cat "$work/apt-remove.log"
check "apt-get purge" test "$installed" = false
check "/usr/bin/inclusio gone" test ! -e /usr/bin/inclusio
check "desktop entry gone" test ! -e "$desktop"
check "man page and bash completion gone" sh -c "test ! -e /usr/share/man/man1/inclusio.1.gz && test ! -e $completion"
check "*.inclusio gone from the MIME database" sh -c "! grep -q 'application/x-inclusio' /usr/share/mime/globs2"

if [ -n "$rpm" ]; then
    echo "== .rpm ($rpm)"
    if command -v rpm >/dev/null; then
        info=$(rpm -qip "$rpm" 2>/dev/null)
        echo "$info" | sed 's/^/        /'
        for name in Name Version Release License Vendor URL Summary; do
            value=$(echo "$info" | field "$name")
            if [ -n "$value" ] && ! echo "$value" | grep -qi unknown; then pass "$name: $value"; else fail "$name missing or unknown"; fi
        done
        check "requires GTK 3" sh -c "rpm -qRp '$rpm' 2>/dev/null | grep -q gtk3"
        check "requires a font with Japanese glyphs" sh -c "rpm -qRp '$rpm' 2>/dev/null | grep -qF 'font(:lang=ja)'"
        files=$(rpm -qlp "$rpm" 2>/dev/null)
        for path in /usr/bin/inclusio /usr/lib/inclusio/inclusio-inclusio.desktop \
            /usr/lib/inclusio/app/cli-docs/inclusio.1.gz /usr/lib/inclusio/app/cli-docs/inclusio.bash \
            /usr/lib/inclusio/inclusio-inclusio-MimeInfo.xml /usr/share/licenses/inclusio-[0-9.]*/LICENSE \
            /usr/lib/inclusio/runtime/bin/java; do
            if echo "$files" | grep -qx "$path"; then pass "contains $path"; else fail "does not contain $path"; fi
        done
        scripts=$(rpm -qp --scripts "$rpm" 2>/dev/null)
        if echo "$scripts" | grep -q 'xdg-desktop-menu install' && echo "$scripts" | grep -q 'xdg-mime install'; then
            pass "installs the desktop entry and MIME type (%post)"
        else
            fail "no desktop entry or MIME type in %post"
        fi
        # Installed with rpm itself (its dependencies carry Fedora's names, hence --nodeps on Debian): the
        # launcher in /usr/bin finds its files through the package manager that owns it, so an unpacked
        # payload would not start. Where no desktop menu is set up, %post reports that xdg-desktop-menu
        # found none; the installation goes on.
        installed_rpm=true
        if rpm -i --nodeps "$rpm" >"$work/rpm-install.log" 2>&1; then
            pass "rpm -i"
            check "/usr/bin/inclusio belongs to the package" sh -c "rpm -qf /usr/bin/inclusio | grep -q '^inclusio-'"
            check "its desktop entry names StartupWMClass and the MIME type" sh -c \
                "grep -qx 'StartupWMClass=org.inclusio.app.InclusioApp' /usr/lib/inclusio/inclusio-inclusio.desktop \
                 && grep -q '^MimeType=application/x-inclusio' /usr/lib/inclusio/inclusio-inclusio.desktop"
            find /usr/lib/inclusio -printf '%p %s %T@\n' | sort >"$work/rpm-files-before"
            if inclusio info --store "$work/store" >"$work/rpm-info.log" 2>&1 \
                && grep -q "Schema version" "$work/rpm-info.log"; then
                pass "inclusio info --store <tmp>"
            else
                cat "$work/rpm-info.log"; fail "inclusio info from the .rpm"
            fi
            find /usr/lib/inclusio -printf '%p %s %T@\n' | sort >"$work/rpm-files-after"
            check "the command wrote nothing into /usr/lib/inclusio and no archive" sh -c \
                "cmp -s '$work/rpm-files-before' '$work/rpm-files-after' && test ! -e '$work/home-commands/.cache/inclusio'"
            check "man page and bash completion linked (%post)" sh -c \
                "zcat /usr/share/man/man1/inclusio.1.gz | grep -q '^.SH COMMANDS' && grep -q _complete_inclusio $completion"
            if rpm -e --nodeps inclusio >"$work/rpm-erase.log" 2>&1; then
                installed_rpm=false
                pass "rpm -e"
            else
                cat "$work/rpm-erase.log"; fail "rpm -e"
            fi
            check "/usr/bin/inclusio gone" test ! -e /usr/bin/inclusio
            check "man page and bash completion gone" sh -c \
                "test ! -e /usr/share/man/man1/inclusio.1.gz && test ! -e $completion"
        else
            cat "$work/rpm-install.log"; fail "rpm -i"
        fi
        $installed_rpm && rpm -e --nodeps --noscripts inclusio >/dev/null 2>&1 || true
        echo "  .rpm download size  $(numfmt --to=iec --suffix=B "$(stat -c %s "$rpm")") ($(stat -c %s "$rpm") bytes)"
        echo "  installed size      $(numfmt --to=iec --suffix=B "$(rpm -qp --queryformat '%{SIZE}' "$rpm" 2>/dev/null)")"
    else
        echo "  skip  .rpm checks (install rpm)"
    fi
fi

echo
if [ "$failures" -eq 0 ]; then
    echo "Smoke test passed."
else
    echo "Smoke test: $failures check(s) failed."
    exit 1
fi
