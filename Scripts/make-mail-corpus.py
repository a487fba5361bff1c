#!/usr/bin/env python3
"""Writes the mail parser's test corpus: Tests/LadderCoreTests/Mail/Corpus/NN-name.eml
and, beside each, NN-name.expected.json, what the parser must make of it.

The messages are invented (companies, people, addresses under .example) and retell
story 1 (Docs: /work/shared/USER-STORIES.md) as mail, plus the charset, encoding and
malformed cases a real mailbox holds. Python's codecs make the non-UTF-8 bytes here;
the parser itself reads them with iconv. Run from the checkout's top folder:

    python3 Scripts/make-mail-corpus.py
"""
import base64
import json
import os
import quopri

OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "LadderCoreTests", "Mail", "Corpus")

KEN = "ken@sato-home.example"
DESK = "tech-desk@support.minato-mobile.example"
RELATIONS = "soudan@minato-mobile.example"


# ---- encoders ---------------------------------------------------------------

def b64(data: bytes, width=76) -> bytes:
    s = base64.b64encode(data)
    return b"\n".join(s[i:i + width] for i in range(0, len(s), width))


def qp(data: bytes) -> bytes:
    return quopri.encodestring(data)


def ew_b(text: str, charset: str, codec: str = None) -> str:
    raw = jis(text) if charset.lower() == "iso-2022-jp" and codec is None else text.encode(codec or charset)
    return "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode())


def ew_q(text: str, charset="UTF-8") -> str:
    out = []
    for b in text.encode(charset):
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 0x80:
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (charset, "".join(out))


def jis(text: str) -> bytes:
    """ISO-2022-JP as Windows writes it (CP50220): through CP932, so the NEC and IBM
    extensions (①, ㈱, Ⅲ) come out as JIS rows 13 and 89-92, and half-width kana
    as JIS X 0201 katakana (ESC ( I)."""
    out = bytearray()
    mode = "ascii"

    def switch(m):
        nonlocal mode
        if m != mode:
            out.extend({"ascii": b"\x1b(B", "kanji": b"\x1b$B", "kana": b"\x1b(I"}[m])
            mode = m

    for ch in text:
        sj = ch.encode("cp932")
        if len(sj) == 1 and sj[0] < 0x80:
            switch("ascii")
            out.extend(sj)
        elif len(sj) == 1:
            switch("kana")
            out.append(sj[0] - 0x80)
        else:
            s1, s2 = sj
            s1 -= 0x40 if s1 >= 0xE0 else 0
            j1 = (s1 - 0x81) * 2 + 0x21
            if s2 >= 0x9F:
                j1 += 1
                j2 = s2 - 0x9F + 0x21
            else:
                j2 = s2 - (0x40 if s2 < 0x80 else 0x41) + 0x21
            switch("kanji")
            out.extend(bytes([j1, j2]))
    switch("ascii")
    return bytes(out)


def jis_lines(text: str) -> bytes:
    # Each line returns to ASCII before its end, as mailers write it.
    return b"\n".join(jis(line) for line in text.split("\n"))


def headers(pairs) -> bytes:
    return b"".join((k + ": " + v + "\n").encode("ascii") if isinstance(v, str) else k.encode() + b": " + v + b"\n"
                    for k, v in pairs)


def msg(pairs, body: bytes, crlf=False) -> bytes:
    m = headers(pairs) + b"\n" + body
    return m.replace(b"\n", b"\r\n") if crlf else m


def addr(name, address):
    return {"name": name, "address": address}


def expect(**fields):
    base = {"messageId": None, "inReplyTo": None, "references": [], "date": None, "from": None, "to": [], "cc": [],
            "subject": "", "autoReply": False, "autoReplyRule": None, "bounce": None, "textContains": [],
            "textLacks": [], "meaningfulLines": [], "attachments": [], "notes": []}
    base.update(fields)
    return base


CORPUS = []


def add(name, data, expected):
    CORPUS.append((name, data, expected))


# ---- story 1, as mail -------------------------------------------------------

first_mail = """テクニカルメール窓口 ご担当者様

佐藤 健と申します。
本日コールセンターのネットワーク担当の方から、こちらに送るよう案内されました。

貴社の端末2機種（MX-20、MX-21）から私のサーバ sato-home.example 宛のメールが届きません。
端末には「Host unknown」と表示されます。同じ貴社の他の端末からは届きます。

送信時刻：7月16日 14:02 と 14:05
宛先：ken@sato-home.example
DNS：MX は mail.sato-home.example、A レコードは 203.0.113.25 です。

ご確認のほどよろしくお願いいたします。

-- 
佐藤 健 <ken@sato-home.example>
"""
add("01-user-to-desk", msg([
    ("From", "=?UTF-8?B?5L2Q6JekIOWBpQ==?= <%s>" % KEN),
    ("To", "Minato Mobile Technical Desk <%s>" % DESK),
    ("Subject", ew_q("携帯2機種からのメールが届かない件")),
    ("Date", "Thu, 16 Jul 2026 16:40:12 +0900"),
    ("Message-ID", "<20260716164012.K1@sato-home.example>"),
    ("MIME-Version", "1.0"),
    ("Content-Type", "text/plain; charset=utf-8"),
    ("Content-Transfer-Encoding", "quoted-printable"),
], qp(first_mail.encode("utf-8"))), expect(
    messageId="20260716164012.K1@sato-home.example",
    date="2026-07-16T07:40:12Z",
    **{"from": addr("佐藤 健", KEN)},
    to=[addr("Minato Mobile Technical Desk", DESK)],
    subject="携帯2機種からのメールが届かない件",
    textContains=["端末には「Host unknown」と表示されます。", "203.0.113.25"],
    meaningfulLines=["佐藤 健と申します。", "本日コールセンターのネットワーク担当の方から、こちらに送るよう案内されました。",
                     "貴社の端末2機種（MX-20、MX-21）から私のサーバ sato-home.example 宛のメールが届きません。",
                     "端末には「Host unknown」と表示されます。同じ貴社の他の端末からは届きます。",
                     "送信時刻：7月16日 14:02 と 14:05"],
))

