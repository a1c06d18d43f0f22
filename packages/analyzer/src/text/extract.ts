/** Hashtags, mentions and URL domains of a post. */
import { decodeHtmlEntities, hashtagInTextPattern, mentionPattern, urlPattern } from './normalize.js';

/** A hashtag's canonical form: NFC, lower case, without `#`. */
export function canonicalHashtag(tag: string): string {
  return tag.replace(/^#/, '').normalize('NFC').toLowerCase();
}

function bounded(values: Iterable<string>, max: number): string[] {
  return [...new Set(values)].sort().slice(0, max);
}

/** Hashtags in the text and in the post's own list, canonical, deduplicated, sorted. */
export function extractHashtags(text: string, listed: readonly string[] | undefined, max: number): string[] {
  const found: string[] = [];
  for (const m of decodeHtmlEntities(text).matchAll(hashtagInTextPattern)) found.push(canonicalHashtag(m[2] as string));
  for (const tag of listed ?? []) found.push(canonicalHashtag(tag));
  return bounded(found, max);
}

/** Mentioned handles (lower case, without `@`): real ids, to be pseudonymised before they leave. */
export function extractMentions(text: string, max: number): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(mentionPattern)) found.push((m[2] as string).toLowerCase());
  return bounded(found, max);
}

/** Host names of the URLs in the text, lower case, without `www.`. */
export function extractUrlDomains(text: string, max: number): string[] {
  const found: string[] = [];
  for (const m of decodeHtmlEntities(text).matchAll(urlPattern)) {
    const host = /^(?:https?:\/\/)?(?:[^@/?#\s]*@)?([^/:?#\s]+)/i.exec(m[0])?.[1];
    if (host === undefined) continue;
    const domain = host.toLowerCase().replace(/^www\./, '').replace(/[.,;!?)]+$/, '');
    if (/^[a-z0-9.-]+\.[a-z0-9-]{2,}$/.test(domain)) found.push(domain);
  }
  return bounded(found, max);
}
