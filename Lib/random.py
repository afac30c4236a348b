"""Pseudo-random numbers for Swoop, written in Python.

The generator is the Mersenne Twister (MT19937) seeded exactly as CPython 3.11
seeds it, so for an int seed every method returns the same values as CPython's
random module, bit for bit.
"""

from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from math import floor as _floor, isfinite as _isfinite
from bisect import bisect_right as _bisect_right

__all__ = ["Random", "seed", "random", "uniform", "randint", "choice", "sample",
           "randrange", "shuffle", "normalvariate", "lognormvariate",
           "expovariate", "vonmisesvariate", "gammavariate", "triangular",
           "gauss", "betavariate", "paretovariate", "getstate", "setstate",
           "getrandbits", "choices", "weibullvariate", "randbytes"]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF

_N = 624
_M = 397
_MASK32 = 0xFFFFFFFF

# Names of built-in types the running implementation may lack (Swoop has no
# bytes/complex yet): missing ones are left out of isinstance checks.
try:
    _BYTES_TYPES = (bytes, bytearray)
except NameError:
    _BYTES_TYPES = ()


def _int_index(value, what):
    """Return value as an int for randrange, with CPython's errors."""
    if type(value) is int:
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        as_int = int(value)
        if as_int != value:
            raise ValueError("non-integer %s for randrange()" % what)
        return as_int
    raise TypeError("'%s' object cannot be interpreted as an integer"
                    % type(value).__name__)


def _time_key():
    """Key words for an unseeded generator: the clock and, if any, os.urandom."""
    import time
    words = []
    try:
        import os
        data = os.urandom(32)
        n = 0
        for byte in data:
            n = (n << 8) | byte
        for _ in range(8):
            words.append(n & _MASK32)
            n >>= 32
    except Exception:
        pass
    for n in (time.time_ns(), time.perf_counter_ns(), time.process_time_ns()):
        words.append(n & _MASK32)
        words.append((n >> 32) & _MASK32)
    return words


