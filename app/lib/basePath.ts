// The site may be served below a path (GitHub Pages and the like).
export const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? "";

/** URL of a file in `public/`, below the base path. */
export function assetUrl(path: string): string {
  return `${BASE_PATH}/${path.replace(/^\//, "")}`;
}
