import type { MetadataRoute } from "next";
import { sitemapEntries } from "@/lib/seo-index";

// Per request: every <loc> names the address this process runs at, not the build's (decision 29).
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries();
}
