import CNcursesw
import Foundation
import LadderCore
#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// The signal that asked the front end to stop (SIGTERM, SIGINT, SIGHUP), or 0. A
/// signal handler may only set a flag; the loop sees it within its next wait.
private let stopSignal = Atomic<Int32>(0)

/// The thin layer between the model and the terminal: it turns ncurses input into
/// messages, runs effects through the store session, and copies each rendered screen
/// into ncurses, which sends only the cells that changed (so nothing flickers).
/// Every curses call happens here, on the main thread (Debian's ncurses is not
/// thread-safe).
@MainActor
public final class FrontEnd {
    public struct Options {
        public var store: Store
        public var label: String
        public var zone: TimeZone
        /// The current time. `ladder` passes a clock that can start at LADDER_NOW.
        public var clock: @Sendable () -> Date
        /// Where to append timing figures (first frame, each keystroke), for Scripts/bench.
        public var timingLog: String?
        /// When the process started, for the first-frame figure.
        public var started: Date
        public var config: Config
        /// The config file to watch for changes; nil for none (the demo).
        public var configPath: String?

        public init(store: Store, label: String, zone: TimeZone, clock: @escaping @Sendable () -> Date,
                    timingLog: String?, started: Date, config: Config, configPath: String?) {
            self.config = config
            self.configPath = configPath
            self.store = store
            self.label = label
            self.zone = zone
            self.clock = clock
            self.timingLog = timingLog
            self.started = started
        }
    }

    private let options: Options
    private let session: StoreSession
    private let runtime: Runtime
    private var colours = false
    private var timing: [String] = []

    public init(_ options: Options) {
        self.options = options
        session = StoreSession(store: options.store, configPath: options.configPath, zone: options.zone, config: options.config)
        runtime = Runtime(session: session, clock: options.clock, zone: options.zone)
    }

    /// Runs until the user quits; returns the exit status. The terminal is restored
    /// on every way out: q, Ctrl-C, SIGTERM/SIGINT/SIGHUP and thrown errors.
    public func run() -> Int32 {
        TerminalLocale.setUp()
        guard let screen = ladder_newterm() else {
            let term = ProcessInfo.processInfo.environment["TERM"] ?? "unset"
            FileHandle.standardError.write(Data((L("ladder: error: cannot start the terminal (TERM=\(term)); try TERM=xterm-256color, or use ladder list") + "\n").utf8))
            return 69
        }
        defer {
            Self.bracketedPaste(false)
            endwin()
            delscreen(screen)
            writeTiming()
        }
        raw()
        noecho()
        nonl()
        keypad(ladder_stdscr(), true)
        // Pasted text arrives between these two marks, as text: never as keys.
        define_key("\u{1B}[200~", Self.pasteStart)
        define_key("\u{1B}[201~", Self.pasteEnd)
        Self.bracketedPaste(true)
        set_escdelay(25)
        curs_set(0)
        setUpColours()
        installSignalHandlers()

        var app = App(width: Int(ladder_cols()), height: Int(ladder_lines()), now: options.clock(), zone: options.zone,
                      storeLabel: options.label, config: options.config)
        timing.append("terminal-ready-ms \(ms(Date().timeIntervalSince(options.started)))")
        let loaded = session.load(quick: true)
        timing.append("store-read-ms \(ms(Date().timeIntervalSince(options.started)))")
        if let status = run([loaded], on: &app) { return status }
        timing.append("model-ready-ms \(ms(Date().timeIntervalSince(options.started)))")
        draw(app.render())
        timing.append("first-frame-ms \(ms(Date().timeIntervalSince(options.started)))")
        // The first frame is drawn without search text; it follows from another thread.
        session.readSearchTextInBackground()
        var lastPoll = Date()

        while true {
            let now = options.clock()
            // Wake at the next whole second so the clocks tick on time.
            let fraction = now.timeIntervalSince1970 - now.timeIntervalSince1970.rounded(.down)
            // While the search text is on its way, look for it often.
            let wait = session.isReadingSearchText ? 20 : 1000
            wtimeout(ladder_stdscr(), Int32(max(10, min(Double(wait), (1 - fraction) * 1000 + 5))))
            var ch: wint_t = 0
            let result = wget_wch(ladder_stdscr(), &ch)
            let keyArrived = Date()
            let signal = stopSignal.load(ordering: .relaxed)
            if signal != 0 { return 128 + signal }

            var messages: [Message] = [.tick(options.clock())]
            if result == KEY_CODE_YES {
                if Int32(ch) == Self.pasteStart {
                    messages.append(.paste(readPaste()))
                } else if Int32(ch) == KEY_RESIZE {
                    // The terminal may have reflowed or cleared its contents: repaint it all.
                    clearok(ladder_stdscr(), true)
                    messages.append(.resize(width: Int(ladder_cols()), height: Int(ladder_lines())))
                } else if let key = Self.functionKey(Int32(ch)) {
                    messages.append(.key(key))
                }
            } else if result != ladder_err(), let key = Self.characterKey(UInt32(ch)) {
                messages.append(.key(key))
            }
            if let searchable = session.searchTextRead() {
                messages.append(searchable)
                timing.append("search-text-ready-ms \(ms(Date().timeIntervalSince(options.started)))")
            }
            if Date().timeIntervalSince(lastPoll) >= 1 || result == ladder_err() {
                lastPoll = Date()
                if let change = session.poll() { messages.append(change) }
                if let change = session.pollConfig() {
                    messages.append(change)
                    // New aliases: the search text is folded again, off this thread.
                    if case .configured = change { session.readSearchTextInBackground() }
                }
            }
            if let status = run(messages, on: &app) { return status }
            draw(app.render())
            if result != ladder_err(), timing.count < 10_000 {
                // Keys typed into the filter are measured apart: each searches the store.
                let name = app.mode == .filter ? "filter-key-ms" : "key-ms"
                timing.append("\(name) \(ms(Date().timeIntervalSince(keyArrived)))")
            }
        }
    }

