# ord and chr
for c in ["A", "a", "0", " ", "\n", "~", "é", "ß", "Ω", "日", "😀", "\x00", "\x7f", "\u0100"]:
    print(repr(c), ord(c), hex(ord(c)))
print([chr(i) for i in range(65, 75)])
print(chr(97), chr(0x41), chr(233), chr(0x65E5), chr(0x1F600), repr(chr(0)), repr(chr(127)), repr(chr(160)))
print("".join([chr(ord(c) + 1) for c in "HAL"]))
def caesar(text, k):
    out = ""
    for c in text:
        if "a" <= c <= "z":
            out += chr((ord(c) - 97 + k) % 26 + 97)
        elif "A" <= c <= "Z":
            out += chr((ord(c) - 65 + k) % 26 + 65)
        else:
            out += c
    return out
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
print(sum([ord(c) for c in "checksum"]), max("chars", key=ord))
print(ord(chr(0x10FFFF)), chr(0x10FFFF) == "\U0010ffff")
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
