import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/account", "/newsroom", "/api/", "/sign-in", "/teaser/"] }],
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
