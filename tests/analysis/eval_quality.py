"""How well the analysis does on our labelled samples (tests/data/labelled_mentions.jsonl, and
tests/data/brand_tweets_en.jsonl: customer-service tweets to an airline, a telecom and a retailer):
per-category precision and recall, and per language the AUC of severity (and of -sentiment) for
"negative vs the rest". Run: .venv/bin/python tests/analysis/eval_quality.py [--samples tweets]
[--split dev|test]

The samples were written by us after the lexicons; "dev" samples may be looked at when the
lexicons are tuned, "test" samples are held out and must not be (the README reports both)."""

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from console.analysis.pipeline import Analyzer  # noqa: E402
from console.workspace import Workspace  # noqa: E402

SAMPLES = {"mentions": ROOT / "tests" / "data" / "labelled_mentions.jsonl",
           "tweets": ROOT / "tests" / "data" / "brand_tweets_en.jsonl"}


def load(split: str | None = None, samples: str = "mentions") -> list[dict]:
    text = SAMPLES[samples].read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    return [r for r in rows if split in (None, r["split"])]


def auc(scores: list[float], labels: list[bool]) -> float | None:
    """Probability that a random positive scores above a random negative (ties count half)."""
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    if not pos or not neg:
        return None
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def score(samples: list[dict]) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(Path(tmp) / "ws")
        try:
            rows = [{"title": "", "text": s["text"], "lang": s["lang"]} for s in samples]
            Analyzer(ws.db).score(rows, {"reach": "social"})
        finally:
            ws.close()
    return rows


def evaluate(samples: list[dict]) -> dict:
    rows = score(samples)
    by_lang: dict[str, dict] = {}
    for fam in ("en", "zh", "uk"):
        pairs = [(r, s) for r, s in zip(rows, samples, strict=True) if s["lang"].startswith(fam)]
        labels = [s["negative"] for _, s in pairs]
        by_lang[fam] = {
            "n": len(pairs),
            "auc_severity": auc([r["severity"] for r, _ in pairs], labels),
            "auc_sentiment": auc([-(r["sentiment"] or 0.0) for r, _ in pairs], labels),
            "negative_flag_accuracy": sum(bool(r["negative"]) == s["negative"] for r, s in pairs) / max(1, len(pairs)),
        }
    cats: dict[str, dict] = {}
    for r, s in zip(rows, samples, strict=True):
        for c in {r["category"], s["category"]}:
            cats.setdefault(c, {"tp": 0, "fp": 0, "fn": 0})
        if r["category"] == s["category"]:
            cats[r["category"]]["tp"] += 1
        else:
            cats[r["category"]]["fp"] += 1
            cats[s["category"]]["fn"] += 1
    for c in cats.values():
        c["precision"] = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else None
        c["recall"] = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else None
    accuracy = sum(r["category"] == s["category"] for r, s in zip(rows, samples, strict=True)) / len(samples)
    misses = [(s["text"], s["category"], r["category"], r["severity"], s["negative"]) for r, s in
              zip(rows, samples, strict=True) if r["category"] != s["category"] or bool(r["negative"]) != s["negative"]]
    return {"languages": by_lang, "categories": cats, "category_accuracy": accuracy, "misses": misses}


def _f(x) -> str:
    return "-" if x is None else f"{x:.2f}"


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--samples", choices=tuple(SAMPLES), default="mentions", help="which sample file")
    p.add_argument("--split", choices=("dev", "test"), help="only one split (default: all samples)")
    p.add_argument("--misses", action="store_true", help="list the samples it gets wrong")
    args = p.parse_args(argv)
    res = evaluate(load(args.split, args.samples))
    print("| language | samples | AUC of severity | AUC of -sentiment | negative flag accuracy |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for lang, v in res["languages"].items():
        if not v["n"]:
            continue
        print(f"| {lang} | {v['n']} | {_f(v['auc_severity'])} | {_f(v['auc_sentiment'])} | "
              f"{_f(v['negative_flag_accuracy'])} |")
    print("\n| category | precision | recall | samples |")
    print("| --- | ---: | ---: | ---: |")
    for c, v in sorted(res["categories"].items()):
        print(f"| {c} | {_f(v['precision'])} | {_f(v['recall'])} | {v['tp'] + v['fn']} |")
    print(f"\ncategory accuracy: {res['category_accuracy']:.2f}")
    if args.misses:
        for m in res["misses"]:
            print("MISS", m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
