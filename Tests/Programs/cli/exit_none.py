# sys.exit() with no argument exits with status 0
import sys
print("exiting cleanly")
sys.exit()
print("never printed")
