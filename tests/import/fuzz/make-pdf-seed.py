#!/usr/bin/env python3
# Makes corpus-pdf/table-cid-font.pdf: a two-page text PDF laid out like a report (headings, table rows with
# blank cells, page numbers, 落款), with a non-embedded CID font and a ToUnicode map, so that the PDF fuzzer
# starts from a file whose words reach the table layout code. Usage: make-pdf-seed.py OUT.pdf
import sys
lines_p1 = [
 (200, 780, "海口市测试局2024年政府信息公开工作年度报告"),
 (60, 740, "一、总体情况"),
 (60, 716, "本年度共收到政府信息公开申请160件，办结158件。"),
 (60, 680, "三、收到和处理政府信息公开申请情况"),
 (60, 650, "申请人情况"), (250, 650, "自然人"), (300, 650, "商业企业"), (350, 650, "科研机构"), (400, 650, "社会公益组织"), (450, 650, "法律服务机构"), (500, 650, "其他"), (545, 650, "总计"),
 (60, 620, "一、本年新收政府信息公开申请数量"), (260, 620, "160"), (310, 620, "0"), (360, 620, "2"), (410, 620, "0"), (460, 620, "0"), (510, 620, "18"), (550, 620, "180"),
 (60, 600, "二、上年结转政府信息公开申请数量"), (260, 600, "3"), (310, 600, ""), (360, 600, "0"), (410, 600, "0"), (460, 600, "0"), (510, 600, "0"), (550, 600, "3"),
 (60, 580, "三、本年度办理结果"), (100, 560, "（一）予以公开"), (260, 560, "50"), (310, 560, "0"), (510, 560, "1"), (550, 560, "51"),
 (100, 540, "（六）其他处理"), (260, 540, "40"), (310, 540, "1"), (360, 540, "0"), (410, 540, "0"), (460, 540, "2"), (550, 540, "43"),
 (100, 520, "（七）总计"), (260, 520, "159"), (310, 520, "0"), (360, 520, "2"), (550, 520, "179"),
 (60, 500, "四、结转下年度继续办理"), (260, 500, "4"), (550, 500, "4"),
 (290, 40, "— 1 —"),
]
lines_p2 = [
 (60, 780, "四、政府信息公开行政复议、行政诉讼情况"),
 (60, 750, "行政复议"), (300, 750, "行政诉讼"),
 (60, 720, "结果维持"), (100, 720, "结果纠正"), (140, 720, "其他结果"), (180, 720, "尚未审结"), (220, 720, "总计"),
 (62, 700, "1"), (102, 700, "0"), (142, 700, "0"), (182, 700, "0"), (222, 700, "1"), (262, 700, "12345"), (302, 700, "2"),
 (60, 660, "五、存在的主要问题及改进情况"),
 (60, 640, "一是公开内容不够全面。二是解读形式单一。"),
 (400, 200, "海口市测试局"), (400, 180, "2025年1月10日"),
 (290, 40, "— 2 —"),
]
chars = sorted({c for ls in (lines_p1, lines_p2) for _, _, t in ls for c in t})
def content(ls):
    out = []
    for x, y, t in ls:
        if not t: continue
        hexs = "".join("%04X" % ord(c) for c in t)
        out.append("BT /F1 10 Tf %d %d Td <%s> Tj ET" % (x, y, hexs))
    return "\n".join(out).encode()
cmap = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
        "1 begincodespacerange <0000> <FFFF> endcodespacerange"]
for i in range(0, len(chars), 100):
    chunk = chars[i:i+100]
    cmap.append("%d beginbfchar" % len(chunk))
    cmap += ["<%04X> <%04X>" % (ord(c), ord(c)) for c in chunk]
    cmap.append("endbfchar")
cmap += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
cmapb = "\n".join(cmap).encode()
c1, c2 = content(lines_p1), content(lines_p2)
objs = [
 b"<< /Type /Catalog /Pages 2 0 R >>",
 b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 8 0 R >>",
 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 9 0 R >>",
 b"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
 b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /CIDToGIDMap /Identity >>",
 b"<< /Length %d >>\nstream\n" % len(cmapb) + cmapb + b"\nendstream",
 b"<< /Length %d >>\nstream\n" % len(c1) + c1 + b"\nendstream",
 b"<< /Length %d >>\nstream\n" % len(c2) + c2 + b"\nendstream",
]
pdf = bytearray(b"%PDF-1.4\n")
offs = []
for i, o in enumerate(objs, 1):
    offs.append(len(pdf))
    pdf += b"%d 0 obj\n" % i + o + b"\nendobj\n"
xref = len(pdf)
pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
for o in offs: pdf += b"%010d 00000 n \n" % o
pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
open(sys.argv[1], "wb").write(pdf)
