# Generates GeneratedCases.swift: expected outputs taken from CPython 3.11 itself.
#
# Run with python3.11 from this directory:  python3 gen_cases.py > GeneratedCases.swift
# Each table is JSON lines inside a raw string literal (big Swift array literals compile slowly).
# Error expectations are written "ExceptionType: message".
import json
import random
import struct
import sys
import types
import _string

assert sys.version_info[:2] == (3, 11), "expected outputs must come from CPython 3.11"

rng = random.Random(20240611)


def bits(x):
    return f"{struct.unpack('<Q', struct.pack('<d', x))[0]:016x}"


def frombits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def outcome(fn):
    try:
        return {"out": fn()}
    except Exception as e:  # the exception is the expected result
        return {"err": f"{type(e).__name__}: {e}"}


def no_surrogates(d):
    return "out" not in d or not any(0xD800 <= ord(c) <= 0xDFFF for c in d["out"])


# ---------------------------------------------------------------- float repr
def float_repr_values():
    fixed = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 1e16, 1e15, 9999999999999998.0,
             1e-4, 1e-5, 0.0001234, 1e22, 1e23, 1e-7, 123456789012345678.0, 2.0 ** 53, 2.0 ** 53 + 2,
             2.0 ** 63, 2.0 ** 64, 1.7976931348623157e308, 2.2250738585072014e-308, 2.225073858507201e-308,
             5e-324, 1e-323, 4.9406564584124654e-324, float('inf'), float('-inf'), float('nan'),
             3.141592653589793, 2.718281828459045, 1.5, 2.5, 0.5, 0.25, 0.125, 1e300, 1e-300, 123.456,
             9.999999999999999e22, 1.0000000000000002, 0.9999999999999999, 4.35, 0.3, 1e100, 12345678.9,
             2e16 + 8, 1234567890123456.7, 0.000123, 5e-5, 7.0e-10, 6.02214076e23, 1.602176634e-19]
    vals = list(fixed)
    for _ in range(120):
        vals.append(frombits(rng.getrandbits(64)))
    for _ in range(80):
        vals.append(float(f"{rng.randint(1, 10 ** rng.randint(1, 17))}e{rng.randint(-330, 310)}"))
    for _ in range(40):
        k = rng.randint(0, 23)
        lo, hi = (2 ** 53) // (5 ** k) + 1, (2 ** 54) // (5 ** k)
        if lo <= hi:
            d = rng.randint(lo, hi) | 1
            vals.append(float(d * 10 ** k))
    for _ in range(30):
        p = rng.randint(-1074, 1023)
        x = 2.0 ** p
        b = struct.unpack('<Q', struct.pack('<d', x))[0]
        vals += [x, frombits(b - 1), frombits(b + 1)]
    for _ in range(30):
        vals.append(frombits(rng.randint(1, 2 ** 52 - 1)))
    for _ in range(25):
        # Swift's own description turns to exponent form at 2^53; CPython waits for 1e16.
        vals.append(float(rng.randint(2 ** 53, 10 ** 16)))
    return [v if v != v else (-v if rng.random() < 0.3 else v) for v in vals]


# ---------------------------------------------------------------- format()
FILLS = ['', '', '', 'x', '0', '*', ' ', '€', '<', '=', '{']


def rand_spec(kind):
    s = ''
    if rng.random() < 0.4:
        s += rng.choice(FILLS) + rng.choice('<>=^')
    if rng.random() < 0.3:
        s += rng.choice('+- ')
    if rng.random() < 0.1:
        s += 'z'
    if rng.random() < 0.2:
        s += '#'
    if rng.random() < 0.25:
        s += '0'
    if rng.random() < 0.5:
        s += str(rng.randint(0, 30))
    if rng.random() < 0.2:
        s += rng.choice([',', '_', ',', '_', ',_'])
    if rng.random() < 0.5:
        s += '.' + str(rng.choice([0, 1, 2, 3, 5, 6, 10, 17, 20, 25, 40]))
    types_ = {'f': 'eEfFgGn%', 'i': 'bcdoxXneEfFgG%', 's': 's', 'c': 'eEfFgGn%'}[kind]
    r = rng.random()
    if r < 0.7:
        s += rng.choice(types_)
    elif r < 0.75:
        s += rng.choice('abdsxqz!,.')
    return s


