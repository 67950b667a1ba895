"""check_note_roles.py <repo>: every note the checker tests expect has a role
in tool/formats/NoteRoles.def (the table that orders a finding's path for
SARIF code flows and the HTML report), so a new note cannot be missed; and
every pattern of the table matches some expected note. Prints the count of
notes per role."""
import collections
import glob
import os
import re
import sys

repo = sys.argv[1]
patterns = []
for line in open(os.path.join(repo, "tool/formats/NoteRoles.def")):
    m = re.match(r'NOTE_ROLE\((\w+), "(.*)"\)$', line.strip())
    if m:
        patterns.append((m.group(1), re.compile(m.group(2)), m.group(2)))
if not patterns:
    sys.exit("no patterns read")

notes = set()
for path in glob.glob(os.path.join(repo, "test/checkers/*.cpp")) + \
        glob.glob(os.path.join(repo, "test/realheaders/*")):
    if not os.path.isfile(path):
        continue
    for line in open(path, errors="replace"):
        m = re.search(r"CHECK-MESSAGES.*?: note: (.*)$", line)
        if m:
            # FileCheck's {{regex}} blocks stand for some text.
            notes.add(re.sub(r"\{\{.*?\}\}", "X", m.group(1)).strip())

# The note formats of the checks themselves (a note no test expects yet
# still needs a role): `diag(Loc, "<format>", DiagnosticIDs::Note)`, with
# %0 and %select{a|b}0 filled in.
for path in glob.glob(os.path.join(repo, "checks/*.cpp")):
    text = open(path).read()
    for m in re.finditer(r'((?:"(?:[^"\\]|\\.)*"\s*)+),\s*DiagnosticIDs::Note', text):
        fmt = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1)))
        if fmt == "%0":
            continue  # the text comes from lib/ (launch notes, hints): see the tests
        fmt = re.sub(r"%select\{([^|}]*)[^}]*\}\d", r"\1", fmt)
        notes.add(re.sub(r"%\d", "X", fmt))

unknown = []
used = collections.Counter()
roles = collections.Counter()
for note in sorted(notes):
    for role, regex, text in patterns:
        if regex.search(note):
            used[text] += 1
            roles[role] += 1
            break
    else:
        unknown.append(note)
for role in sorted(roles):
    print("%s %d" % (role, roles[role]))
unused = [text for _, _, text in patterns if not used[text]]
if unknown:
    print("notes without a role in NoteRoles.def:\n  " + "\n  ".join(unknown))
if unused:
    print("patterns no expected note matches:\n  " + "\n  ".join(unused))
sys.exit(1 if unknown or unused else 0)
