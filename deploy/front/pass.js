// The front's njs module (Debian's libnginx-mod-http-js, njs 0.7: ES5 and a few
// ES6 forms). Loaded by front.conf.template as `tld_pass`.
//
// level(r): the access level a request's tld_pass cookie grants now: "full",
//   "teaser", "staff", or "" for none. The same algorithm as verifyPass() in
//   lib/access/pass.ts: HMAC-SHA256 over "<level>.<expiry>.<session token>"
//   with the key in $tld_pass_key; refused when expired, or when the expiry lies
//   further ahead than a minted pass's can (PASS_SECONDS + PASS_CLOCK_SKEW_SECONDS).
//   tests/unit/front-contract.test.ts runs both over the same vectors, under
//   Node and under the njs command-line tool where it is installed.
//
// report(r): "1" when the request's tld_report cookie opens the usage report at
//   its address (decision 36): HMAC-SHA256 over "report:<scope>.<expiry>.<session
//   token>", the scope naming that report (o-<organisation id> or pub). The same
//   algorithm as verifyReportPass() in lib/access/report-pass.ts (tested).
//
// purge(r): POST { "paths": ["/articles/2007090041", ...] } with the purge token
//   in the x-tld-purge header: deletes the front's cached copies of those paths
//   (the anonymous page and the shared full render), so a takedown is gone at
//   once. Open-source nginx has no purge of its own; a cache entry whose file
//   is gone is a miss. Keys are the paths themselves (front.conf.template).
var crypto = require('crypto');
var fs = require('fs');

// Kept equal to lib/front/contract.ts and lib/access/pass.ts (tested).
var PASS_COOKIE = 'tld_pass';
var MAX_AHEAD_MS = 125000;
var SESSION = /(?:^|;)\s*(?:__Secure-)?next-auth\.session-token=([^;\s]+)/;
var REPORT_PASS_COOKIE = 'tld_report';
var REPORT_MAX_AHEAD_MS = 125000;
var REPORT_PASS = /(?:^|;)\s*tld_report=(pub|o-[A-Za-z0-9_-]{1,64})\.(\d{1,12})\.([A-Za-z0-9_-]{43})(?:;|\s|$)/;
var ORG_REPORT = /^\/account\/organization\/([A-Za-z0-9_-]{1,64})\/usage\/?$/;
var PUBLISHER_REPORT = /^\/newsroom\/licences\/?$/;
var PASS = /(?:^|;)\s*tld_pass=(full|teaser|staff)\.(\d{1,12})\.([A-Za-z0-9_-]{43})(?:;|\s|$)/;

function same(a, b) {
  if (typeof a !== 'string' || typeof b !== 'string' || a.length !== b.length) return false;
  var d = 0;
  for (var i = 0; i < a.length; i++) d |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return d === 0;
}

function levelOf(cookie, key, now) {
  var s = SESSION.exec(cookie || '');
  var p = PASS.exec(cookie || '');
  if (!s || !p) return '';
  var exp = Number(p[2]) * 1000;
  if (exp <= now || exp > now + MAX_AHEAD_MS) return '';
  var sig = crypto.createHmac('sha256', key).update(p[1] + '.' + p[2] + '.' + s[1]).digest('base64url');
  return same(sig, p[3]) ? p[1] : '';
}

function level(r) {
  return levelOf(r.headersIn.Cookie, r.variables.tld_pass_key, Date.now());
}

function reportScopeOf(uri) {
  var m = ORG_REPORT.exec(uri || '');
  if (m) return 'o-' + m[1];
  return PUBLISHER_REPORT.test(uri || '') ? 'pub' : '';
}

function reportOf(cookie, uri, key, now) {
  var s = SESSION.exec(cookie || '');
  var p = REPORT_PASS.exec(cookie || '');
  var scope = reportScopeOf(uri);
  if (!s || !p || !scope || p[1] !== scope) return '';
  var exp = Number(p[2]) * 1000;
  if (exp <= now || exp > now + REPORT_MAX_AHEAD_MS) return '';
  var sig = crypto.createHmac('sha256', key).update('report:' + p[1] + '.' + p[2] + '.' + s[1]).digest('base64url');
  return same(sig, p[3]) ? '1' : '';
}

function report(r) {
  return reportOf(r.headersIn.Cookie, r.uri, r.variables.tld_pass_key, Date.now());
}

// nginx's cache file for a key, with levels=1:2: <dir>/<last hex>/<two before it>/<md5>.
function cacheFile(dir, key) {
  var md5 = crypto.createHash('md5').update(key).digest('hex');
  return dir + '/' + md5.slice(31) + '/' + md5.slice(29, 31) + '/' + md5;
}

function purge(r) {
  if (r.method !== 'POST') return r.return(405, 'POST only\n');
  if (!same(r.headersIn['x-tld-purge'], r.variables.tld_purge_token)) return r.return(403, 'forbidden\n');
  var paths;
  try {
    paths = JSON.parse(r.requestText || '{}').paths;
  } catch (e) {
    return r.return(400, 'the body must be JSON: {"paths": [...]}\n');
  }
  if (!Array.isArray(paths) || paths.length > 1000) return r.return(400, 'paths: an array of at most 1000 paths\n');
  var removed = 0;
  for (var i = 0; i < paths.length; i++) {
    var p = paths[i];
    if (typeof p !== 'string' || p.charAt(0) !== '/' || p.length > 2000) continue;
    var keys = [p, 'full:' + p];
    for (var k = 0; k < keys.length; k++) {
      try {
        fs.unlinkSync(cacheFile(r.variables.tld_cache_dir, keys[k]));
        removed++;
      } catch (e) {
        // Not cached (ENOENT): nothing to remove.
      }
    }
  }
  r.headersOut['Content-Type'] = 'application/json';
  r.return(200, JSON.stringify({ removed: removed }) + '\n');
}

export default { level: level, levelOf: levelOf, report: report, reportOf: reportOf, REPORT_PASS_COOKIE: REPORT_PASS_COOKIE, REPORT_MAX_AHEAD_MS: REPORT_MAX_AHEAD_MS, cacheFile: cacheFile, purge: purge, PASS_COOKIE: PASS_COOKIE, MAX_AHEAD_MS: MAX_AHEAD_MS };
