/**
 * Reads a Java-serialized `java.util.HashMap<String, String>` (FreeOTP 2's externalBackup.xml). Only that shape is
 * understood: a HashMap with primitive fields, String keys and values. The npm `java-deserialization` package needs
 * Node's Buffer and assert, so this small reader covers the one case we need. Throws a plain Error otherwise.
 */

const MAGIC = [0xac, 0xed, 0x00, 0x05];
const TC = { NULL: 0x70, REFERENCE: 0x71, CLASSDESC: 0x72, OBJECT: 0x73, STRING: 0x74, BLOCKDATA: 0x77, END: 0x78 };
const LONG_STRING = 0x7c;
const FIRST_HANDLE = 0x7e0000;
const PRIMITIVE_SIZE: Record<string, number> = { B: 1, C: 2, D: 8, F: 4, I: 4, J: 8, S: 2, Z: 1 };

/** Java's "modified UTF-8": like UTF-8, but each UTF-16 unit on its own (and NUL as two bytes). */
function modifiedUtf8(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const a = bytes[i++]!;
    if (a < 0x80) out += String.fromCharCode(a);
    else if ((a & 0xe0) === 0xc0) out += String.fromCharCode(((a & 0x1f) << 6) | (bytes[i++]! & 0x3f));
    else out += String.fromCharCode(((a & 0x0f) << 12) | ((bytes[i++]! & 0x3f) << 6) | (bytes[i++]! & 0x3f));
  }
  return out;
}

/** Too many entries, or strings repeated by reference beyond what the file could hold (a "billion laughs"). */
export class JavaMapTooLargeError extends Error {
  override name = 'JavaMapTooLargeError';
}

export interface JavaMapLimits {
  maxEntries: number;
  /** Characters of every key and value read, a string referenced again counted again. */
  maxChars: number;
}

class Reader {
  private at = 0;
  chars = 0;
  private readonly view: DataView;
  readonly handles: unknown[] = [];
  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  private need(n: number): void {
    if (this.at + n > this.bytes.length) throw new Error('truncated');
  }
  u8(): number {
    this.need(1);
    return this.bytes[this.at++]!;
  }
  u16(): number {
    this.need(2);
    this.at += 2;
    return this.view.getUint16(this.at - 2);
  }
  i32(): number {
    this.need(4);
    this.at += 4;
    return this.view.getInt32(this.at - 4);
  }
  skip(n: number): void {
    this.need(n);
    this.at += n;
  }
  utf(length: number): string {
    this.need(length);
    this.at += length;
    return modifiedUtf8(this.bytes.subarray(this.at - length, this.at));
  }
  expect(byte: number, what: string): void {
    if (this.u8() !== byte) throw new Error(`expected ${what}`);
  }
}

function readString(r: Reader, limits: JavaMapLimits): string {
  const tag = r.u8();
  if (tag === TC.REFERENCE) {
    const value = r.handles[r.i32() - FIRST_HANDLE];
    if (typeof value !== 'string') throw new Error('reference to something that is not a string');
    r.chars += value.length;
    if (r.chars > limits.maxChars)
      throw new JavaMapTooLargeError(`has strings that repeat beyond ${limits.maxChars} characters`);
    return value;
  }
  let length: number;
  if (tag === TC.STRING) length = r.u16();
  else if (tag === LONG_STRING) {
    if (r.i32() !== 0) throw new Error('string too long');
    length = r.i32();
  } else throw new Error('expected a string');
  const value = r.utf(length);
  r.chars += value.length;
  r.handles.push(value);
  return value;
}

/** Throws `JavaMapTooLargeError` beyond `limits`, a plain Error for anything else it cannot read. */
export function readJavaStringMap(bytes: Uint8Array, limits: JavaMapLimits): Map<string, string> {
  const r = new Reader(bytes);
  for (const b of MAGIC) r.expect(b, 'Java serialization');
  r.expect(TC.OBJECT, 'an object');
  r.expect(TC.CLASSDESC, 'a class description');
  if (r.utf(r.u16()) !== 'java.util.HashMap') throw new Error('not a HashMap');
  r.skip(8 + 1); // serialVersionUID, flags
  r.handles.push({ classDesc: true }); // not strings: a reference back to either is refused
  let fieldBytes = 0;
  for (let fields = r.u16(); fields > 0; fields--) {
    const size = PRIMITIVE_SIZE[String.fromCharCode(r.u8())];
    if (size === undefined) throw new Error('unexpected object field');
    r.skip(r.u16());
    fieldBytes += size;
  }
  r.expect(TC.END, 'end of class annotations');
  r.expect(TC.NULL, 'no superclass');
  r.handles.push({ map: true });
  r.skip(fieldBytes);
  r.expect(TC.BLOCKDATA, 'block data');
  if (r.u8() !== 8) throw new Error('unexpected block size');
  r.i32(); // capacity
  const size = r.i32();
  if (size < 0 || size > limits.maxEntries) throw new JavaMapTooLargeError(`lists ${size} entries`);
  const map = new Map<string, string>();
  for (let i = 0; i < size; i++) map.set(readString(r, limits), readString(r, limits));
  return map;
}
