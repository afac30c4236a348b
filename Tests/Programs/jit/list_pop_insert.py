# list.pop and list.insert in traces: helper calls once the list is a list and the index
# an int (pop's checked in range). Each case leaves that path somewhere: an empty list,
# an index out of range, a negative or huge insert index, a bool index, a subclass.


def stack(n):
    st = []
    out = 0
    for i in range(n):
        st.append(i)
        st.append(i * 2)
        out += st.pop()
        if i % 3 == 0:
            out += st.pop(0)
    return out, len(st), st[:5]


def rotate(n):
    xs = list(range(10))
    for i in range(n):
        xs.insert(i % 13 - 6, xs.pop(i % 7))
        if i % 1000 == 0:
            xs.insert(10**6, xs.pop(-1))
    return xs


def empty_at_the_end(n):
    xs = list(range(n - 2))
    popped = 0
    errors = []
    for i in range(n):
        try:
            popped += xs.pop()
        except IndexError as e:
            errors.append(str(e))
    return popped, errors


def index_out_of_range(n):
    xs = list(range(50))
    got = []
    for i in range(n):
        k = 3 if i != n - 5 else 99
        try:
            got.append(xs.pop(k))
            xs.insert(k, got[-1])
        except IndexError as e:
            got.append(str(e))
    return got[-6:]


def bool_index(n):
    xs = [0, 1, 2]
    for i in range(n):
        xs.insert(True if i % 2 else 1, i)
        xs.pop(False if i % 2 else 0)
    return xs[:6], len(xs)


class Loud(list):
    def pop(self, *a):
        return ("popped", list.pop(self, *a))


def subclass(n):
    a, b = Loud(range(n)), list(range(n))
    out = []
    for i in range(n):
        src = a if i % 4 == 0 else b
        out.append(src.pop())
    return out[:3], out[-3:]


print(stack(5000))
print(rotate(5000))
print(empty_at_the_end(3000))
print(index_out_of_range(3000))
print(bool_index(3000))
print(subclass(3000))
