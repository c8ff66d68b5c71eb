#!/usr/bin/env bash
# Make the reader fixtures of test/readers/fixtures with real converters: pandoc (Debian package
# `pandoc`) and LibreOffice (`libreoffice-writer-nogui`). The tests read the committed results, so
# neither converter is needed to run them; run this again only to remake them.
#   founding/  the founding example (English then French in one file): text -> HTML (one <p> per
#              paragraph) -> pandoc -> DOCX, ODT, EPUB, Markdown; LibreOffice: DOCX -> PDF
#   features/  documents written for the "must handle" column of each format (sources in
#              test/readers/fixtures/sources), converted the same way
# Usage: scripts/make-reader-fixtures.sh [shared-dir]   (default: ../shared beside the checkout)
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

# The founding example.
F=$OUT/founding/un-sg-trafficking-2020
# No <title>: the converters would make it a title paragraph (DOCX, ODT) or a title page (EPUB) that
# the text does not have. EPUB wants a title all the same: pagetitle gives one without a title page.
node scripts/text-to-html.mjs "$SHARED/fixtures/un-sg-trafficking-2020.txt" > "$F.html"
pandoc -f html -t docx -o "$F.docx" "$F.html"
pandoc -f html -t odt -o "$F.odt" "$F.html"
pandoc -f html -t epub3 --metadata pagetitle="World Day against Trafficking in Persons 2020" -o "$F.epub" "$F.html"
pandoc -f html -t markdown -o "$F.md" "$F.html"
pdf "$F.docx" "$F.pdf"

# Feature documents: a Markdown source of ours (headings, emphasis that splits runs, a footnote, soft
# line breaks, a list with a tracked deletion and insertion, a table, a field) through pandoc to
# DOCX; LibreOffice turns that DOCX into ODT (tracked changes kept, in ODF's own form) and the ODT
# back into a DOCX of its own making (other runs, styles and numbering than pandoc's).
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
