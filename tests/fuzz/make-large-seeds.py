#!/usr/bin/env python3
"""Writes the large seeds of the fuzzers: the shapes of input that once took
the square of their size to read (a long one-line flow list, many keys, many
tags on one line, many bullets, many unknown cards, a session's kit of many
keys), each a few hundred kilobytes. Built into the build folder, not
committed:

    tests/fuzz/make-large-seeds.py OUT_DIR

makes OUT_DIR/fuzz_yaml, OUT_DIR/fuzz_template, OUT_DIR/fuzz_page and
OUT_DIR/fuzz_session. Each is as large as the sanitizers let it be read in a
second or two; the fuzzers start from them, so mutations reach those paths
at that size, and an input slower than their -timeout is a finding.
"""
import json
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"


def write(folder: Path, name: str, text: str):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    data = text.encode()
    # Unchanged seeds keep their time stamps: the build does not redo them.
    if not path.exists() or path.read_bytes() != data:
        path.write_bytes(data)


def yaml_seeds(folder: Path):
    # Every item's column lies up to a megabyte into its line.
    write(folder, "large-flow-line.yaml",
          "list: [" + ", ".join(f"\u00e9{i:06}" for i in range(25_000)) + "]\n")
    # Each key is looked up among all the keys before it; the last repeats the first.
    write(folder, "large-many-keys.yaml",
          "".join(f"key{i:07}: v\n" for i in range(8_000)) + "key0000000: again\n")
    # A kit whose one card is a line of 15,000 tags: the kit loader parses
    # and checks the template.
    kit = (CORPUS / "fuzz_yaml" / "kit-blog-post.yaml").read_text()
    line = "x{{brief.topic}}" * 15_000
    write(folder, "large-kit-tag-line.yaml",
          kit.replace("Plan a blog post about {{brief.topic}}.", line, 1))


def template_seeds(folder: Path):
    write(folder, "large-tag-line.mustache", "x{{x}}" * 40_000)
    write(folder, "large-section-line.mustache", "{{#list}}x{{/list}}" * 12_000)


def page_seeds(folder: Path):
    page = (CORPUS / "fuzz_page" / "labelled-02-espresso.txt").read_text()
    many = {
        "Secondary keywords\n": "".join(f"\u2022 keyword {i}\n" for i in range(5_000)),
        "Common mistakes to avoid\n": "".join(f"\u2022 Mistake number {i} made.\n"
                                              for i in range(2_500)),
        "Pro tips\n": "".join(f"\u2022 Tip number {i} to follow.\n" for i in range(2_500)),
    }
    for heading, bullets in many.items():
        page = page.replace(heading, heading + bullets, 1)
    write(folder, "large-many-bullets.txt", page)


def session_seeds(folder: Path):
    session = json.loads((CORPUS / "fuzz_session" / "blog-answered.promptdeck").read_text())
    # Cards the kit does not know: each is warned about at its position.
    cards = dict(session)
    cards["cards"] = dict(session["cards"])
    for i in range(5_000):
        cards["cards"][f"unknown{i:05}"] = {"note": "n" * 20}
    write(folder, "large-unknown-cards.promptdeck", json.dumps(cards, indent=2))
    # The kit it carries, with 10,000 keys more, each looked up and warned about.
    kit = dict(session)
    kit["kit"] = dict(session["kit"])
    kit["kit"]["source"] += "".join(f"extra{i:06}: v\n" for i in range(10_000))
    write(folder, "large-kit-keys.promptdeck", json.dumps(kit, indent=2))


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = Path(sys.argv[1])
    yaml_seeds(out / "fuzz_yaml")
    template_seeds(out / "fuzz_template")
    page_seeds(out / "fuzz_page")
    session_seeds(out / "fuzz_session")


if __name__ == "__main__":
    main()