def rand_float():
    r = rng.random()
    if r < 0.3:
        x = frombits(rng.getrandbits(64))
    elif r < 0.6:
        x = float(f"{rng.randint(0, 10 ** rng.randint(1, 17))}e{rng.randint(-25, 25)}")
    elif r < 0.7:
        x = rng.choice([0.0, -0.0, float('inf'), float('-inf'), float('nan'), 0.5, 1.5, 2.5, 0.125, 1e16,
                        1e-5, 9.995, 0.05, 5e-324, 1.7976931348623157e308])
    elif r < 0.85:
        x = round(rng.uniform(-1000, 1000), rng.randint(0, 6))
    else:
        x = rng.randint(-10 ** 8, 10 ** 8) / 10 ** rng.randint(0, 9)
    if x == x and rng.random() < 0.3:
        x = -x
    return x


def rand_int():
    r = rng.random()
    if r < 0.5:
        return rng.randint(-1000, 100000)
    if r < 0.8:
        return rng.randint(-2 ** 64, 2 ** 64)
    if r < 0.95:
        return rng.randint(-10 ** rng.randint(1, 60), 10 ** rng.randint(1, 60))
    return rng.choice([0, 1, -1, 65, 0x10FFFF, 0x110000, 2 ** 63, -2 ** 63, 2 ** 63 - 1, 2 ** 1024,
                       2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971, 1114111])


FIXED_FLOAT_SPECS = [
    (1.0, '.3'), (1e20, ''), (1.5, '10'), (123.0, '.3'), (123.0, '.3g'), (1.0, 'abc'), (1.0, 'x'), (1.0, ',_'),
    (1.0, '_,'), (1.0, '.'), (1.0, '.f'), (1.0, 'z'), (-0.0, 'z.1f'), (-0.0001, 'z.1f'), (-0.0, 'z'), (-0.0, 'zg'),
    (1.0, '=10'), (1.0, '0<10'), (1234.5678, '015,.2f'), (0.125, '.2f'), (2.5, '.0f'), (0.5, '.0f'), (1.125, '.2e'),
    (1.0, '#'), (1.0, '#.0'), (1.0, '#.0e'), (1e300, ',.2f'), (0.1, '.60f'), (float('inf'), '010'),
    (float('-nan'), '+'), (float('nan'), 'z'), (1.0, '.3000000000'), (1.0, '99999999999999999999'),
    (1.0, '\x80'), (1.0, '\u1234'), (1.0, ',\u1234'), (1.0, '_\x80'), (1.5, '.\u0662\u0660f'), (1.0, '\x7f'),
    (12345.678, ',.1%'), (0.000012345, 'n'), (1e-7, ','), (1e16, ',.0f'), (123456789.0, '_'), (-1.5, '^+12.3e'),
    (3.0, 'G'), (1e-10, 'G'), (float('inf'), 'F'), (float('nan'), 'E'), (1.0, '\U0001F600^9'),
]
FIXED_INT_SPECS = [
    (1, 'x.'), (1, ',s'), (1, '.2'), (1, 'z'), (1, 'c'), (-1, 'c'), (1, '+c'), (1, '#c'), (2 ** 70, 'c'), (1, ',b'),
    (1, '_n'), (1, ',n'), (1, ',c'), (1234, '0=10,'), (1234, '0>10,'), (1234, '010,'), (1234, '08,'),
    (1234, 'x<010,'), (1, '%'), (10 ** 400, 'e'), (1, 'n'), (5, '#.0f'), (255, '#x'), (255, '#X'), (-255, '#010x'),
    (255, '#b'), (255, '_b'), (2 ** 40, '#_o'), (65, '05c'), (65, '^5c'), (0x1F600, 'c'), (1, ',,'), (1, '__'),
    (1, '=5z'), (1, 'z.2'), (1, '\u0661\u0660'), (1, '1\u00b2'), (1, '\x00'), (1, '++'), (-0, '+'),
    (-(2 ** 64), ',d'), (2 ** 64, '_x'), (123456789, ' ,'), (-5, ' 6'), (7, '=+8'), (10 ** 30, 'g'),
]
FIXED_STR_SPECS = [
    ('a', '+'), ('a', ' '), ('a', '#'), ('a', '='), ('a', 'z'), ('a', '0'), ('a', '010'), ('ab', '\x00<5'),
    ('a', 'd'), ('a', ','), ('a', '_'), ('a', '<<5'), ('a', '\U0001F600^7'), ('abc', '.1'), ('abc', '^10.2'),
    ('e\u0301', '>4'), ('日本語', '^8'), ('', '5'), ('abc', '0>6'), ('abc', '.0'), ('a', 'a<'), ('x', '\x80'),
]


