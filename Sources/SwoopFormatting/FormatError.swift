// The error every formatting function throws: a Python exception class and its message.

/// The runtime turns this into the Python exception named by `kind`, with `message` as its
/// argument, so the text must match CPython's byte for byte. For `.keyError` the message is
/// the key itself (the runtime raises `KeyError(key)` and its repr adds the quotes).
public struct FormatError: Error, Equatable, CustomStringConvertible, Sendable {
    public enum Kind: String, Sendable {
        case valueError = "ValueError"
        case typeError = "TypeError"
        case overflowError = "OverflowError"
        case keyError = "KeyError"
        case indexError = "IndexError"
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    static func value(_ message: String) -> FormatError { FormatError(.valueError, message) }
    static func type(_ message: String) -> FormatError { FormatError(.typeError, message) }
    static func overflow(_ message: String) -> FormatError { FormatError(.overflowError, message) }

    /// "ValueError: message", the way a traceback's last line shows it.
    public var description: String { "\(kind.rawValue): \(message)" }
}

/// CPython prints a code point inside an error message as itself when it is printable ASCII
/// (33...126 or up to 127 depending on the message) and as `\xNN` otherwise; callers pass the
/// upper bound because the two C sources disagree on whether 127 counts.
func describeCodePoint(_ c: Unicode.Scalar, below limit: UInt32) -> String {
    if c.value > 32 && c.value < limit { return String(Character(c)) }
    return "\\x" + String(c.value, radix: 16)
}
