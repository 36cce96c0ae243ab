import { isSubscriber, viewerForUser, type Viewer } from "../access/index.ts";

/** Has a paid (or organisation) subscription reached our database for this reader? */
export async function subscriptionConfirmed(viewer: Viewer): Promise<boolean> {
  if (!viewer.userId) return false;
  const fresh = await viewerForUser(viewer.userId);
  return isSubscriber(fresh, new Date());
}
