#!/usr/bin/env python3
"""What a whole chain sends to the chat model: for each answer set under
tests/data/chains/ (a brief and the twelve answers a strong model gave), the
words and estimated tokens of every filled prompt with those answers inside,
and the chain's total, once with the kit as it was before the article was
assembled by PromptDeck (tests/data/kits/seo-article-v1.yaml) and once with
the bundled kit. A benchmark: it prints figures and never fails on them.

    tests/benchmarks/chain_prompts.py [--promptdeck BIN] [SET...]

Words are counted as PromptDeck counts them (a run of non-space characters
holding a letter or a digit); tokens are estimated as characters / 4, the
usual rule of thumb for English text. The sessions are built with the
command line (`new`, `answer --force` card by card, `export --format json`),
so the figures are those of the prompts the window shows.
"""
import argparse
import json
import math
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHAINS = ROOT / "tests" / "data" / "chains"
OLD_KIT = ROOT / "tests" / "data" / "kits" / "seo-article-v1.yaml"
CARDS = ["outline", "research", "introduction", "body", "examples", "faq",
         "conclusion", "links", "edit", "meta", "x-thread", "linkedin"]


def count_words(text: str) -> int:
    return sum(1 for token in text.split() if any(c.isalnum() for c in token))


def estimate_tokens(text: str) -> int:
    return math.ceil(len(text) / 4)


def find_promptdeck(given):
    if given:
        return Path(given)
    for preset in ("ci", "release", "benchmark", "dev"):
        candidate = ROOT / "build" / preset / "app" / "promptdeck"
        if candidate.exists():
            return candidate
    sys.exit("no promptdeck build found; pass --promptdeck")


def brief_of(chain: Path) -> str:
    brief = chain / "brief.yaml"
    return str(brief) if brief.exists() else "python-gil"


def prompts_for(promptdeck: Path, kit: str, chain: Path, workdir: Path):
    """The filled prompts of every card with the set's answers stored."""
    session = workdir / f"{chain.name}-{Path(kit).stem}.promptdeck"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    subprocess.run([promptdeck, "new", "--kit", kit, "--brief", brief_of(chain),
                    "-o", session], check=True, **quiet)
    for number, card in enumerate(CARDS, start=1):
        answer = chain / f"{number:02}-{card}.md"
        subprocess.run([promptdeck, "answer", "--force", session, card, answer],
                       check=True, **quiet)
    exported = subprocess.run([promptdeck, "export", session, "--format", "json"],
                              check=True, capture_output=True, text=True).stdout
    cards = json.loads(exported)["cards"]
    return {card["id"]: card["prompt"] for card in cards}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--promptdeck", help="the promptdeck binary (default: a build/ one)")
    parser.add_argument("sets", nargs="*", help="answer set directories (default: all)")
    args = parser.parse_args()
    promptdeck = find_promptdeck(args.promptdeck)
    chains = [Path(s) for s in args.sets] or sorted(p for p in CHAINS.iterdir() if p.is_dir())
    grand = {"before": 0, "after": 0}
    with tempfile.TemporaryDirectory() as tmp:
        for chain in chains:
            before = prompts_for(promptdeck, str(OLD_KIT), chain, Path(tmp))
            after = prompts_for(promptdeck, "seo-article", chain, Path(tmp))
            answers = sum(count_words((chain / f"{n:02}-{c}.md").read_text(encoding="utf-8"))
                          for n, c in enumerate(CARDS, start=1))
            print(f"\n{chain.name}: the twelve prompts with its answers inside "
                  f"(the answers: {answers:,} words)")
            print(f"  {'card':<14}{'before':>10}{'after':>10}{'tokens after':>15}")
            totals = {"before": 0, "after": 0, "tokens": 0}
            for number, card in enumerate(CARDS, start=1):
                old, new = count_words(before[card]), count_words(after[card])
                tokens = estimate_tokens(after[card])
                totals["before"] += old
                totals["after"] += new
                totals["tokens"] += tokens
                print(f"  {number:>2} {card:<11}{old:>10,}{new:>10,}{tokens:>15,}")
            share = 100.0 * totals["after"] / totals["before"]
            print(f"  {'total':<14}{totals['before']:>10,}{totals['after']:>10,}"
                  f"{totals['tokens']:>15,}   after = {share:.0f}% of before")
            grand["before"] += totals["before"]
            grand["after"] += totals["after"]
    if len(chains) > 1:
        print(f"\nall sets: {grand['before']:,} words before, {grand['after']:,} after "
              f"({100.0 * grand['after'] / grand['before']:.0f}%)")


if __name__ == "__main__":
    main()
