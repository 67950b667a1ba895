#!/usr/bin/env python3
"""Interrupts a ctxlife run while a worker hangs, and reports what is left.

  interrupt.py <signal> <target> <stdout> <stderr> -- <command...>

Runs <command> (ctxlife-test-hooks with CTXLIFE_TEST_HANG_ON set) in a new
process group with its output in <stdout> and <stderr>, waits until the
hanging worker creates the file named by CTXLIFE_TEST_HANG_NOTIFY, then sends
<signal> (INT, TERM, HUP or KILL) to <target>: `driver` (the ctxlife process
only, as a CI runner does) or `group` (every process of the group, as Ctrl-C
on a terminal does). Prints `exit <code>` (negative: killed by that signal)
and `processes left <n>` (how many processes of the group are still alive a
moment after the driver ended).
"""
import os
import signal
import subprocess
import sys
import time


def alive_in_group(pgid):
    try:
        os.killpg(pgid, 0)
        return True
    except ProcessLookupError:
        return False


def main():
    sig, target, out, err = sys.argv[1:5]
    command = sys.argv[sys.argv.index("--") + 1:]
    mark = os.environ["CTXLIFE_TEST_HANG_NOTIFY"]
    if os.path.exists(mark):
        os.remove(mark)
    with open(out, "wb") as o, open(err, "wb") as e:
        p = subprocess.Popen(command, stdout=o, stderr=e, start_new_session=True)
        deadline = time.time() + 120
        while not os.path.exists(mark):
            if p.poll() is not None or time.time() > deadline:
                sys.exit("interrupt.py: the run never reached the hanging worker")
            time.sleep(0.05)
        number = getattr(signal, "SIG" + sig)
        if target == "group":
            os.killpg(p.pid, number)
        else:
            os.kill(p.pid, number)
        try:
            code = p.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            sys.exit("interrupt.py: ctxlife did not stop")
    left = 0
    for _ in range(50):  # workers killed with the driver take a moment
        if not alive_in_group(p.pid):
            break
        time.sleep(0.1)
    else:
        left = 1
        os.killpg(p.pid, signal.SIGKILL)
    print("exit %d" % code)
    print("processes left %d" % left)


if __name__ == "__main__":
    main()
