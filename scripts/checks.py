"""Pass/fail bookkeeping shared by the check scripts (scripts/test-execution-model,
scripts/test-jit-cache): `check` counts a passed check or prints the failed one."""

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
