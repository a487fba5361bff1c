import LadderCore

extension App {
    /// `/`: typing narrows the list at once; Enter keeps the filter, Esc clears it, and
    /// Up and Down still move through the list.
    mutating func filterKey(_ key: Key) {
        switch KeyTable.action(for: key, in: .filter) {
        case .keepFilter:
            mode = .browse
        case .dropFilter:
            filter = LineEditor()
            mode = .browse
            reorder()
        case .lineDown: move(by: 1)
        case .lineUp: move(by: -1)
        default:
            if filter.handle(key) { reorder() }
        }
    }
}
