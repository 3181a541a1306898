"""Files a person names: imports read only regular files under a size cap, without waiting on a FIFO;
exports go through a private, randomly named temporary file and never follow or replace a symlink
or a special file; a failed write leaves nothing behind."""

import errno
import os
import stat

import pytest

from console import files
from console.errors import UsageError


def test_an_export_is_private_whatever_the_umask(tmp_path):
    old = os.umask(0o000)
    try:
        out = files.write_user_file(tmp_path / "team.csv", b"name\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600 and out.read_bytes() == b"name\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["team.csv"]  # no temporary file left


def test_an_export_never_follows_a_planted_symlink(tmp_path):
    victim = tmp_path / "victim"
    victim.write_bytes(b"keep")
    (tmp_path / "out.toml").symlink_to(victim)
    with pytest.raises(UsageError, match="symbolic link"):
        files.write_user_file(tmp_path / "out.toml", b"data")
    assert victim.read_bytes() == b"keep"


def test_likely_temporary_names_planted_in_a_shared_folder_are_not_used(tmp_path):
    victim = tmp_path / "victim"
    victim.write_bytes(b"keep")
    for name in (".out.toml.tmp", "out.toml.tmp", "out.toml.partial", ".out.toml.partial"):
        (tmp_path / name).symlink_to(victim)
    files.write_user_file(tmp_path / "out.toml", b"data")
    assert victim.read_bytes() == b"keep" and (tmp_path / "out.toml").read_bytes() == b"data"
    assert not (tmp_path / "out.toml").is_symlink()


@pytest.mark.parametrize("make", ["fifo", "folder"])
def test_a_special_target_is_refused_and_kept(tmp_path, make):
    target = tmp_path / "out.csv"
    os.mkfifo(target) if make == "fifo" else target.mkdir()
    with pytest.raises(UsageError, match="not a regular file"):
        files.write_user_file(target, b"x")
    assert stat.S_ISFIFO(os.lstat(target).st_mode) if make == "fifo" else target.is_dir()


@pytest.mark.parametrize("name, why", [("", "file name"), ("missing/x.csv", "no folder"), ("a" * 300, "too long")])
def test_bad_output_paths_are_one_clear_refusal(tmp_path, name, why):
    with pytest.raises(UsageError, match=why):
        files.write_user_file(tmp_path / name if name else "", b"x")


def test_a_failed_write_leaves_neither_the_target_nor_a_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "out.opml"
    target.write_bytes(b"old")
    real_fsync = os.fsync

    def full(fd):
        if stat.S_ISREG(os.fstat(fd).st_mode) and os.fstat(fd).st_size:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_fsync(fd)
    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(UsageError, match="disk is full"):
        files.write_user_file(target, b"new")
    assert target.read_bytes() == b"old" and sorted(p.name for p in tmp_path.iterdir()) == ["out.opml"]


@pytest.mark.timeout(20)
def test_a_fifo_to_import_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "in.csv"
    os.mkfifo(fifo)
    with pytest.raises(UsageError, match="not a regular file"):
        files.read_user_file(fifo, 1024)


@pytest.mark.parametrize("path", ["/dev/zero", "/proc/self/environ"])
def test_devices_and_kernel_files_are_refused_as_imports(path, tmp_path):
    link = tmp_path / "zero.toml"
    link.symlink_to(path)
    for p in (path, link):
        with pytest.raises(UsageError):
            files.read_user_file(p, 1024)


def test_an_oversized_import_is_refused_not_cut(tmp_path):
    big = tmp_path / "big.csv"
    big.write_bytes(b"\0" * 2048)
    with pytest.raises(UsageError, match="larger than"):
        files.read_user_file(big, 1024)
    assert files.read_user_file(big, 4096) == b"\0" * 2048


def test_the_temporary_file_of_a_killed_export_is_removed_by_the_next_write(tmp_path):
    import subprocess
    import sys

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    orphan = tmp_path / f".cc-{int(gone.stdout)}-0123456789abcdef.tmp"  # its writer was killed half-way
    orphan.write_bytes(b"half an export")
    mine = tmp_path / f".cc-{os.getppid()}-fedcba9876543210.tmp"     # a write still running elsewhere
    mine.write_bytes(b"in progress")
    files.write_user_file(tmp_path / "out.csv", b"data")
    assert not orphan.exists() and mine.exists()
    assert (tmp_path / "out.csv").read_bytes() == b"data"
