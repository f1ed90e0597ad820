import { stemmer as stemEnglish } from "@orama/stemmers/english";
import { stemmer as stemPortuguese } from "@orama/stemmers/portuguese";

/** Words of a search box entry: letters and digits only, so no user text ever reaches FTS syntax. */
export function searchWords(query: string): string[] {
  const words = query.toLowerCase().normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, 12);
}

const foldDiacritics = (s: string) => s.normalize("NFD").replace(/\p{M}+/gu, "");

/**
 * SQLite FTS5 MATCH expression for a search box entry. The FTS table folds
 * diacritics (unicode61 remove_diacritics 2) but does not stem: Portuguese
 * and English stemming is done here, at query time. Each word matches as
 * itself or as a prefix of its Portuguese or English stem (Snowball, from
 * @orama/stemmers): "reservatórios" → reservatori* finds "reservatório";
 * "strikes" → strike* finds "striking". Every word must match (AND), as in
 * PostgreSQL's plainto_tsquery. Returns null when nothing searchable is left.
 */
export function ftsMatchExpression(query: string): string | null {
  const clauses = searchWords(query).map((word) => {
    const forms = new Set<string>([`"${foldDiacritics(word)}"`]);
    for (const stem of [stemPortuguese(word), stemEnglish(word)]) {
      const folded = foldDiacritics(stem);
      // very short stems ("sec" of "secas") would match half the dictionary
      if (folded.length >= 3 && /^[\p{L}\p{N}]+$/u.test(folded)) forms.add(`"${folded}"*`);
    }
    return `(${[...forms].join(" OR ")})`;
  });
  return clauses.length > 0 ? clauses.join(" AND ") : null;
}
