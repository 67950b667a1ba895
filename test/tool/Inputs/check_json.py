"""check_json.py <file>: checks ctxlife's --format=json output against the
documented schema (version 1, docs/cli.md) and prints one line per entry."""
import json
import sys

doc = json.load(open(sys.argv[1]))


def need(obj, key, kind, where):
    if key not in obj or not isinstance(obj[key], kind):
        sys.exit("%s: missing or mistyped '%s' in %s" % (where, key, json.dumps(obj)))
    return obj[key]


def position(obj, where):
    need(obj, "file", str, where)
    for key in ("line", "column", "endLine", "endColumn"):
        need(obj, key, int, where)
    return "%s:%d:%d-%d:%d" % (obj["file"], obj["line"], obj["column"],
                               obj["endLine"], obj["endColumn"])


if need(doc, "version", int, "document") != 1:
    sys.exit("version is not 1")
tool = need(doc, "tool", dict, "document")
for key in ("name", "version", "llvmVersion"):
    need(tool, key, str, "tool")
need(doc, "root", str, "document")
for f in need(doc, "findings", list, "document"):
    where = position(f, "finding")
    for key in ("check", "level", "message", "fingerprint"):
        need(f, key, str, "finding")
    if f["level"] not in ("warning", "error"):
        sys.exit("bad level " + f["level"])
    notes = need(f, "notes", list, "finding")
    for n in notes:
        need(n, "message", str, "note")
        position(n, "note")
    fixes = need(f, "fixes", list, "finding")
    for x in fixes:
        position(x, "fix")
        need(x, "offset", int, "fix")
        need(x, "length", int, "fix")
        need(x, "replacement", str, "fix")
    print("finding %s %s %s notes=%d fixes=%d %s" % (f["level"], f["check"], where,
                                                     len(notes), len(fixes), f["message"]))
for e in need(doc, "compileErrors", list, "document"):
    print("compile-error %s %s" % (position(e, "compile error"), e["message"]))
for e in need(doc, "failures", list, "document"):
    for key in ("file", "kind", "message"):
        need(e, key, str, "failure")
    print("failure %s %s %s" % (e["kind"], e["file"], e["message"]))
for e in need(doc, "limits", list, "document"):
    for key in ("file", "limit", "function", "path"):
        need(e, key, str, "limit")
    for key in ("value", "line", "column"):
        need(e, key, int, "limit")
    print("limit %s %s %d %s %s:%d:%d" % (e["file"], e["limit"], e["value"], e["function"],
                                          e["path"], e["line"], e["column"]))
summary = need(doc, "summary", dict, "document")
for key in ("files", "failed", "findings", "baselined", "outsideDiff", "suppressed"):
    need(summary, key, int, "summary")
print("summary " + " ".join("%s=%d" % (k, summary[k]) for k in sorted(summary)))
