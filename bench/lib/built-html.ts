// Vite's built HTML pages: which JavaScript files a page loads before it runs (its entry and its static imports).

/** The value of `name` in one tag's attribute text, quoted or not. */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/**
 * URLs of `<script type="module" src>` and `<link rel="modulepreload" href>` in document order, without duplicates.
 * Vite lists every statically imported chunk of an entry as a modulepreload link, so together they are what the page
 * downloads before it starts; lazily imported chunks are not included.
 */
export function pageScriptUrls(html: string): string[] {
  const urls: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const isScript = /^<script/i.test(tag);
    const url = isScript
      ? attribute(tag, 'type')?.toLowerCase() === 'module' ? attribute(tag, 'src') : undefined
      : attribute(tag, 'rel')?.toLowerCase().split(/\s+/).includes('modulepreload') ? attribute(tag, 'href') : undefined;
    if (url && !urls.includes(url)) urls.push(url);
  }
  return urls;
}
