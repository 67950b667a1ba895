"""check_codeclimate.py <file>: checks a GitLab Code Quality report as GitLab
documents it (a JSON array of Code Climate issues, each with description,
check_name, fingerprint, severity and location.path and location.lines.begin;
fingerprints unique) and prints one line per issue for FileCheck."""
import json
import sys

doc = json.load(open(sys.argv[1]))
if not isinstance(doc, list):
    sys.exit("not a JSON array")
seen = set()
for issue in doc:
    for key in ("description", "check_name", "fingerprint", "severity"):
        if not isinstance(issue.get(key), str) or not issue[key]:
            sys.exit("missing %s in %s" % (key, json.dumps(issue)))
    if issue["severity"] not in ("info", "minor", "major", "critical", "blocker"):
        sys.exit("bad severity " + issue["severity"])
    loc = issue.get("location", {})
    path, begin = loc.get("path"), loc.get("lines", {}).get("begin")
    if not isinstance(path, str) or path.startswith("/") or not isinstance(begin, int):
        sys.exit("bad location " + json.dumps(loc))
    if issue.get("type") != "issue" or not isinstance(issue.get("categories"), list):
        sys.exit("not a Code Climate issue: " + json.dumps(issue))
    if issue["fingerprint"] in seen:
        sys.exit("fingerprint not unique: " + issue["fingerprint"])
    seen.add(issue["fingerprint"])
    print("issue %s %s %s:%d fp=%s %s" % (issue["severity"], issue["check_name"], path, begin,
                                         issue["fingerprint"], issue["description"]))
print("issues", len(doc))
