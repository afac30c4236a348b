// TimeModule.swift — the time module: wall, monotonic and CPU clocks, and sleep.
import Glibc

private func clockSeconds(_ clock: clockid_t) -> Double {
    var ts = timespec()
    clock_gettime(clock, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

private func clockNanoseconds(_ clock: clockid_t) -> Value {
    var ts = timespec()
    clock_gettime(clock, &ts)
    return Value(int: Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec))
}

func installTimeModule(_ m: Value) {
    func def0(_ name: String, _ fn: @escaping () -> Value) {
        Modules.set(m, name, Native.function(name) { args in
            if args.count != 0 || !args.keywords.isEmpty {
                throw typeError("time.\(name)() takes no arguments (\(args.count + args.keywords.count) given)")
            }
            return fn()
        })
    }
    def0("time") { Value(float: clockSeconds(CLOCK_REALTIME)) }
    def0("time_ns") { clockNanoseconds(CLOCK_REALTIME) }
    // CPython's perf_counter is the monotonic clock.
    def0("perf_counter") { Value(float: clockSeconds(CLOCK_MONOTONIC)) }
    def0("perf_counter_ns") { clockNanoseconds(CLOCK_MONOTONIC) }
    def0("monotonic") { Value(float: clockSeconds(CLOCK_MONOTONIC)) }
    def0("monotonic_ns") { clockNanoseconds(CLOCK_MONOTONIC) }
    def0("process_time") { Value(float: clockSeconds(CLOCK_PROCESS_CPUTIME_ID)) }
    def0("process_time_ns") { clockNanoseconds(CLOCK_PROCESS_CPUTIME_ID) }

    Modules.set(m, "sleep", Native.function("sleep") { args in
        if !args.keywords.isEmpty { throw typeError("time.sleep() takes no keyword arguments") }
        if args.count != 1 { throw typeError("time.sleep() takes exactly one argument (\(args.count) given)") }
        let v = args[0]
        guard Num.isNumber(v) else { throw typeError("'\(Ops.typeName(v))' object cannot be interpreted as an integer") }
        let secs = try Num.toDouble(v)
        if secs.isNaN { throw valueError("Invalid value NaN (not a number)") }
        if secs < 0 { throw valueError("sleep length must be non-negative") }
        if secs > 9e9 { throw overflowError("timestamp too large to convert to C _PyTime_t") }
        var req = timespec(tv_sec: Int(secs), tv_nsec: Int((secs - secs.rounded(.down)) * 1e9))
        var rem = timespec()
        while nanosleep(&req, &rem) != 0 && errno == EINTR { req = rem }
        return .none
    })
}
