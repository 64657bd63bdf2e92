"""The kill -9 torture test of issue 14: the real attune is killed at seeded random moments (at least 100
times) across demo, import, backup (plain and encrypted), restore (plain and encrypted backups),
exports (case files, cycle diagrams, the clinical record) and typing in the window, and at exact system calls with strace's fault injection (the renames, the syncs, the journal's
openat, the hard link that keeps the replaced practice aside). After each kill, `check` (the next user's
command, which also settles what the crash left), `audit verify` and the sqlite3 shell's integrity check
pass; the practice's record is exactly as before the command or as after it; a command that had finished
(acknowledged) lost nothing; every backup or export file that exists has its audit row; and no temporary
file or plain copy is left anywhere, $TMPDIR included. Prints its counts; exits non-zero on any failure.

Usage: test_torture.py ATTUNE_BINARY"""

import os
import random
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import crashkit as ck  # noqa: E402

SEED = 20261207
RANDOM_KILLS = 100
TYPING_KILLS = 12  # of the window while a therapist types steadily (counted among the random kills)
# Autosave stores typing at most 2 s after the first unsaved keystroke; half a second more for the write
# itself and the pipe that tells this test a word was typed.
TYPING_MAY_LOSE = 2.5
ENVELOPE_MAGIC = b"ATTUNE-ENVELOPE\n"
RENAMES = ["rename", "renameat", "renameat2"]
LINKS = ["link", "linkat"]  # QSaveFile links its unnamed (O_TMPFILE) file in


