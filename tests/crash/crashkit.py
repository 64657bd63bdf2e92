"""Support for kill -9 tests of the real attune executable (issue 14): runs a command and kills it at a
seeded random moment or at an exact system call (strace's fault injection), and judges what is left:
the practice passes `check`, SQLite's own integrity check (the sqlite3 shell) and `audit verify`; its
records are exactly as before or as after the command; no temporary or plain copy is left anywhere.

Used by test_torture.py; another kill test (GUI typing, say) can import it for the same checks."""

import fnmatch
import hashlib
import os
import re
import select
import signal
import subprocess
import time

# Tables whose rows are the practice's record (the audit trail and the search index are judged apart).
RECORD_TABLES = ["couples", "partners", "sessions", "change_events", "cycle_maps", "cycle_chains",
                 "exercises", "homework", "bond_ratings", "outcome_scores", "appointments", "addenda"]
SQLITE_MAGIC = b"SQLite format 3\0"
# Names of the temporary files Attune writes beside a destination (models/store/SideFiles.h), QSaveFile's
# named temporaries, and SQLite's side files.
LEFTOVER_PATTERNS = [".*.partial-*", ".*.restoring-*", ".*.creating-*", "*-wal"]
# A rollback journal is a leftover only while it is hot (it starts with its magic): a kill just after
# SQLite created one leaves it empty, SQLite ignores it, and the next commit removes it.
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
SAVEFILE_TEMPORARY = re.compile(r".+\.(db|attune|attune-backup|pdf|png|svg)\.[A-Za-z0-9]{6}$")


