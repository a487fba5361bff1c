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

# ==== Dates typed (Sources/LadderCore/Text/WhenMessages.swift) ====

msgid "cannot read \"{1}\" as a time"
msgstr "「{1}」は日時として読めません。"

msgid "write e.g. {1}"
msgstr "例：{1}"

msgid "\"{1}\" is not a time of day"
msgstr "「{1}」は時刻ではありません。"

msgid "\"{1}\" is read both as noon and as midnight"
msgstr "「{1}」は正午とも深夜0時とも読めます。"

msgid "write 12時 for noon or 0時 for midnight"
msgstr "正午なら12時、深夜なら0時と書いてください。"

msgid "\"{1}\" is not a date"
msgstr "「{1}」は日付ではありません。"

msgid "write e.g. 2026-06-02 or 6/2 (month/day){1}"
msgstr "例：2026-06-02、6/2（月/日）{1}"

msgid "no such time near now"
msgstr "現在に近い該当の日時がありません。"

msgid "\"{1}\" is not a day of the week"
msgstr "「{1}」は曜日ではありません。"

msgid "write e.g. 7月15日(水) or 2026-07-15 (wed)"
msgstr "例：7月15日(水)、2026-07-15 (wed)"

msgid "\"{1}\": {2} is a {3} ({4}), not the day written"
msgstr "「{1}」：{2} は{4}曜日で、書かれた曜日と違います。"

msgid "correct the date or the day of the week, or leave the day out"
msgstr "日付か曜日を直すか、曜日を省いてください。"

msgid "\"{1}\" is business time, which only a due time counts"
msgstr "「{1}」は営業時間での長さで、期限にしか使えません。"

msgid "write when it happened, e.g. {1}"
msgstr "起きた日時を書いてください。例：{1}"

msgid ", or business time: 2 business days, 8bh, 3営業日"
msgstr "、営業時間なら 3営業日, 2 business days, 8bh"

msgid "\"{1}\" is more than a century away"
msgstr "「{1}」は100年以上先（または前）です。"

# ---- (dates section end) ----

# ==== Core: model, actions, store, config (Sources/LadderCore) ====

# -- Store and config (Sources/LadderCore/Store, Sources/LadderCore/Config)

msgid "it is not valid UTF-8 text"
msgstr "正しい UTF-8 のテキストではありません"

msgid "it has no \"format\" number"
msgstr "\"format\" の番号がありません"

msgid "it was written by a newer ladder (format {1}; this one reads up to {2})"
msgstr "新しい版の ladder で書かれています（形式 {1}。この版が読めるのは {2} まで）"

msgid "the top level"
msgstr "最上位"

msgid "\"{1}\" is missing at {2}"
msgstr "{2} に \"{1}\" がありません"

msgid "{1} should be {2}"
msgstr "{1} は{2}のはずです"

msgid "{1} is null but should be {2}"
msgstr "{1} が null ですが、{2}のはずです"

msgid "it is not valid JSON (truncated or hand-edited?)"
msgstr "正しい JSON ではありません（途中で切れたか、手で編集しましたか？）"

msgid "text"
msgstr "文字列"

msgid "a number"
msgstr "数値"

msgid "true or false"
msgstr "true か false"

msgid "a list"
msgstr "リスト"

msgid "an object"
msgstr "オブジェクト"

msgid "a {1}"
msgstr "{1}"

msgid "open (a file)"
msgstr "オープン"

msgid "{1} is a link; ladder keeps its backups in a folder of its own: move the link away"
msgstr "{1} はリンクです。ladder はバックアップを専用のフォルダーに置きます。リンクを別の場所へ移してください。"

msgid "use as a folder"
msgstr "フォルダーとしての使用"

msgid "create folder"
msgstr "フォルダーの作成"

msgid "set permissions of"
msgstr "権限の設定"

msgid "create"
msgstr "作成"

msgid "write"
msgstr "書き込み"

msgid "flush"
msgstr "ディスクへの書き出し"

msgid "replace"
msgstr "置き換え"

msgid "{1} is a link to {2}, which does not exist; create that folder (mkdir -p {3}) or remove the link"
msgstr "{1} は {2} へのリンクですが、その先がありません。そのフォルダーを作る（mkdir -p {3}）か、リンクを消してください。"

msgid "look at"
msgstr "確認"

msgid "{1} is not a folder of yours; ladder writes its temp files there: move it away"
msgstr "{1} はあなたのフォルダーではありません。ladder はそこに一時ファイルを書きます。別の場所へ移してください。"

msgid "read"
msgstr "読み込み"

msgid "{1} is not a regular file"
msgstr "{1} は通常のファイルではありません。"

msgid "{1} is {2} MiB, larger than the {3} MiB a file may be; it was not read"
msgstr "{1} は {2} MiB で、ファイルの上限 {3} MiB を超えているため読み込みませんでした。"

msgid "read folder"
msgstr "フォルダーの読み込み"

msgid "open lock file"
msgstr "ロックファイルのオープン"

msgid "lock"
msgstr "ロック"

msgid "{1} is not a folder; ladder keeps its store in a folder: move it away, or use --store DIR"
msgstr "{1} はフォルダーではありません。ladder はストアをフォルダーに置きます。別の場所へ移すか、--store でフォルダーを指定してください。"

msgid "{1} is not a regular file; move it away (the index is made again)"
msgstr "{1} は通常のファイルではありません。別の場所へ移してください（索引は作り直されます）。"

msgid "write in"
msgstr "書き込み"

msgid "{1} can be changed by other users (mode {2}); ladder writes nothing there. To fix it: ladder doctor --repair (or chmod 700 {3})"
msgstr "{1} はほかのユーザーも変更できます（モード {2}）。ladder はそこに何も書きません。直すには：ladder doctor --repair（または chmod 700 {3}）"

msgid "ladder cannot {1} {2}: it belongs to {3} and is {4}, and you are {5}. If the store is yours, take it back: sudo chown -R {6} {7}"
msgstr "ladder は {2} の{1}ができません。所有者は {3}、モードは {4} で、あなたは {5} です。ご自分のストアなら、所有者を戻してください：sudo chown -R {6} {7}"

msgid "ladder cannot {1} {2}: {3}. Check the folders above it (ls -ld), or use --store DIR"
msgstr "ladder は {2} の{1}ができません（{3}）。上のフォルダーを確かめる（ls -ld）か、--store でフォルダーを指定してください。"

msgid "ladder cannot {1} {2}: the folder {3} belongs to {4} and is {5}, and you are {6}. If it is yours, take it back: sudo chown -R {7} {8}"
msgstr "ladder は {2} の{1}ができません。フォルダー {3} の所有者は {4}、モードは {5} で、あなたは {6} です。ご自分のものなら、所有者を戻してください：sudo chown -R {7} {8}"

msgid "user {1}"
msgstr "ユーザー {1}"

msgid "cannot keep a copy of {1} before writing it in format {2}: {3}"
msgstr "{1} を形式 {2} で書き直す前に、写しを残せませんでした（{3}）。"

msgid "{1}: {2}. {3}"
msgstr "{1}: {2}。{3}"

msgid "there is no case {1}"
msgstr "案件{1}はありません。"

msgid "ladder will not change this file; fix it by hand or move it out of {1}"
msgstr "ladder はこのファイルを変更しません。手で直すか、{1} の外へ移してください。"

msgid "it says it is case {1}, but its name says {2}"
msgstr "中身は案件{1}ですが、ファイル名は{2}です"

msgid "check the file's permissions"
msgstr "ファイルの権限を確かめてください。"

msgid "{1} (another ladder is writing and did not finish within 10 seconds; try again)"
msgstr "{1}（別の ladder が書き込み中で、10秒たっても終わりませんでした。もう一度試してください）"

msgid "cannot encode case {1}: {2}"
msgstr "案件{1}を書き出せません（{2}）。"

msgid "case {1} would be {2} MiB, past the {3} MiB a case file may be; nothing was written"
msgstr "案件{1}は {2} MiB になり、案件ファイルの上限 {3} MiB を超えるため、何も書きませんでした。"

msgid "keep long documents in files of your own and note where they are"
msgstr "長い文書は別のファイルに保存し、その場所をメモしてください。"

msgid "{1}: {2}\n  repair: {3}"
msgstr "{1}: {2}\n  修復: {3}"

msgid "{1}: {2}\n  fix: {3}"
msgstr "{1}: {2}\n  対処: {3}"

msgid "fix it with ladder config --edit (the keys: man 5 ladder-store), or use ladder org edit"
msgstr "ladder config --edit で直す（キーは man 5 ladder-store）か、ladder org edit を使う"

msgid "another ladder is writing right now"
msgstr "別の ladder がいま書き込み中"

msgid "git is in the middle of a merge"
msgstr "git のマージが途中です"

msgid "finish it (git commit) or take it back (git merge --abort), then ladder sync"
msgstr "マージを終える（git commit）か取り消して（git merge --abort）から、ladder sync を実行してください"

msgid "run doctor again when it is done (a lock is never left behind: the system drops it when its process ends)"
msgstr "終わってから doctor をもう一度実行する（ロックが残ることはありません。プロセスが終わるとシステムが外します）"

msgid "move"
msgstr "移動"

msgid "{1}: now {2}"
msgstr "{1}: {2} にしました"

msgid "{1}: moved to {2}"
msgstr "{1}: {2} へ移しました"

msgid "{1}: made again from the case files (the old one is in {2})"
msgstr "{1}: 案件ファイルから作り直しました（古いものは {2} にあります）"

msgid "{1}: not made again yet (the store was busy); the next read makes it"
msgstr "{1}: まだ作り直していません（ストアが使用中でした）。次に読むときに作られます"

msgid "is a link to {1}; ladder reads through it and never changes what it points to"
msgstr "{1} へのリンク。ladder はリンク先を読むだけで、変更はしない"

msgid "is {1}: other users can change it"
msgstr "モード {1}：ほかのユーザーが変更できる"

msgid "is {1}: other users can read it"
msgstr "モード {1}：ほかのユーザーが読める"

msgid "set it to {1}"
msgstr "{1} にする"

msgid "left by a write that never finished"
msgstr "途中で止まった書き込みの残り"

msgid "move it to the backup folder (the next write removes it too)"
msgstr "バックアップ用フォルダーへ移す（次の書き込みでも消える）"

msgid "left by a write that never finished (its process is gone)"
msgstr "途中で止まった書き込みの残り（そのプロセスはもうない）"

msgid "move it to the backup folder"
msgstr "バックアップ用フォルダーへ移す"


msgid "cannot be read (damaged, or another format)"
msgstr "読めない（壊れているか、別の形式）"

msgid "move it to the backup folder; it is made again from the case files"
msgstr "バックアップ用フォルダーへ移す。案件ファイルから作り直される"

msgid "{1} of its lines disagree with the case files, and its last line is torn"
msgstr "{1}行が案件ファイルと食い違い、最後の行が途中で切れている"

msgid "{1} of its lines disagree with the case files"
msgstr "{1}行が案件ファイルと食い違っている"

msgid "1 of its lines disagrees with the case files, and its last line is torn"
msgstr "1行が案件ファイルと食い違い、最後の行が途中で切れている"

msgid "1 of its lines disagrees with the case files"
msgstr "1行が案件ファイルと食い違っている"

msgid "make it again from the case files"
msgstr "案件ファイルから作り直す"

msgid "1 case file was changed outside ladder ({1}); the index now has it as it is"
msgstr "案件ファイル1件がladderの外で変更されていた（{1}）。索引を今の内容に合わせた"

msgid "{1} case files were changed outside ladder ({2}); the index now has them as they are"
msgstr "案件ファイル{1}件がladderの外で変更されていた（{2}）。索引を今の内容に合わせた"

msgid " ({1} {2})"
msgstr "（{2}では {1}）"

msgid "open now, round the clock"
msgstr "営業中（24時間）"

msgid "open now until {1}"
msgstr "営業中、{1}まで"

msgid "closed, with no opening hours"
msgstr "休業（営業時間なし）"

msgid "closed now; opens {1}"
msgstr "営業時間外、{1}から営業"

msgid "hours not known"
msgstr "営業時間不明"

msgid "{1}{2}; {3}"
msgstr "{1}{2}{3}"

msgid "cannot read it ({1})"
msgstr "読み込めません（{1}）。"

msgid "check its permissions"
msgstr "ファイルの権限を確かめてください。"

msgid "it is not valid JSON"
msgstr "正しい JSON ではありません。"


msgid "cannot create its folder ({1})"
msgstr "フォルダーを作れません（{1}）。"

msgid "another ladder may be writing it; try again"
msgstr "別の ladder が書き込み中かもしれません。もう一度試してください。"

msgid "cannot write it ({1})"
msgstr "書き込めません（{1}）。"

msgid "should be an object { ... }"
msgstr "オブジェクト { … } で書いてください。"

msgid "is not a known key"
msgstr "知らないキーです。"

msgid "the keys here are {1} (man 5 ladder-store)"
msgstr "ここで使えるキー：{1}（man 5 ladder-store）"

msgid "should be a string in quotes"
msgstr "引用符で囲んだ文字列で書いてください。"

msgid "is empty"
msgstr "空です。"

msgid "should be a list [ ... ]"
msgstr "リスト [ … ] で書いてください。"

msgid "should be an object of days and times"
msgstr "曜日と時間のオブジェクトで書いてください。"

msgid "write e.g. {\"mon-fri\": \"09:00-18:00\", \"wed\": \"closed\"}"
msgstr "例：{\"mon-fri\": \"09:00-18:00\", \"wed\": \"closed\"}"

msgid "write e.g. \"2026-12-31\""
msgstr "例：\"2026-12-31\""

msgid "should be a number"
msgstr "数値で書いてください。"

msgid "is {1}; this ladder reads up to {2}"
msgstr "{1} ですが、この版の ladder が読めるのは {2} までです。"

msgid "upgrade ladder to read this file"
msgstr "このファイルを読むには ladder を新しくしてください。"

msgid "\"{1}\" shares a name or alias with \"{2}\""
msgstr "「{1}」は「{2}」と名前か別名が重なっています。"

msgid "give each organisation its own names"
msgstr "相手先ごとに別の名前を付けてください。"

msgid "is never open, so business time could never pass"
msgstr "一度も営業しないため、営業時間が進みません。"

msgid "give at least one day's hours"
msgstr "少なくとも1日分の営業時間を書いてください。"

msgid "\"{1}\" is not a language ladder speaks"
msgstr "「{1}」は ladder が扱える言語ではありません。"

msgid "write one of {1}"
msgstr "次のどれかを書いてください：{1}"

msgid "has no \"name\""
msgstr "\"name\" がありません。"

msgid "write e.g. \"name\": \"Kestrel Mobile\""
msgstr "例：\"name\": \"ケストレル・モバイル\""

msgid "a second contact point named \"{1}\""
msgstr "「{1}」という窓口が2つあります。"

msgid "give each contact point its own name"
msgstr "窓口ごとに別の名前を付けてください。"

msgid "write e.g. \"name\": \"Customer relations\""
msgstr "例：\"name\": \"お客様相談室\""

msgid "has no \"rung\""
msgstr "\"rung\" がありません。"

msgid "\"{1}\" is not a rung"
msgstr "「{1}」は段階ではありません。"

msgid "\"{1}\" is not a cost"
msgstr "「{1}」は料金の種類ではありません。"

msgid "write \"toll-free\" or \"paid\""
msgstr "\"toll-free\" か \"paid\" と書いてください。"

msgid "toll-free"
msgstr "フリーダイヤル"

msgid "paid"
msgstr "有料"
msgid "case {1} was withdrawn (its opening was undone); nothing more can be recorded on it"
msgstr "案件{1}は取り下げられています（登録が取り消されました）。これ以上は記録できません。"

msgid "open a new case instead: ladder add \"...\" --org \"...\""
msgstr "代わりに新しい案件を登録してください：ladder add \"...\" --org \"...\""

msgid "{1} is in the future; events are recorded after they happen"
msgstr "{1}は未来の時刻です。出来事は起きたあとに記録してください。"

msgid "write a past time, e.g. --at -30m or --at \"yesterday 15:00\""
msgstr "過去の時刻を書いてください。例：--at -30m、--at \"昨日 15:00\""

msgid "case {1} is {2}; cannot close it"
msgstr "案件{1}はクローズ済み（{2}）のため、クローズできません。"

msgid "case {1} is {2}; cannot escalate it"
msgstr "案件{1}はクローズ済み（{2}）のため、エスカレーションできません。"

msgid "case {1} is {2}; cannot raise a pending reply on it"
msgstr "案件{1}はクローズ済み（{2}）のため、返事待ちを追加できません。"

msgid "reopen it first: ladder reopen {1} --reason \"...\""
msgstr "先に再開してください：ladder reopen {1} --reason \"...\""

msgid "open"
msgstr "対応中"

msgid "withdrawn"
msgstr "取り下げ"

msgid "case {1} is already open"
msgstr "案件{1}はすでに対応中です。"

msgid "the reason is empty"
msgstr "理由が空です。"

msgid "--reason \"the fault came back\""
msgstr "--reason \"不具合が再発した\""

msgid "a concrete promise says by when"
msgstr "具体的な約束には期限が必要です。"

msgid "write e.g. --promise \"refund of the two months\" --by 2026-08-01"
msgstr "例：--promise \"2か月分の返金\" --by 2026-08-01"

msgid "a due time needs the promise it belongs to"
msgstr "期限を書くときは、その約束の内容も書いてください。"

msgid "the promise's due time {1} is not after {2}"
msgstr "約束の期限（{1}）が{2}より後になっていません。"

msgid "the note is empty"
msgstr "メモが空です。"

msgid "\"they promised a call before 18:00\""
msgstr "\"18:00までに電話をくれると約束した\""

msgid "the title is empty"
msgstr "件名が空です。"

msgid "--title \"Mail bounces\""
msgstr "--title \"メールが届かない\""

msgid "the organisation is empty"
msgstr "相手先が空です。"

msgid "--org \"Example Mobile\""
msgstr "--org \"サンプル携帯\""

msgid "{1} has these settings already; nothing changed"
msgstr "{1}はすでにその設定です。変更はありません。"

msgid "Case {1} has these details already; nothing changed"
msgstr "案件{1}はすでにその内容です。変更はありません。"

msgid "nothing to change"
msgstr "変更する項目がありません。"

msgid "write e.g. ladder edit {1} --title \"New title\""
msgstr "例：ladder edit {1} --title \"新しい件名\""

msgid "what you ask for is empty"
msgstr "求める内容が空です。"

msgid "\"a refund of the two months and a written cause\""
msgstr "\"2か月分の返金と、原因の書面での説明\""

msgid "case {1} is already on the top rung ({2})"
msgstr "案件{1}はすでに最上段（{2}）にあります。"

msgid "name a rung to send it back to, e.g. --to executive"
msgstr "戻す先の段階を指定してください。例：--to executive"

msgid "case {1} is already on {2}"
msgstr "案件{1}はすでに{2}の段階にあります。"

msgid "name another rung, e.g. --to {1}"
msgstr "別の段階を指定してください。例：--to {1}"

msgid "--reason \"no reply in 3 days\""
msgstr "--reason \"3日間返事がない\""

msgid "a failure reason goes only with a failed attempt"
msgstr "不通の理由は、つながらなかった連絡にだけ付けられます。"

msgid "write e.g. --failed --failure wrong-number"
msgstr "例：--failed --failure wrong-number"

msgid "the number they left goes only with a missed call"
msgstr "先方の残した番号は、不在着信にだけ付けられます。"

msgid "write e.g. --missed --number 03-1234-5678"
msgstr "例：--missed --number 03-1234-5678"

msgid "a duration cannot be negative"
msgstr "時間の長さに負の値は使えません。"

msgid "write e.g. 40m"
msgstr "例：40m"

msgid "on {1}, as given"
msgstr "{1}（指定どおり）"

msgid "on {1}: {2} is a contact point there"
msgstr "{1}：{2}はこの段階の窓口です"

msgid "on {1}, the case's rung then"
msgstr "記録した段階：{1}"

msgid "\"Mail from two handsets bounces\""
msgstr "\"2台の端末からのメールが届かない\""

msgid "what is awaited is empty"
msgstr "待っている内容が空です。"

msgid "\"call back with the fix\""
msgstr "\"修理方法を折り返し電話で連絡\""

msgid "the due time {1} is not after the event ({2})"
msgstr "期限（{1}）が出来事の時刻（{2}）より後になっていません。"

msgid "write a time after the event, e.g. --due 2h or --due tomorrow (a time like 2h counts from when the promise was made)"
msgstr "出来事より後の時刻を書いてください。例：--due 2h、--due 明日（2h などは約束した時刻から数えます）"

msgid "write \"{1}後\" for that long from now, or \"{2}前\" for that long ago"
msgstr "今からなら「{1}後」、さかのぼるなら「{2}前」と書いてください"

msgid "write \"{1}後\" for that long from now, \"{2}前\" for that long ago, or a date such as 7月{3}日"
msgstr "今からなら「{1}後」、さかのぼるなら「{2}前」、日付なら「7月{3}日」のように書いてください"

msgid "reply {1} was raised at {2}, after {3}"
msgstr "返事{1}が登録されたのは{2}で、{3}より後です。"

msgid "clear it at a later time, e.g. --at now"
msgstr "もっと後の時刻で完了にしてください。例：--at now"

msgid "{1} ({2})"
msgstr "{1}（{2}）"

msgid "\"{1}\" is not an ISO 8601 time like 2026-06-02T17:00:00+09:00"
msgstr "「{1}」は 2026-06-02T17:00:00+09:00 のような ISO 8601 形式の時刻ではありません"

msgid "cannot read folder {1}: {2}"
msgstr "フォルダー {1} を読み込めません（{2}）。"
msgid ", "
msgstr "、"

msgid "case {1} has no open pending reply"
msgstr "案件{1}に未完了の返事待ちはありません。"

msgid "case {1} has {2} open replies: {3}"
msgstr "案件{1}には未完了の返事待ちが{2}件あります：{3}"

msgid "name one, e.g. ladder clear {1} {2}"
msgstr "どれか一つを指定してください。例：ladder clear {1} {2}"

msgid "reply {1} of case {2} is already cleared ({3})"
msgstr "案件{2}の返事{1}はすでに完了しています（{3}）。"

msgid "case {1} has no open reply \"{2}\""
msgstr "案件{1}に未完了の返事「{2}」はありません。"

msgid "open replies: {1}"
msgstr "未完了の返事待ち：{1}"

msgid "case {1} has no change to undo"
msgstr "案件{1}に取り消せる変更はありません。"

msgid "an undo cannot itself be undone"
msgstr "取り消しそのものは取り消せません。"

msgid "record the change again instead"
msgstr "代わりに、その変更をもう一度記録してください。"

