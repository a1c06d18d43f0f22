import { describe, expect, it } from 'vitest';
import { AnalyzerError, analyze, decodePostMetadata, encodePostMetadata, Watchlist, type Post } from '../src/index.js';

const secret = new Uint8Array(32).fill(1);
const post: Post = {
  id: '9', platform: 'Mastodon', author: 'RealAlice', created_at: '2024-05-01T10:00:00Z', reply_to: '8', media: ['ipfs://m1'],
  text: 'Council vote on buses tomorrow @BobTheBuilder see https://www.example.org/a?b=1 &amp; #Transit #vote',
};

describe('analyze', () => {
  it('is deterministic and gives the same metadata for the same post and secret', () => {
    expect(analyze(post, { nodeSecret: secret })).toEqual(analyze({ ...post }, { nodeSecret: new Uint8Array(32).fill(1) }));
  });

  it('extracts hashtags, URL domains, pseudonymous mentions and counts media', () => {
    const m = analyze(post, { nodeSecret: secret, territory: 'DK-COPENHAGEN' });
    expect(m.hashtags).toEqual(['transit', 'vote']);
    expect(m.urlDomains).toEqual(['example.org']);
    expect(m.mentions).toHaveLength(1);
    expect(m.mentions[0]).toMatch(/^p1:[0-9a-f]{32}$/);
    expect(m.mediaCount).toBe(1);
    expect(m.isReply).toBe(true);
    expect(m.territory).toBe('DK-COPENHAGEN');
    expect(m.language).toBe('en');
    expect(m.createdAtMs).toBe(1714557600000);
  });

  it('never carries the text, the real author or mentioned handles', () => {
    const m = analyze(post, { nodeSecret: secret });
    const wire = JSON.stringify(m) + new TextDecoder().decode(encodePostMetadata(m));
    for (const secretWord of ['RealAlice', 'realalice', 'BobTheBuilder', 'bobthebuilder', 'Council vote', 'buses', 'ipfs://m1']) {
      expect(wire).not.toContain(secretWord);
    }
  });

  it('keys pseudonyms by the node secret: other nodes cannot link authors', () => {
    const a = analyze(post, { nodeSecret: secret });
    const b = analyze(post, { nodeSecret: new Uint8Array(32).fill(2) });
    expect(a.authorPseudonym).not.toBe(b.authorPseudonym);
    expect(a.mentions).not.toEqual(b.mentions);
    expect(a.cid).toBe(b.cid);
  });

  it('reports watchlist terms and hashtags, and records the watchlist version', () => {
    const watchlist = new Watchlist({ version: 'w7', terms: ['vote on buses', 'absent term'], hashtags: ['#TRANSIT'] });
    const m = analyze(post, { nodeSecret: secret, watchlist });
    expect(m.watchlistHits).toEqual([{ kind: 'hashtag', value: 'transit' }, { kind: 'term', value: 'vote on buses' }]);
    expect(m.provenance.watchlist).toBe('w7');
    expect(m.severityReasons).toContain('watchlist');
    const plain = analyze(post, { nodeSecret: secret, watchlist: { terms: ['tomorrow'] } });
    expect(plain.watchlistHits).toEqual([{ kind: 'term', value: 'tomorrow' }]);
  });

  it('detects the language of many languages', () => {
    const texts: Record<string, string> = {
      fr: 'Le conseil municipal se réunit demain pour parler des transports publics',
      de: 'Der Stadtrat trifft sich morgen, um über den öffentlichen Nahverkehr zu sprechen',
      es: 'El ayuntamiento se reúne mañana para hablar del transporte público de la ciudad',
      da: 'Byrådet mødes i morgen for at tale om den offentlige transport i byen',
    };
    for (const [language, text] of Object.entries(texts)) expect(analyze({ ...post, text }, { nodeSecret: secret }).language).toBe(language);
  });

  it('finds groups mentioned, through plural and irregular forms', () => {
    const m = analyze({ ...post, text: 'Refugees and women and Muslims deserve better housing' }, { nodeSecret: secret });
    expect(m.groups.map((g) => g.term)).toEqual(['muslim', 'refugee', 'woman']);
    expect(m.groups.map((g) => g.category)).toEqual(['religion', 'migration', 'gender']);
  });

  it('scores a targeted violent threat as a threat of high severity or more, and a friendly post as low', () => {
    const threat = analyze({ ...post, text: 'I will kill you and burn your house tomorrow', reply_to: '1' }, { nodeSecret: secret });
    expect(threat.scores.threat).toBeGreaterThanOrEqual(0.5);
    expect(threat.categories).toContain('threat');
    expect(['high', 'critical']).toContain(threat.severity);
    const friendly = analyze({ ...post, text: 'Thank you all for coming to the library reading group today' }, { nodeSecret: secret });
    expect(friendly.scores.threat).toBe(0);
    expect(friendly.severity).toBe('low');
    for (const score of Object.values(friendly.scores)) expect(score).toBeGreaterThanOrEqual(0);
  });

  it('round-trips through the wire codec', () => {
    const m = analyze(post, { nodeSecret: secret, watchlist: new Watchlist({ hashtags: ['vote'] }) });
    expect(decodePostMetadata(encodePostMetadata(m))).toEqual(m);
  });

  it('rejects a short node secret and a bad territory', () => {
    expect(() => analyze(post, { nodeSecret: new Uint8Array(8) })).toThrow(AnalyzerError);
    expect(() => analyze(post, { nodeSecret: secret, territory: 'bad territory' })).toThrow(/territory/);
  });
});
