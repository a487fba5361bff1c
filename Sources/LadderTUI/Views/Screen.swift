import LadderCore

/// One terminal cell. A wide character occupies its cell and a continuation cell to
/// its right, so every row always has exactly `width` columns.
public struct Cell: Sendable, Equatable {
    /// One spacing scalar and the zero-width ones after it (CellText), or nil for the
    /// right half of a wide character.
    public var character: Character?
    public var style: Style

    public static let blank = Cell(character: " ", style: .normal)
}

/// A screen as a grid of cells: the view draws into it and the terminal layer copies it
/// to ncurses. Tests read it back as lines of text. Drawing clips by display width and
/// never splits a wide character, so borders stay in their columns.
public struct Screen: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor goes (a text field being edited), if shown.
    public var cursor: (row: Int, column: Int)?

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public static func == (a: Screen, b: Screen) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells
            && a.cursor?.row == b.cursor?.row && a.cursor?.column == b.cursor?.column
    }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * width + column]
    }

    /// Writes `text` at (row, column), clipped to `limit` columns (default: to the right
    /// edge). Text is made terminal-safe first. Returns the column after the text.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, limit: Int? = nil, style: Style = .normal) -> Int {
        guard row >= 0, row < height, column < width else { return column }
        let end = min(width, column + (limit ?? width))
        var x = max(0, column)
        for c in TerminalText.line(text) {
            if CellText.isSimple(c) {
                let w = TextWidth.of(c)
                if x + w > end { break }
                put(Cell(character: c, style: style), width: w, row: row, x: x)
                x += w
                continue
            }
            // ﾄﾞ takes two cells, a joined emoji its stand-in: the whole character fits
            // or none of it is drawn.
            let w = TextWidth.of(c)
            if w == 0 { continue }  // combining marks stay with the character before in the text itself
            if x + w > end { break }
            for part in CellText.cells(c) {
                put(Cell(character: part.character, style: style), width: part.width, row: row, x: x)
                x += part.width
            }
        }
        return x
    }

    private mutating func put(_ cell: Cell, width: Int, row: Int, x: Int) {
        set(row, x, cell)
        if width == 2 { set(row, x + 1, Cell(character: nil, style: cell.style)) }
    }

    /// Fills `count` columns from (row, column) with spaces in `style`.
    public mutating func fill(row: Int, column: Int = 0, count: Int? = nil, style: Style) {
        guard row >= 0, row < height else { return }
        let end = min(width, column + (count ?? width))
        var x = max(0, column)
        while x < end { set(row, x, Cell(character: " ", style: style)); x += 1 }
    }

    /// Changes the style of a run of cells, keeping their characters.
    public mutating func restyle(row: Int, column: Int = 0, count: Int? = nil, style: Style) {
        guard row >= 0, row < height else { return }
        let end = min(width, column + (count ?? width))
        for x in max(0, column)..<max(max(0, column), end) { cells[row * width + x].style = style }
    }

    private mutating func set(_ row: Int, _ x: Int, _ cell: Cell) {
        // Overwriting half of a wide character blanks its other half, so no debris stays.
        let i = row * width + x
        if cells[i].character == nil, x > 0 { cells[i - 1].character = " " }
        if let old = cells[i].character, TextWidth.of(old) == 2, x + 1 < width { cells[i + 1].character = " " }
        cells[i] = cell
    }

    /// The text of one row, trailing spaces removed.
    public func line(_ row: Int) -> String {
        var s = ""
        for x in 0..<width { if let c = cells[row * width + x].character { s.append(c) } }
        while s.last == " " { s.removeLast() }
        return s
    }

    /// Every row as text: what a snapshot test compares.
    public var lines: [String] { (0..<height).map(line) }
    public var text: String { lines.joined(separator: "\n") }

    /// The columns a row's text covers, counting wide characters twice: always `width`.
    public func columns(_ row: Int) -> Int {
        (0..<width).reduce(0) { n, x in
            guard let c = cells[row * width + x].character else { return n }
            return n + max(1, TextWidth.of(c))
        }
    }

    /// The styles of a row, one letter per cell, for tests that check colouring.
    public func styles(_ row: Int) -> [Style] { (0..<width).map { cells[row * width + $0].style } }
}