msgid "that change to case {1} is already undone"
msgstr "案件{1}のその変更はすでに取り消されています。"

msgid "kept"
msgstr "期限内"

msgid "late"
msgstr "期限遅れ"

msgid "broken"
msgstr "不履行"

msgid "OVERDUE {1}"
msgstr "{1}遅れ"

msgid "in {1}"
msgstr "あと{1}"

msgid "Closed {1} {2}, reopened {3}."
msgstr "{2}に「{1}」でクローズし、{3}に再開しました。"

msgid "Closed {1} {2}, reopened {3}: {4}."
msgstr "{2}に「{1}」でクローズし、{3}に再開しました（理由：{4}）。"

msgid "acknowledged the event"
msgstr "事実を認めた"

msgid "did not acknowledge the event"
msgstr "事実を認めなかった"

msgid "explained the cause"
msgstr "原因を説明した"

msgid "no cause given"
msgstr "原因の説明なし"

msgid "acknowledged my trouble"
msgstr "こちらの迷惑を認めた"

msgid "did not acknowledge my trouble"
msgstr "こちらの迷惑を認めなかった"

msgid "promised: {1}"
msgstr "約束：{1}"

msgid "no concrete promise"
msgstr "具体的な約束なし"

msgid "{1} of 4: {2}"
msgstr "4項目中{1}項目：{2}"

msgid "{1} is outside the years {2}-{3}"
msgstr "{1}は{2}〜{3}年の範囲外です。"

msgid "write a time in those years, e.g. 2026-08-31 17:00"
msgstr "その範囲の時刻を書いてください。例：2026-08-31 17:00"

msgid "the text is {1} KiB; ladder keeps at most {2} KiB"
msgstr "文章が{1} KiBあります。ladderに保存できるのは{2} KiBまでです。"

msgid "keep the essentials here and the rest in a file of your own"
msgstr "要点だけをここに書き、残りはご自分のファイルに保存してください。"

msgid "the title has {1} characters; at most {2}"
msgstr "件名が{1}文字あります。{2}文字以内にしてください。"

msgid "say what is wrong in a few words, and the rest in a note"
msgstr "何が問題かを短く書き、詳しくはメモに書いてください。"

msgid "{1} is negative"
msgstr "「{1}」が負の値です。"

msgid "write how long, e.g. 40m"
msgstr "長さを書いてください。例：40m"

msgid "{1} is longer than a day (24h at the most)"
msgstr "{1}は1日を超えています（最長24時間）。"

msgid "write how long this one contact took, e.g. 1h30m"
msgstr "この1回の連絡にかかった時間を書いてください。例：1h30m"

msgid "{1}; {2}"
msgstr "{1}{2}"

msgid "reply {1} is {2} late"
msgstr "返事{1}が{2}遅れています"

msgid "no progress on {1} for {2}, past its {3} window"
msgstr "{1}で{2}進展がなく、目安の{3}を過ぎています"

msgid "climb to {1}"
msgstr "{1}へエスカレーションしてください"

msgid "press the {1} (top rung)"
msgstr "{1}に強く働きかけてください（最上段）"

msgid "{1} still owes it"
msgstr "{1}が未対応"

msgid "{1} is still owed it"
msgstr "{1}へ未返信"

msgid "{1} is too far ahead: business time is counted about four years ahead at most"
msgstr "{1}は先すぎます。営業時間で数えられるのは約4年先までです。"

msgid "write a date instead, e.g. 2027-06-30"
msgstr "代わりに日付を書いてください。例：2027-06-30"

msgid "business time never passes: the hours have no open day"
msgstr "営業時間が進みません。受付時間に営業する日がありません。"

msgid "give the organisation opening hours: ladder org edit NAME --hours \"mon-fri 09:00-18:00\""
msgstr "相手先に受付時間を設定してください。例：ladder org edit 名前 --hours \"月〜金 09:00〜18:00\""

msgid "write e.g. 09:00-18:00, 09:00-12:00, 13:00-17:00, closed or 24h"
msgstr "例：09:00〜18:00、「09:00〜12:00・13:00〜17:00」、定休日、24時間"

msgid "\"{1}\" is not a list of opening times"
msgstr "「{1}」は受付時間の書き方になっていません。"

msgid "\"{1}\" closes before it opens; a night across midnight is two days' spans"
msgstr "「{1}」は始まる前に終わっています。深夜0時をまたぐときは2日に分けて書いてください。"

msgid "\"{1}\" opens at 24:00"
msgstr "「{1}」は24:00に始まっています。"

msgid "\"{1}\" is empty"
msgstr "「{1}」が空です。"

msgid "\"{1}\" has overlapping times"
msgstr "「{1}」の時間帯が重なっています。"

msgid "\"{1}\" does not name days of the week"
msgstr "「{1}」は曜日になっていません。"

msgid "write e.g. mon-fri, sat, sat,sun, weekdays or daily"
msgstr "例：月〜金、土、土・日、平日、毎日（mon-fri、weekdays なども）"

msgid "\"{1}\" and \"{2}\" both set {3}"
msgstr "「{1}」と「{2}」の両方が{3}を指定しています。"

msgid "name each day once; a single day such as \"wed closed\" may override a range"
msgstr "各曜日は一度だけ指定してください。ただし「水 定休日」のような1日だけの指定は、範囲の指定より優先されます。"

msgid "\"{1}\" needs days and times"
msgstr "「{1}」には曜日と時刻が必要です。"

msgid "still open when the case was closed"
msgstr "案件のクローズ時に未完了だった"

msgid "overdue when the case was closed"
msgstr "案件のクローズ時に期限切れだった"

msgid "left open when the case moved to {1}"
msgstr "案件が{1}へ移ったときに未完了のまま残った"

msgid "carried to {1}"
msgstr "{1}へ引き継いだ"

msgid "index-summaries.bin was changed while it was read: run the command again"
msgstr "index-summaries.bin が読み取り中に書き換えられました。コマンドをもう一度実行してください"

# ---- (core section end) ----

# ==== Reports (Sources/LadderCore/Reports) ====

msgid "it still owes this; the case is on {1}"
msgstr "この段階の返事がまだです。案件は現在{1}にあります"

msgid "a promise still watched since it closed is late"
msgstr "クローズ後も見守っていた約束が期限切れです"

msgid "send it (you owe this)"
msgstr "送ってください（こちらが送る番です）"

msgid "chase the {1}"
msgstr "{1}に催促してください"

msgid "chase the {1} ({2})"
msgstr "{1}に催促してください（{2}）"

msgid "climb to {1} ({2})"
msgstr "{1}へエスカレーションしてください（{2}）"

msgid "press the {1} (top rung) ({2})"
msgstr "{1}に強く働きかけてください（最上段。{2}）"

msgid "the promise made at closing is late"
msgstr "クローズ時の約束が期限切れです"

msgid "reopen the case: {1}"
msgstr "案件を再開してください：{1}"

msgid ": {1}"
msgstr "。連絡先：{1}"

msgid ": {1}, {2}"
msgstr "。連絡先：{1}、{2}"

msgid ": {1}; {2}"
msgstr "。連絡先：{1}（{2}）"

msgid ": {1}, {2}; {3}"
msgstr "。連絡先：{1}、{2}（{3}）"

msgid "MINE, I owe"
msgstr "【要対応】自分が送るもの"

msgid "they owe"
msgstr "先方の約束"

msgid "{1}: {2} (reply {3})"
msgstr "{1}：{2}（返事{3}）"

msgid "{1}: {2} (reply {3}, {4})"
msgstr "{1}：{2}（返事{3}、{4}）"

msgid "none yet"
msgstr "まだなし"

msgid "{1} {2}, {3} ({4} ago)"
msgstr "{1}・{2}、{3}（{4}前）"

msgid "{1} {2} ({3}), {4} ({5} ago)"
msgstr "{1}・{2}（{3}）、{4}（{5}前）"

msgid "{1} {2}, {3}, {4} ({5} ago)"
msgstr "{1}・{2}、相手：{3}、{4}（{5}前）"

msgid "{1} {2} ({3}), {4}, {5} ({6} ago)"
msgstr "{1}・{2}（{3}）、相手：{4}、{5}（{6}前）"

msgid "1 reply overdue: see ladder report overdue"
msgstr "1件の返事が期限切れです。ladder report overdue で確認してください。"

msgid "{1} replies overdue: see ladder report overdue"
msgstr "{1}件の返事が期限切れです。ladder report overdue で確認してください。"

msgid "OVERDUE {1}: due {2}, on {3}"
msgstr "期限切れ（{1}遅れ）：期限 {2}、{3}"

msgid "OVERDUE {1}: due {2}, owed by {3}"
msgstr "期限切れ（{1}遅れ）：期限 {2}、{3}が未対応"

msgid "last contact: {1}"
msgstr "最後の連絡：{1}"

msgid "last attempt: {1}"
msgstr "最後の試み：{1}"

msgid "next: {1}"
msgstr "次の一手：{1}"

msgid "Overdue replies, as of {1}"
msgstr "期限切れの返事：{1}時点"

msgid "Nothing is overdue."
msgstr "期限切れの返事はありません。"

msgid "1 overdue reply in 1 organisation"
msgstr "期限切れの返事1件（1社）"

msgid "{1} overdue replies in 1 organisation"
msgstr "期限切れの返事{1}件（1社）"

msgid "{1} overdue replies in {2} organisations"
msgstr "期限切れの返事{1}件（{2}社）"

msgid "Every promise is in time."
msgstr "どの約束も期限内です。"

msgid "Due within {1}"
msgstr "{1}以内に期限"

msgid "contact: {1}; {2}"
msgstr "連絡先：{1}（{2}）"

msgid "contact: none recorded for {1}"
msgstr "連絡先：{1}の登録なし"

msgid "{1}  #{2} {3}: {4}"
msgstr "{1}  #{2} {3}：{4}"

msgid "{1}: {2} (reply {3}, {4}, on {5})"
msgstr "{1}：{2}（返事{3}、{4}、{5}）"

msgid "Nothing falls due within {1}."
msgstr "{1}以内に期限を迎える返事はありません。"

msgid "1 reply due within {1}"
msgstr "{1}以内に期限を迎える返事1件"

msgid "{1} replies due within {2}"
msgstr "{2}以内に期限を迎える返事{1}件"

msgid "1 reply already overdue: see ladder report overdue"
msgstr "1件の返事がすでに期限切れです。ladder report overdue で確認してください。"

msgid "{1} replies already overdue: see ladder report overdue"
msgstr "{1}件の返事がすでに期限切れです。ladder report overdue で確認してください。"

msgid "Replies due, as of {1}"
msgstr "期限の近い返事：{1}時点"

msgid "To look further ahead: ladder report due --within {1}"
msgstr "もっと先を見るには：ladder report due --within {1}"

msgid "No contact for 1 day or more"
msgstr "1日以上連絡なし"

msgid "No contact for {1} days or more"
msgstr "{1}日以上連絡なし"

msgid "silent {1}, on {2}"
msgstr "{1}連絡なし、{2}"

msgid "#{1} {2}: {3}"
msgstr "#{1} {2}：{3}"

msgid "No open case has been silent for 1 day."
msgstr "1日以上連絡の途絶えた対応中の案件はありません。"

msgid "No open case has been silent for {1} days."
msgstr "{1}日以上連絡の途絶えた対応中の案件はありません。"

msgid "1 case silent for 1 day or more"
msgstr "1日以上連絡のない案件1件"

msgid "1 case silent for {1} days or more"
msgstr "{1}日以上連絡のない案件1件"

msgid "{1} cases silent for 1 day or more"
msgstr "1日以上連絡のない案件{1}件"

msgid "{1} cases silent for {2} days or more"
msgstr "{2}日以上連絡のない案件{1}件"

msgid "Stale cases, as of {1}"
msgstr "連絡の途絶えた案件：{1}時点"

msgid "There is no open case."
msgstr "対応中の案件はありません。"

msgid "Every open case has heard something lately."
msgstr "対応中の案件には、どれも最近連絡があります。"

msgid "Organisation"
msgstr "相手先"

msgid "Cases"
msgstr "案件"

msgid "Open"
msgstr "対応中"

msgid "Kept"
msgstr "期限内"

msgid "Late"
msgstr "期限遅れ"

msgid "Broken"
msgstr "不履行"

msgid "Overdue"
msgstr "期限切れ"

msgid "Median reply"
msgstr "返事の中央値"

msgid "Top rung"
msgstr "最上段"

msgid "Hold (min)"
msgstr "保留(分)"

msgid "1 case ({1} open), top rung {2}"
msgstr "案件1件（対応中{1}件）、最上段：{2}"

msgid "{1} cases ({2} open), top rung {3}"
msgstr "案件{1}件（対応中{2}件）、最上段：{3}"

msgid "their promises: {1} kept, {2} late, {3} broken; {4} pending ({5} overdue)"
msgstr "先方の約束：期限内{1}、期限遅れ{2}、不履行{3}、返事待ち{4}（うち期限切れ{5}）"

msgid "median reply: {1}; on hold in all: {2}"
msgstr "返事までの中央値：{1}、保留の合計：{2}"

msgid "none"
msgstr "なし"

msgid "\"{1}\": M could be minutes or months"
msgstr "「{1}」：M は分とも月とも読めます"

msgid "write 40m for minutes, or 1 month for months"
msgstr "分なら 40m、月なら 1 month（1か月）と書いてください"

msgid "write m for minutes, e.g. {1} {2}; a month as days, e.g. {3} 30d"
msgstr "分は m で（例：{1} {2}）、1か月は日数で書いてください（例：{3} 30d）"

msgid "\"{1}\": a month is no fixed length"
msgstr "「{1}」：1か月の長さは月によって違います"

msgid "write it as days, e.g. {1} 30d"
msgstr "日数で書いてください（例：{1} 30d）"

msgid "ladder: warning: {1}; the list does not need it"
msgstr "ladder: 警告: {1}（一覧の表示には使わないため、このまま表示します）"

msgid "Promises are the replies they owe. Median reply: from promise to reply, over those that came."
msgstr "約束とは、先方が返すと言った返事のことです。返事の中央値は、返事が来たものについて、約束から返事までにかかった時間の中央値です。"

msgid "Scorecard, as of {1}"
msgstr "各社の対応実績：{1}時点"

msgid "By organisation"
msgstr "相手先別"

msgid "No cases yet."
msgstr "案件はまだありません。"

# ---- (reports section end) ----

# ==== Documents: timeline, brief, write-up, calendar (Sources/LadderCore/Documents) ====

msgid "the title, references and request alone take {1} characters; the form allows {2}"
msgstr "件名・受付番号・ご依頼事項だけで{1}文字になり、フォームの上限{2}文字に収まりません"

msgid "shorten the request (ladder ask {1} \"...\") or give a larger limit"
msgstr "依頼事項を短くする（ladder ask {1} \"...\"）か、上限を大きくしてください"

msgid "ladder replies"
msgstr "ladder 回答期限"

msgid "Reply due: {1} ({2}) - case {3}, {4}"
msgstr "回答期限：{1}（{2}）- 案件{3}、{4}"

msgid "Reply due: {1} - case {2}, {3}"
msgstr "回答期限：{1} - 案件{2}、{3}"

msgid "I owe: {1} ({2}) - case {3}, {4}"
msgstr "自分の対応期限：{1}（{2}）- 案件{3}、{4}"

msgid "I owe: {1} - case {2}, {3}"
msgstr "自分の対応期限：{1} - 案件{2}、{3}"

msgid "Case {1}: {2}"
msgstr "案件{1}：{2}"

msgid "{1}, on {2} when promised"
msgstr "{1}（約束したときの窓口：{2}）"

msgid "They promised it; if it does not come, the next step is in ladder report overdue."
msgstr "先方が約束した回答です。届かないときの次の手は ladder report overdue で確認できます。"

msgid "You promised it."
msgstr "自分が約束した対応です。"

msgid "[undone] {1}"
msgstr "［取消済］{1}"

msgid "opened on {1}: {2} ({3})"
msgstr "{1}で開始：{2}（{3}）"

msgid "escalated {1} -> {2}"
msgstr "{1}から{2}へエスカレーション"

msgid "sent back {1} -> {2}"
msgstr "{1}から{2}へ差し戻し"

msgid "awaiting {1}: {2}{3}, due {4}"
msgstr "回答待ち {1}：{2}{3}、期限 {4}"

msgid "owing {1}: {2}{3}, due {4}"
msgstr "要対応 {1}：{2}{3}、期限 {4}"

msgid "a reply"
msgstr "回答"

msgid "cleared"
msgstr "済み"

msgid "cleared {1}: {2}"
msgstr "{1}：結果は{2}"

msgid "note"
msgstr "メモ"

msgid "title \"{1}\""
msgstr "件名「{1}」"

msgid "organisation \"{1}\""
msgstr "会社「{1}」"

msgid "product removed"
msgstr "製品名を削除"

msgid "product \"{1}\""
msgstr "製品名「{1}」"

msgid "refs [{1}]"
msgstr "受付番号［{1}］"

msgid "tags [{1}]"
msgstr "タグ［{1}］"

msgid "corrected {1}"
msgstr "訂正：{1}"

msgid "closed: {1}"
msgstr "終了：{1}"

msgid "closed: {1}, in place of {2}"
msgstr "終了：{1}（先の「{2}」を置き換え）"

msgid "cleared {1}: {2}, in place of {3}"
msgstr "{1}：結果は{2}（先の「{3}」を置き換え）"

msgid "reopened"
msgstr "再開"

msgid "apology test: {1}"
msgstr "謝罪の評価：{1}"

msgid "I ask for: {1}"
msgstr "依頼事項：{1}"

msgid "I ask for:"
msgstr "依頼事項："

msgid "undid an event"
msgstr "記録を取り消し"

msgid "undid: {1}"
msgstr "取り消し：{1}"

msgid "{1} to {2}"
msgstr "{2}へ{1}"

msgid "{1} from {2}"
msgstr "{2}から{1}"

msgid "{1} to {2} FAILED ({3})"
msgstr "{2}への{1}がつながらず（{3}）"

msgid "{1} to {2} FAILED"
msgstr "{2}への{1}がつながらず"

msgid "MISSED {1} from {2}, left {3}"
msgstr "{2}からの{1}に出られず（折り返し先 {3}）"

msgid "MISSED {1} from {2}"
msgstr "{2}からの{1}に出られず"

msgid "with {1}"
msgstr "相手：{1}"

msgid "held {1}"
msgstr "保留{1}"

msgid "took {1}"
msgstr "所要{1}"

msgid "{1} kept"
msgstr "期限内{1}件"

msgid "{1} late"
msgstr "期限遅れ{1}件"

msgid "{1} broken"
msgstr "不履行{1}件"

msgid "Their promises: {1}"
msgstr "先方の約束：{1}"

msgid "My promises: {1}"
msgstr "自分の約束：{1}"

msgid "Their promises: {1}; mine: {2}"
msgstr "先方の約束：{1}／自分の約束：{2}"

msgid "# Case {1}: {2}"
msgstr "# 案件{1}：{2}"

msgid "- **Organisation:** {1}"
msgstr "- **会社：** {1}"

msgid "- **References:** {1}"
msgstr "- **受付番号：** {1}"

msgid "- **Opened:** {1}; **status:** {2}{3}; **rung now:** {4}"
msgstr "- **開始：** {1}、**状況：** {2}{3}、**現在の段階：** {4}"

msgid "- **I ask for:** {1}"
msgstr "- **依頼事項：** {1}"

msgid "- Written {1} by ladder."
msgstr "- {1}に ladder で作成しました。"

msgid "now"
msgstr "現在"

msgid "## The ladder"
msgstr "## 段階ごとの経過"

msgid "| rung | from | until | time |"
msgstr "| 段階 | 開始 | 終了 | 期間 |"

msgid "## Contacts"
msgstr "## やり取り"

msgid "None yet."
msgstr "まだありません。"

msgid "| when | how | rung | with | on hold | took | what was said |"
msgstr "| 日時 | 方法 | 段階 | 相手 | 保留 | 所要 | 内容 |"

msgid "## Promises"
msgstr "## 約束"

msgid "None."
msgstr "ありません。"

msgid "| # | what | owed by | who | made | due | outcome |"
msgstr "| # | 内容 | 約束した側 | 相手 | 約束した日時 | 期限 | 結果 |"

msgid "## Timeline"
msgstr "## 経過記録"

msgid "References"
msgstr "受付番号"

msgid "Opened"
msgstr "開始"

msgid "{1}; status {2}{3}; rung now {4}"
msgstr "{1}、状況：{2}{3}、現在の段階：{4}"

msgid "I ask for"
msgstr "依頼事項"

msgid "Written {1} by ladder."
msgstr "{1}に ladder で作成しました。"

msgid "The ladder"
msgstr "段階ごとの経過"

msgid "rung"
msgstr "段階"

msgid "from"
msgstr "開始"

msgid "until"
msgstr "終了"

msgid "time"
msgstr "期間"

msgid "Contacts"
msgstr "やり取り"

msgid "when"
msgstr "日時"

msgid "how"
msgstr "方法"

msgid "with"
msgstr "相手"

msgid "on hold"
msgstr "保留"

msgid "took"
msgstr "所要"

msgid "what was said"
msgstr "内容"

msgid "Promises"
msgstr "約束"

msgid "what"
msgstr "内容"

msgid "owed by"
msgstr "約束した側"

msgid "who"
msgstr "相手"

msgid "made"
msgstr "約束した日時"

msgid "due"
msgstr "期限"

msgid "outcome"
msgstr "結果"

msgid "Timeline"
msgstr "経過記録"

msgid "age"
msgstr "経過"

msgid "contacts"
msgstr "やり取り"

msgid "failed attempts"
msgstr "不通"

msgid "missed calls"
msgstr "不在着信"

msgid "time on hold"
msgstr "保留時間"

msgid "their promises kept"
msgstr "先方の約束（期限内）"

msgid "their promises late"
msgstr "先方の約束（期限遅れ）"

msgid "their promises broken"
msgstr "先方の約束（不履行）"

msgid "overdue {1}"
msgstr "{1}超過"

msgid "Agent {1}"
msgstr "担当者{1}"

msgid "[email {1}]"
msgstr "[メールアドレス{1}]"

msgid "[phone {1}]"
msgstr "[電話番号{1}]"

msgid "{1} is too few for a brief"
msgstr "{1}文字では要約が収まりません。"

msgid "write e.g. --max-chars 400"
msgstr "例：--max-chars 400"

msgid "ladder: note: no request yet; add what you ask for with: ladder ask {1} \"...\" (or --edit)"
msgstr "ladder: お知らせ: ご依頼事項がまだありません。ladder ask {1} \"...\"（または --edit）で書き加えてください。"