ack_body = """佐藤 健 様

この度はミナトモバイルにお問い合わせいただき、誠にありがとうございます。
本メールはシステムより自動送信しております。

以下の内容でお問い合わせを受け付けました。
━━━━━━━━━━━━━━━━━━━━
受付番号：2026071600123
件名：携帯2機種からのメールが届かない件
━━━━━━━━━━━━━━━━━━━━
内容を確認のうえ、担当者より順次ご連絡いたします。

━━━━━━━━━━━━━━━━━━━━
株式会社ミナトモバイル
テクニカルメール窓口
※本メールは送信専用です。
━━━━━━━━━━━━━━━━━━━━
"""
add("02-auto-ack", msg([
    ("Return-Path", "<noreply@support.minato-mobile.example>"),
    ("From", "%s <noreply@support.minato-mobile.example>" % ew_b("ミナトモバイル テクニカルメール窓口", "ISO-2022-JP")),
    ("To", KEN),
    ("Subject", ew_b("【自動返信】お問い合わせを受け付けました", "ISO-2022-JP")),
    ("Date", "Thu, 16 Jul 2026 16:40:30 +0900 (JST)"),
    ("Message-ID", "<ack.2026071600123@support.minato-mobile.example>"),
    ("MIME-Version", "1.0"),
    ("Content-Type", "text/plain; charset=ISO-2022-JP"),
    ("Content-Transfer-Encoding", "7bit"),
], jis_lines(ack_body), crlf=True), expect(
    messageId="ack.2026071600123@support.minato-mobile.example",
    date="2026-07-16T07:40:30Z",
    **{"from": addr("ミナトモバイル テクニカルメール窓口", "noreply@support.minato-mobile.example")},
    to=[addr(None, KEN)],
    subject="【自動返信】お問い合わせを受け付けました",
    autoReply=True, autoReplyRule="Subject: 自動返信",
    textContains=["受付番号：2026071600123"],
    meaningfulLines=["この度はミナトモバイルにお問い合わせいただき、誠にありがとうございます。",
                     "本メールはシステムより自動送信しております。", "以下の内容でお問い合わせを受け付けました。",
                     "受付番号：2026071600123", "件名：携帯2機種からのメールが届かない件"],
))

second_mail = "昨日お送りした件について、受付の連絡がないため再送いたします。\n\n佐藤 健\n"
original = msg([
    ("From", "=?UTF-8?B?5L2Q6JekIOWBpQ==?= <%s>" % KEN),
    ("To", "tech-support@minato-mobile.example"),
    ("Subject", ew_b("再送：携帯2機種からのメールが届かない件", "UTF-8")),
    ("Date", "Fri, 17 Jul 2026 10:31:05 +0900"),
    ("Message-ID", "<20260717103105.K2@sato-home.example>"),
    ("MIME-Version", "1.0"),
    ("Content-Type", "text/plain; charset=utf-8"),
    ("Content-Transfer-Encoding", "base64"),
], b64(second_mail.encode()) + b"\n")
dsn = b"""This is a MIME-encapsulated message.

--B0UNCE.17Jul
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.sato-home.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<tech-support@minato-mobile.example>: host mx1.minato-mobile.example[198.51.100.7]
    said: 550 5.1.1 <tech-support@minato-mobile.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)

--B0UNCE.17Jul
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.sato-home.example
X-Postfix-Queue-ID: 4Xb2Lk0QzPz1
Arrival-Date: Fri, 17 Jul 2026 10:31:05 +0900 (JST)

Final-Recipient: rfc822; tech-support@minato-mobile.example
Original-Recipient: rfc822;tech-support@minato-mobile.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.minato-mobile.example
Diagnostic-Code: smtp; 550 5.1.1 <tech-support@minato-mobile.example>:
    Recipient address rejected: User unknown in virtual mailbox table

--B0UNCE.17Jul
Content-Description: Undelivered Message
Content-Type: message/rfc822

""" + original + b"""
--B0UNCE.17Jul--
"""
add("03-dsn-bounce", msg([
    ("Return-Path", "<>"),
    ("From", "MAILER-DAEMON@mail.sato-home.example (Mail Delivery System)"),
    ("To", KEN),
    ("Subject", "Undelivered Mail Returned to Sender"),
    ("Date", "Fri, 17 Jul 2026 10:31:07 +0900 (JST)"),
    ("Message-Id", "<20260717013107.9A1C3@mail.sato-home.example>"),
    ("Auto-Submitted", "auto-replied"),
    ("MIME-Version", "1.0"),
    ("Content-Type", 'multipart/report; report-type=delivery-status;\n\tboundary="B0UNCE.17Jul"'),
], dsn), expect(
    messageId="20260717013107.9A1C3@mail.sato-home.example",
    date="2026-07-17T01:31:07Z",
    **{"from": addr("Mail Delivery System", "MAILER-DAEMON@mail.sato-home.example")},
    to=[addr(None, KEN)],
    subject="Undelivered Mail Returned to Sender",
    autoReply=True, autoReplyRule="Auto-Submitted: auto-replied",
    bounce={"finalRecipient": "tech-support@minato-mobile.example", "action": "failed", "status": "5.1.1",
            "diagnostic": "550 5.1.1 <tech-support@minato-mobile.example>: Recipient address rejected: User unknown in virtual mailbox table",
            "reportingMTA": "mail.sato-home.example",
            "originalMessageId": "20260717103105.K2@sato-home.example",
            "originalSubject": "再送：携帯2機種からのメールが届かない件",
            "originalTo": [addr(None, "tech-support@minato-mobile.example")]},
    textContains=["could not\nbe delivered"],
    textLacks=["受付の連絡がない"],
    meaningfulLines=["This is the mail system at host mail.sato-home.example.",
                     "I'm sorry to have to inform you that your message could not",
                     "be delivered to one or more recipients. It's attached below.",
                     "The mail system",
                     "<tech-support@minato-mobile.example>: host mx1.minato-mobile.example[198.51.100.7]"],
))

late = """佐藤 健 様

お世話になっております。
ミナトモバイル テクニカルメール窓口の高橋です。

ご連絡が遅くなり、誠に申し訳ございません。
頂いた情報をもとに、ネットワーク担当にて調査を開始いたしました。
結果は来週中にご連絡いたします。

佐藤 健 様 wrote:
> テクニカルメール窓口 ご担当者様
>
> 佐藤 健と申します。
> 貴社の端末2機種（MX-20、MX-21）から私のサーバ宛のメールが届きません。

━━━━━━━━━━━━━━━━━━━━
株式会社ミナトモバイル
テクニカルメール窓口　高橋
tech-desk@support.minato-mobile.example
━━━━━━━━━━━━━━━━━━━━
"""
add("04-desk-late-answer", msg([
    ("From", "%s <%s>" % (ew_b("ミナトモバイル テクニカルメール窓口", "ISO-2022-JP"), DESK)),
    ("To", "%s <%s>" % (ew_b("佐藤 健 様", "ISO-2022-JP"), KEN)),
    ("Subject", ew_b("Re: 携帯2機種からのメールが届かない件", "ISO-2022-JP")),
    ("Date", "Fri, 17 Jul 2026 15:12:44 +0900"),
    ("Message-ID", "<5d1e.20260717151244@support.minato-mobile.example>"),
    ("In-Reply-To", "<20260716164012.K1@sato-home.example>"),
    ("References", "<20260716164012.K1@sato-home.example>\n <20260717103105.K2@sato-home.example>"),
    ("MIME-Version", "1.0"),
    ("Content-Type", 'text/plain; charset="ISO-2022-JP"'),
    ("Content-Transfer-Encoding", "7bit"),
], jis_lines(late)), expect(
    messageId="5d1e.20260717151244@support.minato-mobile.example",
    inReplyTo="20260716164012.K1@sato-home.example",
    references=["20260716164012.K1@sato-home.example", "20260717103105.K2@sato-home.example"],
    date="2026-07-17T06:12:44Z",
    **{"from": addr("ミナトモバイル テクニカルメール窓口", DESK)},
    to=[addr("佐藤 健 様", KEN)],
    subject="Re: 携帯2機種からのメールが届かない件",
    textContains=["> 佐藤 健と申します。"],
    meaningfulLines=["ミナトモバイル テクニカルメール窓口の高橋です。", "ご連絡が遅くなり、誠に申し訳ございません。",
                     "頂いた情報をもとに、ネットワーク担当にて調査を開始いたしました。", "結果は来週中にご連絡いたします。"],
))

