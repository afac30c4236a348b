# Number presentation types: f e g % with precision
vals = [0.0, -0.0, 1.0, 0.5, 2.5, 3.14159265, -2.71828, 123456.789, 1e-7, 1.5e20, 0.000123456, 1e16,
        100.0, 99.99, 0.1 + 0.2]
for v in vals:
    print(repr(v), "{:.3f}|{:e}|{:.2e}|{:g}|{:.3g}|{:%}|{:.1%}|{:.0f}|{}|{:.12g}".format(
        v, v, v, v, v, v, v, v, v, v))
for v in [0, 7, -7, 255, 10 ** 20]:
    print(v, "{:f}|{:e}|{:g}|{:%}|{:.2f}|{:E}|{:G}".format(v, v, v, v, v, v, v))
print("{:.0e} {:.0g} {:#.0e} {:#.0g} {:#g}".format(12345.0, 12345.0, 5.0, 5.0, 5.0))
print("{:g} {:g} {:g} {:g} {:g}".format(1e-4, 1e-5, 123456.0, 1234567.0, 0.0001234))
print("{:G} {:E} {:F}".format(1e-10, 1.5, float("inf")))
print("{:f} {:e} {:g} {:%} {}".format(float("nan"), float("inf"), float("-inf"), float("inf"), float("nan")))
print("{:.2f} {:.2f} {:.2f} {:.2f}".format(0.125, 0.375, 2.675, 1.005))
print("{:.1f} {:.1f} {:.1f} {:.1f}".format(0.25, 0.35, 0.45, -0.25))
print("{:.15f} {:.20f}".format(0.1, 0.1))
print("{:.3} {:.3} {:} {:.0}".format(3.14159, 1234.5, 1e22, 2.5))
print("{:10.3e}|{:<12.4g}|{:^12.2%}|{:+.3e}".format(1234.5, 0.00001234, 0.256, 1e-300))
print(format(1.1, ".17g"), format(1 / 3, ".50f"), format(2 ** 0.5, ".30f"))
print(format(123.456, "015.4f"), format(-123.456, "015.4f"), format(0.5, "+.0f"), format(1.5, "+.0f"))
print(format(1e300 * 1e10, "f"), format(-1e300 * 1e10, ",.2f"), format(5e-324, "g"), format(5e-324, ".3e"))
print(format(1234567.0, ",g"), format(0.000012345, ".3%"), format(12, ".2%"), format(-0.5, "%"))
print(str(1.5), str(2.0), "{:.2f}".format(1 / 7), round(1 / 7, 2), "%.2f" % (1 / 7))
