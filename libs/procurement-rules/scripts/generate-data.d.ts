// Types of the generator's exports, for the spec that checks the generated files are up to date.

/** The generated files, as paths relative to the library with the content data/ gives. */
export declare function generatedFiles(): { file: string; content: string }[];

/** The generated files that are missing or differ from what data/ gives (relative paths); empty when in sync. */
export declare function staleGeneratedFiles(): string[];