dns = """佐藤様

お世話になっております。ミナトモバイル テクニカルメール窓口の高橋です。

弊社にて以下の試験を実施いたしました。
①MX-20 から sato-home.example 宛の送信：成功
②MX-21 から sato-home.example 宛の送信：成功
③試験環境：㈱ミナトネットワークス 第Ⅲ試験室

以上より、お客様のDNS設定に問題がある可能性がございます。
ご確認いただけますでしょうか。

-----Original Message-----
From: 佐藤 健 <ken@sato-home.example>
Sent: Friday, July 17, 2026 10:31 AM
Subject: 携帯2機種からのメールが届かない件

頂いた情報をもとに…
"""
add("05-desk-dns-nec-extensions", msg([
    ("From", "%s <%s>" % (ew_b("ミナトモバイル テクニカルメール窓口", "ISO-2022-JP"), DESK)),
    ("To", KEN),
    ("Subject", ew_b("Re: 携帯2機種からのメールが届かない件（試験結果①）", "ISO-2022-JP")),
    ("Date", "Thu, 23 Jul 2026 14:03:00 +0900"),
    ("Message-ID", "<7a2f.20260723140300@support.minato-mobile.example>"),
    ("In-Reply-To", "<20260717103105.K2@sato-home.example>"),
    ("MIME-Version", "1.0"),
    ("Content-Type", "text/plain; charset=iso-2022-jp"),
], jis_lines(dns), crlf=True), expect(
    messageId="7a2f.20260723140300@support.minato-mobile.example",
    inReplyTo="20260717103105.K2@sato-home.example",
    date="2026-07-23T05:03:00Z",
    **{"from": addr("ミナトモバイル テクニカルメール窓口", DESK)},
    to=[addr(None, KEN)],
    subject="Re: 携帯2機種からのメールが届かない件（試験結果①）",
    textContains=["①MX-20", "③試験環境：㈱ミナトネットワークス 第Ⅲ試験室"],
    textLacks=["\ufffd"],
    meaningfulLines=["ミナトモバイル テクニカルメール窓口の高橋です。",
                     "弊社にて以下の試験を実施いたしました。", "①MX-20 から sato-home.example 宛の送信：成功",
                     "②MX-21 から sato-home.example 宛の送信：成功", "③試験環境：㈱ミナトネットワークス 第Ⅲ試験室"],
    notes=["charsetFallback", "charsetFallback"],  # the subject's ① and the body's
))

evidence = """高橋様

試験結果をありがとうございます。
本日 7月23日 15:47 に MX-21 から再度送信しましたが、やはり Host unknown で届きません。
DNS は外部の複数のリゾルバから正しく引けています。送信ログを添付します。

On Thu, 23 Jul 2026 14:03:00 +0900
Minato Mobile Technical Desk <tech-desk@support.minato-mobile.example> wrote:
> 弊社にて以下の試験を実施いたしました。

佐藤 健
"""
log = "2026-07-23 15:47:02 MX-21 -> ken@sato-home.example: Host unknown\n".encode()
bnd = "=_evidence_0723"
add("06-user-evidence-attachment", msg([
    ("From", "=?UTF-8?B?5L2Q6JekIOWBpQ==?= <%s>" % KEN),
    ("To", DESK),
    ("Cc", "=?UTF-8?B?5L2Q6JekIOWBpQ==?= <%s>" % KEN),
    ("Subject", ew_b("Re: 携帯2機種からのメールが届かない件（再試験）", "UTF-8")),
    ("Date", "Thu, 23 Jul 2026 15:58:31 +0900"),
    ("Message-ID", "<20260723155831.K3@sato-home.example>"),
    ("In-Reply-To", "<7a2f.20260723140300@support.minato-mobile.example>"),
    ("References", "<20260716164012.K1@sato-home.example> <7a2f.20260723140300@support.minato-mobile.example>"),
    ("MIME-Version", "1.0"),
    ("Content-Type", 'multipart/mixed; boundary="%s"' % bnd),
], ("--%s\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" % bnd).encode()
    + b64(evidence.encode()) + ("\n--%s\nContent-Type: text/plain; charset=UTF-8\n"
                                "Content-Disposition: attachment;\n filename*=UTF-8''%%E9%%80%%81%%E4%%BF%%A1%%E3%%83%%AD%%E3%%82%%B0.txt\n"
                                "Content-Transfer-Encoding: base64\n\n" % bnd).encode()
    + b64(log) + ("\n--%s--\n" % bnd).encode()), expect(
    messageId="20260723155831.K3@sato-home.example",
    inReplyTo="7a2f.20260723140300@support.minato-mobile.example",
    references=["20260716164012.K1@sato-home.example", "7a2f.20260723140300@support.minato-mobile.example"],
    date="2026-07-23T06:58:31Z",
    **{"from": addr("佐藤 健", KEN)},
    to=[addr(None, DESK)],
    cc=[addr("佐藤 健", KEN)],
    subject="Re: 携帯2機種からのメールが届かない件（再試験）",
    textContains=["やはり Host unknown で届きません。"],
    textLacks=["15:47:02"],
    meaningfulLines=["試験結果をありがとうございます。",
                     "本日 7月23日 15:47 に MX-21 から再度送信しましたが、やはり Host unknown で届きません。",
                     "DNS は外部の複数のリゾルバから正しく引けています。送信ログを添付します。",
                     "佐藤 健"],
    attachments=["送信ログ.txt"],
))

