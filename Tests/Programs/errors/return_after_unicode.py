# The caret range counts UTF-8 bytes, as CPython does
name = "café"; return name
