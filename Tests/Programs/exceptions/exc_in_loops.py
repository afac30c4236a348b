# Exceptions inside loops and handlers that keep looping
data = ["10", "x", "30", "", "-5", "2.5", "7"]
total = 0
bad = []
for item in data:
    try:
        total += int(item)
    except ValueError:
        bad.append(item)
        continue
    finally:
        pass
print(total, bad)

i = 0
attempts = []
while True:
    try:
        i += 1
        if i < 4:
            raise RuntimeError("attempt %d failed" % i)
        attempts.append("success at %d" % i)
        break
    except RuntimeError as e:
        attempts.append(str(e))
print(attempts)

results = {}
for key in ["a", "b", "c", "a"]:
    try:
        results[key] += 1
    except KeyError:
        results[key] = 1
print(results)

caught = 0
for n in range(50):
    try:
        if n % 7 == 0:
            raise ValueError(n)
    except ValueError as e:
        caught += e.args[0]
print("sum of multiples of 7 below 50:", caught)

def first_valid(values):
    for v in values:
        try:
            return 100 // v
        except ZeroDivisionError:
            continue
        except TypeError:
            return "type error"
    return "none valid"
print(first_valid([0, 0, 4]), first_valid([0, "x"]), first_valid([0]))
matrix = [[1, 2], [3], [4, 5]]
for r in range(3):
    for c in range(2):
        try:
            print(matrix[r][c], end=" ")
        except IndexError:
            print("_", end=" ")
print()