apology = """佐藤 健 様

平素よりミナトモバイルをご利用いただき、誠にありがとうございます。
お客様相談室の山本でございます。

この度は、弊社サービスにおいて多大なるご迷惑とご不便をおかけしましたことを、深くお詫び申し上げます。
お客様からいただいたご意見は、今後のサービス向上に役立ててまいります。

なお、お客様が公開されている記事につきまして、弊社社員の氏名の記載を控えていただけますよう、お願い申し上げます。

＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
㈱ミナトモバイル　お客様相談室
受付時間：9:00～18:00（土日祝を除く）
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
"""
add("07-relations-apology-cp932", msg([
    ("From", "%s <%s>" % (ew_b("ミナトモバイル お客様相談室", "Shift_JIS", "cp932"), RELATIONS)),
    ("To", KEN),
    ("Subject", ew_b("ご迷惑をおかけしたことのお詫び", "Shift_JIS", "cp932")),
    ("Date", "Wed, 29 Jul 2026 11:20:00 +0900"),
    ("Message-ID", "<CR-20260729-0042@minato-mobile.example>"),
    ("MIME-Version", "1.0"),
    ("Content-Type", "text/plain; charset=Shift_JIS"),
    ("Content-Transfer-Encoding", "8bit"),
], apology.encode("cp932"), crlf=True), expect(
    messageId="CR-20260729-0042@minato-mobile.example",
    date="2026-07-29T02:20:00Z",
    **{"from": addr("ミナトモバイル お客様相談室", RELATIONS)},
    to=[addr(None, KEN)],
    subject="ご迷惑をおかけしたことのお詫び",
    textContains=["受付時間：9:00～18:00", "㈱ミナトモバイル"],
    meaningfulLines=["お客様相談室の山本でございます。",
                     "この度は、弊社サービスにおいて多大なるご迷惑とご不便をおかけしましたことを、深くお詫び申し上げます。",
                     "お客様からいただいたご意見は、今後のサービス向上に役立ててまいります。",
                     "なお、お客様が公開されている記事につきまして、弊社社員の氏名の記載を控えていただけますよう、お願い申し上げます。"],
))

root_plain = """佐藤 健 様

お世話になっております。テクニカルメール窓口の高橋です。

原因が判明いたしましたのでご報告いたします。
MX-20 と MX-21 の送信経路にある中継サーバで、DNS キャッシュの設定誤りがあり、
sato-home.example の MX レコードを引けない状態でした。7月29日 10:00 に修正済みです。

高橋
"""
root_html = """<html><head><style>p{margin:0}</style></head><body>
<p>佐藤 健 様</p><p>お世話になっております。テクニカルメール窓口の高橋です。</p>
<p>原因が判明いたしましたのでご報告いたします。</p></body></html>"""
alt = "alt-0729-root"
add("08-desk-root-cause-alternative", msg([
    ("From", "%s <%s>" % (ew_b("ミナトモバイル テクニカルメール窓口", "ISO-2022-JP"), DESK)),
    ("To", KEN),
    ("Subject", ew_b("Re: 携帯2機種からのメールが届かない件（原因のご報告）", "ISO-2022-JP")),
    ("Date", "Wed, 29 Jul 2026 16:45:10 +0900"),
    ("Message-ID", "<9c3b.20260729164510@support.minato-mobile.example>"),
    ("In-Reply-To", "<20260723155831.K3@sato-home.example>"),
    ("MIME-Version", "1.0"),
    ("Content-Type", "multipart/alternative; boundary=%s" % alt),
], ("This is a multi-part message in MIME format.\n--%s\nContent-Type: text/plain; charset=ISO-2022-JP\n"
    "Content-Transfer-Encoding: 7bit\n\n" % alt).encode() + jis_lines(root_plain)
    + ("\n--%s\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n" % alt).encode()
    + qp(root_html.encode()) + ("\n--%s--\n" % alt).encode()), expect(
    messageId="9c3b.20260729164510@support.minato-mobile.example",
    inReplyTo="20260723155831.K3@sato-home.example",
    date="2026-07-29T07:45:10Z",
    **{"from": addr("ミナトモバイル テクニカルメール窓口", DESK)},
    to=[addr(None, KEN)],
    subject="Re: 携帯2機種からのメールが届かない件（原因のご報告）",
    textContains=["DNS キャッシュの設定誤り", "7月29日 10:00 に修正済みです。"],
    textLacks=["<p>", "margin"],
    meaningfulLines=["テクニカルメール窓口の高橋です。", "原因が判明いたしましたのでご報告いたします。",
     "MX-20 と MX-21 の送信経路にある中継サーバで、DNS キャッシュの設定誤りがあり、",
     "sato-home.example の MX レコードを引けない状態でした。7月29日 10:00 に修正済みです。", "高橋"],
))

fwd = """
---------- Forwarded message ---------
From: ミナトモバイル テクニカルメール窓口 <tech-desk@support.minato-mobile.example>
Date: 2026年7月29日(水) 16:45
Subject: Re: 携帯2機種からのメールが届かない件（原因のご報告）
To: <ken@sato-home.example>


原因が判明いたしましたのでご報告いたします。
中継サーバの DNS キャッシュの設定誤りでした。
"""
add("09-forwarded-inline", msg([
    ("From", "Ken Sato <%s>" % KEN),
    ("To", "Aiko Ito <aiko@ito-family.example>"),
    ("Subject", ew_b("Fwd: Re: 携帯2機種からのメールが届かない件（原因のご報告）", "UTF-8")),
    ("Date", "Wed, 29 Jul 2026 21:02:00 +0900"),
    ("Message-ID", "<20260729210200.K9@sato-home.example>"),
    ("Content-Type", "text/plain; charset=UTF-8"),
    ("Content-Transfer-Encoding", "8bit"),
], fwd.encode()), expect(
    messageId="20260729210200.K9@sato-home.example",
    date="2026-07-29T12:02:00Z",
    **{"from": addr("Ken Sato", KEN)},
    to=[addr("Aiko Ito", "aiko@ito-family.example")],
    subject="Fwd: Re: 携帯2機種からのメールが届かない件（原因のご報告）",
    meaningfulLines=["原因が判明いたしましたのでご報告いたします。", "中継サーバの DNS キャッシュの設定誤りでした。"],
))

inner = msg([
    ("From", "%s <%s>" % (ew_b("ミナトモバイル お客様相談室", "ISO-2022-JP"), RELATIONS)),
    ("To", KEN),
    ("Subject", ew_b("ご迷惑をおかけしたことのお詫び", "ISO-2022-JP")),
    ("Date", "Wed, 29 Jul 2026 11:20:00 +0900"),
    ("Message-ID", "<CR-20260729-0042@minato-mobile.example>"),
    ("Content-Type", "text/plain; charset=ISO-2022-JP"),
], jis_lines("この度は多大なるご迷惑をおかけしました。\n"))
fb = "fwd-attached-0729"
add("10-forward-as-attachment", msg([
    ("From", "Ken Sato <%s>" % KEN),
    ("To", "consumer-desk@npo-shohisha.example"),
    ("Subject", "Fwd: the apology I received"),
    ("Date", "Wed, 29 Jul 2026 22:10:00 +0900"),
    ("Message-ID", "<20260729221000.K10@sato-home.example>"),
    ("MIME-Version", "1.0"),
    ("Content-Type", 'multipart/mixed; boundary="%s"' % fb),
], ("--%s\nContent-Type: text/plain; charset=us-ascii\n\nFYI: the carrier's general apology, with no concrete measure.\n\nKen\n"
    "--%s\nContent-Type: message/rfc822\nContent-Disposition: attachment\n\n" % (fb, fb)).encode() + inner
    + ("\n--%s--\n" % fb).encode()), expect(
    messageId="20260729221000.K10@sato-home.example",
    date="2026-07-29T13:10:00Z",
    **{"from": addr("Ken Sato", KEN)},
    to=[addr(None, "consumer-desk@npo-shohisha.example")],
    subject="Fwd: the apology I received",
    textContains=["FYI: the carrier's general apology"],
    textLacks=["この度は"],
    meaningfulLines=["FYI: the carrier's general apology, with no concrete measure.", "Ken"],
    attachments=["ご迷惑をおかけしたことのお詫び.eml"],
))

