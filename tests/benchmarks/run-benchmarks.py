#!/usr/bin/env python3
"""Builds the benchmark preset (Release), runs every benchmark with its floor
in the same run, and prints the table: figure, floor, ratio, budget, within
budget or not; then the hostile inputs read at their caps, each against one
second, and a session with a megabyte line opened in the window. Timing
never fails this script; a benchmark that crashes does.

    tests/benchmarks/run-benchmarks.py [--runs N] [--no-build]

The window figures are whole processes started and painted once to a PNG,
under Xvfb when it is installed (offscreen otherwise): wall time and peak
memory (maximum resident set) per run, median of N runs (default 15), the
bare Qt window and PromptDeck taking turns.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build" / "benchmark"
DATA = BUILD / "bench-data"
ANSWERS = ROOT / "tests" / "data" / "answers" / "python-gil"
MIB = 1024 * 1024


def run(*args, **kwargs):
    return subprocess.run([str(a) for a in args], check=True, **kwargs)


def sized_text(source: str, size: int) -> str:
    """`source` repeated to `size` UTF-8 bytes, cut at a line end."""
    unit = (source + "\n\n").encode()
    cut = (unit * (size // len(unit) + 1))[:size].decode(errors="ignore")
    return cut[: cut.rfind("\n") + 1] if "\n" in cut else cut


def make_data(promptdeck: Path):
    """A 1 MB and a 10 MB answer, and a session with 12 answers of 1 MB."""
    DATA.mkdir(parents=True, exist_ok=True)
    answers = sorted(ANSWERS.glob("*.md"))
    body = ANSWERS / "04-body.md"
    (DATA / "answer-1MB.md").write_text(sized_text(body.read_text(), 1_000_000))
    (DATA / "answer-10MB.md").write_text(sized_text(body.read_text(), 10_000_000))
    session = DATA / "twelve-1MB.promptdeck"
    if session.exists():
        session.unlink()
    run(promptdeck, "new", "-o", session, stdout=subprocess.DEVNULL)
    for number, answer in enumerate(answers, start=1):
        path = DATA / f"card-{number:02}.md"
        path.write_text(sized_text(answer.read_text(), 1_000_000))
        run(promptdeck, "answer", session, number, path, stdout=subprocess.DEVNULL)
    return session


class Display:
    """An Xvfb server for the whole run, or the offscreen platform."""

    def __init__(self):
        self.server = None
        self.env = dict(os.environ)
        if shutil.which("Xvfb"):
            read, write = os.pipe()
            self.server = subprocess.Popen(
                ["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                pass_fds=[write], stderr=subprocess.DEVNULL)
            os.close(write)
            # Xvfb writes the display's number and a newline once it accepts clients.
            number = b""
            while not number.endswith(b"\n"):
                chunk = os.read(read, 16)
                if not chunk:
                    sys.exit("Xvfb did not start")
                number += chunk
            os.close(read)
            number = number.decode().strip()
            self.env["DISPLAY"] = ":" + number
            self.env["QT_QPA_PLATFORM"] = "xcb"
            self.name = "Xvfb"
        else:
            self.env["QT_QPA_PLATFORM"] = "offscreen"
            self.name = "offscreen"

    def close(self):
        if self.server:
            self.server.terminate()
            self.server.wait()


def measure_process(args, env):
    """Wall milliseconds and peak resident MiB of one run of a program."""
    start = time.perf_counter()
    process = subprocess.Popen([str(a) for a in args], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = (time.perf_counter() - start) * 1000
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit(f"{args[0]} failed: {process.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024


def window_figures(display, promptdeck, bare, session, runs):
    figures = {}
    work = Path(tempfile.mkdtemp(prefix="promptdeck-bench-"))
    try:
        samples = {"bare": [], "bundled": [], "session": []}
        for _ in range(runs):
            for name in samples:
                home = work / name
                shutil.rmtree(home, ignore_errors=True)
                env = dict(display.env, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
                           XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"))
                png = work / f"{name}.png"
                if name == "bare":
                    args = [bare, png]
                elif name == "bundled":
                    args = [promptdeck, "--screenshot", png]
                else:
                    args = [promptdeck, "--screenshot", png, session]
                samples[name].append(measure_process(args, env))
        for name, values in samples.items():
            figures[name] = (statistics.median(v[0] for v in values),
                             statistics.median(v[1] for v in values))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return figures


def bench(binary, *args, env=None):
    output = run(binary, *args, capture_output=True, text=True, env=env).stdout
    results = {}
    for line in output.splitlines():
        if line.startswith("RESULT "):
            _, name, figure, floor, unit = line.split()
            results[name] = (float(figure), float(floor), unit)
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--no-build", action="store_true")
    options = parser.parse_args()

    os.chdir(ROOT)
    if not options.no_build:
        run("cmake", "--preset", "benchmark", stdout=subprocess.DEVNULL)
        run("cmake", "--build", "--preset", "benchmark")
    promptdeck = BUILD / "app" / "promptdeck"
    bare = BUILD / "tests" / "benchmarks" / "bench_bare_window"
    inprocess = BUILD / "tests" / "benchmarks" / "bench_promptdeck"
    session = make_data(promptdeck)

    display = Display()
    try:
        window = window_figures(display, promptdeck, bare, session, options.runs)
        home = Path(tempfile.mkdtemp(prefix="promptdeck-bench-"))
        env = dict(display.env, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
                   XDG_DATA_HOME=str(home / "data"))
        results = {}
        results.update(bench(inprocess, "paste", DATA / "answer-1MB.md", env=env))
        results.update(bench(inprocess, "paste", DATA / "answer-10MB.md", env=env))
        results.update(bench(inprocess, "keystroke", session, env=env))
        shutil.rmtree(home, ignore_errors=True)
    finally:
        display.close()
    templates = DATA / "templates"
    offscreen = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    results.update(bench(inprocess, "render", session, templates, env=offscreen))
    os.chdir(DATA)
    results.update(bench(inprocess, "saveload", session, env=offscreen))
    os.chdir(ROOT)
    hostile = bench(BUILD / "tests" / "benchmarks" / "bench_hostile", env=offscreen)
    bigline = bench(BUILD / "tests" / "benchmarks" / "bench_bigline", env=offscreen)

    mustache_js = None
    if shutil.which("node") and shutil.which("npm"):
        modules = BUILD / "node"
        if not (modules / "node_modules" / "mustache").exists():
            subprocess.run(["npm", "install", "--silent", "--prefix", str(modules), "mustache@4"],
                           check=False, stdout=subprocess.DEVNULL)
        module = modules / "node_modules" / "mustache"
        if module.exists():
            mustache_js = bench("node", ROOT / "tests" / "benchmarks" / "render_mustache.mjs",
                                templates, module)

    rows = []

    def ratio_row(label, figure, floor, unit, budget):
        ratio = figure / floor if floor else float("nan")
        rows.append((label, f"{figure:.1f} {unit}", f"{floor:.1f} {unit}", f"{ratio:.2f}×",
                     f"≤ {budget}×", "yes" if ratio <= budget else "NO"))

    def limit_row(label, figure, floor, unit, limit, above=False):
        ok = figure >= limit if above else figure < limit
        floor_text = f"{floor:.2f} {unit}" if floor else "—"
        ratio = f"{figure / floor:.2f}×" if floor else "—"
        rows.append((label, f"{figure:.2f} {unit}", floor_text, ratio,
                     f"{'≥' if above else '<'} {limit} {unit}", "yes" if ok else "NO"))

    bare_ms, bare_mib = window["bare"]
    ratio_row("1. First painted window, bundled kit", window["bundled"][0], bare_ms, "ms", 1.5)
    ratio_row("1. … its peak memory", window["bundled"][1], bare_mib, "MiB", 2)
    ratio_row("2. Open a session of 12 × 1 MB answers", window["session"][0], bare_ms, "ms", 3)
    limit_row("2. … its peak memory", window["session"][1], bare_mib, "MiB", 160)
    for size in ("1MB", "10MB"):
        figure, floor, unit = results[f"paste_{size}"]
        ratio_row(f"3. Paste a {size[:-2]} MB answer (vs setPlainText)", figure, floor, unit, 2)
    for name, label in (("keystroke_median", "4. Keystroke, 12 × 1 MB session, median"),
                        ("keystroke_p95", "4. Keystroke, 12 × 1 MB session, 95th pct")):
        figure, _, unit = results[name]
        limit_row(label, figure, 0, unit, 16)
    figure, floor, unit = results["render_throughput"]
    limit_row("5. Render 12 prompts (floor: copying them)", figure, floor, unit, 1, above=True)
    figure, floor, unit = results["render_spans_throughput"]
    limit_row("5. … with source spans, as the window does", figure, floor, unit, 1, above=True)
    for kind, label, least, least_label in (
            ("save", "6. Save", "durablewrite", "6. … plain QFile write + fdatasync alone"),
            ("load", "6. Load", "readdecode", "6. … plain QFile read + QString::fromUtf8 alone")):
        name = next(key for key in results if key.startswith(kind + "_"))
        figure, floor, unit = results[name]
        ratio_row(f"{label} a {name.split('_')[1][:-2]} MB session (vs QFile)", figure, floor,
                  unit, 3)
        figure, floor, unit = results[least + "_" + name.split("_")[1]]
        ratio_row(least_label, figure, floor, unit, 3)

    headers = ("figure", "measured", "floor", "ratio", "budget", "within")
    widths = [max(len(str(row[i])) for row in rows + [headers]) for i in range(len(headers))]
    print()
    print(f"PromptDeck benchmarks ({os.cpu_count()} cores, windows on {display.name}, "
          f"median of {options.runs} runs)")
    print("| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print("| " + " | ".join(str(c).ljust(w) for c, w in zip(row, widths)) + " |")
    print()
    print(f"Render output: {results['render_output'][0]:.1f} MB over 12 prompts; "
          f"PromptDeck {results['render_ms'][0]:.1f} ms", end="")
    if mustache_js:
        print(f", mustache.js {mustache_js['mustachejs_ms'][0]:.1f} ms "
              f"({mustache_js['mustachejs_throughput'][0]:.2f} GB/s)", end="")
    else:
        print(", mustache.js not measured (no node/npm, or the package did not install)", end="")
    print(".")
    print(f"After a paste is painted, its checks and autosave on the next pass: "
          f"{results['paste_1MB_after'][0]:.1f} ms (1 MB), "
          f"{results['paste_10MB_after'][0]:.1f} ms (10 MB).")
    print(f"After typing stops, committing the answer (chain and checks): "
          f"{results['typing_pause_commit'][0]:.1f} ms.")

    hostile_labels = (
        ("hostile_yaml_flow_line", "YAML: one-line flow list at the 2 MiB cap"),
        ("hostile_yaml_many_keys", "YAML: 99,999 keys, one repeated"),
        ("hostile_mustache_tag_line", "Mustache: one line of tags, 2 M characters"),
        ("hostile_bullet_split", "Page import: bullet split of a 4 MiB page"),
        ("hostile_session_unknown_cards", "Session: 256 MiB, 20,000 unknown cards"),
        ("hostile_session_kit_keys", "Session: its 2 MiB kit, 98,000 keys more"),
        ("hostile_prompt_echo_huge_paste", "Prompt check: a 16 M-character paste"),
        ("hostile_prompt_echo_scan", "Prompt check: 8 M characters, every prompt as long"))
    hostile_rows = []
    for name, label in hostile_labels:
        figure, floor, unit = hostile[name]
        hostile_rows.append((label, f"{figure:.1f} {unit}", f"{hostile[name + '_cpu'][0]:.1f} ms",
                             f"{floor:.1f} {unit}" if floor else "—", "< 1000 ms",
                             "yes" if figure < 1000 else "NO"))
    headers = ("hostile input, read once", "measured", "processor", "parser alone", "budget",
               "within")
    widths = [max(len(str(row[i])) for row in hostile_rows + [headers])
              for i in range(len(headers))]
    print()
    print("Hostile input at its cap (tests/benchmarks/bench_hostile.cpp)")
    print("| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in hostile_rows:
        print("| " + " | ".join(str(c).ljust(w) for c, w in zip(row, widths)) + " |")


    print()
    print("One unbreakable line as an answer, opened in the window "
          "(tests/benchmarks/bench_bigline.cpp)")
    for name, (figure, floor, unit) in bigline.items():
        if name.startswith("bigline_open_"):
            size = name.removeprefix("bigline_open_")
            whole = bigline.get("bigline_whole_" + size)
            print(f"- {size} characters: {figure:.1f} {unit} (budget < 1000 {unit}: "
                  f"{'yes' if figure < 1000 else 'NO'}); loading the file alone {floor:.1f} {unit}"
                  + (f"; Qt laying the line out whole {whole[0]:.1f} {unit}" if whole else ""))


if __name__ == "__main__":
    main()
