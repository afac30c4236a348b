def boom(n):
    if n == 0:
        raise ValueError("deep boom")
    return boom(n - 1)
