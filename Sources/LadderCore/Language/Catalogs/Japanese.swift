// Japanese catalog: English source → Japanese. PO syntax (msgid/msgstr, # comments,
// \" \\ \n \t escapes). {1}, {2} … are the values in the English sentence's order;
// every translation must use the same places. Sections follow the sources' folders.
// Tests/LadderCoreTests/Language checks that every L("…") in the sources is here.
extension Catalogs {
    static let japanese = #"""
msgid ""
msgstr "Language: ja\n"

# ==== Names: rungs, channels, directions, failures, resolutions, parties ====

msgid "shop"
msgstr "店舗"

msgid "call-centre"
msgstr "コールセンター"

msgid "technical-desk"
msgstr "技術窓口"

msgid "executive"
msgstr "本社・相談室"

msgid "regulator"
msgstr "行政・相談機関"

msgid "phone"
msgstr "電話"

msgid "email"
msgstr "メール"

msgid "web"
msgstr "ウェブ"

msgid "visit"
msgstr "来店"

msgid "letter"
msgstr "郵便"

msgid "fax"
msgstr "FAX"

msgid "chat"
msgstr "チャット"

msgid "social"
msgstr "SNS"

msgid "out"
msgstr "発信"

msgid "in"
msgstr "着信"

msgid "failed"
msgstr "不通"

msgid "missed"
msgstr "不在着信"

msgid "no-answer"
msgstr "応答なし"

msgid "wrong-number"
msgstr "番号違い"

msgid "bounced"
msgstr "不達"

msgid "line-closed"
msgstr "受付時間外"

msgid "out-of-service"
msgstr "使われていない番号"

msgid "other"
msgstr "その他"

msgid "resolved"
msgstr "解決"

msgid "partly-resolved"
msgstr "一部解決"

msgid "abandoned"
msgstr "断念"

msgid "taken-to-regulator"
msgstr "行政・相談機関へ"

msgid "them"
msgstr "先方"

msgid "me"
msgstr "自分"

# ==== Time: durations, countdowns ====

# ==== Core: model, actions, store, config (Sources/LadderCore) ====

# ---- (core section end) ----

# ==== Reports (Sources/LadderCore/Reports) ====

# ---- (reports section end) ----

# ==== Documents: timeline, brief, write-up, calendar (Sources/LadderCore/Documents) ====

# ---- (documents section end) ----

# ==== Mail (Sources/LadderCore/Mail) ====

msgid "The message is {1} bytes long; ladder reads messages of up to {2} bytes."
msgstr "メッセージが{1}バイトあります。ladderが読むのは{2}バイトまでのメッセージです。"

msgid "The message is empty."
msgstr "メッセージが空です。"

msgid "This is not a mail message: its first line is not a header field: {1}"
msgstr "メールのメッセージではありません。1行目がヘッダーフィールドではありません：{1}"

msgid "The message header holds binary data on line {1}."
msgstr "メッセージのヘッダーの{1}行目にバイナリデータがあります。"

msgid "Line {1} of the message header is not a header field: {2}"
msgstr "メッセージのヘッダーの{1}行目がヘッダーフィールドではありません：{2}"

msgid "Line {1} of the message is {2} bytes long; the limit is {3}."
msgstr "メッセージの{1}行目が{2}バイトあります。上限は{3}バイトです。"

msgid "The multipart {1} has no boundary parameter."
msgstr "マルチパート（{1}）にboundaryパラメーターがありません。"

msgid "The multipart {1} never uses its boundary \"{2}\"."
msgstr "マルチパート（{1}）の中に区切り「{2}」が一度も現れません。"

msgid "The base64 of {1} is damaged."
msgstr "{1}のbase64が壊れています。"

msgid "Part {1} is nested more than {2} levels deep."
msgstr "パート{1}の入れ子が{2}段を超えています。"

msgid "The message has more than {1} parts."
msgstr "メッセージのパートが{1}個を超えています。"

msgid "the message"
msgstr "メッセージ本体"

msgid "part {1}"
msgstr "パート{1}"

msgid "Text labelled {1} was read as {2}, its superset."
msgstr "{1}と表示された本文を、その上位集合の{2}として読みました。"

msgid "Unknown charset {1}; the text was read as {2}."
msgstr "文字コード{1}は不明のため、{2}として読みました。"

msgid "{1} bytes could not be read as {2} and were replaced."
msgstr "{1}バイトを{2}として読めなかったため、置き換えました。"

msgid "Text without a charset label was read as {1}."
msgstr "文字コードの表示がない本文を{1}として読みました。"

msgid "Cannot read the date \"{1}\"."
msgstr "日付「{1}」を読めません。"

msgid "The multipart {1} has no closing boundary."
msgstr "マルチパート（{1}）に終わりの区切りがありません。"

# ---- (mail section end) ----

# ==== Command line (Sources/ladder) ====

msgid "Added case {1}: {2} ({3}, {4})"
msgstr "案件{1}を登録しました：{2}（{3}、{4}）"

# ---- (command line section end) ----

# ==== Front end (Sources/LadderTUI) ====

# ---- (front end section end) ----
"""#
}
