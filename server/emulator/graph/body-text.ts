// Plain text of an HTML body, as Outlook derives bodyPreview (first 255 characters) and text bodies.

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const decode = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });

export const htmlToText = (html: string): string => {
  const withoutHead = html.replace(/<head[\s\S]*?<\/head>/gi, '').replace(/<(script|style)[\s\S]*?<\/\1>/gi, '');
  const lines = withoutHead
    .replace(/\r?\n/g, ' ')
    .replace(/<\s*(br|\/p|\/div|\/li|\/h[1-6]|\/tr|\/ol|\/ul)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .split('\n')
    .map((line) => decode(line).replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean);
  return lines.join('\r\n');
};

export const bodyPreview = (html: string): string => htmlToText(html).slice(0, 255);

const escapeHtml = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Exchange stores a text body it is given as HTML. */
export const textToHtml = (text: string): string =>
  '<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n<body>\r\n' +
  `<div>${escapeHtml(text).replace(/\r?\n/g, '<br>\r\n')}</div>\r\n</body>\r\n</html>\r\n`;
