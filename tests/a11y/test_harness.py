"""The harness itself: on the unlocked demo window, a real AT-SPI client must read client data (the
couple list names John and Mary). The privacy tests assert that a locked window exposes none; this
test is what shows their walk can see such data at all, so their zero means something."""
import os
import subprocess
import sys
import tempfile
import unittest

from atspi_session import AtspiSession, texts_of

ATTUNE = sys.argv.pop(1) if len(sys.argv) > 1 else "attune"


class Harness(unittest.TestCase):
    def test_reads_the_unlocked_window(self):
        with tempfile.TemporaryDirectory() as home:
            practice = os.path.join(home, "practice.db")
            env = dict(os.environ, HOME=home, QT_QPA_PLATFORM="offscreen")
            subprocess.run([ATTUNE, "--practice", practice, "demo"], env=env, check=True,
                           stdout=subprocess.DEVNULL)
            with AtspiSession(1280, 720) as session:
                proc = session.launch([ATTUNE, "--practice", practice], {"HOME": home})
                app = session.application("attune", proc=proc)
                nodes = session.walk(app)
                self.assertGreater(len(nodes), 100)
                frames = [n for n in nodes if n["role"] == "frame" and "showing" in n["states"]]
                self.assertTrue(frames, "no window is showing")
                read = " ".join(" ".join(texts_of(n)) for n in nodes)
                self.assertIn("John", read)
                self.assertIn("Mary", read)


if __name__ == "__main__":
    unittest.main()
