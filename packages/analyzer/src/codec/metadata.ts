/** PostMetadata to and from its protobuf wire form. */
import { continuum } from '../gen/analyzer.js';
import { defaultLimits, type AnalyzerLimits } from '../limits.js';
import { categoryNames, type Category, type PostMetadata, type PrimaryCategory } from '../metadata.js';
import type { GroupCategory } from '../features/groups.js';
import { DecodeProblem, decodeGuarded, safeNumber, severityFrom } from './problem.js';
import { signaturesFromWire, signaturesToWire } from './signatures.js';

const wire = continuum.analyzer.v1;
const round4 = (x: number | null | undefined) => Math.round((x ?? 0) * 1e4) / 1e4;

export function encodePostMetadata(m: PostMetadata): Uint8Array {
  return wire.PostMetadata.encode({
    cid: m.cid, platform: m.platform, language: m.language, createdAtMs: m.createdAtMs, authorPseudonym: m.authorPseudonym,
    territory: m.territory, scores: { ...m.scores }, severity: m.severity, hashtags: [...m.hashtags],
    signatures: signaturesToWire(m.signatures), isReply: m.isReply, mediaCount: m.mediaCount, mentions: [...m.mentions],
    urlDomains: [...m.urlDomains], categories: [...m.categories], primaryCategory: m.primaryCategory,
    severityReasons: [...m.severityReasons], groups: m.groups.map((g) => ({ ...g })), watchlistHits: m.watchlistHits.map((h) => ({ ...h })),
    provenance: { ...m.provenance },
  }).finish();
}

function category(value: string): Category {
  if (!categoryNames.includes(value as Category)) throw new DecodeProblem(`unknown category ${JSON.stringify(value)}`);
  return value as Category;
}

export function decodePostMetadata(bytes: Uint8Array, limits: AnalyzerLimits = defaultLimits): PostMetadata {
  return decodeGuarded('PostMetadata', bytes, limits, (b) => {
    const m = wire.PostMetadata.decode(b);
    if (!m.cid) throw new DecodeProblem('cid missing');
    const primary = m.primaryCategory === 'none' ? 'none' : category(m.primaryCategory);
    const s = m.scores ?? {};
    return {
      cid: m.cid, platform: m.platform, createdAtMs: safeNumber(m.createdAtMs, 'createdAtMs'), language: m.language, territory: m.territory,
      authorPseudonym: m.authorPseudonym, isReply: m.isReply, mediaCount: m.mediaCount, hashtags: m.hashtags, mentions: m.mentions,
      urlDomains: m.urlDomains,
      scores: { hateSpeech: round4(s.hateSpeech), offensive: round4(s.offensive), threat: round4(s.threat), harassment: round4(s.harassment) },
      categories: m.categories.map(category), primaryCategory: primary as PrimaryCategory, severity: severityFrom(m.severity),
      severityReasons: m.severityReasons, groups: m.groups.map((g) => ({ category: g.category as GroupCategory, term: g.term ?? '' })),
      signatures: signaturesFromWire(m.signatures),
      watchlistHits: m.watchlistHits.map((h) => {
        const kind = h.kind;
        if (kind !== 'term' && kind !== 'hashtag') throw new DecodeProblem('unknown watchlist hit kind');
        return { kind, value: h.value ?? '' };
      }),
      provenance: { model: m.provenance?.model ?? '', lexicon: m.provenance?.lexicon ?? '', watchlist: m.provenance?.watchlist ?? '' },
    };
  });
}
