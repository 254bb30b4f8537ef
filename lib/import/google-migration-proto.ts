import { BinaryReader, BinaryWriter, WireType } from '@bufbuild/protobuf/wire';
import { OTP_FIELD as F, PAYLOAD_FIELD as P } from './google-migration-schema';

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
    if (no < F.secret || no > F.counter) {
      r.skip(wt, no);
      continue;
    }
    const field = `OtpParameters.${no}`;
    if (no <= F.issuer) {
      expectWire(wt, WireType.LengthDelimited, field);
      if (no === F.secret) p.secret = r.bytes();
      else if (no === F.name) p.name = r.string();
      else p.issuer = r.string();
      continue;
    }
    expectWire(wt, WireType.Varint, field);
    if (no === F.algorithm) p.algorithm = r.int32();
    else if (no === F.digits) p.digits = r.int32();
    else if (no === F.type) p.type = r.int32();
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
    if (no === P.otpParameters) {
      expectWire(wt, WireType.LengthDelimited, 'otp_parameters');
      out.otpParameters.push(readOtpParameters(r.bytes()));
    } else if (no >= P.version && no <= P.batchId) {
      expectWire(wt, WireType.Varint, `MigrationPayload.${no}`);
      const v = r.int32();
      if (no === P.version) out.version = v;
      else if (no === P.batchSize) out.batchSize = v;
      else if (no === P.batchIndex) out.batchIndex = v;
      else out.batchId = v;
    } else r.skip(wt, no);
  }
  if (r.pos !== r.len) throw new Error('payload is truncated');
  return out;
}

/** Encode a MigrationPayload (every field written, as Google Authenticator does); readMigrationPayload reads it back. */
export function writeMigrationPayload(payload: RawMigrationPayload): Uint8Array {
  const w = new BinaryWriter();
  for (const p of payload.otpParameters) {
    w.tag(P.otpParameters, WireType.LengthDelimited).fork();
    w.tag(F.secret, WireType.LengthDelimited).bytes(p.secret);
    w.tag(F.name, WireType.LengthDelimited).string(p.name);
    w.tag(F.issuer, WireType.LengthDelimited).string(p.issuer);
    w.tag(F.algorithm, WireType.Varint).int32(p.algorithm);
    w.tag(F.digits, WireType.Varint).int32(p.digits);
    w.tag(F.type, WireType.Varint).int32(p.type);
    w.tag(F.counter, WireType.Varint).int64(p.counter);
    w.join();
  }
  w.tag(P.version, WireType.Varint).int32(payload.version);
  w.tag(P.batchSize, WireType.Varint).int32(payload.batchSize);
  w.tag(P.batchIndex, WireType.Varint).int32(payload.batchIndex);
  w.tag(P.batchId, WireType.Varint).int32(payload.batchId);
  return w.finish();
}
