# Helper package for the imports/ conformance programs (not a program itself).
