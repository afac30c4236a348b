# raise SystemExit directly
print("raising SystemExit(4)")
raise SystemExit(4)
