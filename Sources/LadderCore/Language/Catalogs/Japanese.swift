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

# ==== Command line (Sources/ladder) ====

msgid "Added case {1}: {2} ({3}, {4})"
msgstr "案件{1}を登録しました：{2}（{3}、{4}）"

# ---- (command line section end) ----

# ==== Front end (Sources/LadderTUI) ====

# ---- (front end section end) ----
"""#
}
