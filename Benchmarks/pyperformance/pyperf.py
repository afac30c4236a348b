"""A small stand-in for the `pyperf` module, so pyperformance's benchmarks
(bm_*/run_benchmark.py) run standalone and unmodified under any Python
implementation, Swoop included.

It provides what those benchmarks use: Runner (with .argparser, .metadata,
.parse_args(), .bench_func(), .bench_time_func()) and perf_counter. Unlike the
real pyperf it never spawns worker processes and does not calibrate: each
benchmark runs `warmups` unmeasured values and then `values` measured ones,
each value calling the benchmark `loops` times.

Command-line options (after the benchmark's own):
  --loops N      loops per value (default 1)
  --values N     measured values (default 3)
  --warmups N    unmeasured warm-up values (default 1)
  --fast         same as --values 1 --warmups 0
  -q, --quiet    do not print the per-value timings
Environment variables PYPERF_LOOPS, PYPERF_VALUES, PYPERF_WARMUPS set the
defaults when the implementation has an os module.

Output: the timings go to stderr; stdout gets one deterministic line per
benchmark (its name and, for bench_func, a short repr of the function's
result), so the outputs of different implementations can be compared.
"""

import sys
import time

perf_counter = time.perf_counter

__version__ = "0.0-swoop"

_SUPPRESS = object()


def _environ():
    try:
        import os
        return os.environ
    except Exception:
        return {}


# ----- a tiny argparse ---------------------------------------------------------

class Namespace(object):
    def __init__(self, **kwargs):
        for key in kwargs:
            setattr(self, key, kwargs[key])

    def __repr__(self):
        parts = ["%s=%r" % (k, v) for k, v in sorted(self.__dict__.items())]
        return "Namespace(%s)" % ", ".join(parts)


class _Argument(object):
    def __init__(self, names, action, dest, type, default, choices, nargs, help, metavar, required):
        self.names = names
        self.action = action
        self.dest = dest
        self.type = type
        self.default = default
        self.choices = choices
        self.nargs = nargs
        self.help = help
        self.metavar = metavar
        self.required = required
        self.positional = not names[0].startswith("-")


class ArgumentError(Exception):
    pass


