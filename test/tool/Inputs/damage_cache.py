"""damage_cache.py <cache-dir>: damages four entries of a ctxlife result
cache in four ways: truncated, replaced by garbage, emptied, and one byte of
the stored report changed (the checksum no longer matches)."""
import os
import sys

entries = sorted(os.path.join(top, name) for top, _, names in os.walk(sys.argv[1])
                 for name in names if name.endswith(".entry"))
if len(entries) < 4:
    sys.exit("damage_cache.py: fewer than 4 entries in %s" % sys.argv[1])
truncated, garbage, emptied, flipped = entries[:4]
with open(truncated, "r+b") as f:
    f.truncate(os.path.getsize(truncated) // 2)
with open(garbage, "wb") as f:
    f.write(b"\x00\xffnot an entry\n" * 100)
open(emptied, "wb").close()
data = bytearray(open(flipped, "rb").read())
at = data.index(b"\nreport ") + 20
data[at] ^= 0x01
open(flipped, "wb").write(bytes(data))
