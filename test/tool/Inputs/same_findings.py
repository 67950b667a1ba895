"""same_findings.py <json> <sarif> <codeclimate>: the three outputs of one run
report the same findings (check, file, line, fingerprint), in the same order."""
import json
import sys

js = json.load(open(sys.argv[1]))
sarif = json.load(open(sys.argv[2]))
cq = json.load(open(sys.argv[3]))
a = [(f["check"], f["file"], f["line"], f["fingerprint"]) for f in js["findings"]]
b = [(r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
      r["locations"][0]["physicalLocation"]["region"]["startLine"],
      r["partialFingerprints"]["ctxlifeFingerprint/v1"]) for r in sarif["runs"][0]["results"]]
c = [(i["check_name"], i["location"]["path"], i["location"]["lines"]["begin"], i["fingerprint"])
     for i in cq]
if not (a == b == c) or not a:
    sys.exit("the outputs differ:\n%s\n%s\n%s" % (a, b, c))
print("same %d findings" % len(a))