msgid "{1} goes with --redact"
msgstr "{1} は --redact と一緒に使います。"

msgid "write e.g. ladder export 3 --format html --redact {1}"
msgstr "例：ladder export 3 --format html --redact {1}"

msgid "give --format or --ics, not both"
msgstr "--format と --ics のどちらか一方だけを指定してください。"

msgid "a write-up is of one case"
msgstr "書き出せるのは1件の案件だけです。"

msgid "write e.g. ladder export 3 --format html > case-3.html"
msgstr "例：ladder export 3 --format html > case-3.html"

msgid "say what to export"
msgstr "何を書き出すか指定してください。"

msgid "write e.g. ladder export 3 --format markdown, or ladder export --ics > replies.ics"
msgstr "例：ladder export 3 --format markdown、または ladder export --ics > replies.ics"

msgid "--redact goes with --format"
msgstr "--redact は --format と一緒に使います。"

msgid "redacted: \"{1}\" -> {2} (1 time)"
msgstr "伏せ字：「{1}」→ {2}（1か所）"

msgid "redacted: \"{1}\" -> {2} ({3} times)"
msgstr "伏せ字：「{1}」→ {2}（{3}か所）"

msgid "redacted: nothing (no staff names, e-mail addresses or phone numbers found)"
msgstr "伏せ字：なし（担当者名、メールアドレス、電話番号は見つかりませんでした）"

msgid "possible name, kept: \"{1}\" in \"…{2}…\" (1 time); to redact it: --redact-also {3}"
msgstr "名前かもしれない語をそのまま残しました：「{1}」（「…{2}…」、1か所）。伏せるには --redact-also {3}"

msgid "possible name, kept: \"{1}\" in \"…{2}…\" ({3} times); to redact it: --redact-also {4}"
msgstr "名前かもしれない語をそのまま残しました：「{1}」（「…{2}…」、{3}か所）。伏せるには --redact-also {4}"

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

msgid "The multipart body of {1} has no boundary parameter."
msgstr "マルチパート（{1}）にboundaryパラメーターがありません。"

msgid "The multipart body of {1} never uses its boundary \"{2}\"."
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

msgid "--due must follow the --await or --owe it belongs to"
msgstr "--due は、対応する --await か --owe のすぐ後に書いてください。"

msgid "write e.g. --await \"call back\" --due 2h"
msgstr "例：--await \"折り返しの電話\" --due 2h"

msgid "two --due for \"{1}\""
msgstr "「{1}」に --due が2つあります。"

msgid "give each --await or --owe at most one --due"
msgstr "--await と --owe には、それぞれ --due を1つまで付けてください。"

msgid "ladder: warning: {1} can be changed by other users (mode {2}); to fix it: ladder doctor --repair"
msgstr "ladder: 警告: {1} はほかのユーザーも変更できます（モード {2}）。直すには：ladder doctor --repair"

msgid "LADDER_NOW={1} is not an ISO 8601 time"
msgstr "LADDER_NOW={1} は ISO 8601 形式の時刻ではありません。"

msgid "write e.g. LADDER_NOW=2026-06-02T17:00:00+09:00"
msgstr "例：LADDER_NOW=2026-06-02T17:00:00+09:00"

msgid "write how long, e.g. {1} {2}"
msgstr "長さを書いてください。例：{1} {2}"

msgid "cannot read \"{1}\" as a duration"
msgstr "「{1}」を時間の長さとして読めません。"

msgid "ladder: error: config: {1}"
msgstr "ladder: エラー: 設定ファイル: {1}"

msgid "see the numbers with: ladder list --all"
msgstr "案件の番号は ladder list --all で確かめられます。"

msgid "ladder: error: {1}"
msgstr "ladder: エラー: {1}"

msgid "ladder: error: {1}{2}{3}"
msgstr "ladder: エラー: {1}{2}{3}"

msgid "ladder: warning: {1}"
msgstr "ladder: 警告: {1}"

msgid "ladder: error: --lang: \"{1}\" is not a language ladder speaks; write --lang ja or --lang en"
msgstr "ladder: エラー: --lang: 「{1}」は ladder が扱える言語ではありません。--lang ja か --lang en と書いてください。"

msgid "#{1} {2}  {3}: {4} (due {5})"
msgstr "#{1} {2}  {3}：{4}（期限 {5}）"

msgid "RUNG"
msgstr "段階"

msgid "ORG"
msgstr "相手先"

msgid "TITLE"
msgstr "件名"

msgid "NEXT REPLY"
msgstr "次の返事"

msgid "SILENT"
msgstr "連絡なし"

msgid "{1}: {2} {3}: {4}"
msgstr "{1}：{2} {3}：{4}"

msgid "{1} {2}: {3}"
msgstr "{1} {2}：{3}"

msgid "Case {1}: {2}  [{3}]"
msgstr "案件{1}：{2}  【{3}】"

msgid "Refs: {1}"
msgstr "参照番号：{1}"

msgid "Tags: {1}"
msgstr "タグ：{1}"

msgid "age {1}"
msgstr "開始から{1}"

msgid "on {1} {2}"
msgstr "{1}で{2}"

msgid "last contact {1} ago"
msgstr "最後の連絡は{1}前"

msgid "last contact {1} before closing"
msgstr "最後の連絡は終了の{1}前"

msgid "no contact yet"
msgstr "連絡はまだありません"

msgid "closed {1}"
msgstr "{1}に終了"

msgid "Apology test: {1}"
msgstr "謝罪の評価：{1}"

msgid "Ladder"
msgstr "段階"

msgid "since {1}"
msgstr "{1}から"

msgid "Pending: none"
msgstr "未済の返事：なし"

msgid "Pending"
msgstr "未済の返事"

msgid "; "
msgstr "、"

msgid " (recorded {1})"
msgstr "（{1}に記録）"

msgid "(also: {1})"
msgstr "（別名：{1}）"

msgid "Zone: {1} (default)"
msgstr "タイムゾーン：{1}（既定）"

msgid "Zone: {1}"
msgstr "タイムゾーン：{1}"

msgid "Hours: "
msgstr "営業時間："

msgid "Hours: not given; business time counts {1}"
msgstr "営業時間：未設定（営業時間は {1} として数えます）"

msgid "Holidays: {1}"
msgstr "休業日：{1}"

msgid "Reply windows: {1}"
msgstr "返事の期限：{1}"

msgid "Reply windows: {1}  (* set for {2})"
msgstr "返事の期限：{1}  （* は{2}だけの設定）"

msgid "Climb when a reply of theirs is more than {1} late"
msgstr "先方の返事が{1}を超えて遅れたら、上の段階へ"

msgid "Contact points: none. Add one: ladder org add \"{1}\" --point NAME --rung shop --phone ..."
msgstr "窓口：なし。追加するには：ladder org add \"{1}\" --point 窓口名 --rung 店舗 --phone 電話番号"

msgid "Contact points"
msgstr "窓口"

msgid "{1}: {2}"
msgstr "{1}：{2}"

msgid "{1} (the organisation's hours)"
msgstr "{1}（相手先の営業時間）"

msgid "Contact: {1}; {2}"
msgstr "窓口：{1}、{2}"

msgid "Contact: {1}, {2}; {3}"
msgstr "窓口：{1}（{2}）、{3}"

msgid "Contact: no contact point for {1} in the config"
msgstr "窓口：設定ファイルに{1}の窓口がありません"

msgid "CLIMB: {1}"
msgstr "上の段階へ：{1}"

msgid "give the text or --edit, not both"
msgstr "本文か --edit のどちらか一方だけを指定してください。"

msgid "What you ask the company for on case {1}, now."
msgstr "案件{1}で、いま相手先に求めること。"

msgid "No store at {1} yet: the first case creates it."
msgstr "{1} にはまだストアがありません。最初の案件を登録すると作られます。"

msgid "repaired  {1}"
msgstr "修復済み  {1}"

msgid "Checked {1}: 1 case read."
msgstr "{1} を点検しました：案件1件を読みました。"

msgid "Checked {1}: {2} cases read."
msgstr "{1} を点検しました：案件{2}件を読みました。"

msgid "problem"
msgstr "問題"

msgid "repair"
msgstr "修復"

msgid "fix"
msgstr "対処"

msgid "Nothing wrong."
msgstr "問題はありません。"

msgid "1 problem"
msgstr "問題1件"

msgid "{1} problems"
msgstr "問題{1}件"

msgid "{1}; {2} can be repaired with: ladder doctor --repair"
msgstr "{1}（うち{2}件は ladder doctor --repair で修復できます）"

msgid "give --carry or --break-open, not both"
msgstr "--carry と --break-open のどちらか一方だけを指定してください。"

msgid "still open, owed by {1}: {2} (--carry or --break-open decide otherwise)"
msgstr "{1}が約束した返事は未済のまま：{2}（扱いを変えるには --carry か --break-open）"

msgid "Still open on {1}:"
msgstr "{1}で未済の返事："

msgid "Carry them up [c], count them broken [b], or keep them open as they are [K]? "
msgstr "新しい段階へ持ち越す [c]、不履行とする [b]、このまま残す [K] のどれにしますか？ "

msgid "for plain text, try: ladder list   (or ladder --help for every command)"
msgstr "文字だけで見るには：ladder list   （コマンドの一覧は ladder --help）"

msgid "ladder: error: the front end needs a terminal, and standard output is not one\n  {1}"
msgstr "ladder: エラー: 画面表示には端末が必要ですが、標準出力が端末ではありません。\n  {1}"

msgid "ladder: error: the front end needs a terminal, and standard input is not one\n  {1}"
msgstr "ladder: エラー: 画面表示には端末が必要ですが、標準入力が端末ではありません。\n  {1}"

msgid "run ladder demo in a terminal window, not through a pipe or a script; the tour in README.md shows the same from the command line"
msgstr "ladder demo はパイプやスクリプトからではなく、端末の画面で実行してください。同じ内容をコマンドで試すには README.md の案内をご覧ください。"

msgid "The sample store is kept in {1}\nOpen it again with: ladder --store {2}"
msgstr "見本のストアを {1} に残しました。\nもう一度開くには：ladder --store {2}"

msgid "No cases yet. Add one: ladder add \"What is wrong\" --org \"Company\""
msgstr "案件はまだありません。登録するには：ladder add \"困っていること\" --org \"会社名\""

msgid "No cases match."
msgstr "条件に合う案件はありません。"

msgid "--failure describes a failed attempt, not --{1}"
msgstr "--failure はつながらなかった連絡に使います（--{1} には使えません）。"

msgid "write e.g. --failed --failure no-answer"
msgstr "例：--failed --failure no-answer"

msgid "--number is the number they left with a missed call"
msgstr "--number は不在着信で相手が残した番号です。"

msgid "give --note or --edit, not both"
msgstr "--note と --edit のどちらか一方だけを指定してください。"

msgid "What was said: a {1} contact on case {2}."
msgstr "話した内容：案件{2}の{1}での連絡。"

msgid "A note on case {1}."
msgstr "案件{1}のメモ。"

msgid "case {1} has no \"{2}\""
msgstr "案件{1}に「{2}」はありません。"

msgid "it has: {1}"
msgstr "あるのは：{1}"

msgid "--abandoned and --outcome {1} disagree"
msgstr "--abandoned と --outcome {1} が食い違っています。"

msgid "Case {1}: closed: {2}"
msgstr "案件{1}を終了しました：{2}"

msgid "reply {1} was overdue: counted as broken"
msgstr "返事{1}は期限切れでした：不履行とします"

msgid "reply {1} was still open: counted as broken"
msgstr "返事{1}は未済でした：不履行とします"

msgid "their promise is watched as reply {1}, due {2}; clear it when it comes: ladder clear {3} {4}"
msgstr "先方の約束を返事{1}として見守ります（期限 {2}）。届いたら：ladder clear {3} {4}"

msgid "your reply is watched as reply {1}, due {2}; clear it when it comes: ladder clear {3} {4}"
msgstr "自分の返事を返事{1}として見守ります（期限 {2}）。済んだら：ladder clear {3} {4}"

msgid "those hours are never open"
msgstr "その時間では一度も営業していません。"

msgid "\"{1}\" is not a time zone"
msgstr "「{1}」はタイムゾーンではありません。"

msgid "write a tz database name, e.g. Asia/Tokyo or Europe/London"
msgstr "tz データベースの名前を書いてください。例：Asia/Tokyo、Europe/London"

msgid "write e.g. 2026-12-31 or 2026年12月31日"
msgstr "例：2026-12-31、2026年12月31日"

msgid "\"{1}\" does not say which rung"
msgstr "「{1}」ではどの段階か分かりません。"

msgid "\"{1}\" gives no window for {2}"
msgstr "「{1}」には{2}の期限がありません。"

msgid "write rung=window, e.g. \"{1}=2d\", or \"{2}=default\" for the default"
msgstr "段階=期限 の形で書いてください。例：--window \"{1}=2日\"。標準に戻すなら --window \"{2}=既定\""

msgid "write e.g. {1}, or \"default\" for the default"
msgstr "例：{1}。標準に戻すなら「既定」"

msgid "write rung=window, e.g. \"shop=1 business day\"; rungs: {1}"
msgstr "段階=期限 の形で書いてください。例：--window \"店舗=1営業日\"。段階：{1}"

msgid "\"{1}\" is not a reply window"
msgstr "「{1}」は返事の期限として読めません。"

msgid "no organisation \"{1}\" in the config"
msgstr "設定ファイルに「{1}」という相手先はありません。"

msgid "add one: ladder org add \"{1}\""
msgstr "追加するには：ladder org add \"{1}\""

msgid "known: {1}"
msgstr "登録済み：{1}"

msgid "a line is either --toll-free or --paid"
msgstr "電話は --toll-free か --paid のどちらか一方です。"

msgid "give one of them"
msgstr "どちらか一方を指定してください。"

msgid "name {1}"
msgstr "名前 {1}"

msgid "aliases none"
msgstr "別名 なし"

msgid "aliases {1}"
msgstr "別名 {1}"

msgid "zone {1}"
msgstr "タイムゾーン {1}"

msgid "zone default"
msgstr "タイムゾーン 既定"

msgid "hours {1}"
msgstr "営業時間 {1}"

msgid "hours not given"
msgstr "営業時間 未設定"

msgid "holidays none"
msgstr "休業日 なし"

msgid "holidays {1}"
msgstr "休業日 {1}"

msgid "{1} window {2}"
msgstr "{1}の期限 {2}"

msgid "{1} window default"
msgstr "{1}の期限 既定"

msgid "name"
msgstr "名前"

msgid "rung {1}"
msgstr "段階 {1}"

msgid "e-mail"
msgstr "メール"

msgid "hours the organisation's"
msgstr "営業時間 相手先と同じ"

msgid "cost"
msgstr "料金"

msgid "notes"
msgstr "メモ"

msgid "the name is empty"
msgstr "名前が空です。"

msgid "write e.g. ladder org add \"Kestrel Mobile\""
msgstr "例：ladder org add \"ケストレル・モバイル\""

msgid "\"{1}\" is already in the config"
msgstr "「{1}」はもう設定ファイルにあります。"

msgid "change it with: ladder org edit \"{1}\" ..."
msgstr "変えるには：ladder org edit \"{1}\" …"

msgid "Added {1}"
msgstr "{1}を追加しました"

msgid "the contact point's name is empty"
msgstr "窓口の名前が空です。"

msgid "{1} already has a contact point \"{2}\""
msgstr "{1}にはもう「{2}」という窓口があります。"

msgid "change it with: ladder org edit \"{1}\" --point \"{2}\" ..."
msgstr "変えるには：ladder org edit \"{1}\" --point \"{2}\" …"

msgid "a contact point needs the rung it serves"
msgstr "窓口には、受け持つ段階が必要です。"

msgid "write e.g. --rung executive"
msgstr "例：--rung executive"

msgid "Added {1} with contact point {2} ({3})"
msgstr "{1}を追加し、窓口「{2}」（{3}）を登録しました"

msgid "Added to {1}: contact point {2} ({3})"
msgstr "{1}に窓口「{2}」（{3}）を追加しました"

msgid "contact details need --point NAME"
msgstr "連絡先を登録するには --point 窓口名 が必要です。"

msgid "write e.g. --point \"Customer relations\" --rung executive --phone 0570-000-000"
msgstr "例：--point \"お客様相談室\" --rung executive --phone 0570-000-000"

msgid "{1} has no contact point \"{2}\""
msgstr "{1}に「{2}」という窓口はありません。"

msgid "add one: ladder org add \"{1}\" --point \"{2}\" --rung shop"
msgstr "追加するには：ladder org add \"{1}\" --point \"{2}\" --rung 店舗"

msgid "its points: {1}"
msgstr "登録済みの窓口：{1}"

msgid "the new name is empty"
msgstr "新しい名前が空です。"

msgid "contact point {1}: {2}"
msgstr "窓口「{1}」：{2}"

msgid "removed contact point {1}"
msgstr "窓口「{1}」を削除"

msgid "write e.g. ladder org edit \"{1}\" --zone Asia/Tokyo"
msgstr "例：ladder org edit \"{1}\" --zone Asia/Tokyo"

msgid "\"{1}\" would share a name or alias with \"{2}\""
msgstr "「{1}」は「{2}」と名前か別名が重なってしまいます。"

msgid "Changed {1}: {2}"
msgstr "{1}を変更しました：{2}"

msgid "No organisations yet. Add one: ladder org add \"Company\" --hours \"mon-fri 09:00-18:00\""
msgstr "相手先はまだありません。追加するには：ladder org add \"会社名\" --hours \"月〜金 09:00〜18:00\""

msgid "1 contact point"
msgstr "窓口1か所"

msgid "{1} contact points"
msgstr "窓口{1}か所"

msgid "{1}: {2}, {3}"
msgstr "{1}：{2}、{3}"

msgid "{1} looks no time ahead"
msgstr "{1} では、この先を見る期間がありません。"

msgid "write e.g. --within 1d"
msgstr "例：--within 1d"

msgid "write e.g. --days 7"
msgstr "例：--days 7"

msgid "Nothing to undo."
msgstr "取り消せる変更はありません。"

msgid "Undo on case {1} ({2}):"
msgstr "案件{1}（{2}）の変更を取り消します："

msgid "recorded {1}"
msgstr "{1}に記録"

msgid "(this was its opening: the case will be withdrawn)"
msgstr "（これは案件の登録です。取り消すと案件は取り下げになります）"

msgid "undo asks before it reverts, and standard input is not a terminal"
msgstr "undo は取り消す前に確認しますが、標準入力が端末ではありません。"

msgid "add --yes to revert without asking: {1}"
msgstr "確認せずに取り消すには --yes を付けてください：{1}"

msgid "Revert it? [y/N] "
msgstr "取り消しますか？ [y/N] "

msgid "Not undone."
msgstr "取り消しませんでした。"

msgid "case {1} changed since; nothing was undone"
msgstr "案件{1}はその後に変更されたため、何も取り消していません。"

msgid "run ladder undo again to see its last change"
msgstr "最新の変更を見るには、もう一度 ladder undo を実行してください。"

msgid "Case {1}: {2} (case withdrawn)"
msgstr "案件{1}：{2}（案件は取り下げになりました）"

msgid "usage: {1}"
msgstr "使い方：{1}"

msgid "see {1} --help"
msgstr "詳しくは {1} --help"

msgid "ladder: error: {1}: \"{2}\" is not a value it takes"
msgstr "ladder: エラー: {1}: 「{2}」は使えない値です。"

msgid "ladder: error: there is no command \"{1}\""
msgstr "ladder: エラー: 「{1}」というコマンドはありません。"

msgid "did you mean ladder {1}? All commands: ladder --help"
msgstr "ladder {1} のことですか？ コマンドの一覧：ladder --help"

msgid "all commands: ladder --help"
msgstr "コマンドの一覧：ladder --help"

msgid "ladder: error: {1} and {2} cannot be given together"
msgstr "ladder: エラー: {1} と {2} は一緒に指定できません。"

msgid "ladder: error: more arguments than the command takes: {1}"
msgstr "ladder: エラー: 引数が多すぎます：{1}"

msgid "ladder: error: {1} is missing"
msgstr "ladder: エラー: {1} がありません。"

msgid "ladder: error: there is no option {1}; did you mean {2}?"
msgstr "ladder: エラー: {1} というオプションはありません。{2} のことですか？"

msgid "ladder: error: there is no option {1}"
msgstr "ladder: エラー: {1} というオプションはありません。"

msgid "ladder: error: \"{1}\" is one argument too many"
msgstr "ladder: エラー: 「{1}」は余分な引数です。"

msgid "write a whole number, e.g. {1} {2}"
msgstr "整数を書いてください。例：{1} {2}"

msgid "write a case number, e.g. 12 or #12"
msgstr "案件の番号を書いてください。例：12、#12"

# ---- (command line section end) ----

# ==== Front end (Sources/LadderTUI) ====

msgid "Esc again throws away what you typed; Ctrl-S saves it"
msgstr "もう一度 Esc を押すと入力した内容を破棄します。保存するには Ctrl-S を押してください。"

msgid "paste into a text field (Tab to one)"
msgstr "貼り付けは文字を入力する欄にしてください（Tab で移動できます）。"

msgid "press Esc, then x to reopen it"
msgstr "Esc で戻り、x で再開してください。"

msgid "saving..."
msgstr "保存中..."

msgid "Enter on the last field or Ctrl-S saves; Esc cancels"
msgstr "最後の欄で Enter、または Ctrl-S で保存します。Esc でやめます。"

msgid "when it happened: now, -30m, 15:00, yesterday 15:00, 2026-07-15 15:00"
msgstr "いつのことか。空欄なら今です。例：30分前、15:00、昨日15時、7月15日 15:00"

msgid "New case"
msgstr "新しい案件"

msgid "Title"
msgstr "件名"

msgid "e.g. Mail from two handsets bounces"
msgstr "例：2台の端末からのメールが届かない"

msgid "what is wrong, in a few words"
msgstr "何が問題かを短く"

msgid "e.g. Example Mobile"
msgstr "例：サンプルモバイル"

msgid "the company"
msgstr "相手の会社や機関"

msgid "Rung"
msgstr "段階"

msgid "the rung it starts on: Left/Right or the first letter"
msgstr "最初の段階です。Left/Right か、英語名の頭文字（s c t e r）で選びます。"

msgid "Refs"
msgstr "参照番号"

msgid "(optional) e.g. A-123, 456"
msgstr "（任意）例：A-123、456"

msgid "their customer, ticket or case numbers, separated by commas"
msgstr "先方の顧客番号・受付番号・問い合わせ番号など。「,」か「、」で区切ります。"

msgid "Tags"
msgstr "タグ"

msgid "(optional) e.g. mail, handset"
msgstr "（任意）例：メール、端末"

