import Foundation

/// Text as a search compares it: full-width and half-width forms made one (ｄｏｃｏｍｏ is
/// docomo, ﾄﾞｺﾓ is ドコモ), katakana as hiragana (ドコモ finds どこも), and lower case.
public enum SearchFold {
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            // Katakana ァ..ヶ to hiragana ぁ..ゖ.
            if (0x30A1...0x30F6).contains(s.value), let h = Unicode.Scalar(s.value - 0x60) { out.append(h) } else { out.append(s) }
        }
        return String(out)
    }
}
