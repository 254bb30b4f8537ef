import { XMLParser } from 'fast-xml-parser';

/**
 * Android's SharedPreferences files (`<map><string name="…">…</string><int name="…" value="…"/></map>`), which some
 * apps' internal storage or backups hold. Answers every entry's value as text, or null when this is not such a file.
 */
export function readAndroidPrefs(text: string | null): Map<string, string> | null {
  if (text === null || !/^\s*(?:<\?xml[^>]*\?>\s*)?<map\b/.test(text)) return null;
  let doc: unknown;
  try {
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@',
      parseTagValue: false,
      parseAttributeValue: false,
      trimValues: false,
      isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
    });
    doc = parser.parse(text, true);
  } catch {
    return null;
  }
  const map = (doc as { map?: Record<string, unknown>[] }).map?.[0];
  if (!map) return null;
  const prefs = new Map<string, string>();
  for (const [tag, nodes] of Object.entries(map)) {
    if (tag.startsWith('@') || !Array.isArray(nodes)) continue;
    for (const node of nodes as unknown[]) {
      if (typeof node !== 'object' || node === null) continue;
      const n = node as Record<string, unknown>;
      const name = n['@name'];
      if (typeof name !== 'string') continue;
      const value = n['@value'] ?? n['#text'] ?? '';
      prefs.set(name, typeof value === 'string' ? value : String(value as number));
    }
  }
  return prefs;
}
