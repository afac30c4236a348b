"""Build one self-contained script from a program and the Lib/ modules it imports,
for trying the library under a swoop that cannot import files yet.

Usage: python3 Tests/Library/inline_for_swoop.py PROGRAM MODULE... > out.py

Each module's code is pasted in (they share one namespace, which is fine for the
modules used here), then `import m` becomes an object whose attributes are the
module's public names, and `from m import ...` lines are dropped.
"""
import ast
import os
import sys

LIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Lib")


def module_path(name):
    p = os.path.join(LIB, name + ".py")
    return p if os.path.exists(p) else os.path.join(LIB, name, "__init__.py")


def top_names(source):
    names = []
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, ast.Name):
                    names.append(t.id)
        elif isinstance(node, ast.ImportFrom):
            names.extend(a.asname or a.name for a in node.names)
    return [n for n in names if not n.startswith("_") or n.startswith("__") is False and False]


def main():
    program, modules = sys.argv[1], sys.argv[2:]
    out = []
    for m in modules:
        src = open(module_path(m)).read()
        out.append(src)
        out.append("\n\nclass _Module_%s:\n    pass\n\n_module_%s = _Module_%s()\n" % (m, m, m))
        for n in top_names(src):
            out.append("_module_%s.%s = %s\n" % (m, n, n))
    body = []
    for line in open(program).read().splitlines():
        s = line.strip()
        if s.startswith("import ") and s[7:].split(" as ")[0].strip() in modules:
            parts = s[7:].split(" as ")
            alias = parts[1].strip() if len(parts) > 1 else parts[0].strip()
            body.append("%s = _module_%s" % (alias, parts[0].strip()))
        elif s.startswith("from ") and s.split()[1] in modules:
            continue
        else:
            body.append(line)
    out.append("\n".join(body) + "\n")
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main()
