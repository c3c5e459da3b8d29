// Types of check-pack.mjs for its test.
export declare const root: string;
export declare function tarballProblems(files: ReadonlyMap<string, string>): string[];
export declare function packAndCheck(
  destination: string,
): { name: string; tarball: string; problems: string[] }[];