msgid "tags, separated by commas"
msgstr "タグです。「,」か「、」で区切ります。"

msgid "Note"
msgstr "メモ"

msgid "anything to remember from the start"
msgstr "最初に残しておきたいこと"

msgid "Started"
msgstr "開始"

msgid "Awaiting"
msgstr "返事待ち"

msgid "(optional) a reply they owe you"
msgstr "（任意）先方からの返事"

msgid "a reply they promised, e.g. call back with a fix"
msgstr "先方が約束した返事。例：直し方を折り返し電話で連絡"

msgid "Due"
msgstr "期限"

msgid "(optional) default: the rung's window"
msgstr "（任意）空欄なら段階の標準の期限"

msgid "when it is due: 17:00, tomorrow, fri, 2h, eod, 2 business days"
msgstr "期限です。例：17:00、明日、金曜、2時間後、2営業日"

msgid "Log a contact on case {1}"
msgstr "案件{1}の連絡を記録"

msgid "Via"
msgstr "手段"

msgid "how: Left/Right or the first letter"
msgstr "連絡の手段です。Left/Right か、英語名の頭文字で選びます。"

msgid "Direction"
msgstr "種別"

msgid "I reached them"
msgstr "こちらから連絡"

msgid "they reached me"
msgstr "先方から連絡"

msgid "failed attempt"
msgstr "つながらなかった"

msgid "missed call"
msgstr "不在着信"

msgid "who reached whom, that my attempt failed, or that they tried and missed me (not an answer)"
msgstr "どちらから連絡したか、こちらの連絡がつながらなかったか、先方からの着信に出られなかったか（返事ではありません）。"

msgid "Failure"
msgstr "不通の理由"

msgid "why an attempt failed (only for a failed attempt)"
msgstr "つながらなかった理由（つながらなかったときだけ）"

msgid "With"
msgstr "相手"

msgid "(optional) person"
msgstr "（任意）担当者"

msgid "the person spoken to (redacted when published)"
msgstr "話した担当者（公開するときは伏せ字になります）"

msgid "Desk"
msgstr "部署"

msgid "(optional) desk or contact point"
msgstr "（任意）部署や窓口"

msgid "the desk; a configured contact point sets the contact's rung"
msgstr "部署です。設定した窓口の名前なら、その窓口の段階で記録します。"

msgid "Number"
msgstr "番号"

msgid "(optional) with a missed call"
msgstr "（任意）不在着信の番号"

msgid "the number they left"
msgstr "先方が残した番号"

msgid "Held"
msgstr "保留"

msgid "(optional) e.g. 40m"
msgstr "（任意）例：40m"

msgid "time on hold or waiting: 40m, 1h30m"
msgstr "保留や待ちの時間。例：40m、1h30m"

msgid "Took"
msgstr "所要時間"

msgid "(optional) e.g. 30m"
msgstr "（任意）例：30m"

msgid "how long it lasted: 30m"
msgstr "かかった時間。例：30m"

msgid "When"
msgstr "日時"

msgid "what was said; Ctrl-X writes it in $EDITOR"
msgstr "話した内容。Ctrl-X で $EDITOR を開いて書けます。"

msgid "Reason"
msgstr "理由"

msgid "e.g. no reply in 3 days"
msgstr "例：3日間返事がない"

msgid "why it moves"
msgstr "窓口を移る理由"

msgid "To"
msgstr "移る先"

msgid "the rung to move to: up, or back down"
msgstr "移る先の段階です。上へ、または下へ戻します。"

msgid "Left open"
msgstr "残る返事"

msgid "keep open"
msgstr "そのまま残す"

msgid "carry to new rung"
msgstr "新しい段階に引き継ぐ"

msgid "count broken"
msgstr "不履行とする"

msgid "{1} still open on {2}: keep, raise again on the new rung, or count as broken"
msgstr "{2}で{1}が未済です。そのまま残すか、新しい段階で改めて求めるか、不履行とするかを選びます。"

msgid "Move case {1} from {2}"
msgstr "案件{1}を{2}から移す"

msgid "Await a reply on case {1}"
msgstr "案件{1}：先方の返事を待つ"

msgid "Owe a reply on case {1}"
msgstr "案件{1}：こちらが返事する"

msgid "Owing"
msgstr "自分の返事"

msgid "e.g. call back with the fix"
msgstr "例：直し方を折り返し連絡"

msgid "e.g. send the logs"
msgstr "例：ログを送る"

msgid "what they promised"
msgstr "先方が約束したこと"

msgid "what you promised"
msgstr "自分が約束したこと"

msgid "Who"
msgstr "誰"

msgid "(optional) person or desk"
msgstr "（任意）担当者や部署"

msgid "who promised it, or to whom"
msgstr "約束した人、または約束した相手"

msgid "default: {1} on {2}"
msgstr "空欄なら{2}の標準：{1}"

msgid "17:00, tomorrow, fri, 2h, eod, 2 business days; empty for the rung's window"
msgstr "例：17:00、明日、金曜、2時間後、2営業日。空欄なら段階の標準の期限です。"

msgid "Promised"
msgstr "約束の日時"

msgid "#{1} {2}: {3} ({4})"
msgstr "#{1} {2}：{3}（{4}）"

msgid "Clear a reply on case {1}"
msgstr "案件{1}：返事の結果を記録"

msgid "Reply"
msgstr "返事"

msgid "which promise: Left/Right"
msgstr "どの約束か（Left/Right で選びます）"

msgid "Outcome"
msgstr "結果"

msgid "came"
msgstr "届いた"

msgid "came: kept or late by its due time; broken: they will not do it"
msgstr "届いた：期限どおり、または遅れて届いた。不履行：先方は対応しない。"

msgid "what came, or why it is broken"
msgstr "届いた内容、または不履行の理由"

msgid "Note on case {1}"
msgstr "案件{1}にメモ"

msgid "anything worth keeping; Ctrl-X writes it in $EDITOR"
msgstr "残しておきたいこと。Ctrl-X で $EDITOR を開いて書けます。"

msgid "Close case {1}"
msgstr "案件{1}を終了"

msgid "resolved, partly resolved, abandoned, or taken to a regulator"
msgstr "解決、一部解決、断念、行政・相談機関へ、のどれか"

msgid "how it ended"
msgstr "どう終わったか"

msgid "Owned up?"
msgstr "認めたか"

msgid "no"
msgstr "いいえ"

msgid "yes"
msgstr "はい"

msgid "apology test: did they acknowledge what happened?"
msgstr "謝罪の評価：起きたことを先方は認めましたか？"

msgid "Cause?"
msgstr "原因の説明"

msgid "apology test: did they explain why it happened?"
msgstr "謝罪の評価：なぜ起きたかを説明しましたか？"

msgid "My trouble?"
msgstr "迷惑への言及"

msgid "apology test: did they acknowledge the trouble it caused you?"
msgstr "謝罪の評価：こちらが被った迷惑を認めましたか？"

msgid "Promise"
msgstr "約束"

msgid "(none)"
msgstr "（なし）"

msgid "apology test: their concrete promise, what exactly; watched as a reply owed by them"
msgstr "謝罪の評価：先方の具体的な約束の中身。先方の返事として期限まで見守ります。"

msgid "By"
msgstr "期限"

msgid "(when)"
msgstr "（いつまで）"

msgid "when the promise is due, e.g. 2026-08-31, fri, 2 business days"
msgstr "約束の期限。例：2026-08-31、金曜、2営業日"

msgid "Still open"
msgstr "未済の返事"

msgid "watch until due"
msgstr "期限まで見守る"

msgid "{1} still open: overdue ones count as broken; the rest are watched until due, or count all broken now"
msgstr "{1}が未済です。期限切れのものは不履行とし、残りは期限まで見守るか、今すべて不履行とします。"

msgid "Reopen case {1}"
msgstr "案件{1}を再開"

msgid "why, e.g. the fault came back"
msgstr "理由。例：故障が再発した"

msgid "Undo on case {1}: {2} {3}"
msgstr "案件{1}の取り消し：{2} {3}"

msgid "Why"
msgstr "理由"

msgid "(optional)"
msgstr "（任意）"

msgid "this was its opening: undoing it withdraws the case; Ctrl-S to undo, Esc to keep it"
msgstr "これは案件の登録です。取り消すと案件を取り下げます。Ctrl-S で取り消し、Esc でそのままにします。"

msgid "Ctrl-S to undo it (the timeline keeps both), Esc to keep it"
msgstr "Ctrl-S で取り消し（履歴には両方が残ります）、Esc でそのままにします。"

msgid "Export case {1}"
msgstr "案件{1}を書き出す"

msgid "Format"
msgstr "形式"

msgid "markdown, html (one self-contained file), json, or ics (its pending replies for a calendar)"
msgstr "markdown、html（1つで完結したファイル）、json、ics（未済の返事をカレンダーへ）のどれか"

msgid "Redact"
msgstr "伏せ字"

msgid "yes: staff names, e-mail addresses and phone numbers become placeholders"
msgstr "はい：担当者名、メールアドレス、電話番号を伏せ字にします。"

msgid "File"
msgstr "ファイル"

msgid "where to write it; an existing file is not overwritten"
msgstr "書き出し先です。すでにあるファイルは上書きしません。"

msgid "What you ask for on case {1}"
msgstr "案件{1}の依頼事項"

msgid "e.g. a refund of the two months and a written cause; Ctrl-X writes it in $EDITOR"
msgstr "例：2か月分の返金と、原因の書面での説明。Ctrl-X で $EDITOR を開いて書けます。"

msgid "Correct case {1}"
msgstr "案件{1}を修正"

msgid "Product"
msgstr "製品"

msgid "the product or service; empty for none"
msgstr "製品やサービス。なければ空欄"

msgid "separated by commas"
msgstr "「,」か「、」で区切ります"

msgid "a due time needs a reply to go with it"
msgstr "期限には、待っている返事が必要です。"

msgid "write what they owe you, or empty the due time"
msgstr "先方からの返事を書くか、期限を空欄にしてください。"

msgid "Move"
msgstr "移動"

msgid "Act on the selected case"
msgstr "選んだ案件の操作"

msgid "Forms"
msgstr "フォーム"

msgid "Anywhere"
msgstr "どこでも"

msgid "next / previous case; scroll the detail pane"
msgstr "次／前の案件。詳細欄ではスクロール"

msgid "scroll"
msgstr "スクロール"

msgid "first / last case; top / bottom of the detail"
msgstr "最初／最後の案件。詳細欄では先頭／末尾"

msgid "a page down / up (also Ctrl-F / Ctrl-B)"
msgstr "1ページ下／上（Ctrl-F／Ctrl-B も）"

msgid "from the list to the detail pane"
msgstr "一覧から詳細欄へ"

msgid "detail"
msgstr "詳細"

msgid "from the detail pane back to the list"
msgstr "詳細欄から一覧へ戻る"

msgid "list"
msgstr "一覧"

msgid "filter by words; org: title: tag: rung: ref: narrow one"
msgstr "絞り込み。org: title: tag: rung: ref: で項目を限定"

msgid "filter"
msgstr "絞り込み"

msgid "clear the filter"
msgstr "絞り込みを解除"

msgid "show closed cases too, or open ones only"
msgstr "終了済みの案件も表示／対応中だけ表示"

msgid "open only"
msgstr "対応中のみ"

msgid "all"
msgstr "すべて"

msgid "today: what to call, chase, climb or send now"
msgstr "今日やること：電話、催促、エスカレーション、送付"

msgid "today"
msgstr "今日"

msgid "hide or show the detail beside the list (titles get the room)"
msgstr "一覧の横の詳細欄を隠す／表示する（件名が広くなります）"

msgid "sort by urgency, age, time on the rung or organisation"
msgstr "並べ替え：緊急度、経過、段階での滞在時間、相手先"

msgid "add a new case"
msgstr "案件を登録"

msgid "add a case"
msgstr "案件を登録"

msgid "add"
msgstr "登録"

msgid "log a contact or a failed attempt"
msgstr "連絡や、つながらなかった試みを記録"

msgid "log"
msgstr "記録"

msgid "escalate, or send back down"
msgstr "上の段階へ移す（下へ戻すことも）"

msgid "escalate"
msgstr "段階を移す"

msgid "await a reply they owe you"
msgstr "先方の返事を待つ"

msgid "await"
msgstr "返事待ち"

msgid "owe them a reply"
msgstr "こちらが返事する"

msgid "owe"
msgstr "自分の返事"

msgid "a reply came in, or a promise is broken: clear it"
msgstr "返事が届いた、または約束が破られた：結果を記録"

msgid "reply in"
msgstr "返事あり"

msgid "add a note"
msgstr "メモを追加"

msgid "close the case, or reopen a closed one"
msgstr "案件を終了、または終了済みを再開"

msgid "reopen"
msgstr "再開"

msgid "close"
msgstr "案件終了"

msgid "correct title, organisation, product, refs, tags"
msgstr "件名・相手先・製品・参照番号・タグを修正"

msgid "edit"
msgstr "修正"

msgid "undo its last change (the timeline keeps both)"
msgstr "最後の変更を取り消す（履歴には両方が残ります）"

msgid "its brief: what a new representative needs"
msgstr "要約：新しい担当者に伝えること"

msgid "write what you ask for (the brief's request)"
msgstr "依頼事項を書く（要約の最後に入ります）"

msgid "export it: markdown, html, json or ics, redacted if you like"
msgstr "書き出し：markdown、html、json、ics（伏せ字にもできます）"

msgid "copy its brief to the clipboard, to paste into a web form"
msgstr "要約をクリップボードにコピー（ウェブフォームに貼り付ける用）"

msgid "copy its reference numbers (or the rung's phone number)"
msgstr "参照番号（なければその段階の窓口の電話番号）をコピー"

msgid "call timer: start (on hold), they answered, hang up"
msgstr "通話タイマー：開始（保留中）、相手が出た、終話"

msgid "call"
msgstr "通話"

msgid "call>"
msgstr "通話中"

msgid "hang up now; then log the call with its times"
msgstr "すぐに終話し、時間つきで通話を記録"

msgid "next field (Enter on the last field saves)"
msgstr "次の欄（最後の欄で Enter を押すと保存）"

msgid "next"
msgstr "次へ"

msgid "next/save"
msgstr "次へ／保存"

msgid "previous field"
msgstr "前の欄"

msgid "previous"
msgstr "前へ"

msgid "change a choice; a letter jumps to it"
msgstr "選択を変える。英語名の頭文字でも選べます"

msgid "choose"
msgstr "選択"

msgid "the first / last choice"
msgstr "最初／最後の選択肢"

msgid "save"
msgstr "保存"

msgid "write a note or request in $EDITOR"
msgstr "メモや依頼を $EDITOR で書く"

msgid "cancel, nothing saved"
msgstr "取り消し（何も保存しません）"

msgid "cancel"
msgstr "取消"

msgid "start / end of the text (also Home End)"
msgstr "文頭／文末へ（Home End も）"

msgid "delete to the start / to the end / a word"
msgstr "文頭まで／文末まで／1語を削除"

msgid "put back what Ctrl-U, Ctrl-K or Ctrl-W deleted"
msgstr "Ctrl-U、Ctrl-K、Ctrl-W で消した文字を戻す"

msgid "a character back / forward"
msgstr "1文字戻る／進む"

msgid "delete the character before / under the cursor"
msgstr "カーソルの前／位置の1文字を削除"

msgid "this help"
msgstr "このヘルプ"

msgid "help"
msgstr "ヘルプ"

msgid "quit"
msgstr "終了"

msgid "quit at once"
msgstr "すぐに終了"

msgid "repaint the screen"
msgstr "画面を描き直す"

msgid "suspend; fg resumes"
msgstr "一時停止（fg で再開）"

msgid "keep the filter, back to the list"
msgstr "絞り込みを保って一覧へ"

msgid "keep"
msgstr "確定"

msgid "clear the filter, back to the list"
msgstr "絞り込みを解除して一覧へ"

msgid "clear"
msgstr "解除"

msgid "next / previous case while typing"
msgstr "入力しながら次／前の案件へ"

msgid "scroll the help"
msgstr "ヘルプをスクロール"

msgid "any other key"
msgstr "その他のキー"

msgid "back to the cases"
msgstr "案件の一覧へ戻る"

msgid "back"
msgstr "戻る"

msgid "scroll the brief"
msgstr "要約をスクロール"

msgid "write what you ask for"
msgstr "依頼事項を書く"

msgid "what you ask for"
msgstr "依頼事項"

msgid "the next / previous thing to do"
msgstr "次／前のやること"

msgid "go to the case"
msgstr "その案件へ"

msgid "the case"
msgstr "案件へ"

msgid "go to the case and start the call timer"
msgstr "その案件へ移り、通話タイマーを開始"

msgid "Written to {1} ({2} kinds of text redacted)"
msgstr "{1}に書き出しました（{2}種類の情報を伏せ字にしました）。"

msgid "Written to {1}"
msgstr "{1}に書き出しました。"

msgid "not exported: {1}"
msgstr "書き出せませんでした：{1}"

msgid "Copied {1} ({2} characters) to the clipboard; a terminal without OSC 52 drops it: X writes a file"
msgstr "{1}をクリップボードにコピーしました（{2}文字）。OSC 52 に対応していない端末では届きません。X でファイルに書き出せます。"

msgid "config read again"
msgstr "設定を読み直しました。"

msgid "config not used: {1}"
msgstr "設定を使えませんでした：{1}"

msgid "case {1} cannot be read: {2}"
msgstr "案件{1}を読み込めません：{2}"

msgid "not saved: {1}"
msgstr "保存できませんでした：{1}"

msgid "Added case {1}: {2}"
msgstr "案件{1}を登録しました：{2}"

msgid "pasted text ignored: open a form first (a adds a case, n a note) and paste into a field"
msgstr "貼り付けた文字は使いませんでした。先にフォームを開いて（a で案件を登録、n でメモ）、欄に貼り付けてください。"

msgid "urgency"
msgstr "緊急度"

msgid "time on rung"
msgstr "段階での滞在時間"

msgid "organisation"
msgstr "相手先"

msgid "{1} does nothing here; ? lists every key"
msgstr "{1} はここでは使えません。? ですべてのキーを表示します。"

msgid "a call on case {1} is running: q again quits and loses its times; C hangs up and logs it"
msgstr "案件{1}の通話タイマーが動いています。もう一度 q を押すと時間を記録せずに終了します。C で終話して記録します。"

msgid "sorted by {1}"
msgstr "並び順：{1}"

msgid "showing closed cases too"
msgstr "終了済みの案件も表示しています。"

msgid "showing open cases"
msgstr "対応中の案件を表示しています。"

msgid "select a case to call about first"
msgstr "先に通話する案件を選んでください。"

msgid "call on case {1} started: c when they answer, C to hang up"
msgstr "案件{1}の通話を開始しました。相手が出たら c、終話は C を押してください。"

msgid "case {1} is gone; the call was not logged"
msgstr "案件{1}が見つかりません。通話は記録していません。"

msgid "Log the call on case {1}"
msgstr "案件{1}の通話を記録"

msgid "no case selected; press a to add one"
msgstr "案件が選ばれていません。a で登録できます。"

msgid "case {1} is still being read; try again"
msgstr "案件{1}を読み込み中です。もう一度お試しください。"

msgid "case {1} is {2}; press x to reopen it first"
msgstr "案件{1}は終了しています（{2}）。先に x で再開してください。"

msgid "case {1} has nothing to undo"
msgstr "案件{1}には取り消せる変更がありません。"

msgid "the brief of case {1}"
msgstr "案件{1}の要約"

msgid "the reference numbers of case {1}"
msgstr "案件{1}の参照番号"

msgid "the {1}'s phone number"
msgstr "{1}の電話番号"

msgid "case {1} has no reference number, and no phone is configured for its rung"
msgstr "案件{1}には参照番号がなく、この段階の窓口の電話番号も設定されていません。"

msgid "cancelled; nothing saved"
msgstr "取り消しました。何も保存していません。"

msgid "give the file to write, e.g. ~/case.md"
msgstr "書き出すファイルを指定してください。例：~/case.md"

msgid "Reading case {1}..."
msgstr "案件{1}を読み込み中..."

msgid "{1} characters as a web form counts them (ladder brief {2} --max-chars N fits a limit)"
msgstr "ウェブフォームの数え方で{1}文字（字数制限に収めるには ladder brief {2} --max-chars N）"

msgid "(No request yet: press R to write what you ask for.)"
msgstr "（依頼事項はまだありません。R で書けます。）"

msgid "Call now"
msgstr "今すぐ電話"

msgid "Climb"
msgstr "エスカレーション"

msgid "Chase when the line opens"
msgstr "受付開始後に催促"

msgid "I owe"
msgstr "自分の返事"

msgid "no contact point configured for the {1}"
msgstr "{1}の連絡先が設定されていません"

msgid "reply {1} {2}: {3}"
msgstr "返事{1}（{2}）：{3}"

msgid "Nothing to do now: no reply is late, nothing needs a climb, you owe nothing today."
msgstr "今やることはありません。遅れている返事も、エスカレーションが必要な案件も、今日が期限の自分の返事もありません。"

msgid "cannot create a file for the editor at {1}"
msgstr "エディター用のファイルを{1}に作れません。"

msgid "cannot start the editor \"{1}\""
msgstr "エディター「{1}」を起動できません。"

msgid "the editor \"{1}\" stopped with status {2}; nothing was recorded"
msgstr "エディター「{1}」が終了コード{2}で終わりました。何も記録していません。"

msgid "the text is empty; nothing was recorded"
msgstr "文章が空です。何も記録していません。"

msgid "check that TMPDIR can be written"
msgstr "TMPDIR に書き込めるか確かめてください。"

msgid "set EDITOR to one that exits 0 after saving, e.g. EDITOR=nano"
msgstr "保存後に終了コード0で終わるエディターを EDITOR に設定してください。例：EDITOR=nano"

msgid "write it in the editor and save, or give it on the command line"
msgstr "エディターで書いて保存するか、コマンドラインで指定してください。"

msgid "Lines starting with # are left out; an empty text records nothing."
msgstr "# で始まる行は含まれません。空のままなら何も記録しません。"

msgid "Pending ({1})"
msgstr "未済の返事（{1}件）"

msgid "they owe: {1}"
msgstr "先方から：{1}"

msgid "I owe: {1}"
msgstr "自分から：{1}"

msgid ", due {1}"
msgstr "、期限 {1}"

msgid "Contact"
msgstr "連絡先"

msgid "^ CLIMB: {1}"
msgstr "^ エスカレーション：{1}"

msgid "Timeline ({1})"
msgstr "履歴（{1}件）"