def format_cases():
    floats, ints, strs = [], [], []
    for v, s in FIXED_FLOAT_SPECS:
        floats.append(dict(v=bits(v), s=s, **outcome(lambda: format(v, s))))
    for n, s in FIXED_INT_SPECS:
        ints.append(dict(v=str(n), s=s, **outcome(lambda: format(n, s))))
    for t, s in FIXED_STR_SPECS:
        strs.append(dict(v=t, s=s, **outcome(lambda: format(t, s))))
    for _ in range(700):
        v, s = rand_float(), rand_spec('f')
        d = outcome(lambda: format(v, s))
        if "out" in d and len(d["out"]) > 400:
            continue
        floats.append(dict(v=bits(v), s=s, **d))
    for _ in range(500):
        n, s = rand_int(), rand_spec('i')
        d = outcome(lambda: format(n, s))
        if not no_surrogates(d) or ("out" in d and len(d["out"]) > 400):
            continue
        ints.append(dict(v=str(n), s=s, **d))
    for _ in range(150):
        t = rng.choice(['', 'a', 'abc', 'hello world', 'é', 'naïve', '日本語', 'e\u0301', '😀x', 'tab\tx'])
        s = rand_spec('s')
        strs.append(dict(v=t, s=s, **outcome(lambda: format(t, s))))
    return floats, ints, strs


FIXED_COMPLEX = [
    (1 + 2j, ''), (1 + 2j, 'z'), (complex(-0.0, -0.0), 'z'), (complex(-0.0, -0.0), ''), (complex(0.0, -0.0), ''),
    (1 + 2j, '%'), (1 + 2j, '010'), (1 + 2j, '0<10'), (1 + 2j, '=10'), (1 + 2j, 'x<20,.2f'),
    (complex(1, float('nan')), ''), (complex(float('inf'), float('-inf')), ''), (1e20 + 1e-20j, '.3'),
    (1 + 2j, '+.1e'), (1 + 2j, 'c'), (1 + 2j, '#'), (1.5 + 2j, '^20n'), (1234.5 + 6789j, ','), (2j, '+'),
    (2j, ' 10'), (1 + 2j, 'abc'), (0.1 + 0.2j, '.17g'), (1e16 + 1e-5j, ''), (complex(5, 0), ''),
]


def complex_cases():
    cases = []

    def add(z, spec):
        cases.append(dict(re=bits(z.real), im=bits(z.imag), s=spec, **outcome(lambda: format(z, spec))))

    for z, spec in FIXED_COMPLEX:
        add(z, spec)
    for _ in range(150):
        re_ = rng.choice([0.0, -0.0]) if rng.random() < 0.2 else rand_float()
        add(complex(re_, rand_float()), rand_spec('c') if rng.random() < 0.85 else '')
    return cases


