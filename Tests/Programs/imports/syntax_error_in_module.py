# A syntax error in an imported module is a catchable SyntaxError.
try:
    import imp_lib.syntax_bad
except SyntaxError as e:
    print("caught", e.msg, e.lineno, e.filename.endswith("syntax_bad.py"))
import imp_lib.syntax_bad
