// Office IP ranges of site licences (issue 18): which licence, if any, an
// address reads under. The one place that answers it; the request's address
// itself comes from lib/request.ts (clientIp).
export type RangeLicence = { organizationId: string; name: string };

/** The licence whose office ranges contain this address, or null. */
export async function licenceForAddress(_ip: string): Promise<RangeLicence | null> {
  return null;
}