class Attune:
    """The executable and the environment every run gets (its own HOME and TMPDIR)."""

    def __init__(self, binary, home, tmpdir, passphrase_file=None):
        self.binary = binary
        self.env = dict(os.environ, HOME=home, TMPDIR=tmpdir, QT_QPA_PLATFORM="offscreen",
                        XDG_RUNTIME_DIR=os.path.join(home, "runtime"), LC_ALL="C.UTF-8", LANG="C.UTF-8")
        os.makedirs(os.path.join(home, "runtime"), mode=0o700, exist_ok=True)
        os.makedirs(tmpdir, exist_ok=True)
        self.tmpdir = tmpdir
        self.passphrase_file = passphrase_file

    def command(self, practice, args):
        return [self.binary, "--practice", practice] + list(args)

    def run(self, practice, args, timeout=120):
        p = subprocess.run(self.command(practice, args), env=self.env, capture_output=True, text=True,
                           timeout=timeout)
        return p.returncode, p.stdout, p.stderr

    def run_killed_after(self, practice, args, delay):
        """Starts the command and kills it (SIGKILL) after delay seconds. True when it was killed, False when
        it had finished by then (then its exit code counts, returned second)."""
        p = subprocess.Popen(self.command(practice, args), env=self.env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
        try:
            code = p.wait(timeout=delay)
            return False, code
        except subprocess.TimeoutExpired:
            p.send_signal(signal.SIGKILL)
            p.wait()
            return True, None

    def run_injected(self, practice, args, syscalls, when=1, path=None):
        """Runs the command under strace, killed (SIGKILL) at the when-th call of one of syscalls (on path
        only, when given). Returns (killed, exit code)."""
        trace = ",".join(syscalls)
        cmd = ["strace", "-f", "-qq", "-o", os.devnull, "-e", "trace=" + trace,
               "-e", "inject=%s:signal=KILL:when=%d" % (trace, when)]
        if path:
            cmd += ["-P", path]
        p = subprocess.run(cmd + self.command(practice, args), env=self.env, capture_output=True, timeout=120)
        # strace reports the traced program's death by signal as its own (128 + 9, or -9).
        return p.returncode in (-9, 137), p.returncode


    def type_killed_after(self, practice, delay):
        """Opens the window (offscreen) with its steady-typing test hook (app/TestHooks.h: a numbered word
        every 100 ms into a new session's note, each said on stdout) and kills it (SIGKILL) delay seconds
        after the first word. Returns the words with when each was heard, in seconds before the kill
        (a list of (word, age)); empty when the window never typed (then its stderr is raised)."""
        env = dict(self.env, ATTUNE_TEST_TYPE_STEADILY="1")
        p = subprocess.Popen(self.command(practice, []), env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
        heard, pending, first = [], b"", None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (first is None or time.monotonic() - first < delay):
            ready, _, _ = select.select([p.stdout], [], [], 0.05)
            if not ready:
                if p.poll() is not None:
                    break
                continue
            chunk = os.read(p.stdout.fileno(), 4096)
            if not chunk:
                break
            pending += chunk
            *lines, pending = pending.split(b"\n")
            for line in lines:
                m = re.match(rb"^typed (w\d{4})$", line)
                if m:
                    now = time.monotonic()
                    first = first or now
                    heard.append((m.group(1).decode(), now))
        killed_at = time.monotonic()
        p.send_signal(signal.SIGKILL)
        _, err = p.communicate()
        if not heard:
            raise AssertionError("the window typed nothing: " + err.decode(errors="replace").strip())
        return [(word, killed_at - at) for word, at in heard]


def record_state(practice):
    """A digest of the practice's record (every row of its record tables), or None without a practice."""
    if not os.path.exists(practice) or os.path.getsize(practice) == 0:
        return None
    out = sqlite(practice, "; ".join("SELECT '%s'; SELECT * FROM %s ORDER BY 1" % (t, t) for t in RECORD_TABLES))
    return hashlib.sha256(out.encode()).hexdigest()


def sqlite(practice, sql):
    """Runs sql in the sqlite3 shell, read-only (it must never be the one that repairs a practice)."""
    p = subprocess.run(["sqlite3", "-readonly", "-batch", practice, sql], capture_output=True, text=True,
                       timeout=60)
    if p.returncode != 0:
        raise AssertionError("sqlite3 %s: %s" % (practice, p.stderr.strip()))
    return p.stdout


def integrity_problems(attune, practice):
    """What is wrong with the practice after a kill (an empty list when nothing is): attune check and audit
    verify (which run first, as a user's next command would, and settle what a crash left), then the
    sqlite3 shell's integrity check on the file they leave."""
    problems = []
    for args in (["check"], ["audit", "verify"]):
        code, out, err = attune.run(practice, args)
        if code != 0:
            problems.append("%s: %s" % (" ".join(args), (err or out).strip()))
    try:
        result = sqlite(practice, "PRAGMA integrity_check").strip()
        if result != "ok":
            problems.append("integrity_check: " + result)
    except AssertionError as e:
        problems.append(str(e))
    return problems


def leftovers(folders, allowed_plain):
    """Temporary files, and plain practice copies not in allowed_plain, in folders and their subfolders
    (TMPDIR included: a killed run's private temporary folder counts, whatever is in it)."""
    found = []
    for top in folders:
        for folder, _, names in os.walk(top):
            for name in names:
                path = os.path.join(folder, name)
                if os.path.isfile(path) and is_leftover(name, path, allowed_plain if folder == top else []):
                    found.append(path)
    return sorted(set(found))


def is_leftover(name, path, allowed_plain):
    if any(fnmatch.fnmatch(name, pattern) for pattern in LEFTOVER_PATTERNS):
        return True
    if SAVEFILE_TEMPORARY.match(name):
        return True
    with open(path, "rb") as f:
        start = f.read(len(SQLITE_MAGIC))
    if name.endswith("-journal"):
        return start.startswith(JOURNAL_MAGIC)
    if start == SQLITE_MAGIC:  # a plain copy of a practice
        return not any(fnmatch.fnmatch(name, a) for a in allowed_plain)
    return False


def audit_count(practice, action):
    return int(sqlite(practice, "SELECT count(*) FROM audit_log WHERE action = '%s'" % action).strip() or 0)


def timed(attune, practice, args):
    """How long the command takes whole (the span random kills are spread over)."""
    start = time.monotonic()
    code, out, err = attune.run(practice, args)
    if code != 0:
        raise AssertionError("%s failed: %s" % (" ".join(args), err.strip()))
    return time.monotonic() - start
