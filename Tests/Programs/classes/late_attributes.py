# Attributes that code outside the class sets late, on instances made before the class
# knew the names (as go's Board sets Square.temp_ledges): the first instances have room
# for many, the next few hundred for a couple, the rest move into dicts. Reads, updates,
# __dict__ order, vars(), deletion and hot loops over them behave the same everywhere.


class Square:
    def __init__(self, pos):
        self.pos = pos
        self.color = 0

    def bump(self):
        self.color += 1


squares = [Square(i) for i in range(400)]


def mark(sq, k):
    sq.temp = k * 2                 # a name no method of Square sets
    sq.temp -= 1


for k, sq in enumerate(squares):
    mark(sq, k)
print(sum(sq.temp for sq in squares), squares[0].__dict__, squares[399].__dict__)

for sq in squares[::7]:
    sq.extra1 = sq.pos
    sq.extra2 = -sq.pos
    sq.extra3 = "x%d" % sq.pos        # a third late name: past the room of most
print(vars(squares[7]), vars(squares[350]))
print(sum(getattr(sq, "extra3", "") != "" for sq in squares), hasattr(squares[1], "extra1"))

del squares[14].temp
print(squares[14].__dict__, hasattr(squares[14], "temp"))
squares[14].temp = 5
print(list(squares[14].__dict__))


def hot(n):
    total = 0
    for i in range(n):
        sq = squares[i % 400]
        sq.bump()
        sq.temp += 1
        total += sq.temp + sq.color
        if i % 97 == 0:
            sq.late_hot = i
    return total


print(hot(20000), squares[97].late_hot, sum(hasattr(sq, "late_hot") for sq in squares))
fresh = Square(1000)
fresh.temp = 1
fresh.extra3 = 3
print(fresh.__dict__)
