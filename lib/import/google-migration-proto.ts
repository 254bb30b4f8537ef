import { BinaryReader, WireType } from '@bufbuild/protobuf/wire';

/** One OtpParameters message of Google Authenticator's MigrationPayload, as raw protobuf values. */
export interface RawOtpParameters {
  secret: Uint8Array;
  name: string;
  issuer: string;
  algorithm: number;
  digits: number;
  type: number;
  counter: bigint;
}

export interface RawMigrationPayload {
  otpParameters: RawOtpParameters[];
  version: number;
  batchSize: number;
  batchIndex: number;
  batchId: number;
}

function expectWire(actual: WireType, wanted: WireType, field: string): void {
  if (actual !== wanted) throw new Error(`field ${field} has the wrong wire type`);
}

function readOtpParameters(bytes: Uint8Array): RawOtpParameters {
  const r = new BinaryReader(bytes);
  const p: RawOtpParameters = {
    secret: new Uint8Array(),
    name: '',
    issuer: '',
    algorithm: 0,
    digits: 0,
    type: 0,
    counter: 0n,
  };
  while (r.pos < r.len) {
    const [no, wt] = r.tag();
    if (no < 1 || no > 7) {
      r.skip(wt, no);
      continue;
    }
    const field = `OtpParameters.${no}`;
    if (no <= 3) {
      expectWire(wt, WireType.LengthDelimited, field);
      if (no === 1) p.secret = r.bytes();
      else if (no === 2) p.name = r.string();
      else p.issuer = r.string();
      continue;
    }
    expectWire(wt, WireType.Varint, field);
    if (no === 4) p.algorithm = r.int32();
    else if (no === 5) p.digits = r.int32();
    else if (no === 6) p.type = r.int32();
    else p.counter = BigInt(r.int64());
  }
  if (r.pos !== r.len) throw new Error('account entry is truncated');
  return p;
}

/** Decode a MigrationPayload with the protobuf wire reader. Throws (plain Error) on anything malformed. */
export function readMigrationPayload(bytes: Uint8Array): RawMigrationPayload {
  const r = new BinaryReader(bytes);
  const out: RawMigrationPayload = { otpParameters: [], version: 0, batchSize: 0, batchIndex: 0, batchId: 0 };
  while (r.pos < r.len) {
    const [no, wt] = r.tag();
    if (no === 0) throw new Error('field number 0');
    if (no === 1) {
      expectWire(wt, WireType.LengthDelimited, 'otp_parameters');
      out.otpParameters.push(readOtpParameters(r.bytes()));
    } else if (no >= 2 && no <= 5) {
      expectWire(wt, WireType.Varint, `MigrationPayload.${no}`);
      const v = r.int32();
      if (no === 2) out.version = v;
      else if (no === 3) out.batchSize = v;
      else if (no === 4) out.batchIndex = v;
      else out.batchId = v;
    } else r.skip(wt, no);
  }
  if (r.pos !== r.len) throw new Error('payload is truncated');
  return out;
}
