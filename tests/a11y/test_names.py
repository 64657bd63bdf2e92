"""What a screen reader reads (issue 13, items 17 and 18): the demo practice on its own Xvfb at 1280x720,
walked through AT-SPI on every view a therapist uses (the practice page, a couple's Overview, Sessions with a
session open, Cycle, Exercises, Progress), in English and then in Spanish. On each, no control a user operates
(buttons, combo boxes, text fields, sliders, check boxes, spin buttons, lists, tables, focusable panes) is
left without a name that says what it is, and every chart and the Overview's cycle thumbnail carries a text
summary of what it shows. The views are reached by clicking, as a user does, so the walk reads the real
window. ATTUNE_A11Y_DUMP=DIR writes each view's tree and a screenshot there, to look at by hand."""
import os
import signal
import subprocess
import sys
import time
import unittest

from atspi_session import AtspiSession, click, demo_home, dump, open_window, unnamed_interactive, wait_for, xdotool

ATTUNE = sys.argv.pop(1) if len(sys.argv) > 1 else "attune"
COUPLE = "John & Mary Miller"
# Containers that take focus: a screen reader stops on them, so they need names too.
PANE_ROLES = {"panel", "filler", "scroll pane", "viewport", "canvas", "image", "chart", "unknown"}
TABS = ("overview", "sessions", "cycle", "exercises", "progress", "plan")
# The pictures of data, by their English names; in Spanish the same objects are found by their place.
PICTURES = (" chart", " trend", "Latest cycle map", "Couples per stage")


def unnamed(nodes):
    """unnamed_interactive(), plus focusable panes with no name."""
    found = unnamed_interactive(nodes)
    found += [n for n in nodes if n["role"] in PANE_ROLES and "focusable" in n["states"]
              and not n["name"].strip()]
    return found


def report(found):
    return "\n".join("%s %s name=%r description=%r" % (n["path"], n["role"], n["name"], n["description"][:60])
                     for n in found)


def is_picture(node):
    name = node["name"]
    return node["role"] not in ("label", "page tab", "push button") and \
        any(name.endswith(p) or name.startswith(p) for p in PICTURES)


class NamesOnARealWindow(unittest.TestCase):
    def walk_views(self, session, practice, home, language):
        """Every view's showing objects, by view, on a window started in language."""
        proc, app, window = open_window(session, ATTUNE, practice, home, "--language", language)

        def walk():
            return session.walk(app, showing_only=True)

        views = {}
        item = wait_for(lambda: next((n for n in walk() if n["role"] == "list item"
                                      and n["name"].startswith(COUPLE)), None))
        self.assertTrue(item, "the couple list does not show %s" % COUPLE)
        views["practice"] = self.look(session, walk, language, "practice")

        click(session, item)
        tabs = wait_for(lambda: [n for n in walk() if n["role"] == "page tab"])
        self.assertEqual(len(tabs), len(TABS), "the couple's tabs: %s" % [t["name"] for t in tabs])
        for tab, view in zip(tabs, TABS):
            click(session, tab)
            # A clicked tab takes the focus (Qt's tabs expose no "selected" state).
            self.assertTrue(wait_for(lambda: "focused" in session.describe(tab["_obj"])["states"], 10),
                            "clicking the %s tab did not open it" % view)
            if view == "sessions":
                self.open_a_session(session, walk)
            views[view] = self.look(session, walk, language, view)

        proc.send_signal(signal.SIGTERM)
        proc.wait(20)
        proc.stdout.close()
        proc.stderr.close()
        return views

    def open_a_session(self, session, walk):
        cell = wait_for(lambda: next((n for n in walk() if n["role"] == "table cell" and n["name"].strip()
                                      and "/table[" in n["path"]), None))
        self.assertTrue(cell, "the Sessions tab lists no session")
        click(session, cell)
        self.assertTrue(wait_for(lambda: [n for n in walk() if n["role"] == "combo box"], 10),
                        "clicking a session opened no editor")

    def look(self, session, walk, language, view):
        time.sleep(0.5)  # let the view lay itself out and fill its charts
        nodes = walk()
        out = os.environ.get("ATTUNE_A11Y_DUMP")
        if out:
            os.makedirs(out, exist_ok=True)
            with open(os.path.join(out, "%s-%s.jsonl" % (language, view)), "w") as f:
                dump(nodes, f)
            subprocess.run(["import", "-window", "root", os.path.join(out, "%s-%s.png" % (language, view))],
                           env=session.env, check=False, capture_output=True)
        return nodes

    def check_names(self, views, language):
        problems = []
        for view, nodes in views.items():
            found = unnamed(nodes)
            if found:
                problems.append("%s, %s: %d unnamed\n%s" % (language, view, len(found), report(found)))
        self.assertEqual(problems, [], "\n".join(problems))

    def check_pictures(self, views, places, language):
        """Every picture at the places the English walk found them describes its data."""
        missing = []
        for view, paths in places.items():
            by_path = {n["path"]: n for n in views[view]}
            for path in paths:
                node = by_path.get(path)
                if node is None or not node["description"].strip():
                    missing.append("%s, %s: %s %r" % (language, view, path, node and node["name"]))
        self.assertEqual(missing, [], "pictures without a text alternative:\n" + "\n".join(missing))

    def test_every_view_in_english_and_spanish(self):
        with demo_home(ATTUNE) as (home, practice):
            # One set of buses for both languages: pyatspi keeps the ones it first met.
            with AtspiSession(1280, 720) as session:
                english = self.walk_views(session, practice, home, "en")
                self.check_names(english, "en")
                places = {view: [n["path"] for n in nodes if is_picture(n)] for view, nodes in english.items()}
                charts = [n for n in english["progress"] if is_picture(n)]
                self.assertGreaterEqual(len(charts), 5, "the Progress tab shows too few charts")
                self.assertIn("CSI-16: John 41 → 65, Mary 34 → 55 over 28 sessions; distress cutoff 51.5",
                              [n["description"] for n in charts])
                thumbnail = [n for n in english["overview"] if n["name"].startswith("Latest cycle map")]
                self.assertTrue(thumbnail and "Mary, primary emotion: " in thumbnail[0]["description"],
                                "the Overview's cycle thumbnail does not read the cycle: %s" % report(thumbnail))
                self.assertTrue(places["practice"] and places["progress"] and places["overview"], places)
                self.check_pictures(english, places, "en")

                wait_for(lambda: not self.attune_running(session), 10)
                spanish = self.walk_views(session, practice, home, "es")
                self.check_names(spanish, "es")
                self.check_pictures(spanish, places, "es")

    def attune_running(self, session):
        desktop = session.pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            try:
                if desktop.getChildAtIndex(i).name == "attune":
                    return True
            except Exception:
                pass
        return False


if __name__ == "__main__":
    unittest.main()