html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>アンケート</title>
<style>.btn{color:red}</style><script>var x = "<p>not text</p>";</script></head>
<body><div class="wrap"><p>佐藤 健 様</p>
<p>先日はミナトモバイル インフォメーションセンターをご利用いただき、ありがとうございました。<br>
サービス向上のため、アンケートへのご協力をお願いいたします。</p>
<table><tr><td>回答期限</td><td>2026年8月5日</td></tr></table>
<p>Q&amp;A は<a href="https://minato-mobile.example/faq">こちら</a>&nbsp;&lt;FAQ&gt;&#12290;&#x2460;</p>
<!-- tracking <p>hidden</p> -->
</div></body></html>"""
add("11-html-only", msg([
    ("From", "Minato Mobile Information Centre <info@minato-mobile.example>"),
    ("To", KEN),
    ("Subject", ew_b("アンケートご協力のお願い", "UTF-8")),
    ("Date", "Sat, 18 Jul 2026 09:00:00 +0900"),
    ("Message-ID", "<survey.88123@mail.minato-mobile.example>"),
    ("MIME-Version", "1.0"),
    ("Content-Type", "text/html"),
    ("Content-Transfer-Encoding", "base64"),
], b64(html.encode()) + b"\n"), expect(
    messageId="survey.88123@mail.minato-mobile.example",
    date="2026-07-18T00:00:00Z",
    **{"from": addr("Minato Mobile Information Centre", "info@minato-mobile.example")},
    to=[addr(None, KEN)],
    subject="アンケートご協力のお願い",
    textContains=["回答期限 2026年8月5日", "Q&A はこちら <FAQ>。①"],
    textLacks=["not text", "hidden", "color:red", "<p>", "アンケート\n"],
    meaningfulLines=["先日はミナトモバイル インフォメーションセンターをご利用いただき、ありがとうございました。",
                     "サービス向上のため、アンケートへのご協力をお願いいたします。", "回答期限 2026年8月5日",
                     "Q&A はこちら <FAQ>。①"],
))

euc = """佐藤様

いつもハマベネットをご利用いただきありがとうございます。
サポートセンターの中村です。

お問い合わせのメール不達の件、当社の受信サーバでは
7月16日 14:02 の受信記録はございませんでした。