    /// Runs messages through the shared effect loop; the terminal's own effects are
    /// carried out here. A quit gives its exit status.
    private func run(_ messages: [Message], on app: inout App) -> Int32? {
        runtime.run(messages, on: &app) { effect in
            switch effect {
            case .suspend: suspend()
            case .redraw: wrefresh(ladder_curscr())
            case let .editText(field, text, about): return editExternally(field: field, text: text, about: about)
            case let .copy(text, what):
                // OSC 52: the terminal (or tmux, with set-clipboard) puts it on the clipboard.
                wrefresh(ladder_stdscr())
                FileHandle.standardOutput.write(Data(("\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}").utf8))
                // Counted as a web form counts against its limit, as the brief was cut.
                return .copied(what: what, characters: Brief.formLength(text))
            default: break
            }
            return nil
        }
    }

    /// Key codes of our own for the bracketed-paste marks (above ncurses' KEY_MAX).
    static let pasteStart: Int32 = 0x1F00
    static let pasteEnd: Int32 = 0x1F01

    /// Asks the terminal to mark pasted text (xterm's mode 2004), or to stop.
    static func bracketedPaste(_ on: Bool) {
        FileHandle.standardOutput.write(Data((on ? "\u{1B}[?2004h" : "\u{1B}[?2004l").utf8))
    }

    /// The text up to the paste's end mark (or a pause: a terminal that never sends it).
    private func readPaste() -> String {
        var text = ""
        wtimeout(ladder_stdscr(), 500)
        while true {
            var ch: wint_t = 0
            let result = wget_wch(ladder_stdscr(), &ch)
            if result == ladder_err() { break }
            if result == KEY_CODE_YES {
                if Int32(ch) == Self.pasteEnd { break }
                if Int32(ch) == KEY_ENTER { text.append("\n") }
                continue
            }
            switch ch {
            case 13, 10: text.append("\n")
            case 9: text.append("\t")
            default: if let s = Unicode.Scalar(UInt32(ch)) { text.unicodeScalars.append(s) }
            }
        }
        return text
    }

    private func ms(_ seconds: TimeInterval) -> String { String(format: "%.2f", seconds * 1000) }

    private func writeTiming() {
        guard let path = options.timingLog, !timing.isEmpty,
              let handle = FileHandle(forWritingAtPath: path) ?? {
                  _ = FileManager.default.createFile(atPath: path, contents: nil)  // the open below says whether it worked
                  return FileHandle(forWritingAtPath: path)
              }() else { return }
        handle.seekToEndOfFile()
        handle.write(Data((timing.joined(separator: "\n") + "\n").utf8))
        try? handle.close()
    }

