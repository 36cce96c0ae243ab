// The site-wide <head> facts, in one place for both routers: the App Router's
// root layout turns them into its `metadata`/`viewport` exports, and the Pages
// Router's zero-JS reader pages (components/layout/PageHead.tsx) into tags.
export const SITE_NAME = "Trade Law Daily";
export const SITE_DESCRIPTION =
  "Daily coverage of court proceedings and agency rulings on tariffs, classification, valuation, origin, AD/CVD, sanctions and export controls.";
/** A page's own title becomes "<title> | Trade Law Daily". */
export const TITLE_TEMPLATE = `%s | ${SITE_NAME}`;
export const THEME_COLOR = "#7a1f1f";
export const RSS_FEED = { url: "/feed.xml", title: "Trade Law Daily headlines" };
