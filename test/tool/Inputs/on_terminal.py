"""on_terminal.py [--stdout] <command...>: runs the command with its standard
error (or, with --stdout, its standard output) on a pseudo-terminal of a
colour terminal (TERM=xterm), the other stream discarded, and prints what it
wrote there."""
import os
import pty
import subprocess
import sys

args = sys.argv[1:]
on_stdout = args[0] == "--stdout"
if on_stdout:
    args = args[1:]
master, slave = pty.openpty()
env = dict(os.environ, TERM="xterm")
if on_stdout:
    proc = subprocess.Popen(args, stdout=slave, stderr=subprocess.DEVNULL, env=env)
else:
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=slave, env=env)
os.close(slave)
chunks = []
while True:
    try:
        data = os.read(master, 4096)
    except OSError:  # EIO: the other side is closed
        break
    if not data:
        break
    chunks.append(data)
proc.wait()
text = b"".join(chunks).decode(errors="replace").replace("\r", "<CR>").replace("\x1b[K", "<EL>")
sys.stdout.write(text.replace("\x1b[", "<ESC>["))
sys.exit(proc.returncode)