msgid "CALL talking {1} (held {2}) - c or C: hang up"
msgstr "通話中 {1}（保留 {2}）- c か C で終話"

msgid "CALL on hold {1} - c: answered, C: hang up"
msgstr "保留中 {1} - c：相手が出た、C：終話"

msgid "Reading the list"
msgstr "一覧の見方"

msgid "!  OVERDUE"
msgstr "!  遅れ"

msgid "a promised reply is late (red where colours show)"
msgstr "約束の返事が遅れている（色が出る端末では赤）"

msgid "time to climb: a reply is long overdue, or no progress on this rung"
msgstr "エスカレーションの時期：返事が大幅に遅れているか、この段階で進展がない"

msgid "shop, call centre, technical desk, executive, regulator; = rungs below"
msgstr "店舗、コールセンター、技術窓口、本社・相談室、行政・相談機関。= は通ってきた段階"

msgid "MOVE"
msgstr "次は"

msgid "them: waiting on their reply; me: I owe something, or nothing is awaited"
msgstr "先方：先方の返事待ち。自分：こちらが返事するものがあるか、待っている返事がない"

msgid "{1}-{2} of {3} lines"
msgstr "{3}行中 {1}-{2}"

msgid "Press a to add your first case: who you are dealing with,"
msgstr "a で最初の案件を登録します。相手の会社、"

msgid "what is wrong, and the rung you are on (shop, call centre, ...)."
msgstr "何が問題か、今どの段階か（店舗、コールセンターなど）を入力します。"

msgid "Press ? for every key, q to quit."
msgstr "? ですべてのキー、q で終了します。"

msgid "To look around first, quit and run: ladder demo"
msgstr "まず試すなら、終了して ladder demo を実行してください。"

msgid "No open cases. Press A to show closed ones."
msgstr "対応中の案件はありません。A で終了済みも表示します。"

msgid "No case matches \"{1}\". Esc clears the filter."
msgstr "「{1}」に合う案件はありません。Esc で絞り込みを解除します。"

msgid "Loading..."
msgstr "読み込み中..."

msgid "S"
msgstr "店"

msgid "C"
msgstr "コ"

msgid "T"
msgstr "技"

msgid "E"
msgstr "本"

msgid "R"
msgstr "行"

msgid "Today"
msgstr "今日やること"

msgid "Brief of case {1}"
msgstr "案件{1}の要約"

msgid "Terminal too small: {1}x{2}."
msgstr "端末が小さすぎます：{1}x{2}"

msgid "ladder needs at least {1}x{2}."
msgstr "ladder には{1}x{2}以上が必要です。"

msgid "Enlarge the window, or press q to quit."
msgstr "ウィンドウを広げるか、q で終了してください。"

msgid "{1} open"
msgstr "対応中{1}件"

msgid "{1} overdue"
msgstr "期限切れ{1}件"

msgid "filter: {1}"
msgstr "絞り込み：{1}"

msgid "+closed"
msgstr "+終了済み"

msgid "by {1}"
msgstr "並び：{1}"

msgid "{1} unreadable"
msgstr "読めないファイル{1}件"

msgid "{1}-{2} of {3}"
msgstr "{1}-{2}／{3}件"

msgid "CALL #{1} hold {2}"
msgstr "#{1} 保留中 {2}"

msgid "CALL #{1} talk {2}"
msgstr "#{1} 通話中 {2}"

msgid "No case matches the filter."
msgstr "絞り込みに合う案件はありません。"

msgid "filter /"
msgstr "絞り込み /"

msgid "{1}; org: title: tag: rung: ref:"
msgstr "{1}　org: title: tag: rung: ref: で項目を限定"

msgid "{1} exists; give another file name"
msgstr "{1}はすでにあります。別のファイル名を指定してください。"

msgid "cannot create {1}: {2}"
msgstr "{1}を作成できません：{2}"

msgid "cannot write {1}: {2}"
msgstr "{1}に書き込めません：{2}"

msgid "it is gone"
msgstr "ファイルがなくなっています"

msgid "ladder: error: cannot start the terminal (TERM={1}); try TERM=xterm-256color, or use ladder list"
msgstr "ladder: エラー: 端末を使えません（TERM={1}）。TERM=xterm-256color を試すか、ladder list を使ってください。"

# ---- (front end section end) ----

# ==== Mail in (ladder mail: Sources/LadderCore/Mail, Sources/ladder/Commands/Mail.swift) ====

msgid "\"{1}\" is not an e-mail address"
msgstr "「{1}」はメールアドレスではありません。"

msgid "write e.g. \"ken@example.com\""
msgstr "例：\"ken@example.com\""

msgid "\"{1}\" is not a mail domain"
msgstr "「{1}」はメールのドメインではありません。"

msgid "write the part after the @, e.g. \"support.kestrel.example\""
msgstr "@ より後の部分を書いてください。例：\"support.kestrel.example\""

msgid "case given with --case"
msgstr "--case で指定された案件"

msgid "matched by {1} <{2}>, a mail logged on this case"
msgstr "{1} の <{2}>（この案件に記録済みのメール）で特定"

msgid "matched by the bounced mail <{1}>, logged on this case"
msgstr "不達になったメール <{1}>（この案件に記録済み）で特定"

msgid "matched by the reference {1} in the mail"
msgstr "メール中の参照番号 {1} で特定"

msgid "matched by {1}: {2} of {3}"
msgstr "{1} で特定：{3}の{2}"

msgid "the reference {1} belongs to more than one case"
msgstr "参照番号 {1} は複数の案件にあります"

msgid "{1} is a contact point of {2}, which has more than one open case"
msgstr "{1} は{2}の窓口ですが、{2}の未完了の案件が複数あります"

msgid "no address"
msgstr "アドレスなし"

msgid "no logged mail of its thread, no case reference in it, and no contact point for {1}"
msgstr "同じスレッドの記録済みメールも、案件の参照番号もなく、{1} に当たる窓口もありません"

msgid "its Date ({1}) is in the future; logged at the time it was read"
msgstr "Date（{1}）が未来の時刻のため、読み込んだ時刻で記録しました。"

msgid "it has no Message-ID, so reading it again would log it again"
msgstr "Message-ID がないため、もう一度読み込むと二重に記録されます。"

msgid "it has no readable Date; logged at the time it was read"
msgstr "読める Date がないため、読み込んだ時刻で記録しました。"

msgid "Automatic acknowledgement: {1}"
msgstr "自動応答：{1}"

msgid "Bounced: {1} ({2})"
msgstr "不達：{1}（{2}）"

msgid "on {1}, as the mail that bounced"
msgstr "{1}（不達になったメールと同じ段）"

msgid "no contact point is configured for its recipients: no reply awaited"
msgstr "宛先に当たる窓口が設定にないため、返事待ちは登録しません。"

msgid "{1} has no reply window (replyWithin in the config): no reply awaited"
msgstr "{1}には返答期限（設定の replyWithin）がないため、返事待ちは登録しません。"

msgid "--no-await: no reply awaited"
msgstr "--no-await の指定により、返事待ちは登録しません。"

msgid "the case is closed: no reply awaited"
msgstr "案件は完了しているため、返事待ちは登録しません。"

msgid "reply #{1} from {2} is already awaited"
msgstr "{2}からの返事 #{1} をすでに待っています。"

msgid "{1}'s hours never open: no reply awaited"
msgstr "{1}の受付時間が一度も開かないため、返事待ちは登録しません。"

msgid "an answer to my mail"
msgstr "私のメールへの回答"

msgid "an answer to my mail \"{1}\""
msgstr "私のメール「{1}」への回答"

msgid "--reply names a reply to clear, and --no-clear clears none"
msgstr "--reply は消し込む返事を指定し、--no-clear は何も消し込みません。"

msgid "#{1} ({2})"
msgstr "#{1}（{2}）"

msgid "left open (--no-clear): {1}"
msgstr "未決のまま（--no-clear）：{1}"

msgid "this mail may answer {1}"
msgstr "このメールは次のどれかへの回答かもしれません：{1}。"

msgid "name the one it answers, e.g. --clear --reply {1}"
msgstr "回答に当たるものを指定してください。例：--clear --reply {1}"

msgid "not cleared, as there is no terminal to ask on: {1}; to clear it, add --clear, or: ladder clear {2} {3} --at \"{4}\""
msgstr "確認する端末がないため消し込んでいません：{1}。消し込むには --clear を付けるか、ladder clear {2} {3} --at \"{4}\" を実行してください。"

msgid "answered by mail"
msgstr "メールで回答"

msgid "{1} is not a Maildir (it has no new and cur folders)"
msgstr "{1} は Maildir ではありません（new と cur のフォルダがありません）。"

msgid "give the folder that holds new/ and cur/, e.g. --maildir ~/Maildir/.companies"
msgstr "new/ と cur/ を含むフォルダを指定してください。例：--maildir ~/Maildir/.companies"

msgid "cannot read {1}/{2}: {3}"
msgstr "{1}/{2} を読めません：{3}"

msgid "{1} is damaged; remove it, and ladder mail reads the folder again (mails already logged are skipped)"
msgstr "{1} が壊れています。削除すると ladder mail はフォルダを読み直します（記録済みのメールは飛ばします）。"

msgid "give --json or --format {1}, not both"
msgstr "--json と --format {1} のどちらか一方を指定してください。"

msgid "ladder: the pager \"{1}\" is not there; printing without it (set LADDER_PAGER or PAGER, or use --no-pager)"
msgstr "ladder: ページャー「{1}」が見つかりません。ページャーなしで表示します（LADDER_PAGER か PAGER を設定するか、--no-pager を付けてください）。"

msgid "the detail sits beside the list from {1} columns; Enter shows it here"
msgstr "詳細は幅{1}桁以上で一覧の横に出ます。この幅では Enter で表示します。"

msgid "give --clear or --no-clear, not both"
msgstr "--clear と --no-clear のどちらか一方を指定してください。"

msgid "give a message file or --maildir, not both"
msgstr "メールのファイルか --maildir のどちらか一方を指定してください。"

msgid "cannot read {1}"
msgstr "{1} を読めません。"

msgid "give a message file (.eml), or - to read standard input"
msgstr "メールのファイル（.eml）を指定するか、標準入力から読むには - を指定してください"

msgid "ladder mail reads one RFC 5322 message, as a mail client saves it (.eml); nothing was recorded"
msgstr "ladder mail はメールソフトが保存する形（.eml）の RFC 5322 のメールを1通読みます。何も記録していません。"

msgid "A delay report ({1}) for {2}: not a bounce yet; nothing recorded."
msgstr "{2} 宛ての配送遅延の通知（{1}）です。まだ不達ではないため、何も記録していません。"

msgid "Already logged on case {1} (Message-ID <{2}>); nothing recorded."
msgstr "案件{1}に記録済みです（Message-ID <{2}>）。何も記録していません。"

msgid "#{1} {2} ({3})"
msgstr "#{1} {2}（{3}）"

msgid "there is no open case"
msgstr "未完了の案件はありません"

msgid "candidates: {1}"
msgstr "候補：{1}"

msgid "no case for this mail: {1}; nothing recorded"
msgstr "このメールの案件が見つかりません：{1}。何も記録していません。"

msgid "{1}; give the case with --case N, or add its reference to the case (ladder edit N --add-ref ...)"
msgstr "{1}。--case N で案件を指定するか、案件に参照番号を加えてください（ladder edit N --add-ref ...）。"

msgid "Case {1} ({2}): {3}"
msgstr "案件{1}（{2}）：{3}"

msgid "note: {1}"
msgstr "注：{1}"

msgid "Already logged on case {1}; nothing recorded."
msgstr "案件{1}に記録済みです。何も記録していません。"

msgid "would record: {1} {2}"
msgstr "記録する内容：{1} {2}"

msgid "Dry run: nothing was written."
msgstr "試行のみ（--dry-run）：何も書き込んでいません。"

msgid "#{1} {2}, due {3}: {4} if cleared now"
msgstr "#{1} {2}（期限 {3}）：いま消し込むと{4}"

msgid "Does this mail answer it? Clear #{1}? [y/N] "
msgstr "このメールはその回答ですか。#{1} を消し込みますか？ [y/N] "

msgid "Which does this mail answer? Type its number, or Enter for none: "
msgstr "このメールはどれへの回答ですか。番号を入力してください（どれでもなければ Enter）："

msgid "left open"
msgstr "未決のまま"

msgid "ladder: error: {1}: {2}; not recorded"
msgstr "ladder: エラー: {1}: {2}（記録していません）"

msgid "ladder: error: {1}: {2}"
msgstr "ladder: エラー: {1}: {2}"

msgid "{1} new messages in {2}; {3} not recorded."
msgstr "{2} の新しいメール {1}通のうち、{3}通は記録していません。"

msgid "mail domains"
msgstr "メールのドメイン"

msgid "answers mail within {1}"
msgstr "メールへの返答は{1}以内"

msgid "no reply window"
msgstr "返答期限なし"

msgid "mail from {1}"
msgstr "メールの送信元 {1}"

msgid "ladder mail: reading a message from standard input; end it with Ctrl-D"
msgstr "ladder mail: 標準入力からメールを読んでいます。Ctrl-D で終わります。"

# ==== Sync: one store on several machines ====

msgid "ladder: {1}"
msgstr "ladder: {1}"

msgid "Nothing to convert: the store is in format {1}."
msgstr "変換するものはありません。ストアは形式{1}です。"

msgid "Converted {1} case files to format {2}; the old files are in {3}/backup."
msgstr "案件ファイル{1}件を形式{2}に変換しました。元のファイルは {3}/backup にあります。"

msgid "a remote is given only with --init"
msgstr "リモートは --init と一緒にだけ指定できます。"

msgid "write: ladder sync --init {1}"
msgstr "例：ladder sync --init {1}"

msgid "ladder: error: sync needs git, and there is no git on PATH; install it (Debian: sudo apt-get install git)"
msgstr "ladder: エラー: 同期には git が必要ですが、PATH に git がありません。インストールしてください（Debian：sudo apt-get install git）。"

msgid "sync: {1}"
msgstr "同期: {1}"

msgid "sync: no remote yet; add one with: ladder sync --init REMOTE"
msgstr "同期: リモートがまだありません。追加するには：ladder sync --init REMOTE"

msgid "ladder: error: sync: {1}"
msgstr "ladder: エラー: 同期: {1}"

msgid "sync: case files left in two versions by a sync tool or a merge, merged: {1}"
msgstr "同期: 同期ツールやマージで2通りに残っていた案件ファイルをまとめました：{1}件"

msgid "sync: put ladder's lines back in {1}"
msgstr "同期: {1} に ladder の行を戻しました。"

msgid "sync: sent 1 commit made here to {1}"
msgstr "同期: この端末のコミット1件を {1} へ送りました。"

msgid "sync: sent {1} commits made here to {2}"
msgstr "同期: この端末のコミット{1}件を {2} へ送りました。"

msgid "sync: nothing new here to send"
msgstr "同期: この端末から送る変更はありません。"

msgid "sync: committed changes to {1}"
msgstr "同期: {1} の変更をコミットしました。"

msgid "sync: no remote: the commit stays here (add one with ladder sync --init REMOTE)"
msgstr "同期: リモートがないため、コミットはこの端末に残ります（追加するには ladder sync --init REMOTE）。"

msgid "sync: received changes to {1} from {2}"
msgstr "同期: {2} から {1} の変更を受け取りました。"

msgid "sync: up to date with {1}"
msgstr "同期: {1} と同じ状態です。"

msgid "ladder merge-driver: cannot read both versions of {1}"
msgstr "ladder merge-driver: {1} の両方の版を読めません。"

msgid "ladder merge-driver: {1}: {2}; both sides' lines are kept, each once: check the file, then run ladder doctor"
msgstr "ladder merge-driver: {1}: {2}。両方の行を1回ずつ残しました。ファイルを確認してから ladder doctor を実行してください。"

msgid "ladder merge-driver: cannot write {1}: {2}"
msgstr "ladder merge-driver: {1} に書き込めません：{2}"

msgid "cannot remove {1} after converting it: {2}"
msgstr "変換した {1} を削除できません：{2}"

msgid "converted {1} case files from format {2} to format {3} (one file per case, named by its id, for syncing); the old files are in {4}"
msgstr "案件ファイル{1}件を形式{2}から形式{3}（同期のため、案件ごとにIDを名前にした1ファイル）に変換しました。元のファイルは {4} にあります。"

msgid "two cases were numbered {1} on different machines: \"{2}\" keeps {3}, and \"{4}\" is now case {5}"
msgstr "別々の端末で2件の案件が{1}番になっていました。「{2}」が{3}番のままで、「{4}」は{5}番になりました。"

msgid "converted {1} case files to format {2}; the old files are in {3}/backup"
msgstr "案件ファイル{1}件を形式{2}に変換しました。元のファイルは {3}/backup にあります。"

msgid "case files merged and tidied: {1}; the files as they were are in {2} and {3}"
msgstr "まとめて整えた案件ファイル：{1}件。元のファイルは {2} と {3} にあります。"

msgid "case files merged and tidied: {1}; the files as they were are in {2}"
msgstr "まとめて整えた案件ファイル：{1}件。元のファイルは {2} にあります。"

msgid "case files merged and tidied: {1}; the sync tools' copies are in {2}"
msgstr "まとめて整えた案件ファイル：{1}件。同期ツールのコピーは {2} にあります。"

msgid "case #{1} had an event written two ways (edited by hand on two machines); one is kept, the same on every machine, and the other is in {2}"
msgstr "案件 #{1} に、2通りに書かれた出来事がありました（2台の端末で手で編集されたもの）。どの端末でも同じ方を残し、もう片方は {2} にあります。"

msgid "sync: case #{1} had an event written two ways (edited by hand on two machines); one is kept, the same on every machine, and the other is in {2}"
msgstr "同期: 案件 #{1} に、2通りに書かれた出来事がありました（2台の端末で手で編集されたもの）。どの端末でも同じ方を残し、もう片方は {2} にあります。"

msgid "is not a case file (cases are <id>.jsonl); ladder ignores it"
msgstr "案件ファイルではない（案件は <id>.jsonl）。ladder は無視する"

msgid "{1} case files are of an older format (N.json)"
msgstr "案件ファイル{1}件が古い形式（N.json）です。"

msgid "convert them to format {1}, keeping the old files in backup/ (the next change does it too)"
msgstr "形式{1}に変換し、元のファイルを backup/ に残します（次の変更でも変換されます）。"

msgid "is a sync tool's copy of a case file; its lines are read as part of the case"
msgstr "同期ツールが作った案件ファイルのコピー。その行は案件の一部として読まれる"

msgid "merge it into the case file and move it to backup/sync-copies"
msgstr "案件ファイルにまとめ、backup/sync-copies に移します。"

msgid "holds lines twice or a merge's conflict markers; it reads as one case"
msgstr "重複した行かマージの衝突マーカーがある。1件の案件として読める"

msgid "write it again tidy, every line kept once (the file as it is goes to backup/untidy)"
msgstr "各行を1回ずつ残して整えて書き直す（今のファイルは backup/untidy へ）"

msgid "claims case number {1}, which another case claimed first; it shows as case {2}"
msgstr "{1}番を名乗っているが、先に別の案件が名乗っていた。{2}番として表示される"

msgid "record {1} as its number"
msgstr "{1}番をこの案件の番号として記録する"

msgid "it is empty"
msgstr "空です"

msgid "it holds two cases ({1} and {2})"
msgstr "2件の案件（{1} と {2}）が入っています"

msgid "its first line, {\"case\": …, \"format\": 3}, is missing"
msgstr "最初の行 {\"case\": …, \"format\": 3} がありません"

msgid "it has no \"numbered\" line, so no number"
msgstr "\"numbered\" の行がないため、番号がありません"

msgid "line {1}: {2}"
msgstr "{1}行目：{2}"

msgid "it is not a case file's name"
msgstr "案件ファイルの名前ではありません"

msgid "case {1} is now case {2}"
msgstr "案件{1}は今は案件{2}です。"

msgid "cannot clone {1}: {2}"
msgstr "{1} を複製（clone）できません：{2}"

msgid "cloned {1} into {2}"
msgstr "{1} を {2} に複製（clone）しました。"

msgid "installed ladder's merge driver in {1}/.git/config"
msgstr "ladder のマージドライバーを {1}/.git/config に設定しました。"

msgid "ladder's merge driver was already installed in {1}/.git/config"
msgstr "ladder のマージドライバーは {1}/.git/config に設定済みです。"

msgid "sync: waiting for another ladder sync of this store to finish"
msgstr "同期: この保存先の別の ladder sync が終わるのを待っています。"

msgid "another ladder sync is running in {1} and did not finish within {2} seconds; nothing was done here"
msgstr "{1} では別の ladder sync が実行中で、{2}秒待っても終わりませんでした。こちらでは何もしていません。"

msgid "git init failed in {1}: {2}"
msgstr "{1} で git init に失敗しました：{2}"

msgid "made {1} a git repository"
msgstr "{1} を git リポジトリにしました。"

msgid "cannot add the remote {1}: {2}"
msgstr "リモート {1} を追加できません：{2}"

msgid "cannot set the remote to {1}: {2}"
msgstr "リモートを {1} に設定できません：{2}"

msgid "origin is {1}"
msgstr "origin は {1} です。"

msgid "origin is {1} (it was {2})"
msgstr "origin は {1} です（以前は {2}）。"

msgid "cannot set {1} in {2}/.git/config: {3}"
msgstr "{2}/.git/config に {1} を設定できません：{3}"

msgid "{1} is not a git repository; to sync it: ladder sync --init [REMOTE]"
msgstr "{1} は git リポジトリではありません。同期するには：ladder sync --init [REMOTE]"

msgid "ladder sync from {1}"
msgstr "{1} からの ladder 同期"

msgid "cannot reach {1}: {2}"
msgstr "{1} に接続できません：{2}"

msgid "ladder sync from {1}: numbers settled"
msgstr "{1} からの ladder 同期：番号を確定"

msgid "cannot push to {1}: {2}"
msgstr "{1} に push できません：{2}"

msgid "kept here, sent with the next S; {1}"
msgstr "この端末に保存済みで、次の S で送られます。{1}"

msgid "nothing was waiting to be sent; {1}"
msgstr "送るものはありませんでした。{1}"

msgid "Your changes are committed here and go with the next ladder sync."
msgstr "変更はこの端末にコミット済みで、次の ladder sync で送られます。"

msgid "Your changes to {1} are committed here and go with the next ladder sync."
msgstr "{1} の変更はこの端末にコミット済みで、次の ladder sync で送られます。"

msgid "sync: joined two stores started separately, one here and one at {1} (cases here: {2}, there: {3}); see them all with: ladder list --all"
msgstr "同期: 別々に始めた二つのストアを一つにしました。この端末の案件{2}件と {1} の案件{3}件です。すべて見るには：ladder list --all"

