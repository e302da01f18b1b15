"""Drives a command in a real pseudo-terminal: waits for each expected text, then types keys.

Usage: pty-driver.py <script.json> -- <command...>
The script is a list of [pattern, keys]: wait until the screen output matches the regular
expression `pattern` (ANSI codes removed), then send `keys` ("\\r" is Enter, "\\u0003" Ctrl-C).
Prints JSON: {"exit": code, "output": text, "times": [ms after start when each pattern
matched], "ended": ms after start when it exited}. Gives up after 20 s per step.
"""
import json
import os
import pty
import re
import select
import sys
import time

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\x1b[=>]")


def main() -> None:
    split = sys.argv.index("--")
    script = json.load(open(sys.argv[1]))
    command = sys.argv[split + 1 :]
    started = time.time()
    times = []
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(command[0], command)
    output = ""
    seen = 0

    def read(timeout: float) -> bool:
        nonlocal output
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            return True
        try:
            data = os.read(fd, 65536)
        except OSError:
            return False
        if not data:
            return False
        output += data.decode("utf-8", "replace")
        return True

    for pattern, keys in script:
        deadline = time.time() + 20
        regex = re.compile(pattern)
        while True:
            clean = ANSI.sub("", output)
            match = regex.search(clean, seen)
            if match:
                seen = match.end()
                times.append(round((time.time() - started) * 1000, 1))
                break
            if time.time() > deadline or not read(0.05):
                print(json.dumps({"exit": None, "output": ANSI.sub("", output), "waiting_for": pattern}))
                os.kill(pid, 9)
                return
        time.sleep(0.05)
        os.write(fd, keys.encode())
    end = time.time() + 20
    while time.time() < end and read(0.1):
        finished, status = os.waitpid(pid, os.WNOHANG)
        if finished:
            while read(0.05):
                pass
            ended = round((time.time() - started) * 1000, 1)
            print(json.dumps({"exit": os.waitstatus_to_exitcode(status), "output": ANSI.sub("", output), "times": times, "ended": ended}))
            return
    finished, status = os.waitpid(pid, 0)
    ended = round((time.time() - started) * 1000, 1)
    print(json.dumps({"exit": os.waitstatus_to_exitcode(status), "output": ANSI.sub("", output), "times": times, "ended": ended}))


main()