    private func installSignalHandlers() {
        for sig in [SIGTERM, SIGINT, SIGHUP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { s in stopSignal.store(s, ordering: .relaxed) }
            sigemptyset(&action.sa_mask)
            // No SA_RESTART: the wait for a key returns at once, and the loop stops.
            action.sa_flags = 0
            sigaction(sig, &action, nil)
        }
        // A parent may have started us with these blocked (the mask is inherited).
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for sig in [SIGTERM, SIGINT, SIGHUP, SIGWINCH] { sigaddset(&unblock, sig) }
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
    }

    /// Hands the terminal to $EDITOR for a form field's text, then takes it back.
    private func editExternally(field: FormField.ID, text: String, about: String) -> Message {
        def_prog_mode()
        Self.bracketedPaste(false)
        endwin()
        defer {
            reset_prog_mode()
            Self.bracketedPaste(true)
            wrefresh(ladder_curscr())
        }
        do {
            return .textEdited(field: field, text: try ExternalEditor.edit(text, about: about), problem: nil)
        } catch {
            return .textEdited(field: field, text: nil, problem: Punctuation.then(error.description, error.hint))
        }
    }

    private func suspend() {
        def_prog_mode()
        Self.bracketedPaste(false)
        endwin()
        kill(getpid(), SIGTSTP)
        // Resumed (fg): back to the program's terminal modes, repaint everything.
        reset_prog_mode()
        Self.bracketedPaste(true)
        wrefresh(ladder_curscr())
    }

    // MARK: drawing

    private var attributes: [Style: (attr_t, Int16)] = [:]

    private func setUpColours() {
        let env = ProcessInfo.processInfo.environment
        colours = has_colors() && (env["NO_COLOR"] ?? "").isEmpty
        let bold = ladder_a_bold(), reverse = ladder_a_reverse(), under = ladder_a_underline(), dim = ladder_a_dim()
        var pairs: [Style: Int16] = [:]
        if colours {
            start_color()
            use_default_colors()
            let list: [(Style, Int16, Int16)] = [
                (.overdue, Int16(COLOR_RED), -1), (.dueSoon, Int16(COLOR_YELLOW), -1), (.error, Int16(COLOR_RED), -1),
                (.rung, Int16(COLOR_CYAN), -1), (.good, Int16(COLOR_GREEN), -1), (.heading, Int16(COLOR_CYAN), -1),
            ]
            for (i, (style, fg, bg)) in list.enumerated() {
                init_pair(Int16(i + 1), fg, bg)
                pairs[style] = Int16(i + 1)
            }
        }
        for style in Style.allCases {
            let attr: attr_t
            switch style {
            case .normal: attr = ladder_a_normal()
            case .bar: attr = reverse
            case .barKey: attr = reverse | bold
            case .heading: attr = bold
            case .selected: attr = reverse
            case .selectedDim: attr = under
            case .overdue: attr = bold
            case .dueSoon: attr = colours ? ladder_a_normal() : under
            case .dim: attr = dim
            case .error: attr = bold
            case .rung: attr = bold
            case .field: attr = under
            case .good: attr = ladder_a_normal()
            }
            attributes[style] = (attr, pairs[style] ?? 0)
        }
    }

    private func draw(_ screen: Screen) {
        var buffer = [wchar_t](repeating: 0, count: 6)
        for row in 0..<screen.height {
            for column in 0..<screen.width {
                let cell = screen[row, column]
                guard let c = cell.character else { continue }
                var n = 0
                for s in c.unicodeScalars where n < 5 {
                    buffer[n] = wchar_t(bitPattern: s.value)
                    n += 1
                }
                buffer[n] = 0
                let (attr, pair) = attributes[cell.style] ?? (ladder_a_normal(), 0)
                if ladder_put_cell(Int32(row), Int32(column), buffer, attr, pair) == ladder_err(), n > 1 {
                    // Marks ncurses will not combine: the base alone, rather than a stale cell.
                    buffer[1] = 0
                    _ = ladder_put_cell(Int32(row), Int32(column), buffer, attr, pair)
                }
            }
        }
        if let cursor = screen.cursor {
            curs_set(1)
            wmove(ladder_stdscr(), Int32(cursor.row), Int32(cursor.column))
        } else {
            curs_set(0)
        }
        wrefresh(ladder_stdscr())
    }

    // MARK: keys

    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        default: return nil
        }
    }

    static func characterKey(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(value + 96)!))
        case 0..<32: return nil
        default: return Unicode.Scalar(value).map { .char(Character($0)) }
        }
    }
}
