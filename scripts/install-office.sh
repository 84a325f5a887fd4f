#!/usr/bin/env bash
# Installs what the Word-document tests need from Debian's packages: LibreOffice Writer headless
# (opens .docx files, converts them to text and PDF), poppler-utils (pdftotext, pdftoppm) and CJK fonts.
# Idempotent: does nothing when soffice, pdftotext and the fonts are already there.
set -euo pipefail
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || need+=(fonts-noto-cjk)
# Liberation Serif has the metrics of Times New Roman, the Latin font of the exported body text: digits
# measure as they do in Word.
fc-list 2>/dev/null | grep -qi 'Liberation Serif' || need+=(fonts-liberation)
if [ ${#need[@]} -gt 0 ]; then
  echo "[office] apt-get install ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  for attempt in 1 2 3; do
    # another apt run (the VS Code host install) may hold the lock: wait for it
    if $SUDO apt-get update -qq -o DPkg::Lock::Timeout=300 && \
       $SUDO apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 "${need[@]}" >/dev/null; then
      break
    fi
    [ "$attempt" -eq 3 ] && { echo "[office] apt-get install failed" >&2; exit 1; }
    sleep 5
  done
fi
echo "[office] $(soffice --version 2>/dev/null | head -1)"
