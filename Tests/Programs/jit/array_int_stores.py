# Ints stored into arrays of every integer typecode inside hot loops: the trace checks
# each C type's range, and a value outside it raises OverflowError where the
# interpreter would, with the stores before it done and none after.
from array import array

CODES = "bBhHiIlLqQ"


def fill(a, values):
    for i, v in enumerate(values):
        a[i % len(a)] = v
    return a


def sums():
    out = []
    for code in CODES:
        a = array(code, [0] * 16)
        fill(a, [(k * 37) % 100 for k in range(600)])
        out.append((code, sum(a), a[3], a[15]))
    print(out)


def overflow(code, bad):
    a = array(code, [0] * 8)
    values = [k % 50 for k in range(500)] + [bad] + [7] * 20
    try:
        fill(a, values)
    except OverflowError as e:
        print(code, bad, "OverflowError:", e, list(a))
    else:
        print(code, bad, "stored", list(a))


def canvas():
    # raytrace's Canvas: an 'B' array with a byte per colour channel.
    w, h = 20, 15
    data = array("B", [0] * (w * h * 3))
    for i in range(w * h):
        data[i * 3 + 2] = 255
    for y in range(h):
        for x in range(w):
            i = ((h - y - 1) * w + x) * 3
            data[i] = max(0, min(255, int((x / w) * 300)))
            data[i + 1] = (x * y) % 256
    print(sum(data), data[:9].tolist(), data[-9:].tolist())


sums()
for code, bad in [("b", 128), ("b", -129), ("B", 256), ("B", -1), ("h", 40000), ("H", -5),
                  ("H", 70000), ("i", 2 ** 31), ("I", -1), ("I", 2 ** 32), ("L", -3), ("Q", -3),
                  ("l", 2 ** 63), ("q", -(2 ** 63) - 1)]:
    overflow(code, bad)
canvas()
