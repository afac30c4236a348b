// Thousands separators for integer digit runs, including CPython's zero-padding through the groups.

/// Inserts `separator` between runs of `every` digits counted from the right, e.g.
/// `insertGrouping(digits: "1234567", separator: ",", every: 3)` is "1,234,567".
///
/// With `minimumWidth`, leading zeros are added (and grouped like digits) until the result is at
/// least that wide; this is how CPython zero-pads `format(1234, '010,')` to "00,001,234". As in
/// CPython, a separator is never left dangling at the front, so the result can be one wider than
/// asked ('08,' gives "0,001,234"). `every == 0` means no separators, only the zero padding.
public func insertGrouping(digits: String, separator: Character, every: Int, minimumWidth: Int = 0) -> String {
    var sep: [UInt8] = []
    sep.append(contentsOf: String(separator).utf8)
    return String(decoding: groupDigits(Array(digits.utf8), separator: sep, every: every, minimumWidth: minimumWidth),
                  as: UTF8.self)
}

/// Byte-level worker behind `insertGrouping`. `digits` must be ASCII (one byte per digit);
/// the separator may be any UTF-8 sequence but counts as one character of width.
func groupDigits<C: RandomAccessCollection>(_ digits: C, separator: [UInt8], every: Int, minimumWidth: Int) -> [UInt8]
where C.Element == UInt8, C.Index == Int {
    var reversed: [UInt8] = []
    reversed.reserveCapacity(max(digits.count, minimumWidth) + digits.count / max(every, 1) + 2)
    let reversedSeparator = Array(separator.reversed())
    var remaining = digits.count
    var width = minimumWidth
    var emitted = false
    var end = digits.endIndex
    while true {
        let available = max(remaining, width, 1)
        let length = every > 0 ? min(every, available) : available
        let zeros = max(0, length - remaining)
        let taken = max(0, min(remaining, length))
        if emitted { reversed.append(contentsOf: reversedSeparator) }
        var i = end
        while i > end - taken {
            i -= 1
            reversed.append(digits[i])
        }
        end -= taken
        reversed.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: zeros))
        emitted = true
        remaining -= taken
        width -= length
        if every == 0 || (remaining <= 0 && width <= 0) { break }
        width -= 1
    }
    return reversed.reversed()
}
