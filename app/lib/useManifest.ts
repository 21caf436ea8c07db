"use client";
// The dataset manifest for captions (build date, synthetic count), fetched once per page.
import { useEffect, useState } from "react";
import { assetUrl } from "./basePath";
import type { Manifest } from "./dataset";

let pending: Promise<Manifest> | null = null;

export function loadManifest(): Promise<Manifest> {
  pending ??= fetch(assetUrl("data/manifest.json"))
    .then((r) => {
      if (!r.ok) throw new Error(`${r.url}: HTTP ${r.status}`);
      return r.json() as Promise<Manifest>;
    })
    .catch((error: unknown) => {
      pending = null;
      throw error;
    });
  return pending;
}

export function useManifest(): Manifest | null {
  const [manifest, setManifest] = useState<Manifest | null>(null);
  useEffect(() => {
    let live = true;
    loadManifest()
      .then((m) => live && setManifest(m))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return manifest;
}
