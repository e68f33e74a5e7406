export declare const DIST: string;
export interface BuiltFile {
  path: string;
  bytes: number;
  gzipBytes: number;
}
export declare function build(): Promise<BuiltFile[]>;