# ---------------------------------------------------------------- str % args
def enc_arg(v):
    if isinstance(v, bool):
        return ["b", v]
    if isinstance(v, int):
        return ["i", str(v)]
    if isinstance(v, float):
        return ["f", bits(v)]
    if isinstance(v, str):
        return ["s", v]
    if v is None:
        return ["n"]
    return ["l", repr(v), str(v)]


def rand_pct_val():
    r = rng.random()
    if r < 0.3:
        return rng.choice([0, 1, -1, 7, 42, -255, 65, 233, 0x10FFFF, 0x110000, 2 ** 63, -2 ** 70, 10 ** 30,
                           rng.randint(-10 ** 6, 10 ** 6)])
    if r < 0.55:
        return rng.choice([0.0, -0.0, 1.5, -2.5, 3.14159, 1e-5, 1e16, 1e300, float('inf'), float('nan'), 0.125,
                           123456.789, rng.uniform(-1e4, 1e4)])
    if r < 0.8:
        return rng.choice(['', 'a', 'abc', 'x', 'é', "it's", 'q"', 'both\'"', '日本', 'tab\t', 'nl\n', '\x7f',
                           '\u200b', '😀'])
    if r < 0.87:
        return rng.choice([True, False])
    if r < 0.92:
        return None
    return rng.choice([[1, 2], [], ['é']])


def rand_conv(keys):
    s = '%'
    if keys and rng.random() < 0.5:
        s += '(' + rng.choice(keys) + ')'
    for _ in range(rng.choice([0, 0, 1, 1, 2])):
        s += rng.choice('-+ #0')
    r = rng.random()
    if r < 0.1:
        s += '*'
    elif r < 0.5:
        s += str(rng.randint(0, 12))
    r = rng.random()
    if r < 0.07:
        s += '.*'
    elif r < 0.4:
        s += '.' + str(rng.choice([0, 1, 2, 3, 5, 10, 20]))
    if rng.random() < 0.03:
        s += rng.choice('hlL')
    r = rng.random()
    if r < 0.93:
        s += rng.choice('diouxXeEfFgGcrsa' + 'sdrf')
    elif r < 0.96:
        s += rng.choice('%zkéq$')
    return s


FIXED_PERCENT = [
    ('%5%', ()), ('%z', ()), ('%z', (1,)), ('%\u1234', (1,)), ('%\x05', (1,)), ('abc %', (1,)), ('%5', (1,)),
    ('%.', (1,)), ('%*', (1,)), ('%*d', (1,)), ('%*d', ('a', 2)), ('%.*d', (-3, 2)), ('%*d', (-3, 2)),
    ('%05.3d', (1,)), ('%-05d', (1,)), ('%05s', ('a',)), ('%05f', (float('inf'),)), ('%+05f', (float('-inf'),)),
    ('%#x', (255,)), ('%#X', (255,)), ('%#o', (8,)), ('%#10x', (255,)), ('%#010x', (255,)), ('%-#10x', (255,)),
    ('%#.5x', (255,)), ('%#010.5x', (-255,)), ('%d', ('a',)), ('%x', (1.5,)), ('%d', (1.9,)), ('%d', (-1.9,)),
    ('%d', (float('inf'),)), ('%d', (float('nan'),)), ('%d', (1e20,)), ('%f', ('a',)), ('%c', ('ab',)),
    ('%c', (1.5,)), ('%c', (-1,)), ('%c', (2 ** 70,)), ('%c', (65,)), ('%5c', ('x',)), ('%(a)s %s', {'a': 1}),
    ('%s %(a)s', {'a': 1}), ('%(a)s', (1,)), ('%(a', {'a': 1}), ('%(a(b)c)s', {'a(b)c': 5}), ('abc', 5),
    ('abc', []), ('abc', {}), ('%s', ()), ('%s %s', (1,)), ('%s', (1, 2)), ('%.2s', ('abc',)), ('%.1r', ('abc',)),
    ('%i %u', (3, 4)), ('%hd %ld %Ld', (1, 2, 3)), ('%lz', (1,)), ('%F', (float('inf'),)), ('%a', ('é',)),
    ('%r', ('é',)), ('%s', (True,)), ('%d', (True,)), ('%.0f', (2.5,)), ('%.2f', (0.125,)), ('%*.*f', (10, 2, 3.14159)),
    ('%*s', (1.0, 'a')), ('%.3000000000f', (1.0,)), ('%99999999999999999999d', (1,)), ('%*d', (2 ** 70, 1)),
    ('%.*d', (2 ** 40, 1)), ('%(x)d', {'x': 2}), ('%()s', {'': 3}), ('%d%%', (5,)), ('%%%', ()), ('%(a)', {'a': 1}),
    ('%(a)*d', {'a': 3}), ('%(b)s', {'a': 1}), ('%s', ([],)), ('%c', ('',)), ('%.100f', (0.1,)), ('%.60e', (1e300,)),
    ('%s%', (1,)), ('%(', {}), ('%e', (2 ** 2000,)), ('%r', ('a\'b"c\\',)), ('%a', ('\x00\u2028😀',)),
]


