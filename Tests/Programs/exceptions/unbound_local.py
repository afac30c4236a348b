# UnboundLocalError and NameError
x = 10
def reads_before_assign():
    print(x)
    x = 5
try:
    reads_before_assign()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def augmented_local():
    x += 1
try:
    augmented_local()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def conditional_assign(flag):
    if flag:
        value = "set"
    return value
print(conditional_assign(True))
try:
    conditional_assign(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def deleted_local():
    y = 1
    del y
    return y
try:
    deleted_local()
except NameError as e:
    print(type(e).__name__ + ":", e)

def uses_missing_global():
    return missing_global_name + 1
try:
    uses_missing_global()
except NameError as e:
    print("NameError:", e)

def closure_unbound():
    def inner():
        return z
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
    z = 1
print(closure_unbound())

try:
    print(nonexistent)
except NameError as e:
    print("NameError:", e, e.args)

def loop_var_unbound():
    for i in []:
        pass
    return i
try:
    loop_var_unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    prnt("typo")
except NameError as e:
    print("NameError:", e)
try:
    del never_defined
except NameError as e:
    print("NameError:", e)
