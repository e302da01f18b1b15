// The document's names for those an organisation teaches, one label per sector, made from a
// language's sector words (`learners.po` is "pupils" in English, "leerlingen" in Dutch).
export const learnerLabels = (learners: (sector: string) => string) =>
  ({
    'learners.po': learners('po'),
    'learners.vo': learners('vo'),
    'learners.mbo': learners('mbo'),
    'learners.hbo': learners('hbo'),
    'learners.wo': learners('wo'),
    'learners.adult-education': learners('adult-education'),
    'learners.other': learners('other'),
  }) as const;
