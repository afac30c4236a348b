# sys.argv when run with no extra arguments
import sys
print(len(sys.argv))
print(sys.argv[1:])
print(sys.argv[0] == "cli/argv_basic.py")
