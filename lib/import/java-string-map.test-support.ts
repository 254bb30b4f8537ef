/**
 * Writes a Java-serialized `java.util.HashMap<String, String>` as FreeOTP 2's externalBackup.xml holds one, for
 * tests. An entry's key or value may be `{ ref: n }`: a back-reference to the n-th string written (from 0).
 */
type Part = string | { ref: number };

export function javaStringMap(entries: readonly (readonly [Part, Part])[], declaredSize = entries.length): Uint8Array {
  const out: number[] = [];
  const u8 = (...b: number[]) => out.push(...b);
  const u16 = (n: number) => u8((n >> 8) & 0xff, n & 0xff);
  const i32 = (n: number) => u8((n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
  const utf = (text: string) => {
    const bytes = new TextEncoder().encode(text);
    return bytes;
  };
  u8(0xac, 0xed, 0x00, 0x05, 0x73, 0x72);
  const name = utf('java.util.HashMap');
  u16(name.length);
  u8(...name);
  u8(0x05, 0x07, 0xda, 0xc1, 0xc3, 0x16, 0x60, 0xd1, 0x03); // serialVersionUID, flags
  u16(2);
  for (const [type, field] of [
    ['F', 'loadFactor'],
    ['I', 'threshold'],
  ] as const) {
    u8(type.charCodeAt(0));
    u16(field.length);
    u8(...utf(field));
  }
  u8(0x78, 0x70); // end of annotations, no superclass
  u8(0x3f, 0x40, 0x00, 0x00); // loadFactor 0.75
  i32(12); // threshold
  u8(0x77, 0x08); // block data, 8 bytes
  i32(16); // capacity
  i32(declaredSize);
  const FIRST_STRING = 0x7e0002; // the class description and the map come first
  const write = (part: Part) => {
    if (typeof part !== 'string') {
      u8(0x71);
      i32(FIRST_STRING + part.ref);
      return;
    }
    const bytes = utf(part);
    if (bytes.length > 0xffff) {
      u8(0x7c);
      i32(0);
      i32(bytes.length);
    } else {
      u8(0x74);
      u16(bytes.length);
    }
    for (const b of bytes) out.push(b);
  };
  for (const [key, value] of entries) {
    write(key);
    write(value);
  }
  u8(0x78);
  return new Uint8Array(out);
}
