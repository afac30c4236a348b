# sys.exit(True) → status 1
import sys
print("exit(True)")
sys.exit(True)
