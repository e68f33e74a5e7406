/** Every text Footprint stores is Unicode NFC, so "ệ" typed on any keyboard compares equal. */
export function nfc(s: string): string {
  return s.normalize('NFC');
}

/**
 * The one search normalisation: case- and diacritic-insensitive, "đ" → "d", whitespace folded.
 * "Hà Nội", "HA NOI" and "ha  noi" all become "ha noi". Stored in *_search columns and applied to
 * the query, so a plain LIKE on the folded column is the Vietnamese-aware search.
 */
export function foldForSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Escapes LIKE wildcards so user text matches literally. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