ハマベネット サポートセンター
"""
add("12-isp-euc-jp", msg([
    ("From", "%s <support@hamabe-net.example>" % ew_b("ハマベネット サポート", "EUC-JP", "euc_jp")),
    ("To", KEN),
    ("Subject", ew_b("メール不達について", "EUC-JP", "euc_jp")),
    ("Date", "Sat, 18 Jul 2026 13:30:00 +0900"),
    ("Message-ID", "<hb-5521@hamabe-net.example>"),
    ("Content-Type", "text/plain; charset=EUC-JP"),
    ("Content-Transfer-Encoding", "8bit"),
], euc.encode("euc_jp")), expect(
    messageId="hb-5521@hamabe-net.example",
    date="2026-07-18T04:30:00Z",
    **{"from": addr("ハマベネット サポート", "support@hamabe-net.example")},
    to=[addr(None, KEN)],
    subject="メール不達について",
    textContains=["7月16日 14:02 の受信記録はございませんでした。"],
    meaningfulLines=["サポートセンターの中村です。", "お問い合わせのメール不達の件、当社の受信サーバでは",
                     "7月16日 14:02 の受信記録はございませんでした。", "ハマベネット サポートセンター"],
))

# UTF-8 bytes of a subject split in the middle of a character across two words.
subj = "ネットワーク担当からの折り返し連絡について".encode()
cut = 10  # inside the fourth character
add("13-encoded-words-folded", msg([
    ("From", '"%s"\n <callcentre@minato-mobile.example>' % ew_b("ミナトモバイル コールセンター", "iso-2022-jp")),
    ("To", "%s\n\t%s <%s>" % (ew_q("佐藤"), ew_q(" 健"), KEN)),
    ("Subject", "=?utf-8?b?%s?=\n =?UTF-8?B?%s?=\n\t%s" % (base64.b64encode(subj[:cut]).decode(),
                                                          base64.b64encode(subj[cut:]).decode(),
                                                          "(=?ISO-8859-1?Q?caf=E9?=) and =?x-bogus?Q?=E6=97=A5?= =?UTF-8?Q?ok?=")),
    ("Date", "Thu, 16 Jul 2026 17:05:00 +0900"),
    ("Message-ID", "<cc-171605@minato-mobile.example>"),
    ("Content-Type", "text/plain; charset=utf-8"),
], "本日は折り返しのお電話ができず失礼いたしました。\n".encode()), expect(
    messageId="cc-171605@minato-mobile.example",
    date="2026-07-16T08:05:00Z",
    **{"from": addr("ミナトモバイル コールセンター", "callcentre@minato-mobile.example")},
    to=[addr("佐藤 健", KEN)],
    subject="ネットワーク担当からの折り返し連絡について (café) and 日ok",
    meaningfulLines=["本日は折り返しのお電話ができず失礼いたしました。"],
    notes=["unknownCharset"],
))

add("14-obsolete-date-two-digit-year", msg([
    ("From", "shop-kita@minato-mobile.example"),
    ("To", KEN),
    ("Subject", "Visit record"),
    ("Date", "15 Jul 26 17:40 JST"),
    ("Message-ID", "<shop.0715@minato-mobile.example>"),
], b"Thank you for visiting our shop today.\n"), expect(
    messageId="shop.0715@minato-mobile.example",
    date="2026-07-15T08:40:00Z",
    **{"from": addr(None, "shop-kita@minato-mobile.example")},
    to=[addr(None, KEN)], subject="Visit record",
    meaningfulLines=["Thank you for visiting our shop today."],
))

add("15-obsolete-date-comments-est", msg([
    ("From", "Minato US Roaming <roaming@us.minato-mobile.example>"),
    ("To", KEN),
    ("Subject", "Roaming case update"),
    ("Date", "Thursday , 16 July 2026 (US East) 02:15 (no seconds)\n EST"),
    ("Message-ID", "<roam-0716@us.minato-mobile.example>"),
], b"Dear Mr Sato,\n\nOur roaming partner sees no rejects from your server.\n\nRegards,\nRoaming desk\n"), expect(
    messageId="roam-0716@us.minato-mobile.example",
    date="2026-07-16T07:15:00Z",
    **{"from": addr("Minato US Roaming", "roaming@us.minato-mobile.example")},
    to=[addr(None, KEN)], subject="Roaming case update",
    meaningfulLines=["Our roaming partner sees no rejects from your server.", "Regards,", "Roaming desk"],
))

mb = "----=_NextPart_000_0012"
add("16-rfc2231-continuations", msg([
    ("From", "%s <soumu@minato-mobile.example>" % ew_b("総務部", "ISO-2022-JP")),
    ("To", KEN),
    ("Subject", ew_b("書類送付のご案内", "ISO-2022-JP")),
    ("Date", "Mon, 27 Jul 2026 18:30:00 +0900"),
    ("Message-ID", "<docs-0727@minato-mobile.example>"),
    ("MIME-Version", "1.0"),
    ("Content-Type", 'multipart/mixed;\n\tboundary="%s"' % mb),
], ("--%s\nContent-Type: text/plain; charset=ISO-2022-JP\n\n" % mb).encode()
    + jis_lines("書類を2点お送りいたします。\nご確認ください。\n")
    + ("\n--%s\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n"
       "Content-Disposition: attachment;\n"
       " filename*0*=UTF-8''%%E5%%9B%%9E%%E7%%AD%%94%%E6%%9B%%B8;\n"
       " filename*1*=%%EF%%BC%%88%%E6%%8E%%A7%%EF%%BC%%89;\n"
       " filename*2=\".pdf\"\n\nJVBERi0xLjQK\n"
       "--%s\nContent-Type: application/vnd.ms-excel;\n name=\"%s\"\nContent-Transfer-Encoding: base64\n\nAAAA\n"
       "--%s\nContent-Type: image/png\nContent-ID: <logo@x>\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n"
       "--%s--\n" % (mb, mb, ew_b("調査結果一覧.xls", "Shift_JIS", "cp932"), mb, mb)).encode()), expect(
    messageId="docs-0727@minato-mobile.example",
    date="2026-07-27T09:30:00Z",
    **{"from": addr("総務部", "soumu@minato-mobile.example")},
    to=[addr(None, KEN)], subject="書類送付のご案内",
    meaningfulLines=["書類を2点お送りいたします。", "ご確認ください。"],
    attachments=["回答書（控）.pdf", "調査結果一覧.xls"],
))

add("17-out-of-office-english", msg([
    ("From", "Haruka Kobayashi <h.kobayashi@minato-mobile.example>"),
    ("To", KEN),
    ("Subject", "Automatic reply: Mail from two handsets bounces"),
    ("Date", "Mon, 27 Jul 2026 17:26:00 +0900"),
    ("Message-ID", "<oof.0727@minato-mobile.example>"),
    ("Auto-Submitted", "auto-generated"),
    ("X-Auto-Response-Suppress", "All"),
    ("Content-Type", "text/plain; charset=us-ascii"),
], b"I am out of the office until 3 August.\nFor urgent matters please call customer relations.\n"), expect(
    messageId="oof.0727@minato-mobile.example",
    date="2026-07-27T08:26:00Z",
    **{"from": addr("Haruka Kobayashi", "h.kobayashi@minato-mobile.example")},
    to=[addr(None, KEN)], subject="Automatic reply: Mail from two handsets bounces",
    autoReply=True, autoReplyRule="Auto-Submitted: auto-generated",
    meaningfulLines=["I am out of the office until 3 August.", "For urgent matters please call customer relations."],
))

add("18-receipt-uketsuke-kanryo", msg([
    ("From", "%s <web-form@minato-mobile.example>" % ew_b("ミナトモバイル", "UTF-8")),
    ("To", KEN),
    ("Subject", ew_b("［受付完了］お客様相談室へのお問い合わせ", "UTF-8")),
    ("Date", "Mon, 27 Jul 2026 17:31:00 +0900"),
    ("Message-ID", "<form-77120@minato-mobile.example>"),
    ("Precedence", "bulk"),
    ("Content-Type", "text/plain; charset=UTF-8"),
    ("Content-Transfer-Encoding", "base64"),
], b64("お問い合わせ番号：C-77120\n3営業日以内にご回答いたします。\n".encode())), expect(
    messageId="form-77120@minato-mobile.example",
    date="2026-07-27T08:31:00Z",
    **{"from": addr("ミナトモバイル", "web-form@minato-mobile.example")},
    to=[addr(None, KEN)], subject="［受付完了］お客様相談室へのお問い合わせ",
    autoReply=True, autoReplyRule="Subject: 受付完了",
    meaningfulLines=["お問い合わせ番号：C-77120", "3営業日以内にご回答いたします。"],
))

add("19-newsletter-bulk", msg([
    ("From", "Minato Mobile News <news@mail.minato-mobile.example>"),
    ("To", KEN),
    ("Subject", ew_q("【ミナトモバイル】8月のお知らせ")),
    ("Date", "Sat, 01 Aug 2026 10:00:00 +0900"),
    ("Message-ID", "<news-202608@mail.minato-mobile.example>"),
    ("Precedence", "bulk"),
    ("List-Unsubscribe", "<mailto:unsubscribe@mail.minato-mobile.example>"),
    ("Content-Type", "text/plain; charset=utf-8"),
    ("Content-Transfer-Encoding", "quoted-printable"),
], qp("新しい料金プランのご案内です。\n".encode())), expect(
    messageId="news-202608@mail.minato-mobile.example",
    date="2026-08-01T01:00:00Z",
    **{"from": addr("Minato Mobile News", "news@mail.minato-mobile.example")},
    to=[addr(None, KEN)], subject="【ミナトモバイル】8月のお知らせ",
    meaningfulLines=["新しい料金プランのご案内です。"],
))

add("20-person-replies-to-ack", msg([
    ("From", "%s <%s>" % (ew_b("高橋", "ISO-2022-JP"), DESK)),
    ("To", KEN),
    ("Subject", ew_b("Re: 【自動返信】お問い合わせを受け付けました", "ISO-2022-JP")),
    ("Date", "Fri, 17 Jul 2026 15:20:00 +0900"),
    ("Message-ID", "<5d1f@support.minato-mobile.example>"),
    ("Content-Type", "text/plain; charset=ISO-2022-JP"),
], jis_lines("担当の高橋です。先ほどのメールに補足いたします。\n")), expect(
    messageId="5d1f@support.minato-mobile.example",
    date="2026-07-17T06:20:00Z",
    **{"from": addr("高橋", DESK)},
    to=[addr(None, KEN)], subject="Re: 【自動返信】お問い合わせを受け付けました",
    meaningfulLines=["担当の高橋です。先ほどのメールに補足いたします。"],
))

gm = """ご回答ありがとうございます。以下、インラインで失礼します。