class ArgumentParser(object):
    """Supports add_argument(name_or_flags..., action='store'|'store_true'|
    'store_false'|'store_const'|'append', dest, type, default, choices,
    nargs=None|'?'|'*'|'+'|int, const, help, metavar, required)."""

    def __init__(self, prog=None, description=None, **kwargs):
        self.prog = prog or (sys.argv[0] if sys.argv and sys.argv[0] else "benchmark")
        self.description = description
        self._args = []

    def add_argument(self, *names, action="store", dest=None, type=None, default=None,
                     choices=None, nargs=None, const=None, help=None, metavar=None,
                     required=False):
        if not names:
            raise TypeError("add_argument() needs a name or flags")
        if dest is None:
            if names[0].startswith("-"):
                long_names = [n for n in names if n.startswith("--")]
                base = long_names[0] if long_names else names[0]
                dest = base.lstrip("-").replace("-", "_")
            else:
                dest = names[0]
        if action == "store_true":
            default = False if default is None else default
            const = True
        elif action == "store_false":
            default = True if default is None else default
            const = False
        elif action not in ("store", "store_const", "append", "count"):
            raise NotImplementedError("pyperf stand-in: argparse action %r" % (action,))
        arg = _Argument(names, action, dest, type, default, choices, nargs, help, metavar, required)
        arg.const = const
        self._args.append(arg)
        return arg

    # ----- help and errors -----

    def format_usage(self):
        parts = []
        for arg in self._args:
            if arg.positional:
                if arg.nargs == "?":
                    parts.append("[%s]" % arg.dest)
                else:
                    parts.append(arg.dest)
            elif arg.action in ("store_true", "store_false", "store_const", "count"):
                parts.append("[%s]" % arg.names[0])
            else:
                parts.append("[%s %s]" % (arg.names[0], arg.metavar or arg.dest.upper()))
        return "usage: %s %s" % (self.prog, " ".join(parts))

    def print_help(self, file=None):
        out = file or sys.stdout
        print(self.format_usage(), file=out)
        if self.description:
            print("\n" + self.description, file=out)
        print("\noptions:", file=out)
        for arg in self._args:
            label = ", ".join(arg.names)
            if arg.choices:
                label += " {%s}" % ",".join([str(c) for c in arg.choices])
            print("  %-28s %s" % (label, arg.help or ""), file=out)

    def error(self, message):
        print(self.format_usage(), file=sys.stderr)
        print("%s: error: %s" % (self.prog, message), file=sys.stderr)
        sys.exit(2)

    # ----- parsing -----

    def _convert(self, arg, text):
        value = text
        if arg.type is not None:
            try:
                value = arg.type(text)
            except (TypeError, ValueError):
                name = getattr(arg.type, "__name__", "value")
                self.error("argument %s: invalid %s value: %r" % ("/".join(arg.names), name, text))
        if arg.choices is not None and value not in arg.choices:
            choices = ", ".join([repr(c) for c in arg.choices])
            self.error("argument %s: invalid choice: %r (choose from %s)"
                       % ("/".join(arg.names), value, choices))
        return value

    def _store(self, ns, arg, value):
        if arg.action == "append":
            current = getattr(ns, arg.dest)
            current = [] if current is None else list(current)
            current.append(value)
            setattr(ns, arg.dest, current)
        else:
            setattr(ns, arg.dest, value)

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = sys.argv[1:]
        ns = namespace if namespace is not None else Namespace()
        for arg in self._args:
            if not hasattr(ns, arg.dest):
                setattr(ns, arg.dest, arg.default)
        options = {}
        for arg in self._args:
            if not arg.positional:
                for name in arg.names:
                    options[name] = arg
        positionals = [a for a in self._args if a.positional]
        extras = []
        pos_values = []
        seen = set()
        i = 0
        only_positional = False
        while i < len(args):
            token = args[i]
            i += 1
            if only_positional or not token.startswith("-") or token == "-":
                pos_values.append(token)
                continue
            if token == "--":
                only_positional = True
                continue
            if token in ("-h", "--help") and "-h" not in options and "--help" not in options:
                self.print_help()
                sys.exit(0)
            name = token
            inline = None
            if token.startswith("--") and "=" in token:
                name, inline = token.split("=", 1)
            arg = options.get(name)
            if arg is None and not token.startswith("--") and len(token) > 2:
                arg = options.get(token[:2])
                if arg is not None:
                    name, inline = token[:2], token[2:]
            if arg is None:
                extras.append(token)
                continue
            seen.add(arg.dest)
            if arg.action in ("store_true", "store_false", "store_const"):
                if inline is not None:
                    self.error("argument %s: ignored explicit argument %r" % (name, inline))
                setattr(ns, arg.dest, arg.const)
                continue
            if arg.action == "count":
                setattr(ns, arg.dest, (getattr(ns, arg.dest) or 0) + 1)
                continue
            if inline is not None:
                self._store(ns, arg, self._convert(arg, inline))
                continue
            if arg.nargs in ("*", "+") or isinstance(arg.nargs, int):
                values = []
                while i < len(args) and not args[i].startswith("-"):
                    if isinstance(arg.nargs, int) and len(values) == arg.nargs:
                        break
                    values.append(self._convert(arg, args[i]))
                    i += 1
                if arg.nargs == "+" and not values or isinstance(arg.nargs, int) and len(values) != arg.nargs:
                    self.error("argument %s: expected more arguments" % name)
                setattr(ns, arg.dest, values)
                continue
            if i >= len(args) or (args[i].startswith("-") and args[i] != "-"):
                if arg.nargs == "?":
                    setattr(ns, arg.dest, arg.const)
                    continue
                self.error("argument %s: expected one argument" % name)
            self._store(ns, arg, self._convert(arg, args[i]))
            i += 1
        # positionals, in order
        k = 0
        for arg in positionals:
            if arg.nargs == "?":
                if k < len(pos_values):
                    setattr(ns, arg.dest, self._convert(arg, pos_values[k]))
                    k += 1
            elif arg.nargs in ("*", "+"):
                rest = [self._convert(arg, v) for v in pos_values[k:]]
                if arg.nargs == "+" and not rest:
                    self.error("the following arguments are required: %s" % arg.dest)
                setattr(ns, arg.dest, rest)
                k = len(pos_values)
            else:
                if k >= len(pos_values):
                    self.error("the following arguments are required: %s" % arg.dest)
                setattr(ns, arg.dest, self._convert(arg, pos_values[k]))
                k += 1
        extras.extend(pos_values[k:])
        for arg in self._args:
            if arg.required and not arg.positional and arg.dest not in seen:
                self.error("the following arguments are required: %s" % "/".join(arg.names))
        return ns, extras

    def parse_args(self, args=None, namespace=None):
        ns, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error("unrecognized arguments: %s" % " ".join(extras))
        return ns