def percent_cases():
    cases = []

    def add(fmt, args):
        d = outcome(lambda: fmt % args)
        if not no_surrogates(d):
            return
        d['fmt'] = fmt
        if isinstance(args, tuple):
            d['tuple'] = [enc_arg(v) for v in args]
        elif isinstance(args, dict):
            d['dict'] = {k: enc_arg(v) for k, v in args.items()}
            d['drepr'] = repr(args)
        else:
            d['single'] = enc_arg(args)
        cases.append(d)

    for fmt, args in FIXED_PERCENT:
        add(fmt, args)
    lits = ['', '', 'x', 'ab ', 'é', ' = ', '%%', '日']
    for _ in range(600):
        kind = rng.random()
        keys = None
        if kind < 0.6:
            args = tuple(rand_pct_val() for _ in range(rng.randint(0, 4)))
        elif kind < 0.8:
            args = rand_pct_val()
        else:
            keys = rng.sample(['a', 'b', 'key', 'x(y)', ''], rng.randint(0, 3))
            args = {k: rand_pct_val() for k in keys}
            keys = keys + ['zz']
        fmt = rng.choice(lits)
        for _ in range(rng.randint(0, 4)):
            fmt += rand_conv(keys) + rng.choice(lits)
        if rng.random() < 0.02:
            fmt += '%'
        add(fmt, args)
    return cases


# ---------------------------------------------------------------- str.format
NS = types.SimpleNamespace(x=1, y='s')
SF_ARGS = (42, 'abc', 3.5, [10, 'b', 2.5], {'k': 7, 'x': 'v'}, NS, -0.0, 'é日')
SF_KWARGS = {'a': -7, 'name': 'Bob', 'f': 0.1, 'lst': [1, 2], 'ns': NS, 'w': 5, 'p': '.2', 't': 'x', '': 'empty'}
SF_NAMES = ['', '', '', '0', '1', '2', '3', '4', '5', '6', '7', '9', 'a', 'name', 'f', 'lst', 'ns', 'zz', '٣', 'w',
            '99999999999999999999']
SF_ACCESSORS = ['.x', '.y', '.z', '[0]', '[1]', '[k]', '[x]', '[9]', '[]', '.', '[', ']x', '[99999999999999999999]',
                '[-1]']
SF_SPECS = ['', '', '>10', '^9', '<5', '*^12', '.2', '.3f', '+', '05', 'x', ',', 's', '#x', 'e', '{}', '{w}', '>{w}',
            '{p}f', '{:{}}', '{{}}', '{', '}', '{0}', 'z', '=', '.1%']
SF_LITS = ['', '', 'x', ' ', '{{', '}}', '{', '}', 'é', 'ab']
FIXED_TEMPLATES = [
    'a{0}b{name.x[3]!r:>{w}}c{{', '{}{}', '{0}{}', '{}{0}', '{:{}}', '{:{:{}}}', '{!}', '{!r', '{!rx}', '{a',
    '{0:', 'a}', 'a{', '{a{', '{[}]}', '{[}', '{0!\x00}', '{0!\x80}', '{ns.x}{ns.y!r:>5}', '{3[1]!a:^7}',
    '{4[k]:+05}', '{٣}', '{zz}', '{9}', '{0[0]}', '{0..x}', '{0[0]x}', '{lst[1]}', '{2:{p}f}', '{{}}',
    '{1:{0}}', '{{{0}}}', '}}{{', '{0:}}', '{:}', '{0!s:}',
]


