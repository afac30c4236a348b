// Padding, sign, prefix and grouping around a number's digits, shared by int and float format().

/// How a number is laid out once the spec's defaults are resolved for numbers.
struct NumberLayout {
    var fill: Unicode.Scalar
    var align: FormatSpec.Alignment
    var sign: FormatSpec.Sign?
    var width: Int
    var separator: UInt8?
    var groupSize: Int

    /// `groupSize` is 3 for decimal digits and 4 for the '_' grouping of b/o/x.
    init(_ spec: FormatSpec, groupSize: Int = 3) {
        fill = spec.fill ?? (spec.zeroPadding ? "0" : " ")
        align = spec.align ?? (spec.zeroPadding ? .afterSign : .right)
        sign = spec.sign
        width = spec.width ?? -1
        switch spec.grouping {
        case .comma?: separator = UInt8(ascii: ",")
        case .underscore?: separator = UInt8(ascii: "_")
        case nil: separator = nil
        }
        self.groupSize = groupSize
    }

    /// Renders `[lpad][sign][prefix][spad][grouped digits][tail][rpad]`. `digits` are the
    /// integer-part digits (ASCII); `tail` is everything after them (decimal point, fraction,
    /// exponent, '%', or the character of a 'c' format), `tailWidth` its length in code points.
    func render(negative: Bool, prefix: [UInt8], digits: ArraySlice<UInt8>, tail: ArraySlice<UInt8>,
                tailWidth: Int) -> String {
        var signByte: UInt8?
        switch sign {
        case .plus?: signByte = negative ? UInt8(ascii: "-") : UInt8(ascii: "+")
        case .space?: signByte = negative ? UInt8(ascii: "-") : UInt8(ascii: " ")
        default: signByte = negative ? UInt8(ascii: "-") : nil
        }
        let fixedWidth = (signByte == nil ? 0 : 1) + prefix.count + tailWidth
        // Zero fill with '=' goes through the grouping, so "0,001,234" and not "0001,234".
        let minimumDigits = (fill == "0" && align == .afterSign) ? width - fixedWidth : 0

        var grouped: [UInt8] = []
        if !digits.isEmpty {
            if let separator {
                grouped = groupDigits(digits, separator: [separator], every: groupSize, minimumWidth: minimumDigits)
            } else if minimumDigits > digits.count {
                grouped = groupDigits(digits, separator: [], every: 0, minimumWidth: minimumDigits)
            } else {
                grouped = Array(digits)
            }
        }

        var left = 0, inner = 0, right = 0
        let padding = width - (fixedWidth + grouped.count)
        if padding > 0 {
            switch align {
            case .left: right = padding
            case .center:
                left = padding / 2
                right = padding - left
            case .afterSign: inner = padding
            case .right: left = padding
            }
        }

        var fillBytes: [UInt8] = []
        if padding > 0 { fillBytes.append(contentsOf: String(Character(fill)).utf8) }
        var out: [UInt8] = []
        out.reserveCapacity(max(width, 0) * fillBytes.count + fixedWidth + grouped.count + tail.count)
        for _ in 0..<left { out.append(contentsOf: fillBytes) }
        if let signByte { out.append(signByte) }
        out.append(contentsOf: prefix)
        for _ in 0..<inner { out.append(contentsOf: fillBytes) }
        out.append(contentsOf: grouped)
        out.append(contentsOf: tail)
        for _ in 0..<right { out.append(contentsOf: fillBytes) }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Pads already-rendered text to `width` code points; used for strings and other whole values.
func pad(_ text: Substring.UnicodeScalarView, length: Int, width: Int, fill: Unicode.Scalar,
         align: FormatSpec.Alignment) -> String {
    let total = max(width, length)
    let left: Int
    switch align {
    case .right: left = total - length
    case .center: left = (total - length) / 2
    case .left, .afterSign: left = 0
    }
    let right = total - length - left
    var out = String.UnicodeScalarView()
    for _ in 0..<left { out.append(fill) }
    out.append(contentsOf: text)
    for _ in 0..<right { out.append(fill) }
    return String(out)
}
