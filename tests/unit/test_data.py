"""s2s_core.data: corpus formats, grouped splits, token-bucketed batches, downloads."""
from __future__ import annotations

import gzip
import http.server
import io
import random
import threading
import zipfile
from functools import partial

import pytest

from s2s_core import data

# ---------------------------------------------------------------- reading corpora


def test_manythings_tsv_drops_attribution_column(tmp_path):
    p = tmp_path / "fra.txt"
    p.write_text(
        "Go.\tVa !\tCC-BY 2.0 (France) Attribution: tatoeba.org #2877272 (CM) & #1158250 (Wittydev)\n"
        "Hi.\tSalut !\tCC-BY 2.0 (France) Attribution: tatoeba.org #538123 (CM) & #509819 (Aiji)\n"
        "\n"
        "Run!\tCours\u202f!\tCC-BY 2.0 (France) Attribution: tatoeba.org #906328 (papabear) & #906331 (sacredceltic)\r\n",
        encoding="utf-8")
    pairs = data.read_corpus(p)
    assert pairs == [("Go.", ["Va !"]), ("Hi.", ["Salut !"]), ("Run!", ["Cours\u202f!"])]


def test_a_header_a_byte_order_mark_and_latin1_as_the_evaluate_page_reads_them(tmp_path):
    p = tmp_path / "dev.tsv"
    p.write_bytes("\ufeffsource\treference\nI like cats.\tJ'aime les chats.\n".encode("utf-8"))
    assert data.read_corpus(p) == [("I like cats.", ["J'aime les chats."])]          # header and BOM left out
    p.write_bytes("\ufeffHello\tBonjour\n".encode("utf-8"))
    assert data.read_corpus(p) == [("Hello", ["Bonjour"])]
    p.write_bytes("Où\tWhere\n".encode("latin-1"))
    with pytest.raises(ValueError, match=r"dev\.tsv is not UTF-8 text"):               # named, not a bare codec error
        data.read_corpus(p)


def test_tsv_swap_translates_column_two_into_column_one(tmp_path):
    p = tmp_path / "c.tsv"
    p.write_text("Go.\tVa !\tCC-BY 2.0 (France) Attribution: x\n", encoding="utf-8")
    assert data.read_corpus(p, swap=True) == [("Va !", ["Go."])]


def test_multi_reference_tsv(tmp_path):
    p = tmp_path / "dev.tsv"
    p.write_text("I see.\tJe vois.\tJe comprends.\tJ'ai compris.\nHello\tBonjour\n", encoding="utf-8")
    pairs = data.read_corpus(p)
    assert pairs == [("I see.", ["Je vois.", "Je comprends.", "J'ai compris."]), ("Hello", ["Bonjour"])]
    assert data.flatten(pairs) == [("I see.", "Je vois."), ("I see.", "Je comprends."),
                                   ("I see.", "J'ai compris."), ("Hello", "Bonjour")]


def test_single_column_line_is_an_error_naming_the_line(tmp_path):
    p = tmp_path / "bad.tsv"
    p.write_text("a\tb\nonly one column\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.tsv:2"):
        data.read_corpus(p)


@pytest.mark.parametrize("line, swap, message", [
    ("\tVa !", False, "empty source"), ("Go.\t", False, "empty target"), ("Go.\t \tCC-BY 2.0", False, "empty target"),
    ("\tVa !", True, "empty target"), ("Go. Va !", False, "expected source<TAB>target, got one column")])
def test_a_line_with_one_side_empty_says_which(tmp_path, line, swap, message):
    p = tmp_path / "bad.tsv"
    p.write_text(f"a\tb\n{line}\n", encoding="utf-8")
    with pytest.raises(ValueError) as e:
        data.read_corpus(p, swap=swap)
    assert str(e.value) == f"{p}:2: {message}"


def _write_gz(path, lines):
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("".join(l + "\n" for l in lines))


