# sys.exit with a string: message goes to stderr, status 1
import sys
print("about to exit with a message")
sys.exit("fatal: something went wrong")
