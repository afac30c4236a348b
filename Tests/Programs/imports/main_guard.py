def main():
    print("main ran")
if __name__ == "__main__":
    main()
import imp_lib
print(imp_lib.__name__ == "__main__")
