import ArgumentParser
import LadderCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `--color` and `--no-pager`, which every command takes (Docs/Commands.md, "Colour and the pager"). They are
/// declared here for parsing and help; `Output.settle` reads the same words from the raw
/// arguments before parsing, so that `--help` is paged and coloured by them too.
struct OutputOptions: ParsableArguments {
    @Option(name: .customLong("color"), help: ArgumentHelp(
        L("Colour on a terminal: auto (not in pipes, not under NO_COLOR), always or never."), valueName: "when"))
    var color: ColourChoice = .auto

    @Flag(name: .customLong("no-pager"), help: ArgumentHelp(L("Print long output straight to the terminal, without $LADDER_PAGER, $PAGER or less.")))
    var noPager = false
}

/// When to colour output.
enum ColourChoice: String, CaseIterable, ExpressibleByArgument {
    case auto, always, never
}

/// How this run writes to standard output: in colour or not, paged or not. Settled
/// once, first thing, while standard output is still what the user gave.
enum Output {
    nonisolated(unsafe) static private(set) var colour = false
    /// `--color` as given: `never` turns the front end's colours off too (as NO_COLOR does).
    nonisolated(unsafe) static private(set) var choice = ColourChoice.auto
    nonisolated(unsafe) static private(set) var pagerAllowed = true

    /// Reads `--color WHEN`, `--color=WHEN` and `--no-pager` up to `--`. A value that is
    /// not one of the three is left for the parser to report.
    static func settle(arguments: ArraySlice<String>, environment: [String: String]) {
        var choice = ColourChoice.auto
        var rest = arguments[...]
        while let a = rest.popFirst() {
            if a == "--" { break }
            if a == "--no-pager" { pagerAllowed = false }
            if a == "--color", let v = rest.first.flatMap(ColourChoice.init(rawValue:)) { choice = v; rest.removeFirst() }
            if a.hasPrefix("--color="), let v = ColourChoice(rawValue: String(a.dropFirst(8))) { choice = v }
        }
        self.choice = choice
        colour = wantsColour(choice, terminal: isatty(STDOUT_FILENO) == 1, environment: environment)
    }

    /// Writes a long text (a report of thousands of lines) to standard output in one
    /// go, as its UTF-8 bytes: `print` went through a stream a piece at a time.
    static func write(_ text: String) {
        fflush(nil)  // whatever print wrote before goes first
        var text = text
        text.withUTF8 { writeAll($0) }
    }

    /// Writes what `body` gives its sink to standard output as it comes, gathered into
    /// writes of 64 KiB: a report of 30,000 entries is not held whole.
    static func stream(_ body: ((UnsafeBufferPointer<UInt8>) -> Void) -> Void) {
        fflush(nil)
        var pending: [UInt8] = []
        pending.reserveCapacity(Self.streamed + 16 * 1024)
        body { piece in
            pending.append(contentsOf: piece)
            if pending.count >= Self.streamed {
                pending.withUnsafeBufferPointer { writeAll($0) }
                pending.removeAll(keepingCapacity: true)
            }
        }
        pending.withUnsafeBufferPointer { writeAll($0) }
    }

    private static let streamed = 64 * 1024

    private static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(STDOUT_FILENO, base + offset, bytes.count - offset)
            if n < 0 { if errno == EINTR { continue }; return }
            offset += n
        }
    }

    /// `always` and `never` are obeyed; `auto` colours a terminal unless `NO_COLOR` is set
    /// to anything (no-color.org) or the terminal is `dumb`.
    static func wantsColour(_ choice: ColourChoice, terminal: Bool, environment: [String: String]) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto: return terminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        }
    }
}
