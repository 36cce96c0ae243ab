import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site";

// Per request: its Sitemap line names the address this process runs at, not the build's (decision 29).
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/account", "/newsroom", "/api/", "/sign-in", "/teaser/"] }],
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
