"""on_terminal.py <command...>: runs the command with its standard error on a
pseudo-terminal (standard output stays a pipe) and prints what it wrote there."""
import os
import pty
import subprocess
import sys

master, slave = pty.openpty()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=slave)
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
sys.stdout.write(b"".join(chunks).decode(errors="replace").replace("\r", "<CR>").replace("\x1b[K", "<EL>"))
sys.exit(proc.returncode)