msgid "joined two stores started separately: {1} cases here, {2} there"
msgstr "別々に始めた二つのストアを一つにしました（この端末{1}件、相手{2}件）"

msgid "Nothing here was waiting to be sent; run ladder sync again once it can be reached."
msgstr "この端末に送るものはありませんでした。接続できるようになったら、もう一度 ladder sync を実行してください。"

msgid "git add failed: {1}"
msgstr "git add に失敗しました：{1}"

msgid "cases: {1}"
msgstr "案件：{1}"

msgid "{1} and {2} more"
msgstr "{1} ほか{2}件"

msgid "git commit failed: {1}"
msgstr "git commit に失敗しました：{1}"

msgid "git could not merge {1} ({2}); the merge was taken back, and your changes stay committed here. Merge it by hand in {3} ({4}), then run ladder sync"
msgstr "git が {1} をマージできませんでした（{2}）。マージは取り消し、変更はこの端末にコミットしたままです。{3} で手でマージして（{4}）から、ladder sync を実行してください。"

msgid "{1} holds a git repository that is not a ladder store (no cases/ folder, no ladder lines in .gitattributes); nothing was merged or sent. Give a new bare repository (git init --bare) or one another ladder syncs to: ladder sync --init REMOTE"
msgstr "{1} は ladder のストアではない git リポジトリです（cases/ フォルダーも .gitattributes の ladder の行もありません）。何もマージも送信もしていません。新しいベアリポジトリ（git init --bare）か、ほかの ladder が同期しているリポジトリを指定してください：ladder sync --init REMOTE"

msgid "{1} kept changing while this sync merged (another machine was sending too); tried 3 times; run ladder sync again"
msgstr "この同期がマージしている間に {1} が変わり続けました（ほかの端末も送信していました）。3回試しました。もう一度 ladder sync を実行してください。"

msgid "git exited with status {1}"
msgstr "git が終了コード{1}で終わりました"

msgid "cannot run {1}: {2}"
msgstr "{1} を実行できません：{2}"

msgid "synced"
msgstr "同期しました"

msgid "not synced: {1}"
msgstr "同期できませんでした：{1}"

msgid "sync needs git, and there is no git on PATH"
msgstr "同期には git が必要ですが、PATH に git がありません"

msgid "sent changes to {1}"
msgstr "{1} の変更を送りました"

msgid "received changes to {1}"
msgstr "{1} の変更を受け取りました"

msgid "committed here; no remote yet (ladder sync --init REMOTE)"
msgstr "この端末にコミットしました。リモートはまだありません（ladder sync --init REMOTE）"

msgid "up to date"
msgstr "最新の状態です"

msgid "syncing…"
msgstr "同期中…"

msgid "sync the store with your other machines through git"
msgstr "ストアを他の端末と同期する"
# ==== Output: colour, pager, JSON ====

msgid "- reads standard input, and {1} has read it already"
msgstr "- は標準入力を読みますが、{1}がすでに読んでいます。"

msgid "give one argument as -, the others on the command line"
msgstr "- にできる引数は一つだけです。ほかはコマンドラインに書いてください。"

msgid "ladder: reading {1} from the terminal; end it with Ctrl-D on a line of its own"
msgstr "ladder: {1}を端末から読みます。最後に行頭で Ctrl-D を押してください。"

msgid "- reads standard input, which was empty"
msgstr "- は標準入力を読みますが、空でした。"

msgid "pipe the text in, e.g. echo \"they promised a call back\" | ladder note 3 -"
msgstr "文章をパイプで渡してください。例：echo \"折り返し電話の約束\" | ladder note 3 -"

msgid "{1} ({2}, UTC{3})"
msgstr "{1}（{2}、UTC{3}）"

msgid "ladder: error: {1} needs a value after it"
msgstr "ladder: エラー: {1} の後に値がありません。"

# ==== Data: calendar, notify, import, backup, config edit ====

msgid "Cleared, {1}: {2}"
msgstr "済（{1}）：{2}"

msgid "No longer watched: {1}"
msgstr "追跡終了：{1}"

msgid "Cleared {1}."
msgstr "{1}に完了。"

msgid "create a file in"
msgstr "ファイルの作成"

msgid "cannot {1} {2}: {3}; nothing was written"
msgstr "{2}の{1}に失敗しました（{3}）。何も書き込んでいません。"

msgid "--output goes with --ics or --all"
msgstr "--output は --ics か --all と一緒に指定します。"

msgid "\"{1}\" is not a file name"
msgstr "「{1}」はファイル名ではありません。"

msgid "write e.g. --output ~/calendars/ladder.ics"
msgstr "例：--output ~/calendars/ladder.ics"

msgid "{1} cannot be read ({2}); it is written again after this notice"
msgstr "{1}を読めません（{2}）。今回の通知のあとで書き直します。"

msgid "ladder: error: notify: cannot write the report's JSON: {1}"
msgstr "ladder: エラー: notify: レポートのJSONを書けません：{1}"

msgid "ladder: error: notify: the command {1} {2}; the report was printed; newly overdue replies: {3}, told again on the next run"
msgstr "ladder: エラー: notify: コマンド {1} が{2}。レポートは出力しました。新たに期限を過ぎた回答{3}件は、次回もう一度通知します。"

msgid "ladder: error: notify: {1}; the same replies will be told again on the next run"
msgstr "ladder: エラー: notify: {1}。同じ回答を次回もう一度通知します。"

msgid "could not be given its input ({1})"
msgstr "入力を受け取れませんでした（{1}）"

msgid "could not be started ({1})"
msgstr "起動できませんでした（{1}）"

msgid "did not finish within {1} seconds and was stopped"
msgstr "{1}秒以内に終わらなかったため停止しました"

msgid "was killed by signal {1}"
msgstr "シグナル{1}で強制終了しました"

msgid "exited with status {1}"
msgstr "終了ステータス{1}で終了しました"

msgid "{1}: {2}; nothing was imported"
msgstr "{1}：{2}。何も取り込んでいません。"

msgid "import a file made by ladder export --all --format json, or use --taskwarrior for task export"
msgstr "ladder export --all --format json で作ったファイルを取り込むか、task export の出力なら --taskwarrior を付けてください。"

msgid "it is not valid JSON: {1}"
msgstr "正しいJSONではありません：{1}"

msgid "it is not a ladder store export (no \"kind\": \"ladder-store\")"
msgstr "ladder のストアの書き出しではありません（\"kind\": \"ladder-store\" がありません）"

msgid "it was written by a newer ladder (version {1}; this one reads up to {2})"
msgstr "新しい ladder で書かれています（バージョン{1}。この ladder が読めるのは{2}まで）"

msgid "case {1} was written by a newer ladder (format {2}; this one reads up to {3})"
msgstr "案件{1}は新しい ladder で書かれています（形式{2}。この ladder が読めるのは{3}まで）"

msgid "case {1}'s id is there twice"
msgstr "案件{1}の id が二度出てきます"

msgid "case {1} has no opening event"
msgstr "案件{1}に開始のイベントがありません"

msgid "case number {1} is out of range"
msgstr "案件番号{1}は範囲外です"

msgid "{1}: \"status\" is \"{2}\", which Taskwarrior does not write"
msgstr "{1}：\"status\" が \"{2}\" です。Taskwarrior が書く値ではありません"

msgid "imported from Taskwarrior"
msgstr "Taskwarrior から取り込み"

msgid "{1}: annotation {2} has no \"description\" or \"entry\""
msgstr "{1}：注釈{2}に \"description\" か \"entry\" がありません"

msgid "closed in Taskwarrior"
msgstr "Taskwarrior で終了"

msgid "{1}: task {2}"
msgstr "{1}：タスク{2}"

msgid "{1}: task {2}: its uuid is there twice"
msgstr "{1}：タスク{2}：uuid が二度出てきます"

msgid "{1}: item {2} is not a task object"
msgstr "{1}：{2}番目の項目がタスクのオブジェクトではありません"

msgid "line {1} is not a task object"
msgstr "{1}行目がタスクのオブジェクトではありません"

msgid "{1}: it is not the JSON task export writes: {2}"
msgstr "{1}：task export が書くJSONではありません：{2}"

msgid "{1}: it holds no tasks"
msgstr "{1}：タスクがひとつもありません"

msgid "; nothing was imported"
msgstr "。何も取り込んでいません"

msgid "make the file with: task export > tasks.json"
msgstr "例：task export > tasks.json でファイルを作ってください。"

msgid "{1}: \"{2}\" is not a Taskwarrior date like 20260720T090000Z"
msgstr "{1}：\"{2}\" が Taskwarrior の日時（例：20260720T090000Z）ではありません"

msgid "{1}: it has no \"uuid\""
msgstr "{1}：\"uuid\" がありません"

msgid "{1}: it has no \"description\""
msgstr "{1}：\"description\" がありません"

msgid "{1} (\"{2}\")"
msgstr "{1}（「{2}」）"

msgid "{1} has no project, so no organisation; nothing was imported"
msgstr "{1}にはプロジェクトがなく、会社が決まりません。何も取り込んでいません。"

msgid "give the organisation of such tasks, e.g. --org \"Example Mobile\""
msgstr "そのようなタスクの会社を指定してください。例：--org \"Example Mobile\""

msgid "{1}: it has no \"entry\""
msgstr "{1}：\"entry\" がありません"

msgid "a value was expected, found {1} (a comma before ] is not allowed)"
msgstr "値があるべきところに{1}があります（] の前にカンマは置けません）"

msgid "\",\" or \"]\" was expected, found {1}"
msgstr "\",\" か \"]\" があるべきところに{1}があります"

msgid "a backslash and u must be followed by four hexadecimal digits"
msgstr "バックスラッシュと u の後には16進数4桁が必要です"

msgid "a backslash before {1} is not an escape JSON knows; write two backslashes for one"
msgstr "{1}の前のバックスラッシュはJSONのエスケープではありません。バックスラッシュは2つ重ねて書いてください"

msgid "a line break or control character inside text in quotes; write a line break as a backslash and n"
msgstr "引用符の中に改行か制御文字があります。改行はバックスラッシュと n で書いてください"

msgid "line {1}, column {2}: {3}"
msgstr "{1}行目{2}文字目：{3}"

msgid "this text in quotes is never closed"
msgstr "この引用符が閉じられていません"

msgid "a value was expected (text in \"quotes\", a number, true, false, null, { or [), found {1}"
msgstr "値（\"引用符\"で囲んだ文字列、数値、true、false、null、{ か [）があるべきところに{1}があります"

msgid "a digit was expected, found {1}"
msgstr "数字があるべきところに{1}があります"

msgid "more text after the end of the JSON value"
msgstr "JSONの値の終わりの後にまだ文字があります"

msgid "the end of the text"
msgstr "テキストの終わり"

msgid "nested too deeply"
msgstr "入れ子が深すぎます"

msgid "a key in \"quotes\" was expected, found {1} (a comma before } is not allowed)"
msgstr "\"引用符\"で囲んだキーがあるべきところに{1}があります（} の前にカンマは置けません）"

msgid "\":\" was expected after the key, found {1}"
msgstr "キーの後に \":\" があるべきところに{1}があります"

msgid "\",\" or \"}\" was expected, found {1}"
msgstr "\",\" か \"}\" があるべきところに{1}があります"

msgid "--all goes with --format json"
msgstr "--all は --format json と一緒に指定します。"

msgid "write e.g. ladder export --all --format json > store.json"
msgstr "例：ladder export --all --format json > store.json"

msgid "--all exports every case whole: give no case numbers, --ics or --redact with it"
msgstr "--all はすべての案件をそのまま書き出します。案件番号、--ics、--redact は一緒に指定できません。"

msgid "--org goes with --taskwarrior"
msgstr "--org は --taskwarrior と一緒に指定します。"

msgid "write e.g. ladder import --taskwarrior tasks.json --org \"Example Mobile\""
msgstr "例：ladder import --taskwarrior tasks.json --org \"Example Mobile\""

msgid "the store has case files it cannot read, so their cases could be added twice; nothing was imported"
msgstr "ストアに読めない案件ファイルがあり、その案件が二重に追加されるおそれがあります。何も取り込んでいません。"

msgid "see them with: ladder doctor"
msgstr "ladder doctor で確認してください。"

msgid "standard input"
msgstr "標準入力"

msgid "there is no file {1}"
msgstr "ファイル「{1}」がありません。"

msgid "write e.g. ladder import store.json, or - to read standard input"
msgstr "例：ladder import store.json（標準入力から読むなら -）"


msgid "{1} is larger than {2} MiB; nothing was imported"
msgstr "{1}は{2} MiBを超えています。何も取り込んでいません。"

msgid "Nothing to import: this store already has every case and event in {1}."
msgstr "取り込むものはありません。{1}の案件とイベントはすべてこのストアにあります。"

msgid "Imported from {1}: new cases {2}, events added to cases here {3}, cases already whole {4}."
msgstr "{1}から取り込みました：新しい案件{2}件、既存の案件に加えたイベント{3}件、変更のない案件{4}件。"

msgid "Case {1} is case {2} here: {3} was taken."
msgstr "案件{1}はここでは案件{2}です（{3}は使用済みのため）。"

msgid "Recurring task templates left out: {1} (their instances are tasks of their own)."
msgstr "繰り返しタスクのひな形{1}件は除きました（各回はそれぞれ別のタスクです）。"

msgid "there is no store at {1} yet: nothing to back up"
msgstr "{1}にはまだストアがありません。バックアップするものがありません"

msgid "give the store with --store DIR or LADDER_STORE"
msgstr "--store DIR か LADDER_STORE でストアを指定してください。"

msgid "write e.g. ladder backup ~/backups/ladder.tar.gz"
msgstr "例：ladder backup ~/backups/ladder.tar.gz"

msgid "Backed up {1} to {2}."
msgstr "{1}を{2}にバックアップしました。"

msgid "cannot run tar ({1}); nothing was written"
msgstr "tar を実行できません（{1}）。何も書き込んでいません。"

msgid "tar failed with status {1} (its message is above); nothing was written"
msgstr "tar が終了ステータス{1}で失敗しました（メッセージは上にあります）。何も書き込んでいません。"

msgid "it was changed by another ladder while you edited it; it was left as that one wrote it"
msgstr "編集中に別の ladder が書き換えました。そちらが書いた内容のままにしてあります"

msgid "run ladder config --edit again"
msgstr "もう一度 ladder config --edit を実行してください。"

msgid "fix it with: ladder config --edit"
msgstr "ladder config --edit で直してください。"

msgid "{1}: there is no config yet; every default applies (ladder config --edit makes one)"
msgstr "{1}：設定ファイルはまだありません。すべて既定値です（ladder config --edit で作れます）。"

msgid "{1}: it reads well (organisations: {2})"
msgstr "{1}：問題なく読めます（会社：{2}件）。"

msgid "The config was not changed."
msgstr "設定は変更していません。"

msgid "{1}: saved; it reads well."
msgstr "{1}：保存しました。問題なく読めます。"

msgid "The config was left as it was; your edit is kept in {1}."
msgstr "設定は元のままです。編集した内容は{1}に残してあります。"

msgid "edit again? [Y/n] "
msgstr "もう一度編集しますか？ [Y/n] "

msgid "cannot create a file for the editor in {1}"
msgstr "{1}にエディター用のファイルを作れません"

msgid "the file the editor had is gone: {1}; the config was left as it was"
msgstr "エディターで開いたファイルがなくなりました：{1}。設定は元のままです"

msgid "the editor \"{1}\" stopped with status {2}; the config was left as it was"
msgstr "エディター「{1}」が終了ステータス{2}で終わりました。設定は元のままです"
# ==== Front end, round 3 ====

msgid "choose {1} under {2}, or - under {3}"
msgstr "「{2}」で「{1}」を選ぶか、「{3}」を「-」にしてください。"

msgid "choose {1} under {2}, or empty {3}"
msgstr "「{2}」で「{1}」を選ぶか、「{3}」を空にしてください。"

msgid "choose another rung under {1} with Left/Right"
msgstr "「{1}」で別の段階を Left/Right で選んでください。"

msgid "write the promise under {1} and its due time under {2}, or empty both"
msgstr "「{1}」に約束の中身を、「{2}」にその期限を書くか、両方とも空にしてください。"

msgid " (+{1} watched)"
msgstr "（ほか見守り{1}件）"

msgid "(+1 watched)"
msgstr "（ほか見守り1件）"

msgid "closed cases whose promise is awaited until it is due: listed, and counted in overdue when late"
msgstr "終了後も約束を期限まで見守っている案件。一覧に出し、期限を過ぎれば期限切れに数えます。"

msgid "Copy the brief of case {1}"
msgstr "案件{1}の要約をコピー"

msgid "Limit"
msgstr "文字数の上限"

msgid "(none) the whole brief"
msgstr "（なし）要約の全文"

msgid "the web form's limit in characters, e.g. 400: the brief is cut to fit; empty copies it whole"
msgstr "Webフォームの文字数の上限。例：400。要約を上限に収めます。空なら全文をコピーします。"

msgid "cannot read \"{1}\" as a number of characters"
msgstr "「{1}」を文字数として読めません。"

msgid "write e.g. 400, or leave it empty for the whole brief"
msgstr "例：400。全文なら空のままにしてください。"

msgid "shorten the request (R on the case) or give a larger limit"
msgstr "要望を短くする（案件で R）か、上限を大きくしてください。"

msgid "the brief of case {1}, cut to {2}"
msgstr "案件{1}の要約（{2}文字以内）"

msgid "1 case"
msgstr "1件"

msgid "{1} cases"
msgstr "{1}件"

msgid "Enter copies; Esc cancels"
msgstr "Enter でコピーします。Esc でやめます。"

msgid "should be a whole number above 0"
msgstr "1以上の整数にしてください。"

msgid "write e.g. 400"
msgstr "例：400"

msgid "sync: sent changes to {1} to {2}"
msgstr "同期: {1} の変更を {2} へ送りました。"

msgid "escalated to {1}, where it already was"
msgstr "{1}へエスカレーション（すでにそこにあった）"

msgid "case {1} is now \"{2}\" (from another machine); your \"{3}\", case {4} here before the sync, is now case {5}"
msgstr "案件{1}は今は別の端末の「{2}」です。同期の前にこの端末で{4}番だった「{3}」は、今は案件{5}です。"

msgid "git is in the middle of a merge in {1}; finish it (git commit) or take it back (git merge --abort), then ladder sync"
msgstr "{1} で git がマージの途中です。終える（git commit）か取り消して（git merge --abort）から、ladder sync を実行してください。"

# ==== Command-line help (Sources/ladder): abstracts, discussions, options ====

# ---- help, part A ----
msgid "Open a new case (quick-add)."
msgstr "新しい案件を登録します（クイック登録）。"

msgid "Example: ladder add Mail from two handsets bounces --org \"Example Mobile\" --rung shop --await \"call back with a fix\" --due 17:00\nEach --due belongs to the --await or --owe just before it; without one, the rung's reply window applies (set per organisation: ladder org edit NAME --window; man 5 ladder-store). --due also takes business time: \"2 business days\", 8bh."
msgstr "例：ladder add 2台の携帯からのメールが届かない --org \"サンプル携帯\" --rung 店舗 --await \"直し方を折り返し電話で連絡\" --due 17:00\n--due は、そのすぐ前の --await か --owe の期限です。--due がなければ、その段階の返事の期限が使われます（相手先ごとの設定：ladder org edit NAME --window。man 5 ladder-store）。--due には営業時間も書けます：\"2 business days\"、8bh、3営業日。"

msgid "What is wrong, in a few words."
msgstr "何が問題か、短い言葉で。"

msgid "The company."
msgstr "相手先の会社。"

msgid "The product or service concerned."
msgstr "対象の製品やサービス。"

msgid "The rung the case starts on."
msgstr "案件の最初の段階。"

msgid "A reference number of theirs (customer, ticket, case); repeatable."
msgstr "先方の参照番号（お客様番号、問い合わせ番号、受付番号）。何度でも指定できます。"

msgid "A tag; repeatable."
msgstr "タグ。何度でも指定できます。"

msgid "A note to open the case with."
msgstr "登録時に付けるメモ。"

msgid "When it started (default: now), e.g. \"wed 15:00\", -2h."
msgstr "始まった日時（既定：現在）。例：\"wed 15:00\"、-2h、2時間前。"

msgid "A reply they owe you; repeatable."
msgstr "先方から待っている返事。何度でも指定できます。"

msgid "A reply you owe them; repeatable."
msgstr "自分が先方に返す返事。何度でも指定できます。"

msgid "When the reply before it is due, e.g. 17:00, tomorrow, 2h."
msgstr "直前の返事の期限。例：17:00、tomorrow、2h、明日、2時間後。"

msgid "Print the new case as JSON."
msgstr "登録した案件を JSON で出力します。"

msgid "Write the store to a dated tar.gz (ladder-backup-2026-12-02.tar.gz), without its index, lock and temp files."
msgstr "ストアを日付入りの tar.gz（ladder-backup-2026-12-02.tar.gz）に書き出します。索引、ロック、一時ファイルは含めません。"

msgid "The archive holds the store folder's contents (cases/, numbers, backup/) and is made with the system's tar while no other ladder writes; the file is replaced whole or not at all. To restore into a new store: mkdir NEW && tar -xzf FILE -C NEW, then use --store NEW or LADDER_STORE=NEW (man 5 ladder-store). A new archive is readable by you alone; a second one the same day is named ladder-backup-DATE-2.tar.gz."
msgstr "アーカイブにはストアのフォルダーの中身（cases/、numbers、backup/）が入ります。ほかの ladder が書き込んでいない間に、システムの tar で作ります。ファイルは丸ごと置き換わるか、まったく変わらないかのどちらかです。新しいストアに戻すには：mkdir NEW && tar -xzf FILE -C NEW を実行し、--store NEW か LADDER_STORE=NEW を使います（man 5 ladder-store）。新しいアーカイブを読めるのはあなただけです。同じ日の2つ目は ladder-backup-DATE-2.tar.gz という名前になります。"

msgid "The archive to write (default: ladder-backup-DATE.tar.gz here)."
msgstr "書き出すアーカイブ（既定：今いるフォルダーの ladder-backup-DATE.tar.gz）。"

msgid "What a new representative needs, most important first; fits a web form with --max-chars."
msgstr "新しい担当者に伝えることを、大事なものから順に書きます。--max-chars でウェブフォームの字数に収めます。"

