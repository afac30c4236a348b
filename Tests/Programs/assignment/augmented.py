# Augmented assignment on names, items, and nested targets
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 10; print(x)
x /= 4; print(x)
x = 0b1100
x &= 0b1010; print(x)
x |= 0b0001; print(x)
x ^= 0b1111; print(x)
x <<= 3; print(x)
x >>= 1; print(x)
s = "ab"
s += "cd"; print(s)
s *= 3; print(s)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
lst *= 2
print(lst, alias is lst)
t = (1, 2)
talias = t
t += (3,)
print(t, talias, t is talias)
nums = [1, 2, 3]
nums[0] += 10
nums[-1] *= 5
nums[1] **= 3
print(nums)
d = {"a": 1}
d["a"] += 1
d["b"] = d.get("b", 0) + 5
d["b"] -= 1
print(d)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
grid[0][1] -= 2
print(grid)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
calls = []
def idx(i):
    calls.append(i)
    return i
arr = [10, 20, 30]
arr[idx(2)] += 1
print(arr, calls)
f = 1.5
f += 1
print(f)
f //= 1
print(f)
b = True
b += True
print(b, type(b))
nested = {"k": [1, 2]}
nested["k"] += [3]
nested["k"][0] += 100
print(nested)
try:
    undefined_name += 1
except NameError as e:
    print("NameError:", e)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(tup)
st = {1, 2}
st |= {3}
st &= {1, 3, 5}
st -= {1}
st ^= {7}
print(sorted(st))
