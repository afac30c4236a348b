# Uncaught exception raised while handling another: last line is the newest exception
def load():
    try:
        return {}["config"]
    except KeyError:
        raise RuntimeError("could not load config")
print("loading")
load()
