"""database.py <project> <build-dir> <flags...>: writes
<project>/<build-dir>/compile_commands.json with src/server.cpp (C++17)."""
import json
import os
import sys

project, build, flags = sys.argv[1], sys.argv[2], sys.argv[3:]
os.makedirs(os.path.join(project, build), exist_ok=True)
json.dump([{"directory": project, "file": "src/server.cpp",
            "arguments": ["clang++", "-std=c++17"] + flags + ["-c", "src/server.cpp"]}],
          open(os.path.join(project, build, "compile_commands.json"), "w"))
