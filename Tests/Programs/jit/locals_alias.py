# Exits and residual calls must leave a frame's variables in its registers even where
# bytecode liveness says nothing reads them: locals() reads them all by name, here under
# another name the JIT cannot see.
L = locals


def in_loop(n):
    total = 0
    for i in range(n):
        x = i * 2
        d = L()
        total += d["x"]
    return total


def after_loop(n):
    for i in range(n):
        x = i * 2
    return L()["x"]


def branchy(n):
    seen = []
    for i in range(n):
        y = i % 7
        if y == 3:
            seen.append(sorted(k for k in L() if k != "seen"))
    return len(seen), seen[-1]


print(in_loop(20000))
print(after_loop(20000))
print(branchy(5000))
