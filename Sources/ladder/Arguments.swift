import Foundation
import ArgumentParser
import LadderCore

extension Rung: ExpressibleByArgument {
    public init?(argument: String) { self.init(loose: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension Channel: ExpressibleByArgument {
    /// `post` is a letter; Japanese names are taken too (電話, メール, 来店).
    public init?(argument: String) { self.init(loose: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension FailureReason: ExpressibleByArgument {
    public init?(argument: String) { self.init(loose: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// A case's short number, written `12` or `#12`, in full-width digits too (`＃１２`).
struct CaseNumber: ExpressibleByArgument {
    var value: Int
    init?(argument: String) {
        // Only full-width digits, ＃ and spaces are folded: ①, ¹ or ＋１ are no case number.
        let plain = String(String.UnicodeScalarView(argument.unicodeScalars.map { s in
            switch s.value {
            case 0xFF10...0xFF19: return Unicode.Scalar(s.value - 0xFF10 + 0x30)!
            case 0xFF03: return "#"
            case 0x3000: return " "
            default: return s
            }
        })).trimmingCharacters(in: .whitespaces)
        let digits = plain.hasPrefix("#") ? String(plain.dropFirst()) : plain
        guard let n = Int(digits), n > 0 else { return nil }
        value = n
    }
    static var defaultCompletionKind: CompletionKind { .custom(Completions.caseNumbers) }
}

/// Quick-add may raise several replies, each with its own `--due` right after it:
/// `--await "call back" --due 2h --owe logs --due fri`. ArgumentParser keeps each
/// option's values in order but not their order relative to each other, so the raw
/// arguments tell which `--due` follows which `--await` or `--owe`.
enum DuePairing {
    struct Item: Equatable {
        var owedBy: Party
        var what: String
        var due: String?
    }

    static func pair(arguments: [String], awaits: [String], owes: [String], dues: [String]) throws -> [Item] {
        var items: [Item] = []
        var nextAwait = 0, nextOwe = 0, nextDue = 0
        for arg in arguments {
            if arg == "--" { break }
            let name = arg.split(separator: "=", maxSplits: 1).first.map(String.init) ?? arg
            switch name {
            case "--await" where nextAwait < awaits.count:
                items.append(Item(owedBy: .them, what: awaits[nextAwait], due: nil))
                nextAwait += 1
            case "--owe" where nextOwe < owes.count:
                items.append(Item(owedBy: .me, what: owes[nextOwe], due: nil))
                nextOwe += 1
            case "--due" where nextDue < dues.count:
                guard let last = items.indices.last else {
                    throw CLIError(kind: .usage, flag: "--due", message: L("--due must follow the --await or --owe it belongs to"),
                                   hint: L("write e.g. --await \"call back\" --due 2h"))
                }
                guard items[last].due == nil else {
                    throw CLIError(kind: .usage, flag: "--due", message: L("two --due for \"\(items[last].what)\""),
                                   hint: L("give each --await or --owe at most one --due"))
                }
                items[last].due = dues[nextDue]
                nextDue += 1
            default:
                continue
            }
        }
        return items
    }
}
