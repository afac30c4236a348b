# True division always produces floats
print(1 / 2, 4 / 2, -1 / 2, 1 / -2, 0 / 5, -0 / 5, 0 / -5)
print(7 / 7, 10 / 4, 1 / 3, 2 / 3, -2 / 3, 1 / 7)
print(type(4 / 2), 4 / 2 == 2)
print(1.0 / 3.0, 1 / 3.0, 1.0 / 3)
print(10 ** 20 / 10 ** 10, 2 ** 100 / 2 ** 99, (2 ** 100 + 1) / 2)
print(10 ** 30 / 3, 1 / 10 ** 30)
print(123456789123456789 / 1000)
print(1e308 / 10)
for d in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]:
    print(d, 1 / d, 100 / d)
zero = 0
fzero = 0.0
try:
    print(1 / zero)
except ZeroDivisionError as e:
    print("1/0 ->", e)
try:
    print(1.0 / zero)
except ZeroDivisionError as e:
    print("1.0/0 ->", e)
try:
    print(1 / fzero)
except ZeroDivisionError as e:
    print("1/0.0 ->", e)
try:
    print(1 // zero)
except ZeroDivisionError as e:
    print("1//0 ->", e)
try:
    print(1 % zero)
except ZeroDivisionError as e:
    print("1%0 ->", e)
try:
    print(1.0 // fzero)
except ZeroDivisionError as e:
    print("1.0//0.0 ->", e)
try:
    print(1.0 % fzero)
except ZeroDivisionError as e:
    print("1.0%0.0 ->", e)
try:
    print(divmod(1, zero))
except ZeroDivisionError as e:
    print("divmod(1, 0) ->", e)
try:
    print(divmod(1.5, fzero))
except ZeroDivisionError as e:
    print("divmod(1.5, 0.0) ->", e)
try:
    print(2 ** 100 // zero)
except ZeroDivisionError as e:
    print("big//0 ->", e)
try:
    print(2 ** 2000 / 3)
except OverflowError as e:
    print("OverflowError:", e)
print(2 ** 2000 // 3 ** 1000 > 0, (2 ** 2000) / (2 ** 1990))
