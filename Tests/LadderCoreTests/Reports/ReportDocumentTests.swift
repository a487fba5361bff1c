import LadderTestSupport
import Testing
@testable import LadderCore

/// The text report (what cron mails) wraps stored text without changing it.
@Suite struct ReportDocumentTests {
    @Test func wrappingJapaneseAddsNoSpaces() {
        let note = "更新案内のメールに、ありえない顧客番号が書かれていたので、担当の方から折り返しお電話いただけるようにしますね。回線が毎晩21時に切れる件も合わせて確認をお願いします。"
        let doc = ReportDocument(title: "Overdue", summary: [], sections: [
            .init(heading: "サンプル電気", entries: [.init(head: "#1 " + note, lines: [note])]),
        ], empty: "")
        for width in [40, 60, 80] {
            let text = doc.render(.text, width: width)
            let body = text.split(separator: "\n").dropFirst(3)  // the title, the heading and its rule
            let joined = body.map { String($0.drop { $0 == " " }) }.joined()
            #expect(joined == "#1 " + note + note, "width \(width):\n\(text)")
            #expect(body.allSatisfy { TextWidth.of(String($0)) <= width })
        }
    }
}