def str_format_cases():
    cases = []

    def field():
        s = '{' + rng.choice(SF_NAMES)
        for _ in range(rng.choice([0, 0, 0, 1, 1, 2])):
            s += rng.choice(SF_ACCESSORS)
        if rng.random() < 0.2:
            s += rng.choice(['!r', '!s', '!a', '!z', '!', '!r!', '!\x80'])
        if rng.random() < 0.5:
            s += ':' + rng.choice(SF_SPECS)
        if rng.random() < 0.97:
            s += '}'
        return s

    templates = list(FIXED_TEMPLATES)
    for _ in range(500):
        t = rng.choice(SF_LITS)
        for _ in range(rng.randint(0, 3)):
            t += field() + rng.choice(SF_LITS)
        templates.append(t)
    for t in templates:
        d = outcome(lambda: t.format(*SF_ARGS, **SF_KWARGS))
        d['t'] = t
        items = []
        d['fperr'] = None
        try:
            for item in _string.formatter_parser(t):
                items.append(list(item))
        except Exception as e:
            d['fperr'] = f"{type(e).__name__}: {e}"
        d['fp'] = items
        cases.append(d)
    return cases


def field_name_split_cases():
    cases = []
    for n in ['', '0', 'a.b[0][x]', 'a..b', 'a[', 'a[]', 'a]x', 'a[0]x', '99999999999999999999',
              'a[99999999999999999999]', '٣', 'x.y.z', '0[1][2].real', 'a[b.c]', 'a.b[', '[0]', '.x']:
        d = {"name": n}
        try:
            first, rest = _string.formatter_field_name_split(n)
            d['first'] = first if isinstance(first, str) else None
            d['firstIndex'] = first if isinstance(first, int) else None
            items = []
            try:
                for is_attr, key in rest:
                    items.append([is_attr, key])
                d['resterr'] = None
            except Exception as e:
                d['resterr'] = f"{type(e).__name__}: {e}"
            d['rest'] = items
        except Exception as e:
            d['err'] = f"{type(e).__name__}: {e}"
        cases.append(d)
    return cases


def str_repr_cases():
    texts = ['', 'a', "it's", 'say "hi"', 'both \' and "', 'back\\slash', 'tab\tnl\nret\r', '\x00\x01\x1f\x7f',
             '\x80\x9f\xa0\xad\xe9', 'é日本', '\u200b\u2028\u2029\u3000', '\ue000', '😀\U000e0001', '\u0378',
             'e\u0301', '\ufeff', '\xff\u0100\uffff', '\U0010ffff', '\u00a0']
    return [[t, repr(t), ascii(t)] for t in texts]


def emit(name, rows):
    print(f"// {len(rows)} cases")
    print(f'let {name} = #"""')
    for r in rows:
        line = json.dumps(r, ensure_ascii=True)
        assert '"""#' not in line
        print(line)
    print('"""#')
    print()


def main():
    print("// Generated by gen_cases.py from CPython 3.11 (python3 gen_cases.py > GeneratedCases.swift). Do not edit.")
    print()
    emit("floatReprCases", [[bits(v), repr(v)] for v in float_repr_values()])
    floats, ints, strs = format_cases()
    emit("floatFormatCases", floats)
    emit("intFormatCases", ints)
    emit("strFormatSpecCases", strs)
    emit("complexFormatCases", complex_cases())
    emit("percentCases", percent_cases())
    emit("strFormatCases", str_format_cases())
    emit("fieldNameSplitCases", field_name_split_cases())
    emit("strReprCases", str_repr_cases())


main()
