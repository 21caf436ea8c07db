// Types of the Turbopack loader's exports that tests call.
export function dropArrow(source: string, map: string): string;
export function slimWorker(source: string, wasm: Uint8Array, map: string): Promise<string>;
