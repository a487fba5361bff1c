import Foundation
import LadderCore

/// The effect loop: applies messages to the model and carries out the effects they ask
/// for, which may bring more messages. Effects on the store (save, read, export) are
/// carried out here through the store session; the terminal's own (suspend, repaint,
/// the external editor) are handed to `terminal`, which may answer with a message.
/// The front end runs this loop over ncurses; the tests run the same loop.
public struct Runtime {
    public let session: StoreSession
    let clock: @Sendable () -> Date
    let zone: TimeZone

    public init(session: StoreSession, clock: @escaping @Sendable () -> Date, zone: TimeZone) {
        self.session = session
        self.clock = clock
        self.zone = zone
    }

    /// Runs until no message is left; a quit stops at once and gives its exit status.
    public func run(_ messages: [Message], on app: inout App, terminal: (Effect) -> Message?) -> Int32? {
        var queue = messages
        while !queue.isEmpty {
            let message = queue.removeFirst()
            for effect in app.update(message) {
                switch effect {
                case let .quit(status):
                    return status
                case let .save(request):
                    queue.append(session.perform(request))
                case let .read(number):
                    queue.append(session.read(number))
                case let .export(request):
                    queue.append(session.export(request, now: clock(), zone: zone))
                case .sync:
                    queue.append(session.sync(now: clock()))
                    // What came in shows at once, as on any external change.
                    if let changed = session.poll(now: clock(), sweep: 0) { queue.append(changed) }
                case .suspend, .redraw, .editText, .copy:
                    if let answer = terminal(effect) { queue.append(answer) }
                }
            }
        }
        return nil
    }
}
