# finally with return, break, continue
def return_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(return_in_finally())

def finally_overrides_exception():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_overrides_exception())

def try_return_finally_side_effect():
    log = []
    def inner():
        try:
            log.append("try")
            return "value"
        finally:
            log.append("finally")
    r = inner()
    return r, log
print(try_return_finally_side_effect())

def value_evaluated_before_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_evaluated_before_finally())

def mutable_return():
    data = [1]
    try:
        return data
    finally:
        data.append(2)
print(mutable_return())

for i in range(5):
    try:
        if i == 2:
            break
        print("loop", i)
    finally:
        print("finally", i)
print("after loop")

def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "exception discarded by break, i = %d" % i
print(break_in_finally())

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        finally:
            out.append("f%d" % i)
            continue
    return out
print(continue_in_finally())

def nested_finally():
    log = []
    try:
        try:
            try:
                return "innermost"
            finally:
                log.append("f1")
        finally:
            log.append("f2")
    finally:
        log.append("f3")
        print(log)
print(nested_finally())

def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("finally n =", n)
print(while_finally())
def exception_in_finally():
    try:
        try:
            raise ValueError("a")
        finally:
            raise KeyError("b")
    except KeyError as e:
        return "got KeyError, context " + repr(e.__context__)
print(exception_in_finally())
