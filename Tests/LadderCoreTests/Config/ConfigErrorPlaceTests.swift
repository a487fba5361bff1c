import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// The config loader's errors for files people edit by hand, and the `notify` key.
@Suite struct ConfigErrorPlaceTests {
    func error(_ text: String) -> ConfigError? {
        do { _ = try ConfigFile.decode(Data(text.utf8), file: "config.json"); return nil } catch { return error }
    }

    @Test func invalidJSONSaysLineAndColumn() throws {
        let e = try #require(error("{\n  \"zone\": \"Asia/Tokyo\"\n  \"language\": \"ja\"\n}\n"))
        #expect(e.description == "config.json: it is not valid JSON: line 3, column 3: \",\" or \"}\" was expected, found '\"'; fix it with: ladder config --edit")
        let unclosed = try #require(error("{\n  \"notify\": \"notify-send hi\n}\n"))
        #expect(unclosed.message.hasPrefix("it is not valid JSON: line 2, column 28: a line break or control character"), "\(unclosed)")
    }

    /// In Japanese the fix follows the message straight on, so the message ends as a
    /// sentence: a newcomer read `…があります` run into `ladder config --edit で直して…`.
    @Test func inJapaneseTheMessageEndsBeforeTheFix() throws {
        try Language.$bound.withValue(.ja) {
            let e = try #require(error("{\n  \"zone\": \"Asia/Tokyo\"\n  \"language\": \"ja\"\n}\n"))
            #expect(e.description.contains("。ladder config --edit で直してください。"), "\(e.description)")
            #expect(!e.description.contains("。。"))
            let ended = ConfigError(file: "config.json", key: "bogus", message: "知らないキーです。", hint: "直してください。")
            #expect(ended.description == "config.json: bogus: 知らないキーです。直してください。")
        }
    }

    @Test func notifyIsReadWrittenAndNeverEmpty() throws {
        let config = try ConfigFile.decode(Data("{\"notify\": \"notify-send ladder\"}".utf8), file: "c")
        #expect(config.notify == "notify-send ladder")
        #expect(try ConfigFile.decode(ConfigFile.encode(config), file: "c").notify == "notify-send ladder", "kept by org add")
        #expect(error("{\"notify\": \"  \"}")?.description == "config.json: notify: is empty")
        #expect(error("{\"notify\": [\"a\"]}")?.key == "notify")
    }
}
