// Types of the Turbopack loader's exports that tests call.
export function dropArrow(source: string, map: string): string;
