"""check_html.py <report-dir> <chromium|-> <tmp-dir>: checks ctxlife's HTML
report and prints what it finds, for FileCheck.

- Statically: every page is self-contained (no script, style sheet, image,
  frame or font from anywhere: no src attributes, no <link>, no url() in
  styles); the index has the tables by check, file and framework; each
  finding of files/1.html has its path as an ordered list and one numbered
  badge per step in the code.
- In Chromium (headless, no network): the page loads with no console
  message and loads no file but itself (--dump-dom with verbose logging);
  a screenshot shows the highlighted steps (pixels of the marks' and the
  badges' colours).
"""
import html.parser
import os
import re
import struct
import subprocess
import sys
import zlib

report, chromium, tmp = sys.argv[1], sys.argv[2], sys.argv[3]
errors = []


class Page(html.parser.HTMLParser):
    FORBIDDEN = {"script", "link", "img", "iframe", "object", "embed", "source",
                 "video", "audio", "frame", "base"}

    def __init__(self, name):
        super().__init__()
        self.name = name
        self.stack = []
        self.text = []
        self.findings = []  # dicts: id, path items, badges, marks
        self.tables = {}    # heading -> rows of cells
        self.heading = None
        self.cell = None
        self.in_style = False
        self.in_step = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in self.FORBIDDEN:
            errors.append("%s: <%s> loads or runs something" % (self.name, tag))
        for k, v in attrs:
            if k == "src" or (k == "style" and v and "url(" in v):
                errors.append("%s: %s=%r loads something" % (self.name, k, v))
            if k == "href" and v and re.match(r"[a-z]+:", v) and not v.startswith("https://"):
                errors.append("%s: odd link %r" % (self.name, v))
        if tag == "style":
            self.in_style = True
        if tag == "section" and "finding" in a.get("class", ""):
            self.findings.append({"id": a.get("id"), "path": [], "badges": [], "marks": []})
        f = self.findings[-1] if self.findings else None
        if tag == "li":
            self.in_step = f is not None and bool(self.stack) and self.stack[-1][0] == "ol"
        if tag == "li" and self.in_step:
            f["path"].append([a.get("class"), ""])
        if f is not None and tag == "span" and "badge" in a.get("class", ""):
            f["badges"].append(int(a["data-step"]))
        if f is not None and tag == "mark":
            f["marks"].append(int(a["data-step"]))
        if tag in ("h2",):
            self.heading = ""
        if tag == "tr" and self.heading is not None:
            self.tables.setdefault(self.heading, []).append([])
        if tag in ("td", "th"):
            self.cell = ""
        self.stack.append((tag, a))

    def handle_endtag(self, tag):
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break
        if tag == "style":
            self.in_style = False
        if tag == "li":
            self.in_step = False
        if tag in ("td", "th") and self.cell is not None and self.heading in self.tables:
            self.tables[self.heading][-1].append(self.cell.strip())
            self.cell = None

    def handle_data(self, data):
        if self.in_style and ("url(" in data or "@import" in data):
            errors.append("%s: the style sheet loads something" % self.name)
        if self.heading is not None and self.stack and self.stack[-1][0] == "h2":
            self.heading += data
        if self.cell is not None:
            self.cell += data
        f = self.findings[-1] if self.findings else None
        if f is not None and self.in_step:
            f["path"][-1][1] += data


def parse(name):
    p = Page(name)
    p.feed(open(os.path.join(report, name), encoding="utf-8").read())
    return p


pages = []
for root, _, files in os.walk(report):
    for f in sorted(files):
        rel = os.path.relpath(os.path.join(root, f), report)
        if not rel.endswith(".html"):
            errors.append("unexpected file " + rel)
        pages.append(parse(rel))
print("pages", len(pages))

index = parse("index.html")
for title in ("By check", "By file", "By framework"):
    for row in index.tables.get(title, [])[1:]:
        print("index %s: %s" % (title[3:], " ".join(row)))

page = parse("files/1.html")
for f in page.findings:
    steps = len(f["path"])
    print("finding %s steps=%d badges=%s" % (f["id"], steps, sorted(f["badges"])))
    if sorted(f["badges"]) != list(range(1, steps + 1)):
        errors.append("%s: badges %s for %d steps" % (f["id"], f["badges"], steps))
    if sorted(set(f["marks"])) != list(range(1, steps + 1)):
        errors.append("%s: marks %s for %d steps" % (f["id"], sorted(set(f["marks"])), steps))
    for i, (role, text) in enumerate(f["path"], 1):
        print("  step %d %s %s" % (i, role, " ".join(text.split())))


def png_pixels(path):
    """(width, height, rows of RGB tuples) of an 8-bit RGB or RGBA PNG."""
    data = open(path, "rb").read()
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and color in (2, 6), (depth, color)
            bpp = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    prev = bytearray(stride)
    rows = []
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up = prev[i]
            ul = prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - ul
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - ul)
                pred = left if pa <= pb and pa <= pc else (up if pb <= pc else ul)
                line[i] = (line[i] + pred) & 255
        rows.append(line)
        prev = line
    return width, height, bpp, rows


if chromium != "-":
    target = "file://" + os.path.abspath(os.path.join(report, "files/1.html"))
    flags = [chromium, "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-background-networking", "--disable-component-update",
             "--no-first-run", "--user-data-dir=" + os.path.join(tmp, "profile")]
    run = subprocess.run(flags + ["--enable-logging=stderr", "--v=1", "--dump-dom", target],
                         capture_output=True, text=True, timeout=120)
    log = run.stderr.splitlines()
    console = [l for l in log if ":CONSOLE" in l]
    loads = sorted(set(re.findall(r"FileURLLoader::Start: (\S+)", run.stderr)))
    remote = [l for l in log if re.search(r"https?://", l) and "URLLoader" in l]
    print("chromium: console messages=%d, files loaded=%s, remote loads=%d" % (
        len(console), [os.path.basename(u) for u in loads], len(remote)))
    errors += ["console: " + l for l in console]
    if loads != [target] or remote:
        errors.append("the page loaded more than itself: %s %s" % (loads, remote))
    dom_badges = len(re.findall(r'class="badge', run.stdout))
    print("chromium dom: badges=%d" % dom_badges)
    shot = os.path.join(tmp, "shot.png")
    subprocess.run(flags + ["--window-size=1000,1000", "--screenshot=" + shot, target],
                   capture_output=True, timeout=120, check=True)
    width, height, bpp, rows = png_pixels(shot)
    wanted = {"step": (0xff, 0xf1, 0xa8), "warning": (0xff, 0xd8, 0xd3), "badge": (0xd4, 0xa7, 0x2c)}
    counts = dict.fromkeys(wanted, 0)
    for line in rows:
        for x in range(0, width * bpp, bpp):
            pixel = (line[x], line[x + 1], line[x + 2])
            for name, color in wanted.items():
                if pixel == color:
                    counts[name] += 1
    print("screenshot: " + " ".join("%s=%s" % (k, "yes" if v > 20 else "no")
                                     for k, v in sorted(counts.items())))

if errors:
    sys.exit("\n".join(errors))