def test_multi30k_line_aligned_gz_prefix(tmp_path):
    _write_gz(tmp_path / "train.en.gz", ["A dog runs.", "Two men talk.", "", "A cat."])
    _write_gz(tmp_path / "train.de.gz", ["Ein Hund rennt.", "Zwei Männer reden.", "", "Eine Katze."])
    pairs = data.read_corpus(tmp_path / "train", src_lang="en", tgt_lang="de")
    assert pairs == [("A dog runs.", ["Ein Hund rennt."]), ("Two men talk.", ["Zwei Männer reden."]),
                     ("A cat.", ["Eine Katze."])]


def test_line_aligned_plain_files_and_mixed_compression(tmp_path):
    (tmp_path / "val.en").write_text("one\ntwo\n", encoding="utf-8")
    _write_gz(tmp_path / "val.fr.gz", ["un", "deux"])
    assert data.read_corpus(tmp_path / "val", "en", "fr") == [("one", ["un"]), ("two", ["deux"])]


def test_misaligned_files_are_an_error(tmp_path):
    _write_gz(tmp_path / "train.en.gz", ["a", "b", "c"])
    _write_gz(tmp_path / "train.fr.gz", ["a", "b"])
    with pytest.raises(ValueError, match="not line-aligned.*3 vs 2"):
        data.read_corpus(tmp_path / "train", "en", "fr")


def test_missing_corpus_is_file_not_found(tmp_path):
    _write_gz(tmp_path / "train.en.gz", ["a"])
    with pytest.raises(FileNotFoundError, match="train.fr"):
        data.read_corpus(tmp_path / "train", "en", "fr")


def test_group_by_source_merges_references_without_duplicates():
    pairs = [("a", ["x"]), ("b", ["y"]), ("a", ["z", "x"])]
    assert data.group_by_source(pairs) == [("a", ["x", "z"]), ("b", ["y"])]


def test_write_tsv_round_trip_and_cleans_tabs(tmp_path):
    items = [("a\tb", ["c\nd", "e"]), ("f", ["g"])]
    data.write_tsv(tmp_path / "o.tsv", items)
    assert data.read_corpus(tmp_path / "o.tsv") == [("a b", ["c d", "e"]), ("f", ["g"])]


# ---------------------------------------------------------------- grouped splits


def _corpus_with_repeats(n_sources=300, seed=0):
    rng = random.Random(seed)
    pairs = []
    for i in range(n_sources):
        for k in range(rng.randint(1, 4)):        # several translations of the same source
            pairs.append((f"source {i}", [f"target {i}.{k}"]))
    rng.shuffle(pairs)
    return pairs


def test_split_grouped_keeps_each_source_in_one_split_with_right_sizes():
    pairs = _corpus_with_repeats()
    train, dev, test = data.split_grouped(pairs, dev_size=30, test_size=40, seed=3)
    assert (len(train), len(dev), len(test)) == (230, 30, 40)
    sources = [set(s for s, _ in part) for part in (train, dev, test)]
    assert not (sources[0] & sources[1]) and not (sources[0] & sources[2]) and not (sources[1] & sources[2])
    # every pair lands, with all its references, in the one split holding its source
    all_items = {s: refs for part in (train, dev, test) for s, refs in part}
    for s, refs in pairs:
        assert set(refs) <= set(all_items[s])
    assert sum(len(r) for r in all_items.values()) == len(pairs)


@pytest.mark.parametrize("dev, test, message", [(-5, 40, "0 or more"), (30, -1, "0 or more"),
                                                 (200, 100, "leave none of the corpus's 300 for training")])
def test_split_grouped_refuses_negative_sizes_and_an_empty_train(dev, test, message):
    with pytest.raises(ValueError, match=message):
        data.split_grouped(_corpus_with_repeats(), dev, test)
    assert [len(p) for p in data.split_grouped(_corpus_with_repeats(), 200, 99)] == [1, 200, 99]


def test_split_grouped_is_deterministic_per_seed_and_changes_with_it():
    pairs = _corpus_with_repeats()
    a = data.split_grouped(pairs, 30, 40, seed=3)
    b = data.split_grouped(list(pairs), 30, 40, seed=3)
    c = data.split_grouped(pairs, 30, 40, seed=4)
    assert a == b
    assert [s for s, _ in a[2]] != [s for s, _ in c[2]]


