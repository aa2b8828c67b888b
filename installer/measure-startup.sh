#!/usr/bin/env bash
# Start-up of the installed program to its window, without and with the class-data archive of its classes.
#
# Starts the installed launcher under a virtual display (Xvfb) on a store made for the purpose, and times from the
# start until the window is mapped (xwininfo), in rounds of three: a bare JavaFX window on the image's own runtime
# (the baseline; org.inclusio.benchmark.BareWindowMain from target/test-classes), the program with the archive
# switched off (INCLUSIO_CDS=off) and the program with its archive. Before the rounds, one start in an empty cache
# folder writes the archive, as a user's first start does. Prints every time, the medians, the archive's size and
# the load average. The starts get a cache folder of their own (XDG_CACHE_HOME), so a user's archive is not touched.
#
# Needs: an installed package (/usr/lib/inclusio) or an application image, target/test-classes
# (./mvnw -B -q -o test-compile), apt-get install -y xvfb x11-utils
# Usage: installer/measure-startup.sh [IMAGE [RUNS [DISPLAY_NUMBER]]]   (defaults /usr/lib/inclusio, 5, 93)
set -euo pipefail

cd "$(dirname "$0")/.."
image=$(cd "${1:-/usr/lib/inclusio}" && pwd)
runs=${2:-5}
display=:${3:-93}
# an application image has its launcher in bin/; the packages install it as /usr/bin/inclusio
launcher=$image/bin/inclusio
[ -x "$launcher" ] || launcher=/usr/bin/inclusio
if [ -d "$image/lib/app" ]; then app=$image/lib/app; runtime=$image/lib/runtime; else app=$image/app; runtime=$image/runtime; fi
[ -x "$launcher" ] && [ -x "$runtime/bin/java" ] && [ -f "$app/inclusio.cfg" ] \
    || { echo "No installed image with a launcher, bin/java and inclusio.cfg at $image." >&2; exit 1; }
[ -f target/test-classes/org/inclusio/benchmark/BareWindowMain.class ] \
    || { echo "No target/test-classes: run ./mvnw -B -q -o test-compile first." >&2; exit 1; }

work=$(mktemp -d)
xvfb_pid=""
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1
export DISPLAY=$display HOME=$work/home XDG_CACHE_HOME=$work/home/.cache INCLUSIO_STORE=$work/store
export INCLUSIO_PASSPHRASE="measured start-up $$"
mkdir -p "$HOME"
"$launcher" init --store "$work/store" --recovery-key-file "$work/recovery-key" >/dev/null
unset INCLUSIO_PASSPHRASE

# the bare window gets the runtime options of the launcher's configuration and JavaFX from the image
mapfile -t options < <(sed -n 's/^java-options=//p' "$app/inclusio.cfg" | sed "s|\$APPDIR|$app|g")
bare_class_path="$(ls "$app"/javafx-*.jar | tr '\n' ':')target/test-classes"

# starts a command in the background, prints the milliseconds until a window with the given name is mapped,
# then ends the program: its re-executed runtime first (which then ends normally and writes an archive it was
# asked for), then the started process
time_to_window() { # window name pattern, log file, command...
    local pattern=$1 log=$2
    shift 2
    local started shown="" pid child children
    started=$(date +%s%N)
    "$@" >"$log" 2>&1 &
    pid=$!
    for _ in $(seq 1 6000); do
        if xwininfo -root -tree 2>/dev/null | grep -q "$pattern"; then
            shown=$((($(date +%s%N) - started) / 1000000))
            break
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.02
    done
    children=$(pgrep -P "$pid" || true)
    if [ -n "$children" ]; then
        # the launcher waits for its re-executed runtime, then keeps a written archive, and ends by itself
        for child in $children; do kill "$child" 2>/dev/null || true; done
    else
        kill "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
    [ -n "$shown" ] || { cat "$log" >&2; echo "no window appeared: $*" >&2; exit 1; }
    echo "$shown"
}
app_window='"Inclusio": ("org.inclusio.app.InclusioApp"'
bare() { time_to_window '"Bare window"' "$work/bare.log" "$runtime/bin/java" "${options[@]}" -cp "$bare_class_path" \
    org.inclusio.benchmark.BareWindowMain; }
without() { INCLUSIO_CDS=off time_to_window "$app_window" "$work/off.log" "$launcher"; }
with() {
    INCLUSIO_CDS=verbose time_to_window "$app_window" "$work/with.log" "$launcher"
    grep -q "starting with" "$work/with.log" || { cat "$work/with.log" >&2; echo "not started with the archive" >&2; exit 1; }
}
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "image $image, $runs rounds, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
bare >/dev/null
without >/dev/null
began=$(date +%s%N)
writing=$(INCLUSIO_CDS=verbose time_to_window "$app_window" "$work/writing.log" "$launcher")
ended=$((($(date +%s%N) - began) / 1000000))
archive=$(ls "$XDG_CACHE_HOME"/inclusio/classes-*.jsa 2>/dev/null | head -n 1 || true)
[ -n "$archive" ] || { cat "$work/writing.log" >&2; echo "the first start wrote no archive" >&2; exit 1; }
echo "first start, writing the archive: window after $writing ms, ended (archive written and checked) after $ended ms"
echo "archive: $(numfmt --to=iec --suffix=B "$(stat -c %s "$archive")") ($(stat -c %s "$archive") bytes)"
: >"$work/bare.ms"
: >"$work/without.ms"
: >"$work/with.ms"
for run in $(seq 1 "$runs"); do
    b=$(bare)
    o=$(without)
    w=$(with)
    echo "$b" >>"$work/bare.ms"
    echo "$o" >>"$work/without.ms"
    echo "$w" >>"$work/with.ms"
    echo "round $run: bare window $b ms, without archive $o ms, with archive $w ms"
done
echo "medians: bare window $(median <"$work/bare.ms") ms, without archive $(median <"$work/without.ms") ms," \
    "with archive $(median <"$work/with.ms") ms"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
