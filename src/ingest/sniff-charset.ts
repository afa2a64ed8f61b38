/**
 * The charset a source declares for itself: `charset=` in the HTTP Content-Type, else (for HTML)
 * `<meta charset="gbk">` or `<meta http-equiv="Content-Type" content="text/html; charset=big5">`
 * within the first 4 KB. Used only when the bytes are not valid UTF-8.
 */
export function declaredCharset(bytes: Uint8Array, contentType: string | undefined, lookInHtml: boolean): string | undefined {
  const fromHeader = contentType ? CHARSET.exec(contentType)?.[1] : undefined;
  if (fromHeader) return fromHeader;
  if (!lookInHtml) return undefined;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  return META_CHARSET.exec(head)?.[1] ?? undefined;
}

const CHARSET = /charset\s*=\s*["']?([\w.:-]+)/i;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i;
