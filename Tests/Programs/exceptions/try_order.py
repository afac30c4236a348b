# Ordering of try / except / else / finally
def trial(kind):
    log = []
    try:
        log.append("try")
        if kind == "value":
            raise ValueError("bad value")
        if kind == "key":
            raise KeyError("k")
        log.append("try end")
    except ValueError as e:
        log.append("except ValueError: " + str(e))
    except KeyError:
        log.append("except KeyError")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log

for kind in ["none", "value", "key"]:
    print(kind, trial(kind))

def uncaught():
    log = []
    try:
        try:
            log.append("inner try")
            raise TypeError("inner")
        except ValueError:
            log.append("wrong handler")
        finally:
            log.append("inner finally")
        log.append("not reached")
    except TypeError as e:
        log.append("outer caught " + str(e))
    return log
print(uncaught())

def else_raises():
    try:
        try:
            pass
        except Exception:
            print("not here")
        else:
            print("else runs, raising")
            raise RuntimeError("from else")
        finally:
            print("finally after else")
    except RuntimeError as e:
        print("caught", e)
else_raises()

def except_raises():
    try:
        try:
            raise ValueError("first")
        except ValueError:
            print("handling first")
            raise IndexError("second")
        finally:
            print("finally still runs")
    except IndexError as e:
        print("caught", repr(e), "context:", repr(e.__context__))
except_raises()

for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)

try:
    pass
finally:
    print("finally without except")
try:
    x = 1
except:
    print("never")
else:
    print("else without exception, x =", x)
try:
    raise ValueError
except:
    print("bare except caught ValueError")
