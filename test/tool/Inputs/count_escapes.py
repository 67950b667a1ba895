"""count_escapes.py <file>: prints how many escape characters the file has."""
import sys

print("escapes", open(sys.argv[1], "rb").read().count(b"\x1b"))
