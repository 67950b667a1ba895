#!/usr/bin/env python3
"""Helpers for non-utf8.test (lit test files are UTF-8 text; the bytes that
are not live here).

  non_utf8.py setup <dir>       a Latin-1 named source (src/caf\\xe9.cpp) with
                                a finding on a line holding a Latin-1 byte,
                                listed in compile_commands.json with the
                                project's other files
  non_utf8.py has <file> <text> exit 0 if <file> holds <text> with \\xe9 for
                                the byte 0xE9 (and 1 otherwise)
  non_utf8.py edit <dir>        moves the finding two lines down
"""
import json
import os
import sys

NAME = b"src/caf\xe9.cpp"
SOURCE = (b'#include "app.h"\n'
          b"app::Request *g_cafe;\n"
          b"void handle(app::Request *req) { g_cafe = req; /* caf\xe9 */ }\n")


def main():
    cmd, where = sys.argv[1], os.fsencode(sys.argv[2])
    if cmd == "setup":
        open(os.path.join(where, NAME), "wb").write(SOURCE)
        db = json.load(open(os.path.join(where, b"compile_commands.json")))
        text = json.dumps(db)[:-1].encode()
        text += (b', {"directory": "%s", "file": "%s", "arguments": ["clang++", '
                 b'"-std=c++17", "-c", "%s"]}]' % (where, NAME, NAME))
        open(os.path.join(where, b"compile_commands.json"), "wb").write(text)
    elif cmd == "has":
        want = sys.argv[3].encode().replace(b"\\xe9", b"\xe9")
        sys.exit(0 if want in open(where, "rb").read() else 1)
    elif cmd == "edit":
        open(os.path.join(where, NAME), "wb").write(b"// moved\n\n" + SOURCE)


if __name__ == "__main__":
    main()
