/**
 * Our one-sentence summary of each agenda item, by slug, drawn from what the
 * release says of it. Kept apart from agenda.ts: every page loads that module
 * (for day pages' titles and link previews), and only the pages that show an
 * item's summary need these words.
 */
export const itemSummaries: Readonly<Record<string, string>> = {
  'welcoming-remarks':
    'The three-day event opened with welcoming remarks from World Bank Vice Presidents Chen and Ferro.',
  'mou-signing':
    'At the opening ceremony, MSIT and the World Bank signed a memorandum of understanding to promote mutually beneficial cooperation in the digital development sector.',
  'national-digital-strategy':
    'Began with an introduction of the New York Initiative and elaborated on Korea’s National Digital Strategy and measures to establish a new digital order.',
  'ai-for-participation-solidarity-and-prosperity':
    'Introduced Korea’s efforts to develop the AI industry through cloud infrastructure and sector-specific AI integration, with examples of high-performance computing (HPC) and software as a service (SaaS), and shared measures for Korea–World Bank cooperation in AI education and official development assistance (ODA).',
  'a-new-journey-to-digital-platform-government':
    'Korea’s policies on AI- and data-driven Digital Platform Government for addressing global social issues.',
  'enhancing-cyber-security-and-resilience':
    'Korea’s cyber security policy model and its international cooperation activities in cyber security.',
  'growth-of-the-data-industry':
    'Measures on harnessing data-related opportunities and narrowing the data gap amid the accelerating digital transformation.',
  'closing-ceremony': 'Korea Digital Days concluded with a closing ceremony led by the World Bank.',
};

/** An item's summary; every item has one (src/data/data.test.ts checks it). */
export function summaryOf(slug: string): string {
  return itemSummaries[slug] ?? '';
}