def test_split_grouped_is_independent_of_input_order():
    pairs = _corpus_with_repeats()
    shuffled = list(pairs)
    random.Random(9).shuffle(shuffled)
    t1 = {s for s, _ in data.split_grouped(pairs, 30, 40, seed=3)[2]}
    t2 = {s for s, _ in data.split_grouped(shuffled, 30, 40, seed=3)[2]}
    assert t1 == t2


# ---------------------------------------------------------------- batching


def test_make_batch_layout():
    b = data.make_batch([([5, 6], [7]), ([8], [9, 10, 11])])
    assert b.src.tolist() == [[5, 6, 3], [8, 3, 0]]
    assert b.tgt_in.tolist() == [[2, 7, 0, 0], [2, 9, 10, 11]]
    assert b.tgt_out.tolist() == [[7, 3, 0, 0], [9, 10, 11, 3]]
    assert b.n_tokens == 2 + 4
    real = (2 + 1) + (1 + 1) + (1 + 1) + (3 + 1)      # src + </s>, tgt + <s>/</s> per example
    assert b.padding_ratio == pytest.approx(1 - real / (2 * (3 + 4)))


def _varied_lengths(n=5000, seed=0):
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        s = rng.randint(1, 60)
        out.append((s, max(1, s + rng.randint(-3, 3))))
    return out


def test_bucket_batches_respect_max_tokens_and_cover_everything_once():
    lengths = _varied_lengths()
    batches = data.bucket_batches(lengths, max_tokens=1000, seed=5)
    flat = [i for b in batches for i in b]
    assert sorted(flat) == list(range(len(lengths)))
    for b in batches:
        longest = max(max(lengths[i]) for i in b) + 1
        assert longest * len(b) <= 1000


def test_bucket_batches_oversized_example_gets_its_own_batch():
    batches = data.bucket_batches([(5, 5), (500, 400), (6, 6)], max_tokens=100, seed=0)
    assert [1] in batches
    assert sorted(i for b in batches for i in b) == [0, 1, 2]


def test_bucket_batches_low_padding():
    rng = random.Random(1)
    lengths = _varied_lengths(3000, seed=2)
    examples = [([4] * s, [5] * t) for s, t in lengths]
    batches = data.bucket_batches(lengths, max_tokens=2000, seed=7)
    made = [data.make_batch([examples[i] for i in b]) for b in batches]
    slots = sum(m.src.numel() + m.tgt_in.numel() for m in made)
    real = sum(int((m.src != 0).sum()) + int((m.tgt_in != 0).sum()) for m in made)
    assert 1 - real / slots < 0.1
    assert sum(m.padding_ratio for m in made) / len(made) < 0.1
    # ...whereas random batches of the same sizes would be padded heavily (the test can fail)
    idx = list(range(len(lengths)))
    rng.shuffle(idx)
    naive, pos = [], 0
    for b in batches:
        naive.append(data.make_batch([examples[i] for i in idx[pos:pos + len(b)]]))
        pos += len(b)
    assert sum(m.padding_ratio for m in naive) / len(naive) > 0.3


def test_bucket_batches_deterministic_and_shuffled_by_seed():
    lengths = _varied_lengths(2000)
    a = data.bucket_batches(lengths, 800, seed=1)
    assert a == data.bucket_batches(lengths, 800, seed=1)
    assert a != data.bucket_batches(lengths, 800, seed=2)
    # batch order is random, not sorted by length
    firsts = [lengths[b[0]][1] for b in a]
    assert firsts != sorted(firsts) and firsts != sorted(firsts, reverse=True)