msgid "What is wrong and since when, the reference numbers, what has been tried on each rung, what they promised and what became of it, and what you ask for (set it with ladder ask). With --max-chars it drops detail in a fixed order (old contacts, then promises, then the history line), counting as web forms do: UTF-16 code units, a line break as 2. The title, the references and the request are never cut: when they alone do not fit, it says so (exit 65)."
msgstr "何がいつから問題か、受付番号、各段階で試したこと、先方が約束したこととその結果、そして依頼事項（ladder ask で設定）を書きます。--max-chars を付けると、決まった順（古い連絡、次に約束、次に経緯の行）で詳細を省きます。数え方はウェブフォームと同じで、UTF-16 のコード単位、改行は2と数えます。件名、受付番号、依頼事項は省きません。それだけで収まらないときは、そう伝えます（終了ステータス 65）。"

msgid "The case number."
msgstr "案件番号。"

msgid "The form's limit."
msgstr "フォームの文字数の上限。"

msgid "Print the brief as JSON, with its language and length (man 5 ladder-store)."
msgstr "要約を、言語と長さを添えて JSON で出力します（man 5 ladder-store）。"

msgid "Set what you ask the company for now (the brief's last line)."
msgstr "今、相手先に求めること（依頼事項）を設定します（要約の最後の行）。"

msgid "Example: ladder ask 3 a refund of the two months and a written cause. The timeline keeps earlier requests."
msgstr "例：ladder ask 3 2か月分の返金と、原因の書面での説明。以前の依頼事項は経過記録に残ります。"

msgid "What you ask for."
msgstr "求めること（依頼事項）。"

msgid "Write it in $EDITOR, starting from the current request."
msgstr "今の依頼事項をもとに、$EDITOR で書きます。"

msgid "Check the config file, or edit it (--edit) in $VISUAL or $EDITOR with the check on saving."
msgstr "設定ファイルを確かめるか、$VISUAL か $EDITOR で編集します（--edit）。保存したときに確認します。"

msgid "ladder config prints where the config is and whether it reads (exit 78 when not). ladder config --edit opens a copy of it in $VISUAL, else $EDITOR, else vi, and checks it when the editor exits, as crontab -e does: if it reads, it replaces the config; if not, ladder says what is wrong (JSON errors by line and column) and, on a terminal, asks whether to edit again. Without a terminal, or when you answer no, the config stays as it was (exit 78) and your edit is kept in a file it names."
msgstr "ladder config は、設定ファイルの場所と、読めるかどうかを表示します（読めなければ終了ステータス 78）。ladder config --edit は、設定ファイルの写しを $VISUAL（なければ $EDITOR、それもなければ vi）で開き、crontab -e と同じように、エディターを終えたときに確認します。読めれば設定ファイルを置き換えます。読めなければ何が問題かを示し（JSON の誤りは行と列で）、端末ではもう一度編集するかを尋ねます。端末がないとき、またはいいえと答えたときは、設定ファイルは元のまま（終了ステータス 78）で、編集した内容は ladder が示すファイルに残ります。"

msgid "Edit the config in your editor; it is checked before it replaces the old one."
msgstr "設定ファイルをエディターで編集します。古い設定を置き換える前に確認します。"

msgid "Check the whole store; with --repair, fix what is safe to fix (keeping a backup)."
msgstr "ストア全体を確認します。--repair を付けると、安全に直せるものを直します（バックアップを残します）。"

msgid "Reads every case file and the index, and looks at permissions, leftovers of interrupted writes, the config file, and what syncing can leave (a sync tool's copy of a case file, conflict markers or lines twice in one, two cases claiming one number, files of an older format). --repair narrows permissions to 0700/0600, moves leftovers and a stale index into backup/doctor-<time>/ and makes the index again; it merges sync copies and tidies case files a merge left untidy, every line kept once and the files as they were kept in backup/; it records the number a clashing case shows under. A damaged case file is never changed: it is named with how to fix it. Exit status: 0 when nothing is wrong (after repairs), 1 when something still is."
msgstr "すべての案件ファイルと索引を読み、権限、中断した書き込みの残り、設定ファイル、同期で残りうるもの（同期ツールが作った案件ファイルの写し、1つのファイル内の競合マーカーや二重の行、同じ番号を名乗る2つの案件、古い形式のファイル）を調べます。--repair は、権限を 0700/0600 に狭め、書き込みの残りと古くなった索引を backup/doctor-<time>/ へ移して索引を作り直します。同期の写しはマージし、マージで乱れた案件ファイルを整えます。どの行も一度ずつ残し、元のファイルは backup/ に残します。番号が重なった案件には、表示に使う番号を記録します。壊れた案件ファイルは決して変更せず、直し方とともにファイル名を示します。終了ステータス：（修復の後で）問題がなければ 0、まだ問題があれば 1。"

msgid "Repair what is safe to repair."
msgstr "安全に直せるものを修復します。"

msgid "Convert a store of an older format now (the next change does it anyway), keeping the old files in backup/."
msgstr "古い形式のストアを今すぐ変換します（次の変更でも変換されます）。古いファイルは backup/ に残します。"

msgid "Print what was found as JSON (man 5 ladder-store)."
msgstr "見つかったことを JSON で出力します（man 5 ladder-store）。"

msgid "Move a case up the ladder (or back down with --to)."
msgstr "案件の段階を上げます（--to で下へ戻すこともできます）。"

msgid "Example: ladder escalate 3 --reason \"no acknowledgement in 2 days\"\nPromises of theirs still open on the rung the case leaves stay open (shown as still owed by that rung, and no reason to climb again), unless --carry raises each again on the new rung or --break-open counts them broken. In a terminal, ladder asks."
msgstr "例：ladder escalate 3 --reason \"2日たっても受付の連絡がない\"\n案件が離れる段階で未済の先方の約束は、そのまま未済で残ります（その段階の未済の返事として表示され、再びエスカレーションする理由にはなりません）。ただし、--carry を付けると新しい段階でそれぞれ改めて求め、--break-open を付けると不履行とします。端末では ladder が尋ねます。"

msgid "The rung to move to (default: the next one up)."
msgstr "移る先の段階（既定：一つ上の段階）。"

msgid "Why."
msgstr "理由。"

msgid "When it happened (default: now)."
msgstr "起きた日時（既定：現在）。"

msgid "Raise the promises still open on the rung it leaves again on the new rung, with its reply window."
msgstr "離れる段階で未済の約束を、新しい段階で改めて求めます（期限は新しい段階の返事の期限）。"

msgid "Count the promises still open on the rung it leaves as broken."
msgstr "離れる段階で未済の約束を不履行とします。"

msgid "The store folder (default: $LADDER_STORE, else $XDG_DATA_HOME/ladder, else ~/.local/share/ladder)."
msgstr "ストアのフォルダー（既定：$LADDER_STORE、なければ $XDG_DATA_HOME/ladder、それもなければ ~/.local/share/ladder）。"

msgid "The language of screens, messages and documents: ja or en (default: config's language, else LC_ALL, LC_MESSAGES, LANG)."
msgstr "画面、メッセージ、文書の言語。ja か en（既定：設定ファイルの言語、なければ LC_ALL、LC_MESSAGES、LANG）。"

msgid "Track complaints as they climb a company's escalation ladder."
msgstr "会社への苦情を、エスカレーションの段階を上るごとに記録して追跡します。"

msgid "Every case sits on a rung (shop, call-centre, technical-desk, executive, regulator) and keeps a timeline of contacts, escalations and promised replies. Times such as --at and --due take words like 17:00, tomorrow 9:00, fri, 6/2, in 2h, -30m, eod, next monday, 2026-07-20T15:00, P2D, and for due times \"2 business days\". Without a subcommand, ladder opens the full-screen front end (? there lists every key; try it with: ladder demo). Free text given as - is read from standard input.\n\nExit status:\n  0    done; for reports and doctor, nothing is overdue or wrong\n  1    reports: a reply is overdue (either way); doctor: a problem remains\n  64   usage: a flag, a value or a date could not be read\n  65   data: no such case, a due time before its event, a damaged file\n  69   the front end: the terminal type is unknown to ncurses; sync: no git\n  74   the store could not be read, written or locked (over 10 s)\n  75   sync: the remote could not be reached or refused the push (try again)\n  78   the config file cannot be used (bad JSON, an unknown key, bad hours);\n       sync: the store is not a git repository, or the remote not a ladder store\n  130, 143, 129   the front end was ended by Ctrl-C, SIGTERM or SIGHUP\n\nMore: man ladder; the store, the config and the JSON output: man 5 ladder-store."
msgstr "どの案件もいずれかの段階（shop、call-centre、technical-desk、executive、regulator。店舗、コールセンター、技術窓口、本社・相談室、行政・相談機関とも書けます）にあり、連絡、エスカレーション、約束された返事の経過記録を持ちます。--at や --due などの日時には、17:00、tomorrow 9:00、fri、6/2、in 2h、-30m、eod、next monday、2026-07-20T15:00、P2D のような言葉（明日15時、金曜、2時間後 なども）が使え、期限には \"2 business days\"（日本語なら 3営業日 のように）も使えます。サブコマンドなしで実行すると、ladder は全画面表示を開きます（そこで ? を押すとすべてのキーが出ます。試すには：ladder demo）。自由記述の文字列を - とすると、標準入力から読みます。\n\n終了ステータス：\n  0    完了。レポートと doctor では、期限切れも問題もない\n  1    レポート：期限切れの返事がある（先方・自分のどちらでも）。doctor：問題が残っている\n  64   使い方：フラグ、値、日時のどれかが読めない\n  65   データ：案件がない、期限が出来事より前、ファイルが壊れている\n  69   全画面表示：端末の種類を ncurses が知らない。同期：git がない\n  74   ストアを読めない、書けない、ロックできない（10秒を超えた）\n  75   同期：リモートに接続できないか、push を拒否された（もう一度試してください）\n  78   設定ファイルが使えない（JSON の誤り、知らないキー、営業時間の誤り）。\n       同期：ストアが git リポジトリでない、またはリモートが ladder のストアでない\n  130, 143, 129   全画面表示が Ctrl-C、SIGTERM、SIGHUP で終了した\n\n詳しくは：man ladder。ストア、設定ファイル、JSON 出力については：man 5 ladder-store。"

msgid "Colour on a terminal: auto (not in pipes, not under NO_COLOR), always or never."
msgstr "端末での色付け：auto（パイプへの出力と NO_COLOR の設定時は付けない）、always、never のいずれか。"

msgid "Print long output straight to the terminal, without $LADDER_PAGER, $PAGER or less."
msgstr "長い出力も $LADDER_PAGER、$PAGER、less を通さず、そのまま端末に出力します。"

# ---- help, part B ----
msgid "A case written up (markdown, html, json; --redact for publishing), or pending replies as calendar entries (--ics)."
msgstr "案件をまとめた文書（markdown、html、json。公開用なら --redact）か、未済の返事をカレンダーの予定（--ics）として書き出します。"

msgid "ladder export CASE --format markdown|html|json [--redact] writes one case up for publishing or for an ombudsman: the ladder with the time on each rung, every contact with hold times, every promise and what became of it, and the dated timeline. HTML is one self-contained file. --redact replaces the people the case names (every form of their names), e-mail addresses and phone numbers with placeholders (the same person is always \"Agent A\"), keeps the company and its desks, and lists on standard error what it replaced and every possible name it kept (Japanese has no spaces: a surname alone counts only where it stands as a name); --redact-also and --keep decide otherwise. ladder export --all --format json prints the whole store as one JSON document, every case with its events as stored, for ladder import on another store. ladder export --ics [CASE...] prints every promised reply of the cases (or of the cases named) as an iCalendar event at its due time, with an alarm --alarm before it (default 30m); each keeps its UID, and a cleared reply comes back cancelled, so calendar programs that update by UID follow along. A due given as a day is an all-day event. --output FILE replaces FILE whole or not at all, for a calendar subscription: ladder export --ics --output ~/calendars/ladder.ics."
msgstr "ladder export CASE --format markdown|html|json [--redact] は、1件の案件を、公開するためや相談機関に出すための文書にまとめます。内容は、段階ごとの期間、保留時間を含むすべての連絡、すべての約束とその結果、日付入りの経過記録です。HTML は1つで完結したファイルです。--redact は、案件に出てくる人（名前のどの書き方も）、メールアドレス、電話番号を伏せ字に置き換え（同じ人はいつも同じ伏せ字で、例えば「担当者A」、英語の文書では \"Agent A\"）、会社とその部署はそのまま残し、置き換えたものと、名前かもしれないのに残した語をすべて標準エラー出力に一覧します（日本語には空白がないため、名字だけの語は名前として書かれている所でだけ名前と数えます）。--redact-also と --keep で、この判断を変えられます。ladder export --all --format json は、ストア全体を1つの JSON 文書として出力します。すべての案件を、記録されたとおりのイベントとともに含み、別のストアで ladder import するためのものです。ladder export --ics [CASE...] は、各案件（指定した案件だけにもできます）で約束されたすべての返事を、期限の時刻の iCalendar のイベントとして出力し、その --alarm 前（既定は 30m）にアラームを付けます。どのイベントも UID は変わらず、済んだ返事は取り消し（cancelled）として出力されるので、UID で更新するカレンダーソフトはそのまま追従します。期限が日付だけのものは終日の予定になります。--output FILE は、FILE を丸ごと置き換えるか、まったく変えないかのどちらかなので、カレンダーの購読に使えます。例：ladder export --ics --output ~/calendars/ladder.ics"

msgid "The cases (default: every open case)."
msgstr "対象の案件（既定は対応中のすべての案件）。"

msgid "markdown, html or json: a write-up of one case."
msgstr "markdown、html、json のどれか。1件の案件をまとめた文書を書き出します。"

msgid "With --format: replace staff names, e-mail addresses and phone numbers."
msgstr "（--format と一緒に）担当者名、メールアドレス、電話番号を伏せ字にします。"

msgid "With --redact: a word to redact wherever it stands; repeatable."
msgstr "（--redact と一緒に）どこにあっても伏せ字にする語。繰り返し指定できます。"

msgid "With --redact: a word never to redact (a place, a building); repeatable."
msgstr "（--redact と一緒に）伏せ字にしない語（地名、建物名など）。繰り返し指定できます。"

msgid "With --redact: keep the numbers and addresses configured for the organisation's contact points."
msgstr "（--redact と一緒に）相手先の窓口として設定した番号とアドレスは伏せ字にしません。"

msgid "Calendar entries for pending replies (RFC 5545)."
msgstr "未済の返事をカレンダーの予定として書き出します（RFC 5545）。"

msgid "With --format json: the whole store, every case with its events, for ladder import."
msgstr "（--format json と一緒に）ストア全体。すべての案件をイベントとともに書き出します（ladder import 用）。"

msgid "How long before a due time the alarm goes off, e.g. 30m, 1h."
msgstr "期限のどれだけ前にアラームを鳴らすか（例：30m、1h）。"

msgid "With --ics or --all: write to this file, replacing it atomically (for a calendar subscription)."
msgstr "（--ics か --all と一緒に）このファイルに書き出します。ファイルは一度に丸ごと置き換えます（カレンダーの購読用）。"

msgid "Try the front end on a throwaway store of sample cases."
msgstr "使い捨てのストアに入れた見本の案件で、画面表示を試します。"

msgid "Five invented cases in English and Japanese. Your own store is not touched; the sample store is deleted when you quit."
msgstr "英語と日本語の架空の案件が5件入っています。ご自分のストアには手を付けません。見本のストアは終了すると削除されます。"

msgid "Keep the sample store and print where it is, instead of deleting it."
msgstr "見本のストアを削除せずに残し、その場所を表示します。"

msgid "Bring cases in from ladder export --all --format json, or from Taskwarrior's task export (--taskwarrior)."
msgstr "ladder export --all --format json の出力か、Taskwarrior の task export の出力（--taskwarrior）から案件を取り込みます。"

msgid "Cases are matched by id and events by id: a case this store has gets the events it lacks, a new case is added (under its own number if this store never gave that number out, else the next one). Importing the same file again changes nothing. With --taskwarrior, each task is a case: description the title, project the organisation (else --org), tags the tags (a rung's name sets the rung), entry when it opened, due a reply you owe, annotations notes; completed closes it as resolved, deleted as abandoned; its uuid is the case's id, so a later export adds only what is new. FILE - reads standard input: task export | ladder import --taskwarrior -. A file that cannot be read whole imports nothing."
msgstr "案件は id で、イベントも id で照合します。このストアにある案件には足りないイベントを加え、ない案件は新しく追加します（このストアがその番号をまだ一度も使っていなければ元の番号で、使っていれば次の番号で）。同じファイルをもう一度取り込んでも何も変わりません。--taskwarrior では、タスク1つが案件1件になります。description が件名、project が相手先（なければ --org）、tags がタグ（段階の名前なら段階を決めます）、entry が開始日時、due が自分の返事（の期限）、annotations がメモです。completed は解決として、deleted は断念として案件を終了します。uuid が案件の id になるので、あとで書き出したものを取り込むと、新しい分だけが加わります。FILE に - を指定すると標準入力から読みます。例：task export | ladder import --taskwarrior -。丸ごと読めないファイルからは何も取り込みません。"

msgid "The file to import, or - for standard input."
msgstr "取り込むファイル。標準入力から読むなら -。"

msgid "The file is Taskwarrior's `task export`."
msgstr "ファイルは Taskwarrior の `task export` の出力です。"

msgid "With --taskwarrior: the organisation of tasks that have no project."
msgstr "（--taskwarrior と一緒に）project のないタスクの相手先。"

msgid "List open cases, most urgent first."
msgstr "対応中の案件を、急ぐものから順に一覧します。"

msgid "Overdue replies first, then the soonest due, then the longest silence."
msgstr "期限切れの返事があるものが先、次に期限が近いもの、次に連絡のない期間が長いものの順です。"

msgid "Include resolved and abandoned cases."
msgstr "解決・断念した案件も含めます。"

msgid "Only cases whose organisation contains this text."
msgstr "相手先にこの文字列を含む案件だけ。"

msgid "Only cases whose text has every word, as the front end's / filter reads them."
msgstr "すべての語を含む案件だけ（画面表示の / による絞り込みと同じ読み方）。"

msgid "Full-width and half-width forms, katakana and hiragana, and case are one: ｄｏｃｏｍｏ finds docomo, ﾄﾞｺﾓ finds ドコモ."
msgstr "全角と半角、カタカナとひらがな、大文字と小文字は区別しません。ｄｏｃｏｍｏ で docomo が、ﾄﾞｺﾓ で ドコモ が見つかります。"

msgid "Only cases on this rung."
msgstr "この段階にある案件だけ。"

msgid "Only cases with this tag."
msgstr "このタグが付いた案件だけ。"

msgid "Only cases with an overdue reply."
msgstr "期限切れの返事がある案件だけ。"

msgid "Print a JSON array of case objects (man 5 ladder-store)."
msgstr "案件オブジェクトの JSON 配列を出力します（man 5 ladder-store）。"

msgid "Record a contact, a failed attempt at one, or a missed call."
msgstr "連絡、つながらなかった連絡、不在着信を記録します。"

msgid "Example: ladder log 3 --via phone --desk \"fault desk\" --with \"Sato\" --held 40m --took 30m --at \"fri 10:30\" --note \"must repeat it all later\"\nThe contact's rung: --rung if given; else the rung of the contact point that --desk (or --with) names in the config; else the case's rung at the time. ladder says which.\nA missed call or voicemail (--missed, with --number for the number they left) is shown but is not an answer: it keeps no promise and does not end a silence."
msgstr "例：ladder log 3 --via 電話 --desk \"故障受付\" --with \"佐藤\" --held 40m --took 30m --at \"金曜 10:30\" --note \"後で全部説明し直す必要あり\"\n連絡の段階：--rung があればそれ、なければ --desk（か --with）が指す設定ファイルの窓口の段階、それもなければその時点の案件の段階です。どれになったかは ladder が表示します。\n不在着信や留守番電話（--missed。残された番号は --number）は表示されますが、返事ではありません。約束を果たしたことにはならず、連絡のない期間も途切れません。"

msgid "How: {1} (post is letter)."
msgstr "連絡の手段：{1}（post は letter として扱います。電話、メール、来店、郵便など日本語でも書けます）。"

msgid "Why an attempt failed (implies --failed): {1}."
msgstr "つながらなかった理由（--failed を兼ねます）：{1}（応答なし、番号違いなど日本語でも書けます）。"

msgid "The rung it happened on (default: the contact point's, else the case's rung at that time)."
msgstr "連絡した段階（既定は窓口の段階、なければその時点の案件の段階）。"

msgid "The person spoken to (redacted in a published write-up)."
msgstr "話した担当者（公開用の文書では伏せ字になります）。"

msgid "The desk or contact point (never redacted); a configured contact point sets the rung."
msgstr "部署や窓口（伏せ字にはなりません）。設定した窓口なら、その窓口の段階で記録します。"

msgid "With --missed: the number they left."
msgstr "（--missed と一緒に）先方が残した番号。"

msgid "Time on hold or waiting, e.g. 40m (24h at the most)."
msgstr "保留や待ちの時間（例：40m。最長 24h）。"

msgid "How long it lasted, e.g. 30m (24h at the most)."
msgstr "かかった時間（例：30m。最長 24h）。"

msgid "What was said."
msgstr "話した内容。"

msgid "Write what was said in $EDITOR."
msgstr "話した内容を $EDITOR で書きます。"

msgid "Log an e-mail on its case: a contact, the reply it awaits or settles, a bounce."
msgstr "メールを該当する案件に記録します（連絡、そのメールが待つ返事や消し込む返事、不達）。"

msgid "Reads one message (FILE, or standard input with - or nothing), or every message of a Maildir not read before (--maildir; the files are left as they are). The case: a mail of its thread already logged, else a case reference (--ref) in it, else an address of a configured contact point; ladder says which rule matched. See Docs/Mail.md.\nExample: ladder mail message.eml    ladder mail --maildir ~/Maildir/.companies --no-clear"
msgstr "メールを1通（FILE、または - か指定なしで標準入力）、または Maildir のまだ読んでいないすべてのメール（--maildir。ファイルはそのまま残します）を読みます。案件の決め方は、同じスレッドのメールが記録済みならその案件、なければメール中の案件の参照番号（--ref）、それもなければ設定した窓口のアドレスです。どの規則で決まったかは ladder が表示します。詳しくは Docs/Mail.md をご覧ください。\n例：ladder mail message.eml    ladder mail --maildir ~/Maildir/.companies --no-clear"

msgid "The message file; - or nothing: standard input."
msgstr "メールのファイル。- か指定なしなら標準入力。"

msgid "Read every message in DIR/new and DIR/cur not read before (remembered per machine in the store folder)."
msgstr "DIR/new と DIR/cur にある、まだ読んでいないメールをすべて読みます（読んだものはマシンごとにストアのフォルダーで覚えておきます）。"

msgid "Show what would be recorded; write nothing."
msgstr "記録する内容を表示するだけで、何も書き込みません。"

