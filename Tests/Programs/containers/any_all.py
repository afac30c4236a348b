# any and all
print(any([]), all([]), any([0]), all([0]), any([0, 1]), all([1, 1]), all([1, 0, 1]))
print(any(["", None, 0.0]), any(["", "x"]), all(["a", [1], (0,)]), all([[], 1]))
print(any([x > 3 for x in [1, 2, 5]]), all([x > 0 for x in [1, 2, -5]]))
print(any("abc"), all(""), any({0: "a"}), all({1: 0, 2: 0}), any(range(0)), all(range(1, 5)))
checked = []
def check(v):
    checked.append(v)
    return v
print(any(map(check, [0, 0, 3, 4, 0])), checked)
checked = []
print(all(map(check, [1, 2, 0, 4])), checked)
nums = [2, 4, 6, 7]
print(all([n % 2 == 0 for n in nums]), any([n % 2 for n in nums]))
print(type(any([1])), any([None, ""]) is False)
