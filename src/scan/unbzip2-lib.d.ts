// unbzip2-stream's block decoder and bit reader (CommonJS files, untyped upstream)
declare module 'unbzip2-stream/lib/bzip2.js' {
  const bzip2: {
    header(bits: unknown): number;
    decompress(
      bits: unknown,
      write: (byte: number) => void,
      table: Int32Array,
      size: number,
      crc: number | null,
    ): number | null;
  };
  export default bzip2;
}

declare module 'unbzip2-stream/lib/bit_iterator.js' {
  export default function bitIterator(next: () => Buffer | undefined): {
    (n: number): number;
    bytesRead: number;
  };
}
