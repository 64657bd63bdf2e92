"""Lock means closed, as a screen reader meets it (issue 12): the demo practice on its own Xvfb at 1280x720,
read and driven through AT-SPI with keys from xdotool. Ctrl+L with no passphrase offers to set one; once it
is set the window locks (issue 13, item 6). Locked, the application's whole accessible tree (every object's
name, description and text) holds no client name and no note text, the window's title is "Attune — locked",
and pressing every action the tree offers (Sign Note… among them) signs nothing: the sqlite3 shell counts
the signed notes before and after. The same after a restart, which opens locked, and while a protected practice asks for its passphrase."""
import json
import os
import signal
import subprocess
import sys
import time
import unittest

from atspi_session import AtspiSession, demo_home, find, make_demo, open_window, texts_of, wait_for, xdotool

ATTUNE = sys.argv.pop(1) if len(sys.argv) > 1 else "attune"
PASSPHRASE = "correct horse battery"
# Actions a locked window must keep: leaving, help, and unlocking itself.
KEPT = ("Quit", "About Attune", "EFT Quick Reference", "Unlock", "Passphrase")


def sql(practice, query):
    return subprocess.run(["sqlite3", "-readonly", practice, query], check=True, capture_output=True,
                          text=True).stdout.strip()


class LockOnARealWindow(unittest.TestCase):
    def secrets(self, practice, env):
        couples = json.loads(subprocess.run([ATTUNE, "--practice", practice, "couples", "--all", "--json"],
                                            env=env, check=True, capture_output=True, text=True).stdout)
        found = set()
        for couple in couples:
            found.add(couple["name"])
            found.update(p["name"] for p in couple["partners"])
        notes = sql(practice, "SELECT substr(note_text, 1, 24) FROM sessions WHERE length(note_text) >= 24 "
                              "UNION SELECT substr(focus, 1, 24) FROM sessions WHERE length(focus) >= 24")
        found.update(line for line in notes.splitlines() if line.strip())
        self.assertIn("John & Mary Miller", found)
        self.assertGreater(len(found), 40)
        return found

    def assert_holds_nothing(self, session, app, secrets, when):
        nodes = session.walk(app)
        self.assertGreater(len(nodes), 5, when)
        leaks = []
        for n in nodes:
            for text in texts_of(n):
                leaks += ["%s %r: %s" % (n["path"], text[:60], s) for s in secrets if s.lower() in text.lower()]
        self.assertEqual(leaks, [], "%s: client data in the tree:\n%s" % (when, "\n".join(leaks[:20])))
        return nodes

    def press_everything(self, session, app, practice, when):
        signed = sql(practice, "SELECT count(*) FROM sessions WHERE signed_at IS NOT NULL")
        audit = sql(practice, "SELECT count(*) FROM audit_log")
        nodes = session.walk(app)
        names = [n["name"] for n in nodes if n["role"] == "menu item"]
        self.assertTrue([x for x in names if x.replace("&", "").startswith("Sign Note")],
                        "%s: no Sign Note item to try: %s" % (when, names))
        pressed = 0
        for n in nodes:
            name = n["name"].replace("&", "")
            if not n["actions"] or name.startswith(KEPT) or n["role"] in ("menu", "menu bar", "frame"):
                continue
            for action in n["actions"]:
                try:
                    session.do_action(n, action)
                    pressed += 1
                except Exception:
                    pass
        self.assertGreater(pressed, 10, when)
        time.sleep(1.5)
        xdotool(session, "key", "Escape")
        self.assertEqual(sql(practice, "SELECT count(*) FROM sessions WHERE signed_at IS NOT NULL"), signed,
                         "%s: a note was signed while locked" % when)
        self.assertEqual(sql(practice, "SELECT count(*) FROM audit_log"), audit,
                         "%s: the record changed while locked" % when)
        self.assertTrue(find(session, app, "Attune is locked"), "%s: no longer locked" % when)

    def applications(self, session):
        desktop = session.pyatspi.Registry.getDesktop(0)
        names = []
        for i in range(desktop.childCount):
            try:
                names.append(desktop.getChildAtIndex(i).name)
            except Exception:
                pass
        return names

    def screenshot(self, session, path):
        subprocess.run(["import", "-window", "root", path], env=session.env, check=False,
                       capture_output=True)

    def test_locked_holds_nothing_and_signs_nothing(self):
        with demo_home(ATTUNE) as (home, practice):
            env = dict(os.environ, HOME=home, QT_QPA_PLATFORM="offscreen")
            secrets = self.secrets(practice, env)
            with AtspiSession(1280, 720) as session:
                proc, app, window = open_window(session, ATTUNE, practice, home)
                # Unlocked, the walk finds client data: it would notice it when locked.
                self.assertTrue(wait_for(lambda: [n for n in session.walk(app)
                                                  if "John & Mary Miller" in n["name"]]))

                # Ctrl+L with no passphrase: set one, and the window locks.
                xdotool(session, "key", "ctrl+l")
                offer = wait_for(lambda: find(session, app, "Set Passphrase…", "push button"))
                self.assertTrue(offer, "Ctrl+L did not offer to set a passphrase")
                session.do_action(offer, offer["actions"][0])
                for field in ("New passphrase", "New passphrase again"):
                    node = wait_for(lambda: find(session, app, field))
                    self.assertTrue(node, "no %s field" % field)
                    node["_obj"].queryComponent().grabFocus()
                    self.assertTrue(wait_for(lambda: (find(session, app, field) or {"states": []})
                                             ["states"].count("focused")))
                    xdotool(session, "type", "--delay", "20", PASSPHRASE)
                xdotool(session, "key", "Return")
                self.assertTrue(wait_for(lambda: find(session, app, "Attune is locked")),
                                "setting a passphrase after Ctrl+L did not lock the window")
                time.sleep(1)
                self.assertEqual(xdotool(session, "getwindowname", window).strip(), "Attune — locked")
                self.screenshot(session, "/tmp/atspi-locked-1280x720.png")
                self.assert_holds_nothing(session, app, secrets, "locked")
                self.press_everything(session, app, practice, "locked")
                self.assert_holds_nothing(session, app, secrets, "locked, after pressing everything")

                # Unlocking brings the record back (through the lock screen, as typed).
                field = find(session, app, "Passphrase")
                field["_obj"].queryComponent().grabFocus()
                time.sleep(0.3)
                xdotool(session, "type", "--delay", "20", PASSPHRASE)
                xdotool(session, "key", "Return")
                self.assertTrue(wait_for(lambda: [n for n in session.walk(app) if "showing" in n["states"]
                                                  and "John & Mary Miller" in n["name"]]),
                                "unlocking did not bring the couples back")
                self.assertEqual(xdotool(session, "getwindowname", window).strip(), "Attune")
                proc.send_signal(signal.SIGTERM)
                proc.wait(20)
                proc.stdout.close()
                proc.stderr.close()
                wait_for(lambda: not [a for a in self.applications(session) if a == "attune"], 10)

                # A start that opens locked (on the same buses: pyatspi keeps the ones it first met).
                proc = session.launch([ATTUNE, "--practice", practice], {"HOME": home})
                app = session.application("attune", proc=proc)
                self.assertTrue(wait_for(lambda: find(session, app, "Attune is locked")),
                                "a protected practice did not open locked")
                self.screenshot(session, "/tmp/atspi-opened-locked-1280x720.png")
                self.assert_holds_nothing(session, app, secrets, "opened locked")
                self.press_everything(session, app, practice, "opened locked")
                self.assert_holds_nothing(session, app, secrets, "opened locked, after pressing everything")
                proc.send_signal(signal.SIGTERM)
                proc.wait(20)
                proc.stdout.close()
                proc.stderr.close()
                wait_for(lambda: not [a for a in self.applications(session) if a == "attune"], 10)
                self.check_protected_start(session, home)

    def check_protected_start(self, session, home):
        """A protected practice asks for its passphrase before the window is built: while the prompt shows,
        the tree holds no client data; the passphrase typed into it opens the window on the record. (On
        the same buses as the rest: pyatspi keeps the ones it first met.)"""
        practice = os.path.join(home, "protected.db")
        env = dict(os.environ, HOME=home, QT_QPA_PLATFORM="offscreen")
        make_demo(ATTUNE, practice, home)
        secrets = self.secrets(practice, env)
        passfile = os.path.join(home, "pass")
        with open(passfile, "w") as f:
            f.write(PASSPHRASE + "\n")
        subprocess.run([ATTUNE, "--practice", practice, "protect", "--key-cost", "interactive",
                        "--passphrase-file", passfile], env=env, check=True, stdout=subprocess.DEVNULL)
        proc = session.launch([ATTUNE, "--practice", practice], {"HOME": home})
        app = session.application("attune", proc=proc)
        field = wait_for(lambda: find(session, app, "Passphrase"))
        self.assertTrue(field, "a protected practice did not ask for its passphrase")
        self.assertTrue(find(session, app, "Open Protected Practice", showing=False),
                        "the passphrase was not asked in the prompt before the window")
        self.screenshot(session, "/tmp/atspi-protected-prompt-1280x720.png")
        self.assert_holds_nothing(session, app, secrets, "asking for the passphrase")
        field["_obj"].queryComponent().grabFocus()
        time.sleep(0.3)
        xdotool(session, "type", "--delay", "20", PASSPHRASE)
        xdotool(session, "key", "Return")
        self.assertTrue(wait_for(lambda: [n for n in session.walk(app) if "showing" in n["states"]
                                          and "John & Mary Miller" in n["name"]], 40),
                        "the right passphrase did not open the window on the record")
        proc.send_signal(signal.SIGTERM)
        proc.wait(20)
        proc.stdout.close()
        proc.stderr.close()

if __name__ == "__main__":
    unittest.main()
