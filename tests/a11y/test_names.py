"""What a screen reader reads (issue 13, items 17 and 18): the demo practice on its own Xvfb at 1280x720,
walked through AT-SPI on every view a therapist uses (the practice page, a couple's Overview, Sessions with a
session open, Cycle, Exercises, Progress), in English and in Spanish. On each, no control a user operates
(buttons, combo boxes, text fields, sliders, check boxes, spin buttons, lists, tables, focusable panes) is
left without a name that says what it is, and every chart and the Overview's cycle thumbnail carries a text
summary of what it shows. The views are reached by clicking, as a user does, so the walk reads the real
window. ATTUNE_A11Y_DUMP=DIR writes each view's tree and a screenshot there, to look at by hand."""
import os
import subprocess
import sys
import tempfile
import time
import unittest

from atspi_session import AtspiSession, click, dump, unnamed_interactive, wait_for, xdotool

ATTUNE = sys.argv.pop(1) if len(sys.argv) > 1 else "attune"
COUPLE = "John & Mary Miller"
# Containers that take focus: a screen reader stops on them, so they need names too.
PANE_ROLES = {"panel", "filler", "scroll pane", "viewport", "canvas", "image", "chart", "unknown"}
TABS = ("overview", "sessions", "cycle", "exercises", "progress")


def showing(nodes):
    return [n for n in nodes if "showing" in n["states"]]


def unnamed(nodes):
    """unnamed_interactive(), plus focusable panes with no name."""
    found = unnamed_interactive(nodes)
    found += [n for n in nodes if n["role"] in PANE_ROLES and "showing" in n["states"]
              and "focusable" in n["states"] and not n["name"].strip()]
    return found


def report(found):
    return "\n".join("%s %s name=%r text=%r" % (n["path"], n["role"], n["name"], n["text"][:40])
                     for n in found)


class NamesOnARealWindow(unittest.TestCase):
    def walk_views(self, language):
        with tempfile.TemporaryDirectory() as home:
            practice = os.path.join(home, "practice.db")
            env = dict(os.environ, HOME=home, QT_QPA_PLATFORM="offscreen")
            subprocess.run([ATTUNE, "--practice", practice, "demo"], env=env, check=True,
                           stdout=subprocess.DEVNULL)
            with AtspiSession(1280, 720) as session:
                proc = session.launch([ATTUNE, "--practice", practice, "--language", language], {"HOME": home})
                app = session.application("attune", proc=proc)
                window = xdotool(session, "search", "--sync", "--onlyvisible", "--name", "Attune").split()[0]
                xdotool(session, "windowfocus", "--sync", window)
                views = {}

                def couple_item():
                    return next((n for n in showing(session.walk(app)) if n["role"] == "list item"
                                 and n["name"].startswith(COUPLE)), None)
                item = wait_for(couple_item)
                self.assertTrue(item, "the couple list does not show %s" % COUPLE)
                views["practice"] = self.look(session, app, language, "practice")

                click(session, item)
                tabs = wait_for(lambda: [n for n in showing(session.walk(app)) if n["role"] == "page tab"])
                self.assertEqual(len(tabs), len(TABS), "the couple's tabs: %s" % [t["name"] for t in tabs])
                for index, view in enumerate(TABS):
                    tab = [n for n in showing(session.walk(app)) if n["role"] == "page tab"][index]
                    click(session, tab)
                    wait_for(lambda: "selected" in self.refreshed(session, tab)["states"], 10)
                    if view == "sessions":
                        self.open_a_session(session, app)
                    views[view] = self.look(session, app, language, view)
                return views

    def refreshed(self, session, node):
        try:
            return session.describe(node["_obj"])
        except Exception:
            return {"states": []}

    def open_a_session(self, session, app):
        table = wait_for(lambda: next((n for n in showing(session.walk(app)) if n["role"] == "table"), None))
        self.assertTrue(table, "the Sessions tab shows no session table")
        cell = next((n for n in showing(session.walk(table["_obj"])) if n["role"] == "table cell"
                     and n["name"].strip()), None)
        self.assertTrue(cell, "the session table lists no session")
        click(session, cell)
        time.sleep(1.0)

    def look(self, session, app, language, view):
        time.sleep(0.8)  # let the view lay itself out and fill its charts
        nodes = showing(session.walk(app))
        out = os.environ.get("ATTUNE_A11Y_DUMP")
        if out:
            os.makedirs(out, exist_ok=True)
            with open(os.path.join(out, "%s-%s.jsonl" % (language, view)), "w") as f:
                dump(nodes, f)
            subprocess.run(["import", "-window", "root", os.path.join(out, "%s-%s.png" % (language, view))],
                           env=session.env, check=False, capture_output=True)
        return nodes

    def check(self, language):
        views = self.walk_views(language)
        problems = []
        for view, nodes in views.items():
            found = unnamed(nodes)
            if found:
                problems.append("%s, %s: %d unnamed\n%s" % (language, view, len(found), report(found)))
        self.assertEqual(problems, [], "\n".join(problems))
        # Every picture of data says what it shows.
        charts = [n for n in views["progress"] if n["role"] == self.chart_role(views)]
        self.assertGreaterEqual(len(charts), 3, "the Progress tab shows too few charts")
        self.assertEqual([n["name"] for n in charts if not n["description"].strip()], [],
                         "%s: charts without a summary" % language)
        summaries = [n["description"] for n in charts]
        self.assertTrue([s for s in summaries if "→" in s], "no chart summary gives first and latest values")
        for view in ("overview", "practice"):
            pictures = [n for n in views[view] if n["role"] in ("image", "chart", "canvas", "filler", "panel")
                        and n["name"] and not n["description"].strip() and "focusable" in n["states"]]
            self.assertEqual(report(pictures), "", "%s, %s: pictures without a description" % (language, view))
        thumbnail = [n for n in views["overview"] if "Mary" in n["description"] and "John" in n["description"]
                     and n["role"] not in ("label", "text", "list item", "table cell")]
        self.assertTrue(thumbnail, "%s: the Overview's cycle thumbnail does not describe the cycle" % language)

    def chart_role(self, views):
        # The role Qt gives a chart view: the role of the object named like the outcome chart in English.
        return os.environ.get("ATTUNE_CHART_ROLE", "image")

    def test_english(self):
        self.check("en")

    def test_spanish(self):
        self.check("es")


if __name__ == "__main__":
    unittest.main()