# ---------------------------------------------------------------- download (local HTTP server)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def http_root(tmp_path):
    """A local http.server on 127.0.0.1 serving tmp_path/'srv'; yields (root folder, base URL)."""
    root = tmp_path / "srv"
    root.mkdir()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield root, f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_download_zip_extracts_members_but_not_escaping_paths(http_root, tmp_path):
    root, base = http_root
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("fra.txt", "Go.\tVa !\tCC-BY 2.0 (France) Attribution: tatoeba.org\n")
        z.writestr("_about.txt", "about")
        z.writestr("../evil", "owned")
        z.writestr("../../evil2", "owned")
        z.writestr("sub/../../evil3", "owned")
        z.writestr("/abs_evil", "owned")
    (root / "fra-eng.zip").write_bytes(buf.getvalue())
    dest = tmp_path / "dest"
    messages = []
    target = data.download("tatoeba", dest, base_url=base, progress=messages.append)
    assert target == dest / "tatoeba" / "fra-eng"
    assert data.read_corpus(target / "fra.txt") == [("Go.", ["Va !"])]
    assert (target / "_about.txt").read_text() == "about"
    assert not (target / "fra-eng.zip").exists()              # archive removed after extraction
    assert not list(target.glob("*.part"))
    for p in (dest / "tatoeba" / "evil", dest / "evil", tmp_path / "evil", tmp_path / "evil2",
              tmp_path / "evil3", dest / "evil3", target / "evil"):
        assert not p.exists(), p
    assert not any(p.name.startswith(("evil", "abs_evil")) for p in tmp_path.rglob("*"))
    assert messages and base in messages[0]


def test_download_gz_files_keep_upstream_names(http_root, tmp_path):
    root, base = http_root
    for split in ("train", "val", "test_2016_flickr"):
        for lang, line in (("en", "A dog."), ("de", "Ein Hund."), ("fr", "Un chien.")):
            _write_gz(root / f"{split}.{lang}.gz", [f"{line} ({split})"])
    target = data.download("multi30k", tmp_path / "d", base_url=base, progress=lambda m: None)
    assert sorted(p.name for p in target.iterdir()) == sorted(
        f"{s}.{l}.gz" for s in ("train", "val", "test_2016_flickr") for l in ("en", "de", "fr"))
    assert data.read_corpus(target / "val", "en", "fr") == [("A dog. (val)", ["Un chien. (val)"])]


def test_download_base_url_without_a_final_slash(http_root, tmp_path):
    root, base = http_root
    with zipfile.ZipFile(root / "fra-eng.zip", "w") as z:
        z.writestr("fra.txt", "Go.\tVa !\n")
    target = data.download("tatoeba", tmp_path / "d", base_url=base.rstrip("/"), progress=lambda m: None)
    assert data.read_corpus(target / "fra.txt") == [("Go.", ["Va !"])]


def test_download_missing_file_raises_and_leaves_no_partial(http_root, tmp_path):
    _, base = http_root
    import urllib.error
    with pytest.raises(urllib.error.HTTPError, match="404"):
        data.download("tatoeba", tmp_path / "d", base_url=base, progress=lambda m: None)
    assert not [p for p in (tmp_path / "d").rglob("*") if p.is_file()]


def test_download_unknown_corpus():
    with pytest.raises(ValueError, match="unknown corpus"):
        data.download("nope", "/nonexistent")


def test_data_dir_env(monkeypatch, tmp_path):
    monkeypatch.setenv(data.DATA_DIR_ENV, str(tmp_path))
    assert data.data_dir() == tmp_path


def test_a_lone_carriage_return_stays_inside_its_line(tmp_path):
    p = tmp_path / "c.tsv"
    p.write_bytes(b"a\rb\tx\r\nc\td\n")                       # Windows line ends still end lines
    assert data.read_corpus(p) == [("a\rb", ["x"]), ("c", ["d"])]
    assert data.read_lines(p) == ["a\rb\tx", "c\td"]


def test_stdin_that_is_not_utf8_is_refused_by_name(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"ok\r\nbad \xff\n")))
    with pytest.raises(ValueError, match=r"^stdin is not UTF-8 text .*: save it as UTF-8"):
        data.read_lines()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO("\ufeffa\rb\r\nc\n".encode())))
    assert data.read_lines() == ["a\rb", "c"]