2026年7月17日(金) 15:12 ミナトモバイル テクニカルメール窓口 <tech-desk@support.minato-mobile.example>:
> 頂いた情報をもとに、ネットワーク担当にて調査を開始いたしました。

よろしくお願いします。途中経過もいただけると助かります。

> 結果は来週中にご連絡いたします。

来週とは何日までのことでしょうか。
"""
add("21-gmail-japanese-attribution", msg([
    ("From", "=?UTF-8?B?5L2Q6JekIOWBpQ==?= <%s>" % KEN),
    ("To", DESK),
    ("Subject", ew_b("Re: 携帯2機種からのメールが届かない件", "UTF-8")),
    ("Date", "Fri, 17 Jul 2026 18:02:00 +0900"),
    ("Message-ID", "<CAF+ken0717@mail.gmail.example>"),
    ("In-Reply-To", "<5d1e.20260717151244@support.minato-mobile.example>"),
    ("Content-Type", 'text/plain; charset="UTF-8"'),
    ("Content-Transfer-Encoding", "base64"),
], b64(gm.encode())), expect(
    messageId="CAF+ken0717@mail.gmail.example",
    inReplyTo="5d1e.20260717151244@support.minato-mobile.example",
    date="2026-07-17T09:02:00Z",
    **{"from": addr("佐藤 健", KEN)},
    to=[addr(None, DESK)], subject="Re: 携帯2機種からのメールが届かない件",
    meaningfulLines=["ご回答ありがとうございます。以下、インラインで失礼します。",
                     "よろしくお願いします。途中経過もいただけると助かります。", "来週とは何日までのことでしょうか。"],
))

add("22-x-autoreply-shift-jis", msg([
    ("From", "%s <yamada@shop-kita.minato-mobile.example>" % ew_b("北町店 山田", "Shift_JIS", "cp932")),
    ("To", KEN),
    ("Subject", ew_b("不在のお知らせ", "Shift_JIS", "cp932")),
    ("Date", "Sat, 18 Jul 2026 10:00:00 +0900"),
    ("Message-ID", "<absent.0718@shop-kita.minato-mobile.example>"),
    ("X-Autoreply", "yes"),
    ("Content-Type", "text/plain; charset=x-sjis"),
    ("Content-Transfer-Encoding", "base64"),
], b64("7月21日まで不在にしております。\n急ぎの場合は店舗へお電話ください。\n".encode("cp932"))), expect(
    messageId="absent.0718@shop-kita.minato-mobile.example",
    date="2026-07-18T01:00:00Z",
    **{"from": addr("北町店 山田", "yamada@shop-kita.minato-mobile.example")},
    to=[addr(None, KEN)], subject="不在のお知らせ",
    autoReply=True, autoReplyRule="X-Autoreply",
    meaningfulLines=["7月21日まで不在にしております。", "急ぎの場合は店舗へお電話ください。"],
))

add("23-raw-utf8-header-unknown-charset", msg([
    ("From", "伊藤 愛子 <aiko@ito-family.example>".encode()),
    ("To", KEN),
    ("Subject", "携帯の件、その後どう？".encode()),
    ("Date", "Sun, 19 Jul 2026 20:00:00 +0900"),
    ("Message-ID", "<aiko-0719@ito-family.example>"),
    ("Content-Type", "text/plain; charset=x-mac-klingon"),
    ("Content-Transfer-Encoding", "8bit"),
], "こちらも同じ機種だから気になってます。\n".encode()), expect(
    messageId="aiko-0719@ito-family.example",
    date="2026-07-19T11:00:00Z",
    **{"from": addr("伊藤 愛子", "aiko@ito-family.example")},
    to=[addr(None, KEN)], subject="携帯の件、その後どう？",
    meaningfulLines=["こちらも同じ機種だから気になってます。"],
    notes=["unknownCharset"],
))

add("24-malformed-multipart-without-boundary", msg([
    ("From", KEN), ("To", DESK), ("Subject", "broken"),
    ("Date", "Fri, 17 Jul 2026 10:00:00 +0900"),
    ("MIME-Version", "1.0"),
    ("Content-Type", "multipart/mixed"),
], b"--x\nContent-Type: text/plain\n\nhello\n--x--\n"), {"error": "missingBoundary"})

add("25-malformed-bad-base64", msg([
    ("From", KEN), ("To", DESK), ("Subject", "broken base64"),
    ("Date", "Fri, 17 Jul 2026 10:00:00 +0900"),
    ("Content-Type", "text/plain; charset=utf-8"),
    ("Content-Transfer-Encoding", "base64"),
], b"5L2Q6Jek!!!IOWBpQ==\n"), {"error": "badBase64"})

add("26-malformed-not-mail", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)),
    {"error": "notAMessage"})

hdrs = headers([
    ("From", "=?UTF-8?B?5L2Q6JekIOWBpQ==?= <%s>" % KEN),
    ("To", "=?UTF-8?B?44OG44Kv44OL44Kr44Or?= <tech-desk@support.minato-mobile.example>"),
    ("Subject", "=?UTF-8?B?6KOc6Laz6LOH5paZ?="),
    ("Message-ID", "<20260724090000.K4@sato-home.example>"),
])
rb = "delay.0724"
add("27-dsn-delayed-headers-only", msg([
    ("From", "Mail Delivery Subsystem <MAILER-DAEMON@mail.sato-home.example>"),
    ("To", KEN),
    ("Subject", "Delayed Mail (still being retried)"),
    ("Date", "Fri, 24 Jul 2026 13:00:00 +0900"),
    ("Message-ID", "<dsn.delay.0724@mail.sato-home.example>"),
    ("Content-Type", "multipart/report; report-type=delivery-status; boundary=%s" % rb),
], ("--%s\n\nYour message has not been delivered yet. It will be retried for 4 more days.\n"
    "--%s\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;mail.sato-home.example\n\n"
    "Final-Recipient: RFC822; tech-desk@support.minato-mobile.example\nAction: delayed\nStatus: 4.4.7 (delivery time expired)\n"
    "Will-Retry-Until: Tue, 28 Jul 2026 09:00:00 +0900\n\n"
    "--%s\nContent-Type: text/rfc822-headers\n\n" % (rb, rb, rb)).encode() + hdrs + ("--%s--\n" % rb).encode()), expect(
    messageId="dsn.delay.0724@mail.sato-home.example",
    date="2026-07-24T04:00:00Z",
    **{"from": addr("Mail Delivery Subsystem", "MAILER-DAEMON@mail.sato-home.example")},
    to=[addr(None, KEN)], subject="Delayed Mail (still being retried)",
    bounce={"finalRecipient": "tech-desk@support.minato-mobile.example", "action": "delayed", "status": "4.4.7",
            "diagnostic": None, "reportingMTA": "mail.sato-home.example",
            "originalMessageId": "20260724090000.K4@sato-home.example", "originalSubject": "補足資料",
            "originalTo": [addr("テクニカル", "tech-desk@support.minato-mobile.example")]},
    meaningfulLines=["Your message has not been delivered yet. It will be retried for 4 more days."],
))

kana = "ｻﾎﾟｰﾄ窓口の田中です。\n担当者から本日中にお電話いたします。\n"
add("28-iso2022jp-halfwidth-kana", msg([
    ("From", "%s <tanaka@support.minato-mobile.example>" % ew_b("ｻﾎﾟｰﾄ 田中", "ISO-2022-JP")),
    ("To", KEN),
    ("Subject", ew_b("お電話の件", "ISO-2022-JP")),
    ("Date", "Sun, 19 Jul 2026 13:10:00 +0900"),
    ("Message-ID", "<tanaka-0719@support.minato-mobile.example>"),
    ("Content-Type", "text/plain; charset=ISO-2022-JP"),
], jis_lines(kana)), expect(
    messageId="tanaka-0719@support.minato-mobile.example",
    date="2026-07-19T04:10:00Z",
    **{"from": addr("ｻﾎﾟｰﾄ 田中", "tanaka@support.minato-mobile.example")},
    to=[addr(None, KEN)], subject="お電話の件",
    meaningfulLines=["ｻﾎﾟｰﾄ窓口の田中です。", "担当者から本日中にお電話いたします。"],
    notes=["charsetFallback", "charsetFallback"],  # the sender's name and the body
))

add("29-english-vendor-signature", msg([
    ("From", "Northwind DNS Support <support@northwind-dns.example>"),
    ("To", "Ken Sato <%s>, undisclosed-recipients:;" % KEN),
    ("Cc", "\"Ops, Northwind\" <ops@northwind-dns.example> (night shift)"),
    ("Subject", "Re: [NW-4471] MX lookups from Minato Mobile"),
    ("Date", "Tue, 21 Jul 2026 08:15:33 -0000"),
    ("Message-ID", "<NW-4471.3@northwind-dns.example>"),
    ("In-Reply-To", "<20260720.K5@sato-home.example> (Ken's message)"),
    ("Content-Type", "text/plain; charset=iso-8859-1"),
    ("Content-Transfer-Encoding", "quoted-printable"),
], b"Hi Ken,\n\nWe see queries for your MX from the carrier\x92s resolvers =E2=80=94 no, wait:\n"
   b"they never arrive. The fault is upstream of us.\n\nOn Mon, Jul 20, 2026 at 11:00 PM Ken Sato\n"
   b"<ken@sato-home.example> wrote:\n> Could you check your logs?\n\n-- \nNorthwind DNS Support\nTicket NW-4471\n"),
    expect(
    messageId="NW-4471.3@northwind-dns.example",
    inReplyTo="20260720.K5@sato-home.example",
    date="2026-07-21T08:15:33Z",
    **{"from": addr("Northwind DNS Support", "support@northwind-dns.example")},
    to=[addr("Ken Sato", KEN)],
    cc=[addr("Ops, Northwind", "ops@northwind-dns.example")],
    subject="Re: [NW-4471] MX lookups from Minato Mobile",
    textContains=["carrier\u2019s resolvers \u00e2\u20ac\u201d no"],
    meaningfulLines=["We see queries for your MX from the carrier\u2019s resolvers \u00e2\u20ac\u201d no, wait:",
                     "they never arrive. The fault is upstream of us."],
))

add("30-mbox-from-line-crlf-and-asctime", msg([
    ("From", "=?utf-8?q?=E5=B0=8F=E6=9E=97_=E9=81=A5?= <h.kobayashi@minato-mobile.example>"),
    ("To", KEN),
    ("Subject", "=?UTF-8?Q?=E3=81=8A=E9=9B=BB=E8=A9=B1=E3=81=AE=E3=81=8A=E7=A4=BC?="),
    ("Date", "Mon Jul 27 18:05:00 2026"),
    ("Message-ID", "<hk-0727@minato-mobile.example>"),
], "本日はお電話ありがとうございました。\n改善策は修正と合わせてご報告いたします。\n".encode(), crlf=True).replace(
    b"From: =?utf", b"From MAILER-DAEMON Mon Jul 27 18:05:01 2026\r\nFrom: =?utf", 1), expect(
    messageId="hk-0727@minato-mobile.example",
    date="2026-07-27T18:05:00Z",
    **{"from": addr("小林 遥", "h.kobayashi@minato-mobile.example")},
    to=[addr(None, KEN)], subject="お電話のお礼",
    meaningfulLines=["本日はお電話ありがとうございました。", "改善策は修正と合わせてご報告いたします。"],
))


# ---- for ladder mail's replay of story 1 (Tests/LadderEndToEndTests/Commands/MailStoryTests.swift)

# The resend that bounced (03 returns it): on Friday he answered his own first mail, but
# to the address the network team had read out wrongly.
add("31-user-resend-wrong-address", msg([
    ("From", "=?UTF-8?B?5L2Q6JekIOWBpQ==?= <%s>" % KEN),
    ("To", "tech-support@minato-mobile.example"),
    ("Subject", ew_b("再送：携帯2機種からのメールが届かない件", "UTF-8")),
    ("Date", "Fri, 17 Jul 2026 10:31:05 +0900"),
    ("Message-ID", "<20260717103105.K2@sato-home.example>"),
    ("In-Reply-To", "<20260716164012.K1@sato-home.example>"),
    ("References", "<20260716164012.K1@sato-home.example>"),
    ("MIME-Version", "1.0"),
    ("Content-Type", "text/plain; charset=utf-8"),
    ("Content-Transfer-Encoding", "base64"),
], b64(second_mail.encode()) + b"\n"), expect(
    messageId="20260717103105.K2@sato-home.example",
    inReplyTo="20260716164012.K1@sato-home.example",
    references=["20260716164012.K1@sato-home.example"],
    date="2026-07-17T01:31:05Z",
    **{"from": addr("佐藤 健", KEN)},
    to=[addr(None, "tech-support@minato-mobile.example")],
    subject="再送：携帯2機種からのメールが届かない件",
    textContains=["受付の連絡がないため再送いたします。"],
    meaningfulLines=["昨日お送りした件について、受付の連絡がないため再送いたします。", "佐藤 健"],
))

def main():
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        os.remove(os.path.join(OUT, name))
    for name, data, expected in CORPUS:
        with open(os.path.join(OUT, name + ".eml"), "wb") as f:
            f.write(data)
        with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(expected, f, ensure_ascii=False, indent=2, sort_keys=True)
            f.write("\n")
    print("wrote %d messages to %s" % (len(CORPUS), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
