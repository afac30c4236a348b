# SystemExit can be caught; the program then continues and exits normally with a later code
import sys
try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit with code", e.code, e.args)
try:
    sys.exit("msg")
except SystemExit as e:
    print("caught", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code)
try:
    sys.exit(None)
except BaseException as e:
    print("BaseException", type(e).__name__, e.code)
print("exiting with 5")
sys.exit(5)