# ----- the runner ----------------------------------------------------------------------

def _positive_int(text):
    value = int(text)
    if value < 0:
        raise ValueError(text)
    return value


def _short_repr(value):
    text = repr(value)
    if len(text) > 120:
        text = "%s... (%d chars)" % (text[:100], len(text))
    return text


def _format_seconds(seconds):
    if seconds < 1e-3:
        return "%.1f us" % (seconds * 1e6)
    if seconds < 1.0:
        return "%.2f ms" % (seconds * 1e3)
    return "%.3f s" % seconds


class Runner(object):
    """Runs benchmarks in this process: warmups, then values of loops each."""

    def __init__(self, values=None, warmups=None, processes=None, loops=0, min_time=0.1,
                 metadata=None, show_name=True, program_args=None, add_cmdline_args=None,
                 _argparser=None, **kwargs):
        env = _environ()
        self.metadata = dict(metadata) if metadata else {}
        self._add_cmdline_args = add_cmdline_args
        self._show_name = show_name
        self.args = None
        parser = _argparser if _argparser is not None else ArgumentParser()
        parser.add_argument("--loops", type=_positive_int,
                            default=int(env.get("PYPERF_LOOPS", loops or 1)),
                            help="loops per value (default 1)")
        parser.add_argument("--values", type=_positive_int,
                            default=int(env.get("PYPERF_VALUES", 3)),
                            help="measured values (default 3)")
        parser.add_argument("--warmups", type=_positive_int,
                            default=int(env.get("PYPERF_WARMUPS", 1)),
                            help="unmeasured warm-up values (default 1)")
        parser.add_argument("--fast", action="store_true",
                            help="one value, no warm-up")
        parser.add_argument("-q", "--quiet", action="store_true",
                            help="do not print the timings")
        self.argparser = parser
        self.results = {}

    def parse_args(self, args=None):
        if self.args is not None and args is None:
            return self.args
        ns = self.argparser.parse_args(args)
        if ns.fast:
            ns.values = 1
            ns.warmups = 0
        if ns.loops < 1:
            ns.loops = 1
        self.args = ns
        return ns

    def _report(self, name, timings, loops, result_line):
        args = self.args
        if not args.quiet:
            for i, t in enumerate(timings):
                print("%s: value %d: %s per loop (%d loop%s)"
                      % (name, i + 1, _format_seconds(t), loops, "" if loops == 1 else "s"),
                      file=sys.stderr)
            if timings:
                mean = sum(timings) / len(timings)
                if len(timings) > 1:
                    var = sum([(t - mean) ** 2 for t in timings]) / (len(timings) - 1)
                    print("%s: Mean +- std dev: %s +- %s"
                          % (name, _format_seconds(mean), _format_seconds(var ** 0.5)),
                          file=sys.stderr)
                else:
                    print("%s: %s" % (name, _format_seconds(mean)), file=sys.stderr)
        print(result_line)
        sys.stdout.flush()
        self.results[name] = timings

    def bench_time_func(self, name, time_func, *args, inner_loops=None, metadata=None):
        """time_func(loops, *args) runs the benchmark loops times and returns the
        elapsed time in seconds."""
        opts = self.parse_args()
        loops = opts.loops
        for _ in range(opts.warmups):
            time_func(loops, *args)
        timings = []
        for _ in range(opts.values):
            dt = time_func(loops, *args)
            total = loops * (inner_loops or 1)
            timings.append(dt / total)
        self._report(name, timings, loops, "%s: ok" % name)
        return timings

    def bench_func(self, name, func, *args, inner_loops=None, metadata=None):
        """Times func(*args), called loops times per value."""
        opts = self.parse_args()
        loops = opts.loops
        result = None
        for _ in range(opts.warmups):
            for _ in range(loops):
                result = func(*args)
        timings = []
        for _ in range(opts.values):
            t0 = perf_counter()
            for _ in range(loops):
                result = func(*args)
            dt = perf_counter() - t0
            timings.append(dt / (loops * (inner_loops or 1)))
        self._report(name, timings, loops, "%s: %s" % (name, _short_repr(result)))
        return timings

    def bench_command(self, name, command):
        raise NotImplementedError("pyperf stand-in: Runner.bench_command")

    def bench_async_func(self, name, func, *args, **kwargs):
        raise NotImplementedError("pyperf stand-in: Runner.bench_async_func")
