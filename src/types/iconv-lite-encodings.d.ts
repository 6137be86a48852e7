/**
 * iconv-lite's single-byte code tables, imported directly so the browser build does not pull in
 * iconv-lite's `Buffer`-based codec (Vite does not polyfill `buffer`). Plain CommonJS data modules.
 */
interface IconvSbcsTable {
  readonly type: '_sbcs';
  /** 128 chars (bytes 0x80–0xFF) or 256 chars (bytes 0x00–0xFF). */
  readonly chars: string;
}

declare module 'iconv-lite/encodings/sbcs-data.js' {
  const tables: Readonly<Record<string, IconvSbcsTable | string | number>>;
  export default tables;
}

declare module 'iconv-lite/encodings/sbcs-data-generated.js' {
  const tables: Readonly<Record<string, IconvSbcsTable | string | number>>;
  export default tables;
}
