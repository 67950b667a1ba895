"""check_sarif.py [--no-steps] <file>: checks that ctxlife's SARIF has every
field GitHub code scanning and the issue ask for (code flows included), and
prints one line per result (with its fingerprint) and, unless --no-steps,
one line per step of its code flow, for FileCheck."""
import json
import sys

args = sys.argv[1:]
show_steps = "--no-steps" not in args
doc = json.load(open([a for a in args if a != "--no-steps"][0]))
errors = []
# SARIF 2.1.0, 3.38.8: the kinds a threadFlowLocation may have.
THREAD_FLOW_KINDS = {"acquire", "release", "enter", "exit", "call", "return", "branch",
                     "implicit", "false", "true", "caution", "danger", "unknown",
                     "unreachable", "taint", "function", "handler", "lock", "memory",
                     "resource", "scope", "value"}


def need(obj, path):
    """The value at a dotted path; records an error when it is missing."""
    cur = obj
    for part in path.split("."):
        if isinstance(cur, list):
            cur = cur[int(part)] if len(cur) > int(part) else None
        elif isinstance(cur, dict):
            cur = cur.get(part)
        else:
            cur = None
        if cur is None:
            errors.append("missing " + path)
            return None
    return cur


if doc.get("version") != "2.1.0":
    errors.append("version is not 2.1.0")
if "sarif-2.1.0" not in doc.get("$schema", ""):
    errors.append("no SARIF 2.1.0 $schema")
run = need(doc, "runs.0")
driver = need(run, "tool.driver")
for key in ("name", "version", "informationUri"):
    need(driver, key)
rules = need(driver, "rules") or []
rule_ids = [r.get("id") for r in rules]
for r in rules:
    for key in ("id", "shortDescription.text", "fullDescription.text", "help.text",
                "help.markdown", "helpUri"):
        need(r, key)
base = need(run, "originalUriBaseIds.%SRCROOT%.uri") or ""
if not base.startswith("file:///") or not base.endswith("/"):
    errors.append("bad %SRCROOT% " + base)


def region(loc, what):
    art = need(loc, "physicalLocation.artifactLocation")
    reg = need(loc, "physicalLocation.region")
    if art is None or reg is None:
        return "?"
    if art.get("uriBaseId") != "%SRCROOT%" or art.get("uri", "/").startswith("/"):
        errors.append(what + ": not a root-relative uri: " + json.dumps(art))
    for key in ("startLine", "startColumn", "endLine", "endColumn"):
        need(reg, key)
    return "%s:%s:%s-%s:%s" % (art.get("uri"), reg.get("startLine"), reg.get("startColumn"),
                               reg.get("endLine"), reg.get("endColumn"))


for res in need(run, "results") or []:
    for key in ("ruleId", "level", "message.text", "locations.0"):
        need(res, key)
    if res.get("ruleId") not in rule_ids:
        errors.append("result rule not in rules: %s" % res.get("ruleId"))
    elif rule_ids.index(res["ruleId"]) != res.get("ruleIndex"):
        errors.append("wrong ruleIndex for " + res["ruleId"])
    fp = need(res, "partialFingerprints") or {}
    if not fp:
        errors.append("no partialFingerprints")
    where = region(res["locations"][0], "result")
    related = res.get("relatedLocations", [])
    for i, rel in enumerate(related):
        need(rel, "message.text")
        if rel.get("id") != i:
            errors.append("relatedLocations ids are not 0..n-1")
        region(rel, "related location")
    fixes = res.get("fixes", [])
    for fix in fixes:
        need(fix, "description.text")
        for change in need(fix, "artifactChanges") or []:
            need(change, "artifactLocation.uri")
            for rep in need(change, "replacements") or []:
                for key in ("deletedRegion.startLine", "deletedRegion.startColumn",
                            "deletedRegion.endLine", "deletedRegion.endColumn"):
                    need(rep, key)
                need(rep, "insertedContent")
    print("result %s %s %s related=%d fixes=%d fp=%s" % (
        res.get("level"), res.get("ruleId"), where, len(related), len(fixes),
        ",".join("%s:%s" % kv for kv in sorted(fp.items()))))
    # The path: one code flow with one thread flow, its steps numbered in
    # order, each with a location, a message and a SARIF kind.
    flows = res.get("codeFlows", [])
    if len(flows) > 1:
        errors.append("more than one code flow")
    for flow in flows:
        threads = need(flow, "threadFlows") or []
        if len(threads) != 1:
            errors.append("expected one thread flow")
        steps = need(threads[0], "locations") if threads else []
        if len(steps or []) < 2:
            errors.append("a code flow of fewer than two steps")
        for i, step in enumerate(steps or [], 1):
            if step.get("executionOrder") != i:
                errors.append("executionOrder is not 1..n")
            for kind in step.get("kinds", []):
                if kind not in THREAD_FLOW_KINDS:
                    errors.append("unknown threadFlowLocation kind " + kind)
            loc = need(step, "location") or {}
            text = need(loc, "message.text")
            if show_steps:
                print("  step %d %s %s %s" % (i, ",".join(step.get("kinds", [])) or "-",
                                             region(loc, "step"), text))
for inv in need(run, "invocations") or []:
    print("invocation executionSuccessful=%s notifications=%d" % (
        json.dumps(inv.get("executionSuccessful")),
        len(inv.get("toolExecutionNotifications", []))))
if errors:
    sys.exit("\n".join(errors))
