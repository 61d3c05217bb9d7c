"""A render lane (`RenderProcess`) made without a Qt parent is safe to drop: Python collects
it, its process ends with it, and nothing crashes, whether it was idle, rendering, or its
process had already ended. (Its QProcess's signals once held the lane through lambdas: the
lane was collected from inside the QProcess's destructor and deleted it a second time, a
segmentation fault.) Each case runs in a fresh interpreter, so a crash fails the test
instead of killing pytest."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cica_desktop.samples import sample_path

#: Renders the English sample in a lane of its own, brings it to *state* (idle; rendering
#: again; stopped while rendering, its ended QProcess not yet deleted), drops it,
#: collects and processes events; prints what became of the lane and its process.
DROP = """
import gc, json, os, sys, weakref
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from cica_desktop.app.preview_client import RenderProcess
from cica_desktop.app.preview_process import RenderRequest

state, sample = sys.argv[1], sys.argv[2]
app = QCoreApplication([])

def events(ms):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()

data = json.loads(open(sample, encoding="utf-8").read())
replies = []
lane = RenderProcess()
lane.submit(1, RenderRequest(1, data), replies.append)
assert lane.wait(1, 60_000)
pages = replies[0].pages
pid = lane.pid
if state in ("rendering", "stopped"):
    lane.submit(2, RenderRequest(2, data), replies.append)
    assert lane.busy_with(2)
if state == "stopped":
    lane.stop(grace_ms=0)  # killed mid-render; Qt deletes the QProcess later
collected = weakref.ref(lane)
del lane
gc.collect()
events(200)
try:
    os.kill(pid, 0)
    running = True
except ProcessLookupError:
    running = False
print(json.dumps({"pages": pages, "collected": collected() is None, "running": running,
                  "replies": len(replies)}))
"""


@pytest.mark.parametrize("state", ["idle", "rendering", "stopped"])
def test_an_unparented_lane_dropped_is_collected_with_its_process(
        state: str, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CICA_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", DROP, state, str(sample_path("en"))],
                          capture_output=True, text=True, timeout=120, check=False, env=env)
    assert done.returncode == 0, done.stderr  # negative: killed by a signal (the crash)
    assert done.stderr == ""  # no "QProcess: Destroyed while process … is still running"
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["pages"] > 0
    assert result["collected"] and not result["running"]
    # the first render was answered, and the one stopped failed; a dropped lane answers
    # nothing more
    assert result["replies"] == (2 if state == "stopped" else 1)