msgid "Log it on this case, whatever the rules say."
msgstr "規則にかかわらず、この案件に記録します。"

msgid "An answer clears the reply it answers, without asking."
msgstr "回答のメールなら、確かめずに、回答に当たる返事を消し込みます。"

msgid "An answer clears nothing."
msgstr "回答のメールでも何も消し込みません。"

msgid "With --clear: the reply it answers, by its number, when several may be."
msgstr "（--clear と一緒に）回答に当たりうる返事が複数あるとき、どの返事かをその番号で指定します。"

msgid "A mail you send awaits no reply, even to a contact point with a reply window."
msgstr "送ったメールでは返事待ちを登録しません。返答期限のある窓口宛てでも同じです。"

msgid "Merge two versions of a case file for git (run by git, set up by ladder sync --init)."
msgstr "git のために案件ファイルの2つの版をマージします（git が実行し、ladder sync --init が設定します）。"

msgid "git runs it as: ladder merge-driver %O %A %B %P. It writes into the second file the union of both versions' events, each once, in the order every machine agrees on, and exits 0. When a side is not a case file, it writes the union of their lines and exits 1, so git reports a conflict and nothing is lost."
msgstr "git は次の形で実行します：ladder merge-driver %O %A %B %P。両方の版のイベントを合わせ、それぞれ1回ずつ、どのマシンでも同じになる順に2番目のファイルへ書き、終了ステータス 0 で終わります。どちらかが案件ファイルでないときは、両方の行を合わせて書き、1 で終わるので、git が衝突として知らせ、何も失われません。"

msgid "The common ancestor's version (%O; not needed: events are only added)."
msgstr "共通の祖先の版（%O。イベントは追加されるだけなので使いません）。"

msgid "Ours (%A): the merge is written here."
msgstr "こちら側（%A）。マージの結果はここに書きます。"

msgid "Theirs (%B)."
msgstr "相手側（%B）。"

msgid "The file's path in the repository (%P), for messages."
msgstr "リポジトリ内のファイルのパス（%P）。メッセージに使います。"

msgid "List the organisations in the config."
msgstr "設定ファイルにある相手先を一覧します。"

msgid "Print a JSON array of organisation objects (man 5 ladder-store)."
msgstr "相手先オブジェクトの JSON 配列を出力します（man 5 ladder-store）。"

msgid "Show an organisation: clocks, hours and contact points, open or closed now."
msgstr "相手先を表示します：時間の設定（タイムゾーン、休業日、返答期限など）、営業時間、窓口と、いま営業中かどうか。"

msgid "The organisation's name or alias."
msgstr "相手先の名前か別名。"

msgid "Print the organisation as JSON (man 5 ladder-store)."
msgstr "相手先を JSON で出力します（man 5 ladder-store）。"

msgid "Show a case: its ladder, pending replies and timeline."
msgstr "案件を表示します：段階ごとの経過、未済の返事、経過記録。"

msgid "Print the case as JSON, with its events (man 5 ladder-store)."
msgstr "案件をイベントとともに JSON で出力します（man 5 ladder-store）。"

# ---- help, part C ----
msgid "Add a note to a case's timeline."
msgstr "案件の経過記録にメモを追加します。"

msgid "The note."
msgstr "メモの内容。"

msgid "Write the note in $EDITOR."
msgstr "メモを $EDITOR で書きます。"

msgid "Correct a case's title, organisation, product, references or tags."
msgstr "案件の件名・相手先・製品・参照番号・タグを修正します。"

msgid "The correction is a new event; the timeline keeps what was there before."
msgstr "修正は新しい出来事として記録します。経過記録には修正前の内容も残ります。"

msgid "A new title."
msgstr "新しい件名。"

msgid "A new organisation."
msgstr "新しい相手先。"

msgid "A new product (empty to remove)."
msgstr "新しい製品名（空にすると削除します）。"

msgid "Add a reference number; repeatable."
msgstr "参照番号を追加します。複数回指定できます。"

msgid "Remove a reference number; repeatable."
msgstr "参照番号を削除します。複数回指定できます。"

msgid "Add a tag; repeatable."
msgstr "タグを追加します。複数回指定できます。"

msgid "Remove a tag; repeatable."
msgstr "タグを削除します。複数回指定できます。"

msgid "Close a case with its outcome, and judge their final answer with the apology test."
msgstr "案件を結果とともにクローズし、先方の最終的な回答を謝罪の評価で判定します。"

msgid "Outcomes: resolved, partly-resolved, abandoned, taken-to-regulator. A reply still pending when the case closes is judged by its own due time: one already overdue counts as broken, one not yet due stays watched on the closed case until you clear it (--broken-open counts them all broken now). The apology test (any of --acknowledged-event, --explained-cause, --acknowledged-trouble, --promise): did they acknowledge what happened, explain its cause, acknowledge your trouble, and make a concrete promise (what, --by when) rather than a general declaration? A concrete promise becomes a pending reply owed by them, watched on the closed case until you clear it. Example: ladder close 3 --outcome partly-resolved --acknowledged-event --promise \"refund of two months\" --by 2026-08-31"
msgstr "結果：resolved（解決）、partly-resolved（一部解決）、abandoned（断念）、taken-to-regulator（行政・相談機関へ）。クローズの時点で未済の返事は、それぞれの期限で判定します。すでに期限切れのものは不履行とし、まだ期限前のものは、消し込むまでクローズ後の案件で見守ります（--broken-open を付けると、今すべて不履行とします）。謝罪の評価（--acknowledged-event、--explained-cause、--acknowledged-trouble、--promise のいずれか）：先方は起きたことを認め、その原因を説明し、こちらが被った迷惑を認め、一般論の表明ではなく具体的な約束（何を、--by でいつまでに）をしましたか？具体的な約束は先方の未済の返事となり、消し込むまでクローズ後の案件で見守ります。例：ladder close 3 --outcome partly-resolved --acknowledged-event --promise \"2か月分の返金\" --by 2026-08-31"

msgid "resolved (without --outcome or --abandoned), partly-resolved, abandoned or taken-to-regulator."
msgstr "resolved（解決。--outcome も --abandoned もないとき）、partly-resolved（一部解決）、abandoned（断念）、taken-to-regulator（行政・相談機関へ）のどれか。日本語の名前でも書けます。"

msgid "no --outcome given: recorded as resolved (ladder undo, then close with --outcome, to say otherwise)"
msgstr "--outcome がないので、解決として記録しました（違うなら、ladder undo で戻してから --outcome を付けて終了し直してください）。"

msgid "The same as --outcome abandoned."
msgstr "--outcome abandoned と同じです。"

msgid "How it ended."
msgstr "どのように終わったか。"

msgid "When it ended (default: now)."
msgstr "終わった日時（既定：現在）。"

msgid "Apology test: they acknowledged what happened."
msgstr "謝罪の評価：起きたことを先方が認めた。"

msgid "Apology test: they explained its cause."
msgstr "謝罪の評価：先方が原因を説明した。"

msgid "Apology test: they acknowledged your trouble."
msgstr "謝罪の評価：こちらが被った迷惑を先方が認めた。"

msgid "Apology test: their concrete promise (what)."
msgstr "謝罪の評価：先方の具体的な約束（何を）。"

msgid "When the promise is due, e.g. 2026-08-31, \"in 2w\"."
msgstr "約束の期限（例：2026-08-31、\"in 2w\"、2週間後）。"

msgid "Count every reply still pending as broken now, even those not yet due."
msgstr "未済の返事を、まだ期限前のものも含めて、今すべて不履行とします。"

msgid "Reopen a closed case; its history is kept."
msgstr "クローズした案件を再開します。これまでの経過は残ります。"

msgid "Why (e.g. the fault came back)."
msgstr "理由（例：故障が再発した）。"

msgid "When (default: now)."
msgstr "日時（既定：現在）。"


msgid "Organisations and their contact points, clocks and hours (kept in the config file)."
msgstr "相手先と、その窓口・時間の決まり（タイムゾーン、休業日、返事の期限）・営業時間を扱います（設定ファイルに保存します）。"

msgid "Examples:\n  ladder org add \"Kestrel Mobile\" --alias Kestrel --zone Asia/Tokyo --hours \"daily 10:00-19:00\" --hours \"wed closed\"\n  ladder org add \"Kestrel Mobile\" --point \"Customer relations\" --rung executive --phone 0570-000-000 --paid \\\n    --hours \"mon-fri 09:00-18:00\"\n  ladder org edit \"Kestrel Mobile\" --window \"technical-desk=2 business days\" --holiday 2026-12-31\nThe file is $XDG_CONFIG_HOME/ladder/config.json (else ~/.config/ladder/config.json); its keys are in man 5 ladder-store."
msgstr "例：\n  ladder org add \"サンプル携帯\" --alias サンプル --zone Asia/Tokyo --hours \"毎日 10:00〜19:00\" --hours \"水 定休日\"\n  ladder org add \"サンプル携帯\" --point \"お客様相談室\" --rung 本社・相談室 --phone 0570-000-000 --paid \\\n    --hours \"月〜金 09:00〜18:00\"\n  ladder org edit \"サンプル携帯\" --window \"技術窓口=2営業日\" --holiday 2026-12-31\nファイルは $XDG_CONFIG_HOME/ladder/config.json（なければ ~/.config/ladder/config.json）です。キーは man 5 ladder-store にあります。"

msgid "Another name cases may use for it; repeatable."
msgstr "案件でこの相手先を指すのに使える別名。複数回指定できます。"

msgid "Its time zone, e.g. Asia/Tokyo."
msgstr "タイムゾーン（例：Asia/Tokyo）。"

msgid "Opening hours, e.g. \"mon-fri 09:00-18:00\", \"wed closed\"; repeatable. With --point, the point's hours."
msgstr "営業時間（例：\"mon-fri 09:00-18:00\"、\"wed closed\"、\"月〜金 09:00〜18:00\"、\"水 定休日\"）。複数回指定できます。--point と一緒なら、その窓口の営業時間です。"

msgid "A date it is closed, e.g. 2026-12-31; repeatable."
msgstr "休業日（例：2026-12-31、2026年12月31日）。複数回指定できます。"

msgid "A reply window for a rung, e.g. \"shop=1 business day\", \"executive=3d\"; repeatable."
msgstr "段階ごとの返事の期限（例：\"shop=1 business day\"、\"executive=3d\"、\"店舗=1営業日\"）。複数回指定できます。"

msgid "The contact point to add or change (with --rung, --phone, --email, --domain, --reply-within, --web, --hours, --note)."
msgstr "追加・変更する窓口（--rung、--phone、--email、--domain、--reply-within、--web、--hours、--note と一緒に使います）。"

msgid "The rung the contact point serves."
msgstr "窓口が受け持つ段階。"

msgid "Its phone number."
msgstr "電話番号。"

msgid "Its e-mail address."
msgstr "メールアドレス。"

msgid "A mail domain it writes from, for ladder mail, e.g. support.kestrel.example; repeatable (replaces the list; \"\" clears it)."
msgstr "メールの送信元のドメイン（ladder mail 用。例：support.kestrel.example）。複数回指定できます（一覧を置き換えます。\"\" で空にします）。"

msgid "How soon it answers a mail, e.g. \"2 business days\": ladder mail then awaits its answer (\"\" clears it)."
msgstr "メールに返事が来るまでの期間（例：\"2 business days\"、\"2営業日\"）。ladder mail はその期間、返事を待ちます（\"\" で消します）。"

msgid "Its web form's address."
msgstr "ウェブフォームのアドレス。"

msgid "The line is toll-free."
msgstr "フリーダイヤルの番号です。"

msgid "The line is paid."
msgstr "有料の番号です。"

msgid "Notes about it."
msgstr "メモ。"

msgid "Add an organisation, or with --point a contact point to one (adding the organisation if new)."
msgstr "相手先を追加します。--point を付けると相手先に窓口を追加します（相手先が新しければ、相手先も追加します）。"

msgid "The organisation's name."
msgstr "相手先の名前。"

msgid "Change an organisation, or with --point one of its contact points."
msgstr "相手先を変更します。--point を付けると、その相手先の窓口を変更します。"

msgid "Given flags replace the value (--hours replaces all hours); --alias and --holiday add. An empty value clears a field: --phone \"\". --window \"shop=default\" goes back to the default."
msgstr "指定したフラグは値を置き換えます（--hours は営業時間をすべて置き換えます）。--alias と --holiday は追加します。空の値を指定すると項目を消します：--phone \"\"。--window \"shop=default\" で既定に戻ります。"

msgid "A new name (for the contact point with --point)."
msgstr "新しい名前（--point と一緒なら窓口の名前）。"

msgid "Remove an alias; repeatable."
msgstr "別名を削除します。複数回指定できます。"

msgid "Remove a holiday; repeatable."
msgstr "休業日を削除します。複数回指定できます。"

msgid "Forget the opening hours (of the point with --point)."
msgstr "営業時間の設定を消します（--point と一緒なら、その窓口の営業時間）。"

msgid "Remove a contact point."
msgstr "窓口を削除します。"


msgid "Record a reply they owe you (a call back, a resend, an answer)."
msgstr "先方からの返事待ち（折り返しの電話、再送、回答など）を記録します。"

msgid "Example: ladder await 3 call back from the network team --due 2h --who \"network team\""
msgstr "例：ladder await 3 ネットワーク担当から折り返し電話 --due 2時間後 --who \"ネットワーク担当\""

msgid "What they promised."
msgstr "先方が約束したこと。"

msgid "When it is due, e.g. 17:00, fri, 2h, \"2 business days\" (default: the rung's reply window)."
msgstr "期限（例：17:00、fri、2h、\"2 business days\"、金曜、2時間後、3営業日。既定：その段階の返事の期限）。"

msgid "Who promised it."
msgstr "約束した人。"

msgid "When it was promised (default: now)."
msgstr "約束された日時（既定：現在）。"

msgid "Record a reply you owe them (a screenshot, logs)."
msgstr "こちらが先方に返すもの（スクリーンショット、ログなど）を記録します。"

msgid "Example: ladder owe 3 send mail server logs --due tomorrow"
msgstr "例：ladder owe 3 メールサーバーのログを送る --due 明日"

msgid "What you promised."
msgstr "自分が約束したこと。"

msgid "Whom it is owed to."
msgstr "返す相手。"

msgid "When you promised it (default: now)."
msgstr "約束した日時（既定：現在）。"

msgid "Clear a pending reply: kept or late (by its due time), or --broken."
msgstr "未済の返事を消し込みます。期限内か期限遅れ（期限で判定）、または --broken で不履行とします。"

msgid "ITEM is the reply's number shown by `ladder show`; it may be left out when only one is open."
msgstr "ITEM は `ladder show` に表示される返事の番号です。未済の返事が一つだけなら省略できます。"

msgid "The reply's number."
msgstr "返事の番号。"

msgid "The promise was broken (given up on)."
msgstr "約束が破られた（待つのをやめる）。"

msgid "What happened."
msgstr "どうなったか。"

msgid "When the reply came (default: now)."
msgstr "返事が来た日時（既定：現在）。"


msgid "Reports for the morning or for cron: overdue, due, stale, scorecard."
msgstr "朝の確認や cron 向けのレポート：overdue、due、stale、scorecard。"

msgid "Reports never change a case (at most they bring the store's index up to date), so they run while the front end is open. Exit status: 0 when nothing is overdue, 1 when a reply is overdue (either way), 64/65/74/78 on errors, 75 when the config's notify command failed (overdue). With --quiet nothing is printed when nothing is overdue, so cron mails only when it matters: 0 8 * * * ladder report overdue --quiet."
msgstr "レポートは案件を変更しません（せいぜいストアの索引を最新にするだけです）。そのため、画面表示を開いたままでも実行できます。終了ステータス：期限切れがなければ 0、返事が期限切れなら 1（先方・自分のどちらの返事でも）、エラーなら 64/65/74/78、設定の notify コマンドが失敗したら 75（期限切れあり）。--quiet を付けると期限切れがないときは何も出力しないので、cron は必要なときだけメールを送ります：0 8 * * * ladder report overdue --quiet。"

msgid "text (80 columns, the default), markdown or json (man 5 ladder-store)."
msgstr "text（80桁、既定）、markdown、json（man 5 ladder-store）のどれか。"

msgid "JSON, as every reading command writes it: the same as --format json."
msgstr "読み取り系のコマンドすべてと同じ JSON で出力します。--format json と同じです。"

msgid "Report at another instant, e.g. \"mon 09:00\", 2026-07-20T09:00, \"in 2d\"."
msgstr "別の時点でのレポート（例：\"mon 09:00\"、2026-07-20T09:00、\"in 2d\"、2日後）。"

msgid "Print nothing when nothing is overdue."
msgstr "期限切れがなければ何も出力しません。"

msgid "Only organisations whose name contains this text."
msgstr "名前にこの文字列を含む相手先だけ。"

msgid "Every overdue reply on open cases, either way, by organisation, with the next step."
msgstr "対応中の案件の期限切れの返事すべて（先方・自分のどちらの返事も）を、相手先ごとに次の手とともに表示します。"

msgid "Replies falling due within a stretch of time, soonest first."
msgstr "一定の期間内に期限を迎える返事を、期限の近い順に表示します。"

msgid "Example: ladder report due --within 1d"
msgstr "例：ladder report due --within 1d"

msgid "How far ahead to look, e.g. 12h, 1d, 1w."
msgstr "どこまで先を見るか（例：12h、1d、1w）。"

msgid "Open cases with no contact that got through for N days or more."
msgstr "つながった連絡がN日以上ない対応中の案件を表示します。"

msgid "Failed attempts (no answer, wrong number) do not count as contact."
msgstr "つながらなかった連絡（応答なし、番号違い）は連絡に数えません。"

msgid "Days without contact."
msgstr "連絡がない日数。"

msgid "Per organisation: cases, promises kept, late and broken, median reply time, top rung, hold time."
msgstr "相手先ごとの実績：案件数、約束の期限内・期限遅れ・不履行、返事までの中央値、最上段、保留時間。"


msgid "Share the store with your other machines through git: commit, fetch, merge, push."
msgstr "git でストアを他の端末と共有します：commit、fetch、merge、push。"

msgid "The store folder is a git repository (ladder sync --init makes it one). A sync commits what changed here (one commit, listing the cases), fetches and merges the remote's changes (two machines' events on one case are both kept, each once), settles numbers two machines gave out at once (the later case takes the next free number, and says so), and pushes. Offline or refused: your work stays committed here, ladder says why and exits 75 (try again later): the next sync sends it.\n--init [REMOTE] makes the store a repository (or, on a new machine with an empty store, clones REMOTE), writes .gitignore (the index and lock stay per machine) and .gitattributes, and installs ladder's merge driver; with REMOTE it then syncs. Needs git on PATH. See man 5 ladder-store.\nExit status: 0 synced, 65 git could not merge, 69 no git, 74 store error, 75 remote unreachable or push refused (try again), 78 not set up."
msgstr "ストアのフォルダーは git リポジトリです（ladder sync --init でリポジトリにします）。同期では、この端末での変更をコミットし（案件を列挙したコミット1つ）、リモートの変更を fetch してマージし（2台の端末が同じ案件に書いた出来事は、両方を1回ずつ残します）、2台の端末が同時に振った番号を整理し（後の案件が次の空き番号になり、そのことを表示します）、push します。オフラインや送信を拒否されたとき：作業はこの端末にコミットされたまま残り、ladder は理由を示して終了コード 75 で終わります（後でやり直してください）。次の同期で送られます。\n--init [REMOTE] はストアをリポジトリにし（新しい端末でストアが空なら REMOTE を clone します）、.gitignore（索引とロックは端末ごとに持ちます）と .gitattributes を書き、ladder のマージドライバーを設定します。REMOTE があれば、続けて同期します。PATH に git が必要です。man 5 ladder-store も参照してください。\n終了コード：0 同期完了、65 git がマージできなかった、69 git がない、74 ストアのエラー、75 リモートに接続できないか push を拒否された（やり直してください）、78 未設定。"

msgid "Make the store a git repository (or clone REMOTE into an empty store) and set it up for syncing."
msgstr "ストアを git リポジトリにし（空のストアなら REMOTE を clone し）、同期できるように設定します。"

msgid "The remote to sync with, with --init: a path, ssh://host/path or host:path."
msgstr "同期するリモート（--init と一緒に）：パス、ssh://host/path、host:path のどれか。"


msgid "Revert the last change (or a case's last change) with a new event; asks first."
msgstr "最後の変更（または案件の最後の変更）を、新しい出来事として取り消します。先に確認します。"

msgid "The change stays in the timeline, marked [undone], beside the undo itself, so the history stays honest. Undoing a case's opening withdraws the case. Run it again to go further back. Without a terminal to ask on, add --yes."
msgstr "取り消した変更は［取消済］の印が付いて、取り消しの記録と並んで経過記録に残るので、履歴は偽りのないままです。案件の登録を取り消すと、案件は取り下げになります。さらに前へ戻るには、もう一度実行してください。確認する端末がないときは --yes を付けてください。"

msgid "Only this case's last change (default: the last change in the store)."
msgstr "この案件の最後の変更だけ（既定：ストア全体の最後の変更）。"

msgid "Revert without asking."
msgstr "確認せずに取り消します。"

msgid "Why it is undone (kept with the undo)."
msgstr "取り消す理由（取り消しと一緒に記録します）。"

msgid "You reached them."
msgstr "こちらから連絡がついた。"

msgid "They reached you."
msgstr "先方から連絡があった。"

msgid "You tried and did not get through."
msgstr "こちらから連絡したが、つながらなかった。"

msgid "They tried and did not get through: a missed call or a voicemail (not an answer)."
msgstr "先方から連絡があったが、つながらなかった：不在着信や留守番電話（返事ではありません）。"

# ==== Command-line help: argument-parser's own words (Sources/ladder/HelpText.swift) ====

msgid "OVERVIEW: "
msgstr "概要："

msgid "USAGE: "
msgstr "使い方："

msgid "ARGUMENTS:"
msgstr "引数："

msgid "OPTIONS:"
msgstr "オプション："

msgid "SUBCOMMANDS:"
msgstr "サブコマンド："

msgid "Show help information."
msgstr "ヘルプを表示します。"

msgid "Show the version."
msgstr "バージョンを表示します。"

msgid " (default)"
msgstr "（既定）"

msgid "For a subcommand's own help: {1} <subcommand>"
msgstr "サブコマンドごとの説明：{1} <subcommand>"

msgid " (values: {1}; default: {2})"
msgstr "（値：{1}。既定：{2}）"

msgid " (values: {1})"
msgstr "（値：{1}）"

msgid " (default: {1})"
msgstr "（既定：{1}）"
"""#
}
