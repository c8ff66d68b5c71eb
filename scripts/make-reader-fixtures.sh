#!/usr/bin/env bash
# Make the reader fixtures of test/readers/fixtures with real converters: pandoc (Debian package
# `pandoc`) and LibreOffice (`libreoffice-writer-nogui`). The tests read the committed results, so
# neither converter is needed to run them; run this again only to remake them.
#   founding/  the founding example (English then French in one file): text -> HTML (one <p> per
#              paragraph) -> pandoc -> DOCX, ODT, EPUB, Markdown; LibreOffice: DOCX -> PDF
#   features/  documents written for the "must handle" column of each format (sources in
#              test/readers/fixtures/sources), converted the same way; a two-column PDF with
#              running header and page numbers from a flat ODT we write
#   hostile/   PDFs with no text layer to read: one locked by a password, one that is a picture
# Usage: scripts/make-reader-fixtures.sh [shared-dir] [part…]   (default: ../shared beside the
# checkout, every part). PDFs and archives carry dates, so remade fixtures differ in bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${1:-../shared}
OUT=test/readers/fixtures
SOURCES=$OUT/sources
mkdir -p "$OUT/founding" "$OUT/features"
export SOURCE_DATE_EPOCH=1600000000   # pandoc writes this date into DOCX/ODT/EPUB metadata: same bytes each run
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# LibreOffice headless, its profile in a temp dir so that a running office does not interfere.
pdf() { # <in> <out.pdf>
  soffice -env:UserInstallation="file://$TMP/profile" --headless --convert-to pdf --outdir "$TMP" "$1" >/dev/null 2>&1
  mv "$TMP/$(basename "${1%.*}").pdf" "$2"
}

# Only some parts: scripts/make-reader-fixtures.sh [shared-dir] [founding] [features] [hostile]
PARTS=${*:2}
PARTS=${PARTS:-founding features hostile}
want() { [[ " $PARTS " == *" $1 "* ]]; }

# The founding example.
if want founding; then
F=$OUT/founding/un-sg-trafficking-2020
# No <title>: the converters would make it a title paragraph (DOCX, ODT) or a title page (EPUB) that
# the text does not have. EPUB wants a title all the same: pagetitle gives one without a title page.
node scripts/text-to-html.mjs "$SHARED/fixtures/un-sg-trafficking-2020.txt" > "$F.html"
pandoc -f html -t docx -o "$F.docx" "$F.html"
pandoc -f html -t odt -o "$F.odt" "$F.html"
pandoc -f html -t epub3 --metadata pagetitle="World Day against Trafficking in Persons 2020" -o "$F.epub" "$F.html"
pandoc -f html -t epub2 --metadata pagetitle="World Day against Trafficking in Persons 2020" -o "$F.epub2.epub" "$F.html"
pandoc -f html -t markdown-smart -o "$F.md" "$F.html"   # -smart: keep ’ and – as written, not ASCII for a smart reader
pdf "$F.docx" "$F.pdf"
# Its two languages as two documents of different formats: the English as DOCX, the French as PDF.
awk '/^\*\*\*\*\*/ { exit } { print }' "$SHARED/fixtures/un-sg-trafficking-2020.txt" > "$TMP/en.txt"
awk 'seen { print } /^\*\*\*\*\*/ { seen = 1 }' "$SHARED/fixtures/un-sg-trafficking-2020.txt" > "$TMP/fr.txt"
node scripts/text-to-html.mjs "$TMP/en.txt" > "$TMP/en.html"
node scripts/text-to-html.mjs "$TMP/fr.txt" "" fr > "$TMP/fr.html"
pandoc -f html -t docx -o "$F.en.docx" "$TMP/en.html"
pandoc -f html -t docx -o "$TMP/fr.docx" "$TMP/fr.html"
pdf "$TMP/fr.docx" "$F.fr.pdf"
fi

# Feature documents: a Markdown source of ours (headings, emphasis that splits runs, a footnote, soft
# line breaks, a list with a tracked deletion and insertion, a table, a field) through pandoc to
# DOCX; LibreOffice turns that DOCX into ODT (tracked changes kept, in ODF's own form) and the ODT
# back into a DOCX of its own making (other runs, styles and numbering than pandoc's).
if want features; then
S=$SOURCES/features
G=$OUT/features/features
pandoc -f markdown -t docx -o "$G.docx" "$S.md"
soffice_convert() { # <in> <format> <out>
  soffice -env:UserInstallation="file://$TMP/profile" --headless --convert-to "$2" --outdir "$TMP" "$1" >/dev/null 2>&1
  mv "$TMP/$(basename "${1%.*}").${2%%:*}" "$3"
}
soffice_convert "$G.docx" odt "$G.odt"
cp "$G.odt" "$TMP/features-lo.odt"
soffice_convert "$TMP/features-lo.odt" docx "$G.lo.docx"
# A PDF of two-column pages with a running header and page numbers, from a flat ODT we write.
node "$SOURCES/columns.mjs" > "$SOURCES/columns.fodt"
pdf "$SOURCES/columns.fodt" "$OUT/features/columns.pdf"
fi

# Hostile PDFs: one locked by a password, one whose only page is an image (no text layer).
if want hostile; then
H=$OUT/hostile
mkdir -p "$H"
cp "$OUT/founding/un-sg-trafficking-2020.docx" "$TMP/locked.docx"
soffice -env:UserInstallation="file://$TMP/profile" --headless --convert-to \
  'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}' \
  --outdir "$TMP" "$TMP/locked.docx" >/dev/null 2>&1
mv "$TMP/locked.pdf" "$H/locked.pdf"
node -e '
  // A 64x64 grey PNG, written with zlib: a picture and nothing else.
  const zlib = require("node:zlib");
  const crc = (b) => { let c = ~0; for (const x of b) { c ^= x; for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1; } return ~c >>> 0; };
  const chunk = (type, data) => { const t = Buffer.from(type); const len = Buffer.alloc(4); len.writeUInt32BE(data.length); const sum = Buffer.alloc(4); sum.writeUInt32BE(crc(Buffer.concat([t, data]))); return Buffer.concat([len, t, data, sum]); };
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(64, 0); ihdr.writeUInt32BE(64, 4); ihdr[8] = 8; ihdr[9] = 0;
  const rows = Buffer.alloc(64 * 65, 0x80); for (let y = 0; y < 64; y++) rows[y * 65] = 0;
  process.stdout.write(Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr), chunk("IDAT", zlib.deflateSync(rows)), chunk("IEND", Buffer.alloc(0))]));
' > "$TMP/scan.png"
printf '![](%s)\n' "$TMP/scan.png" > "$TMP/scan.md"
pandoc -f markdown -t docx -o "$TMP/scan.docx" "$TMP/scan.md"
pdf "$TMP/scan.docx" "$H/scan.pdf"
fi
