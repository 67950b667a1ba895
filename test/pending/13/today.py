#!/usr/bin/env python3
"""today.py FILE...: for each RUN line of each pending test, run ctxlife
($CTXLIFE_TOOL, default build/bin/ctxlife) on the file with its CHECK comments
blanked, as test/check_ctxlife.py does, and compare its warnings with the
CHECK-MESSAGES warnings (notes are not compared; lit does that). Prints per
RUN: expected warnings found / missing, and unexpected warnings."""
import re, sys, os, subprocess, shlex
TOOL = os.environ.get('CTXLIFE_TOOL', 'build/bin/ctxlife')
SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
def subst(s, path):
    s = s.replace('%stubflags', '-std=c++20 -isystem ' + SRC + '/Inputs')
    s = s.replace('%asio_coro_flags', '-std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE -include utility')
    s = s.replace('%S', os.path.dirname(os.path.abspath(path)))
    s = s.replace('%inputs', SRC + '/Inputs')
    return s
for path in sys.argv[1:]:
    text = open(path).read()
    lines = text.split('\n')
    runs = [l.split('RUN:', 1)[1].strip() for l in lines if 'RUN: %check_ctxlife' in l]
    for run in runs:
        args = shlex.split(subst(run, path))
        args = args[1:]  # drop %check_ctxlife
        comp = []
        if '--' in args:
            i = args.index('--'); args, comp = args[:i], args[i+1:]
        suffix, opts = '', ''
        pos = []
        for a in args:
            if a.startswith('--check-suffix='): suffix = '-' + a.split('=',1)[1]
            elif a.startswith('--config-options='): opts = a.split('=',1)[1]
            elif a.startswith('--'): pass
            else: pos.append(a)
        check = pos[1]
        cleaned = re.sub(r'// *CHECK-[A-Z0-9\-]*:[^\r\n]*', '//', text)
        # Beside the original, so quoted includes resolve the same way.
        work = os.path.join(os.path.dirname(os.path.abspath(path)), '.today_' + os.path.basename(path))
        open(work, 'w').write(cleaned)
        cfg = "{Checks: '-*,%s'%s}" % (check, (", CheckOptions: {" + opts + "}") if opts else "")
        p = subprocess.run([TOOL, '--config=' + cfg, '--quiet', work, '--'] + comp, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        os.unlink(work)
        out = p.stdout.decode()
        got = []
        for m in re.finditer(r'^(.*?):(\d+):(\d+): (warning|error): (.*)$', out, re.M):
            f = m.group(1)
            where = ('' if f == work else os.path.basename(f) + ':') + m.group(2) + ':' + m.group(3)
            got.append((where, m.group(4), m.group(5)))
        exp = []
        pref = 'CHECK-MESSAGES' + suffix + ':'
        for i, l in enumerate(lines, 1):
            if pref not in l: continue
            m = re.search(re.escape(pref) + r' (\S*?):(?:\[\[@LINE([+-]\d+)?\]\]|(\d+)):(\d+): warning: (.*)', l)
            if not m: continue
            ln = int(m.group(3)) if m.group(3) else i + int(m.group(2) or 0)
            where = (m.group(1) or '') + str(ln) + ':' + m.group(4)
            exp.append((where, m.group(5)))
        gotset = {(w, msg) for w, k, msg in got}
        found = [e for e in exp if e in gotset]
        missing = [e for e in exp if e not in gotset]
        unexpected = [g for g in got if (g[0], g[2]) not in set(exp)]
        print('== %s  [%s%s] rc=%d' % (os.path.basename(path), check, suffix, p.returncode))
        print('   expected %d, found %d, missing %d, unexpected %d' % (len(exp), len(found), len(missing), len(unexpected)))
        for w, msg in missing: print('   MISSING    %s %s' % (w, msg[:150]))
        for w, k, msg in unexpected: print('   UNEXPECTED %s %s: %s' % (w, k, msg[:150]))
        if p.returncode not in (0, 1): print(p.stderr.decode()[:2000])
