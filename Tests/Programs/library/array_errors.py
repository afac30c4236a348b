# array's error paths: indices, slices, kinds, typecodes, initializers (checked against
# CPython's messages).
import array as m
cases = [
        lambda m: m.array('d', [1])[5], lambda m: m.array('d', [1])['x'], lambda m: m.array('d', [1]) + [1],
        lambda m: m.array('d', [1]) + m.array('i'), lambda m: m.array('d', [1]).extend(m.array('i', [1])),
        lambda m: m.array('d', [1]).__setitem__(slice(0, 1), [1]), lambda m: m.array('d', [1]).pop(10),
        lambda m: m.array('d').pop(), lambda m: m.array('d', [1]).remove(9), lambda m: m.array('d', [1]).index(9),
        lambda m: m.array('x'), lambda m: m.array('d', 'ab'), lambda m: m.array('d', [1]).__setitem__(5, 1.0),
        lambda m: m.array('d', [1, 2, 3, 4]).__setitem__(slice(0, 4, 2), m.array('d', [1])),
        lambda m: m.array('d', [1]).__setitem__(slice(0, 1), m.array('i', [1])),
        lambda m: m.array('d', [1]).__iadd__([1]), lambda m: m.array('i').fromlist((1,)),
        lambda m: m.array('i', 5), lambda m: m.array('i', None), lambda m: m.array(3), lambda m: m.array('dd'),
        lambda m: m.array('i', m.array('d', [1.0])), lambda m: m.array('d', [1])[-2],
        lambda m: m.array('d', [1]).__setitem__('a', 1.0), lambda m: m.array('d', [1]).__delitem__(3)]
for i, f in enumerate(cases):
    try:
        print(i, repr(f(m)))
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
