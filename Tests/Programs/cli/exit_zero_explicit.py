# sys.exit(0) inside nested calls and after a finally block
import sys
def leave():
    try:
        print("in try")
        sys.exit(0)
    finally:
        print("finally runs during SystemExit")
leave()
print("never printed")
