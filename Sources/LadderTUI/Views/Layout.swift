/// Where each part of the screen goes at a given size. The model uses it to page and
/// scroll; the view uses it to draw.
struct Layout: Equatable {
    static let minWidth = 50
    static let minHeight = 10
    /// From this width on, the list and the detail pane sit side by side.
    static let splitWidth = 110

    let width: Int
    let height: Int
    /// The detail pane hidden (`v`): the list takes the whole width.
    var detailHidden = false

    var tooSmall: Bool { width < Layout.minWidth || height < Layout.minHeight }
    var split: Bool { width >= Layout.splitWidth && !detailHidden }
    /// Rows between the top bar and the bottom bar.
    var bodyTop: Int { 1 }
    var bodyHeight: Int { max(0, height - 2) }
    /// Side by side the list takes three fifths: at 120 columns its titles get 27
    /// columns (they had 18 at eleven twentieths), the detail wraps in 47.
    var listWidth: Int { split ? width * 3 / 5 : width }
    var detailColumn: Int { split ? listWidth + 1 : 0 }
    var detailWidth: Int { split ? width - listWidth - 1 : width }
    /// Case rows: the body less the column headings.
    var listRows: Int { max(1, bodyHeight - 1) }
    /// Detail rows: the body less the case's title line.
    var detailRows: Int { max(1, bodyHeight - 1) }
}