class Torture:
    def __init__(self, binary):
        self.work = tempfile.mkdtemp(prefix="attune-torture-")
        self.dir = os.path.join(self.work, "practice")
        os.makedirs(self.dir)
        self.attune = ck.Attune(binary, os.path.join(self.work, "home"), os.path.join(self.work, "tmp"))
        self.practice = self.path("p.db")
        self.passfile = os.path.join(self.work, "pass")
        with open(self.passfile, "w") as f:
            f.write("torture passphrase\n")
        self.random = random.Random(SEED)
        self.counts = dict(kills=0, random=0, injected=0, typing=0, finished=0, integrity_failures=0, lost_edits=0,
                           leftovers=0, unrecorded=0, mixed_states=0)
        self.failures = []
        self.n = 0

    def path(self, name):
        return os.path.join(self.dir, name)

    def must(self, args, practice=None):
        code, out, err = self.attune.run(practice or self.practice, args)
        if code != 0:
            raise AssertionError("%s: %s" % (" ".join(args), err.strip()))
        return out

    def setup(self):
        self.must(["demo", "--couples", "2", "--sessions", "3", "--seed", "3"], self.path("base.db"))
        self.must(["demo", "--couples", "3", "--sessions", "2", "--seed", "5"], self.path("other.db"))
        self.must(["export", "--all", "--output", self.path("other.attune")], self.path("other.db"))
        self.must(["backup", "--output", self.path("y.db")], self.path("base.db"))
        self.must(["backup", "--output", self.path("y.attune-backup"), "--encrypt", "--passphrase-file",
                   self.passfile], self.path("base.db"))
        self.backup_signature = signature(self.path("y.db"))
        self.base_signature = signature(self.path("base.db"))
        # The import's "after", from a run that is not killed.
        shutil.copy(self.path("base.db"), self.path("ref.db"))
        self.must(["import", self.path("other.attune")], self.path("ref.db"))
        self.import_signature = signature(self.path("ref.db"))
        for name in ("ref.db",):
            os.remove(self.path(name))
        shutil.copy(self.path("base.db"), self.practice)

    # The commands, each with how to judge its state after a kill: the signatures it may leave.
    def operation(self, name):
        self.n += 1
        n = self.n
        if name == "demo":
            return (["demo", "--couples", "2", "--sessions", "3"], None, {"fresh": True})
        if name == "import":
            return (["import", self.path("other.attune")], None, {"after": self.import_signature})
        if name == "backup":
            return (["backup", "--output", self.path("b%d.db" % n)], self.path("b%d.db" % n),
                    {"unchanged": True, "audit": "backup"})
        if name == "backup-encrypted":
            return (["backup", "--output", self.path("b%d.attune-backup" % n), "--encrypt", "--passphrase-file",
                     self.passfile], self.path("b%d.attune-backup" % n), {"unchanged": True, "audit": "backup",
                                                                         "sealed": True})
        if name == "restore":
            return (["restore", self.path("y.db"), "--force"], None, {"after": self.backup_signature})
        if name == "restore-encrypted":
            return (["restore", self.path("y.attune-backup"), "--force", "--passphrase-file", self.passfile],
                    None, {"after": self.backup_signature})
        if name == "export":
            return (["export", "--all", "--output", self.path("e%d.attune" % n)], self.path("e%d.attune" % n),
                    {"unchanged": True, "audit": "export"})
        if name == "record":
            return (["record", "1", "--output", self.path("r%d.pdf" % n)], self.path("r%d.pdf" % n),
                    {"unchanged": True, "audit": "print"})
        if name == "cycle-export":
            return (["cycle", "export", "1", "--output", self.path("c%d.pdf" % n)], self.path("c%d.pdf" % n),
                    {"unchanged": True, "audit": "export"})
        raise ValueError(name)

    def prepare(self, name):
        if name == "demo":
            for f in os.listdir(self.dir):
                if f.startswith("p.db"):
                    os.remove(self.path(f))
        elif (not os.path.exists(self.practice) or ck.record_state(self.practice) is None
              or (name == "import" and signature(self.practice) != self.base_signature)
              or (name == "typing" and signature(self.practice)[0] == 0)):  # a couple to type a note for
            # The import's "after" is known from the base practice (a demo's practice has other couples).
            for suffix in ("", "-journal", "-wal", "-shm"):
                if os.path.exists(self.practice + suffix):
                    os.remove(self.practice + suffix)
            shutil.copy(self.path("base.db"), self.practice)

    def attempt(self, name, run):
        self.prepare(name)
        args, output, expect = self.operation(name)
        before_state = ck.record_state(self.practice)
        before_signature = signature(self.practice) if before_state else None
        audit_before = ck.audit_count(self.practice, expect["audit"]) if "audit" in expect else 0
        killed, code = run(args)
        label = "%s (%s)" % (name, "killed" if killed else "exit %s" % code)
        if killed:
            self.counts["kills"] += 1
        else:
            self.counts["finished"] += 1
        # The next command after a crash: it settles what the crash left (and records unrecorded rows).
        if expect.get("fresh") and not os.path.exists(self.practice):
            self.attune.run(self.practice, ["check"])  # the next command: there is no practice to check
            if not killed and code == 0:
                self.counts["lost_edits"] += 1
                self.fail(label, "the command finished but there is no practice")
        else:
            problems = ck.integrity_problems(self.attune, self.practice)
            if problems:
                self.counts["integrity_failures"] += 1
                self.fail(label, "integrity: " + "; ".join(problems))
                shutil.copy(self.path("base.db"), self.practice)
                return
            after = signature(self.practice)
            if expect.get("fresh"):
                state_ok = after[:2] in ((0, 0), (2, 6))  # none yet (a new, empty practice), or all
                acknowledged_ok = killed or code != 0 or after[:2] == (2, 6)
            elif expect.get("unchanged"):
                state_ok = ck.record_state(self.practice) == before_state
                acknowledged_ok = True
            else:
                state_ok = after in (before_signature, expect["after"])
                acknowledged_ok = killed or code != 0 or after == expect["after"]
            if not state_ok:
                self.counts["mixed_states"] += 1
                self.fail(label, "the record is neither as before nor as after")
            if not acknowledged_ok:
                self.counts["lost_edits"] += 1
                self.fail(label, "the command finished but its change is not there")
        if output:
            exists = os.path.exists(output)
            if not killed and code == 0 and not exists:
                self.counts["lost_edits"] += 1
                self.fail(label, "acknowledged, but %s is missing" % output)
            if exists and expect.get("sealed"):
                with open(output, "rb") as f:
                    if f.read(len(ENVELOPE_MAGIC)) != ENVELOPE_MAGIC:
                        self.fail(label, "%s is not encrypted" % output)
            audit_after = ck.audit_count(self.practice, expect["audit"])
            if exists and audit_after <= audit_before:
                self.counts["unrecorded"] += 1
                self.fail(label, "%s exists but has no audit row" % output)
            if not exists and audit_after != audit_before:
                self.fail(label, "an audit row for %s, which was not written" % output)
        left = ck.leftovers([self.dir, self.attune.tmpdir],
                            ["p.db", "p.db.replaced-*", "b*.db", "base.db", "other.db", "y.db"])
        if left:
            self.counts["leftovers"] += 1
            self.fail(label, "left behind: " + ", ".join(os.path.basename(f) for f in left))
            for f in left:
                os.remove(f)

    def typing_kill(self, delay):
        """The window killed while a new note is typed into steadily: the practice passes every check, the
        stored note is the start of what was typed (in order, whole words), and nothing typed more than
        TYPING_MAY_LOSE seconds before the kill is lost: it is in the note, or in the recovery file the
        next start offers."""
        self.prepare("typing")
        before = self.typed_notes()
        words = self.attune.type_killed_after(self.practice, delay)
        self.counts["kills"] += 1
        self.counts["typing"] += 1
        label = "typing (killed %.1f s in)" % delay
        problems = ck.integrity_problems(self.attune, self.practice)
        if problems:
            self.counts["integrity_failures"] += 1
            self.fail(label, "integrity: " + "; ".join(problems))
        notes = [n for i, n in self.typed_notes().items() if i not in before]
        stored = max(notes, key=len, default="").strip()
        recovery = self.practice + ".recovery"
        kept = stored
        if os.path.exists(recovery):
            with open(recovery, encoding="utf-8", errors="replace") as f:
                kept += " " + f.read()
        typed = " ".join(word for word, _ in words)
        if not (typed.startswith(stored) or stored.startswith(typed)):
            self.counts["mixed_states"] += 1
            self.fail(label, "the stored note is not what was typed: ...%s" % stored[-40:])
        old = [word for word, age in words if age > TYPING_MAY_LOSE]
        if old and old[-1] not in kept:
            self.counts["lost_edits"] += 1
            self.fail(label, "%s, typed %.1f s before the kill, is lost" % (old[-1], dict(words)[old[-1]]))
        left = ck.leftovers([self.dir, self.attune.tmpdir],
                            ["p.db", "p.db.replaced-*", "b*.db", "base.db", "other.db", "y.db"])
        if left:
            self.counts["leftovers"] += 1
            self.fail(label, "left behind: " + ", ".join(os.path.basename(f) for f in left))
            for f in left:
                os.remove(f)
        if os.path.exists(recovery):
            os.remove(recovery)  # judged above; the next kill starts without an offer to restore

    def typed_notes(self):
        """The notes typed into by earlier runs, by session id."""
        out = ck.sqlite(self.practice, "SELECT id, replace(note_text, char(10), ' ') FROM sessions "
                                       "WHERE note_text LIKE '%w0001%'")
        return dict(line.split("|", 1) for line in out.split("\n") if line)

    def fail(self, label, why):
        self.failures.append("%s: %s" % (label, why))

    def random_kills(self):
        names = ["demo", "import", "backup", "backup-encrypted", "restore", "restore-encrypted", "export",
                 "cycle-export", "record"]
        # How long each runs whole, so the kills fall across its whole life.
        spans = {}
        for name in names:
            self.prepare(name)
            args, _, _ = self.operation(name)
            start = time.monotonic()
            self.attune.run(self.practice, args)
            spans[name] = time.monotonic() - start
        weights = {"backup-encrypted": 1, "restore-encrypted": 1}
        pool = [n for n in names for _ in range(weights.get(n, 3))]
        first = self.counts["kills"]
        for _ in range(TYPING_KILLS):
            self.typing_kill(self.random.uniform(0.3, 4.0))
        while self.counts["kills"] - first < RANDOM_KILLS:
            name = self.random.choice(pool)
            delay = self.random.uniform(0.0, spans[name] * 0.9)
            self.attempt(name, lambda args: self.attune.run_killed_after(self.practice, args, delay))
        self.counts["random"] = self.counts["kills"] - first

    def injected_kills(self):
        journal = self.practice + "-journal"
        points = [
            ("restore", ["rename"], 1, None), ("restore", ["renameat2"], 1, None), ("restore", LINKS, 1, None),
            ("restore", ["fsync"], 1, None),
            ("restore", ["fsync"], 2, None), ("restore", ["openat"], 1, journal),
            ("restore-encrypted", RENAMES, 1, None), ("restore-encrypted", RENAMES, 2, None),
            ("backup", RENAMES, 1, None), ("backup", ["fsync"], 1, None), ("backup", ["fdatasync"], 1, None),
            ("backup", ["openat"], 1, journal),
            ("backup-encrypted", LINKS, 1, None), ("backup-encrypted", ["openat"], 1, journal),
            ("import", ["fdatasync"], 1, None), ("import", ["fdatasync"], 2, None),
            ("import", ["openat"], 1, journal),
            ("demo", LINKS, 1, None), ("demo", ["fdatasync"], 1, None), ("demo", ["openat"], 1, journal),
            ("export", RENAMES + LINKS, 1, None), ("export", ["openat"], 1, journal),
            ("cycle-export", RENAMES + LINKS, 1, None), ("cycle-export", ["openat"], 1, journal),
            ("record", RENAMES + LINKS, 1, None),
        ]
        for name, calls, when, path in points:
            before = self.counts["kills"]
            self.attempt(name, lambda args: self.attune.run_injected(self.practice, args, calls, when, path))
            if self.counts["kills"] > before:
                self.counts["injected"] += 1

    def run(self):
        start = time.monotonic()
        self.setup()
        self.injected_kills()
        self.random_kills()
        elapsed = time.monotonic() - start
        c = self.counts
        print("kills %d (%d at random moments, %d of them while typing in the window, %d at injected system "
              "calls), finished before the kill %d, "
              "integrity failures %d, lost edits %d, leftovers %d, unrecorded files %d, mixed states %d, in %.1f s"
              % (c["kills"], c["random"], c["typing"], c["injected"], c["finished"], c["integrity_failures"], c["lost_edits"],
                 c["leftovers"], c["unrecorded"], c["mixed_states"], elapsed))
        for f in self.failures:
            print("FAIL " + f)
        if not self.failures:
            shutil.rmtree(self.work, ignore_errors=True)
        else:
            print("files kept in " + self.work)
        return 0 if not self.failures and c["random"] >= RANDOM_KILLS and c["injected"] > 0 else 1


def signature(practice):
    """What identifies a practice's record across runs: its counts of couples and sessions, then every
    record table's row count and the couples' and sessions' ids (the same in a restore or an import)."""
    rows = ck.sqlite(practice, "SELECT (SELECT count(*) FROM couples), (SELECT count(*) FROM sessions); " +
                     "; ".join("SELECT count(*) FROM %s" % t for t in ck.RECORD_TABLES) +
                     "; SELECT group_concat(uuid) FROM (SELECT uuid FROM couples ORDER BY uuid)"
                     "; SELECT group_concat(uuid) FROM (SELECT uuid FROM sessions ORDER BY uuid)").split("\n")
    first = rows[0].split("|")
    return (int(first[0]), int(first[1])) + tuple(rows[1:])


if __name__ == "__main__":
    sys.exit(Torture(sys.argv[1]).run())
