class Noisy:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__)
        return False


with Noisy():
    {}["missing"]
