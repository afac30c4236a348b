// CompileQueue.swift — the one background thread that compiles traces. libgccjit holds a
// process-wide lock while it compiles, so one thread is all that helps; the interpreter
// keeps running (and polls for finished traces) meanwhile. Traces queued together are
// compiled together (`GCCBackend.compile(batch:)`).
import Glibc
import SwoopJIT

final class CompileQueue {
    struct Job { var trace: Trace; var config: BackendConfig }
    typealias Outcome = (trace: Trace, result: Result<CompiledTrace, BackendError>)

    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let cond = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var jobs: [Job] = []
    private var done: [Outcome] = []
    private var thread: pthread_t? = nil
    private var busy = false
    /// Jobs submitted and not yet collected by `poll`.
    private(set) var outstanding = 0

    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(cond, nil)
    }

    func submit(_ job: Job) {
        if thread == nil { start() }
        pthread_mutex_lock(mutex)
        jobs.append(job)
        outstanding += 1
        pthread_cond_signal(cond)
        pthread_mutex_unlock(mutex)
    }

    /// Blocks until every submitted job has finished.
    func waitForAll() {
        pthread_mutex_lock(mutex)
        while done.count < outstanding { pthread_cond_wait(cond, mutex) }
        pthread_mutex_unlock(mutex)
    }

    /// At process exit: drops queued jobs and waits for the batch being compiled (libgccjit
    /// must not be running while the process tears down its libraries).
    func shutDown() {
        pthread_mutex_lock(mutex)
        outstanding -= jobs.count
        jobs.removeAll()
        while busy { pthread_cond_wait(cond, mutex) }
        pthread_mutex_unlock(mutex)
    }

    /// Finished compiles, if any.
    func poll() -> [Outcome] {
        pthread_mutex_lock(mutex)
        let out = done
        done = []
        outstanding -= out.count
        pthread_mutex_unlock(mutex)
        return out
    }

    private func start() {
        let box = Unmanaged.passRetained(self).toOpaque()
        var attr = pthread_attr_t()
        pthread_attr_init(&attr)
        pthread_attr_setstacksize(&attr, 64 << 20)
        var t = pthread_t()
        pthread_create(&t, &attr, { arg in
            let q = Unmanaged<CompileQueue>.fromOpaque(arg!).takeUnretainedValue()
            q.work()
            return nil
        }, box)
        pthread_detach(t)
        thread = t
    }

    /// The most trace ops one compile takes: jobs waiting together compile together (a
    /// compile's fixed cost is paid once), up to about what a large trace costs, so the
    /// first of them is not kept waiting long.
    static let batchOps = 800

    private func work() {
        while true {
            pthread_mutex_lock(mutex)
            while jobs.isEmpty { pthread_cond_wait(cond, mutex) }
            var batch = [jobs.removeFirst()]
            var ops = batch[0].trace.instrs.count
            while let next = jobs.first, ops + next.trace.instrs.count <= Self.batchOps {
                ops += next.trace.instrs.count
                batch.append(jobs.removeFirst())
            }
            busy = true
            pthread_mutex_unlock(mutex)
            let results = GCCBackend.compile(batch: batch.map { ($0.trace, $0.config) })
            pthread_mutex_lock(mutex)
            for (job, result) in zip(batch, results) { done.append((trace: job.trace, result: result)) }
            busy = false
            pthread_cond_broadcast(cond)
            pthread_mutex_unlock(mutex)
        }
    }
}
