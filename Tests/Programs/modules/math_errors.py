# math domain and range errors
import math
def attempt(label, thunk):
    try:
        print(label, "=", thunk())
    except ValueError as e:
        print(label, "-> ValueError:", e)
    except OverflowError as e:
        print(label, "-> OverflowError:", e)
    except ZeroDivisionError as e:
        print(label, "-> ZeroDivisionError:", e)
    except TypeError as e:
        print(label, "-> TypeError:", e)

attempt("sqrt(-1)", lambda: math.sqrt(-1))
attempt("sqrt(-0.0)", lambda: math.sqrt(-0.0))
attempt("log(0)", lambda: math.log(0))
attempt("log(-1)", lambda: math.log(-1))
attempt("log(10, 1)", lambda: math.log(10, 1))
attempt("log(0.0)", lambda: math.log(0.0))
attempt("log2(-2)", lambda: math.log2(-2))
attempt("log10(0)", lambda: math.log10(0))
attempt("acos(2)", lambda: math.acos(2))
attempt("asin(-1.5)", lambda: math.asin(-1.5))
attempt("exp(1000)", lambda: math.exp(1000))
attempt("pow(10, 400)", lambda: math.pow(10, 400))
attempt("pow(0, -1)", lambda: math.pow(0, -1))
attempt("pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3))
attempt("fmod(1, 0)", lambda: math.fmod(1, 0))
attempt("fmod(inf, 1)", lambda: math.fmod(math.inf, 1))
attempt("sqrt('x')", lambda: math.sqrt("x"))
attempt("floor(inf)", lambda: math.floor(math.inf))
attempt("ceil(nan)", lambda: math.ceil(math.nan))
attempt("cosh(1000)", lambda: math.cosh(1000))
attempt("atanh(1)", lambda: math.atanh(1))
attempt("sqrt(inf)", lambda: math.sqrt(math.inf))
attempt("exp(-inf)", lambda: math.exp(-math.inf))
attempt("log(inf)", lambda: math.log(math.inf))
attempt("sin(inf)", lambda: math.sin(math.inf))
attempt("sqrt(nan)", lambda: math.sqrt(math.nan))
attempt("log(2**10000)", lambda: round(math.log(2 ** 10000), 6))
attempt("sqrt(10**400)", lambda: math.sqrt(10 ** 400))
attempt("hypot(inf, nan)", lambda: math.hypot(math.inf, math.nan))
attempt("factorial(-5)", lambda: math.factorial(-5))
