"""Shared by the check scripts (scripts/test-execution-model, scripts/test-jit-cache) and
scripts/bench: pass/fail bookkeeping (`check` counts a passed check or prints the failed
one) and reading `--jit-stats` output."""
import re

failures = []
passed = 0


def check(name, cond, detail=""):
    global passed
    if cond:
        passed += 1
    else:
        failures.append(name)
        print("FAIL %s%s" % (name, (": " + detail) if detail else ""), flush=True)


def summary():
    """"N passed, M failed" and the exit status."""
    return "%d passed, %d failed" % (passed, len(failures)), (1 if failures else 0)


def jit_stat(stderr, name):
    """The number on `--jit-stats`'s line `name` (as "traces compiled"), or -1."""
    m = re.search(r"^\s*%s:\s+(\d+)" % re.escape(name), stderr, re.M)
    return int(m.group(1)) if m else -1


def jit_traces(stderr):
    """Traces and bridges compiled or loaded: what "from code cache" counts among."""
    return jit_stat(stderr, "traces compiled") + jit_stat(stderr, "bridges")