class Random(object):
    """Mersenne Twister generator with the interface of CPython's random.Random."""

    VERSION = 3

    def __init__(self, x=None):
        self._mt = [0] * _N
        self._mti = _N
        self.gauss_next = None
        self.seed(x)

    # ----- core generator -------------------------------------------------

    def _init_genrand(self, s):
        mt = self._mt
        mt[0] = s
        prev = s
        for i in range(1, _N):
            prev = (1812433253 * (prev ^ (prev >> 30)) + i) & _MASK32
            mt[i] = prev
        self._mti = _N

    def _init_by_array(self, key):
        self._init_genrand(19650218)
        mt = self._mt
        nkey = len(key)
        i = 1
        j = 0
        k = _N if _N > nkey else nkey
        while k:
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + j) & _MASK32
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= nkey:
                j = 0
            k -= 1
        k = _N - 1
        while k:
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & _MASK32
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            k -= 1
        mt[0] = 0x80000000
        self._mti = _N

    def _twist(self):
        mt = self._mt
        kk = 0
        while kk < _N - _M:
            y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7FFFFFFF)
            if y & 1:
                mt[kk] = mt[kk + _M] ^ (y >> 1) ^ 0x9908B0DF
            else:
                mt[kk] = mt[kk + _M] ^ (y >> 1)
            kk += 1
        while kk < _N - 1:
            y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7FFFFFFF)
            if y & 1:
                mt[kk] = mt[kk + (_M - _N)] ^ (y >> 1) ^ 0x9908B0DF
            else:
                mt[kk] = mt[kk + (_M - _N)] ^ (y >> 1)
            kk += 1
        y = (mt[_N - 1] & 0x80000000) | (mt[0] & 0x7FFFFFFF)
        if y & 1:
            mt[_N - 1] = mt[_M - 1] ^ (y >> 1) ^ 0x9908B0DF
        else:
            mt[_N - 1] = mt[_M - 1] ^ (y >> 1)
        self._mti = 0

    def _genrand32(self):
        if self._mti >= _N:
            self._twist()
        i = self._mti
        y = self._mt[i]
        self._mti = i + 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        return y ^ (y >> 18)

    def random(self):
        """random() -> x in the interval [0, 1)."""
        a = self._genrand32() >> 5
        b = self._genrand32() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        result = 0
        shift = 0
        while k > 0:
            r = self._genrand32()
            if k < 32:
                r >>= 32 - k
            result |= r << shift
            shift += 32
            k -= 32
        return result

    # ----- seeding and state ----------------------------------------------

    def seed(self, a=None, version=2):
        """Initialize internal state from a seed (None, int or float)."""
        if a is None:
            key = _time_key()
        elif type(a) is int:
            n = -a if a < 0 else a
            key = []
            while n:
                key.append(n & _MASK32)
                n >>= 32
            if not key:
                key = [0]
        elif isinstance(a, (str,) + _BYTES_TYPES):
            if version == 1:
                raise NotImplementedError("random.seed() with a str/bytes seed and version=1 "
                                          "is not supported by Swoop")
            raise NotImplementedError("random.seed() with a str/bytes seed needs sha512, "
                                      "which Swoop does not implement")
        elif isinstance(a, (int, float)):
            n = hash(a)
            if n < 0:
                n += 1 << 64
            key = []
            while n:
                key.append(n & _MASK32)
                n >>= 32
            if not key:
                key = [0]
        else:
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        self._init_by_array(key)
        self.gauss_next = None

    def getstate(self):
        """Return internal state; can be passed to setstate() later."""
        return (self.VERSION, tuple(self._mt) + (self._mti,), self.gauss_next)

    def setstate(self, state):
        """Restore internal state from object returned by getstate()."""
        version = state[0]
        if version == 3 or version == 2:
            version, internal, gauss_next = state
            if not isinstance(internal, tuple):
                raise TypeError("state vector must be a tuple")
            if len(internal) != _N + 1:
                raise ValueError("state vector is the wrong size")
            words = []
            for i in range(_N):
                w = internal[i]
                if version == 2:
                    w = w % (2 ** 32)
                if not isinstance(w, int):
                    raise TypeError("'%s' object cannot be interpreted as an integer"
                                    % type(w).__name__)
                if w < 0 or w > _MASK32:
                    raise OverflowError("Python int too large to convert to C unsigned long")
                words.append(w)
            index = internal[_N]
            if index < 0 or index > _N:
                raise ValueError("invalid state")
            self._mt = words
            self._mti = index
            self.gauss_next = gauss_next
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" % (version, self.VERSION))

    # ----- integers ---------------------------------------------------------

    def _randbelow(self, n):
        """Return a random int in the range [0, n).  Defined for n > 0."""
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def randbytes(self, n):
        """Generate n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=1):
        """Choose a random item from range(start, stop[, step])."""
        istart = _int_index(start, "arg 1")
        if stop is None:
            if step != 1 or type(step) is not int:
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _int_index(stop, "stop")
        width = istop - istart
        istep = _int_index(step, "step")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """Return random integer in range [a, b], including both end points."""
        return self.randrange(a, b + 1)

    # ----- sequences --------------------------------------------------------

    def choice(self, seq):
        """Choose a random element from a non-empty sequence."""
        n = len(seq)
        if not n:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(n)]

    def shuffle(self, x):
        """Shuffle list x in place, and return None."""
        randbelow = self._randbelow
        i = len(x) - 1
        while i > 0:
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]
            i -= 1

    def sample(self, population, k, *, counts=None):
        """Chooses k unique random elements from a population sequence."""
        if isinstance(population, (set, frozenset, dict)):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        try:
            n = len(population)
        except TypeError:
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).") from None
        if counts is not None:
            cum_counts = []
            total = 0
            for c in counts:
                total = total + c
                cum_counts.append(total)
            if len(cum_counts) != n:
                raise ValueError('The number of counts does not match the population')
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            selections = self.sample(range(total), k=k)
            return [population[_bisect_right(cum_counts, s, 0, len(cum_counts))]
                    for s in selections]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            for i in range(k):
                j = randbelow(n)
                while j in selected:
                    j = randbelow(n)
                selected.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return a k sized list of population elements chosen with replacement."""
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                nf = n + 0.0
                return [population[_floor(random() * nf)] for i in range(k)]
            if isinstance(weights, int):
                raise TypeError('The number of choices must be a keyword argument: k=%r'
                                % weights)
            cum_weights = []
            total = None
            for w in weights:
                total = w if total is None else total + w
                cum_weights.append(total)
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        hi = n - 1
        return [population[_bisect_right(cum_weights, random() * total, 0, hi)]
                for i in range(k)]

    # ----- real-valued distributions -----------------------------------------

    def uniform(self, a, b):
        """Get a random number in the range [a, b) or [a, b] depending on rounding."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's method)."""
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution (Box-Muller; the second value is cached)."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = self.random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular data distribution."""
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            return -_log(1.0 - random()) * beta
        while True:
            u = random()
            b = (_e + alpha) / _e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)
            u1 = random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _exp(-x):
                break
        return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution."""
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution."""
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


# Under Swoop, the Mersenne Twister core runs in Swift (module _mt19937, on the same
# _mt/_mti state): one built-in call per random() instead of a dozen bytecodes.
try:
    import _mt19937
except ImportError:
    _mt19937 = None
if _mt19937 is not None:
    Random.random = _mt19937.random
    Random.getrandbits = _mt19937.getrandbits
    Random._genrand32 = _mt19937._genrand32
    Random._init_genrand = _mt19937._init_genrand
    Random._init_by_array = _mt19937._init_by_array

_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
