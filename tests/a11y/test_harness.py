"""The harness itself: on the unlocked demo window, a real AT-SPI client must read client data (the
couple list names John and Mary). The privacy tests assert that a locked window exposes none; this
test is what shows their walk can see such data at all, so their zero means something."""
import sys
import unittest

from atspi_session import AtspiSession, demo_home, open_window, texts_of

ATTUNE = sys.argv.pop(1) if len(sys.argv) > 1 else "attune"


class Harness(unittest.TestCase):
    def test_reads_the_unlocked_window(self):
        with demo_home(ATTUNE) as (home, practice):
            with AtspiSession(1280, 720) as session:
                _, app, _ = open_window(session, ATTUNE, practice, home)
                nodes = session.walk(app)
                self.assertGreater(len(nodes), 100)
                frames = [n for n in nodes if n["role"] == "frame" and "showing" in n["states"]]
                self.assertTrue(frames, "no window is showing")
                read = " ".join(" ".join(texts_of(n)) for n in nodes)
                self.assertIn("John", read)
                self.assertIn("Mary", read)


if __name__ == "__main__":
    unittest.main()
