// Ids are short slugs derived from names: "Toekomstige studenten" -> "toekomstige-studenten".

/** The kinds of entry a strategy defines by id, that other entries refer to. */
export type IdKind = 'audience' | 'channel' | 'goal' | 'pillar' | 'member' | 'kpi';

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const MAX_ID_LENGTH = 64;

export function slugify(name: string): string {
  // NFKD splits accents off letters (é -> e + U+0301) so they can be dropped; ASCII has none.
  // Letters NFKD leaves whole are spelt out: Yılmaz is yilmaz, Straße strasse.
  const plain = /^[\x00-\x7f]*$/.test(name)
    ? name
    : name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[ıİ]/g, 'i')
        .replace(/ß/g, 'ss')
        .replace(/[æÆ]/g, 'ae')
        .replace(/[øØ]/g, 'o')
        .replace(/[łŁ]/g, 'l')
        .replace(/[œŒ]/g, 'oe');
  return plain
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID_LENGTH)
    .replace(/-+$/, '');
}
