"""A screen reader's view of Attune, for tests: a private D-Bus session bus, the AT-SPI bus and registry,
and an Xvfb display, started for one test and stopped after it, so tests run in parallel and never touch
the desktop of whoever runs them. The application runs on the xcb platform with Qt's accessibility bridge
forced on, exactly as Orca would meet it; the tree is walked with pyatspi (Debian's python3-pyatspi).

    with AtspiSession(width=1280, height=720) as session:
        app = session.launch([attune, "--practice", path])
        root = session.application("attune")
        for node in session.walk(root): ...
"""
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

# Roles whose objects a user operates; an unnamed one is a control a screen reader cannot announce.
INTERACTIVE_ROLES = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text", "password text",
    "entry", "spin button", "slider", "menu item", "check menu item", "radio menu item", "page tab",
    "list", "list box", "table", "tree", "tree table", "link", "scroll bar", "date editor", "dial",
}


class AtspiSession:
    def __init__(self, width=1280, height=720, depth=24):
        self.width, self.height, self.depth = width, height, depth
        self._procs = []
        self._tmp = None
        self.env = None
        self._pyatspi = None

    # -- set-up and tear-down -----------------------------------------------------------------
    def __enter__(self):
        self._tmp = tempfile.mkdtemp(prefix="attune-atspi-")
        runtime = os.path.join(self._tmp, "runtime")
        os.mkdir(runtime, 0o700)
        env = dict(os.environ)
        env["XDG_RUNTIME_DIR"] = runtime
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        env.pop("AT_SPI_BUS_ADDRESS", None)
        # The session bus: --fork returns once it listens, having printed its address and pid.
        out = subprocess.run(["dbus-daemon", "--session", "--fork", "--nopidfile", "--print-address=1",
                              "--print-pid=1"], env=env, check=True, capture_output=True, text=True).stdout
        address, pid = out.split()[:2]
        self._bus_pid = int(pid)
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        # Xvfb tells the display it chose on a pipe, so parallel tests never race for a number.
        read_fd, write_fd = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-nolisten", "tcp", "-screen", "0",
                                 "%dx%dx%d" % (self.width, self.height, self.depth)],
                                pass_fds=(write_fd,), env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        self._procs.append(xvfb)
        os.close(write_fd)
        display = b""
        deadline = time.time() + 20
        while not display.endswith(b"\n") and time.time() < deadline:
            chunk = os.read(read_fd, 16)
            if not chunk:
                break
            display += chunk
        os.close(read_fd)
        if not display.strip():
            raise RuntimeError("Xvfb did not start")
        env["DISPLAY"] = ":" + display.decode().strip()
        # The accessibility bus, registered on the session bus as org.a11y.Bus.
        launcher = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"], env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self._procs.append(launcher)
        self.env = env
        # pyatspi finds its buses through the environment when it is first imported.
        os.environ.update({k: env[k] for k in ("DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "XDG_RUNTIME_DIR")})
        self._wait_for_a11y_bus()
        return self

    def _wait_for_a11y_bus(self):
        deadline = time.time() + 20
        while time.time() < deadline:
            r = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus",
                                "/org/a11y/bus", "org.a11y.Bus.GetAddress"], env=self.env,
                               capture_output=True, text=True)
            if r.returncode == 0 and "unix:" in r.stdout:
                return
            time.sleep(0.1)
        raise RuntimeError("the AT-SPI bus did not start")

    def __exit__(self, *exc):
        for p in reversed(self._procs):
            if p.poll() is None:
                p.terminate()
                try:
                    p.wait(5)
                except subprocess.TimeoutExpired:
                    p.kill()
                    p.wait()
        try:
            os.kill(self._bus_pid, signal.SIGTERM)
        except (OSError, AttributeError):
            pass
        shutil.rmtree(self._tmp, ignore_errors=True)
        return False

    # -- the application ------------------------------------------------------------------------
    def launch(self, argv, extra_env=None):
        """Starts a Qt program on this display with its accessibility bridge on; returns the Popen."""
        env = dict(self.env)
        env.update({"QT_QPA_PLATFORM": "xcb", "QT_ACCESSIBILITY": "1",
                    "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "NO_AT_BRIDGE": "0"})
        env.update(extra_env or {})
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self._procs.append(proc)
        return proc

    @property
    def pyatspi(self):
        if self._pyatspi is None:
            import pyatspi  # after the environment names our buses
            self._pyatspi = pyatspi
        return self._pyatspi

    def application(self, name, timeout=30, settle=1.0, proc=None):
        """The accessible application called name, once it shows a window (waits up to timeout)."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            if proc is not None and proc.poll() is not None:
                raise RuntimeError("%s exited with %d: %s" % (name, proc.returncode,
                                                              proc.stderr.read().decode(errors="replace")))
            desktop = self.pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                app = desktop.getChildAtIndex(i)
                try:
                    if app is not None and app.name == name and app.childCount > 0:
                        time.sleep(settle)  # let the window finish building its widgets
                        return app
                except Exception:
                    continue
            time.sleep(0.2)
        raise RuntimeError("no accessible application named %r appeared" % name)

    def walk(self, root, max_nodes=20000, showing_only=False):
        """Every object under root (root included) as a dict: path, role, name, description, text,
        states, actions and value. Children of a table are read all (Qt exposes its cells). With
        showing_only, what is not showing is left out with everything under it (much quicker)."""
        nodes = []
        stack = [(root, root.getRoleName() if root else "")]
        while stack and len(nodes) < max_nodes:
            obj, path = stack.pop()
            if obj is None:
                continue
            try:
                node = self.describe(obj)
            except Exception:
                continue
            node["path"] = path
            if showing_only and "showing" not in node["states"] and obj is not root:
                continue
            nodes.append(node)
            try:
                count = obj.childCount
            except Exception:
                count = 0
            for i in reversed(range(count)):
                try:
                    child = obj.getChildAtIndex(i)
                except Exception:
                    continue
                if child is not None:
                    stack.append((child, "%s/%s[%d]" % (path, child.getRoleName(), i)))
        return nodes

    def describe(self, obj):
        states = obj.getState()
        state_names = sorted(self.pyatspi.stateToString(s) for s in states.getStates())
        node = {"role": obj.getRoleName(), "name": obj.name or "", "description": obj.description or "",
                "states": state_names, "text": "", "actions": [], "value": None, "_obj": obj}
        try:
            text = obj.queryText()
            node["text"] = text.getText(0, -1) or ""
        except NotImplementedError:
            pass
        except Exception:
            pass
        try:
            action = obj.queryAction()
            node["actions"] = [action.getName(i) for i in range(action.nActions)]
        except NotImplementedError:
            pass
        except Exception:
            pass
        node["relations"], node["labels"] = [], []
        try:
            for r in obj.getRelationSet():
                kind = self.pyatspi.relationToString(r.getRelationType()).lower()
                node["relations"] = sorted(set(node["relations"]) | {kind})
                if kind == "labelled by":
                    node["labels"] += [(r.getTarget(i).name or "") for i in range(r.getNTargets())]
        except Exception:
            pass
        try:
            node["value"] = obj.queryValue().currentValue
        except NotImplementedError:
            pass
        except Exception:
            pass
        return node

    def do_action(self, node, name):
        """Invokes the named action of a walked node as a screen reader would; True when it ran."""
        action = node["_obj"].queryAction()
        for i in range(action.nActions):
            if action.getName(i) == name:
                return bool(action.doAction(i))
        return False


def dump(nodes, file=sys.stdout):
    """Prints walked nodes as JSON lines (for looking at a tree by hand)."""
    for n in nodes:
        print(json.dumps({k: v for k, v in n.items() if not k.startswith("_")}, ensure_ascii=False), file=file)


def texts_of(node):
    """What a screen reader can read of one object."""
    return [t for t in (node["name"], node["description"], node["text"]) if t]


def item_names(node):
    """The names of the items a combo box offers (Qt exposes them as a list child), which is what
    a combo box with no name of its own is announced by."""
    names = set()
    obj = node["_obj"]
    try:
        for i in range(obj.childCount):
            child = obj.getChildAtIndex(i)
            for j in range(child.childCount if child is not None else 0):
                item = child.getChildAtIndex(j)
                if item is not None and item.name:
                    names.add(item.name.strip())
    except Exception:
        pass
    return names


def own_labels(node, by_path):
    """The labels linked to node that are its own: a group box's title labels everything inside it
    ("Session"), which says where a control is, not what it is."""
    parts = node["path"].split("/")
    groups = {by_path[p]["name"] for p in ("/".join(parts[:i]) for i in range(1, len(parts))) if p in by_path}
    return [label for label in node.get("labels", []) if label.strip() and label not in groups]


def unnamed_interactive(nodes):
    """Objects a user operates (focusable controls of interactive roles, showing) that a screen reader
    cannot announce by purpose: no name at all, a text field named only by its text, or a combo box with
    no label linked to it."""
    found = []
    by_path = {n["path"]: n for n in nodes}
    for n in nodes:
        if n["role"] not in INTERACTIVE_ROLES:
            continue
        if "showing" not in n["states"] or "focusable" not in n["states"]:
            continue
        name = n["name"].strip()
        labelled = "labelled by" in n.get("relations", [])
        if not name:
            found.append(n)
        elif n["role"] in ("text", "entry") and not labelled and name == n["text"].strip():
            found.append(n)
        elif n["role"] == "combo box" and not own_labels(n, by_path):
            # Qt on Linux names a combo box by its current item whatever its accessible name (and its
            # items are not exposed until it opens): only a label linked to it says what it chooses.
            found.append(n)
    return found


# -- driving the window, shared by the tests -------------------------------------------------------
def xdotool(session, *args):
    """Runs xdotool on the session's display (the X server's own input, not Qt's test events)."""
    return subprocess.run(["xdotool", *args], env=session.env, check=True, capture_output=True,
                          text=True).stdout


def wait_for(predicate, timeout=20):
    """predicate()'s first truthy result within timeout seconds, else None."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        found = predicate()
        if found:
            return found
        time.sleep(0.2)
    return None


def find(session, root, name, role=None, showing=True):
    """The first walked object called name (mnemonic ampersands ignored), of role, showing."""
    for n in session.walk(root):
        if n["name"].replace("&", "") == name and (role is None or n["role"] == role) and \
                (not showing or "showing" in n["states"]):
            return n
    return None


def click(session, node, double=False):
    """Clicks the middle of a walked object with the X pointer, as a user would."""
    x, y, w, h = node["_obj"].queryComponent().getExtents(session.pyatspi.DESKTOP_COORDS)
    # No --sync: it waits for the pointer to move, which it never does when it is already there.
    xdotool(session, "mousemove", str(x + w // 2), str(y + h // 2))
    time.sleep(0.1)
    xdotool(session, "click", "--repeat", "2" if double else "1", "1")


def make_demo(attune, practice, home):
    """Generates the demo practice at practice, with home as the user's home folder."""
    env = dict(os.environ, HOME=home, QT_QPA_PLATFORM="offscreen")
    subprocess.run([attune, "--practice", practice, "demo"], env=env, check=True, stdout=subprocess.DEVNULL)


@contextlib.contextmanager
def demo_home(attune):
    """A throwaway home folder with a freshly generated demo practice in it: yields (home, practice)."""
    with tempfile.TemporaryDirectory() as home:
        practice = os.path.join(home, "practice.db")
        make_demo(attune, practice, home)
        yield home, practice


def open_window(session, attune, practice, home, *args):
    """Starts the window on practice (with further arguments, such as --language), waits for its
    accessible application and gives its X window the focus, so xdotool's keys reach it. Returns
    (process, application, X window id)."""
    proc = session.launch([attune, "--practice", practice] + list(args), {"HOME": home})
    app = session.application("attune", proc=proc)
    window = xdotool(session, "search", "--sync", "--onlyvisible", "--name", "Attune").split()[0]
    xdotool(session, "windowfocus", "--sync", window)
    return proc, app, window
