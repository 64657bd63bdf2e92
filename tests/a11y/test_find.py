"""Edit -> Find... on a real window, as a therapist and a screen reader meet it: the demo practice on its own
Xvfb at 1280x720, keys typed with xdotool (the X server's own input, not Qt's test events), the results
and the opened record read through AT-SPI. Ctrl+F, "rupture", Enter: the Find window lists John and
Mary's repair with its place, and Enter lands in the field the word was found in, the caret on the word.
Then the sidebar's filter hides John and Mary without closing them."""
import sys
import time
import unittest

from atspi_session import AtspiSession, demo_home, open_window, wait_for, xdotool

ATTUNE = sys.argv.pop(1) if len(sys.argv) > 1 else "attune"


class FindOnARealWindow(unittest.TestCase):
    def test_find_opens_the_word(self):
        with demo_home(ATTUNE) as (home, practice):
            with AtspiSession(1280, 720) as session:
                _, app, window = open_window(session, ATTUNE, practice, home)

                # The couples list, as a screen reader reads it, names John and Mary.
                def couple_item():
                    return next((n for n in session.walk(app) if n["name"].startswith("John & Mary Miller")
                                 and "showing" in n["states"] and n["role"] == "list item"), None)
                self.assertTrue(wait_for(couple_item), "the couple list does not name John and Mary")

                xdotool(session, "key", "ctrl+f")

                def query_field():
                    return next((n for n in session.walk(app) if n["name"] == "Find in the whole practice"
                                 and "focused" in n["states"]), None)
                self.assertTrue(wait_for(query_field), "Ctrl+F did not open Find with the query focused")
                xdotool(session, "type", "--delay", "60", "rupture")

                def repair_listed():
                    nodes = session.walk(app)
                    results = [n for n in nodes if "They repaired the rupture in session" in n["name"]
                               and "showing" in n["states"]]
                    places = [n for n in nodes if n["name"] == "Session · Note" and "showing" in n["states"]]
                    return results and places
                self.assertTrue(wait_for(repair_listed), "the results do not list John and Mary's repair")

                xdotool(session, "key", "Return")

                def caret_on_the_word():
                    for n in session.walk(app):
                        if "focused" not in n["states"] or "rupture" not in n["text"]:
                            continue
                        caret = n["_obj"].queryText().caretOffset
                        if n["text"][caret:caret + len("rupture")].lower() == "rupture":
                            return n
                    return None
                field = wait_for(caret_on_the_word)
                self.assertTrue(field, "Enter did not land in a field with the caret on the word")
                self.assertEqual(field["name"], "Focus")  # the best hit: the session's focus
                self.assertIn("Repairing the rupture", field["text"])
                headings = [n for n in session.walk(app) if n["role"] == "label" and
                            n["name"] == "John & Mary Miller" and "showing" in n["states"]]
                self.assertTrue(headings, "the workspace does not show John and Mary")

                # The sidebar's filter hides them; their record stays open.
                search = next(n for n in session.walk(app) if n["name"] == "Search couples")
                search["_obj"].queryComponent().grabFocus()
                self.assertTrue(wait_for(lambda: next((n for n in session.walk(app) if n["name"] ==
                                                       "Search couples" and "focused" in n["states"]), None)))
                xdotool(session, "type", "--delay", "60", "Okafor")
                time.sleep(1)
                nodes = session.walk(app)
                sidebar = next(n for n in nodes if n["name"] == "Couples" and n["role"] in ("list", "list box"))
                listed = [n["name"] for n in nodes if n["path"].startswith(sidebar["path"] + "/")]
                self.assertTrue(any(name.startswith("Daniel Okafor") for name in listed), listed)
                self.assertFalse([name for name in listed if name.startswith("John & Mary")],
                                 "the filter did not hide John and Mary")
                still_open = [n for n in nodes if n["role"] == "label" and n["name"] == "John & Mary Miller"
                              and "showing" in n["states"]]
                self.assertTrue(still_open, "filtering the sidebar closed the open couple")


if __name__ == "__main__":
    unittest.main()
